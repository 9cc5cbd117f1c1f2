using System.Buffers.Binary;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using Parallax.Documents;

namespace Parallax.Store;

/// <summary>Sentence vectors as stored: each component a little-endian half-precision float; keys as 16 big-endian bytes.</summary>
internal static class VectorCodec
{
    public static byte[] Encode(float[] vector)
    {
        var data = new byte[vector.Length * 2];
        for (var i = 0; i < vector.Length; i++)
            BinaryPrimitives.WriteHalfLittleEndian(data.AsSpan(i * 2), (Half)vector[i]);
        return data;
    }

    public static float[] Decode(byte[] data)
    {
        var vector = new float[data.Length / 2];
        if (BitConverter.IsLittleEndian)
        {
            TensorPrimitives.ConvertToSingle(MemoryMarshal.Cast<byte, Half>(data.AsSpan(0, vector.Length * 2)), vector);
            return vector;
        }
        for (var i = 0; i < vector.Length; i++)
            vector[i] = (float)BinaryPrimitives.ReadHalfLittleEndian(data.AsSpan(i * 2));
        return vector;
    }

    public static byte[] Key(UInt128 key)
    {
        var data = new byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(data, key);
        return data;
    }

    public static UInt128 KeyOf(byte[] data) => BinaryPrimitives.ReadUInt128BigEndian(data);
}
