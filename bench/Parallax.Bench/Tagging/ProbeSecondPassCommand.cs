using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Parallax.Analysis;
using Parallax.Documents;
using Parallax.Ingest;
using Parallax.Tagging;

namespace Parallax.Bench.Tagging;

/// <summary>
/// How often the recogniser's second pass finds a name in a sentence where its first pass found none, with and without
/// a capitalised word past the first (whether the second pass could be skipped there).
/// </summary>
internal sealed class ProbeSecondPassCommand : IBenchCommand
{
    public string Name => "probe-second-pass";

    public string Description => "--texts DIR: sentences whose first recogniser pass finds no name, and how often the second pass finds one there";

    public int Run(string[] args)
    {
        var texts = args.SkipWhile(a => a != "--texts").Skip(1).FirstOrDefault() ?? throw new ArgumentException("--texts DIR");
        var components = Analyzer.Default.Components;
        var tagger = EntityTagger.Default;
        var first = tagger.FirstPass!;
        long unseen = 0, unseenTokens = 0, unseenFound = 0, sentences = 0, tokens = 0, quiet = 0, quietTokens = 0, quietFound = 0, lower = 0, lowerTokens = 0, lowerFound = 0;
        foreach (var article in ArticleLoader.Load(texts).Select(r => r.Article).OfType<Article>())
        {
            var document = new ArticleAnalysis(article);
            foreach (var component in components)
            {
                document = component.Process(document);
                if (component.Name == "parts-of-speech")
                    break;
            }
            var view = new Parallax.Entities.ArticleView(document);
            var ss = document.Sentences;
            var tags = ImmutableCollectionsMarshal.AsArray(document.PartsOfSpeech)!;
            var words = new IReadOnlyList<string>[ss.Length];
            var pos = new IReadOnlyList<string>[ss.Length];
            for (var s = 0; s < ss.Length; s++)
            {
                words[s] = new ArraySegment<string>(view.Words, ss[s].FirstToken, ss[s].TokenCount);
                pos[s] = new ArraySegment<string>(tags, ss[s].FirstToken, ss[s].TokenCount);
            }
            var casing = new DocumentContext(words);
            var context = tagger.Read(words, pos);
            for (var s = 0; s < ss.Length; s++)
            {
                var n = words[s].Count;
                if (n == 0)
                    continue;
                sentences++;
                tokens += n;
                var path = first.Decode(first.Emissions(words[s], pos[s], casing), n);
                if (path.Any(y => first.Labels[y] != "O"))
                    continue;
                var found = tagger.Tag(words[s], pos[s], context).Count > 0;
                quiet++;
                quietTokens += n;
                if (found)
                    quietFound++;
                if (words[s].Skip(1).Any(w => w.Length > 0 && char.IsUpper(w[0])))
                    continue;
                lower++;
                lowerTokens += n;
                if (found)
                    lowerFound++;
                if (words[s].Any(w => context.FirstPassOf(WordForm.KeyOf(w)) != 0))
                    continue;
                unseen++;
                unseenTokens += n;
                if (found)
                    unseenFound++;
            }
        }
        Console.WriteLine($"sentences {sentences:N0}, tokens {tokens:N0}");
        Console.WriteLine($"first pass finds no name: {quiet:N0} sentences, {quietTokens:N0} tokens; the second pass finds one in {quietFound:N0}");
        Console.WriteLine($"  and no capitalised word past the first: {lower:N0} sentences, {lowerTokens:N0} tokens; the second pass finds one in {lowerFound:N0}");
        Console.WriteLine($"  and no word the first pass saw capitalised elsewhere in the article: {unseen:N0} sentences, {unseenTokens:N0} tokens; the second pass finds one in {unseenFound:N0}");
        return 0;
    }
}
