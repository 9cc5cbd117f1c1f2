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

    public static Dictionary<DivergenceKey, Judgement> Read(string path)
    {
        var result = new Dictionary<DivergenceKey, Judgement>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (number == 1 || line.Length == 0 || line.StartsWith('#'))
                continue;
            var fields = line.Split('\t');
            if (fields.Length < 4 || fields[3] is not ("real" or "noise"))
                throw new FormatException($"{path}:{number}: expected story, kind, sentences, verdict (real|noise)[, note]");
            var key = new DivergenceKey(int.Parse(fields[0], CultureInfo.InvariantCulture), fields[1], fields[2]);
            if (!result.TryAdd(key, new Judgement(fields[3] == "real", fields.Length > 4 ? fields[4] : "")))
                throw new FormatException($"{path}:{number}: {key} is judged twice");
        }
        return result;
    }
}
