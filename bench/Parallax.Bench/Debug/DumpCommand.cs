using Parallax.Analysis;
using Parallax.Text;

namespace Parallax.Bench.Debug;

/// <summary>Prints every layer of one plain-text file's analysis, for eyeballing the pipeline.</summary>
internal sealed class DumpCommand : IBenchCommand
{
    public string Name => "dump";

    public string Description => "print sentences, mentions, entities and quotes of a .txt file";

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
            var mentions = string.Join(" | ", e.Mentions.Select(i => $"{doc.Mentions[i].Text}@s{doc.Mentions[i].Sentence + 1}{(doc.Mentions[i].Kind == Parallax.Entities.MentionKind.Name ? "" : ":" + doc.Mentions[i].Kind)}"));
            Console.WriteLine($"E{e.Index} {e.Type} '{e.Name}' roles=[{string.Join("; ", e.Roles)}] :: {mentions}");
        }
        foreach (var q in doc.Quotes)
            Console.WriteLine($"Q s{q.Sentence + 1} {q.Kind} speaker='{q.Speaker.Text}' entity={q.Speaker.Entity} named={q.Named} cue={q.Cue} :: {doc.Text[q.Content.Start..q.Content.End]}");
        return 0;
    }
}
