using Orleans.TestingHost;
using Parallax.Cluster.Analysis;
using Parallax.Comparison;
using Parallax.Store.Tests;

namespace Parallax.Cluster.Tests;

/// <summary>
/// <c>ingest --cluster --vectors</c> on an Orleans test cluster of two silos in this process, which store sentence vectors
/// in the PostgreSQL corpus (<c>PARALLAX_TEST_POSTGRES</c>) as real workers do.
/// </summary>
public sealed class TestClusterVectorTests
{
    private const int Events = 8;
    private const int Outlets = 3;

    /// <summary>Gives each text a vector from its length (at half precision, as the store keeps it) and counts the texts it encodes.</summary>
    private sealed class LengthEncoder : ISentenceEncoder
    {
        private int _encoded;

        public int Encoded => _encoded;

        public string ModelId => "test-lengths";

        public float[][] Encode(IReadOnlyList<string> texts)
        {
            Interlocked.Add(ref _encoded, texts.Count);
            return [.. texts.Select(t => new[] { (float)(Half)Math.Cos(t.Length), (float)(Half)Math.Sin(t.Length) })];
        }
    }

    [Fact]
    public async Task An_ingest_asking_for_vectors_has_the_workers_store_one_for_every_sentence_so_its_stories_encode_nothing()
    {
        using var temp = TestStore.Create(StoreKind.Postgres);
        var workerEncoder = new LengthEncoder();
        var made = 0;
        var summary = await IngestOnCluster(temp, () =>
        {
            Interlocked.Increment(ref made);
            return workerEncoder;
        }, storeVectors: true);

        using var store = temp.Open(create: false);
        Assert.Equal(Events * Outlets, summary.Progress.Added);
        Assert.InRange(made, 1, 2);
        var texts = StoredTexts(store);
        Assert.True(texts.Count > Events * Outlets, "every article has several sentences");
        var keys = texts.Select(t => CachingSentenceEncoder.Key(workerEncoder.ModelId, t)).ToHashSet();
        Assert.Equal(keys.Count, store.SentenceVectors(keys).Count);

        var reader = new LengthEncoder();
        foreach (var story in store.Stories(limit: int.MaxValue))
            StoredStories.Build(store, story.Id, encoder: reader);
        Assert.Equal(0, reader.Encoded);
    }

    [Fact]
    public async Task An_ingest_without_vectors_never_makes_the_workers_encoder_and_stores_no_vector()
    {
        using var temp = TestStore.Create(StoreKind.Postgres);
        var made = 0;
        var summary = await IngestOnCluster(temp, () =>
        {
            Interlocked.Increment(ref made);
            return new LengthEncoder();
        }, storeVectors: false);

        using var store = temp.Open(create: false);
        Assert.Equal(Events * Outlets, summary.Progress.Added);
        Assert.Equal(0, made);
        var keys = StoredTexts(store).Select(t => CachingSentenceEncoder.Key("test-lengths", t)).ToHashSet();
        Assert.NotEmpty(keys);
        Assert.Empty(store.SentenceVectors(keys));
    }

    private static async Task<IngestSummary> IngestOnCluster(TestStore temp, Func<ISentenceEncoder> encoder, bool storeVectors)
    {
        using var folder = new TempFolder();
        var file = Corpus.Write(folder, Events, Outlets);
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) => silo.AddAnalysts(temp.Location, encoder));
        var cluster = builder.Build();
        await cluster.DeployAsync(TestContext.Current.CancellationToken);
        try
        {
            using var store = temp.Open();
            return new CorpusIngestor(store, new IngestOptions { BatchSize = 8, Analyst = new ClusterAnalyst(cluster.Client, storeVectors: storeVectors) })
                .Run(Corpus.Read(file), cancellation: TestContext.Current.CancellationToken);
        }
        finally
        {
            await cluster.StopAllSilosAsync(CancellationToken.None);
            await cluster.DisposeAsync();
        }
    }

    /// <summary>The texts of every stored article that a comparison encodes.</summary>
    private static List<string> StoredTexts(IArticleStore store)
        => [.. store.Stories(limit: int.MaxValue)
            .SelectMany(story => store.ArticlesOf(story.Id))
            .SelectMany(article => SentenceVectors.TextsOf(StoredStories.Analysis(store, article)))];
}
