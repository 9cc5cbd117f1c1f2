using Parallax.Documents;

namespace Parallax.Tagging;

/// <summary>
/// Named-entity recogniser (PER, ORG, LOC, MISC) over one sentence of words. Decoding is constrained Viterbi
/// over IOB2 labels, so every span is well formed. With a <see cref="FirstPass"/> model it reads a document twice:
/// the first reading labels every sentence, the second reads those labels of the same words elsewhere in the
/// document as features (Ratinov &amp; Roth 2009's two-stage prediction aggregation). Thread-safe; <see cref="Default"/>
/// loads the shipped models on first use.
/// </summary>
internal sealed class EntityTagger
{
    private static readonly Lazy<EntityTagger> Shipped = new(() =>
    {
        var firstPass = Task.Factory.StartNew(() => ModelFormat.ReadEmbedded("ner-first-pass.model.br"), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var model = ModelFormat.ReadEmbedded("ner.model.br");
        return new EntityTagger(model, PosTagger.Default) { FirstPass = firstPass.GetAwaiter().GetResult() };
    });

    private readonly PosTagger? _posTagger;
    private (string? Type, int Inside)[]? _beginnings;

    public EntityTagger(LinearChainModel model, PosTagger? posTagger)
    {
        Model = model;
        _posTagger = posTagger;
    }

    public static EntityTagger Default => Shipped.Value;

    /// <summary>The model that gives the final labels (the second pass when <see cref="FirstPass"/> is set).</summary>
    public LinearChainModel Model { get; }

    /// <summary>The model of the first reading, whose labels <see cref="Model"/> reads; null for a one-pass tagger.</summary>
    public LinearChainModel? FirstPass { get; init; }

    /// <summary>True when the training text wrote <paramref name="word"/> inside sentences only in lower case: a common word ("Choosing", "Coach"), not a name.</summary>
    public bool IsCommonWord(string word) => WordLexicon.NewsCaseClass(Model.Features.LexiconEntry(WordForm.KeyOf(word))) == 1;

    /// <summary>True when the recogniser's training text never has <paramref name="word"/>, in any case.</summary>
    public bool IsUnseen(string word) => Model.Features.LexiconEntry(WordForm.KeyOf(word)) == 0;

    /// <summary>Divides perceptron scores before the softmax that gives <see cref="TaggedSpan.Confidence"/>.</summary>
    public float Temperature { get; init; } = 4f;

    /// <summary>IOB2 labels, one per word.</summary>
    public string[] Labels(IReadOnlyList<string> words, IReadOnlyList<string>? pos = null, DocumentContext? document = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        pos ??= _posTagger?.Tag(words);
        if (FirstPass is not null)
            document = Read([words], pos is null ? null : [pos], document);
        var path = Model.Decode(Model.Emissions(words, pos, document), words.Count);
        return [.. path.Select(y => Model.Labels[y])];
    }

    /// <summary>The entities of each sentence of one document, read with the document's own capitalisation (and first reading) as context.</summary>
    public IReadOnlyList<IReadOnlyList<TaggedSpan>> TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<IReadOnlyList<string>>? pos = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        if (pos is null && _posTagger is not null)
            pos = [.. sentences.Select(_posTagger.Tag)];
        var document = Read(sentences, pos);
        var result = new IReadOnlyList<TaggedSpan>[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
            result[s] = Tag(sentences[s], pos?[s], document);
        return result;
    }

    /// <summary>
    /// The context <see cref="Tag"/> reads the sentences of one document with: their capitalisation and, with a
    /// <see cref="FirstPass"/>, its labels of every sentence. <paramref name="document"/> is the capitalisation context
    /// when already built. Sentences are read in parallel when there are many.
    /// </summary>
    public DocumentContext Read(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<IReadOnlyList<string>>? pos, DocumentContext? document = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        document ??= new DocumentContext(sentences);
        if (FirstPass is null || document.HasFirstPass)
            return document;
        var labels = new string[sentences.Count][];
        void ReadSentence(int s)
        {
            var words = sentences[s];
            var tagHashes = TagHashes(words, pos?[s]);
            var view = FeatureExtractor.RentView();
            view.StartWithTagHashes(words.Count, tagHashes, document);
            var emissions = Scratch.Floats(words.Count * FirstPass.Labels.Length);
            FirstPass.Score(words, view, emissions);
            var path = Scratch.Ints(words.Count);
            FirstPass.Decode(emissions, words.Count, path);
            var row = labels[s] = new string[words.Count];
            for (var i = 0; i < row.Length; i++)
                row[i] = FirstPass.Labels[path[i]];
        }
        if (sentences.Count < 64)
        {
            for (var s = 0; s < sentences.Count; s++)
                ReadSentence(s);
        }
        else
        {
            Parallel.For(0, sentences.Count, ReadSentence);
        }
        return document.WithFirstPass(sentences, labels);
    }

    /// <summary>
    /// The entities of one sentence; <paramref name="pos"/> are its Penn Treebank tags, computed when null;
    /// <paramref name="document"/> is the context of its document from <see cref="Read"/> (the sentence alone when null).
    /// </summary>
    public IReadOnlyList<TaggedSpan> Tag(IReadOnlyList<string> words, IReadOnlyList<string>? pos = null, DocumentContext? document = null)
        => Tag(words, pos, document, null);

    /// <summary>
    /// As <see cref="Tag(IReadOnlyList{string}, IReadOnlyList{string}?, DocumentContext?)"/>, and fills <paramref name="guesses"/>
    /// (one per word) with the entity type the model finds most probable for each word and that probability (its
    /// B- and I- marginals), even where the best path says O: what a name the model left out most likely is.
    /// </summary>
    public IReadOnlyList<TaggedSpan> Tag(IReadOnlyList<string> words, IReadOnlyList<string>? pos, DocumentContext? document, TypeGuess[]? guesses)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count == 0)
            return [];
        var n = words.Count;
        var labelCount = Model.Labels.Length;
        if (FirstPass is not null && document is not { HasFirstPass: true })
        {
            pos ??= _posTagger?.Tag(words);
            document = Read([words], pos is null ? null : [pos], document);
        }
        var tagHashes = TagHashes(words, pos);
        var view = FeatureExtractor.RentView();
        view.StartWithTagHashes(n, tagHashes, document);
        var emissions = new float[n * labelCount];
        Model.Score(words, view, emissions);
        var path = Model.Decode(emissions, n);
        var labels = new string[n];
        for (var i = 0; i < n; i++)
            labels[i] = Model.Labels[path[i]];
        var spans = BioLabels.Spans(labels);
        if (spans.Count == 0 && guesses is null)
            return [];
        var marginals = new float[n * labelCount];
        SequenceDecoder.Marginals(emissions, n, labelCount, Model.ConstrainedStart, Model.ConstrainedTransitions, Temperature, marginals);
        if (guesses is not null)
            Guess(marginals, n, guesses);
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

    private void Guess(float[] marginals, int n, TypeGuess[] guesses)
    {
        var labelCount = Model.Labels.Length;
        var beginnings = _beginnings ??= Beginnings(Model.Labels);
        for (var t = 0; t < n; t++)
        {
            var best = new TypeGuess("", 0);
            for (var y = 0; y < labelCount; y++)
            {
                var (type, inside) = beginnings[y];
                if (type is null)
                    continue;
                var p = marginals[t * labelCount + y] + (inside >= 0 ? marginals[t * labelCount + inside] : 0);
                if (p > best.Probability)
                    best = new TypeGuess(type, p);
            }
            guesses[t] = best;
        }
    }

    /// <summary>Per label, for a B- label its entity type and the index of its I- label (-1 when none); a null type for the others.</summary>
    private static (string? Type, int Inside)[] Beginnings(string[] labels)
        => [.. labels.Select(label => label.Length < 3 || label[0] != 'B' ? ((string?)null, -1) : (label[2..], Array.IndexOf(labels, "I" + label[1..])))];

    /// <summary>The hashes of the sentence's part-of-speech tags (given, or from the tagger), in this thread's scratch array.</summary>
    private Span<ulong> TagHashes(IReadOnlyList<string> words, IReadOnlyList<string>? pos)
    {
        var n = words.Count;
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
        return tagHashes;
    }
}

/// <summary>The entity type a model finds most probable for one word, and how probable ("" and 0 when none).</summary>
internal readonly record struct TypeGuess(string Type, float Probability);
