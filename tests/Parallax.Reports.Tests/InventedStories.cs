using System.Collections.Immutable;
using System.Globalization;
using Parallax.Comparison;
using Parallax.Documents;

namespace Parallax.Reports.Tests;

/// <summary>Stories written for the layout tests: three outlets on one strike, and a generated story of many articles.</summary>
internal static class InventedStories
{
    public const string HarbourWatch = "Dock workers walked out at the port of Kestrel on Monday. The union said 4,200 members joined the strike. Ferries to the islands were cancelled.";
    public const string CoastalCourier = "Workers at Kestrel port went on strike on Monday. About 3,800 union members took part, the union said. The port authority called the strike unlawful.";
    public const string TidewaterDaily = "Kestrel's dock workers began a strike on Monday. \"We stand with them,\" said Mara Quill, a fishing skipper.";

    private static SentenceRef S(int article, int sentence) => new(article, sentence);

    /// <summary>
    /// a1 Harbour Watch, a2 Coastal Courier, a3 Tidewater Daily. The walkout (a1.s1, a2.s1, a3.s1) is told by all three;
    /// the head count (a1.s2, a2.s2) by two, who differ (4,200 vs 3,800); each has one fact of its own.
    /// </summary>
    public static Story ThreeOutlets()
    {
        var a = SampleStory.Analyze(new Article("a1", "Harbour Watch", HarbourWatch) { Title = "Kestrel dockers strike", Published = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero) });
        var b = SampleStory.Analyze(new Article("a2", "Coastal Courier", CoastalCourier) { Title = "Port strike", Published = new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero) });
        var c = SampleStory.Analyze(new Article("a3", "Tidewater Daily", TidewaterDaily) { Title = "Skippers back dockers" });
        var said = b.Text.IndexOf("the union said", StringComparison.Ordinal);
        b = b with
        {
            Quotes = [new Quote(0, 1, new Speaker("the union", said, said + 9, null), "said", new Documents.Span(said + 10, said + 14), new Documents.Span(b.Text.IndexOf("About", StringComparison.Ordinal), said - 2), QuoteKind.Indirect, Named: true)],
        };
        var quill = c.Text.IndexOf("Mara Quill", StringComparison.Ordinal);
        var open = c.Text.IndexOf("We stand", StringComparison.Ordinal);
        c = c with
        {
            Quotes = [new Quote(0, 1, new Speaker("Mara Quill", quill, quill + 10, null), "said", new Documents.Span(quill - 5, quill - 1), new Documents.Span(open, c.Text.IndexOf(',', open)), QuoteKind.Direct, Named: true)],
        };
        var four = a.Text.IndexOf("4,200", StringComparison.Ordinal);
        var three = b.Text.IndexOf("3,800", StringComparison.Ordinal);
        return new Story([a, b, c])
        {
            Alignments =
            [
                new Alignment("al1", AlignmentRelation.Agree, 0.8, [S(0, 0), S(1, 0)]),
                new Alignment("al2", AlignmentRelation.Agree, 0.7, [S(0, 0), S(2, 0)]),
                new Alignment("al3", AlignmentRelation.Conflict, 0.6, [S(0, 1), S(1, 1)]),
            ],
            Unique = [[2], [2], [1]],
            Divergences =
            [
                new Divergence(DivergenceKind.Number, [S(0, 1), S(1, 1)], "4,200 (Harbour Watch) vs 3,800 (Coastal Courier) union members on strike")
                {
                    Confidence = 0.9,
                    Spans = [new DivergenceSpan(S(0, 1), four, four + 5, "4,200"), new DivergenceSpan(S(1, 1), three, three + 5, "3,800")],
                },
            ],
            Voices =
            [
                new Voice(1, "the union", null, Named: true, Quotes: 1, Direct: 0, Indirect: 1) { QuoteIndexes = [0] },
                new Voice(2, "Mara Quill", null, Named: true, Quotes: 1, Direct: 1, Indirect: 0) { QuoteIndexes = [0] },
            ],
            Brief = [new BriefSentence("Dock workers at Kestrel went on strike on Monday.", [S(0, 0), S(1, 0), S(2, 0)])],
        };
    }

    /// <summary>
    /// <paramref name="articles"/> articles of eight sentences each (long outlet names, long words): the first four sentences of
    /// each align with the next article's (every fourth pair a conflict), the last four are its own; a divergence per conflict.
    /// </summary>
    public static Story Many(int articles)
    {
        var analyses = new List<Documents.ArticleAnalysis>();
        for (var i = 0; i < articles; i++)
        {
            var n = (i + 1).ToString("00", CultureInfo.InvariantCulture);
            var text = string.Join(' ', Enumerable.Range(1, 8).Select(k => k <= 4
                ? $"Sentence {k} of the shared account number {n} reports that the harbourmaster-general's extraordinary announcement affected {k * 100 + i} people."
                : $"Outlet {n} alone adds detail {k}, a consideration nobody else mentions about the Kestrel-Tidewater-Coastal interconnection."));
            analyses.Add(SampleStory.Analyze(new Article($"a{i + 1}", $"The Very Long Regional Outlet Name Number {n}", text)
            {
                Title = $"Harbour strike, as told by outlet {n}",
                Published = new DateTimeOffset(2026, 3, 2, 6, 0, 0, TimeSpan.Zero).AddMinutes(37 * i),
            }));
        }
        var alignments = ImmutableArray.CreateBuilder<Alignment>();
        var divergences = ImmutableArray.CreateBuilder<Divergence>();
        for (var i = 0; i + 1 < articles; i++)
        {
            for (var k = 0; k < 4; k++)
            {
                var conflict = (i + k) % 4 == 0;
                alignments.Add(new Alignment($"al{alignments.Count + 1}", conflict ? AlignmentRelation.Conflict : AlignmentRelation.Agree, 0.7, [S(i, k), S(i + 1, k)]));
                if (conflict)
                    divergences.Add(new Divergence(DivergenceKind.Number, [S(i, k), S(i + 1, k)], $"{k * 100 + i} vs {k * 100 + i + 1} people") { Confidence = 0.5 + (0.4 * (i % 2)) });
            }
        }
        return new Story([.. analyses])
        {
            Alignments = alignments.ToImmutable(),
            Unique = [.. Enumerable.Range(0, articles).Select(_ => ImmutableArray.Create(4, 5, 6, 7))],
            Divergences = divergences.ToImmutable(),
            Voices = [.. Enumerable.Range(0, articles).Select(i => new Voice(i, "A port spokesperson", null, Named: false, Quotes: 0, Direct: 0, Indirect: 0))],
        };
    }
}
