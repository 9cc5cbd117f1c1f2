using System.Globalization;
using System.Xml.Linq;
using Parallax.Documents;

namespace Parallax.Bench.Corpus;

/// <summary>An event mention in a cross-document cluster: its sentence number, cluster id and trigger words.</summary>
internal sealed record EcbEventMention(int Sentence, string Cluster, string Trigger);

/// <summary>
/// The event mentions of one ECB+ document (<c>ACTION_*</c>, <c>NEG_ACTION_*</c>) that a <c>CROSS_DOC_COREF</c>
/// relation puts in a cluster (its <c>note</c>).
/// </summary>
internal static class EcbEvents
{
    public static List<EcbEventMention> Read(string file)
    {
        var root = XDocument.Load(file).Root!;
        var tokens = root.Elements("token").ToDictionary(
            t => (string)t.Attribute("t_id")!,
            t => (Sentence: int.Parse((string)t.Attribute("sentence")!, CultureInfo.InvariantCulture), Text: t.Value),
            StringComparer.Ordinal);
        var events = new Dictionary<string, (int Sentence, string Trigger)>(StringComparer.Ordinal);
        foreach (var markable in root.Element("Markables")?.Elements() ?? [])
        {
            var tag = markable.Name.LocalName;
            if (!tag.StartsWith("ACTION_", StringComparison.Ordinal) && !tag.StartsWith("NEG_ACTION_", StringComparison.Ordinal))
                continue;
            var anchors = markable.Elements("token_anchor")
                .Select(a => tokens.GetValueOrDefault((string?)a.Attribute("t_id") ?? ""))
                .Where(t => t.Text is not null)
                .ToList();
            if (anchors.Count > 0)
                events[(string)markable.Attribute("m_id")!] = (anchors[0].Sentence, string.Join(' ', anchors.Select(t => t.Text)));
        }
        var result = new List<EcbEventMention>();
        foreach (var relation in root.Element("Relations")?.Elements("CROSS_DOC_COREF") ?? [])
        {
            var cluster = (string)relation.Attribute("note")!;
            foreach (var source in relation.Elements("source"))
            {
                if (events.TryGetValue((string)source.Attribute("m_id")!, out var mention))
                    result.Add(new EcbEventMention(mention.Sentence, cluster, mention.Trigger));
            }
        }
        return result;
    }
}
