namespace Parallax.Comparison;

/// <summary>
/// What a share is measured on: the group after "among" ("leads 59 percent to 28 percent among voters 45 and older")
/// and the poll named beside a poll word ("the latest Reuters/Ipsos poll", "a survey by Gallup"). Shares of different
/// groups, or of a named poll and another, are different facts, whatever their words share.
/// </summary>
internal static class ShareMeasure
{
    private const int MaxGroupWords = 6;
    private const int PollNameReach = 4;

    private static readonly HashSet<string> PollWords = new(["poll", "polls", "polling", "survey", "surveys", "pollster", "pollsters"], StringComparer.Ordinal);

    private static readonly HashSet<string> GroupFillers = new(["the", "a", "an", "and", "or", "of", "that", "this", "these", "those", "its", "their", "all"], StringComparer.Ordinal);

    /// <summary>The two sentences' shares can be of one thing: the same group or one narrowing the other, and the same poll if any is named.</summary>
    public static bool Same(SentenceProfile a, SentenceProfile b)
    {
        var (ga, gb) = (Group(a), Group(b));
        if (!ga.IsSubsetOf(gb) && !gb.IsSubsetOf(ga) || ga.Count == 0 != (gb.Count == 0))
            return false;
        var (pa, pb) = (Polls(a), Polls(b));
        return pa.SetEquals(pb);
    }

    /// <summary>The words of the sentence's "among" phrase (empty when it has none, or only "among others").</summary>
    private static HashSet<string> Group(SentenceProfile sentence)
        => [.. GroupTokens(sentence).Select(k => sentence.Words[k]).Where(w => !GroupFillers.Contains(w))];

    /// <summary>Whether the token stands in an "among" phrase: a figure there describes the group ("voters over 60"), it counts nothing.</summary>
    public static bool InGroup(SentenceProfile sentence, int token) => GroupTokens(sentence).Contains(token);

    private static IEnumerable<int> GroupTokens(SentenceProfile sentence)
    {
        var words = sentence.Words;
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] != "among" || i + 1 < words.Length && words[i + 1] is "other" or "others")
                continue;
            for (var k = i + 1; k < Math.Min(words.Length, i + 1 + MaxGroupWords) && words[k].Length > 0; k++)
                yield return k;
        }
    }

    /// <summary>The story entities named as a poll's maker: just before a poll word ("a CNN/ORC poll") or after "by"/"for"/"from" just after it.</summary>
    private static HashSet<int> Polls(SentenceProfile sentence)
    {
        var words = sentence.Words;
        var polls = new HashSet<int>();
        for (var i = 0; i < words.Length; i++)
        {
            if (!PollWords.Contains(words[i]))
                continue;
            foreach (var o in sentence.Entities)
            {
                if (o.Entity < 0 || o.Mention.Kind is not (Documents.MentionKind.Name or Documents.MentionKind.Role))
                    continue;
                var before = o.EndToken < i && o.EndToken >= i - PollNameReach && Unbroken(words, o.EndToken + 1, i);
                var after = o.Token > i && o.Token <= i + PollNameReach && Unbroken(words, i + 1, o.Token)
                    && words[(i + 1)..o.Token].Any(w => w is "by" or "for" or "from");
                if (before || after)
                    polls.Add(o.Entity);
            }
        }
        return polls;
    }

    private static bool Unbroken(string[] words, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (words[k].Length == 0)
                return false;
        }
        return true;
    }
}
