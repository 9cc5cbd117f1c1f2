namespace Parallax.Store.Clustering;

/// <summary>The stored form of <see cref="ArticleFeatures"/>.</summary>
internal static class FeatureCodec
{
    private const byte Version = 1;

    public static byte[] Encode(ArticleFeatures features)
    {
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer))
        {
            w.Write(Version);
            w.Write7BitEncodedInt(features.Terms.Length);
            for (var i = 0; i < features.Terms.Length; i++)
            {
                w.Write(features.Terms[i]);
                w.Write((Half)features.Counts[i]);
            }
            w.Write7BitEncodedInt(features.Entities.Length);
            foreach (var entity in features.Entities)
                w.Write(entity);
            w.Write(features.Time.HasValue);
            w.Write(features.Time ?? 0);
            w.Write7BitEncodedInt(features.Signature.Length);
            foreach (var value in features.Signature)
                w.Write(value);
        }
        return buffer.ToArray();
    }

    public static ArticleFeatures Decode(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var r = new BinaryReader(new MemoryStream(data));
        if (r.ReadByte() != Version)
            throw new InvalidDataException("unknown clustering feature version");
        var count = r.Read7BitEncodedInt();
        var terms = new ulong[count];
        var counts = new float[count];
        for (var i = 0; i < count; i++)
        {
            terms[i] = r.ReadUInt64();
            counts[i] = (float)r.ReadHalf();
        }
        var entities = new ulong[r.Read7BitEncodedInt()];
        for (var i = 0; i < entities.Length; i++)
            entities[i] = r.ReadUInt64();
        var hasTime = r.ReadBoolean();
        var time = r.ReadInt64();
        var signature = new uint[r.Read7BitEncodedInt()];
        for (var i = 0; i < signature.Length; i++)
            signature[i] = r.ReadUInt32();
        return new ArticleFeatures(terms, counts, entities, hasTime ? time : null) { Signature = signature };
    }
}
