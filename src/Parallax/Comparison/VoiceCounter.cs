using System.Collections.Immutable;
using Parallax.Documents;

namespace Parallax.Comparison;

/// <summary>Per outlet, who is quoted: quotes grouped by story entity, or by the speaker's words for anonymous sources.</summary>
internal static class VoiceCounter
{
    public static ImmutableArray<Voice> Count(Story story)
    {
        var (articles, entities) = (story.Articles, story.Entities);
        var voices = ImmutableArray.CreateBuilder<Voice>();
        for (var a = 0; a < articles.Length; a++)
        {
            var groups = new Dictionary<string, List<Quote>>(StringComparer.Ordinal);
            var order = new List<string>();
            var names = new Dictionary<string, (string Speaker, string? Entity)>(StringComparer.Ordinal);
            foreach (var quote in articles[a].Quotes)
            {
                var entity = quote.Speaker.Entity is int e ? story.EntityIndexOf(a, e) : -1;
                var key = entity >= 0 ? entities[entity].Id : AnonymousKey(quote.Speaker.Text, order);
                if (!groups.TryGetValue(key, out var list))
                {
                    groups[key] = list = [];
                    order.Add(key);
                    names[key] = entity >= 0 ? (entities[entity].Name, entities[entity].Id) : (quote.Speaker.Text, null);
                }
                list.Add(quote);
            }
            foreach (var key in order)
            {
                var quotes = groups[key];
                var (speaker, id) = names[key];
                var direct = quotes.Count(q => q.Kind == QuoteKind.Direct);
                voices.Add(new Voice(a, speaker, id, quotes.Any(q => q.Named), quotes.Count, direct, quotes.Count - direct)
                {
                    QuoteIndexes = [.. quotes.Select(q => q.Index)],
                });
            }
        }
        return voices.ToImmutable();
    }

    /// <summary>
    /// Anonymous speakers group by their words; a definite description ("the engineer") joins the
    /// earlier source with the same head noun ("a dam engineer").
    /// </summary>
    private static string AnonymousKey(string speaker, List<string> earlier)
    {
        var key = "t:" + Normalise(speaker);
        if (!speaker.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            return key;
        var head = key[(key.LastIndexOf(' ') + 1)..].TrimStart('t', ':');
        return earlier.FirstOrDefault(k => k.StartsWith("t:", StringComparison.Ordinal) && k.EndsWith(" " + head, StringComparison.Ordinal)) ?? key;
    }

    /// <summary>"The Taliban source" and "a Taliban source" group together.</summary>
    public static string Normalise(string speaker)
    {
        var words = speaker.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("a" or "an" or "the" or "another" or "one"));
        return string.Join(' ', words);
    }
}
