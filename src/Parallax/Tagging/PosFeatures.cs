namespace Parallax.Tagging;

/// <summary>Feature templates of the part-of-speech tagger: the word, its affixes and shape, and a ±2 word window.</summary>
internal sealed class PosFeatures : FeatureExtractor
{
    public override string Name => "pos-v1";

    public override void Extract(IReadOnlyList<string> words, IReadOnlyList<string>? tags, DocumentContext? document, FeatureBuffer buffer)
    {
        var forms = Forms(words);
        buffer.Reset();
        for (var i = 0; i < forms.Length; i++)
        {
            var w = forms[i];
            var p1 = At(forms, i - 1);
            var p2 = At(forms, i - 2);
            var n1 = At(forms, i + 1);
            var n2 = At(forms, i + 2);
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
            buffer.Add(FeatureHash.Key(13, p1.Lower));
            buffer.Add(FeatureHash.Key(14, n1.Lower));
            buffer.Add(FeatureHash.Key(15, p2.Lower));
            buffer.Add(FeatureHash.Key(16, n2.Lower));
            buffer.Add(FeatureHash.Key(17, p1.Suffix3));
            buffer.Add(FeatureHash.Key(18, n1.Suffix3));
            buffer.Add(FeatureHash.Key(19, p1.Lower, w.Lower));
            buffer.Add(FeatureHash.Key(20, w.Lower, n1.Lower));
            buffer.Add(FeatureHash.Key(21, p1.ShortShape, n1.ShortShape));
            buffer.Add(FeatureHash.Key(22, Flag(w.HasDigit), Flag(w.HasHyphen)));
            buffer.Add(FeatureHash.Key(23, Flag(w.InitialCapital), Flag(i == 0)));
            buffer.Add(FeatureHash.Key(24, Flag(w.AllCapitals), Flag(w.HasPeriod)));
            buffer.Add(FeatureHash.Key(25, w.Suffix3, Flag(w.InitialCapital)));
            buffer.Add(FeatureHash.Key(26, p2.Lower, p1.Lower));
            buffer.Add(FeatureHash.Key(27, n1.Lower, n2.Lower));
            buffer.EndToken();
        }
    }
}
