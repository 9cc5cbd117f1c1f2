namespace Parallax.Corpus.Clustering;

/// <summary>
/// Cuts a small set of articles in two along their nearest-neighbour graph (each article linked to its
/// <c>k</c> most similar others): the normalised-cut relaxation (the second eigenvector of the graph's
/// normalised adjacency, by power iteration), then the sweep cut of least conductance along it. Two events
/// of one topic share many words, so their mean similarities overlap those of one event's halves; but an
/// article's nearest neighbours are almost always of its own event, so the graph of two events has a cut
/// crossed by few links, while any cut of one event is crossed by many.
/// </summary>
internal static class GraphBisection
{
    private const int Iterations = 200;
    private const double Converged = 1e-7;

    /// <summary>
    /// The least-conductance cut of the <paramref name="neighbours"/>-nearest-neighbour graph over
    /// <paramref name="similarity"/> (<paramref name="count"/> × <paramref name="count"/>, symmetric) with at
    /// least <paramref name="minSide"/> articles on each side: which side each article falls on, and the share
    /// of the smaller side's links that cross the cut (0 when the two sides are not linked at all).
    /// </summary>
    public static (bool[] Side, double Conductance) Cut(double[,] similarity, int count, int neighbours, int minSide)
    {
        ArgumentNullException.ThrowIfNull(similarity);
        var side = new bool[count];
        if (count < 2 * minSide || neighbours < 1)
            return (side, 1);
        var links = Links(similarity, count, Math.Min(neighbours, count - 1));
        var degree = new double[count];
        for (var i = 0; i < count; i++)
        {
            for (var j = 0; j < count; j++)
                degree[i] += links[i, j];
        }
        var order = Fiedler(links, degree, count);
        var inLeft = new bool[count];
        var total = degree.Sum();
        double cut = 0, volume = 0, best = double.PositiveInfinity;
        var bestAt = -1;
        for (var at = 0; at < count - minSide; at++)
        {
            var i = order[at];
            for (var j = 0; j < count; j++)
                cut += inLeft[j] ? -links[i, j] : links[i, j];
            inLeft[i] = true;
            volume += degree[i];
            if (at + 1 < minSide)
                continue;
            var conductance = cut / Math.Max(1e-12, Math.Min(volume, total - volume));
            if (conductance < best - 1e-12)
            {
                best = conductance;
                bestAt = at;
            }
        }
        for (var at = bestAt + 1; at < count; at++)
            side[order[at]] = true;
        return (side, best);
    }

    /// <summary>The conductance of a given cut (<paramref name="side"/>) of the <paramref name="neighbours"/>-nearest-neighbour graph.</summary>
    public static double Conductance(double[,] similarity, int count, int neighbours, bool[] side)
    {
        ArgumentNullException.ThrowIfNull(similarity);
        ArgumentNullException.ThrowIfNull(side);
        var links = Links(similarity, count, Math.Min(neighbours, count - 1));
        double cut = 0, left = 0, right = 0;
        for (var i = 0; i < count; i++)
        {
            for (var j = 0; j < count; j++)
            {
                if (links[i, j] == 0)
                    continue;
                if (side[i])
                    right += links[i, j];
                else
                    left += links[i, j];
                if (side[i] != side[j])
                    cut += links[i, j];
            }
        }
        return cut / 2 / Math.Max(1e-12, Math.Min(left, right));
    }

    /// <summary>The symmetric link weights: 1 where either article is among the other's nearest neighbours.</summary>
    private static double[,] Links(double[,] similarity, int count, int neighbours)
    {
        var links = new double[count, count];
        var nearest = new int[count - 1];
        for (var i = 0; i < count; i++)
        {
            var n = 0;
            for (var j = 0; j < count; j++)
            {
                if (j != i)
                    nearest[n++] = j;
            }
            var row = i;
            Array.Sort(nearest, (a, b) =>
            {
                var bySimilarity = similarity[row, b].CompareTo(similarity[row, a]);
                return bySimilarity != 0 ? bySimilarity : a.CompareTo(b);
            });
            for (var k = 0; k < neighbours; k++)
                links[i, nearest[k]] = links[nearest[k], i] = 1;
        }
        return links;
    }

    /// <summary>The articles ordered along the second eigenvector of D^-1/2 W D^-1/2 (shifted by the identity so power iteration finds it).</summary>
    private static int[] Fiedler(double[,] links, double[] degree, int count)
    {
        var neighbours = new int[count][];
        var list = new List<int>(count);
        for (var i = 0; i < count; i++)
        {
            list.Clear();
            for (var j = 0; j < count; j++)
            {
                if (links[i, j] != 0)
                    list.Add(j);
            }
            neighbours[i] = [.. list];
        }
        var top = new double[count];
        var norm = Math.Sqrt(degree.Sum());
        var scale = new double[count];
        for (var i = 0; i < count; i++)
        {
            top[i] = Math.Sqrt(degree[i]) / norm;
            scale[i] = 1 / Math.Sqrt(degree[i]);
        }
        var vector = new double[count];
        for (var i = 0; i < count; i++)
            vector[i] = Math.Sin(1.7 * i + 0.3);
        var next = new double[count];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            double along = 0;
            for (var i = 0; i < count; i++)
                along += vector[i] * top[i];
            for (var i = 0; i < count; i++)
                vector[i] -= along * top[i];
            double length = 0;
            for (var i = 0; i < count; i++)
            {
                double sum = 0;
                foreach (var j in neighbours[i])
                    sum += scale[j] * vector[j];
                next[i] = vector[i] + scale[i] * sum;
                length += next[i] * next[i];
            }
            length = Math.Sqrt(length);
            if (length == 0)
                break;
            double change = 0;
            for (var i = 0; i < count; i++)
            {
                var value = next[i] / length;
                change = Math.Max(change, Math.Abs(value - vector[i]));
                vector[i] = value;
            }
            if (change < Converged)
                break;
        }
        var order = new int[count];
        var key = new double[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
            key[i] = vector[i] * scale[i];
        }
        Array.Sort(order, (a, b) =>
        {
            var byKey = key[a].CompareTo(key[b]);
            return byKey != 0 ? byKey : a.CompareTo(b);
        });
        return order;
    }
}
