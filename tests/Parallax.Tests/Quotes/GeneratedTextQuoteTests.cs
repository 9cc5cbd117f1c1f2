using Parallax.Analysis;
using Parallax.Documents;

namespace Parallax.Tests.Quotes;

public class GeneratedTextQuoteTests
{
    private static readonly string[] Pieces =
    [
        "Who", "says", "said", "said:", "told", "according to", "she", "he", "they", "Olsen", "Ruth Berg", "R-S.C.", "(D-Calif.)",
        "“", "”", "\"", "'", "?", "!", ".", ",", ":", "—", "―", "...", "\n", "\n\n", "Editor's note:", "Sign up for", "the port",
        "closed", "on Tuesday", "last year", "her office", "who asked not to be named", "wants", "is expected to", "Said", "a smiling",
        "It", "The", "(", ")", "R-", "S.", "C.", "Mr.", "1,200", "U.S.", "’s",
    ];

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 8)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Any_mix_of_cues_marks_and_names_analyses_without_error_and_keeps_quote_spans_in_the_text(int seed)
    {
        var random = new Random(seed);
        for (var n = 0; n < 60; n++)
        {
            var words = Enumerable.Range(0, random.Next(1, 40)).Select(_ => Pieces[random.Next(Pieces.Length)]);
            var text = string.Join(random.Next(3) == 0 ? "" : " ", words);
            var analysis = Analyzer.Analyze(new Article("t1", "Gazette", text));
            foreach (var q in analysis.Quotes)
            {
                Assert.InRange(q.Content.Start, 0, q.Content.End);
                Assert.InRange(q.Content.End, q.Content.Start, text.Length);
                Assert.InRange(q.Speaker.End, q.Speaker.Start, text.Length);
                Assert.InRange(q.Sentence, 0, analysis.Sentences.Length - 1);
                Assert.All(q.ContentParts, p => Assert.True(q.Content.Contains(p)));
            }
        }
    }
}
