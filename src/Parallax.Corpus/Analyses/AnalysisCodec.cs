using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using Parallax.Documents;
using Parallax.Text;

namespace Parallax.Corpus;

/// <summary>
/// A compact binary form of an <see cref="ArticleAnalysis"/>'s layers (the article itself is stored
/// separately): offsets as variable-length deltas, texts only when they differ from the span they cover,
/// the whole deflated.
/// </summary>
internal static class AnalysisCodec
{
    private const byte Version = 3;

    public static byte[] Encode(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        using var buffer = new MemoryStream();
        buffer.WriteByte(Version);
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        using (var w = new BinaryWriter(deflate, Encoding.UTF8))
        {
            var text = analysis.Text;
            w.Write7BitEncodedInt(analysis.Headings.Length);
            foreach (var h in analysis.Headings)
            {
                w.Write7BitEncodedInt(h.Start);
                w.Write7BitEncodedInt(h.End - h.Start);
                WriteText(w, h.Text, text, h.Start, h.End);
                w.Write(h.Boilerplate);
            }
            w.Write7BitEncodedInt(analysis.Sentences.Length);
            foreach (var s in analysis.Sentences)
            {
                w.Write7BitEncodedInt(s.Index);
                w.Write7BitEncodedInt(s.Start);
                w.Write7BitEncodedInt(s.End - s.Start);
                WriteText(w, s.Text, text, s.Start, s.End);
                w.Write7BitEncodedInt(s.FirstToken);
                w.Write7BitEncodedInt(s.TokenCount);
            }
            w.Write7BitEncodedInt(analysis.Tokens.Length);
            var previous = 0;
            foreach (var t in analysis.Tokens)
            {
                w.Write7BitEncodedInt(t.Start - previous);
                w.Write7BitEncodedInt(t.End - t.Start);
                w.Write((byte)t.Kind);
                previous = t.Start;
            }
            w.Write7BitEncodedInt(analysis.PartsOfSpeech.Length);
            foreach (var tag in analysis.PartsOfSpeech)
                w.Write(tag);
            w.Write7BitEncodedInt(analysis.Mentions.Length);
            foreach (var m in analysis.Mentions)
            {
                w.Write7BitEncodedInt(m.Start);
                w.Write7BitEncodedInt(m.End - m.Start);
                WriteText(w, m.Text, text, m.Start, m.End);
                w.Write((byte)m.Type);
                w.Write((byte)m.Kind);
                w.Write7BitEncodedInt(m.Sentence);
                w.Write(m.Confidence);
                WriteOptional(w, m.Value);
                WriteOptional(w, m.Role);
            }
            w.Write7BitEncodedInt(analysis.Entities.Length);
            foreach (var e in analysis.Entities)
            {
                w.Write7BitEncodedInt(e.Index);
                w.Write(e.Name);
                w.Write((byte)e.Type);
                WriteInts(w, e.Mentions);
                WriteStrings(w, e.Aliases);
                WriteStrings(w, e.Roles);
            }
            w.Write7BitEncodedInt(analysis.Quotes.Length);
            foreach (var q in analysis.Quotes)
            {
                w.Write7BitEncodedInt(q.Index);
                w.Write7BitEncodedInt(q.Sentence);
                w.Write(q.Speaker.Text);
                w.Write7BitEncodedInt(q.Speaker.Start);
                w.Write7BitEncodedInt(q.Speaker.End);
                w.Write7BitEncodedInt(q.Speaker.Entity is { } entity ? entity + 1 : 0);
                w.Write(q.Cue);
                w.Write7BitEncodedInt(q.CueSpan.Start);
                w.Write7BitEncodedInt(q.CueSpan.End);
                w.Write7BitEncodedInt(q.Content.Start);
                w.Write7BitEncodedInt(q.Content.End);
                w.Write((byte)q.Kind);
                w.Write(q.Named);
                w.Write(q.Confidence);
                w.Write(q.CueLemma);
                w.Write(q.Speaker.Antecedent ?? "");
                w.Write7BitEncodedInt(q.ContentParts.Length);
                foreach (var part in q.ContentParts)
                {
                    w.Write7BitEncodedInt(part.Start);
                    w.Write7BitEncodedInt(part.End);
                }
            }
        }
        return buffer.ToArray();
    }

    /// <summary>Rebuilds the analysis of <paramref name="article"/>; null when the data is from another codec version.</summary>
    public static ArticleAnalysis? Decode(Article article, byte[] data)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(data);
        if (data.Length == 0 || data[0] != Version)
            return null;
        var inflated = new MemoryStream(4 * data.Length);
        using (var deflate = new DeflateStream(new MemoryStream(data, 1, data.Length - 1), CompressionMode.Decompress))
            deflate.CopyTo(inflated);
        inflated.Position = 0;
        using var r = new BinaryReader(inflated, Encoding.UTF8);
        var text = article.Text;
        var headings = ReadArray(r, () =>
        {
            var start = r.Read7BitEncodedInt();
            var end = start + r.Read7BitEncodedInt();
            return new Heading(start, end, ReadText(r, text, start, end)) { Boilerplate = r.ReadBoolean() };
        });
        var sentences = ReadArray(r, () =>
        {
            var index = r.Read7BitEncodedInt();
            var start = r.Read7BitEncodedInt();
            var end = start + r.Read7BitEncodedInt();
            return new Sentence(index, start, end, ReadText(r, text, start, end), r.Read7BitEncodedInt(), r.Read7BitEncodedInt());
        });
        var previous = 0;
        var tokens = ReadArray(r, () =>
        {
            var start = previous + r.Read7BitEncodedInt();
            var end = start + r.Read7BitEncodedInt();
            previous = start;
            return new Token(start, end, (TokenKind)r.ReadByte());
        });
        var tags = ReadArray(r, r.ReadString);
        var mentions = ReadArray(r, () =>
        {
            var start = r.Read7BitEncodedInt();
            var end = start + r.Read7BitEncodedInt();
            var mentionText = ReadText(r, text, start, end);
            var type = (EntityType)r.ReadByte();
            var kind = (MentionKind)r.ReadByte();
            var sentence = r.Read7BitEncodedInt();
            return new Mention(start, end, mentionText, type, kind, sentence) { Confidence = r.ReadDouble(), Value = ReadOptional(r), Role = ReadOptional(r) };
        });
        var entities = ReadArray(r, () => new DocumentEntity(r.Read7BitEncodedInt(), r.ReadString(), (EntityType)r.ReadByte(), ReadArray(r, r.Read7BitEncodedInt))
        {
            Aliases = ReadArray(r, r.ReadString),
            Roles = ReadArray(r, r.ReadString),
        });
        var quotes = ReadArray(r, () =>
        {
            var index = r.Read7BitEncodedInt();
            var sentence = r.Read7BitEncodedInt();
            var speakerText = r.ReadString();
            var speakerStart = r.Read7BitEncodedInt();
            var speakerEnd = r.Read7BitEncodedInt();
            var entity = r.Read7BitEncodedInt();
            var cue = r.ReadString();
            var cueSpan = new Span(r.Read7BitEncodedInt(), r.Read7BitEncodedInt());
            var content = new Span(r.Read7BitEncodedInt(), r.Read7BitEncodedInt());
            var kind = (QuoteKind)r.ReadByte();
            var named = r.ReadBoolean();
            var confidence = r.ReadDouble();
            var cueLemma = r.ReadString();
            var antecedent = r.ReadString();
            var parts = ReadArray(r, () => new Span(r.Read7BitEncodedInt(), r.Read7BitEncodedInt()));
            var speaker = new Speaker(speakerText, speakerStart, speakerEnd, entity == 0 ? null : entity - 1) { Antecedent = antecedent.Length == 0 ? null : antecedent };
            return new Quote(index, sentence, speaker, cue, cueSpan, content, kind, named) { Confidence = confidence, CueLemma = cueLemma, ContentParts = parts };
        });
        return new ArticleAnalysis(article)
        {
            Headings = headings,
            Sentences = sentences,
            Tokens = tokens,
            PartsOfSpeech = tags,
            Mentions = mentions,
            Entities = entities,
            Quotes = quotes,
        };
    }

    private static void WriteText(BinaryWriter w, string value, string text, int start, int end)
    {
        var same = end <= text.Length && text.AsSpan(start, end - start).SequenceEqual(value);
        w.Write(same);
        if (!same)
            w.Write(value);
    }

    private static string ReadText(BinaryReader r, string text, int start, int end) => r.ReadBoolean() ? text[start..end] : r.ReadString();

    private static void WriteOptional(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null)
            w.Write(value);
    }

    private static string? ReadOptional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static void WriteInts(BinaryWriter w, ImmutableArray<int> values)
    {
        w.Write7BitEncodedInt(values.Length);
        foreach (var v in values)
            w.Write7BitEncodedInt(v);
    }

    private static void WriteStrings(BinaryWriter w, ImmutableArray<string> values)
    {
        w.Write7BitEncodedInt(values.Length);
        foreach (var v in values)
            w.Write(v);
    }

    private static ImmutableArray<T> ReadArray<T>(BinaryReader r, Func<T> read)
    {
        var count = r.Read7BitEncodedInt();
        var builder = ImmutableArray.CreateBuilder<T>(count);
        for (var i = 0; i < count; i++)
            builder.Add(read());
        return builder.MoveToImmutable();
    }
}
