using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Documents;

namespace Parallax.Bench.Comparison.Edits;

/// <summary>
/// One controlled-edit case: a few consecutive real sentences (article A) and the same sentences with one
/// known edit (article B).
/// </summary>
internal sealed record EditCase(ISentenceEditor Editor, string Source, string Text, TextEdit Edit)
{
    public string Edited => Edit.ApplyTo(Text);

    /// <summary>
    /// Up to <paramref name="count"/> cases of one editor, at most one per source article: sentences are
    /// visited in a shuffled order and kept where the edit applies; each gets a window of 3 to 5 sentences around it
    /// (ending with it when the editor asks).
    /// </summary>
    public static List<EditCase> Build(IReadOnlyList<(string Source, ArticleAnalysis Analysis)> articles, ISentenceEditor editor, int count, Random random)
    {
        var sentences = articles.SelectMany((a, i) => Enumerable.Range(0, a.Analysis.Sentences.Length).Select(s => (Article: i, Sentence: s))).ToArray();
        random.Shuffle(sentences);
        var used = new HashSet<int>();
        var cases = new List<EditCase>();
        foreach (var (index, sentence) in sentences)
        {
            if (cases.Count == count)
                break;
            if (used.Contains(index))
                continue;
            var (source, analysis) = articles[index];
            if (editor.Edit(new EditableSentence(analysis, sentence), random) is not { } edit)
                continue;
            used.Add(index);
            var size = Math.Min(random.Next(3, 6), analysis.Sentences.Length);
            var first = Math.Max(0, sentence - size + 1);
            var last = sentence;
            if (!editor.EndsWindow)
            {
                first = random.Next(first, Math.Min(sentence, analysis.Sentences.Length - size) + 1);
                last = first + size - 1;
            }
            var (start, end) = (analysis.Sentences[first].Start, analysis.Sentences[last].End);
            cases.Add(new EditCase(editor, $"{source} s{sentence + 1}", analysis.Text[start..end], edit.Shift(-start)));
        }
        return cases;
    }

    /// <summary>Compares A and B and checks what is reported on the edited pair and on the unchanged ones.</summary>
    public EditOutcome Run()
    {
        var a = Analyzer.Analyze(new Article("a1", "A", Text));
        var b = Analyzer.Analyze(new Article("a2", "B", Edited));
        var story = StoryComparer.Compare([a, b]);
        var editedA = SentenceNear(a, Edit.Start);
        var editedB = SentenceNear(b, Edit.Start);
        var unchanged = new List<(int A, int B)>();
        for (var i = 0; i < a.Sentences.Length; i++)
        {
            var start = a.Sentences[i].Start;
            var j = b.SentenceAt(start < Edit.Start ? start : start + Edit.Delta);
            if (i != editedA && j >= 0 && j != editedB)
                unchanged.Add((i, j));
        }
        bool Covers(Divergence d, int x, int y) => d.Sentences.Contains(new SentenceRef(0, x)) && d.Sentences.Contains(new SentenceRef(1, y));
        var onEdited = story.Divergences.Where(d => editedA >= 0 && editedB >= 0 && Covers(d, editedA, editedB)).ToList();
        var falseAlarms = unchanged
            .SelectMany(p => story.Divergences.Where(d => !onEdited.Contains(d) && Covers(d, p.A, p.B)).Select(d => (Pair: p, Divergence: d)))
            .ToList();
        var stray = story.Divergences.Count(d => !onEdited.Contains(d) && !unchanged.Any(p => Covers(d, p.A, p.B)));
        var aligned = story.Alignments.Any(al => al.Sentences.Contains(new SentenceRef(0, editedA)) && al.Sentences.Contains(new SentenceRef(1, editedB)));
        return new EditOutcome(this, onEdited, aligned, unchanged.Count, falseAlarms.Select(f => f.Pair).Distinct().Count(), stray)
        {
            SentenceA = editedA >= 0 ? a.Sentences[editedA].Text : "",
            SentenceB = editedB >= 0 ? b.Sentences[editedB].Text : "",
            FalseAlarms = [.. falseAlarms.Select(f => (a.Sentences[f.Pair.A].Text, f.Divergence))],
        };
    }

    private static int SentenceNear(ArticleAnalysis analysis, int offset)
    {
        var sentence = analysis.SentenceAt(offset);
        return sentence >= 0 || offset == 0 ? sentence : analysis.SentenceAt(offset - 1);
    }
}

/// <summary>What the comparison of one case reported.</summary>
/// <param name="Case">The case.</param>
/// <param name="OnEdited">Divergences reported on the edited sentence and its copy.</param>
/// <param name="Aligned">Whether the edited sentence and its copy were aligned.</param>
/// <param name="Unchanged">Pairs of unchanged sentences (a sentence of A and its copy in B).</param>
/// <param name="Flagged">Unchanged pairs with any divergence.</param>
/// <param name="Stray">Divergences on neither the edited pair nor an unchanged one (between non-copies).</param>
internal sealed record EditOutcome(EditCase Case, IReadOnlyList<Divergence> OnEdited, bool Aligned, int Unchanged, int Flagged, int Stray)
{
    public bool Hit => OnEdited.Any(d => d.Kind == Case.Editor.Expected);

    public string SentenceA { get; init; } = "";

    public string SentenceB { get; init; } = "";

    /// <summary>Divergences on unchanged pairs, with the sentence of A.</summary>
    public IReadOnlyList<(string Sentence, Divergence Divergence)> FalseAlarms { get; init; } = [];
}
