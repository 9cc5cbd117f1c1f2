using Parallax.Comparison;
using Parallax.Documents;
using Parallax.Reports.Internal;

namespace Parallax.Reports.Tests;

public class CoverageTests
{
    private static readonly CoverageRow[] Rows = [.. Coverage.Of(ReportModel.From(InventedStories.ThreeOutlets()))];

    [Fact]
    public void A_fact_aligned_across_three_outlets_is_one_row_reported_by_all_three()
    {
        var walkout = Rows[0];
        Assert.True(walkout.Shared);
        Assert.Equal(3, walkout.Outlets);
        Assert.Equal([Cell.Reports, Cell.Reports, Cell.Reports], walkout.Cells);
        Assert.Equal(new SentenceRef(0, 0), walkout.Sentence);
    }

    [Fact]
    public void A_conflicting_fact_is_marked_as_differing_where_it_is_reported_and_absent_elsewhere()
        => Assert.Equal([Cell.Differs, Cell.Differs, Cell.None], Rows[1].Cells);

    [Fact]
    public void Shared_facts_come_first_then_each_outlets_own_in_article_order()
    {
        Assert.Equal([true, true, false, false, false], Rows.Select(r => r.Shared));
        Assert.Equal([new SentenceRef(0, 2), new SentenceRef(1, 2), new SentenceRef(2, 1)], Rows.Skip(2).Select(r => r.Sentence));
        Assert.Equal([Cell.None, Cell.None, Cell.Only], Rows[4].Cells);
    }

    [Fact]
    public void A_syndicated_copy_repeating_its_original_is_a_copy_and_does_not_make_the_fact_shared()
    {
        var story = InventedStories.ThreeOutlets();
        story = story with
        {
            Syndicated = story.Syndicated.Add(1, 0),
            Alignments = [.. story.Alignments, new Alignment("al4", AlignmentRelation.Agree, 0.99, [new SentenceRef(0, 2), new SentenceRef(1, 2)])],
            Unique = [[2], [], [1]],
        };
        var rows = Coverage.Of(ReportModel.From(story));
        var ferries = Assert.Single(rows, r => r.Sentence == new SentenceRef(0, 2));
        Assert.False(ferries.Shared);
        Assert.Equal([Cell.Only, Cell.Copy, Cell.None], ferries.Cells);
        Assert.Equal([Cell.Reports, Cell.Copy, Cell.Reports], rows[0].Cells);
        Assert.Equal(2, rows[0].Outlets);
    }

    [Fact]
    public void Facts_are_ordered_by_how_many_outlets_report_them()
    {
        var rows = Coverage.Of(ReportModel.From(InventedStories.Many(6)));
        var shared = rows.Where(r => r.Shared).ToList();
        Assert.Equal(4, shared.Count);
        Assert.All(shared, r => Assert.Equal(6, r.Outlets));
        Assert.Equal(6 * 4, rows.Count(r => !r.Shared));
    }
}
