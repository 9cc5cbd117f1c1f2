using System.Globalization;
using Parallax.Bench.Corpus;
using Parallax.Documents;

namespace Parallax.Bench.Comparison;

/// <summary>An ECB+ sentence within a sub-topic: the document's index in the sub-topic and the sentence number.</summary>
internal readonly record struct EcbSentenceKey(int Document, int Number) : IComparable<EcbSentenceKey>
{
    public int CompareTo(EcbSentenceKey other) => (Document, Number).CompareTo((other.Document, other.Number));

    public override string ToString() => $"d{Document + 1}.s{Number}";
}

/// <summary>
/// One ECB+ sub-topic (a topic's <c>ecb</c> or <c>ecbplus</c> documents) as a story to compare, with its gold:
/// the annotated sentences (from <c>ECBplus_coreference_sentences.csv</c>) and, among them, the pairs in
/// different documents that mention events of one cross-document cluster.
/// </summary>
internal sealed record EcbSubTopic(string Gold, IReadOnlyList<EcbDocument> Documents, IReadOnlySet<EcbSentenceKey> Annotated, IReadOnlyList<EcbEventMention>[] Events)
{
    /// <summary>Sentences are separated by a blank line, so that the segmenter keeps ECB+'s boundaries.</summary>
    public const string SentenceSeparator = "\n\n";

    /// <summary>Annotated sentence pairs (first &lt; second) in different documents that share an event cluster.</summary>
    public HashSet<(EcbSentenceKey, EcbSentenceKey)> GoldPairs()
    {
        var clusters = new Dictionary<EcbSentenceKey, HashSet<string>>();
        for (var d = 0; d < Events.Length; d++)
        {
            foreach (var mention in Events[d])
            {
                var key = new EcbSentenceKey(d, mention.Sentence);
                if (!Annotated.Contains(key))
                    continue;
                if (!clusters.TryGetValue(key, out var set))
                    clusters[key] = set = new HashSet<string>(StringComparer.Ordinal);
                set.Add(mention.Cluster);
            }
        }
        var keys = clusters.Keys.Order().ToList();
        var pairs = new HashSet<(EcbSentenceKey, EcbSentenceKey)>();
        for (var i = 0; i < keys.Count; i++)
        {
            for (var j = i + 1; j < keys.Count; j++)
            {
                if (keys[i].Document != keys[j].Document && clusters[keys[i]].Overlaps(clusters[keys[j]]))
                    pairs.Add((keys[i], keys[j]));
            }
        }
        return pairs;
    }

    /// <summary>The event triggers two sentences share a cluster through ("arrested / arrest").</summary>
    public string SharedTriggers(EcbSentenceKey a, EcbSentenceKey b)
    {
        var inB = Events[b.Document].Where(m => m.Sentence == b.Number).ToLookup(m => m.Cluster, StringComparer.Ordinal);
        return string.Join(", ", Events[a.Document]
            .Where(m => m.Sentence == a.Number && inB.Contains(m.Cluster))
            .Select(m => $"{m.Trigger} / {inB[m.Cluster].First().Trigger}")
            .Distinct(StringComparer.Ordinal));
    }

    public string TextOf(EcbSentenceKey key)
    {
        var document = Documents[key.Document];
        var sentence = document.Sentences.First(s => s.Number == key.Number);
        return document.Text[sentence.Start..sentence.End];
    }

    /// <summary>The sub-topics of ECB+ (those of <paramref name="topics"/> when given), in topic order.</summary>
    public static List<EcbSubTopic> Load(string root, IReadOnlySet<string>? topics)
    {
        var annotated = ReadAnnotated(Path.Combine(root, "ECBplus_coreference_sentences.csv"));
        var result = new List<EcbSubTopic>();
        var files = EcbCorpus.Files(root)
            .Select(f => (File: f, Document: EcbCorpus.Read(f, SentenceSeparator)))
            .Where(x => topics is null || topics.Contains(x.Document.Gold[..x.Document.Gold.IndexOf('.', StringComparison.Ordinal)]));
        foreach (var group in files.GroupBy(x => x.Document.Gold, StringComparer.Ordinal))
        {
            var members = group.OrderBy(x => x.Document.Name, StringComparer.Ordinal).ToList();
            var keys = new HashSet<EcbSentenceKey>();
            for (var d = 0; d < members.Count; d++)
            {
                foreach (var number in annotated.GetValueOrDefault(members[d].Document.Name) ?? [])
                    keys.Add(new EcbSentenceKey(d, number));
            }
            result.Add(new EcbSubTopic(group.Key, [.. members.Select(m => m.Document)], keys, [.. members.Select(m => EcbEvents.Read(m.File))]));
        }
        return [.. result.OrderBy(s => int.Parse(s.Gold[..s.Gold.IndexOf('.', StringComparison.Ordinal)], CultureInfo.InvariantCulture)).ThenBy(s => s.Gold, StringComparer.Ordinal)];
    }

    /// <summary>Document name ("1_10ecbplus") → annotated sentence numbers.</summary>
    private static Dictionary<string, List<int>> ReadAnnotated(string csv)
    {
        var result = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(csv).Skip(1))
        {
            var fields = line.Split(',');
            if (fields.Length < 3)
                continue;
            var name = $"{fields[0].Trim()}_{fields[1].Trim()}";
            if (!result.TryGetValue(name, out var list))
                result[name] = list = [];
            list.Add(int.Parse(fields[2], CultureInfo.InvariantCulture));
        }
        return result;
    }
}
