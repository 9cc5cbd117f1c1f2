namespace Parallax.Tagging;

/// <summary>
/// Word statistics learned from training text, keyed by <see cref="WordForm.Key"/>: which entity types a word
/// appeared in (a small gazetteer), its most frequent label, and how it is usually capitalised mid-sentence
/// (the cue that tells "WIN" in an all-caps headline from "CHINA").
/// </summary>
internal sealed class WordLexicon
{
    public const int TypeCount = 4;
    private static readonly string[] TypeNames = ["PER", "ORG", "LOC", "MISC"];
    private readonly Dictionary<string, ushort> _entries;

    /// <remarks>A plain dictionary, not a frozen one: it is built at every start-up, where freezing cost more than its lookups save.
    /// A key given twice keeps its last value.</remarks>
    public WordLexicon(IEnumerable<KeyValuePair<string, ushort>> entries)
    {
        _entries = new Dictionary<string, ushort>(entries.TryGetNonEnumeratedCount(out var count) ? count : 0, StringComparer.Ordinal);
        foreach (var (key, value) in entries)
            _entries[key] = value;
    }

    public static WordLexicon Empty { get; } = new([]);

    public int Count => _entries.Count;

    public IEnumerable<KeyValuePair<string, ushort>> Entries => _entries;

    /// <summary>Bits 0-3: types seen; bits 4-6: majority label (0 = outside, 1-4 = type + 1); bits 7-8: case class; bits 11-13: see <see cref="NewsCaseClass"/>.</summary>
    public ushort this[string key] => _entries.TryGetValue(key, out var value) ? value : (ushort)0;

    public static int TypeMask(ushort entry) => entry & 0xF;

    public static int Majority(ushort entry) => (entry >> 4) & 0x7;

    /// <summary>0 unknown, 1 always lowercase, 2 always capitalised, 3 both.</summary>
    public static int CaseClass(ushort entry) => (entry >> 7) & 0x3;

    /// <summary>
    /// <see cref="CaseClass"/> in the labelled news text alone, where other text (web text added with
    /// <c>news: false</c>) made the two differ; what <see cref="EntityTagger.IsCommonWord"/> reads.
    /// </summary>
    public static int NewsCaseClass(ushort entry) => (entry & 0x2000) != 0 ? (entry >> 11) & 0x3 : CaseClass(entry);

    /// <summary>True when the word was seen with labels at least twice: its identity is worth a feature.</summary>
    public static bool Frequent(ushort entry) => (entry & 0x200) != 0;

    public static int TypeIndex(string type) => Array.IndexOf(TypeNames, type);

    /// <summary>Counts words of IOB2-labelled sentences.</summary>
    internal sealed class Builder
    {
        private readonly Dictionary<string, int[]> _counts = new(StringComparer.Ordinal);

        /// <summary>
        /// Adds a sentence; <paramref name="labels"/> may be null to learn casing only. Text that is not
        /// <paramref name="news"/> counts in <see cref="CaseClass"/> but not in <see cref="NewsCaseClass"/>.
        /// </summary>
        public void Add(IReadOnlyList<string> words, IReadOnlyList<string>? labels, bool news = true)
        {
            var letters = 0;
            var caps = 0;
            foreach (var word in words)
            {
                if (word.Any(char.IsLetter))
                {
                    letters++;
                    if (!word.Any(char.IsLower))
                        caps++;
                }
            }
            var headline = letters > 0 && caps * 2 > letters;
            for (var i = 0; i < words.Count; i++)
            {
                var form = WordForm.Of(words[i]);
                if (!_counts.TryGetValue(form.Key, out var c))
                    _counts[form.Key] = c = new int[TypeCount + 6];
                if (labels is not null)
                {
                    var label = labels[i];
                    var type = label == "O" ? -1 : TypeIndex(label[2..]);
                    c[type + 1]++;
                    c[TypeCount + 3]++;
                }
                if (i > 0 && !headline && words[i].Length > 0 && char.IsLetter(words[i][0]))
                {
                    var upper = char.IsUpper(words[i][0]);
                    c[upper ? TypeCount + 2 : TypeCount + 1]++;
                    if (news)
                        c[upper ? TypeCount + 5 : TypeCount + 4]++;
                }
            }
        }

        public WordLexicon Build()
        {
            var entries = new List<KeyValuePair<string, ushort>>();
            foreach (var (key, c) in _counts)
            {
                int mask = 0, majority = 0;
                for (var t = 0; t < TypeCount; t++)
                {
                    if (c[t + 1] > 0)
                        mask |= 1 << t;
                    if (c[t + 1] > c[majority])
                        majority = t + 1;
                }
                var caseClass = CaseClassOf(c[TypeCount + 1], c[TypeCount + 2]);
                var newsCaseClass = CaseClassOf(c[TypeCount + 4], c[TypeCount + 5]);
                var value = mask | (majority << 4) | (caseClass << 7) | (c[TypeCount + 3] >= 2 ? 0x200 : 0)
                    | (newsCaseClass != caseClass ? 0x2000 | (newsCaseClass << 11) : 0);
                if (value != 0)
                    entries.Add(new(key, (ushort)value));
            }
            return new WordLexicon(entries);
        }

        private static int CaseClassOf(int lower, int upper) => lower + upper == 0 ? 0 : upper == 0 ? 1 : lower == 0 ? 2 : 3;
    }
}
