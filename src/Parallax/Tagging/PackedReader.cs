using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using Parallax.Documents;

namespace Parallax.Tagging;

/// <summary>
/// Reads what a <see cref="BinaryWriter"/> wrote inside Brotli, from one buffer decompressed at once: the same values
/// as a <see cref="BinaryReader"/> over a <see cref="BrotliStream"/>, without a call per byte, so a model loads in a
/// fraction of the time. Bulk arrays (labels, float16 weights) are copied in one go.
/// </summary>
internal sealed class PackedReader
{
    private readonly byte[] _buffer;
    private readonly int _length;
    private int _position;

    private PackedReader(byte[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
    }

    /// <summary>Decompresses all of <paramref name="brotli"/> (a stream of Brotli-compressed bytes) at once.</summary>
    public static PackedReader Decompress(Stream brotli)
    {
        var compressed = ReadAll(brotli, out var compressedLength);
        var output = GC.AllocateUninitializedArray<byte>(Math.Max(1 << 16, compressedLength * 2));
        using var decoder = new BrotliDecoder();
        int consumed = 0, written = 0;
        while (true)
        {
            var status = decoder.Decompress(compressed.AsSpan(consumed, compressedLength - consumed), output.AsSpan(written), out var read, out var wrote);
            consumed += read;
            written += wrote;
            switch (status)
            {
                case OperationStatus.Done:
                    return new PackedReader(output, written);
                case OperationStatus.DestinationTooSmall:
                    var larger = GC.AllocateUninitializedArray<byte>(output.Length * 2);
                    output.AsSpan(0, written).CopyTo(larger);
                    output = larger;
                    break;
                case OperationStatus.NeedMoreData when consumed < compressedLength:
                    break;
                default:
                    throw new InvalidDataException("The compressed data is not valid Brotli or ends too early.");
            }
        }
    }

    private static byte[] ReadAll(Stream stream, out int length)
    {
        if (stream.CanSeek)
        {
            length = (int)(stream.Length - stream.Position);
            var exact = GC.AllocateUninitializedArray<byte>(length);
            stream.ReadExactly(exact);
            return exact;
        }
        var buffer = GC.AllocateUninitializedArray<byte>(1 << 20);
        length = 0;
        int read;
        while ((read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
            if (length == buffer.Length)
            {
                var larger = GC.AllocateUninitializedArray<byte>(buffer.Length * 2);
                buffer.AsSpan(0, length).CopyTo(larger);
                buffer = larger;
            }
        }
        return buffer;
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > _length - _position)
            throw new InvalidDataException("The model data ends too early.");
        var span = _buffer.AsSpan(_position, count);
        _position += count;
        return span;
    }

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public ushort ReadUInt16() => BinaryPrimitives.ReadUInt16LittleEndian(Take(2));

    public float ReadSingle() => BinaryPrimitives.ReadSingleLittleEndian(Take(4));

    public bool ReadBoolean() => Take(1)[0] != 0;

    public byte ReadByte() => Take(1)[0];

    public int Read7BitEncodedInt()
    {
        uint result = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = ReadByte();
            result |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
                return (int)result;
        }
        throw new InvalidDataException("A 7-bit encoded integer is too long.");
    }

    /// <summary>A string as <see cref="BinaryWriter.Write(string)"/> wrote it (UTF-8 with a 7-bit encoded byte length).</summary>
    public string ReadString() => Encoding.UTF8.GetString(Take(Read7BitEncodedInt()));

    public byte[] ReadBytes(int count) => Take(count).ToArray();

    /// <summary>Reads <paramref name="destination"/>.Length bools, one byte each.</summary>
    public void ReadBooleans(Span<bool> destination)
    {
        var bytes = Take(destination.Length);
        for (var i = 0; i < bytes.Length; i++)
            destination[i] = bytes[i] != 0;
    }

    /// <summary>Reads <paramref name="destination"/>.Length little-endian singles.</summary>
    public void ReadSingles(Span<float> destination)
    {
        var bytes = Take(destination.Length * sizeof(float));
        if (BitConverter.IsLittleEndian)
        {
            MemoryMarshal.Cast<byte, float>(bytes).CopyTo(destination);
            return;
        }
        for (var i = 0; i < destination.Length; i++)
            destination[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes[(i * 4)..]);
    }

    /// <summary>Reads <paramref name="values"/>.Length little-endian float16 values, widened to float.</summary>
    public void ReadHalves(Span<float> values)
    {
        var bytes = Take(values.Length * 2);
        for (var i = 0; i < values.Length; i++)
            values[i] = (float)BitConverter.UInt16BitsToHalf(BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(i * 2, 2)));
    }

    /// <summary>True when every byte has been read.</summary>
    public bool AtEnd => _position == _length;
}
