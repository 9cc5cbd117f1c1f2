namespace Parallax.Tagging;

/// <summary>
/// Feature templates of the entity recogniser: the part-of-speech templates plus raw neighbouring words,
/// part-of-speech tags, gazetteer membership and usual casing of the word and its neighbours, and whether
/// the sentence is an all-caps headline.
/// </summary>
internal sealed class EntityFeatures(WordLexicon lexicon) : FeatureExtractor
{
    public WordLexicon Lexicon { get; } = lexicon;

    public override string Name => "ner-v3";

    public override void Extract(IReadOnlyList<string> words, IReadOnlyList<string>? tags, DocumentContext? document, FeatureBuffer buffer)
    {
        var forms = Forms(words);
        var n = forms.Length;
        var lex = new ushort[n + 2];
        var pos = new ulong[n + 2];
        int letters = 0, caps = 0;
        for (var i = 0; i < n; i++)
        {
            lex[i + 1] = Lexicon[forms[i].Key];
            pos[i + 1] = tags is null ? FeatureHash.None : FeatureHash.Of(tags[i]);
            if (!forms[i].IsPunctuation && (forms[i].HasLower || forms[i].AllCapitals))
            {
                letters++;
                if (forms[i].AllCapitals)
                    caps++;
            }
        }
        pos[0] = pos[n + 1] = FeatureHash.None;
        var headline = Flag(letters > 1 && caps * 2 > letters);
        document ??= new DocumentContext([words]);
        buffer.Reset();
        for (var i = 0; i < n; i++)
        {
            var w = forms[i];
            var p1 = At(forms, i - 1);
            var p2 = At(forms, i - 2);
            var n1 = At(forms, i + 1);
            var n2 = At(forms, i + 2);
            var first = Flag(i == 0);
            buffer.Add(FeatureHash.Key(101, 0));
            var known = WordLexicon.Frequent(lex[i + 1]);
            buffer.Add(known ? FeatureHash.Key(102, w.Lower) : FeatureHash.Key(155, w.ShortShape));
            buffer.Add(known ? FeatureHash.Key(103, w.Raw) : FeatureHash.Key(156, w.Suffix2));
            buffer.Add(FeatureHash.Key(104, w.Suffix2));
            buffer.Add(FeatureHash.Key(105, w.Suffix3));
            buffer.Add(FeatureHash.Key(106, w.Suffix4));
            buffer.Add(FeatureHash.Key(107, w.Prefix2));
            buffer.Add(FeatureHash.Key(108, w.Prefix3));
            buffer.Add(FeatureHash.Key(109, w.Prefix4));
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
            buffer.Add(FeatureHash.Key(122, Flag(w.HasDigit), Flag(w.HasHyphen)));
            buffer.Add(FeatureHash.Key(123, Flag(w.AllCapitals), headline));
            buffer.Add(FeatureHash.Key(124, p1.Suffix3));
            buffer.Add(FeatureHash.Key(125, n1.Suffix3));
            buffer.Add(FeatureHash.Key(126, p1.Lower, w.ShortShape));
            buffer.Add(FeatureHash.Key(127, w.ShortShape, n1.Lower));
            buffer.Add(FeatureHash.Key(130, pos[i + 1]));
            buffer.Add(FeatureHash.Key(131, pos[i]));
            buffer.Add(FeatureHash.Key(132, pos[i + 2]));
            buffer.Add(FeatureHash.Key(133, pos[i], pos[i + 1]));
            buffer.Add(FeatureHash.Key(134, pos[i + 1], pos[i + 2]));
            buffer.Add(FeatureHash.Key(135, pos[i + 1], w.ShortShape));
            for (var offset = -1; offset <= 1; offset++)
            {
                var entry = lex[i + 1 + offset];
                var mask = WordLexicon.TypeMask(entry);
                var template = 140UL + (ulong)(offset + 1) * 4;
                for (var t = 0; t < WordLexicon.TypeCount; t++)
                {
                    if ((mask & (1 << t)) != 0)
                        buffer.Add(FeatureHash.Key(template, (ulong)t));
                }
                buffer.Add(FeatureHash.Key(template + 1, (ulong)WordLexicon.Majority(entry)));
                buffer.Add(FeatureHash.Key(template + 2, (ulong)WordLexicon.CaseClass(entry), Flag(offset == 0 && (i == 0 || headline == 1UL))));
            }
            buffer.Add(FeatureHash.Key(153, (ulong)WordLexicon.CaseClass(lex[i + 1]), w.ShortShape));
            buffer.Add(FeatureHash.Key(154, (ulong)WordLexicon.Majority(lex[i + 1]), (ulong)WordLexicon.TypeMask(lex[i + 1])));
            var documentCase = (ulong)document.CaseOf(w.Key);
            buffer.Add(FeatureHash.Key(160, documentCase, Flag(i == 0 || headline == 1UL)));
            buffer.Add(FeatureHash.Key(161, documentCase, w.ShortShape));
            buffer.Add(FeatureHash.Key(162, (ulong)document.CaseOf(p1.Key), (ulong)document.CaseOf(n1.Key)));
            buffer.EndToken();
        }
    }
}
