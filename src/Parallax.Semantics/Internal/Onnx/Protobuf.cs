using System.Text;
using Parallax.Documents;

namespace Parallax.Semantics.Internal.Onnx;

/// <summary>The protobuf wire types that ONNX uses (groups, wire types 3 and 4, are refused).</summary>
internal enum WireType
{
    Varint = 0,
    Fixed64 = 1,
    Length = 2,
    Fixed32 = 5,
}

/// <summary>
/// One field of a protobuf message as read: its number and wire type, its value (a varint's number,
/// or the bytes of a fixed-width or length-delimited payload) and the whole encoded field, tag
/// included, so that a field left unchanged is copied as it was.
/// </summary>
internal readonly record struct ProtoField(int Number, WireType Type, ulong Varint, ReadOnlyMemory<byte> Payload, ReadOnlyMemory<byte> Encoded)
{
    public string Text => Encoding.UTF8.GetString(Payload.Span);

    public long Int64 => (long)Varint;

    /// <summary>Every field of the message in <paramref name="message"/>, in order.</summary>
    public static List<ProtoField> Read(ReadOnlyMemory<byte> message)
    {
        var fields = new List<ProtoField>();
        var span = message.Span;
        var position = 0;
        while (position < span.Length)
        {
            var start = position;
            var tag = ReadVarint(span, ref position);
            var number = (int)(tag >> 3);
            var type = (WireType)(tag & 7);
            if (number <= 0)
                throw new InvalidDataException($"protobuf field number {number} at byte {start}");
            ulong varint = 0;
            int payloadStart, payloadLength;
            switch (type)
            {
                case WireType.Varint:
                    payloadStart = position;
                    varint = ReadVarint(span, ref position);
                    payloadLength = position - payloadStart;
                    break;
                case WireType.Fixed64:
                    (payloadStart, payloadLength) = (position, 8);
                    break;
                case WireType.Fixed32:
                    (payloadStart, payloadLength) = (position, 4);
                    break;
                case WireType.Length:
                    var length = ReadVarint(span, ref position);
                    if (length > (ulong)(span.Length - position))
                        throw new InvalidDataException($"protobuf field {number} at byte {start} runs past the end of its message");
                    (payloadStart, payloadLength) = (position, (int)length);
                    break;
                default:
                    throw new InvalidDataException($"protobuf wire type {(int)type} of field {number} at byte {start} is not supported");
            }
            if (type != WireType.Varint)
            {
                if (payloadLength > span.Length - payloadStart)
                    throw new InvalidDataException($"protobuf field {number} at byte {start} runs past the end of its message");
                position = payloadStart + payloadLength;
            }
            fields.Add(new ProtoField(number, type, varint, message.Slice(payloadStart, payloadLength), message[start..position]));
        }
        return fields;
    }

    /// <summary>The numbers of a repeated integer field, packed or not.</summary>
    public static IEnumerable<long> Int64s(IEnumerable<ProtoField> fields, int number)
    {
        foreach (var field in fields.Where(f => f.Number == number))
        {
            if (field.Type == WireType.Varint)
            {
                yield return field.Int64;
                continue;
            }
            var values = new List<long>();
            var span = field.Payload.Span;
            var position = 0;
            while (position < span.Length)
                values.Add((long)ReadVarint(span, ref position));
            foreach (var value in values)
                yield return value;
        }
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> span, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (position >= span.Length)
                throw new InvalidDataException("protobuf varint runs past the end of its message");
            var b = span[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
                return value;
        }
        throw new InvalidDataException("protobuf varint longer than 10 bytes");
    }
}

/// <summary>
/// Writes protobuf fields as a list of byte segments, so that fields copied from a message read, and nested
/// messages, are referenced rather than copied: the bytes are copied once, by <see cref="ToArray"/>.
/// </summary>
internal sealed class ProtoWriter
{
    private readonly List<ReadOnlyMemory<byte>> _segments = [];
    private byte[] _scratch = new byte[64];
    private int _used;
    private long _flushed;

    public long Length => _flushed + _used;

    public byte[] ToArray()
    {
        Flush();
        var result = new byte[Length];
        var offset = 0;
        foreach (var segment in _segments)
        {
            segment.Span.CopyTo(result.AsSpan(offset));
            offset += segment.Length;
        }
        return result;
    }

    /// <summary>Appends bytes already encoded as fields (kept by reference: they must not change).</summary>
    public ProtoWriter Raw(ReadOnlyMemory<byte> encoded)
    {
        Flush();
        _segments.Add(encoded);
        _flushed += encoded.Length;
        return this;
    }

    public ProtoWriter Varint(int number, long value)
    {
        Tag(number, WireType.Varint);
        WriteVarint((ulong)value);
        return this;
    }

    /// <summary>A length-delimited field (its payload kept by reference).</summary>
    public ProtoWriter Bytes(int number, ReadOnlyMemory<byte> payload)
    {
        Tag(number, WireType.Length);
        WriteVarint((ulong)payload.Length);
        return Raw(payload);
    }

    public ProtoWriter Text(int number, string text) => Bytes(number, Encoding.UTF8.GetBytes(text));

    public ProtoWriter Message(int number, ProtoWriter message)
    {
        message.Flush();
        Tag(number, WireType.Length);
        WriteVarint((ulong)message.Length);
        Flush();
        _segments.AddRange(message._segments);
        _flushed += message.Length;
        return this;
    }

    public ProtoWriter PackedInt64s(int number, IEnumerable<long> values)
    {
        var packed = new ProtoWriter();
        foreach (var value in values)
            packed.WriteVarint((ulong)value);
        return Message(number, packed);
    }

    private void Tag(int number, WireType type) => WriteVarint(((ulong)number << 3) | (ulong)type);

    private void WriteVarint(ulong value)
    {
        if (_scratch.Length - _used < 10)
            Array.Resize(ref _scratch, _scratch.Length * 2);
        while (value >= 0x80)
        {
            _scratch[_used++] = (byte)(value | 0x80);
            value >>= 7;
        }
        _scratch[_used++] = (byte)value;
    }

    private void Flush()
    {
        if (_used == 0)
            return;
        _segments.Add(_scratch.AsMemory(0, _used));
        _flushed += _used;
        _scratch = new byte[64];
        _used = 0;
    }
}
