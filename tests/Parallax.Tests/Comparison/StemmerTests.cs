using Parallax.Comparison;

namespace Parallax.Tests.Comparison;

public class StemmerTests
{
    private static readonly string[] Words =
    [
        "running", "flooded", "harbours", "negotiations", "evacuated", "generously", "strikers", "happily",
        "relational", "conditional", "hopefulness", "organisations", "ferries", "reported", "reporting", "denied",
    ];

    [Fact]
    public void A_stemmer_shared_by_threads_gives_each_word_the_stem_it_gives_alone()
    {
        var alone = Words.ToDictionary(w => w, w => new Stemmer().Stem(w));
        var shared = new Stemmer();
        var inputs = Enumerable.Range(0, 100_000).Select(i => Letters(i) + Words[i % Words.Length]).ToArray();
        var expected = inputs.Select(w => new Stemmer().Stem(w)).ToArray();
        var stems = new string[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => stems[i] = shared.Stem(inputs[i]));
        Assert.Equal(expected, stems);
        Assert.Equal("run", alone["running"]);
        Assert.Equal("harbour", alone["harbours"]);
    }

    /// <summary>A different run of letters for every number, so that every word is new to the stemmer's cache.</summary>
    private static string Letters(int i)
    {
        var letters = new System.Text.StringBuilder();
        for (; i > 0; i /= 26)
            letters.Append((char)('a' + i % 26));
        return letters.ToString();
    }
}
