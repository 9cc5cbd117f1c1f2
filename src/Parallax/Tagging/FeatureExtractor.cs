using Parallax.Documents;

namespace Parallax.Tagging;

/// <summary>
/// Turns one sentence into hashed feature keys per token, in two parts: keys that depend on the word alone
/// (<see cref="WordFeatures"/>; the runtime scores them once per distinct word and caches the result) and keys that
/// depend on its neighbours, position, tags or document (<see cref="ContextFeatures"/>).
/// Implementations are stateless apart from their lexicon.
/// </summary>
internal abstract class FeatureExtractor
{
    [ThreadStatic]
    private static SentenceView? _view;

    /// <summary>Names the template set; stored in a model so the runtime uses the extractor it was trained with.</summary>
    public abstract string Name { get; }

    /// <summary>The lexicon entry of a <see cref="WordForm.Key"/> (0 when the extractor has no lexicon).</summary>
    public virtual ushort LexiconEntry(string key) => 0;

    /// <summary>The distributional classes of a word as written (none when the extractor uses no clusters).</summary>
    public virtual WordClass ClassOf(string word) => WordClass.None;

    /// <summary>Adds the keys of <paramref name="word"/> that do not depend on where it stands.</summary>
    public abstract void WordFeatures(in WordForm word, ushort lexicon, WordClass wordClass, FeatureBuffer buffer);

    /// <summary>Computes per-sentence facts (after the view's words, lexicon entries and tags are filled).</summary>
    public virtual void Prepare(SentenceView sentence)
    {
    }

    /// <summary>Adds the keys of token <paramref name="i"/> that depend on its context.</summary>
    public abstract void ContextFeatures(SentenceView sentence, int i, FeatureBuffer buffer);

    /// <summary>Every key of every token (training, and the reference the cached runtime path must match).</summary>
    public void Extract(IReadOnlyList<string> words, IReadOnlyList<string>? tags, DocumentContext? document, FeatureBuffer buffer)
    {
        var view = _view ??= new SentenceView();
        view.Start(words.Count, tags, document);
        for (var i = 0; i < words.Count; i++)
        {
            var form = WordForm.Of(words[i]);
            view.Set(i, form, LexiconEntry(form.Key), ClassOf(words[i]));
        }
        Prepare(view);
        buffer.Reset();
        for (var i = 0; i < words.Count; i++)
        {
            WordFeatures(view.Forms[i], view.Lexicon(i), view.Class(i), buffer);
            ContextFeatures(view, i, buffer);
            buffer.EndToken();
        }
    }

    /// <summary>A thread's reusable view for the runtime path.</summary>
    public static SentenceView RentView() => _view ??= new SentenceView();

    protected static ulong Flag(bool value) => value ? 1UL : 2UL;
}

/// <summary>
/// One sentence as the feature templates see it: word forms, lexicon entries and tag hashes, padded so that
/// index -1 and n read as sentence boundaries. Reused between sentences (one per thread).
/// </summary>
internal sealed class SentenceView
{
    private WordForm[] _forms = new WordForm[130];
    private ushort[] _lexicon = new ushort[130];
    private WordClass[] _classes = new WordClass[130];
    private ulong[] _tags = new ulong[130];
    private int[] _scratch = new int[130];

    public int Count { get; private set; }

    public DocumentContext? Document { get; private set; }

    /// <summary>Form of token i; boundary forms at -1 and <see cref="Count"/> (and beyond, up to ±2).</summary>
    public ReadOnlySpan<WordForm> Forms => _forms.AsSpan(2, Count);

    public ref readonly WordForm Form(int i) => ref _forms[i + 2];

    public ushort Lexicon(int i) => _lexicon[i + 2];

    /// <summary>Distributional classes of token i (<see cref="WordClass.None"/> at the boundaries).</summary>
    public WordClass Class(int i) => _classes[i + 2];

    /// <summary>Hash of the tag of token i (<see cref="FeatureHash.None"/> outside the sentence or without tags).</summary>
    public ulong Tag(int i) => _tags[i + 2];

    /// <summary>Per-token integers an extractor may compute in <see cref="FeatureExtractor.Prepare"/> (padded like the forms).</summary>
    public Span<int> Scratch => _scratch.AsSpan(0, Count + 4);

    /// <summary>A per-sentence flag an extractor may compute in <see cref="FeatureExtractor.Prepare"/>.</summary>
    public ulong SentenceFlag { get; set; }

    public void Start(int count, IReadOnlyList<string>? tags, DocumentContext? document)
    {
        if (count + 4 > _forms.Length)
        {
            var size = Math.Max(count + 4, _forms.Length * 2);
            _forms = new WordForm[size];
            _lexicon = new ushort[size];
            _classes = new WordClass[size];
            _tags = new ulong[size];
            _scratch = new int[size];
        }
        Count = count;
        Document = document;
        SentenceFlag = 0;
        for (var b = 0; b < 2; b++)
        {
            _forms[b] = _forms[count + 2 + b] = WordForm.Boundary;
            _lexicon[b] = _lexicon[count + 2 + b] = 0;
            _classes[b] = _classes[count + 2 + b] = WordClass.None;
            _tags[b] = _tags[count + 2 + b] = FeatureHash.None;
        }
        for (var i = 0; i < count; i++)
            _tags[i + 2] = tags is null ? FeatureHash.None : FeatureHash.Of(tags[i]);
    }

    public void StartWithTagHashes(int count, ReadOnlySpan<ulong> tagHashes, DocumentContext? document)
    {
        Start(count, null, document);
        tagHashes.CopyTo(_tags.AsSpan(2, count));
    }

    public void Set(int i, in WordForm form, ushort lexicon, WordClass wordClass)
    {
        _forms[i + 2] = form;
        _lexicon[i + 2] = lexicon;
        _classes[i + 2] = wordClass;
    }
}
