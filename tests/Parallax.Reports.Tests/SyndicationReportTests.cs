using System.Text.Json;
using Parallax.Comparison;
using Parallax.Testing;

namespace Parallax.Reports.Tests;

public class SyndicationReportTests
{
    /// <summary>The sample story with a third article, a syndicated copy of the first, aligned with it and cited by the brief.</summary>
    private static Story WithCopy()
    {
        var story = SampleStory.Build();
        var copy = SampleStory.Analyze(story.Articles[0].Article with { Id = "a3", Outlet = "Outlet C", Published = null });
        static SentenceRef S(int article, int sentence) => new(article, sentence);
        return story with
        {
            Articles = story.Articles.Add(copy),
            Syndicated = story.Syndicated.Add(2, 0),
            Alignments = story.Alignments.Add(new Alignment("al3", AlignmentRelation.Agree, 1, [S(0, 0), S(2, 0)])),
            Unique = story.Unique.Add([]),
            Brief = [new BriefSentence("Blinken sent Ghani a letter.", [S(0, 0), S(1, 0), S(2, 0)]) { Wording = S(0, 0) }],
        };
    }

    private static string Render(ReportFormat format) => Report.RenderToString(WithCopy(), format, new ReportOptions { Width = 240 });

    [Fact]
    public void Json_names_the_original_of_a_copy_and_marks_the_alignment_with_it()
    {
        var root = JsonDocument.Parse(Render(ReportFormat.Json)).RootElement;
        var articles = root.GetProperty("articles");
        Assert.Equal("a1", articles[2].GetProperty("syndicatedFrom").GetString());
        Assert.Equal(JsonValueKind.Null, articles[0].GetProperty("syndicatedFrom").ValueKind);
        var syndicated = root.GetProperty("alignments").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("syndicated").GetBoolean());
        Assert.Equal(new Dictionary<string, bool> { ["al1"] = false, ["al2"] = false, ["al3"] = true }, syndicated);
    }

    [Fact]
    public void Json_brief_counts_a_copy_and_its_original_as_one_outlet_and_names_the_wording()
    {
        var brief = JsonDocument.Parse(Render(ReportFormat.Json)).RootElement.GetProperty("brief")[0];
        Assert.Equal(2, brief.GetProperty("outlets").GetInt32());
        Assert.Equal("a1.s1", brief.GetProperty("wording").GetString());
    }

    [Fact]
    public async Task Json_with_a_copy_validates_against_the_story_schema()
    {
        var errors = await ContractSchema.ErrorsAsync(ContractSchema.Story, Render(ReportFormat.Json), TestContext.Current.CancellationToken);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Markdown_marks_the_copy_its_alignment_and_the_brief_outlets()
    {
        var md = Render(ReportFormat.Markdown);
        Assert.Contains("| Outlet C (syndicated copy of `a1`) |", md, StringComparison.Ordinal);
        Assert.Contains("### al3: agree (1, syndicated copy)", md, StringComparison.Ordinal);
        Assert.Contains("### Only Outlet A (copied by a3)", md, StringComparison.Ordinal);
        Assert.Contains("(2 outlets; wording: Outlet A)", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_marks_the_copy_its_alignment_and_the_brief_outlets()
    {
        var text = Render(ReportFormat.Text);
        Assert.Contains("Outlet C (syndicated copy of a1)", text, StringComparison.Ordinal);
        Assert.Contains("(copy)", text, StringComparison.Ordinal);
        Assert.Contains("(2 outlets; wording: Outlet A)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_marks_the_copy_and_its_original_and_the_brief_outlets()
    {
        var html = Render(ReportFormat.Html);
        Assert.Contains("syndicated copy of a1", html, StringComparison.Ordinal);
        Assert.Contains("copied by a3", html, StringComparison.Ordinal);
        Assert.Contains("al3 agree 1 (syndicated copy)", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"note\">(2 outlets; wording: Outlet A)</span>", html, StringComparison.Ordinal);
    }
}
