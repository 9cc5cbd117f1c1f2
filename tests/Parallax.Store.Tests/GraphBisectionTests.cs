using Parallax.Corpus.Clustering;

namespace Parallax.Store.Tests;

public sealed class GraphBisectionTests
{
    /// <summary>Similarities of <paramref name="count"/> articles: <paramref name="within"/> (varying a little) inside each group of <paramref name="group"/>, <paramref name="across"/> between groups.</summary>
    private static double[,] Similarities(int count, Func<int, int> group, double within, double across)
    {
        var similarity = new double[count, count];
        for (var i = 0; i < count; i++)
        {
            for (var j = 0; j < count; j++)
            {
                if (i != j)
                    similarity[i, j] = (group(i) == group(j) ? within : across) + 0.01 * Noise(Math.Min(i, j), Math.Max(i, j));
            }
        }
        return similarity;
    }

    /// <summary>A fixed number in [0, 1) for each pair, so that neighbours are ranked without a pattern.</summary>
    private static double Noise(int i, int j) => (uint)((i * 7919 + j * 104729) * 2654435761u % 1000) / 1000.0;

    [Fact]
    public void Given_two_groups_whose_nearest_neighbours_stay_inside_when_cut_then_the_cut_follows_the_groups_and_is_crossed_by_no_link()
    {
        var similarity = Similarities(10, i => i % 2, within: 0.40, across: 0.33);

        var (side, conductance) = GraphBisection.Cut(similarity, 10, neighbours: 3, minSide: 2);

        Assert.Equal(0, conductance);
        Assert.All(Enumerable.Range(0, 10), i => Assert.Equal(side[0] == side[i], i % 2 == 0));
    }

    [Fact]
    public void Given_one_group_alike_throughout_when_cut_then_many_links_cross_every_cut()
    {
        var similarity = Similarities(10, _ => 0, within: 0.40, across: 0.40);

        var (_, conductance) = GraphBisection.Cut(similarity, 10, neighbours: 3, minSide: 2);

        Assert.True(conductance > 2 * ClusteringOptions.Default.SplitConductance, $"conductance {conductance}");
    }

    [Fact]
    public void Given_a_cut_between_two_groups_when_its_conductance_is_asked_then_it_is_the_share_of_links_crossing_it()
    {
        var similarity = Similarities(6, i => i < 3 ? 0 : 1, within: 0.5, across: 0.1);
        bool[] groups = [false, false, false, true, true, true];
        bool[] mixed = [false, true, false, true, false, true];

        Assert.Equal(0, GraphBisection.Conductance(similarity, 6, 2, groups));
        Assert.True(GraphBisection.Conductance(similarity, 6, 2, mixed) > 0.5);
    }
}
