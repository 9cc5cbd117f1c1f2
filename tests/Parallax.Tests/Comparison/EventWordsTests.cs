using Parallax.Comparison;

namespace Parallax.Tests.Comparison;

public class EventWordsTests
{
    [Fact]
    public void Stem_pairs_become_concept_pairs_in_either_order()
    {
        IReadOnlySet<(string, string)> pairs = EventWords.Load(["pass die", "quak earthquak"]);
        Assert.Contains((SentenceProfiler.ConceptOfStem("die"), "w:pass"), pairs);
        Assert.Contains(("w:earthquak", "w:quak"), pairs);
    }

    [Fact]
    public void A_pair_the_synonym_groups_already_join_is_dropped()
        => Assert.Empty(EventWords.Load(["die kill"]));

    [Fact]
    public void A_line_that_is_not_two_stems_is_an_error()
        => Assert.Throws<InvalidOperationException>(() => EventWords.Load(["die"]));
}
