namespace Parallax.Tagging;

/// <summary>
/// Feature templates of the part-of-speech tagger: the word, its affixes and shape, a ±2 word window, and how the
/// word and its neighbours are usually capitalised mid-sentence in the training text (<see cref="WordLexicon.CaseClass"/>:
/// the cue that "Team" opening an e-mail or "Risk" in a signature is a common noun) and, with <see cref="WordClusters"/>,
/// the distributional classes of the word and its neighbours (<c>pos-v4</c>).
/// </summary>
internal sealed class PosFeatures(WordLexicon lexicon, WordClusters? clusters = null) : FeatureExtractor
{
    public PosFeatures()
        : this(WordLexicon.Empty)
    {
    }

    public WordLexicon Lexicon { get; } = lexicon;

    /// <summary>The word classes the templates read; null for the cluster-free template set <c>pos-v3</c>.</summary>
    public WordClusters? Clusters { get; } = clusters;

    public override string Name => Clusters is null ? "pos-v3" : "pos-v4";

    public override ushort LexiconEntry(string key) => Lexicon[key];

    public override WordClass ClassOf(string word) => Clusters?.Of(word) ?? WordClass.None;

    public override void WordFeatures(in WordForm w, ushort lexicon, WordClass wordClass, FeatureBuffer buffer)
    {
        buffer.Add(FeatureHash.Key(1, 0));
        buffer.Add(FeatureHash.Key(2, w.Lower));
        buffer.Add(FeatureHash.Key(3, w.Raw));
        buffer.Add(FeatureHash.Key(4, w.Suffix1));
        buffer.Add(FeatureHash.Key(5, w.Suffix2));
        buffer.Add(FeatureHash.Key(6, w.Suffix3));
        buffer.Add(FeatureHash.Key(7, w.Suffix4));
        buffer.Add(FeatureHash.Key(8, w.Prefix1));
        buffer.Add(FeatureHash.Key(9, w.Prefix2));
        buffer.Add(FeatureHash.Key(10, w.Prefix3));
        buffer.Add(FeatureHash.Key(11, w.Shape));
        buffer.Add(FeatureHash.Key(12, w.ShortShape));
        buffer.Add(FeatureHash.Key(22, Flag(w.HasDigit), Flag(w.HasHyphen)));
        buffer.Add(FeatureHash.Key(24, Flag(w.AllCapitals), Flag(w.HasPeriod)));
        buffer.Add(FeatureHash.Key(25, w.Suffix3, Flag(w.InitialCapital)));
    }

    /// <summary>Marks an all-caps headline (news; web text has none), so its words can follow their own conventions.</summary>
    public override void Prepare(SentenceView sentence) => sentence.SentenceFlag = Flag(EntityFeatures.IsHeadline(sentence));

    public override void ContextFeatures(SentenceView sentence, int i, FeatureBuffer buffer)
    {
        ref readonly var w = ref sentence.Form(i);
        ref readonly var p1 = ref sentence.Form(i - 1);
        ref readonly var p2 = ref sentence.Form(i - 2);
        ref readonly var n1 = ref sentence.Form(i + 1);
        ref readonly var n2 = ref sentence.Form(i + 2);
        var first = Flag(i == 0);
        var casing = (ulong)WordLexicon.CaseClass(sentence.Lexicon(i));
        var casingBefore = (ulong)WordLexicon.CaseClass(sentence.Lexicon(i - 1));
        var casingAfter = (ulong)WordLexicon.CaseClass(sentence.Lexicon(i + 1));
        buffer.Add(FeatureHash.Key(13, p1.Lower));
        buffer.Add(FeatureHash.Key(14, n1.Lower));
        buffer.Add(FeatureHash.Key(15, p2.Lower));
        buffer.Add(FeatureHash.Key(16, n2.Lower));
        buffer.Add(FeatureHash.Key(17, p1.Suffix3));
        buffer.Add(FeatureHash.Key(18, n1.Suffix3));
        buffer.Add(FeatureHash.Key(19, p1.Lower, w.Lower));
        buffer.Add(FeatureHash.Key(20, w.Lower, n1.Lower));
        buffer.Add(FeatureHash.Key(21, p1.ShortShape, n1.ShortShape));
        buffer.Add(FeatureHash.Key(23, Flag(w.InitialCapital), first));
        buffer.Add(FeatureHash.Key(26, p2.Lower, p1.Lower));
        buffer.Add(FeatureHash.Key(27, n1.Lower, n2.Lower));
        buffer.Add(FeatureHash.Key(28, casing, FeatureHash.Combine(w.ShortShape, first)));
        buffer.Add(FeatureHash.Key(29, casingBefore, casingAfter));
        buffer.Add(FeatureHash.Key(30, FeatureHash.Combine(casingBefore, casing, casingAfter), Flag(w.InitialCapital)));
        buffer.Add(FeatureHash.Key(31, p1.ShortShape, w.ShortShape));
        buffer.Add(FeatureHash.Key(32, w.ShortShape, n1.ShortShape));
        buffer.Add(FeatureHash.Key(33, w.Lower, first));
        var headline = sentence.SentenceFlag;
        buffer.Add(FeatureHash.Key(34, w.Lower, headline));
        buffer.Add(FeatureHash.Key(35, FeatureHash.Combine(p1.ShortShape, w.ShortShape, n1.ShortShape), headline));
        if (Clusters is null)
            return;
        // A capital at the start of a sentence or in a headline says nothing: read those words by their lowercase class.
        var caps = headline == 1UL;
        WordClass before = sentence.Class(i - 1).Where(caps || i == 1), current = sentence.Class(i).Where(caps || i == 0), after = sentence.Class(i + 1).Where(caps);
        buffer.Add(FeatureHash.Key(36, current.Fine));
        buffer.Add(FeatureHash.Key(37, current.Middle));
        buffer.Add(FeatureHash.Key(38, current.Coarse));
        buffer.Add(FeatureHash.Key(39, current.Fine, Flag(w.InitialCapital)));
        buffer.Add(FeatureHash.Key(40, before.Fine));
        buffer.Add(FeatureHash.Key(41, after.Fine));
        buffer.Add(FeatureHash.Key(42, FeatureHash.Combine(before.Coarse, current.Coarse, after.Coarse)));
        buffer.Add(FeatureHash.Key(43, before.Middle, current.Middle));
        buffer.Add(FeatureHash.Key(44, current.Middle, after.Middle));
    }
}
