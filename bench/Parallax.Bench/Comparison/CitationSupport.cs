using System.Globalization;
using Parallax.Comparison;
using Parallax.Documents;
using Parallax.Entities;
using Parallax.Text;

namespace Parallax.Bench.Comparison;

/// <summary>
/// Checks the brief of a story against its citations, from the analyses' own mentions rather than the
/// brief writer's sentence profiles: the sentence whose text a brief sentence reproduces is found by its
/// text, and every other cited sentence must not give a number, date or actor (person or organisation,
/// other than the outlet itself) that contradicts it. Numbers and dates contradict when each sentence gives
/// one that the other contradicts: it gives comparable values and none matches (numbers of the same kind
/// and counted word by the range their wording allows, dates by the parts both give); actors when both
/// name some and none is the same story entity. Also counts brief sentences that quote someone the
/// sentence does not name.
/// </summary>
internal sealed class CitationSupport
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "their",
    };

    private readonly Story _story;
    private readonly Dictionary<(int Article, int Mention), string> _entityOf = [];

    private CitationSupport(Story story)
    {
        _story = story;
        foreach (var entity in story.Entities)
        {
            foreach (var m in entity.Mentions)
                _entityOf[(m.Article, m.Mention)] = entity.Id;
        }
    }

    /// <summary>One brief sentence's verdict: supported or not, why not, and whether it quotes an unnamed speaker.</summary>
    public sealed record Verdict(BriefSentence Sentence, bool Supported, string? Problem, bool BareQuote);

    public static List<Verdict> Check(Story story)
    {
        var checker = new CitationSupport(story);
        return [.. story.Brief.Select(checker.Check)];
    }

    private Verdict Check(BriefSentence brief)
    {
        var wording = brief.Sources.Where(s => Text(s).EndsWith(brief.Text, StringComparison.OrdinalIgnoreCase)).Cast<SentenceRef?>().FirstOrDefault();
        if (wording is not { } own)
            return new Verdict(brief, false, "no cited sentence has its text", false);
        var facts = Facts(own);
        foreach (var cited in brief.Sources)
        {
            if (cited == own)
                continue;
            var other = Facts(cited);
            var kind = Contradiction(facts, other);
            if (kind is not null)
                return new Verdict(brief, false, $"{_story.IdOf(cited)} gives a different {kind}", BareQuote(own));
        }
        return new Verdict(brief, true, null, BareQuote(own));
    }

    private string Text(SentenceRef s) => _story.Articles[s.Article].Sentences[s.Sentence].Text;

    /// <summary>A figure and the word it counts (null when none follows it).</summary>
    private sealed record Figure(NumberValue Value, string? Unit)
    {
        public bool Comparable(Figure other)
            => Value.Percent == other.Value.Percent && Value.Currency == other.Value.Currency
                && (Unit is null || other.Unit is null || Unit == other.Unit);
    }

    private sealed record SentenceFacts(List<Figure> Numbers, List<string> Dates, List<string> Actors);

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "the", "its", "their", "his", "her", "a", "an", "more", "than", "percent", "per", "cent", "new", "other", "million", "billion", "thousand",
    };

    private SentenceFacts Facts(SentenceRef s)
    {
        var analysis = _story.Articles[s.Article];
        var outlet = Key(analysis.Article.Outlet);
        var facts = new SentenceFacts([], [], []);
        for (var m = 0; m < analysis.Mentions.Length; m++)
        {
            var mention = analysis.Mentions[m];
            if (mention.Sentence != s.Sentence)
                continue;
            if (mention.Kind == MentionKind.Number && NumberValue.TryParse(mention.Value, out var value))
                facts.Numbers.Add(new Figure(value, UnitAfter(analysis.Text, mention.End, analysis.Sentences[s.Sentence].End)));
            else if (mention.Kind == MentionKind.Date)
                facts.Dates.Add(mention.Value ?? mention.Text.ToLowerInvariant());
            else if (mention.Type is EntityType.Person or EntityType.Org && mention.Kind is MentionKind.Name or MentionKind.Role && Key(mention.Text) != outlet)
                facts.Actors.Add(_entityOf.TryGetValue((s.Article, m), out var id) ? id : mention.Text.ToLowerInvariant());
        }
        return facts;
    }

    /// <summary>The first word after a figure that is not a function word, singular and lower-case; null at punctuation or a name.</summary>
    private static string? UnitAfter(string text, int from, int end)
    {
        var i = from;
        for (var words = 0; words < 3; words++)
        {
            while (i < end && text[i] == ' ')
                i++;
            var start = i;
            while (i < end && (char.IsLetter(text[i]) || text[i] == '-'))
                i++;
            if (i == start || char.IsUpper(text[start]))
                return null;
            var word = text[start..i].ToLowerInvariant();
            if (Skipped.Contains(word))
                continue;
            return word.Length > 3 && word.EndsWith('s') ? word[..^1] : word;
        }
        return null;
    }

    private static string Key(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    private static string? Contradiction(SentenceFacts a, SentenceFacts b)
    {
        if (BriefSupport.EachContradicts(a.Numbers, b.Numbers, (x, y) => x.Comparable(y), (x, y) => x.Value.Agrees(y.Value)))
            return "number";
        if (BriefSupport.EachContradicts(a.Dates, b.Dates, (_, _) => true, SameDay))
            return "date";
        if (a.Actors.Count > 0 && b.Actors.Count > 0 && !a.Actors.Intersect(b.Actors).Any())
            return "actor";
        return null;
    }

    /// <summary>
    /// True when two date values can name the same day: every part both give is the same; a weekday left
    /// unresolved (no publication date) matches a full date on that weekday.
    /// </summary>
    private static bool SameDay(string x, string y)
    {
        if (x == y)
            return true;
        var (isWeekdayX, isWeekdayY) = (CalendarWords.Weekdays.TryGetValue(x, out var wx), CalendarWords.Weekdays.TryGetValue(y, out var wy));
        if (isWeekdayX && isWeekdayY)
            return wx == wy;
        if (isWeekdayX)
            return !DateOnly.TryParseExact(y, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dy) || dy.DayOfWeek == wx;
        if (isWeekdayY)
            return !DateOnly.TryParseExact(x, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dx) || dx.DayOfWeek == wy;
        var (px, py) = (Parts(x), Parts(y));
        if (px is null || py is null)
            return false;
        for (var i = 0; i < 3; i++)
        {
            var (u, v) = (px[i], py[i]);
            if (u.Length == 0 || v.Length == 0 || u == v)
                continue;
            var (du, dv) = (u.TrimEnd('X'), v.TrimEnd('X'));
            if (!(u.EndsWith('X') && v.StartsWith(du, StringComparison.Ordinal)) && !(v.EndsWith('X') && u.StartsWith(dv, StringComparison.Ordinal)))
                return false;
        }
        return true;
    }

    /// <summary>Year, month and day of an ISO date value ("" where not given), or null for anything else.</summary>
    private static string[]? Parts(string value)
    {
        if (value.Length == 0 || !char.IsDigit(value[0]) && !value.StartsWith("--", StringComparison.Ordinal))
            return null;
        var parts = value.Split('-');
        return parts switch
        {
            ["", "", var m] => ["", m, ""],
            ["", "", var m, var d] => ["", m, d],
            [var y] => [y, "", ""],
            [var y, var m] => [y, m, ""],
            [var y, var m, var d] => [y, m, d],
            _ => null,
        };
    }

    /// <summary>
    /// True when the sentence holds a quote whose speaker it does not name (outside it, or a pronoun), or
    /// quotation marks that open or close a quotation running on in another sentence.
    /// </summary>
    private bool BareQuote(SentenceRef s)
    {
        var analysis = _story.Articles[s.Article];
        var sentence = analysis.Sentences[s.Sentence];
        var text = sentence.Text;
        if (text.Count(c => c == '"') % 2 != 0 || text.Count(c => c == '\u201C') != text.Count(c => c == '\u201D'))
            return true;
        foreach (var quote in analysis.Quotes)
        {
            if (quote.Content.End <= sentence.Start || quote.Content.Start >= sentence.End)
                continue;
            var inside = quote.Speaker.Start >= sentence.Start && quote.Speaker.End <= sentence.End && quote.Speaker.End > quote.Speaker.Start;
            if (!inside || Pronouns.Contains(quote.Speaker.Text.Trim()))
                return true;
        }
        return false;
    }
}
