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

    [Theory]
    [InlineData(3)]
    [InlineData(11)]
    [InlineData(19)]
    public void Viterbi_finds_the_best_scoring_path_of_all(int labels)
    {
        const int tokens = 4;
        var random = new Random(labels);
        float Next() => (float)Math.Round(random.NextDouble() * 8 - 4, 1);
        var emissions = Enumerable.Range(0, tokens * labels).Select(_ => Next()).ToArray();
        var start = Enumerable.Range(0, labels).Select(_ => Next()).ToArray();
        var transitions = Enumerable.Range(0, labels * labels).Select(_ => Next()).ToArray();
        transitions[1] = float.NegativeInfinity;
        double Score(int[] path)
        {
            double score = start[path[0]] + emissions[path[0]];
            for (var t = 1; t < tokens; t++)
                score += transitions[path[t - 1] * labels + path[t]] + emissions[t * labels + path[t]];
            return score;
        }
        var best = double.NegativeInfinity;
        var every = new int[tokens];
        for (var code = 0; code < (int)Math.Pow(labels, tokens); code++)
        {
            for (int t = 0, rest = code; t < tokens; t++, rest /= labels)
                every[t] = rest % labels;
            best = Math.Max(best, Score(every));
        }
        var path = new int[tokens];

        SequenceDecoder.Viterbi(emissions, tokens, labels, start, transitions, path);

        Assert.Equal(best, Score(path), 3);
    }
}
