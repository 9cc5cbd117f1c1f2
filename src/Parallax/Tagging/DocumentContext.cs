namespace Parallax.Tagging;

/// <summary>
/// How each word is capitalised elsewhere in the same document, mid-sentence and outside all-caps headlines.
/// Lets the recogniser read "CHINA" in a headline or "Beijing" at a sentence start by the document's own usage.
/// </summary>
internal sealed class DocumentContext
{
    private readonly Dictionary<string, int> _case = new(StringComparer.Ordinal);

    public static DocumentContext Empty { get; } = new([]);

    public DocumentContext(IEnumerable<IReadOnlyList<string>> sentences)
    {
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

    /// <summary>0 not seen, 1 only lowercase, 2 only capitalised, 3 both.</summary>
    public int CaseOf(string key) => _case.GetValueOrDefault(key);

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
