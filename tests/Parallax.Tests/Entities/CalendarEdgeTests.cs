using Parallax.Analysis;

namespace Parallax.Tests.Entities;

public class CalendarEdgeTests
{
    public static TheoryData<DateTimeOffset> EdgeDates => new() { DateTimeOffset.MinValue, DateTimeOffset.MaxValue, new DateTimeOffset(1, 1, 3, 0, 0, 0, TimeSpan.Zero) };

    [Theory]
    [MemberData(nameof(EdgeDates))]
    public void Relative_dates_against_a_publication_date_at_the_edge_of_the_calendar_do_not_stop_the_analysis(DateTimeOffset published)
    {
        var text = "The ferry stopped yesterday. It resumed on Monday, and again on January 1. Tomorrow it sails.";
        var analysis = Analyzer.Analyze(new Article("a1", "Gazette", text) { Published = published });
        Assert.Equal(3, analysis.Sentences.Length);
        Assert.Contains(analysis.Mentions, m => m.Text == "January 1");
    }
}
