using System.ServiceModel.Syndication;
using System.Xml;
using Parallax.Ingest.Internal.Html;

namespace Parallax.Ingest.Internal;

/// <summary>RSS 2.0 and Atom 1.0 feeds: one article per item, full content when the item carries it, else its summary (flagged).</summary>
internal static class FeedFormat
{
    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

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

    public static IEnumerable<ReadItem> Read(string text, string source)
    {
        var items = ReadWhole(text, source, out var malformed);
        if (malformed is null || Complete(text) is not { } complete)
            return items;
        var kept = ReadWhole(complete, source, out var stillMalformed);
        if (stillMalformed is not null)
            return items;
        var count = kept.Count(i => i.Article is not null);
        return [.. kept, new IngestProblem(source, null, $"{source}: malformed feed after its last complete item ({malformed}); the {count} complete items before it were read")];
    }

    /// <summary>
    /// The feed cut after its last complete item and closed again, for a truncated or otherwise broken download;
    /// null when it has no complete item.
    /// </summary>
    private static string? Complete(string text)
    {
        var rss = text.LastIndexOf("</item>", StringComparison.Ordinal);
        var atom = text.LastIndexOf("</entry>", StringComparison.Ordinal);
        if (rss >= 0 && rss > atom)
            return string.Concat(text.AsSpan(0, rss + "</item>".Length), "</channel></rss>");
        if (atom >= 0)
            return string.Concat(text.AsSpan(0, atom + "</entry>".Length), "</feed>");
        return null;
    }

    private static List<ReadItem> ReadWhole(string text, string source, out string? malformed)
    {
        malformed = null;
        SyndicationFeed feed;
        bool atom;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Settings);
            reader.MoveToContent();
            SyndicationFeedFormatter? formatter = IsRss(reader) ? new Rss20FeedFormatter() : IsAtom(reader) ? new Atom10FeedFormatter() : null;
            if (formatter is null)
                return [new IngestProblem(source, null, $"{source}: not an RSS 2.0 or Atom feed (root element <{reader.Name}>)")];
            formatter.DateTimeParser = ParseDate;
            formatter.ReadFrom(reader);
            feed = formatter.Feed;
            atom = formatter is Atom10FeedFormatter;
        }
        catch (Exception e) when (e is XmlException or FormatException or ArgumentException or InvalidOperationException or NotSupportedException or System.Runtime.Serialization.SerializationException)
        {
            malformed = OneLine(e.Message);
            return [new IngestProblem(source, null, $"{source}: malformed feed ({malformed})")];
        }
        return [.. feed.Items.Select((item, i) => FromItem(feed, item, atom, source, i + 1))];
    }

    private static bool IsRss(XmlReader reader) => reader.NodeType == XmlNodeType.Element && reader.LocalName == "rss" && reader.NamespaceURI.Length == 0;

    private static bool IsAtom(XmlReader reader) => reader.NodeType == XmlNodeType.Element && reader.LocalName == "feed" && reader.NamespaceURI == AtomNamespace;

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
        if (link?.GetAbsoluteUri() is { } uri)
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
