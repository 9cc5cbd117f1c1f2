using Parallax.Corpus;
using Parallax.Corpus.Clustering;

namespace Parallax.Store.Tests;

public sealed class DocumentFrequenciesTests
{
    private static ulong Term(int i) => StableHash.Of("w:term" + i);

    [Fact]
    public void Counts_of_a_small_vocabulary_are_exact_and_unseen_terms_count_zero()
    {
        var frequencies = new DocumentFrequencies(1 << 16);
        for (var i = 1; i <= 200; i++)
        {
            for (var n = 0; n < i; n++)
                frequencies.Add(Term(i));
        }
        for (var i = 1; i <= 200; i++)
            Assert.Equal(i, frequencies.Count(Term(i)));
        Assert.Equal(0, frequencies.Count(Term(1_000)));
    }

    [Fact]
    public void A_vocabulary_far_larger_than_the_sketch_allocates_nothing_per_term_and_no_count_falls_below_the_truth()
    {
        var frequencies = new DocumentFrequencies(4_096);
        for (var n = 0; n < 5_000; n++)
            frequencies.Add(Term(0));
        var terms = Enumerable.Range(1, 100_000).Select(Term).ToArray();
        foreach (var term in terms)
            frequencies.Add(term);

        // A table of a million keys would take tens of megabytes; the runtime's own work on this thread (tiering,
        // its allocation context) takes a fixed amount, far below a byte per term.
        const int more = 1_000_000;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < more; i++)
            frequencies.Add(StableHash.Mix((ulong)i + 1_000_000_000UL));
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, more / 2);

        Assert.InRange(frequencies.Count(Term(0)), 5_000, 5_100);
        Assert.All(terms, term => Assert.True(frequencies.Count(term) >= 1));
    }

    [Fact]
    public void Rare_terms_stay_far_rarer_than_a_common_one_when_they_outnumber_the_counters()
    {
        var frequencies = new DocumentFrequencies(16_384);
        for (var document = 0; document < 20_000; document++)
        {
            frequencies.Add(Term(0));
            frequencies.Add(Term(1 + document % 500));
            frequencies.Add(Term(1_000 + document));
        }
        var rare = Enumerable.Range(1_000, 20_000).Select(i => frequencies.Count(Term(i))).Order().ToList();
        Assert.True(rare[rare.Count / 2] <= 3, $"median count of terms seen once: {rare[rare.Count / 2]}");
        Assert.InRange(frequencies.Count(Term(1)), 40, 60);
        Assert.InRange(frequencies.Count(Term(0)), 20_000, 20_050);
    }
}
