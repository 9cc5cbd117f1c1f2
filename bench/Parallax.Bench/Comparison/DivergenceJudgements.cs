using System.Globalization;

namespace Parallax.Bench.Comparison;

/// <summary>A hand judgement of one reported divergence: real (the outlets state one fact differently, as the kind says) or noise.</summary>
internal sealed record Judgement(bool Real, string Note);

/// <summary>
/// Hand judgements of divergences reported on NeuS val, kept beside this file in <c>divergence-judgements.tsv</c>:
/// <c>story, kind, sentences, verdict (real|noise), note</c>, one per line, with a header; no article text.
/// </summary>
internal static class DivergenceJudgements
{
    public const string FileName = "divergence-judgements.tsv";

    /// <summary>The judgements file in the source tree (it is edited by hand, so not copied to the build output).</summary>
    public static string DefaultPath
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Parallax.slnx")))
                    return Path.Combine(dir.FullName, "bench", "Parallax.Bench", "Comparison", FileName);
            }
            return Path.Combine("bench", "Parallax.Bench", "Comparison", FileName);
        }
    }

    /// <summary>The judgements in <paramref name="path"/>; none when the file does not exist yet (a new batch, nothing judged).</summary>
    public static Dictionary<DivergenceKey, Judgement> Read(string path)
    {
        var result = new Dictionary<DivergenceKey, Judgement>();
        if (!File.Exists(path))
            return result;
        foreach (var (fields, judgement, line) in Rows(path, "story, kind, sentences, verdict (real|noise)[, note]"))
        {
            var key = new DivergenceKey(int.Parse(fields[0], CultureInfo.InvariantCulture), fields[1], fields[2]);
            if (!result.TryAdd(key, judgement))
                throw new FormatException($"{path}:{line}: {key} is judged twice");
        }
        return result;
    }

    /// <summary>
    /// The rows of a judgements file (a header, then tab-separated fields whose second-to-last required one is the
    /// verdict, "real" or "noise", and an optional note after it), with the fields before the verdict and the line number.
    /// </summary>
    public static IEnumerable<(string[] Fields, Judgement Judgement, int Line)> Rows(string path, string layout)
    {
        var verdictField = layout.Split(',').ToList().FindIndex(f => f.Contains("verdict", StringComparison.Ordinal));
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (number == 1 || line.Length == 0 || line.StartsWith('#'))
                continue;
            var fields = line.Split('\t');
            if (fields.Length <= verdictField || fields[verdictField] is not ("real" or "noise"))
                throw new FormatException($"{path}:{number}: expected {layout}");
            yield return (fields[..verdictField], new Judgement(fields[verdictField] == "real", fields.Length > verdictField + 1 ? fields[verdictField + 1] : ""), number);
        }
    }
}
