using System.Globalization;
using Parallax.Comparison;

namespace Parallax.Bench.Comparison;

/// <summary>
/// The real divergences a reader found in whole stories, for recall: <c>story, group, sentences, kind, note</c>, one sentence pair
/// per line with a header; the pairs of one group show the same divergence, so a group is found when any of its pairs is
/// reported. <c>#N none</c> lines record a story read and found to hold none. No article text.
/// </summary>
internal sealed class DivergenceGold
{
    public const string PolnearFileName = "divergence-gold-polnear.tsv";

    /// <summary>The kinds a divergence can be, as the JSON contract names them.</summary>
    private static readonly string[] Kinds = [.. Enum.GetValues<DivergenceKind>().Select(DivergenceKey.KindName)];

    private readonly Dictionary<string, Group> _groups;

    private DivergenceGold(Dictionary<string, Group> groups, HashSet<int> read)
    {
        _groups = groups;
        Read = read;
    }

    /// <summary>The stories read whole, with or without divergences.</summary>
    public HashSet<int> Read { get; }

    /// <summary>One divergence as the reader saw it: its story, kind, note and every sentence pair that shows it.</summary>
    public sealed record Group(int Story, string Id, string Kind, string Note, List<string> Pairs);

    /// <summary>The gold in <paramref name="path"/>, or null when there is none.</summary>
    public static DivergenceGold? Load(string path)
    {
        if (!File.Exists(path))
            return null;
        var groups = new Dictionary<string, Group>(StringComparer.Ordinal);
        var read = new HashSet<int>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (number == 1 || line.Trim().Length == 0)
                continue;
            if (line.StartsWith('#'))
            {
                var story = line[1..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (story.Length == 0 || !int.TryParse(story[0], NumberStyles.None, CultureInfo.InvariantCulture, out var none))
                    throw new UsageException($"{path}:{number}: expected '#N none' or '#N note'");
                read.Add(none);
                continue;
            }
            var fields = line.Split('\t');
            if (fields.Length < 4 || !int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index) || fields[2].Split('|').Length != 2
                || !Kinds.Contains(fields[3]))
                throw new UsageException($"{path}:{number}: expected story, group, sentences (a1.s4|a2.s7), kind ({string.Join(", ", Kinds)})[, note]");
            read.Add(index);
            if (!groups.TryGetValue(fields[1], out var group))
                groups[fields[1]] = group = new Group(index, fields[1], fields[3], fields.Length > 4 ? fields[4] : "", []);
            else if (group.Story != index || group.Kind != fields[3])
                throw new UsageException($"{path}:{number}: group {fields[1]} is of story {group.Story}, kind {group.Kind} on an earlier line");
            try
            {
                group.Pairs.Add(Normalised(fields[2]));
            }
            catch (FormatException e)
            {
                throw new UsageException($"{path}:{number}: {e.Message}");
            }
        }
        return new DivergenceGold(groups, read);
    }

    /// <summary>The groups of the stories compared.</summary>
    public IEnumerable<Group> Within(Func<int, bool> compared) => _groups.Values.Where(g => compared(g.Story));

    /// <summary>The group's kind when one of its pairs is reported with it, else the kind reported on one of them, or null when none is reported.</summary>
    public static string? Found(Group group, ILookup<(int Story, string Pair), string> reported)
    {
        var kinds = group.Pairs.SelectMany(pair => reported[(group.Story, pair)]).ToList();
        return kinds.Contains(group.Kind, StringComparer.Ordinal) ? group.Kind : kinds.FirstOrDefault();
    }

    /// <summary>Whether the story aligned the two sentences of one of the group's pairs (the detectors mostly compare aligned pairs).</summary>
    public static bool Aligned(Group group, Story story)
    {
        var aligned = story.Alignments.SelectMany(a => a.Sentences.SelectMany(x => a.Sentences.Where(y => x != y).Select(y => Normalised(story.IdOf(x) + "|" + story.IdOf(y))))).ToHashSet(StringComparer.Ordinal);
        return group.Pairs.Any(aligned.Contains);
    }

    /// <summary>A pair's ids in order ("a1.s4|a2.s7"), whichever order they were written in.</summary>
    public static string Normalised(string pair)
    {
        var ids = pair.Split('|', StringSplitOptions.TrimEntries);
        return string.Join('|', ids.Order(Comparer<string>.Create(CompareIds)));
    }

    private static int CompareIds(string x, string y)
    {
        var (ax, sx) = Parts(x);
        var (ay, sy) = Parts(y);
        return ax != ay ? ax.CompareTo(ay) : sx.CompareTo(sy);
    }

    private static (int Article, int Sentence) Parts(string id)
    {
        var dot = id.IndexOf(".s", StringComparison.Ordinal);
        return dot > 1 && int.TryParse(id.AsSpan(1, dot - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var article)
            && int.TryParse(id.AsSpan(dot + 2), NumberStyles.None, CultureInfo.InvariantCulture, out var sentence)
            ? (article, sentence)
            : throw new FormatException($"'{id}' is not a sentence id like a2.s14");
    }
}
