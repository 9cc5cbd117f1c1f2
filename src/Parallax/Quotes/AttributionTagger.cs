using System.Collections.Concurrent;
using System.Collections.Immutable;
using Parallax.Documents;
using Parallax.Tagging;

namespace Parallax.Quotes;

/// <summary>
/// The trained attribution labeller: a linear-chain perceptron (<see cref="AttributionFeatures"/>) that marks each
/// token of a sentence as part of a source, a cue or a content (IOB2), trained on PolNeAR train by the bench
/// command <c>train attribution</c> and shipped as <c>Models/attribution.model.br</c>. <see cref="Find"/> turns the
/// labels of each sentence into candidates: every cue that holds a word often a cue in training text, with its nearest
/// source (before it, or just after it) and its nearest content.
/// </summary>
internal sealed class AttributionTagger(LinearChainModel model, LinearChainModel? firstPass = null)
{
    /// <summary>The labels, in the order the model stores them.</summary>
    public static readonly string[] Labels = ["O", "B-SRC", "I-SRC", "B-CUE", "I-CUE", "B-CON", "I-CON"];

    private static readonly Lazy<AttributionTagger> Shipped = new(() =>
    {
        var model = ModelFormat.ReadEmbedded("attribution.model.br");
        return new AttributionTagger(model, model.Features is AttributionFeatures { SecondPass: true } ? ModelFormat.ReadEmbedded("attribution-first-pass.model.br") : null);
    });

    public static AttributionTagger Default => Shipped.Value;

    /// <summary>The labeller (the second reading when <see cref="FirstPass"/> is set).</summary>
    public LinearChainModel Model { get; } = model;

    /// <summary>The first reading whose labels the second-pass <see cref="Model"/> reads, or null for a one-pass labeller.</summary>
    public LinearChainModel? FirstPass { get; } = firstPass;

    /// <summary>The words of a sentence as the model reads them.</summary>
    public static string[] WordsOf(QuotedText text, int sentence)
    {
        var first = text.FirstOf(sentence);
        var words = new string[text.LastOf(sentence) - first + 1];
        for (var i = 0; i < words.Length; i++)
            words[i] = text.TextOf(first + i, first + i);
        return words;
    }

    /// <summary>Per token, its part-of-speech tag joined with its place against quotation marks ("NNP|i": inside a quote).</summary>
    public static string[] TagsOf(QuotedText text, int sentence, IReadOnlyList<string> words)
    {
        var first = text.FirstOf(sentence);
        var pos = text.Document.PartsOfSpeech;
        var tags = pos.Length == text.Count ? null : PosTagger.Default.Tag(words);
        var result = new string[words.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var t = first + i;
            var place = text.IsQuoteMark(t) ? 0 : text.RegionOf[t] >= 0 ? 1 : 2;
            result[i] = PlacedTags.GetOrAdd(tags is null ? pos[t] : tags[i], Placed)[place];
        }
        return result;
    }

    /// <summary>Per part-of-speech tag, it joined with each place against quotation marks (see <see cref="TagsOf"/>).</summary>
    private static readonly ConcurrentDictionary<string, string[]> PlacedTags = new(StringComparer.Ordinal);

    private static string[] Placed(string tag) => [tag + "|m", tag + "|i", tag + "|o"];

    /// <summary>
    /// Whether a labelled cue and content without a labelled source are kept, with -1 as the source (the caller reads
    /// the cue's subject itself, see <see cref="AttributionRules.TrySubjectOf"/>).
    /// </summary>
    public bool SubjectlessCues { get; init; }

    public List<Candidate> Find(QuotedText text)
    {
        var found = new List<Candidate>();
        var read = new List<Candidate>();
        for (var s = 0; s < text.Document.Sentences.Length; s++)
        {
            var emissions = EmissionsOf(text, s);
            if (emissions is null)
                continue;
            var tokens = text.LastOf(s) - text.FirstOf(s) + 1;
            var outside = OutsideScores(emissions);
            var path = Decode(Model, emissions, tokens, OutsideBias);
            var before = found.Count;
            Read(text, s, path, found, MinimumCueRate);
            if (RecoveryBias <= 0 || !path.Contains(CueBegin))
                continue;
            // A labelled cue that found no source or content: the sentence read again with "outside" worth much less,
            // keeping only what that reading pairs with such a cue.
            var first = text.FirstOf(s);
            var alone = new bool[path.Length];
            for (var i = 0; i < path.Length; i++)
                alone[i] = path[i] is CueBegin or CueBegin + 1 && !found.Skip(before).Any(c => c.CueFirst <= first + i && first + i <= c.CueLast);
            if (!alone.Contains(true))
                continue;
            read.Clear();
            // The emissions are the first reading's: only the decoding differs.
            for (var i = 0; i < outside.Length; i++)
                emissions[i * Labels.Length] = outside[i];
            Read(text, s, Decode(Model, emissions, tokens, OutsideBias + RecoveryBias), read, MinimumCueRate);
            found.AddRange(read.Where(c => Enumerable.Range(c.CueFirst - first, c.CueLast - c.CueFirst + 1).Any(i => alone[i])
                && !found.Skip(before).Any(f => f.CueFirst <= c.CueLast && c.CueFirst <= f.CueLast)));
        }
        return found;
    }

    /// <summary>Each token's "outside" score (label 0), which <see cref="Decode(LinearChainModel, float[], int, float)"/> lowers in place.</summary>
    private static float[] OutsideScores(float[] emissions)
    {
        var outside = new float[emissions.Length / Labels.Length];
        for (var i = 0; i < outside.Length; i++)
            outside[i] = emissions[i * Labels.Length];
        return outside;
    }

    /// <summary>The best label index per token of a sentence, with <see cref="OutsideBias"/> taken from every "O" score.</summary>
    public int[] Label(QuotedText text, int sentence) => Label(text, sentence, OutsideBias);

    private int[] Label(QuotedText text, int sentence, float outsideBias)
        => EmissionsOf(text, sentence) is { } emissions ? Decode(Model, emissions, text.LastOf(sentence) - text.FirstOf(sentence) + 1, outsideBias) : [];

    // The labeller's scores for each token and label of a sentence (null for a sentence without words).
    private float[]? EmissionsOf(QuotedText text, int sentence)
    {
        var words = WordsOf(text, sentence);
        if (words.Length == 0)
            return null;
        var tags = TagsOf(text, sentence, words);
        var context = FirstPass is null ? null : DocumentContext.OfSentenceLabels(Decode(FirstPass, FirstPass.Emissions(words, tags), words.Length));
        return Model.Emissions(words, tags, context);
    }

    private int[] Decode(LinearChainModel model, float[] emissions, int tokens) => Decode(model, emissions, tokens, OutsideBias);

    private static int[] Decode(LinearChainModel model, float[] emissions, int tokens, float outsideBias)
    {
        if (outsideBias != 0)
        {
            for (var i = 0; i < emissions.Length; i += Labels.Length)
                emissions[i] -= outsideBias;
        }
        return model.Decode(emissions, tokens);
    }

    /// <summary>
    /// How much less "outside" is worth at decoding: above 0 the labeller marks more tokens as a role (recall for precision).
    /// Tuned on a held-out fifth of PolNeAR train (<c>eval-attribution --split train --holdout 0 --bias F</c>).
    /// </summary>
    public float OutsideBias { get; init; } = 10;

    /// <summary>
    /// How much less again "outside" is worth in a second reading of a sentence where a labelled cue found no source or
    /// content at <see cref="OutsideBias"/> (0: no second reading). Tuned on a held-out fifth of PolNeAR train: 20, 40, 60,
    /// 100, 150 gave F1 0.6760, 0.6768, 0.6791, 0.6796, 0.6775 against 0.6750 without.
    /// </summary>
    public float RecoveryBias { get; init; } = 100;

    private const int CueBegin = 3;

    private void Read(QuotedText text, int sentence, int[] path, List<Candidate> found, int minimumRate)
    {
        var first = text.FirstOf(sentence);
        var spans = new List<(string Role, int First, int Last)>();
        for (var i = 0; i < path.Length; i++)
        {
            var label = Labels[path[i]];
            if (label == "O")
                continue;
            var role = label[2..];
            if (label[0] == 'B' || spans.Count == 0 || spans[^1].Role != role || spans[^1].Last != first + i - 1)
                spans.Add((role, first + i, first + i));
            else
                spans[^1] = (role, spans[^1].First, first + i);
        }
        foreach (var cue in spans.Where(x => x.Role == "CUE"))
        {
            if (!IsCueWord(text, cue.First, cue.Last, minimumRate))
                continue;
            var source = Nearest(spans.Where(x => x.Role != "SRC" || x.First < cue.First || x.First - cue.Last <= SourceReach).ToList(), "SRC", cue);
            var content = Nearest(spans, "CON", cue);
            if (content is null || (source is null && !SubjectlessCues))
                continue;
            var (contentSpan, kind) = ContentOf(text, content.Value.First, content.Value.Last);
            var head = cue.First;
            while (head < cue.Last && IsAuxiliary(text.Lower[head]))
                head++;
            var lemma = CueLexicon.TryGet(text.Lower[head], out var entry) ? entry.Lemma : text.Lower[head];
            found.Add(new Candidate(cue.First, cue.Last, lemma, source?.First ?? -1, source?.Last ?? -1, [contentSpan], kind, 0.5));
        }
    }

    /// <summary>The learned cue rate class (0-3) a word of a labelled cue must reach, unless the hand-made lexicon knows it.</summary>
    public int MinimumCueRate { get; init; } = 1;

    // A labelled cue holds a word, auxiliaries aside, that is a cue often enough in training text ("have increased" is not).
    private bool IsCueWord(QuotedText text, int first, int last, int minimumRate)
    {
        if (minimumRate <= 0 || Model.Features is not AttributionFeatures features)
            return true;
        for (var t = first; t <= last; t++)
        {
            if (IsAuxiliary(text.Lower[t]))
                continue;
            var entry = features.LexiconEntry(WordForm.KeyOf(text.TextOf(t, t)));
            // The first word past the auxiliaries decides: "could face domestic criticism" is no cue for holding "criticism".
            return (entry & 0x7) != 0 || ((entry >> 3) & 0x3) >= minimumRate || !char.IsLetter(text.Lower[t][0]);
        }
        return false;
    }

    private static bool IsAuxiliary(string word) => Words.BeforeCue.Contains(word) || word is "is" or "are" or "was" or "were" or "be" or "been" or "being";

    // How far after its cue a source may start ("said on Monday Ana Ruiz"); further on, it is another clause's subject.
    private const int SourceReach = 4;

    // The span of the role closest to the cue, on either side.
    private static (string Role, int First, int Last)? Nearest(List<(string Role, int First, int Last)> spans, string role, (string Role, int First, int Last) cue)
    {
        (string, int, int)? best = null;
        var bestDistance = int.MaxValue;
        foreach (var span in spans)
        {
            if (span.Role != role)
                continue;
            var distance = span.Last < cue.First ? cue.First - span.Last : span.First - cue.Last;
            if (distance < bestDistance)
            {
                best = span;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static (Span Span, QuoteKind Kind) ContentOf(QuotedText text, int first, int last)
    {
        while (first < last && (text.IsQuoteMark(first) || text.IsComma(first)))
            first++;
        while (last > first && (text.IsQuoteMark(last) || text.IsComma(last) || text.IsSentenceEnd(last)))
            last--;
        var region = text.RegionOf[first];
        if (region >= 0 && region == text.RegionOf[last])
            return (text.Regions[region].Inner, QuoteKind.Direct);
        return (new Span(text.Tokens[first].Start, text.Tokens[last].End), QuoteKind.Indirect);
    }
}
