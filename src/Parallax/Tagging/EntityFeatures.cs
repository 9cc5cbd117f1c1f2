namespace Parallax.Tagging;

/// <summary>
/// Feature templates of the entity recogniser: the part-of-speech templates plus raw neighbouring words,
/// part-of-speech tags, gazetteer membership and usual casing of the word and its neighbours, and whether
/// the sentence is an all-caps headline; with <see cref="WordClusters"/>, also the distributional classes of the word
/// and its neighbours (<c>ner-v4</c>); with <c>firstPass</c>, also what a first reading of the whole document said about
/// the word and its neighbours elsewhere (<see cref="DocumentContext.FirstPassOf"/>; <c>ner-v5</c>, the second of two passes).
/// </summary>
internal sealed class EntityFeatures(WordLexicon lexicon, WordClusters? clusters = null, bool firstPass = false) : FeatureExtractor
{
    public WordLexicon Lexicon { get; } = lexicon;

    /// <summary>The word classes the templates read; null for the cluster-free template set <c>ner-v3</c>.</summary>
    public WordClusters? Clusters { get; } = clusters;

    /// <summary>True for the second pass, which reads the first pass's labels of the same words elsewhere in the document.</summary>
    public bool ReadsFirstPass { get; } = firstPass && clusters is not null;

    public override string Name => Clusters is null ? "ner-v3" : ReadsFirstPass ? "ner-v5" : "ner-v4";

    public override ushort LexiconEntry(string key) => Lexicon[key];

    public override WordClass ClassOf(string word) => Clusters?.Of(word) ?? WordClass.None;

    public override void WordFeatures(in WordForm w, ushort lexicon, WordClass wordClass, FeatureBuffer buffer)
    {
        buffer.Add(FeatureHash.Key(101, 0));
        var known = WordLexicon.Frequent(lexicon);
        buffer.Add(known ? FeatureHash.Key(102, w.Lower) : FeatureHash.Key(155, w.ShortShape));
        buffer.Add(known ? FeatureHash.Key(103, w.Raw) : FeatureHash.Key(156, w.Suffix2));
        buffer.Add(FeatureHash.Key(104, w.Suffix2));
        buffer.Add(FeatureHash.Key(105, w.Suffix3));
        buffer.Add(FeatureHash.Key(106, w.Suffix4));
        buffer.Add(FeatureHash.Key(107, w.Prefix2));
        buffer.Add(FeatureHash.Key(108, w.Prefix3));
        buffer.Add(FeatureHash.Key(109, w.Prefix4));
        buffer.Add(FeatureHash.Key(122, Flag(w.HasDigit), Flag(w.HasHyphen)));
        AddLexicon(buffer, 144UL, lexicon);
        buffer.Add(FeatureHash.Key(153, (ulong)WordLexicon.CaseClass(lexicon), w.ShortShape));
        buffer.Add(FeatureHash.Key(154, (ulong)WordLexicon.Majority(lexicon), (ulong)WordLexicon.TypeMask(lexicon)));
        if (Clusters is null)
            return;
        buffer.Add(FeatureHash.Key(170, wordClass.Fine));
        buffer.Add(FeatureHash.Key(171, wordClass.Middle));
        buffer.Add(FeatureHash.Key(172, wordClass.Coarse, w.ShortShape));
    }

    /// <summary>Computes whether the sentence is an all-caps headline and each word's casing in the document.</summary>
    public override void Prepare(SentenceView sentence)
    {
        var n = sentence.Count;
        var headline = IsHeadline(sentence);
        sentence.SentenceFlag = Flag(headline);
        var documentCase = sentence.Scratch;
        documentCase.Clear();
        var document = sentence.Document;
        for (var i = 0; i < n; i++)
        {
            ref readonly var form = ref sentence.Form(i);
            if (document is not null)
            {
                documentCase[i + 2] = document.CaseOf(form.Key) | (ReadsFirstPass ? document.FirstPassOf(form.Key) << 2 : 0);
                continue;
            }
            // No document: the sentence is its own context (mid-sentence occurrences, none in a headline).
            if (headline)
                continue;
            var value = 0;
            for (var j = 1; j < n; j++)
            {
                ref readonly var other = ref sentence.Form(j);
                if (other.Lower == form.Lower && other.StartsWithLetter)
                    value |= other.InitialCapital ? 2 : 1;
            }
            documentCase[i + 2] = value;
        }
    }

    public override void ContextFeatures(SentenceView sentence, int i, FeatureBuffer buffer)
    {
        ref readonly var w = ref sentence.Form(i);
        ref readonly var p1 = ref sentence.Form(i - 1);
        ref readonly var p2 = ref sentence.Form(i - 2);
        ref readonly var n1 = ref sentence.Form(i + 1);
        ref readonly var n2 = ref sentence.Form(i + 2);
        var headline = sentence.SentenceFlag;
        var first = Flag(i == 0);
        var lexicon = sentence.Lexicon(i);
        var known = WordLexicon.Frequent(lexicon);
        buffer.Add(FeatureHash.Key(110, w.Shape, first));
        buffer.Add(FeatureHash.Key(111, w.ShortShape, headline));
        buffer.Add(FeatureHash.Key(112, p1.Lower));
        buffer.Add(FeatureHash.Key(113, n1.Lower));
        buffer.Add(FeatureHash.Key(114, p2.Lower));
        buffer.Add(FeatureHash.Key(115, n2.Lower));
        buffer.Add(FeatureHash.Key(116, p1.Raw));
        buffer.Add(FeatureHash.Key(117, n1.Raw));
        buffer.Add(FeatureHash.Key(118, p1.Lower, w.Lower));
        buffer.Add(FeatureHash.Key(119, w.Lower, n1.Lower));
        buffer.Add(FeatureHash.Key(120, FeatureHash.Combine(p1.ShortShape, w.ShortShape, n1.ShortShape)));
        buffer.Add(FeatureHash.Key(121, known ? w.Lower : 0, first));
        buffer.Add(FeatureHash.Key(123, Flag(w.AllCapitals), headline));
        buffer.Add(FeatureHash.Key(124, p1.Suffix3));
        buffer.Add(FeatureHash.Key(125, n1.Suffix3));
        buffer.Add(FeatureHash.Key(126, p1.Lower, w.ShortShape));
        buffer.Add(FeatureHash.Key(127, w.ShortShape, n1.Lower));
        ulong tag = sentence.Tag(i), before = sentence.Tag(i - 1), after = sentence.Tag(i + 1);
        buffer.Add(FeatureHash.Key(130, tag));
        buffer.Add(FeatureHash.Key(131, before));
        buffer.Add(FeatureHash.Key(132, after));
        buffer.Add(FeatureHash.Key(133, before, tag));
        buffer.Add(FeatureHash.Key(134, tag, after));
        buffer.Add(FeatureHash.Key(135, tag, w.ShortShape));
        AddLexicon(buffer, 140UL, sentence.Lexicon(i - 1));
        buffer.Add(FeatureHash.Key(142, (ulong)WordLexicon.CaseClass(sentence.Lexicon(i - 1)), 2UL));
        buffer.Add(FeatureHash.Key(146, (ulong)WordLexicon.CaseClass(lexicon), Flag(i == 0 || headline == 1UL)));
        AddLexicon(buffer, 148UL, sentence.Lexicon(i + 1));
        buffer.Add(FeatureHash.Key(150, (ulong)WordLexicon.CaseClass(sentence.Lexicon(i + 1)), 2UL));
        var documentCase = sentence.Scratch;
        buffer.Add(FeatureHash.Key(160, (ulong)(documentCase[i + 2] & 3), Flag(i == 0 || headline == 1UL)));
        buffer.Add(FeatureHash.Key(161, (ulong)(documentCase[i + 2] & 3), w.ShortShape));
        buffer.Add(FeatureHash.Key(162, (ulong)(documentCase[i + 1] & 3), (ulong)(documentCase[i + 3] & 3)));
        if (Clusters is null)
            return;
        WordClass previousClass = sentence.Class(i - 1), wordClass = sentence.Class(i), nextClass = sentence.Class(i + 1);
        buffer.Add(FeatureHash.Key(173, previousClass.Fine));
        buffer.Add(FeatureHash.Key(174, nextClass.Fine));
        buffer.Add(FeatureHash.Key(175, previousClass.Middle, wordClass.Middle));
        buffer.Add(FeatureHash.Key(176, wordClass.Middle, nextClass.Middle));
        if (ReadsFirstPass)
            FirstPassFeatures(documentCase[i + 1] >> 2, documentCase[i + 2] >> 2, documentCase[i + 3] >> 2, Flag(i == 0 || headline == 1UL), w, buffer);
    }

    /// <summary>The first reading's types for this word and its neighbours elsewhere in the document (packed as <see cref="DocumentContext.FirstPassOf"/>).</summary>
    private static void FirstPassFeatures(int previous, int current, int next, ulong firstOrHeadline, in WordForm w, FeatureBuffer buffer)
    {
        ulong types = (ulong)(current & 15), majority = (ulong)((current >> 4) & 7), share = (ulong)((current >> 7) & 3), count = (ulong)((current >> 9) & 3);
        ulong before = (ulong)((previous >> 4) & 7), after = (ulong)((next >> 4) & 7);
        buffer.Add(FeatureHash.Key(180, types));
        buffer.Add(FeatureHash.Key(181, majority, share));
        buffer.Add(FeatureHash.Key(182, majority, firstOrHeadline));
        buffer.Add(FeatureHash.Key(183, majority, w.ShortShape));
        buffer.Add(FeatureHash.Key(184, FeatureHash.Combine(before, majority, after)));
        buffer.Add(FeatureHash.Key(185, before, majority));
        buffer.Add(FeatureHash.Key(186, majority, after));
        buffer.Add(FeatureHash.Key(187, majority, count));
    }

    /// <summary>True when most words of the sentence (and more than one) are written in capitals.</summary>
    public static bool IsHeadline(SentenceView sentence)
    {
        int letters = 0, caps = 0;
        foreach (ref readonly var form in sentence.Forms)
        {
            if (!form.IsPunctuation && (form.HasLower || form.AllCapitals))
            {
                letters++;
                if (form.AllCapitals)
                    caps++;
            }
        }
        return letters > 1 && caps * 2 > letters;
    }

    /// <summary>Gazetteer types and majority label of one lexicon entry (templates <paramref name="template"/> and +1).</summary>
    private static void AddLexicon(FeatureBuffer buffer, ulong template, ushort entry)
    {
        var mask = WordLexicon.TypeMask(entry);
        for (var t = 0; t < WordLexicon.TypeCount; t++)
        {
            if ((mask & (1 << t)) != 0)
                buffer.Add(FeatureHash.Key(template, (ulong)t));
        }
        buffer.Add(FeatureHash.Key(template + 1, (ulong)WordLexicon.Majority(entry)));
    }
}
