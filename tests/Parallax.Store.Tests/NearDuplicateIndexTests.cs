using Parallax.Corpus.Clustering;

namespace Parallax.Store.Tests;

public sealed class NearDuplicateIndexTests
{
    private static uint[] Signature(int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, MinHash.Size).Select(_ => (uint)random.NextInt64(uint.MaxValue))];
    }

    private static uint[] Edited(uint[] signature, int changed)
    {
        var copy = (uint[])signature.Clone();
        for (var i = 0; i < changed; i++)
            copy[i * 7 % MinHash.Size] ^= 0x5A5A5A5A;
        return copy;
    }

    [Fact]
    public void A_copy_of_an_early_article_is_found_after_many_more_are_indexed()
    {
        var index = new NearDuplicateIndex();
        for (var id = 1; id <= 20_000; id++)
            index.Add(id, Signature(id));
        Assert.Equal(3, index.FindOriginal(Edited(Signature(3), changed: 10)));
        Assert.Equal(19_999, index.FindOriginal(Edited(Signature(19_999), changed: 10)));
    }

    [Fact]
    public void An_unrelated_signature_has_no_original()
    {
        var index = new NearDuplicateIndex();
        for (var id = 1; id <= 2_000; id++)
            index.Add(id, Signature(id));
        Assert.Null(index.FindOriginal(Signature(1_000_000)));
    }

    [Fact]
    public void A_copy_points_at_the_original_not_at_an_identical_later_copy()
    {
        var index = new NearDuplicateIndex();
        var original = Signature(42);
        index.Add(1, original);
        index.Add(2, (uint[])original.Clone());
        Assert.Equal(1, index.FindOriginal(Edited(original, changed: 3)));
    }

    [Fact]
    public void A_copy_below_the_similarity_threshold_is_not_a_copy()
    {
        var index = new NearDuplicateIndex();
        var original = Signature(7);
        index.Add(1, original);
        Assert.Null(index.FindOriginal(Edited(original, changed: 40)));
    }
}
