using Parallax.Comparison;
using Parallax.Ingest;

namespace Parallax.Store.Tests;

public abstract class SentenceVectorTests(StoreKind kind)
{
    /// <summary>Gives every text a vector from its length (at half precision, as the store keeps it) and counts what it was asked to encode.</summary>
    private sealed class CountingEncoder : ISentenceEncoder
    {
        public int Encoded { get; private set; }

        public string ModelId => "test-lengths";

        public float[][] Encode(IReadOnlyList<string> texts)
        {
            Encoded += texts.Count;
            return [.. texts.Select(t => new float[] { (float)(Half)Math.Cos(t.Length), (float)(Half)Math.Sin(t.Length) })];
        }
    }

    private static string Story(TestStore temp) => temp.Write("news.jsonl", Invented.Lines([
        Invented.Json("One", Invented.Article(4, 0), "Daily Test", Invented.Url(1)),
        Invented.Json("Two", Invented.Article(4, 1), "Weekly Test", Invented.Url(2)),
    ]));

    [Fact]
    public void Vectors_come_back_as_stored_at_half_precision()
    {
        using var temp = TestStore.Create(kind);
        using var store = temp.Open();
        var key = CachingSentenceEncoder.Key("m", "text");
        store.StoreSentenceVectors([(key, [0.5f, -0.25f, 0.1f])]);
        var found = store.SentenceVectors([key, CachingSentenceEncoder.Key("m", "other")]);
        var vector = Assert.Single(found).Value;
        Assert.Equal([0.5f, -0.25f, (float)(Half)0.1f], vector);
    }

    [Fact]
    public void Keys_beyond_one_batch_each_find_their_own_vector()
    {
        using var temp = TestStore.Create(kind);
        using var store = temp.Open();
        var stored = Enumerable.Range(0, 1_200).Select(i => (Key: CachingSentenceEncoder.Key("m", $"sentence {i}"), Vector: new[] { i, -i / 2f })).ToList();
        store.StoreSentenceVectors(stored);

        var found = store.SentenceVectors([.. stored.Select(s => s.Key), CachingSentenceEncoder.Key("m", "never stored")]);

        Assert.Equal(stored.Count, found.Count);
        Assert.All(stored, s => Assert.Equal(s.Vector, found[s.Key]));
    }

    [Fact]
    public void A_stored_story_compared_again_reads_its_vectors_instead_of_encoding()
    {
        using var temp = TestStore.Create(kind);
        using var store = temp.Open();
        new CorpusIngestor(store).Run(ArticleLoader.Load(Story(temp)), cancellation: TestContext.Current.CancellationToken);
        var id = Assert.Single(store.Stories()).Id;
        var encoder = new CountingEncoder();

        var first = StoredStories.Build(store, id, encoder: encoder);
        var encoded = encoder.Encoded;
        var second = StoredStories.Build(store, id, encoder: encoder);

        Assert.Equal(first.Articles.Sum(a => a.Sentences.Length), encoded);
        Assert.Equal(encoded, encoder.Encoded);
        Assert.Equal(first.Alignments.Select(a => a.Score), second.Alignments.Select(a => a.Score));
    }

    [Fact]
    public void Ingest_with_an_encoder_stores_the_vectors_so_the_story_needs_no_encoding()
    {
        using var temp = TestStore.Create(kind);
        using var store = temp.Open();
        var encoder = new CountingEncoder();
        new CorpusIngestor(store, new IngestOptions { Encoder = encoder }).Run(ArticleLoader.Load(Story(temp)), cancellation: TestContext.Current.CancellationToken);
        var atIngest = encoder.Encoded;

        StoredStories.Build(store, Assert.Single(store.Stories()).Id, encoder: encoder);

        Assert.True(atIngest > 0);
        Assert.Equal(atIngest, encoder.Encoded);
    }

    [Fact]
    public void Ingest_without_an_encoder_stores_no_vectors()
    {
        using var temp = TestStore.Create(kind);
        using var store = temp.Open();
        new CorpusIngestor(store).Run(ArticleLoader.Load(Story(temp)), cancellation: TestContext.Current.CancellationToken);
        var encoder = new CountingEncoder();
        StoredStories.Build(store, Assert.Single(store.Stories()).Id, encoder: encoder);
        Assert.True(encoder.Encoded > 0);
    }
}

public sealed class SentenceVectorTestsOnSqlite() : SentenceVectorTests(StoreKind.Sqlite);

public sealed class SentenceVectorTestsOnPostgres() : SentenceVectorTests(StoreKind.Postgres);
