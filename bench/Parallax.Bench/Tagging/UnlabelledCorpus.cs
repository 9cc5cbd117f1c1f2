using System.Text.Json;
using Parallax.Text;

namespace Parallax.Bench.Tagging;

/// <summary>
/// Raw running text from the training and development sets under ../shared/data, tokenised as the runtime tokenises
/// articles, for learning word clusters. No test file contributes (eng.testb, CoNLL++, EWT test), nor ECB+ (scored by
/// eval-clustering). The development sets do (eng.testa, EWT dev), so scores on them are optimistic; for tuning,
/// <paramref name="holdout"/> leaves out the EWT dev documents that <c>train pos --holdout</c> scores.
/// </summary>
internal static class UnlabelledCorpus
{
    private static readonly string[] ConllFiles = ["eng.train", "eng.testa"];
    private static readonly string[] PolnearParts = ["train", "dev"];
    private static readonly string[] NeusFiles = ["train.source", "train.target", "val.source", "val.target"];

    public static IEnumerable<(string Source, IEnumerable<IReadOnlyList<string>> Sentences)> Sources(bool holdout)
    {
        yield return ("CoNLL-2003 eng.train + eng.testa", ConllFiles
            .SelectMany(f => TaggingCorpora.ReadConll2003(SharedPaths.Data("conll2003", f))).Select(s => (IReadOnlyList<string>)s.Words));
        yield return (holdout ? "UD EWT dev, less the held-out quarter" : "UD EWT dev", TaggingCorpora.ReadConllu(SharedPaths.Data("ud-english-ewt", "en_ewt-ud-dev.conllu"))
            .Where(s => !holdout || s.Document % 4 != 0).Select(s => (IReadOnlyList<string>)s.Words));
        yield return ("PolNeAR train + dev", PolnearParts
            .SelectMany(part => Directory.EnumerateFiles(SharedPaths.Data("polnear", part, "text"), "*.txt").Order(StringComparer.Ordinal))
            .SelectMany(f => Sentences(File.ReadAllText(f))));
        yield return ("NeuS train + val", NeusFiles
            .SelectMany(f => File.ReadLines(SharedPaths.Data("neus-roundups", f)))
            .SelectMany(line => Sentences(line.Replace("[SEP]", "\n", StringComparison.Ordinal)
                .Replace("TITLE=>", "\n", StringComparison.Ordinal).Replace("ARTICLE=>", "\n", StringComparison.Ordinal))));
        yield return ("article-extraction gold bodies", ArticleBodies().SelectMany(Sentences));
    }

    private static IEnumerable<string> ArticleBodies()
    {
        using var stream = File.OpenRead(SharedPaths.Data("article-extraction", "ground-truth.json"));
        using var json = JsonDocument.Parse(stream);
        foreach (var page in json.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (page.Value.TryGetProperty("articleBody", out var body) && body.GetString() is { } text)
                yield return text;
        }
    }

    /// <summary>Tokens of each line, cut after sentence-final punctuation (exact sentence bounds matter little for bigram counts).</summary>
    private static IEnumerable<IReadOnlyList<string>> Sentences(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var sentence = new List<string>();
            foreach (var token in Tokenizer.Tokenize(line))
            {
                var word = token.TextIn(line);
                sentence.Add(word);
                if (word is "." or "?" or "!")
                {
                    yield return sentence;
                    sentence = [];
                }
            }
            if (sentence.Count > 0)
                yield return sentence;
        }
    }
}
