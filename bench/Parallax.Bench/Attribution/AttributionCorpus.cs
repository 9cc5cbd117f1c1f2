using Parallax.Documents;
using Parallax.Quotes;
using Parallax.Text;

namespace Parallax.Bench.Attribution;

/// <summary>One PolNeAR sentence as the attribution labeller reads it, with its gold IOB2 labels.</summary>
internal sealed record LabelledSentence(int Article, string[] Words, string[] Tags, string[] Labels);

/// <summary>
/// PolNeAR articles (first annotator file of each) turned into labelled sentences: a token takes the role of the
/// gold span holding it, a cue before a source before a content (a nested attribution's cue and source win over
/// the content of the attribution around it).
/// </summary>
internal static class AttributionCorpus
{
    /// <summary>Articles are split into this many folds by their 1-based place in sorted order (<see cref="LabelledSentence.Article"/> modulo).</summary>
    public const int Folds = 5;

    public static List<LabelledSentence> Read(string split)
    {
        var root = SharedPaths.Data("polnear", split);
        var segmenter = new SentenceSegmenter();
        var sentences = new List<LabelledSentence>();
        var index = 0;
        foreach (var (article, ann) in Annotations(root))
        {
            index++;
            var text = File.ReadAllText(Path.Combine(root, "text", article + ".txt"));
            var document = segmenter.Process(new ArticleAnalysis(new Article(article, "polnear", text)));
            var quoted = new QuotedText(document);
            var roles = new string?[document.Tokens.Length];
            var gold = BratAttributions.Read(ann, text);
            foreach (var (spans, role) in gold.SelectMany(g => new[] { (g.Content, "CON"), (g.Source, "SRC"), (g.Cue, "CUE") }).OrderBy(p => Rank(p.Item2)))
            {
                foreach (var span in spans)
                {
                    for (var t = 0; t < roles.Length; t++)
                    {
                        var token = document.Tokens[t];
                        if (token.Start >= span.Start && token.End <= span.End)
                            roles[t] = role;
                    }
                }
            }
            foreach (var s in document.Sentences)
            {
                var words = AttributionTagger.WordsOf(quoted, s.Index);
                if (words.Length == 0)
                    continue;
                var tags = AttributionTagger.TagsOf(quoted, s.Index, words);
                var labels = new string[words.Length];
                for (var i = 0; i < words.Length; i++)
                {
                    var role = roles[s.FirstToken + i];
                    labels[i] = role is null ? "O" : (i > 0 && roles[s.FirstToken + i - 1] == role ? "I-" : "B-") + role;
                }
                sentences.Add(new LabelledSentence(index, words, tags, labels));
            }
        }
        return sentences;
    }

    public static IEnumerable<(string Article, string Ann)> Annotations(string root)
        => Directory.GetFiles(Path.Combine(root, "attributions"), "*.ann")
            .OrderBy(p => p, StringComparer.Ordinal)
            .GroupBy(ArticleName, StringComparer.Ordinal)
            .Select(g => (g.Key, g.First()));

    private static int Rank(string role) => role switch { "CON" => 0, "SRC" => 1, _ => 2 };

    private static string ArticleName(string annPath)
    {
        var name = Path.GetFileNameWithoutExtension(annPath);
        var underscore = name.LastIndexOf('_');
        return underscore > 0 ? name[..underscore] : name;
    }
}
