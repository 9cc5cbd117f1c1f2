using Parallax.Ingest.Internal;

namespace Parallax.Ingest.Tests;

/// <summary>The text a streamed feed is parsed from: decoded as a file read whole would be, and bounded per item.</summary>
public sealed class FeedTextTests
{
    [Fact]
    public void Nul_characters_are_dropped_as_when_the_file_is_decoded_whole()
    {
        using var text = new FeedText(new StringReader("<rss>\0<item>a\0\0b</item>\0</rss>"));

        Assert.Equal("<rss><item>ab</item></rss>", text.ReadToEnd());
    }

    [Fact]
    public void More_characters_than_the_limit_between_two_items_are_refused_naming_the_limit()
    {
        using var text = new FeedText(new StringReader(new string('x', 250)), maxItemChars: 100);
        var buffer = new char[60];

        text.ReadBlock(buffer);
        text.StartItem();
        text.ReadBlock(buffer);
        var refused = Assert.Throws<InputLimitException>(() => text.ReadBlock(buffer));

        Assert.Equal("one feed item is longer than 100 characters", refused.Message);
    }

    [Fact]
    public void Nul_characters_count_towards_the_limit_so_an_endless_run_of_them_ends()
    {
        using var text = new FeedText(new StringReader("<rss><item>" + new string('\0', 1_000)), maxItemChars: 100);

        Assert.Throws<InputLimitException>(() => text.ReadToEnd());
    }
}
