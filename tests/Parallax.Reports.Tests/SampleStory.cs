using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Documents;
using Parallax.Testing;
using Parallax.Text;

namespace Parallax.Reports.Tests;

/// <summary>A small two-outlet story built by hand on top of the real sentence segmenter.</summary>
internal static class SampleStory
{
    private static readonly AnalysisPipeline Pipeline = new AnalysisPipelineBuilder().Add(new SentenceSegmenter()).Build();

    public const string TextA =
        "Letter to Kabul\n" +
        "US Secretary of State Anthony Blinken sent a letter to President Ashraf Ghani. The letter proposes a power-sharing government before May 1.\n" +
        "\"This is the envoy's own vision,\" Moheb said. Turkey will host a meeting of both sides.";

    public const string TextB =
        "Secretary of State Antony Blinken wrote to Ghani on Sunday. The Biden administration proposed a power-sharing government by May 1. " +
        "Ned Price said the talks were at an early stage. Officials said 2,500 troops remain.";

    public static ArticleAnalysis Analyze(Article article) => Pipeline.Analyze(article);

    public static ArticleAnalysis A()
    {
        var a = Analyze(new Article("a1", "Outlet A", TextA)
        {
            Title = "Envoy's letter & the plan",
            Url = "https://a.example/letter",
            Published = new DateTimeOffset(2021, 3, 8, 10, 0, 0, TimeSpan.Zero),
            Language = "en",
            Dateline = "Kabul",
        });
        ImmutableArray<Mention> mentions =
        [
            Find(a, "Kabul", EntityType.Gpe, MentionKind.Name),
            Find(a, "Anthony Blinken", EntityType.Person, MentionKind.Name),
            Find(a, "Ashraf Ghani", EntityType.Person, MentionKind.Name),
            Find(a, "May 1", EntityType.Date, MentionKind.Date) with { Value = "--05-01", Confidence = 0.9 },
            Find(a, "Moheb", EntityType.Person, MentionKind.Name) with { Confidence = 0.75 },
            Find(a, "Turkey", EntityType.Gpe, MentionKind.Name),
        ];
        a = a with { Mentions = mentions, Entities = Chains(mentions) };
        var moheb = a.Text.IndexOf("Moheb", StringComparison.Ordinal);
        var said = a.Text.IndexOf("said", moheb, StringComparison.Ordinal);
        var content = a.Text.IndexOf("This is", StringComparison.Ordinal);
        return a with
        {
            Quotes =
            [
                new Quote(0, a.SentenceAt(said), new Speaker("Moheb", moheb, moheb + 5, 4), "said", new Span(said, said + 4),
                    new Span(content, a.Text.IndexOf(',', content)), QuoteKind.Direct, Named: true) { Confidence = 0.9, CueLemma = "say" },
            ],
        };
    }

    public static ArticleAnalysis B()
    {
        var b = Analyze(new Article("a2", "Outlet B", TextB) { Language = "en" });
        ImmutableArray<Mention> mentions =
        [
            Find(b, "Antony Blinken", EntityType.Person, MentionKind.Name),
            Find(b, "Ghani", EntityType.Person, MentionKind.Name),
            Find(b, "Biden", EntityType.Person, MentionKind.Name),
            Find(b, "May 1", EntityType.Date, MentionKind.Date) with { Value = "--05-01" },
            Find(b, "Ned Price", EntityType.Person, MentionKind.Name),
            Find(b, "2,500", EntityType.Number, MentionKind.Number) with { Value = "2500" },
        ];
        b = b with { Mentions = mentions, Entities = Chains(mentions) };
        var price = b.Text.IndexOf("Ned Price", StringComparison.Ordinal);
        var officials = b.Text.IndexOf("Officials", StringComparison.Ordinal);
        return b with
        {
            Quotes =
            [
                new Quote(0, b.SentenceAt(price), new Speaker("Ned Price", price, price + 9, 4), "said", new Span(price + 10, price + 14),
                    Between(b, "the talks", "."), QuoteKind.Indirect, Named: true) { CueLemma = "say" },
                new Quote(1, b.SentenceAt(officials), new Speaker("Officials", officials, officials + 9, null), "said", new Span(officials + 10, officials + 14),
                    Between(b, "2,500", "."), QuoteKind.Indirect, Named: false) { Confidence = 0.6, CueLemma = "say" },
            ],
        };
    }

    public static Story Build()
    {
        var a = A();
        var b = B();
        static SentenceRef S(int article, int sentence) => new(article, sentence);
        static StoryEntity E(string id, string name, EntityType type, string[] aliases, params (int Article, int Entity)[] members)
            => new(id, name, type, [.. aliases], [.. members.Select(m => new MentionRef(m.Article, m.Entity))]) { Members = [.. members] };
        return new Story([a, b])
        {
            Entities =
            [
                E("e1", "Antony Blinken", EntityType.Person, ["Anthony Blinken", "Antony Blinken"], (0, 1), (1, 0)),
                E("e2", "Ashraf Ghani", EntityType.Person, ["Ashraf Ghani", "Ghani"], (0, 2), (1, 1)),
                E("e3", "May 1", EntityType.Date, ["May 1"], (0, 3), (1, 3)),
                E("e4", "Moheb", EntityType.Person, ["Moheb"], (0, 4)),
                E("e5", "Turkey", EntityType.Gpe, ["Turkey"], (0, 5)),
                E("e6", "Kabul", EntityType.Gpe, ["Kabul"], (0, 0)),
                E("e7", "Biden", EntityType.Person, ["Biden"], (1, 2)),
                E("e8", "Ned Price", EntityType.Person, ["Ned Price"], (1, 4)),
                E("e9", "2,500", EntityType.Number, ["2,500"], (1, 5)),
            ],
            Alignments =
            [
                new Alignment("al1", AlignmentRelation.Agree, 0.8123, [S(0, 0), S(1, 0)]),
                new Alignment("al2", AlignmentRelation.Conflict, 0.7449, [S(0, 1), S(1, 1)]),
            ],
            HeadlineAlignments = [new HeadlineAlignment("hl1", 0.4127, [new HeadingRef(0, 0)], [S(1, 0)])],
            Unique = [[2, 3], [2, 3]],
            Divergences =
            [
                new Divergence(DivergenceKind.Attribution, [S(0, 1), S(0, 2), S(1, 1)], "Outlet B attributes the power-sharing proposal to the Biden administration; Outlet A quotes Moheb calling it the envoy's own vision") { Confidence = 0.8 },
                new Divergence(DivergenceKind.NameVariant, [S(0, 0), S(1, 0)], "Anthony Blinken / Antony Blinken") { Confidence = 0.95 },
            ],
            Voices =
            [
                new Voice(0, "Moheb", "e4", Named: true, Quotes: 1, Direct: 1, Indirect: 0) { QuoteIndexes = [0] },
                new Voice(1, "Ned Price", "e8", Named: true, Quotes: 1, Direct: 0, Indirect: 1) { QuoteIndexes = [0] },
                new Voice(1, "Officials", null, Named: false, Quotes: 1, Direct: 0, Indirect: 1) { QuoteIndexes = [1] },
            ],
            Brief =
            [
                new BriefSentence("Secretary of State Antony Blinken sent Afghan President Ashraf Ghani a letter proposing a power-sharing government before May 1.", [S(0, 0), S(0, 1), S(1, 0), S(1, 1)]) { Wording = S(1, 0) },
                new BriefSentence("The outlets differ on whose proposal it is.", [S(0, 2), S(1, 1)]),
            ],
        };
    }

    /// <summary>A mention of the first occurrence of <paramref name="text"/>.</summary>
    public static Mention Find(ArticleAnalysis analysis, string text, EntityType type, MentionKind kind)
    {
        var start = analysis.Text.IndexOf(text, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{text}' is not in the article");
        return new Mention(start, start + text.Length, text, type, kind, analysis.SentenceAt(start));
    }

    /// <summary>One in-document entity per mention.</summary>
    public static ImmutableArray<DocumentEntity> Chains(ImmutableArray<Mention> mentions)
        => [.. mentions.Select((m, i) => new DocumentEntity(i, m.Text, m.Type, [i]) { Aliases = [m.Text] })];

    private static Span Between(ArticleAnalysis analysis, string from, string before)
    {
        var start = analysis.Text.IndexOf(from, StringComparison.Ordinal);
        return new Span(start, analysis.Text.IndexOf(before, start, StringComparison.Ordinal));
    }
}

internal static class GoldenFiles
{
    public static void Match(string name, string actual, [CallerFilePath] string caller = "")
        => Assert.Null(Golden.Compare(Path.GetDirectoryName(caller)!, name, actual));
}
