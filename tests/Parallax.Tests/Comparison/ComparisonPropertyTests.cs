using CsCheck;
using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Documents;

namespace Parallax.Tests.Comparison;

/// <summary>Properties of the comparison on any pair of news-like texts: it never throws, and every sentence it cites exists.</summary>
public class ComparisonPropertyTests
{
    private static readonly string[] Pieces =
    [
        "said", "says", "told", "he", "She", "the", "Mayor", "Ada", "Lindqvist", "Reuters", "--", ":", ";", ",", ".", "?", "!",
        "\"", "“", "”", "(", ")", "\n\n", "Mr.", "U.S.", "1,200", "3,800", "4,200", "3.5", "May 1", "Monday", "2024", "percent",
        "$4m", "%", "half", "million", "not", "not only", "just", "may", "will", "According", "to", "officials", "among", "voters",
        "poll", "strike", "harbour", "union", "members", "that", "and", "but", "whether", "which", "a", "spokesman", "who",
        "saying", "reported", "Democrats", "Republicans", "Israel-Palestinian", "killed", "arrested", "said:",
    ];

    private static readonly Gen<string> Newsish = Gen.OneOf(Pieces).Array[0, 120].Select(words => string.Join(' ', words));

    [Fact]
    public void Comparing_any_two_texts_is_total_and_cites_only_sentences_that_exist()
        => Gen.Select(Newsish, Newsish).Sample((a, b) =>
        {
            ArticleAnalysis[] articles = [Analyzer.Analyze(new Article("a1", "Gazette", a)), Analyzer.Analyze(new Article("a2", "Herald", b))];
            var story = StoryComparer.Compare(articles);
            var cited = story.Alignments.SelectMany(x => x.Sentences)
                .Concat(story.Divergences.SelectMany(x => x.Sentences))
                .Concat(story.Brief.SelectMany(x => x.Sources));
            Assert.All(cited, s => Assert.InRange(s.Sentence, 0, articles[s.Article].Sentences.Length - 1));
            Assert.All(story.Divergences.SelectMany(d => d.Spans), span =>
                Assert.Equal(articles[span.Sentence.Article].Text[span.Start..span.End], span.Text));
        }, iter: 200, threads: 1);
}
