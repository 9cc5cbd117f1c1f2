namespace Parallax.Tagging;

/// <summary>
/// Named-entity recogniser (PER, ORG, LOC, MISC) over one sentence of words. Decoding is constrained Viterbi
/// over IOB2 labels, so every span is well formed. Thread-safe; <see cref="Default"/> loads the shipped model
/// on first use.
/// </summary>
internal sealed class EntityTagger
{
    private static readonly Lazy<EntityTagger> Shipped = new(() => new EntityTagger(ModelFormat.ReadEmbedded("ner.model.br"), PosTagger.Default));

    private readonly PosTagger? _posTagger;

    public EntityTagger(LinearChainModel model, PosTagger? posTagger)
    {
        Model = model;
        _posTagger = posTagger;
    }

    public static EntityTagger Default => Shipped.Value;

    public LinearChainModel Model { get; }

    /// <summary>True when the training text wrote <paramref name="word"/> inside sentences only in lower case: a common word ("Choosing", "Coach"), not a name.</summary>
    public bool IsCommonWord(string word) => WordLexicon.CaseClass(Model.Features.LexiconEntry(WordForm.KeyOf(word))) == 1;

    /// <summary>Divides perceptron scores before the softmax that gives <see cref="TaggedSpan.Confidence"/>.</summary>
    public float Temperature { get; init; } = 4f;

    /// <summary>IOB2 labels, one per word.</summary>
    public string[] Labels(IReadOnlyList<string> words, IReadOnlyList<string>? pos = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        var path = Model.Decode(words, pos ?? _posTagger?.Tag(words));
        return [.. path.Select(y => Model.Labels[y])];
    }

    /// <summary>The entities of each sentence of one document, read with the document's own capitalisation as context.</summary>
    public IReadOnlyList<IReadOnlyList<TaggedSpan>> TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<IReadOnlyList<string>>? pos = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var document = new DocumentContext(sentences);
        var result = new IReadOnlyList<TaggedSpan>[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
            result[s] = Tag(sentences[s], pos?[s], document);
        return result;
    }

    /// <summary>
    /// The entities of one sentence; <paramref name="pos"/> are its Penn Treebank tags, computed when null;
    /// <paramref name="document"/> is the capitalisation context of its document (the sentence alone when null).
    /// </summary>
    public IReadOnlyList<TaggedSpan> Tag(IReadOnlyList<string> words, IReadOnlyList<string>? pos = null, DocumentContext? document = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count == 0)
            return [];
        var n = words.Count;
        var labelCount = Model.Labels.Length;
        var tagHashes = Scratch.Hashes(n);
        if (pos is not null)
        {
            for (var i = 0; i < n; i++)
                tagHashes[i] = FeatureHash.Of(pos[i]);
        }
        else if (_posTagger is not null)
        {
            var posPath = Scratch.Ints(n);
            _posTagger.TagIndexes(words, posPath);
            var posHashes = _posTagger.Model.LabelHashes;
            for (var i = 0; i < n; i++)
                tagHashes[i] = posHashes[posPath[i]];
        }
        else
        {
            tagHashes.Fill(FeatureHash.None);
        }
        var view = FeatureExtractor.RentView();
        view.StartWithTagHashes(n, tagHashes, document);
        var emissions = new float[n * labelCount];
        Model.Score(words, view, emissions);
        var path = Model.Decode(emissions, n);
        var labels = new string[n];
        for (var i = 0; i < n; i++)
            labels[i] = Model.Labels[path[i]];
        var spans = BioLabels.Spans(labels);
        if (spans.Count == 0)
            return [];
        var marginals = new float[n * labelCount];
        SequenceDecoder.Marginals(emissions, n, labelCount, Model.ConstrainedStart, Model.ConstrainedTransitions, Temperature, marginals);
        var result = new TaggedSpan[spans.Count];
        for (var s = 0; s < spans.Count; s++)
        {
            var (first, count, type) = spans[s];
            var confidence = 1.0;
            for (var t = first; t < first + count; t++)
                confidence = Math.Min(confidence, marginals[t * labelCount + path[t]]);
            result[s] = new TaggedSpan(first, count, type, Math.Clamp(confidence, 0, 1));
        }
        return result;
    }
}
