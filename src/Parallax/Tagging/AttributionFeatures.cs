using Parallax.Quotes;

namespace Parallax.Tagging;

/// <summary>
/// Feature templates of the attribution labeller (<c>attr-v1</c>): the word, its shape and classes, a ±3 window of
/// words and of reporting-cue classes (from <see cref="CueLexicon"/>), and per token a "tag" that joins the
/// part-of-speech tag with where the token stands against quotation marks (outside, a mark, inside).
/// </summary>
internal sealed class AttributionFeatures(WordClusters? clusters) : FeatureExtractor
{
    public override string Name => "attr-v1";

    /// <summary>The cue class of a word: 0 none, 1 speech verb, 2 other reporting verb, 3 participle, 4 "according".</summary>
    public override ushort LexiconEntry(string key)
    {
        if (key == "according")
            return 4;
        if (!CueLexicon.TryGet(key, out var entry))
            return 0;
        if ((entry.Flags & CueFlags.Participle) != 0)
            return 3;
        return (entry.Flags & CueFlags.Speech) != 0 ? (ushort)1 : (ushort)2;
    }

    public override WordClass ClassOf(string word) => clusters?.Of(word) ?? WordClass.None;

    public override void WordFeatures(in WordForm w, ushort lexicon, WordClass wordClass, FeatureBuffer buffer)
    {
        buffer.Add(FeatureHash.Key(1, 0));
        buffer.Add(FeatureHash.Key(2, w.Lower));
        buffer.Add(FeatureHash.Key(3, w.Suffix3));
        buffer.Add(FeatureHash.Key(4, w.ShortShape));
        buffer.Add(FeatureHash.Key(5, lexicon));
        buffer.Add(FeatureHash.Key(6, wordClass.Fine));
        buffer.Add(FeatureHash.Key(7, wordClass.Middle));
    }

    public override void ContextFeatures(SentenceView sentence, int i, FeatureBuffer buffer)
    {
        ref readonly var w = ref sentence.Form(i);
        ref readonly var p1 = ref sentence.Form(i - 1);
        ref readonly var n1 = ref sentence.Form(i + 1);
        buffer.Add(FeatureHash.Key(10, p1.Lower));
        buffer.Add(FeatureHash.Key(11, n1.Lower));
        buffer.Add(FeatureHash.Key(12, sentence.Form(i - 2).Lower));
        buffer.Add(FeatureHash.Key(13, sentence.Form(i + 2).Lower));
        buffer.Add(FeatureHash.Key(14, p1.Lower, w.Lower));
        buffer.Add(FeatureHash.Key(15, w.Lower, n1.Lower));
        buffer.Add(FeatureHash.Key(16, sentence.Tag(i)));
        buffer.Add(FeatureHash.Key(17, sentence.Tag(i - 1), sentence.Tag(i)));
        buffer.Add(FeatureHash.Key(18, sentence.Tag(i), sentence.Tag(i + 1)));
        buffer.Add(FeatureHash.Key(19, FeatureHash.Combine(sentence.Tag(i - 1), sentence.Tag(i), sentence.Tag(i + 1))));
        buffer.Add(FeatureHash.Key(20, sentence.Tag(i), w.Lower));
        for (var d = -6; d <= 6; d++)
        {
            if (d != 0 && sentence.Lexicon(Math.Clamp(i + d, -2, sentence.Count + 1)) is var cue and > 0)
                buffer.Add(FeatureHash.Key(21, (ulong)(d + 6), cue));
        }
        // Where the sentence's first cue word lies relative to this token, and whether one is anywhere.
        var firstCue = (int)sentence.SentenceFlag - 1;
        buffer.Add(FeatureHash.Key(22, firstCue < 0 ? 0UL : (ulong)Math.Sign(i - firstCue) + 2, sentence.Tag(i)));
        buffer.Add(FeatureHash.Key(23, Flag(i == 0), Flag(i == sentence.Count - 1)));
        buffer.Add(FeatureHash.Key(24, Flag(w.InitialCapital), sentence.Tag(i)));
        buffer.Add(FeatureHash.Key(25, sentence.Tag(i - 2), sentence.Tag(i + 2)));
    }

    public override void Prepare(SentenceView sentence)
    {
        var first = -1;
        for (var i = 0; i < sentence.Count && first < 0; i++)
        {
            if (sentence.Lexicon(i) is 1 or 3 or 4)
                first = i;
        }
        sentence.SentenceFlag = (ulong)(first + 1);
    }
}
