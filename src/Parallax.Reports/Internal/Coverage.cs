using System.Collections.Immutable;
using Parallax.Comparison;
using Parallax.Documents;

namespace Parallax.Reports.Internal;

/// <summary>How one outlet stands to one fact in the coverage matrix.</summary>
internal enum Cell
{
    /// <summary>The outlet does not report the fact.</summary>
    None,
    /// <summary>The outlet reports the fact as the others do.</summary>
    Reports,
    /// <summary>The outlet reports the fact with more or less detail.</summary>
    Partial,
    /// <summary>The outlet reports the fact with a detail that contradicts another outlet.</summary>
    Differs,
    /// <summary>The outlet repeats it as a syndicated copy of another article.</summary>
    Copy,
    /// <summary>The outlet alone reports the fact.</summary>
    Only,
}

/// <summary>One row of the coverage matrix: a fact and, per article, how the article reports it.</summary>
/// <param name="Id">"f1", "f2"... in row order.</param>
/// <param name="Shared">True for a fact that two or more independent outlets report.</param>
/// <param name="Sentence">The sentence that stands for the fact (the one aligned most often, then the first).</param>
/// <param name="Sentences">Per article index, the article's sentences stating the fact (empty when it does not).</param>
/// <param name="Cells">Per article index, how the article reports the fact.</param>
/// <param name="Outlets">How many independent outlets report it.</param>
internal sealed record CoverageRow(string Id, bool Shared, SentenceRef Sentence, ImmutableArray<ImmutableArray<SentenceRef>> Sentences, ImmutableArray<Cell> Cells, int Outlets);

/// <summary>
/// Facts × outlets: the shared facts (sentences joined by alignments, most outlets first), then each
/// outlet's unique facts in article and text order.
/// </summary>
internal static class Coverage
{
    public static ImmutableArray<CoverageRow> Of(ReportModel model)
    {
        if (model.Story is not { } story)
            return [];
        var n = story.Articles.Length;
        var parent = new Dictionary<SentenceRef, SentenceRef>();
        SentenceRef Find(SentenceRef s)
        {
            while (parent.TryGetValue(s, out var p) && p != s)
            {
                var grand = parent.GetValueOrDefault(p, p);
                parent[s] = grand;
                s = grand;
            }
            return s;
        }
        var valid = story.Alignments.Where(a => a.Sentences.All(s => s.Article >= 0 && s.Article < n && s.Sentence >= 0 && s.Sentence < story.Articles[s.Article].Sentences.Length)).ToList();
        foreach (var alignment in valid)
        {
            foreach (var s in alignment.Sentences)
                parent.TryAdd(s, s);
            var root = Find(alignment.Sentences[0]);
            foreach (var s in alignment.Sentences.Skip(1))
            {
                var other = Find(s);
                if (other != root)
                    parent[other] = root;
            }
        }
        var relations = new Dictionary<SentenceRef, List<AlignmentRelation>>();
        var degree = new Dictionary<SentenceRef, int>();
        foreach (var alignment in valid)
        {
            var copy = model.IsCopy(alignment);
            foreach (var s in alignment.Sentences)
            {
                degree[s] = degree.GetValueOrDefault(s) + 1;
                if (copy)
                    continue;
                if (!relations.TryGetValue(s, out var list))
                    relations[s] = list = [];
                list.Add(alignment.Relation);
            }
        }
        var groups = parent.Keys.GroupBy(Find).Select(g => g.OrderBy(s => s.Article).ThenBy(s => s.Sentence).ToList()).ToList();
        var groupOf = new Dictionary<SentenceRef, List<SentenceRef>>();
        foreach (var group in groups)
        {
            foreach (var s in group)
                groupOf[s] = group;
        }

        var rows = new List<CoverageRow>();
        var shared = groups
            .Select(g => (Group: g, Outlets: story.OutletsOf(g)))
            .Where(x => x.Outlets > 1)
            .OrderByDescending(x => x.Outlets)
            .ThenBy(x => x.Group[0].Article)
            .ThenBy(x => x.Group[0].Sentence)
            .ToList();
        foreach (var (group, outlets) in shared)
        {
            var cells = new Cell[n];
            for (var a = 0; a < n; a++)
            {
                var mine = group.Where(s => s.Article == a).ToList();
                if (mine.Count == 0)
                    continue;
                var rel = mine.SelectMany(s => relations.GetValueOrDefault(s) ?? []).ToList();
                cells[a] = model.OriginalOf(a) is { } original && group.Any(s => story.SourceOf(s.Article) == original && s.Article != a) ? Cell.Copy
                    : rel.Contains(AlignmentRelation.Conflict) ? Cell.Differs
                    : rel.Count > 0 && rel.All(r => r == AlignmentRelation.Partial) ? Cell.Partial
                    : Cell.Reports;
            }
            var representative = group.OrderByDescending(s => degree.GetValueOrDefault(s)).ThenBy(s => s.Article).ThenBy(s => s.Sentence).First();
            rows.Add(new CoverageRow($"f{rows.Count + 1}", true, representative, BySentence(group, n), [.. cells], outlets));
        }
        for (var a = 0; a < n; a++)
        {
            foreach (var index in model.UniqueOf(a))
            {
                if (index < 0 || index >= story.Articles[a].Sentences.Length)
                    continue;
                var s = new SentenceRef(a, index);
                var group = groupOf.GetValueOrDefault(s) ?? [s];
                var cells = new Cell[n];
                foreach (var other in group)
                    cells[other.Article] = other.Article == a ? Cell.Only : Cell.Copy;
                cells[a] = Cell.Only;
                rows.Add(new CoverageRow($"f{rows.Count + 1}", false, s, BySentence(group, n), [.. cells], 1));
            }
        }
        return [.. rows];
    }

    private static ImmutableArray<ImmutableArray<SentenceRef>> BySentence(List<SentenceRef> group, int n)
        => [.. Enumerable.Range(0, n).Select(a => group.Where(s => s.Article == a).ToImmutableArray())];
}
