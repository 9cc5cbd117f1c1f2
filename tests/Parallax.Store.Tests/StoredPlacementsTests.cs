using Parallax.Corpus.Clustering;

namespace Parallax.Store.Tests;

public abstract class StoredPlacementsTests(StoreKind kind)
{
    private static uint[] Signature(int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, MinHash.Size).Select(_ => (uint)random.NextInt64(uint.MaxValue))];
    }

    private static ArticleRecord Stored(long id, long story, uint[] signature)
    {
        var features = new ArticleFeatures([], [], [], [], null) { Signature = signature };
        var text = $"text of article {id}";
        return new ArticleRecord(id, new Article("x", "Outlet", text), ContentHash.Of(text), story, null, FeatureCodec.Encode(features))
        {
            Bands = StoredPlacements.Keys(signature),
        };
    }

    [Fact]
    public void Given_an_original_no_longer_held_in_memory_when_its_copy_arrives_then_the_store_finds_it_and_its_story()
    {
        using var temp = TestStore.Create(kind);
        using var store = temp.Open();
        var placements = new StoredPlacements(store, new Lock(), capacity: 1);
        var original = Signature(1);
        placements.Add(1, original, 7);
        store.AddBatch([Stored(1, 7, original)]);
        placements.Add(2, Signature(2), 8);
        store.AddBatch([Stored(2, 8, Signature(2))]);

        var copy = (uint[])original.Clone();
        copy[0] ^= 1;
        Assert.Equal(1, placements.FindOriginal(copy));
        Assert.True(placements.TryGetStory(1, out var story));
        Assert.Equal(7, story);
        Assert.Null(placements.FindOriginal(Signature(3)));
    }

    [Fact]
    public void Given_a_split_moved_an_article_when_its_story_is_asked_then_the_new_story_is_given_before_the_store_has_it()
    {
        using var temp = TestStore.Create(kind);
        using var store = temp.Open();
        var placements = new StoredPlacements(store, new Lock(), capacity: 1);
        placements.Add(1, Signature(1), 7);
        store.AddBatch([Stored(1, 7, Signature(1))]);
        placements.Add(2, Signature(2), 8);

        placements.Move(1, 9);

        Assert.True(placements.TryGetStory(1, out var story));
        Assert.Equal(9, story);
    }
}

public sealed class StoredPlacementsTestsOnSqlite() : StoredPlacementsTests(StoreKind.Sqlite);

public sealed class StoredPlacementsTestsOnPostgres() : StoredPlacementsTests(StoreKind.Postgres);
