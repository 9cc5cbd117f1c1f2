using System.Text.Json;
using Parallax.Comparison;
using Parallax.Testing;

namespace Parallax.Reports.Tests;

/// <summary>A brief sentence that another outlet disputes says so in every format.</summary>
public class BriefDisputeReportTests
{
    private static Story Disputed()
    {
        var story = SampleStory.Build();
        static SentenceRef S(int article, int sentence) => new(article, sentence);
        return story with
        {
            Brief = [new BriefSentence("The administration proposed a power-sharing government.", [S(1, 1)]) { Wording = S(1, 1), Disputes = [0] }],
        };
    }

    private static string Render(ReportFormat format) => Report.RenderToString(Disputed(), format, new ReportOptions { Width = 240 });

    [Theory]
    [InlineData(ReportFormat.Text)]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    public void The_brief_note_names_the_disputing_outlet_and_the_kind(ReportFormat format)
        => Assert.Contains("1 outlet; wording: Outlet B; disputed by Outlet A (attribution)", Render(format), StringComparison.Ordinal);

    [Fact]
    public void Json_lists_the_dispute_with_its_article_kind_sentences_and_detail()
    {
        var dispute = Assert.Single(JsonDocument.Parse(Render(ReportFormat.Json)).RootElement.GetProperty("brief")[0].GetProperty("disputes").EnumerateArray());
        Assert.Equal("a1", dispute.GetProperty("article").GetString());
        Assert.Equal("attribution", dispute.GetProperty("kind").GetString());
        Assert.Equal(["a1.s2", "a1.s3", "a2.s2"], dispute.GetProperty("sentences").EnumerateArray().Select(s => s.GetString()));
        Assert.StartsWith("Outlet B attributes", dispute.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_with_a_dispute_validates_against_the_story_schema()
    {
        var errors = await ContractSchema.ErrorsAsync(ContractSchema.Story, Render(ReportFormat.Json), TestContext.Current.CancellationToken);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void A_brief_sentence_without_disputes_has_an_empty_list_and_no_note()
    {
        var story = SampleStory.Build();
        Assert.Empty(JsonDocument.Parse(Report.RenderToString(story, ReportFormat.Json, new ReportOptions())).RootElement.GetProperty("brief")[0].GetProperty("disputes").EnumerateArray());
        Assert.DoesNotContain("disputed by", Report.RenderToString(story, ReportFormat.Text, new ReportOptions { Width = 240 }), StringComparison.Ordinal);
    }
}
