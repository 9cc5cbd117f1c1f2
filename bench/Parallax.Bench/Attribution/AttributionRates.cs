using Parallax.Tagging;

namespace Parallax.Bench.Attribution;

/// <summary>
/// How often each word of labelled sentences is a cue and how often part of a source, as the
/// <see cref="AttributionFeatures.Lexicon"/> stores them (words seen at least three times, with a rate class above 0).
/// </summary>
internal static class AttributionRates
{
    public static WordLexicon Learn(IEnumerable<LabelledSentence> sentences)
    {
        var counts = new Dictionary<string, (int Seen, int Cue, int Source)>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            for (var i = 0; i < s.Words.Length; i++)
            {
                var key = WordForm.KeyOf(s.Words[i]);
                var (seen, cue, source) = counts.GetValueOrDefault(key);
                counts[key] = (seen + 1, cue + (s.Labels[i].EndsWith("CUE", StringComparison.Ordinal) ? 1 : 0), source + (s.Labels[i].EndsWith("SRC", StringComparison.Ordinal) ? 1 : 0));
            }
        }
        var entries = new List<KeyValuePair<string, ushort>>();
        foreach (var (key, (seen, cue, source)) in counts)
        {
            if (seen < 3)
                continue;
            var value = AttributionFeatures.RateClass(cue, seen) | (AttributionFeatures.RateClass(source, seen) << 2);
            if (value != 0)
                entries.Add(new(key, (ushort)value));
        }
        return new WordLexicon(entries);
    }
}
