using System.Collections.Immutable;
using Parallax.Analysis;
using Parallax.Documents;
using Parallax.Entities;
using Parallax.Text;

namespace Parallax.Tests.Comparison;

/// <summary>Builds analysed test articles: the sentence pipeline, plus hand-made entities and quotes.</summary>
internal static class Documents
{
    private static readonly AnalysisPipeline Pipeline = new AnalysisPipelineBuilder().Add(new SentenceSegmenter()).Build();

    private static readonly DateAndNumberRecognizer Values = new();

    public static ArticleAnalysis Analyze(string id, string text, DateTimeOffset? published = null)
        => Pipeline.Analyze(new Article(id, "Outlet " + id, text) { Published = published });

    /// <summary>
    /// Segments the text and keeps the entity stage's date and number mentions (names are added by <see cref="WithEntities"/>);
    /// relative dates are resolved against <paramref name="published"/> when given.
    /// </summary>
    public static ArticleAnalysis AnalyzeWithValues(string id, string text, DateTimeOffset? published = null)
    {
        var document = Analyze(id, text, published);
        return Values.Process(document);
    }

    /// <summary>
    /// Adds one in-document entity per spec, with a mention at every whole-word occurrence of each
    /// surface. A surface starting with '~' is a pronoun, with '@' a role.
    /// </summary>
    public static ArticleAnalysis WithEntities(this ArticleAnalysis document, params (EntityType Type, string[] Surfaces)[] specs)
    {
        var found = document.Mentions.Select(m => (Mention: m, Entity: -1)).ToList();
        for (var e = 0; e < specs.Length; e++)
        {
            foreach (var surface in specs[e].Surfaces)
            {
                var kind = surface[0] switch { '~' => MentionKind.Pronoun, '@' => MentionKind.Role, _ => MentionKind.Name };
                var text = kind == MentionKind.Name ? surface : surface[1..];
                foreach (var start in Occurrences(document.Text, text))
                {
                    if (found.Any(f => f.Mention.Span.Overlaps(new Span(start, start + text.Length))))
                        continue;
                    found.Add((new Mention(start, start + text.Length, text, specs[e].Type, kind, document.SentenceAt(start)), e));
                }
            }
        }
        found.Sort((a, b) => a.Mention.Start.CompareTo(b.Mention.Start));
        var entities = specs.Select((spec, e) =>
        {
            var indexes = found.Select((f, i) => (f, i)).Where(x => x.f.Entity == e).Select(x => x.i).ToImmutableArray();
            var names = spec.Surfaces.Where(s => s[0] is not ('~' or '@')).ToList();
            var name = names.Count > 0 ? names.MaxBy(s => s.Length)! : spec.Surfaces[0][1..];
            return new DocumentEntity(e, name, spec.Type, indexes) { Aliases = [.. names] };
        });
        return document with { Mentions = [.. found.Select(f => f.Mention)], Entities = [.. entities] };
    }

    /// <summary>Gives in-document entity <paramref name="entity"/> the roles it is introduced with ("Vice President").</summary>
    public static ArticleAnalysis WithRoles(this ArticleAnalysis document, int entity, params string[] roles)
        => document with { Entities = document.Entities.SetItem(entity, document.Entities[entity] with { Roles = [.. roles] }) };

    /// <summary>
    /// Adds a quote whose speaker is the first occurrence of <paramref name="speaker"/> in sentence <paramref name="sentence"/>;
    /// its content is what follows "said" after the speaker, or the whole sentence.
    /// </summary>
    public static ArticleAnalysis WithQuote(this ArticleAnalysis document, int sentence, string speaker, QuoteKind kind, bool named, int? entity = null)
    {
        var s = document.Sentences[sentence];
        var start = s.Start + s.Text.IndexOf(speaker, StringComparison.Ordinal);
        var cue = document.Text.IndexOf(" said ", start + speaker.Length, StringComparison.Ordinal);
        var content = cue >= 0 && cue < s.End ? new Span(cue + " said ".Length, s.End) : s.Span;
        var quote = new Quote(document.Quotes.Length, sentence, new Speaker(speaker, start, start + speaker.Length, entity), "said",
            cue >= 0 && cue < s.End ? new Span(cue + 1, cue + 5) : new Span(start, start), content, kind, named);
        return document with { Quotes = document.Quotes.Add(quote) };
    }

    private static IEnumerable<int> Occurrences(string text, string word)
    {
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            var before = i == 0 || !char.IsLetterOrDigit(text[i - 1]);
            var after = i + word.Length >= text.Length || !char.IsLetterOrDigit(text[i + word.Length]);
            if (before && after)
                yield return i;
        }
    }
}
