using System.Text.RegularExpressions;

namespace Parallax.Text;

/// <summary>
/// Recognises lines a site adds to every article rather than the article itself: editor's notes,
/// calls to action ("Sign up for…", "HUFFPOST READERS: …"), related-link labels and photo credits.
/// They are kept in the text but never read as sentences, so no quote or comparison comes from them.
/// The patterns are source-generated and run without a wall-clock timeout (under load a 100 ms timeout fired and the
/// whole article's analysis failed); none can backtrack more than a line's length. The linear-time engine gave the same
/// matches but cost a cold process about 0.1 CPU-s to build its automata.
/// </summary>
internal static partial class Boilerplate
{
    /// <summary>True when the line between <paramref name="start"/> and <paramref name="end"/> is site boilerplate.</summary>
    public static bool IsLine(string text, int start, int end)
    {
        var line = text.AsSpan(start, Math.Min(end - start, 300));
        if (Opening().IsMatch(line) || ReadersLabel().IsMatch(line))
            return true;
        return CountWords(text.AsSpan(start, end - start)) <= 10 && Credit().IsMatch(line);
    }

    private static int CountWords(ReadOnlySpan<char> line)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
                words++;
            inWord = letter;
        }
        return words;
    }

    [GeneratedRegex(@"^[\(\[]?\s*(editor['’]?s['’]? note|editors['’] note|note to readers|sign up (for|to|here)|subscribe (to|for|now|here)|click here|read more\b|read the (rest|full|original)|related( coverage| stories| articles| content)?\s*:|follow us\b|like us on|download (the|our) app|get the latest|watch( the video| live| more)?\s*:|advertisement\s*$|all rights reserved|copyright\s*(©|\(c\)|\d{4})|©|this (article|story) (was|first|originally) (originally )?(published|appeared)|reporting by\b|additional reporting by\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Opening();

    [GeneratedRegex(@"^[A-Z][A-Z’'\.\- ]* READERS\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex ReadersLabel();

    [GeneratedRegex(@"(\b(photo|photograph|image|picture|video)s?\s*(credit|courtesy|by)?\s*:|\(?\b(ap|afp|reuters|getty|epa)\s*(photo|images)\b|\bgetty\b|\bshutterstock\b|/\s*(getty|instagram|ap|reuters|afp|epa)\b|\bphoto (by|credit|courtesy)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credit();
}
