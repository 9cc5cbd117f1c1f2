using Parallax.Tagging;
using static Parallax.Bench.CommandLine;

namespace Parallax.Bench.Tagging;

/// <summary>A sentence of a tagged corpus: words, Penn Treebank tags, IOB2 entity labels (or null) and its document number.</summary>
internal sealed record CorpusSentence(string[] Words, string[] Pos, string[]? Entities, int Document);

/// <summary>Readers for the CoNLL-2003 and CoNLL-U files under ../shared/data.</summary>
internal static class TaggingCorpora
{
    /// <summary>Reads CoNLL-2003 (<c>WORD POS CHUNK NER</c>); IOB1 labels are converted to IOB2.</summary>
    public static List<CorpusSentence> ReadConll2003(string path)
    {
        var sentences = new List<CorpusSentence>();
        var words = new List<string>();
        var pos = new List<string>();
        var ner = new List<string>();
        var document = -1;
        void Flush()
        {
            if (words.Count > 0)
                sentences.Add(new CorpusSentence([.. words], [.. pos], BioLabels.Iob1ToIob2(ner), Math.Max(document, 0)));
            words.Clear();
            pos.Clear();
            ner.Clear();
        }
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                Flush();
                continue;
            }
            var parts = line.Split(' ');
            if (parts[0] == "-DOCSTART-")
            {
                Flush();
                document++;
                continue;
            }
            words.Add(parts[0]);
            pos.Add(parts[1].Split('|')[0]);
            ner.Add(parts[^1]);
        }
        Flush();
        return sentences;
    }

    /// <summary>Reads the Broad Twitter Corpus (<c>TOKEN TAG</c>, IOB2, PER/LOC/ORG); each tweet is its own document and has no tags.</summary>
    public static List<CorpusSentence> ReadBtc(string path)
    {
        var sentences = new List<CorpusSentence>();
        var words = new List<string>();
        var ner = new List<string>();
        void Flush()
        {
            if (words.Count > 0)
                sentences.Add(new CorpusSentence([.. words], [.. words.Select(_ => "")], BioLabels.Iob1ToIob2(ner), sentences.Count));
            words.Clear();
            ner.Clear();
        }
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split('\t', ' ');
            if (line.Trim().Length == 0 || parts.Length < 2)
            {
                Flush();
                continue;
            }
            words.Add(parts[0]);
            ner.Add(parts[^1]);
        }
        Flush();
        return sentences;
    }

    /// <summary>Reads CoNLL-U words with their column-5 tags; multiword-token lines (1-2) and empty nodes (1.1) are skipped.</summary>
    public static List<CorpusSentence> ReadConllu(string path)
    {
        var sentences = new List<CorpusSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        var document = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("# newdoc", StringComparison.Ordinal))
                document++;
            if (line.Length == 0)
            {
                if (words.Count > 0)
                    sentences.Add(new CorpusSentence([.. words], [.. tags], null, document));
                words.Clear();
                tags.Clear();
                continue;
            }
            if (line[0] == '#')
                continue;
            var columns = line.Split('\t');
            if (columns[0].Contains('-', StringComparison.Ordinal) || columns[0].Contains('.', StringComparison.Ordinal))
                continue;
            words.Add(columns[1]);
            tags.Add(columns[4]);
        }
        if (words.Count > 0)
            sentences.Add(new CorpusSentence([.. words], [.. tags], null, document));
        return sentences;
    }
}

/// <summary>
/// Maps EWT's Penn Treebank tags onto the CoNLL-2003 tag set the tagger emits.
/// Renames: -LRB-/-RRB- to ( ), `` and '' to ". Conventions (EWT differs from PTB/CoNLL guidelines):
/// HYPH to ':'; ',' on a word other than a comma (dashes, ';', '...', '/') to ':'; 'to' tagged IN to TO.
/// Tags with no CoNLL counterpart (NFP, ADD, GW, AFX, XX) map to null.
/// </summary>
internal static class EwtTagMap
{
    public static readonly string[] Unmapped = ["NFP", "ADD", "GW", "AFX", "XX"];

    /// <summary>Renames only: the tag means the same thing under another name.</summary>
    public static string Rename(string tag) => tag switch
    {
        "-LRB-" => "(",
        "-RRB-" => ")",
        "``" or "''" => "\"",
        _ => tag,
    };

    /// <summary>Renames plus the convention mappings; null for tags CoNLL has no counterpart for.</summary>
    public static string? ToConll(string word, string tag)
    {
        if (Unmapped.Contains(tag))
            return null;
        return Rename(tag) switch
        {
            "HYPH" => ":",
            "," when word != "," => ":",
            "IN" when word.Equals("to", StringComparison.OrdinalIgnoreCase) => "TO",
            var other => other,
        };
    }

    /// <summary>Folds the tagger's rare '' into '"' so both quote tags compare equal to the mapped gold tag.</summary>
    public static string Predicted(string tag) => tag is "''" or "``" ? "\"" : tag;
}

/// <summary>Where the models live in the source tree.</summary>
internal static class ModelPaths
{
    public static string Repository
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Parallax.slnx")))
                    return dir.FullName;
            }
            return Directory.GetCurrentDirectory();
        }
    }

    public static string Default(string name) => Path.Combine(Repository, "src", "Parallax", "Models", name);

    public static LinearChainModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return ModelFormat.Read(stream);
    }
}
