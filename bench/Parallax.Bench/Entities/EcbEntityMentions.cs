using System.Globalization;
using System.Xml.Linq;
using Parallax.Bench.Corpus;
using Parallax.Documents;

namespace Parallax.Bench.Entities;

/// <summary>A gold ECB+ entity mention: its character span in the rebuilt text, its tag and its coreference cluster.</summary>
internal sealed record EcbMention(int Start, int End, string Tag, string Cluster);

/// <summary>One ECB+ document rebuilt as text (as <see cref="EcbCorpus"/> does) with its gold entity mentions.</summary>
internal sealed record EcbEntityDocument(string Name, string Gold, string Text, List<EcbMention> Mentions);

/// <summary>
/// Reads the entity side of ECB+: markables tagged HUMAN_PART_*, LOC_* and NON_HUMAN_PART_*, clustered by
/// their CROSS_DOC_COREF note (one id across documents); a mention linked only within its document keeps a
/// document-local cluster. About a third of the entity markables are in no coreference relation at all
/// (their cluster is unknown, not a singleton): they are left out.
/// </summary>
internal static class EcbEntityMentions
{
    public static EcbEntityDocument Read(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var topic = name[..name.IndexOf('_', StringComparison.Ordinal)];
        var gold = topic + (name.EndsWith("ecbplus", StringComparison.Ordinal) ? ".2" : ".1");
        var xml = XDocument.Load(file);
        var root = xml.Root!;
        var tokens = root.Elements("token")
            .Select(t => (Id: Int(t, "t_id"), Sentence: Int(t, "sentence"), Text: t.Value))
            .ToList();
        var offsets = new Dictionary<int, (int Start, int End)>();
        var text = EcbCorpus.Join(name, gold, tokens, "\n", offsets).Text;

        var clusterOf = new Dictionary<int, string>();
        foreach (var relation in root.Element("Relations")?.Elements() ?? [])
        {
            var cross = relation.Name.LocalName == "CROSS_DOC_COREF";
            if (!cross && relation.Name.LocalName != "INTRA_DOC_COREF")
                continue;
            var target = relation.Element("target") is { } t ? Int(t, "m_id") : -1;
            var cluster = cross ? (string?)relation.Attribute("note") ?? $"{name}#{target}" : $"{name}#{target}";
            foreach (var source in relation.Elements("source"))
                clusterOf.TryAdd(Int(source, "m_id"), cluster);
        }

        var mentions = new List<EcbMention>();
        foreach (var markable in root.Element("Markables")?.Elements() ?? [])
        {
            var tag = markable.Name.LocalName;
            if (!IsEntity(tag))
                continue;
            var anchors = markable.Elements("token_anchor").Select(a => Int(a, "t_id")).Where(offsets.ContainsKey).ToList();
            if (anchors.Count == 0)
                continue;
            if (clusterOf.TryGetValue(Int(markable, "m_id"), out var cluster))
                mentions.Add(new EcbMention(anchors.Min(a => offsets[a].Start), anchors.Max(a => offsets[a].End), tag, cluster));
        }
        return new EcbEntityDocument(name, gold, text, mentions);
    }

    private static bool IsEntity(string tag)
        => tag.StartsWith("HUMAN_PART", StringComparison.Ordinal) || tag.StartsWith("LOC_", StringComparison.Ordinal)
            || tag.StartsWith("NON_HUMAN_PART", StringComparison.Ordinal);

    private static int Int(XElement element, string attribute) => int.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);
}
