using System.ServiceModel.Syndication;
using System.Xml;
using Parallax.Ingest.Internal.Html;

namespace Parallax.Ingest.Internal;

/// <summary>
/// RSS 2.0 and Atom 1.0 feeds: one article per item, full content when the item carries it, else its summary (flagged).
/// Items are read one at a time (<see cref="IFeedItems"/>), so a feed read as it comes is never held whole; a feed that
/// breaks after some items keeps them, with one problem for the rest.
/// </summary>
internal static class FeedFormat
{
    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";

    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true };

    /// <summary>True when the document's root element is <c>&lt;rss&gt;</c> or an Atom <c>&lt;feed&gt;</c>.</summary>
    public static bool IsFeed(string text)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Settings);
            reader.MoveToContent();
            return IsRss(reader) || IsAtom(reader);
        }
        catch (XmlException)
        {
            return false;
        }
    }

    /// <summary>The items of a feed decoded whole.</summary>
    public static IEnumerable<ReadItem> Read(string text, string source) => Read(new FeedText(new StringReader(text)), source);

    /// <summary>
    /// The items of a feed read one at a time from <paramref name="text"/> (disposed at the end). When the root element
    /// is not a feed's (or the text is not XML at all), yields <paramref name="notFeed"/> when given, else a problem saying so.
    /// </summary>
    public static IEnumerable<ReadItem> Read(FeedText text, string source, ReadItem? notFeed = null)
    {
        using var owned = text;
        using var reader = XmlReader.Create(text, Settings);
        var (items, failure) = Open(reader, source, notFeed);
        if (items is null)
        {
            yield return failure!.Value;
            yield break;
        }
        var number = 0;
        var articles = 0;
        while (true)
        {
            SyndicationItem? item;
            string? malformed = null;
            string? badItem = null;
            try
            {
                text.StartItem();
                item = items.Next(reader);
            }
            catch (FeedItemException e)
            {
                item = null;
                badItem = OneLine(e.Message);
            }
            catch (Exception e) when (IsMalformed(e))
            {
                item = null;
                malformed = OneLine(e.Message);
            }
            if (malformed is not null)
            {
                yield return number == 0
                    ? Malformed(source, malformed)
                    : new IngestProblem(source, null, $"{source}: malformed feed after its last complete item ({malformed}); the {articles} complete items before it were read");
                yield break;
            }
            if (badItem is not null)
            {
                number++;
                yield return new IngestProblem(source, null, $"{source}:item {number}: cannot be read ({badItem}); skipped");
                continue;
            }
            if (item is null)
                yield break;
            number++;
            var read = FromItem(items.Feed, item, items.IsAtom, source, number);
            if (read.Article is not null)
                articles++;
            yield return read;
        }
    }

    /// <summary>The formatter for the feed's root, with the head of the feed read; or what to yield instead.</summary>
    private static (IFeedItems? Items, ReadItem? Failure) Open(XmlReader reader, string source, ReadItem? notFeed)
    {
        try
        {
            reader.MoveToContent();
        }
        catch (XmlException) when (notFeed is not null)
        {
            return (null, notFeed);
        }
        catch (Exception e) when (IsMalformed(e))
        {
            return (null, Malformed(source, OneLine(e.Message)));
        }
        SyndicationFeedFormatter? formatter = IsRss(reader) ? new RssItems() : IsAtom(reader) ? new AtomItems() : null;
        if (formatter is null)
            return (null, notFeed ?? new IngestProblem(source, null, $"{source}: not an RSS 2.0 or Atom feed (root element <{reader.Name}>)"));
        try
        {
            formatter.DateTimeParser = ParseDate;
            formatter.ReadFrom(reader);
            return ((IFeedItems)formatter, null);
        }
        catch (Exception e) when (IsMalformed(e))
        {
            return (null, Malformed(source, OneLine(e.Message)));
        }
    }

    private static IngestProblem Malformed(string source, string message) => new(source, null, $"{source}: malformed feed ({message})");

    private static bool IsMalformed(Exception e)
        => e is XmlException or FormatException or ArgumentException or InvalidOperationException or NotSupportedException or System.Runtime.Serialization.SerializationException;

    private static bool IsRss(XmlReader reader) => reader.NodeType == XmlNodeType.Element && reader.LocalName == "rss" && reader.NamespaceURI.Length == 0;

    private static bool IsAtom(XmlReader reader) => reader.NodeType == XmlNodeType.Element && reader.LocalName == "feed" && reader.NamespaceURI == AtomItems.Namespace;

    // Unparseable dates become MinValue, which the library also uses for "absent", so one bad date cannot sink the feed.
    private static bool ParseDate(XmlDateTimeData data, out DateTimeOffset value)
    {
        value = DateParser.Parse(data.DateTimeString) ?? DateTimeOffset.MinValue;
        return true;
    }

    // RSS text is HTML by convention (the library labels it "text"); Atom says which it is.
    private static ReadItem FromItem(SyndicationFeed feed, SyndicationItem item, bool atom, string file, int number)
    {
        var where = $"{file}:item {number}";
        var title = item.Title?.Text;
        var full = ToText(FullContent(item), atom);
        var summary = ToText(item.Summary is { } s ? (s.Text, s.Type) : null, atom);
        var (body, summaryOnly) = full.Length > 0 ? (full, false) : summary.Length > 0 ? (summary, true) : (title?.Trim() ?? "", true);
        if (body.Length == 0)
            return new IngestProblem(file, null, $"{where}: no text");
        return new RawArticle(body)
        {
            Title = title,
            Outlet = NonBlank(item.SourceFeed?.Title?.Text) ?? feed.Title?.Text,
            Url = Link(item),
            Published = Date(item.PublishDate) ?? Date(item.LastUpdatedTime),
            Author = Author(item),
            Language = feed.Language,
            Source = where,
            SummaryOnly = summaryOnly,
        };
    }

    private static (string? Text, string? Type)? FullContent(SyndicationItem item)
    {
        if (item.Content is TextSyndicationContent content)
            return (content.Text, content.Type);
        var encoded = Extension(item, "encoded", ContentNamespace);
        return encoded is null ? null : (encoded, "html");
    }

    private static string? Extension(SyndicationItem item, string name, string ns)
    {
        var extension = item.ElementExtensions.FirstOrDefault(e => e.OuterName == name && e.OuterNamespace == ns);
        if (extension is null)
            return null;
        using var reader = extension.GetReader();
        return reader.ReadElementContentAsString();
    }

    /// <summary>Plain text of a text construct: HTML (and XHTML) rendered as paragraphs, plain text kept as is.</summary>
    private static string ToText((string? Text, string? Type)? construct, bool typed)
    {
        if (construct is not { Text: { } text } || string.IsNullOrWhiteSpace(text))
            return "";
        var isText = typed && construct.Value.Type is "text" or "text/plain";
        if (isText || (!text.Contains('<', StringComparison.Ordinal) && !text.Contains('&', StringComparison.Ordinal)))
            return text.Trim();
        return HtmlText.FromHtml(text).Trim();
    }

    private static string? Link(SyndicationItem item)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate") ?? item.Links.FirstOrDefault();
        // A relative link under an xml:base that is itself relative has no address (the library throws).
        if (link is { Uri: { } href } && (href.IsAbsoluteUri || link.BaseUri is { IsAbsoluteUri: true }) && link.GetAbsoluteUri() is { } uri)
            return uri.ToString();
        return Uri.TryCreate(item.Id, UriKind.Absolute, out var id) && (id.Scheme == Uri.UriSchemeHttp || id.Scheme == Uri.UriSchemeHttps) ? id.ToString() : null;
    }

    private static string? Author(SyndicationItem item)
    {
        foreach (var person in item.Authors)
        {
            if (NonBlank(person.Name) is { } name)
                return name;
            if (NonBlank(person.Email) is { } email)
                return NameInEmail(email);
        }
        return NonBlank(Extension(item, "creator", DublinCoreNamespace));
    }

    // RSS <author> is "jane@example.org (Jane Doe)"; the name is the useful part.
    private static string NameInEmail(string email)
    {
        var open = email.IndexOf('(', StringComparison.Ordinal);
        var close = email.LastIndexOf(')');
        return open >= 0 && close > open + 1 ? email[(open + 1)..close].Trim() : email;
    }

    private static DateTimeOffset? Date(DateTimeOffset value) => value == DateTimeOffset.MinValue ? null : value;

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string OneLine(string message) => string.Join(' ', message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
