namespace Parallax.Ingest.Tests;

public sealed class PlainTextTests
{
    [Fact]
    public void Outlet_defaults_to_the_file_name_without_extension()
    {
        using var dir = new TempFolder();
        var article = Loading.Single(dir.Write("daily-bugle.txt", "The council met on Tuesday.\n\nIt voted to close the bridge."));
        Assert.Equal("daily-bugle", article.Outlet);
        Assert.Null(article.Dateline);
        Assert.Equal("The council met on Tuesday.\n\nIt voted to close the bridge.", article.Text);
    }

    [Fact]
    public void Published_date_stays_null_when_the_text_states_none()
    {
        using var dir = new TempFolder();
        var article = Loading.Single(dir.Write("story.txt", "Rain fell all week."));
        Assert.Null(article.Published);
    }

    [Fact]
    public void Body_is_cleaned_with_collapsed_spaces_and_unified_line_breaks()
    {
        using var dir = new TempFolder();
        var article = Loading.Single(dir.Write("story.txt", "  Rain   fell\r\n\r\n\r\n all week.  "));
        Assert.Equal("Rain fell\n\nall week.", article.Text);
    }

    [Theory]
    [InlineData("Washington(CNN)The senator spoke.", "Washington", "CNN", "The senator spoke.")]
    [InlineData("Washington(CNN) The senator spoke.", "Washington", "CNN", "The senator spoke.")]
    [InlineData("LONDON (Reuters) - The bank raised rates.", "London", "Reuters", "The bank raised rates.")]
    [InlineData("KABUL, March 8 (AP) — Talks resumed.", "Kabul", "AP", "Talks resumed.")]
    public void A_dateline_sets_place_and_outlet_and_leaves_the_body(string raw, string place, string outlet, string text)
    {
        using var dir = new TempFolder();
        var article = Loading.Single(dir.Write("wire.txt", raw));
        Assert.Equal(place, article.Dateline);
        Assert.Equal(outlet, article.Outlet);
        Assert.Equal(text, article.Text);
    }

    [Fact]
    public void An_acronym_in_brackets_followed_by_the_sentence_is_not_a_dateline()
    {
        using var dir = new TempFolder();
        const string raw = "The World Health Organization (WHO) said cases rose.";
        var article = Loading.Single(dir.Write("health.txt", raw));
        Assert.Null(article.Dateline);
        Assert.Equal("health", article.Outlet);
        Assert.Equal(raw, article.Text);
    }

    [Theory]
    [InlineData("TARSEL, Veldria — Convoys crossed the border.", "Tarsel, Veldria", "Convoys crossed the border.")]
    [InlineData("TARSEL, Veldria—Convoys crossed the border.", "Tarsel, Veldria", "Convoys crossed the border.")]
    [InlineData("BRENHOLM— The council met.", "Brenholm", "The council met.")]
    public void A_dateline_in_capitals_may_name_the_country_and_touch_its_dash(string raw, string place, string text)
    {
        using var dir = new TempFolder();
        var article = Loading.Single(dir.Write("herald.txt", raw));
        Assert.Equal(place, article.Dateline);
        Assert.Equal(text, article.Text);
    }

    [Fact]
    public void A_hyphen_touching_a_word_in_capitals_is_no_dateline()
    {
        using var dir = new TempFolder();
        const string raw = "NATO-led forces crossed the border.";
        var article = Loading.Single(dir.Write("herald.txt", raw));
        Assert.Null(article.Dateline);
        Assert.Equal(raw, article.Text);
    }

    [Fact]
    public void A_dateline_without_brackets_keeps_the_file_name_outlet()
    {
        using var dir = new TempFolder();
        var article = Loading.Single(dir.Write("herald.txt", "PARIS — Strikes halted trains."));
        Assert.Equal("Paris", article.Dateline);
        Assert.Equal("herald", article.Outlet);
        Assert.Equal("Strikes halted trains.", article.Text);
    }

    [Fact]
    public void Offsets_into_the_text_find_the_first_sentence_after_the_dateline()
    {
        using var dir = new TempFolder();
        var article = Loading.Single(dir.Write("wire.txt", "ROME (AP) — Pope names bishops.\nMore follows."));
        var start = article.Text.IndexOf("Pope", StringComparison.Ordinal);
        Assert.Equal(0, start);
        Assert.Equal("More follows.", article.Text[(article.Text.IndexOf('\n', StringComparison.Ordinal) + 1)..]);
    }

    [Fact]
    public void Gzipped_text_is_read_like_plain_text()
    {
        using var dir = new TempFolder();
        using var buffer = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            gz.Write("Quiet day in town."u8);
        var article = Loading.Single(dir.WriteBytes("gazette.txt.gz", buffer.ToArray()));
        Assert.Equal("gazette", article.Outlet);
        Assert.Equal("Quiet day in town.", article.Text);
    }

    [Fact]
    public void FromText_takes_the_outlet_from_the_dateline_when_none_is_given()
    {
        var article = ArticleLoader.FromText("Washington(CNN) The vote passed.");
        Assert.Equal("CNN", article.Outlet);
        Assert.Equal("The vote passed.", article.Text);
    }

    [Fact]
    public void FromText_prefers_the_outlet_given_by_the_caller()
    {
        var article = ArticleLoader.FromText("Washington(CNN) The vote passed.", outlet: "Tribune", id: "a7");
        Assert.Equal("Tribune", article.Outlet);
        Assert.Equal("a7", article.Id);
        Assert.Equal("Washington", article.Dateline);
    }
}
