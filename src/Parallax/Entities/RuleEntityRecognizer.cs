using System.Collections.Frozen;
using Parallax.Analysis;
using Parallax.Text;

namespace Parallax.Entities;

/// <summary>
/// A rule-and-lexicon entity recogniser: capitalised runs split by gazetteers (countries, cities,
/// organisations, demonyms), person titles and roles ("Secretary of State", "spokesperson"),
/// organisation cues ("… News", "… Department"), speech verbs, and document-level evidence
/// (a surname used alone, a misspelt surname). Also finds dates and numbers. A trained tagger can
/// take its place behind the same component slot.
/// </summary>
public sealed class RuleEntityRecognizer : IAnalysisComponent
{
    private static readonly FrozenSet<string> Connectors = FrozenSet.ToFrozenSet(["of", "for", "de", "al", "bin", "van", "von", "der", "du", "la", "le", "el", "da"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> GpeCues = FrozenSet.ToFrozenSet(["Republic", "Kingdom", "Emirates", "Province", "County", "City", "Islands", "Island", "Territory", "Territories", "Governorate", "District"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> LocCues = FrozenSet.ToFrozenSet(["River", "Sea", "Ocean", "Mountains", "Mountain", "Valley", "Lake", "Desert", "Gulf", "Strait", "Peninsula", "Bay", "Coast", "Mount"], StringComparer.Ordinal);
    internal static readonly FrozenSet<string> SpeechVerbs = FrozenSet.ToFrozenSet(
    [
        "said", "says", "told", "tells", "added", "adds", "wrote", "writes", "stated", "noted", "warned", "confirmed", "declined", "announced",
        "explained", "insisted", "argued", "claimed", "denied", "asked", "replied", "stressed", "tweeted", "indicated", "revealed", "urged",
        "acknowledged", "admitted", "suggested", "proposed", "pointed", "described", "called", "met", "visited", "handed", "spoke",
    ], StringComparer.Ordinal);
    private static readonly FrozenSet<string> RoleHeads = FrozenSet.ToFrozenSet(
    [
        "president", "secretary", "minister", "prime minister", "ambassador", "envoy", "representative", "spokesperson", "spokesman",
        "spokeswoman", "adviser", "advisor", "negotiator", "chancellor", "premier", "governor", "senator", "mayor", "king", "queen",
        "prince", "pope", "general", "commander", "director", "chairman", "chairwoman", "prosecutor", "judge", "vice president",
    ], StringComparer.Ordinal);
    internal static readonly FrozenSet<string> PersonNounsAfter = FrozenSet.ToFrozenSet(["administration", "campaign", "presidency", "era", "team", "family"], StringComparer.Ordinal);

    /// <inheritdoc />
    public string Name => "entities";

    /// <inheritdoc />
    public ArticleAnalysis Process(ArticleAnalysis document)
    {
        var view = new ArticleView(document);
        var context = new Context(view, Gazetteer.Default);
        foreach (var sentence in document.Sentences)
            TemporalRecognizer.Find(view, sentence, document.Article.Published, context.Mentions, context.Used);
        foreach (var sentence in document.Sentences)
            FindNames(context, sentence);
        ResolvePending(context);
        AddRoles(context);
        context.Mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return document with { Mentions = [.. context.Mentions] };
    }

    private sealed class Context(ArticleView view, Gazetteer gazetteer)
    {
        public ArticleView View { get; } = view;
        public Gazetteer Gazetteer { get; } = gazetteer;
        public List<Mention> Mentions { get; } = [];
        public bool[] Used { get; } = new bool[view.Words.Length];
        public List<(int Token, Sentence Sentence)> Pending { get; } = [];
        public HashSet<string> LowerVocabulary { get; } = BuildLowerVocabulary(view);
        public Dictionary<int, int> PersonStartToMention { get; } = [];

        private static HashSet<string> BuildLowerVocabulary(ArticleView view)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var w in view.Words)
            {
                if (w.Length > 0 && char.IsLower(w[0]))
                    set.Add(w);
            }
            return set;
        }
    }

    private static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private static bool IsAcronym(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 2;
    }

    private static bool IsSentenceInitial(ArticleView view, Sentence sentence, int token)
    {
        if (token == sentence.FirstToken)
            return true;
        var previous = view.Words[token - 1];
        return previous is "\"" or "“" or "'" or "‘" or "(" or ":" or "-" or "—" or "–";
    }

    private static bool StartsName(Context c, int token)
    {
        var w = c.View.Words[token];
        if (!IsCapitalised(w) || c.Used[token])
            return false;
        if (IsAcronym(w))
            return true;
        return !c.Gazetteer.Stopwords.Contains(w.ToLowerInvariant());
    }

    private static void FindNames(Context c, Sentence sentence)
    {
        var words = c.View.Words;
        var end = sentence.FirstToken + sentence.TokenCount;
        var i = sentence.FirstToken;
        while (i < end)
        {
            if (!StartsName(c, i))
            {
                i++;
                continue;
            }
            var j = i + 1;
            while (j < end && !c.Used[j])
            {
                if (StartsName(c, j))
                    j++;
                else if (Connectors.Contains(words[j]) && j + 1 < end && StartsName(c, j + 1))
                    j++;
                else
                    break;
            }
            Segment(c, sentence, i, j);
            i = j;
        }
    }

    private static void Segment(Context c, Sentence sentence, int runStart, int runEnd)
    {
        var words = c.View.Words;
        var g = c.Gazetteer;
        var pos = runStart;
        while (pos < runEnd)
        {
            var titleLength = IsCapitalised(words[pos]) ? g.TitleLength(words, pos, runEnd) : 0;
            if (titleLength > 0)
            {
                var p = pos + titleLength;
                if (p + 1 < runEnd && words[p] is "of" or "for")
                {
                    p++;
                    if (g.TryMatch(words, p, runEnd, out var firstLength, out var firstEntry))
                    {
                        Emit(c, sentence, p, firstLength, firstEntry.Type, 0.9, firstEntry.Canonical);
                        p += firstLength;
                    }
                    else
                    {
                        p++;
                    }
                    while (p < runEnd && g.TitleLength(words, p, runEnd) == 0 && (runEnd - (p + 1) >= 2 || g.TryMatch(words, p, runEnd, out _, out _)))
                    {
                        if (g.TryMatch(words, p, runEnd, out var len, out var entry))
                        {
                            Emit(c, sentence, p, len, entry.Type, 0.9, entry.Canonical);
                            p += len;
                        }
                        else
                        {
                            p++;
                        }
                    }
                }
                var q = p;
                while (q < runEnd && g.TitleLength(words, q, runEnd) == 0 && !g.TryMatch(words, q, runEnd, out _, out _) && !Connectors.Contains(words[q]))
                    q++;
                if (q > p)
                {
                    var index = Emit(c, sentence, p, q - p, EntityType.Person, 0.9, null);
                    c.PersonStartToMention[p] = index;
                }
                pos = Math.Max(q, pos + titleLength);
                continue;
            }
            if (g.TryMatch(words, pos, runEnd, out var length, out var match))
            {
                var after = pos + length;
                var q = after;
                while (q < runEnd && g.TitleLength(words, q, runEnd) == 0 && !g.TryMatch(words, q, runEnd, out _, out _))
                    q++;
                if (match.Type is EntityType.Gpe or EntityType.Misc && q > after && g.OrgCues.Contains(words[q - 1]))
                {
                    Emit(c, sentence, pos, q - pos, EntityType.Org, 0.8, null);
                    pos = q;
                    continue;
                }
                Emit(c, sentence, pos, length, match.Type, 0.95, match.Canonical);
                pos = after;
                continue;
            }
            var stop = pos;
            while (stop < runEnd && g.TitleLength(words, stop, runEnd) == 0 && !g.TryMatch(words, stop, runEnd, out _, out _))
                stop++;
            if (stop == pos)
                stop = pos + 1;
            ClassifyUnknown(c, sentence, pos, stop, runEnd);
            pos = stop;
        }
    }

    private static void ClassifyUnknown(Context c, Sentence sentence, int start, int end, int runEnd)
    {
        var words = c.View.Words;
        var g = c.Gazetteer;
        while (end > start && Connectors.Contains(words[end - 1]))
            end--;
        if (end <= start)
            return;
        if (end < runEnd && g.TitleLength(words, end, runEnd) > 0 && !g.OrgCues.Contains(words[end - 1]))
            return; // modifiers of a title: "National Security [Adviser]"
        var last = words[end - 1];
        if (g.OrgCues.Contains(last) && end - start >= 2)
        {
            Emit(c, sentence, start, end - start, EntityType.Org, 0.8, null);
            return;
        }
        if (GpeCues.Contains(last) && end - start >= 2)
        {
            Emit(c, sentence, start, end - start, EntityType.Gpe, 0.7, null);
            return;
        }
        if (LocCues.Contains(last) && end - start >= 2 || LocCues.Contains(words[start]) && words[start] == "Mount")
        {
            Emit(c, sentence, start, end - start, EntityType.Loc, 0.7, null);
            return;
        }
        if (IsSentenceInitial(c.View, sentence, start) && end - start >= 2 && c.LowerVocabulary.Contains(words[start].ToLowerInvariant()))
            start++;
        if (end - start == 1)
        {
            c.Pending.Add((start, sentence));
            return;
        }
        var allTitle = true;
        var allCaps = true;
        for (var k = start; k < end; k++)
        {
            if (Connectors.Contains(words[k])) continue;
            allCaps &= IsAcronym(words[k]);
            allTitle &= IsCapitalised(words[k]) && !IsAcronym(words[k]);
        }
        if (allTitle && end - start <= 4)
        {
            var index = Emit(c, sentence, start, end - start, EntityType.Person, 0.7, null);
            c.PersonStartToMention[start] = index;
        }
        else if (allCaps)
        {
            Emit(c, sentence, start, end - start, EntityType.Org, 0.5, null);
        }
        else
        {
            Emit(c, sentence, start, end - start, EntityType.Misc, 0.4, null);
        }
    }

    private static int Emit(Context c, Sentence sentence, int first, int count, EntityType type, double confidence, string? value)
    {
        var tokens = c.View.Tokens;
        var start = tokens[first].Start;
        var end = tokens[first + count - 1].End;
        c.Mentions.Add(new Mention(start, end, c.View.Text[start..end], type, MentionKind.Name, sentence.Index) { Confidence = confidence, Value = value });
        for (var k = first; k < first + count; k++)
            c.Used[k] = true;
        return c.Mentions.Count - 1;
    }

    private static void ResolvePending(Context c)
    {
        var words = c.View.Words;
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        var firstNames = new HashSet<string>(StringComparer.Ordinal);
        var named = new Dictionary<string, Mention>(StringComparer.Ordinal);
        foreach (var m in c.Mentions)
        {
            if (m.Kind != MentionKind.Name)
                continue;
            named.TryAdd(m.Text, m);
            if (m.Type == EntityType.Person)
            {
                var parts = m.Text.Split(' ');
                surnames.Add(parts[^1]);
                if (parts.Length > 1)
                    firstNames.Add(parts[0]);
            }
        }
        foreach (var (token, sentence) in c.Pending)
        {
            if (c.Used[token])
                continue;
            var w = words[token];
            var next = token + 1 < sentence.FirstToken + sentence.TokenCount ? words[token + 1] : "";
            var nextNext = token + 2 < sentence.FirstToken + sentence.TokenCount ? words[token + 2] : "";
            var initial = IsSentenceInitial(c.View, sentence, token);
            if (surnames.Contains(w) || firstNames.Contains(w))
            {
                Emit(c, sentence, token, 1, EntityType.Person, 0.85, null);
            }
            else if (named.TryGetValue(w, out var same))
            {
                Emit(c, sentence, token, 1, same.Type, same.Confidence * 0.9, same.Value);
            }
            else if (w.Length >= 5 && surnames.Any(s => NameSimilarity.IsVariant(s, w)))
            {
                Emit(c, sentence, token, 1, EntityType.Person, 0.7, null);
            }
            else if (PersonNounsAfter.Contains(next) || SpeechVerbs.Contains(next) || (next is "also" or "then" or "later" && SpeechVerbs.Contains(nextNext)))
            {
                if (!initial || !c.LowerVocabulary.Contains(w.ToLowerInvariant()))
                    Emit(c, sentence, token, 1, EntityType.Person, 0.6, null);
            }
            else if (IsAcronym(w) && w.Length <= 6)
            {
                Emit(c, sentence, token, 1, EntityType.Org, 0.5, null);
            }
            else if (!initial && !w.Contains('-', StringComparison.Ordinal) && !c.LowerVocabulary.Contains(w.ToLowerInvariant()))
            {
                Emit(c, sentence, token, 1, EntityType.Misc, 0.4, null);
            }
        }
    }

    private static void AddRoles(Context c)
    {
        var words = c.View.Words;
        var g = c.Gazetteer;
        // Roles introduced with a name: "US envoy to Afghanistan Zalmay Khalilzad".
        foreach (var (first, index) in c.PersonStartToMention)
        {
            var sentence = c.View.Document.Sentences[c.Mentions[index].Sentence];
            var k = first - 1;
            var rightmostTitle = -1;
            while (k >= sentence.FirstToken)
            {
                var w = words[k];
                var isTitle = g.TitleLength(words, k, first) > 0;
                if (isTitle && rightmostTitle < 0)
                    rightmostTitle = k;
                if (isTitle || IsCapitalised(w) && !g.Stopwords.Contains(w.ToLowerInvariant()) || IsAcronym(w) || w is "of" or "for" or "to" or "in")
                    k--;
                else
                    break;
            }
            if (rightmostTitle < 0)
                continue;
            var s = rightmostTitle;
            while (s - 1 > k && (IsCapitalised(words[s - 1]) || g.TitleLength(words, s - 1, first) > 0))
                s--;
            var roleStart = c.View.Tokens[s].Start;
            var roleEnd = c.View.Tokens[first - 1].End;
            c.Mentions[index] = c.Mentions[index] with { Role = c.View.Text[roleStart..roleEnd] };
        }
        // Roles standing alone: "the US envoy", "the Secretary of State".
        foreach (var sentence in c.View.Document.Sentences)
        {
            var end = sentence.FirstToken + sentence.TokenCount;
            for (var i = sentence.FirstToken; i < end - 1; i++)
            {
                if (words[i] is not ("the" or "The"))
                    continue;
                var p = i + 1;
                while (p < end && (IsAcronym(words[p]) || g.TryMatch(words, p, end, out _, out var e) && e.Type is EntityType.Gpe or EntityType.Misc) && g.TitleLength(words, p, end) == 0)
                    p++;
                var tl = p < end ? g.TitleLength(words, p, end) : 0;
                if (tl == 0 || !RoleHeads.Contains(words[p].ToLowerInvariant()) && !RoleHeads.Contains(words[p + tl - 1].ToLowerInvariant()))
                    continue;
                var q = p + tl;
                if (q < end && words[q] == "of" && q + 1 < end && IsCapitalised(words[q + 1]))
                    q += 2;
                var afterRole = q;
                if (afterRole < end && words[afterRole] is "to" or "for" or "in" or "of")
                {
                    afterRole++;
                    while (afterRole < end && IsCapitalised(words[afterRole]) && g.TitleLength(words, afterRole, end) == 0 && !c.PersonStartToMention.ContainsKey(afterRole))
                        afterRole++;
                }
                if (afterRole < end && c.PersonStartToMention.ContainsKey(afterRole))
                    continue; // a name follows: the role is already attached to it
                var start = c.View.Tokens[i + 1].Start;
                var stop = c.View.Tokens[q - 1].End;
                if (c.Mentions.Any(m => m.Kind != MentionKind.Role && m.Start <= start && stop <= m.End))
                    continue;
                c.Mentions.Add(new Mention(start, stop, c.View.Text[start..stop], EntityType.Person, MentionKind.Role, sentence.Index)
                {
                    Confidence = 0.6,
                    Role = c.View.Text[start..stop],
                });
            }
        }
    }
}
