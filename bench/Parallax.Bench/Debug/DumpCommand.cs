using Parallax.Analysis;
using Parallax.Documents;
using Parallax.Text;

namespace Parallax.Bench.Debug;

/// <summary>Prints every layer of one plain-text file's analysis, for eyeballing the pipeline.</summary>
internal sealed class DumpCommand : IBenchCommand
{
    public string Name => "dump";

    public string Description => "dump FILE.txt [--tagger] [--tags]: print sentences, mentions, entities and quotes of a .txt file (--tagger: the entity tagger's own labels and type guesses; --tags: part-of-speech tags)";

    public int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: dump FILE.txt");
            return 2;
        }
        var raw = TextCleaner.Clean(File.ReadAllText(args[0]));
        var dateline = Dateline.Find(raw);
        var text = dateline is null ? raw : raw[dateline.Length..];
        var doc = Analyzer.Analyze(new Article("a1", dateline?.Outlet ?? Path.GetFileNameWithoutExtension(args[0]), text));
        foreach (var h in doc.Headings)
            Console.WriteLine($"HEADING {h.Text}");
        foreach (var s in doc.Sentences)
            Console.WriteLine($"s{s.Index + 1}: {s.Text}");
        foreach (var e in doc.Entities)
        {
            var mentions = string.Join(" | ", e.Mentions.Select(i => $"{doc.Mentions[i].Text}@s{doc.Mentions[i].Sentence + 1}{(doc.Mentions[i].Kind == Documents.MentionKind.Name ? "" : ":" + doc.Mentions[i].Kind)}"));
            Console.WriteLine($"E{e.Index} {e.Type} '{e.Name}' roles=[{string.Join("; ", e.Roles)}] :: {mentions}");
        }
        foreach (var q in doc.Quotes)
            Console.WriteLine($"Q s{q.Sentence + 1} {q.Kind} speaker='{q.Speaker.Text}' entity={q.Speaker.Entity} named={q.Named} cue={q.Cue} :: {doc.Text[q.Content.Start..q.Content.End]}");
        if (args.Contains("--tags"))
        {
            foreach (var s in doc.Sentences)
            {
                var words = doc.TokensOf(s).ToArray().Select(t => doc.TextOf(t)).ToArray();
                Console.WriteLine($"s{s.Index + 1}: {string.Join(' ', words.Zip(Parallax.Tagging.PosTagger.Default.Tag(words), (w, t) => $"{w}/{t}"))}");
            }
        }
        if (args.Contains("--tagger"))
            PrintTagger(doc);
        return 0;
    }

    /// <summary>The entity tagger's own reading: its labels and, for each capitalised word, the type it finds most probable.</summary>
    private static void PrintTagger(ArticleAnalysis doc)
    {
        var words = doc.Sentences.Select(s => (IReadOnlyList<string>)[.. doc.Tokens.Skip(s.FirstToken).Take(s.TokenCount).Select(doc.TextOf)]).ToList();
        var tagger = Parallax.Tagging.EntityTagger.Default;
        var context = tagger.Read(words, null);
        foreach (var sentence in words)
        {
            var guesses = new Parallax.Tagging.TypeGuess[sentence.Count];
            var spans = tagger.Tag(sentence, null, context, guesses);
            Console.WriteLine($"T {string.Join(", ", spans.Select(p => $"{p.Label} '{string.Join(' ', sentence.Skip(p.FirstToken).Take(p.TokenCount))}' {p.Confidence:F2}"))}");
            Console.WriteLine("  guesses: " + string.Join(", ", sentence.Select((w, i) => (w, g: guesses[i])).Where(p => p.w.Length > 0 && char.IsUpper(p.w[0])).Select(p => $"{p.w}={p.g.Type}:{p.g.Probability:F2}")));
        }
    }
}
