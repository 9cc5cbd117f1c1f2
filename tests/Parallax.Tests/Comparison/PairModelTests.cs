using Parallax.Comparison;

namespace Parallax.Tests.Comparison;

public class PairModelTests
{
    private static string[] Lines(double bias, double mixed) =>
        ["floor 0.25", "threshold 0.6", $"bias {bias}", .. PairFeatures.Names.Select(n => $"{n} {(n == "mixed" ? mixed : 0)}")];

    [Fact]
    public void The_probability_is_the_logistic_of_the_weighted_features()
    {
        var model = PairModel.Parse(Lines(-1, 4));
        var features = new double[PairFeatures.Names.Length];
        features[Array.IndexOf(PairFeatures.Names, "mixed")] = 0.5;
        Assert.Equal(1 / (1 + Math.Exp(-1)), model.Probability(features), 9);
        Assert.Equal(0.25, model.Floor);
        Assert.Equal(0.6, model.Threshold);
    }

    [Fact]
    public void A_model_without_a_weight_for_every_feature_is_an_error()
        => Assert.Throws<InvalidOperationException>(() => PairModel.Parse(Lines(0, 1).SkipLast(1)));

    [Fact]
    public void The_shipped_model_loads_and_scores_candidates_from_a_floor_no_higher_than_the_threshold_of_the_hand_rules()
        => Assert.InRange(PairModel.Default.Floor, 0.15, ComparisonOptions.Default.SemanticAlignmentThreshold);
}
