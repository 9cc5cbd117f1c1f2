using Parallax.Comparison;

namespace Parallax.Tests.Comparison;

public class SemanticAlignmentTests
{
    private const string First = "The mayor ordered everyone in the valley to leave before nightfall. The bakery on Mill Street reopened.";
    private const string Second = "Residents were told by the town's leader to evacuate ahead of dark. Fishing boats stayed in port.";

    /// <summary>
    /// An encoder that knows which invented sentences mean the same (whether given whole or as their claim, without the
    /// full stop): each meaning is an axis of its own.
    /// </summary>
    private sealed class MeaningTable(params string[][] groups) : ISentenceEncoder
    {
        private readonly List<string> _others = [];

        public int Calls { get; private set; }

        public string ModelId => "test-meanings";

        public float[][] Encode(IReadOnlyList<string> texts)
        {
            Calls++;
            return [.. texts.Select(Vector)];
        }

        private float[] Vector(string text)
        {
            var vector = new float[512];
            var group = Array.FindIndex(groups, g => g.Any(s => s.TrimEnd('.') == text.TrimEnd('.')));
            if (group < 0)
            {
                if (!_others.Contains(text))
                    _others.Add(text);
                group = groups.Length + _others.IndexOf(text);
            }
            vector[group] = 1;
            return vector;
        }
    }

    private static readonly string[][] SameMeaning =
    [
        ["The mayor ordered everyone in the valley to leave before nightfall.", "Residents were told by the town's leader to evacuate ahead of dark."],
    ];

    private static Story Compare(ISentenceEncoder? encoder)
        => StoryComparer.Compare([Documents.Analyze("a1", First), Documents.Analyze("a2", Second)], encoder: encoder);

    [Fact]
    public void Without_an_encoder_a_paraphrase_with_no_shared_word_does_not_align()
        => Assert.Empty(Compare(encoder: null).Alignments);

    [Fact]
    public void With_an_encoder_a_paraphrase_with_no_shared_word_aligns()
    {
        var story = Compare(new MeaningTable(SameMeaning));
        var alignment = Assert.Single(story.Alignments);
        Assert.Equal(["a1.s1", "a2.s1"], alignment.Sentences.Select(story.IdOf));
        Assert.Equal(AlignmentRelation.Agree, alignment.Relation);
        Assert.DoesNotContain(0, story.Unique[0]);
        Assert.Contains(1, story.Unique[0]);
    }

    [Fact]
    public void Sentences_the_encoder_finds_unrelated_do_not_align()
        => Assert.Empty(Compare(new MeaningTable()).Alignments);

    [Fact]
    public void The_learned_pair_score_aligns_a_sentence_with_its_best_few_retellings_in_another_article_not_all_of_them()
    {
        string[] retellings =
        [
            "The Harlow council closed the river bridge because of floodwater on Tuesday.",
            "Floodwater led the council in Harlow to shut the river bridge on Tuesday.",
            "On Tuesday the river bridge in Harlow was closed by the council as floodwater rose.",
            "The council closed the Harlow river bridge after floodwater rose on Tuesday.",
            "The Harlow river bridge was closed by the council on Tuesday because of floodwater.",
            "Floodwater on Tuesday made the Harlow council close its river bridge.",
        ];
        const string Told = "Floodwater forced the Harlow council to close the river bridge on Tuesday.";
        var articles = new[] { Documents.Analyze("a1", Told), Documents.Analyze("a2", string.Join(' ', retellings)) };
        var modelOnly = ComparisonOptions.Default with { ParaphraseCosine = 2 };
        int Partners(ComparisonOptions options)
            => StoryComparer.Compare(articles, options, encoder: new MeaningTable([Told, .. retellings])).Alignments.Length;

        Assert.Equal(retellings.Length, Partners(modelOnly with { MaxLearnedPartnersPerArticle = int.MaxValue }));
        Assert.Equal(ComparisonOptions.Default.MaxLearnedPartnersPerArticle, Partners(modelOnly));
    }

    [Fact]
    public void The_longer_the_other_article_the_surer_the_model_must_be_to_align_a_pair()
    {
        const string Told = "Floodwater forced the Harlow council to close the river bridge on Tuesday.";
        const string Retold = "The Harlow council closed the river bridge because of floodwater on Tuesday.";
        string[] goods = ["apples", "cheese", "bread", "honey", "eggs", "flowers", "fish", "candles"];
        string Padded(int count)
            => string.Join(' ', [Retold, .. Enumerable.Range(1, count).Select(i => $"Stall {i} at the Sunday market sold {goods[i % goods.Length]} to {i + 2} visitors.")]);
        var modelOnly = ComparisonOptions.Default with { ParaphraseCosine = 2 };
        bool Aligned(int padding, ComparisonOptions options)
            => StoryComparer.Compare([Documents.Analyze("a1", Told), Documents.Analyze("a2", Padded(padding))], options, encoder: new MeaningTable([Told, Retold])).Alignments.Length > 0;

        var wary = modelOnly with { LengthPriorWeight = 3 };
        Assert.True(Aligned(ComparisonOptions.Default.LengthPriorSentences - 2, wary));
        Assert.False(Aligned(200, wary));
        Assert.True(Aligned(200, wary with { LengthPriorWeight = 0 }));
    }

    [Fact]
    public void With_the_learned_pair_score_a_paraphrase_aligns_and_unrelated_sentences_do_not()
    {
        var articles = new[] { Documents.Analyze("a1", First), Documents.Analyze("a2", Second) };
        var learned = ComparisonOptions.Default with { LearnedPairScore = true };
        var story = StoryComparer.Compare(articles, learned, encoder: new MeaningTable(SameMeaning));
        Assert.Equal(["a1.s1", "a2.s1"], Assert.Single(story.Alignments).Sentences.Select(story.IdOf));
        Assert.Empty(StoryComparer.Compare(articles, learned, encoder: new MeaningTable()).Alignments);
    }

    [Fact]
    public void A_cache_hit_does_not_encode_again()
    {
        var inner = new MeaningTable(SameMeaning);
        var cached = new CachingSentenceEncoder(inner);
        var first = cached.Encode(["One sentence.", "Another sentence.", "One sentence."]);
        var second = cached.Encode(["Another sentence.", "One sentence."]);
        Assert.Equal(1, inner.Calls);
        Assert.Equal(2, cached.Encoded);
        Assert.Same(first[0], first[2]);
        Assert.Same(first[1], second[0]);
    }

    [Fact]
    public void A_story_compared_twice_is_encoded_once()
    {
        var inner = new MeaningTable(SameMeaning);
        var cached = new CachingSentenceEncoder(inner);
        var once = Compare(cached);
        var twice = Compare(cached);
        Assert.Equal(1, inner.Calls);
        Assert.Equal(once.Alignments.Select(a => a.Score), twice.Alignments.Select(a => a.Score));
    }

    [Fact]
    public void The_cache_key_depends_on_the_model_and_the_text()
    {
        Assert.Equal(CachingSentenceEncoder.Key("m1", "text"), CachingSentenceEncoder.Key("m1", "text"));
        Assert.NotEqual(CachingSentenceEncoder.Key("m1", "text"), CachingSentenceEncoder.Key("m2", "text"));
        Assert.NotEqual(CachingSentenceEncoder.Key("m1", "text"), CachingSentenceEncoder.Key("m1", "text."));
    }

    [Fact]
    public void A_full_cache_starts_afresh_rather_than_growing()
    {
        var inner = new MeaningTable();
        var cached = new CachingSentenceEncoder(inner, capacity: 2);
        cached.Encode(["a", "b"]);
        cached.Encode(["c"]);
        cached.Encode(["a"]);
        Assert.Equal(4, cached.Encoded);
    }
}
