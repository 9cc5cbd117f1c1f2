using System.Collections.Frozen;
using Parallax.Documents;

namespace Parallax.Text;

/// <summary>
/// Splits text into word, number and punctuation tokens with offsets, in the Penn Treebank
/// manner: clitics ("'s", "n't") are separate tokens, acronyms ("U.S."), known abbreviations
/// ("Gen.", "Jan.") and decimal numbers ("3.5", "1,200") stay whole.
/// </summary>
public static class Tokenizer
{
    internal static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
    [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "gov", "sen", "rep",
        "rev", "st", "jr", "sr", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "vs", "etc", "no", "nos", "mt", "ft", "ave", "dept", "univ", "approx",
        "est", "fig", "cf", "al", "pres", "supt", "messrs", "hon", "brig", "cmdr", "cdr", "pvt", "rt", "ca", "op", "del",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>US state abbreviations as news style writes them in party labels ("D-Calif.", "Sen. Ed Ray (Vt.)").</summary>
    internal static readonly FrozenSet<string> StateAbbreviations = FrozenSet.ToFrozenSet(
    [
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md",
        "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "vt", "va", "wash",
        "wis", "wyo",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly string[] Clitics = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "n’t", "’s", "’re", "’ve", "’ll", "’d", "’m"];

    /// <summary>Tokenises <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>, appending to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, int start, int end, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (char.IsLetter(c))
                i = ScanWord(text, i, end, tokens);
            else if (char.IsDigit(c))
                i = ScanNumber(text, i, end, tokens);
            else
                i = ScanPunctuation(text, i, end, tokens);
        }
    }

    /// <summary>Tokenises the whole text.</summary>
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        Tokenize(text, 0, text.Length, tokens);
        return tokens;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    private static int ScanWord(string text, int start, int end, List<Token> tokens)
    {
        var i = start;
        // Acronym with periods: U.S., U.N., a.m.
        if (i + 1 < end && text[i + 1] == '.' && i + 2 < end && char.IsLetter(text[i + 2]) && (i + 3 >= end || text[i + 3] == '.'))
        {
            var j = i;
            while (j + 1 < end && char.IsLetter(text[j]) && text[j + 1] == '.' && (j + 2 >= end || !char.IsLetter(text[j + 2]) || j + 3 >= end || text[j + 3] == '.' || !char.IsLetterOrDigit(text[j + 3])))
            {
                j += 2;
                if (j >= end || !char.IsLetter(text[j]))
                    break;
            }
            if (j - start >= 4)
            {
                tokens.Add(new Token(start, j, TokenKind.Word));
                return j;
            }
        }
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                i++;
                continue;
            }
            if ((c == '-' || c == '‐' || c == '&' || IsApostrophe(c)) && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
            {
                i++;
                continue;
            }
            break;
        }
        var wordEnd = i;
        if (PartyLabelEnd(text, start, wordEnd, end) is var labelEnd and > 0)
        {
            tokens.Add(new Token(start, labelEnd, TokenKind.Word));
            return labelEnd;
        }
        // Split a trailing clitic.
        foreach (var clitic in Clitics)
        {
            if (wordEnd - start > clitic.Length && text.AsSpan(wordEnd - clitic.Length, clitic.Length).Equals(clitic.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                var split = wordEnd - clitic.Length;
                if (clitic[0] == 'n' && split == start)
                    break;
                tokens.Add(new Token(start, split, TokenKind.Word));
                tokens.Add(new Token(split, wordEnd, TokenKind.Word));
                return wordEnd;
            }
        }
        // Known abbreviation or a single initial keeps its period.
        if (wordEnd < end && text[wordEnd] == '.')
        {
            var word = text.AsSpan(start, wordEnd - start);
            var isInitial = word.Length == 1 && char.IsUpper(word[0]);
            var isNumberSign = word is "No" or "no" or "Nos" or "nos";
            var numberFollows = wordEnd + 2 < end && text[wordEnd + 1] == ' ' && char.IsDigit(text[wordEnd + 2]);
            if (isInitial || (isNumberSign ? numberFollows : Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)))
            {
                if (!(wordEnd + 1 < end && text[wordEnd + 1] == '.'))
                    wordEnd++;
            }
        }
        tokens.Add(new Token(start, wordEnd, TokenKind.Word));
        return wordEnd;
    }

    // "R-S.C.", "D-Calif.", "R-Ky.": a party letter and a state abbreviation are one word with its periods; 0 when not one.
    private static int PartyLabelEnd(string text, int start, int wordEnd, int end)
    {
        if (wordEnd - start < 3 || text[start + 1] != '-' || text[start] is not ('R' or 'D' or 'I') || wordEnd >= end || text[wordEnd] != '.')
            return 0;
        var state = text.AsSpan(start + 2, wordEnd - start - 2);
        if (state.Length == 1 && char.IsUpper(state[0]))
        {
            // "S.C.", "N.Y.", "W.Va.": letters and periods to the end of the abbreviation.
            var j = wordEnd + 1;
            var pieces = 0;
            while (j < end && char.IsUpper(text[j]) && pieces < 2)
            {
                var k = j + 1;
                while (k < end && char.IsLower(text[k]) && k - j < 3)
                    k++;
                if (k >= end || text[k] != '.')
                    break;
                j = k + 1;
                pieces++;
            }
            return pieces > 0 ? j : 0;
        }
        return StateAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(state) ? wordEnd + 1 : 0;
    }

    private static int ScanNumber(string text, int start, int end, List<Token> tokens)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsDigit(c))
            {
                i++;
                continue;
            }
            if ((c is '.' or ',' or ':' or '/') && i + 1 < end && char.IsDigit(text[i + 1]))
            {
                i++;
                continue;
            }
            break;
        }
        // Ordinal and decade suffixes: 20th, 1990s; units glued to digits stay apart except these.
        var suffixStart = i;
        while (i < end && char.IsLetter(text[i]))
            i++;
        var suffix = text.AsSpan(suffixStart, i - suffixStart);
        if (!(suffix is "st" or "nd" or "rd" or "th" or "s" or "am" or "pm"))
            i = suffixStart;
        tokens.Add(new Token(start, i, TokenKind.Number));
        return i;
    }

    private static int ScanPunctuation(string text, int start, int end, List<Token> tokens)
    {
        var c = text[start];
        var i = start + 1;
        if (c == '.' || c == '-' || c == '—' || c == '–')
        {
            while (i < end && text[i] == c)
                i++;
        }
        var kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
        tokens.Add(new Token(start, i, kind));
        return i;
    }
}
