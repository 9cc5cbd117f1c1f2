using System.ServiceModel.Syndication;
using System.Xml;

namespace Parallax.Ingest.Internal;

/// <summary>
/// A feed formatter that reads the head of a feed (title, language, ...) and stops at its first item, so that the items
/// are then read one at a time by <see cref="Next"/> with the formatter's own item reader: only one item is in memory.
/// Each item is read through a reader of its subtree, and the reader moves past its end tag only when the next one is
/// asked for, so that an item is complete even when what follows it is broken.
/// </summary>
internal interface IFeedItems
{
    /// <summary>The feed's head; a title or language given between or after the items is read into it as met.</summary>
    SyndicationFeed Feed { get; }

    bool IsAtom { get; }

    /// <summary>The next item, or null after the feed's last (its end tags read).</summary>
    /// <exception cref="XmlException">The feed is malformed or ends early.</exception>
    SyndicationItem? Next(XmlReader reader);
}

/// <summary>Reads one item element through a reader of its subtree, leaving <paramref name="reader"/> on its end tag.</summary>
internal static class FeedItem
{
    /// <exception cref="FeedItemException">A value of the item cannot be read (a link that is no address): the item is skipped,
    /// the feed goes on.</exception>
    public static SyndicationItem Read(XmlReader reader, Func<XmlReader, SyndicationItem> read)
    {
        using var item = reader.ReadSubtree();
        item.MoveToContent();
        try
        {
            return read(item);
        }
        catch (Exception e) when (BadValue(e))
        {
            throw new FeedItemException(e.Message, e);
        }
    }

    /// <summary>The library could not read a value (it wraps the value's own error in an <see cref="XmlException"/>); the XML is whole.</summary>
    private static bool BadValue(Exception e) => e.GetBaseException() is FormatException or ArgumentException;
}

/// <summary>One item of a feed whose value cannot be read; the items after it are still read.</summary>
internal sealed class FeedItemException(string message, Exception inner) : Exception(message, inner);

/// <summary>
/// Where a formatter is among a feed's items: stopped at the first by the formatter's <c>ReadItems</c>, then moved one item on
/// per <see cref="Next"/>, reading the feed-level elements met between items and the end tags after the last.
/// </summary>
internal sealed class ItemCursor(int endTags)
{
    private bool _stopped;
    private bool _ended;

    public void Stop() => _stopped = true;

    /// <param name="isItem">Whether the element the reader is on is an item.</param>
    /// <param name="readItem">Reads the item from a reader of its subtree.</param>
    /// <param name="readHead">Reads a feed-level element the feed keeps (its title, language); false for any other, which is skipped.</param>
    public SyndicationItem? Next(XmlReader reader, Func<XmlReader, bool> isItem, Func<XmlReader, SyndicationItem> readItem, Func<XmlReader, bool> readHead)
    {
        if (!_stopped)
            return null;
        if (_ended)
        {
            reader.Read();
            _ended = false;
        }
        while (reader.IsStartElement())
        {
            if (isItem(reader))
            {
                _ended = true;
                return FeedItem.Read(reader, readItem);
            }
            if (!readHead(reader))
                reader.Skip();
        }
        for (var i = 0; i < endTags; i++)
            reader.ReadEndElement();
        _stopped = false;
        return null;
    }
}

/// <summary>RSS 2.0 read an item at a time (see <see cref="IFeedItems"/>).</summary>
internal sealed class RssItems : Rss20FeedFormatter, IFeedItems
{
    private readonly ItemCursor _cursor = new(endTags: 2);

    public bool IsAtom => false;

    public SyndicationItem? Next(XmlReader reader)
        => _cursor.Next(reader, r => r.IsStartElement("item", ""), item => ReadItem(item, Feed), ReadHead);

    private bool ReadHead(XmlReader reader)
    {
        if (reader.IsStartElement("title", ""))
            Feed.Title = new TextSyndicationContent(reader.ReadElementString());
        else if (reader.IsStartElement("language", ""))
            Feed.Language = reader.ReadElementString();
        else
            return false;
        return true;
    }

    protected override IEnumerable<SyndicationItem> ReadItems(XmlReader reader, SyndicationFeed feed, out bool areAllItemsRead)
    {
        _cursor.Stop();
        areAllItemsRead = false;
        return [];
    }
}

/// <summary>Atom 1.0 read an entry at a time (see <see cref="IFeedItems"/>).</summary>
internal sealed class AtomItems : Atom10FeedFormatter, IFeedItems
{
    public const string Namespace = "http://www.w3.org/2005/Atom";

    private readonly ItemCursor _cursor = new(endTags: 1);

    public bool IsAtom => true;

    public SyndicationItem? Next(XmlReader reader)
        => _cursor.Next(reader, r => r.IsStartElement("entry", Namespace), item => ReadItem(item, Feed), ReadHead);

    private bool ReadHead(XmlReader reader)
    {
        if (!reader.IsStartElement("title", Namespace))
            return false;
        Feed.Title = new TextSyndicationContent(reader.GetAttribute("type") == "xhtml" ? reader.ReadInnerXml() : reader.ReadElementString());
        return true;
    }

    protected override IEnumerable<SyndicationItem> ReadItems(XmlReader reader, SyndicationFeed feed, out bool areAllItemsRead)
    {
        _cursor.Stop();
        areAllItemsRead = false;
        return [];
    }
}
