using System.Globalization;
using System.Text;
using System.Xml;

namespace Parallax.Bench.Corpus;

/// <summary>One ECB+ document rebuilt as plain text, with its gold story (topic + sub-topic).</summary>
internal sealed record EcbDocument(string Name, string Gold, string Text);

/// <summary>Streams ECB+ (<c>ecbplus/N/N_Mecb.xml</c> = sub-topic 1, <c>N_Mecbplus.xml</c> = sub-topic 2): tokens in <c>t_id</c> order, one line per sentence.</summary>
internal static class EcbCorpus
{
    public static IEnumerable<string> Files(string root)
        => Directory.EnumerateDirectories(root)
            .Where(d => int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .SelectMany(d => Directory.EnumerateFiles(d, "*.xml"))
            .Order(StringComparer.Ordinal);

    public static EcbDocument Read(string file)
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
        return new EcbDocument(name, gold, Join(tokens, null));
    }

    /// <summary>
    /// Joins tokens (sorted by id here) into text, one line per sentence; when <paramref name="offsets"/>
    /// is given, records each token's (start, end) in the text by its <c>t_id</c>.
    /// </summary>
    public static string Join(List<(int Id, int Sentence, string Text)> tokens, Dictionary<int, (int Start, int End)>? offsets)
    {
        tokens.Sort((a, b) => a.Id.CompareTo(b.Id));
        var text = new StringBuilder();
        var current = -1;
        foreach (var (id, sentence, raw) in tokens)
        {
            var token = raw switch { "``" or "''" => "\"", "-LRB-" => "(", "-RRB-" => ")", _ => raw };
            if (sentence != current)
            {
                if (current >= 0)
                    text.Append('\n');
                current = sentence;
            }
            else if (!NoSpaceBefore(token) && !(text.Length > 0 && text[^1] is '(' or '$'))
            {
                text.Append(' ');
            }
            offsets?.Add(id, (text.Length, text.Length + token.Length));
            text.Append(token);
        }
        return text.ToString();
    }

    private static bool NoSpaceBefore(string token)
        => token is "," or "." or ";" or ":" or "!" or "?" or ")" or "%" or "'s" or "n't" or "'re" or "'ll" or "'ve" or "'d" or "'m" or "'";
}
