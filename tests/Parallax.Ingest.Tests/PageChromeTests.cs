namespace Parallax.Ingest.Tests;

/// <summary>Lines of page chrome inside the article container are left out; the story's own lines stay.</summary>
public sealed class PageChromeTests
{
    private const string Story = """
        <p>The regional water board said on Thursday that the reservoir above the valley had reached its lowest level in thirty years, and asked households to halve the water they use in gardens.</p>
        <p>Farmers downstream said the request came too late for the spring crop; the board answered that it had warned of the shortage in March and would review the rules again next month.</p>
        <p>Engineers plan to open a second intake pipe in the autumn, which should let the town draw water from deeper in the reservoir if the dry weather goes on into next year.</p>
        """;

    private static string Extract(string before, string after = "")
        => ArticleLoader.FromHtml($"<html><head><title>Reservoir</title></head><body><article>{before}{Story}{after}</article></body></html>").Text;

    [Fact]
    public void Sign_in_links_the_page_address_stamps_and_bylines_at_the_top_are_left_out()
    {
        var text = Extract("""
            <div>Sign In</div>
            <div>https://news.example/water/reservoir-low-1234.php</div>
            <div>By Maria Ortega and Tom Reed</div>
            <div>Updated 11:21 pm CST, Tuesday, November 19, 2024</div>
            <div>November 19, 2024</div>
            """);
        Assert.StartsWith("The regional water board said on Thursday", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Gallery_controls_calls_to_action_and_repeated_captions_are_left_out()
    {
        var text = Extract(
            """
            <div>Image 1 of / 8</div><div>Caption</div><div>Close</div>
            <p>The dry bed of the reservoir near the dam on Wednesday. (AP Photo/Lena Park)</p>
            <p>The dry bed of the reservoir near the dam on Wednesday. (AP Photo/Lena Park)</p>
            """,
            """
            <p>Continue Reading Below</p>
            <p>GET THE NEWS ON THE GO BY CLICKING HERE</p>
            <p>Related: How the valley's wells ran dry</p>
            <p>lena.park@news.example</p>
            """);
        Assert.StartsWith("The regional water board said on Thursday", text, StringComparison.Ordinal);
        Assert.EndsWith("goes on into next year.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_of_source_links_inside_the_story_is_kept()
    {
        var text = Extract("", """
            <p>Sources:</p>
            <p>https://water.example/report-2024</p>
            <p>https://water.example/levels</p>
            """);
        Assert.Contains("https://water.example/report-2024", text, StringComparison.Ordinal);
        Assert.Contains("https://water.example/levels", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_that_begins_with_by_is_not_a_byline()
    {
        var text = Extract("", "<p>By Friday, the board had received more than two thousand letters from residents.</p>");
        Assert.Contains("By Friday, the board had received", text, StringComparison.Ordinal);
    }
}
