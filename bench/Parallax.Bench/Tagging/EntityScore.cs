using Parallax.Tagging;

namespace Parallax.Bench.Tagging;

/// <summary>Precision, recall and F1 of one entity type (or all), from exact span matches.</summary>
internal sealed record SpanCounts(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>CoNLL entity-level scoring (conlleval semantics: a span counts only with exact boundaries and type).</summary>
internal sealed record EntityScore(IReadOnlyDictionary<string, SpanCounts> ByType, SpanCounts Overall)
{
    /// <summary>Scores every sentence; with <paramref name="withoutMisc"/> (a data set of PER/LOC/ORG only) MISC predictions count as no entity.</summary>
    public static EntityScore Evaluate(EntityTagger tagger, IReadOnlyList<CorpusSentence> sentences, bool goldPos, bool withoutMisc = false, int printErrors = 0,
        Dictionary<string, int>? falsePositives = null)
    {
        var counts = BioLabels.Types.ToDictionary(t => t, _ => new int[3], StringComparer.Ordinal);
        var contexts = sentences.GroupBy(s => s.Document).ToDictionary(g => g.Key,
            g => tagger.Read([.. g.Select(s => s.Words)], goldPos ? [.. g.Select(s => s.Pos)] : null));
        foreach (var sentence in sentences)
        {
            var gold = BioLabels.Spans(sentence.Entities!).ToHashSet();
            var predicted = tagger.Tag(sentence.Words, goldPos ? sentence.Pos : null, contexts[sentence.Document])
                .Where(s => !withoutMisc || s.Label != "MISC")
                .Select(s => (s.FirstToken, s.TokenCount, s.Label)).ToHashSet();
            foreach (var span in predicted)
            {
                var right = gold.Contains(span);
                counts[span.Label][right ? 0 : 1]++;
                if (!right && falsePositives is not null)
                {
                    // How the false span relates to the gold: another type over the same words, a wrong boundary, or no name there.
                    var words = string.Join(' ', sentence.Words[span.FirstToken..(span.FirstToken + span.TokenCount)]);
                    var overlap = gold.FirstOrDefault(g => g.First < span.FirstToken + span.TokenCount && span.FirstToken < g.First + g.Count);
                    var kind = overlap == default ? "no name" : overlap.First == span.FirstToken && overlap.Count == span.TokenCount ? "gold " + overlap.Type : "boundary of gold " + overlap.Type;
                    var key = $"{span.Label} {kind}: {words}";
                    falsePositives[key] = falsePositives.GetValueOrDefault(key) + 1;
                }
            }
            foreach (var span in gold)
            {
                if (!predicted.Contains(span))
                    counts[span.Type][2]++;
            }
            if (printErrors > 0 && !gold.SetEquals(predicted))
            {
                printErrors--;
                string Show(IEnumerable<(int First, int Count, string Type)> spans) => string.Join(", ", spans.Select(p => $"{p.Type} '{string.Join(' ', sentence.Words[p.First..(p.First + p.Count)])}'"));
                Console.WriteLine($"  gold [{Show(gold.Except(predicted))}] predicted [{Show(predicted.Except(gold))}]: {string.Join(' ', sentence.Words)}");
            }
        }
        var byType = counts.ToDictionary(p => p.Key, p => new SpanCounts(p.Value[0], p.Value[1], p.Value[2]), StringComparer.Ordinal);
        var overall = new SpanCounts(byType.Values.Sum(c => c.TruePositives), byType.Values.Sum(c => c.FalsePositives), byType.Values.Sum(c => c.FalseNegatives));
        return new EntityScore(byType, overall);
    }

    /// <summary>The counts of several scored sets added together, as if scored as one.</summary>
    public static EntityScore Sum(IEnumerable<EntityScore> scores)
    {
        var list = scores.ToList();
        static SpanCounts Add(IEnumerable<SpanCounts> counts) => counts.Aggregate(new SpanCounts(0, 0, 0),
            (a, c) => new SpanCounts(a.TruePositives + c.TruePositives, a.FalsePositives + c.FalsePositives, a.FalseNegatives + c.FalseNegatives));
        return new EntityScore(BioLabels.Types.ToDictionary(t => t, t => Add(list.Select(s => s.ByType[t])), StringComparer.Ordinal), Add(list.Select(s => s.Overall)));
    }

    public void Print(string title, bool withoutMisc = false)
    {
        Console.WriteLine(title);
        Console.WriteLine($"  {"type",-8} {"P",7} {"R",7} {"F1",7} {"gold",6}");
        foreach (var (type, c) in ByType.Where(p => !withoutMisc || p.Key != "MISC").Append(new("overall", Overall)))
            Console.WriteLine($"  {type,-8} {c.Precision,7:F4} {c.Recall,7:F4} {c.F1,7:F4} {c.TruePositives + c.FalseNegatives,6}");
    }
}

internal static class PosScore
{
    public static double Accuracy(PosTagger tagger, IReadOnlyList<CorpusSentence> sentences, Dictionary<(string Gold, string Predicted), int>? confusions = null)
    {
        int correct = 0, total = 0;
        foreach (var sentence in sentences)
        {
            var tags = tagger.Tag(sentence.Words);
            for (var i = 0; i < tags.Length; i++)
            {
                total++;
                if (tags[i] == sentence.Pos[i])
                    correct++;
                else if (confusions is not null)
                {
                    confusions[(sentence.Pos[i], tags[i])] = confusions.GetValueOrDefault((sentence.Pos[i], tags[i])) + 1;
                    if (Environment.GetEnvironmentVariable("PARALLAX_PRINT_NEWS_ERRORS") == "1")
                        Console.WriteLine($"news {sentence.Pos[i]}->{tags[i]}\t{sentence.Words[i]}\t{string.Join(' ', sentence.Words[Math.Max(0, i - 4)..Math.Min(sentence.Words.Length, i + 4)])}");
                }
            }
        }
        return (double)correct / total;
    }
}
