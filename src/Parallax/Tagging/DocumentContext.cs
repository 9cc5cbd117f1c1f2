namespace Parallax.Tagging;

/// <summary>
/// What the rest of the document says about each word: how it is capitalised mid-sentence outside all-caps headlines
/// (lets the recogniser read "CHINA" in a headline or "Beijing" at a sentence start by the document's own usage) and,
/// once <see cref="WithFirstPass"/> has run, which entity types a first reading of the whole document gave its
/// capitalised occurrences (so "Falcons" read as a team in one sentence is a team in the next).
/// </summary>
internal sealed class DocumentContext
{
    private readonly Dictionary<string, int> _case;
    private readonly Dictionary<string, int>? _firstPass;

    public static DocumentContext Empty { get; } = new([]);

    public DocumentContext(IEnumerable<IReadOnlyList<string>> sentences)
    {
        _case = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var words in sentences)
        {
            if (IsHeadline(words))
                continue;
            for (var i = 1; i < words.Count; i++)
            {
                var word = words[i];
                if (word.Length == 0 || !char.IsLetter(word[0]))
                    continue;
                var key = WordForm.KeyOf(word);
                _case[key] = _case.GetValueOrDefault(key) | (char.IsUpper(word[0]) ? 2 : 1);
            }
        }
    }

    private DocumentContext(Dictionary<string, int> casing, Dictionary<string, int> firstPass)
    {
        _case = casing;
        _firstPass = firstPass;
    }

    /// <summary>
    /// A sentence's labels from a first reading by another labeller (one label index per word), for a second pass that
    /// reads them as features (the attribution labeller's); null otherwise.
    /// </summary>
    public int[]? SentenceLabels { get; private init; }

    /// <summary>A context that carries only one sentence's first-reading labels (see <see cref="SentenceLabels"/>).</summary>
    public static DocumentContext OfSentenceLabels(int[] labels) => new([]) { SentenceLabels = labels };

    /// <summary>True once the first reading's labels are in (see <see cref="WithFirstPass"/>).</summary>
    public bool HasFirstPass => _firstPass is not null;

    /// <summary>0 not seen, 1 only lowercase, 2 only capitalised, 3 both.</summary>
    public int CaseOf(string key) => _case.GetValueOrDefault(key);

    /// <summary>
    /// The first reading's verdict on the capitalised occurrences of a word, packed: bits 0-3 the types seen
    /// (PER, ORG, LOC, MISC as in <see cref="BioLabels.Types"/>), bits 4-6 the most frequent type (1-4; 0 none),
    /// bits 7-8 the share of occurrences inside a name (0 none, 1 under half, 2 half or more, 3 all),
    /// bits 9-10 how many occurrences (1, 2-3, 4+); 0 when the word has no capitalised occurrence.
    /// </summary>
    public int FirstPassOf(string key) => _firstPass?.GetValueOrDefault(key) ?? 0;

    /// <summary>This context plus the entity labels (IOB2, one per word) a first reading gave every sentence.</summary>
    public DocumentContext WithFirstPass(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<IReadOnlyList<string>> labels)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            for (var i = 0; i < words.Count; i++)
            {
                var word = words[i];
                if (word.Length == 0 || !char.IsUpper(word[0]))
                    continue;
                var key = WordForm.KeyOf(word);
                if (!counts.TryGetValue(key, out var c))
                    counts[key] = c = new int[BioLabels.Types.Length + 1];
                c[TypeIndex(labels[s][i])]++;
            }
        }
        var packed = new Dictionary<string, int>(counts.Count, StringComparer.Ordinal);
        foreach (var (key, c) in counts)
            packed[key] = Pack(c);
        return new DocumentContext(_case, packed);
    }

    private static int TypeIndex(string label)
    {
        if (label.Length < 3)
            return 0;
        var type = label.AsSpan(2);
        for (var t = 0; t < BioLabels.Types.Length; t++)
        {
            if (type.SequenceEqual(BioLabels.Types[t]))
                return t + 1;
        }
        return 0;
    }

    private static int Pack(int[] counts)
    {
        int mask = 0, majority = 0, inside = 0, total = counts[0];
        for (var t = 1; t < counts.Length; t++)
        {
            total += counts[t];
            inside += counts[t];
            if (counts[t] == 0)
                continue;
            mask |= 1 << (t - 1);
            if (majority == 0 || counts[t] > counts[majority])
                majority = t;
        }
        var share = inside == 0 ? 0 : inside == total ? 3 : inside * 2 >= total ? 2 : 1;
        var occurrences = total == 1 ? 1 : total <= 3 ? 2 : 3;
        return mask | majority << 4 | share << 7 | occurrences << 9;
    }

    public static bool IsHeadline(IReadOnlyList<string> words)
    {
        int letters = 0, caps = 0;
        foreach (var word in words)
        {
            var hasLetter = false;
            var hasLower = false;
            foreach (var c in word)
            {
                hasLetter |= char.IsLetter(c);
                hasLower |= char.IsLower(c);
            }
            if (hasLetter)
            {
                letters++;
                if (!hasLower)
                    caps++;
            }
        }
        return letters > 1 && caps * 2 > letters;
    }
}
