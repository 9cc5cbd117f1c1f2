using System.Globalization;
using System.Text.RegularExpressions;
using Parallax.Comparison;
using Parallax.Documents;

namespace Parallax.Bench.Comparison.Edits;

/// <summary>
/// Changes one count or amount ("4,200" → "3,800", "1.5 million" → "1.9 million", "three" → "five"). Numbers
/// that label ("Section 230"), tallies and ranges ("371-18", "10-12"), times, ordinals and years are left alone,
/// and so are bounds and estimates ("more than 40", "about 200"): two of them need not contradict.
/// </summary>
internal sealed partial class NumberEditor : ISentenceEditor
{
    private static readonly string[] NumberWords = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    public string Name => "number";

    public DivergenceKind Expected => DivergenceKind.Number;

    public TextEdit? Edit(EditableSentence sentence, Random random)
    {
        var text = sentence.Article.Text;
        var candidates = new List<TextEdit>();
        foreach (var mention in sentence.Mentions)
        {
            if (mention.Kind != MentionKind.Number || mention.Value is not { } value || value.Length == 0 || value[0] is '#' or '~' or '<' or '>' || value.Contains("..", StringComparison.Ordinal))
                continue;
            if (mention.Text.IndexOfAny(['-', '–', ':', '/']) >= 0 || Joined(text, mention.Start - 1) || Joined(text, mention.End) || Labels(sentence, mention))
                continue;
            if (Digits().Match(mention.Text) is { Success: true } digits)
            {
                if (!IsYear(digits.Value))
                    candidates.Add(new TextEdit(mention.Start + digits.Index, mention.Start + digits.Index + digits.Length, Changed(digits.Value, random)));
                continue;
            }
            var first = mention.Text.Split(' ')[0];
            var word = Array.FindIndex(NumberWords, w => string.Equals(w, first, StringComparison.OrdinalIgnoreCase));
            if (word >= 0)
            {
                var other = NumberWords[(word + 1 + random.Next(NumberWords.Length - 1)) % NumberWords.Length];
                candidates.Add(new TextEdit(mention.Start, mention.Start + first.Length, char.IsUpper(first[0]) ? char.ToUpperInvariant(other[0]) + other[1..] : other));
            }
        }
        return candidates.Count == 0 ? null : candidates[random.Next(candidates.Count)];
    }

    /// <summary>A dash, colon or slash at <paramref name="offset"/>: the number is one side of a tally, score, range or time.</summary>
    private static bool Joined(string text, int offset) => offset >= 0 && offset < text.Length && text[offset] is '-' or '–' or ':' or '/';

    /// <summary>A capitalised word just before the number, not at the sentence start: the number names something ("Boeing 737").</summary>
    private static bool Labels(EditableSentence sentence, Mention mention)
    {
        var token = sentence.TokenAt(mention.Start);
        if (token <= 0)
            return false;
        var before = sentence.Word(token - 1);
        return token - 1 > 0 && before.Length > 0 && char.IsUpper(before[0]);
    }

    private static bool IsYear(string digits) => digits.Length == 4 && digits[0] is '1' or '2' && !digits.Contains(',', StringComparison.Ordinal);

    /// <summary>Another value of the same form and rounding: 60–90 % or 110–150 % of the original, or a small integer nearby.</summary>
    public static string Changed(string digits, Random random)
    {
        var inv = CultureInfo.InvariantCulture;
        var commas = digits.Contains(',', StringComparison.Ordinal);
        var point = digits.IndexOf('.', StringComparison.Ordinal);
        var value = decimal.Parse(digits.Replace(",", "", StringComparison.Ordinal), inv);
        var factor = (decimal)(random.Next(2) == 0 ? 0.6 + 0.3 * random.NextDouble() : 1.1 + 0.4 * random.NextDouble());
        if (point >= 0)
        {
            var decimals = digits.Length - point - 1;
            var changed = Math.Round(value * factor, decimals);
            if (changed == value || changed <= 0)
                changed = value + (decimal)Math.Pow(10, -decimals);
            return changed.ToString((commas ? "N" : "F") + decimals.ToString(inv), inv);
        }
        var n = (long)value;
        long result;
        if (n < 10)
        {
            result = n + (random.Next(2) == 0 ? -1 : 1) * random.Next(1, 4);
            if (result < 1 || result == n)
                result = n + random.Next(1, 4);
        }
        else
        {
            var granularity = 1L;
            while (n % (granularity * 10) == 0 && granularity * 10 < n)
                granularity *= 10;
            result = (long)Math.Round(n * factor / granularity) * granularity;
            if (result == n || result <= 0)
                result = n + granularity;
        }
        return result.ToString(commas ? "N0" : "D", inv);
    }

    [GeneratedRegex(@"\d[\d,]*(\.\d+)?", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Digits();
}
