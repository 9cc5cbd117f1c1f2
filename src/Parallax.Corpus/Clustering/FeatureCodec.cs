namespace Parallax.Corpus.Clustering;

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
            for (var i = 0; i < features.Entities.Length; i++)
            {
                w.Write(features.Entities[i]);
                w.Write((Half)features.EntityCounts[i]);
            }
            w.Write(features.Time.HasValue);
            w.Write(features.Time ?? 0);
            w.Write7BitEncodedInt(features.Main.Length);
            foreach (var key in features.Main)
                w.Write(key);
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
        var entityCounts = new float[entities.Length];
        for (var i = 0; i < entities.Length; i++)
        {
            entities[i] = r.ReadUInt64();
            entityCounts[i] = (float)r.ReadHalf();
        }
        var hasTime = r.ReadBoolean();
        var time = r.ReadInt64();
        var main = new ulong[r.Read7BitEncodedInt()];
        for (var i = 0; i < main.Length; i++)
            main[i] = r.ReadUInt64();
        var signature = new uint[r.Read7BitEncodedInt()];
        for (var i = 0; i < signature.Length; i++)
            signature[i] = r.ReadUInt32();
        return new ArticleFeatures(terms, counts, entities, entityCounts, hasTime ? time : null) { Signature = signature, Main = main };
    }
}
