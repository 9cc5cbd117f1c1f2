using Parallax.Quotes;

namespace Parallax.Tagging;

/// <summary>
/// Feature templates of the attribution labeller (<c>attr-v2</c>): the word, its shape and classes, a ±6 window of
/// cue classes, per token a "tag" that joins the part-of-speech tag with where the token stands against quotation
/// marks (outside, a mark, inside), and where the nearest cue-like word stands and which word it is. A word's cue
/// class joins the hand-made <see cref="CueLexicon"/> with <see cref="Lexicon"/>, rates learned from training
/// text: how often the word is a cue and how often part of a source ("wants", "believes", "officials").
/// </summary>
internal sealed class AttributionFeatures(WordLexicon lexicon, WordClusters? clusters, bool secondPass = false) : FeatureExtractor
{
    /// <summary>
    /// A second reading (<c>attr-v2-second</c>): it also reads the roles a first reading gave the sentence
    /// (<see cref="DocumentContext.SentenceLabels"/>): each token's and its neighbours', and where the first reading's
    /// nearest cue, source and content stand.
    /// </summary>
    public bool SecondPass { get; } = secondPass;

    public override string Name => SecondPass ? "attr-v2-second" : "attr-v2";

    /// <summary>Learned rates by <see cref="WordForm.Key"/>: bits 0-1 the cue rate class, bits 2-3 the source rate class (see <see cref="RateClass"/>).</summary>
    public WordLexicon Lexicon { get; } = lexicon;

    /// <summary>0 under 5 % of the word's occurrences, 1 under 20 %, 2 under half, 3 half or more.</summary>
    public static int RateClass(int hits, int count) => hits * 20 < count ? 0 : hits * 5 < count ? 1 : hits * 2 < count ? 2 : 3;

    /// <summary>
    /// Bits 0-2 the hand-made cue class (0 none, 1 speech verb, 2 other reporting verb, 3 participle, 4 "according"),
    /// bits 3-4 the learned cue rate class, bits 5-6 the learned source rate class.
    /// </summary>
    public override ushort LexiconEntry(string key)
    {
        var learned = Lexicon[key];
        return (ushort)(HandMade(key) | ((learned & 0xF) << 3));
    }

    private static int HandMade(string key)
    {
        if (key == "according")
            return 4;
        if (!CueLexicon.TryGet(key, out var entry))
            return 0;
        if ((entry.Flags & CueFlags.Participle) != 0)
            return 3;
        return (entry.Flags & CueFlags.Speech) != 0 ? 1 : 2;
    }

    private static int CueOf(ushort entry) => entry & 0x1F;

    private static bool CueLike(ushort entry) => (entry & 0x7) != 0 || ((entry >> 3) & 0x3) >= 2;

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
            if (d != 0 && CueOf(sentence.Lexicon(Math.Clamp(i + d, -2, sentence.Count + 1))) is var cue and > 0)
                buffer.Add(FeatureHash.Key(21, (ulong)(d + 6), (ulong)cue));
        }
        // Where the sentence's first speech cue lies relative to this token, and whether one is anywhere.
        var firstCue = (int)sentence.SentenceFlag - 1;
        buffer.Add(FeatureHash.Key(22, firstCue < 0 ? 0UL : (ulong)Math.Sign(i - firstCue) + 2, sentence.Tag(i)));
        buffer.Add(FeatureHash.Key(23, Flag(i == 0), Flag(i == sentence.Count - 1)));
        buffer.Add(FeatureHash.Key(24, Flag(w.InitialCapital), sentence.Tag(i)));
        buffer.Add(FeatureHash.Key(25, sentence.Tag(i - 2), sentence.Tag(i + 2)));
        if (SecondPass && sentence.Document?.SentenceLabels is { } labels && labels.Length == sentence.Count)
            FirstReading(sentence, i, labels, buffer);
        // The nearest cue-like word: how far and on which side, and which word it is.
        var nearest = sentence.Scratch[i];
        if (nearest < 0)
        {
            buffer.Add(FeatureHash.Key(26, 0, sentence.Tag(i)));
            return;
        }
        var distance = i - nearest;
        var place = (ulong)(Math.Sign(distance) + 2) * 8 + Bucket(Math.Abs(distance));
        buffer.Add(FeatureHash.Key(26, place, sentence.Tag(i)));
        buffer.Add(FeatureHash.Key(27, (ulong)Math.Sign(distance) + 2, sentence.Form(nearest).Lower));
        buffer.Add(FeatureHash.Key(28, place, sentence.Tag(nearest)));
    }

    // The role (0 outside, 1 source, 2 cue, 3 content) of label index l in AttributionTagger's order; 4 past the sentence.
    private static ulong Role(int[] labels, int i) => i < 0 || i >= labels.Length ? 4UL : (ulong)((labels[i] + 1) / 2);

    private static void FirstReading(SentenceView sentence, int i, int[] labels, FeatureBuffer buffer)
    {
        var role = Role(labels, i);
        buffer.Add(FeatureHash.Key(40, role));
        buffer.Add(FeatureHash.Key(41, role, (ulong)labels[i]));
        buffer.Add(FeatureHash.Key(42, FeatureHash.Combine(Role(labels, i - 1), role, Role(labels, i + 1))));
        buffer.Add(FeatureHash.Key(43, role, sentence.Tag(i)));
        buffer.Add(FeatureHash.Key(44, Role(labels, i - 2), Role(labels, i + 2)));
        // Where the first reading's nearest cue, source and content lie, and which word the cue is.
        for (var r = 1; r <= 3; r++)
        {
            var nearest = -1;
            for (var d = 0; d < labels.Length && nearest < 0; d++)
            {
                if (i - d >= 0 && Role(labels, i - d) == (ulong)r)
                    nearest = i - d;
                else if (i + d < labels.Length && Role(labels, i + d) == (ulong)r)
                    nearest = i + d;
            }
            var place = nearest < 0 ? 0UL : (ulong)(Math.Sign(i - nearest) + 2) * 8 + Bucket(Math.Abs(i - nearest));
            buffer.Add(FeatureHash.Key(45, (ulong)r, place));
            buffer.Add(FeatureHash.Key(46, FeatureHash.Combine((ulong)r, place, role)));
            if (r == 2 && nearest >= 0)
            {
                buffer.Add(FeatureHash.Key(47, (ulong)Math.Sign(i - nearest) + 2, sentence.Form(nearest).Lower));
                buffer.Add(FeatureHash.Key(48, place, sentence.Tag(i)));
            }
        }
    }

    private static ulong Bucket(int distance) => distance switch { 0 => 0, 1 => 1, 2 => 2, <= 4 => 3, <= 8 => 4, <= 16 => 5, _ => 6 };

    public override void Prepare(SentenceView sentence)
    {
        var first = -1;
        for (var i = 0; i < sentence.Count && first < 0; i++)
        {
            if ((sentence.Lexicon(i) & 0x7) is 1 or 3 or 4)
                first = i;
        }
        sentence.SentenceFlag = (ulong)(first + 1);
        // Scratch[i]: the index of the cue-like word nearest to token i (the earlier one on a tie), -1 when none.
        var nearest = sentence.Scratch;
        var last = -1;
        for (var i = 0; i < sentence.Count; i++)
        {
            if (CueLike(sentence.Lexicon(i)))
                last = i;
            nearest[i] = last;
        }
        var next = -1;
        for (var i = sentence.Count - 1; i >= 0; i--)
        {
            if (CueLike(sentence.Lexicon(i)))
                next = i;
            if (next >= 0 && (nearest[i] < 0 || next - i < i - nearest[i]))
                nearest[i] = next;
        }
    }
}
