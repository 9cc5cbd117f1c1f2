using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using Parallax.Documents;
using Parallax.Text;

namespace Parallax.Bench.Corpus;

/// <summary>One ECB+ document rebuilt as plain text, with its gold story (topic + sub-topic).</summary>
internal sealed record EcbDocument(string Name, string Gold, string Text)
{
    /// <summary>Where each ECB+ sentence (by its <c>sentence</c> number) lies in <see cref="Text"/>.</summary>
    public ImmutableArray<EcbSentence> Sentences { get; init; } = [];
}

/// <summary>One ECB+ sentence: its number in the XML and its span in the rebuilt text.</summary>
internal readonly record struct EcbSentence(int Number, int Start, int End);

/// <summary>Streams ECB+ (<c>ecbplus/N/N_Mecb.xml</c> = sub-topic 1, <c>N_Mecbplus.xml</c> = sub-topic 2): tokens in <c>t_id</c> order, one line per sentence.</summary>
internal static class EcbCorpus
{
    public static IEnumerable<string> Files(string root)
        => Directory.EnumerateDirectories(root)
            .Where(d => int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .SelectMany(d => Directory.EnumerateFiles(d, "*.xml"))
            .Order(StringComparer.Ordinal);

    /// <summary>Reads one document; <paramref name="separator"/> goes between sentences.</summary>
    public static EcbDocument Read(string file, string separator = "\n")
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var topic = name[..name.IndexOf('_', StringComparison.Ordinal)];
        var gold = topic + (name.EndsWith("ecbplus", StringComparison.Ordinal) ? ".2" : ".1");
        var tokens = new List<(int Id, int Sentence, string Text)>();
        using (var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore }))
        {
            while (reader.ReadToFollowing("token"))
            {
                var id = int.Parse(reader.GetAttribute("t_id")!, CultureInfo.InvariantCulture);
                var sentence = int.Parse(reader.GetAttribute("sentence")!, CultureInfo.InvariantCulture);
                tokens.Add((id, sentence, reader.ReadElementContentAsString()));
            }
        }
        return Join(name, gold, tokens, separator, null);
    }

    /// <summary>
    /// Joins tokens (sorted by id here) into one document, <paramref name="separator"/> between sentences;
    /// when <paramref name="offsets"/> is given, records each token's (start, end) in the text by its <c>t_id</c>.
    /// </summary>
    public static EcbDocument Join(string name, string gold, List<(int Id, int Sentence, string Text)> tokens, string separator, Dictionary<int, (int Start, int End)>? offsets)
    {
        tokens.Sort((a, b) => a.Id.CompareTo(b.Id));
        var text = new StringBuilder();
        var sentences = ImmutableArray.CreateBuilder<EcbSentence>();
        var current = -1;
        var start = 0;
        foreach (var (id, sentence, raw) in tokens)
        {
            var token = Clean(raw) switch { "``" or "''" => "\"", "-LRB-" => "(", "-RRB-" => ")", var t => t };
            if (token.Length == 0)
                continue;
            if (sentence != current)
            {
                if (current >= 0)
                {
                    sentences.Add(new EcbSentence(current, start, text.Length));
                    text.Append(separator);
                }
                current = sentence;
                start = text.Length;
            }
            else if (!NoSpaceBefore(token) && !(text.Length > 0 && text[^1] is '(' or '$'))
            {
                text.Append(' ');
            }
            offsets?.Add(id, (text.Length, text.Length + token.Length));
            text.Append(token);
        }
        if (current >= 0)
            sentences.Add(new EcbSentence(current, start, text.Length));
        return new EcbDocument(name, gold, text.ToString()) { Sentences = sentences.ToImmutable() };
    }

    /// <summary>A token as clean text: some hold spaces (thin spaces in "7 ½", a trailing tab) or invisible characters.</summary>
    private static string Clean(string raw) => string.Join(' ', TextCleaner.Clean(raw).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool NoSpaceBefore(string token)
        => token is "," or "." or ";" or ":" or "!" or "?" or ")" or "%" or "'s" or "n't" or "'re" or "'ll" or "'ve" or "'d" or "'m" or "'";
}
