using Parallax.Tagging;

namespace Parallax.Tests.Tagging;

public class DecodingTests
{
    private static readonly string[] Labels = BioLabels.All();

    private static int L(string label) => Array.IndexOf(Labels, label);

    [Fact]
    public void Constrained_viterbi_never_starts_an_entity_with_I()
    {
        var n = Labels.Length;
        var emissions = new float[2 * n];
        emissions[L("I-PER")] = 10;
        emissions[L("B-ORG")] = 1;
        emissions[n + L("I-PER")] = 10;
        var (start, transitions) = SequenceDecoder.Constrain(new float[n], new float[n * n], TransitionConstraints.Bio(Labels));
        var path = new int[2];

        SequenceDecoder.Viterbi(emissions, 2, n, start, transitions, path);

        Assert.NotEqual("I-PER", Labels[path[0]]);
    }

    [Fact]
    public void Constrained_viterbi_continues_an_entity_only_with_its_own_type()
    {
        var n = Labels.Length;
        var emissions = new float[2 * n];
        emissions[L("B-LOC")] = 5;
        emissions[n + L("I-PER")] = 5;
        emissions[n + L("O")] = 1;
        var (start, transitions) = SequenceDecoder.Constrain(new float[n], new float[n * n], TransitionConstraints.Bio(Labels));
        var path = new int[2];

        SequenceDecoder.Viterbi(emissions, 2, n, start, transitions, path);

        Assert.Equal(["B-LOC", "O"], path.Select(y => Labels[y]));
    }

    [Fact]
    public void Marginals_of_each_token_sum_to_one()
    {
        var n = Labels.Length;
        var emissions = Enumerable.Range(0, 3 * n).Select(i => (float)(i % 7)).ToArray();
        var (start, transitions) = SequenceDecoder.Constrain(new float[n], new float[n * n], TransitionConstraints.Bio(Labels));
        var marginals = new float[3 * n];

        SequenceDecoder.Marginals(emissions, 3, n, start, transitions, 2f, marginals);

        for (var t = 0; t < 3; t++)
            Assert.Equal(1.0, marginals.Skip(t * n).Take(n).Sum(), 3);
    }

    [Fact]
    public void Iob1_labels_become_iob2()
        => Assert.Equal(
            ["B-PER", "I-PER", "B-PER", "O", "B-LOC"],
            BioLabels.Iob1ToIob2(["I-PER", "I-PER", "B-PER", "O", "I-LOC"]));

    [Fact]
    public void Spans_are_read_from_iob2_labels()
        => Assert.Equal(
            [(0, 2, "PER"), (3, 1, "LOC")],
            BioLabels.Spans(["B-PER", "I-PER", "O", "B-LOC"]));
}
