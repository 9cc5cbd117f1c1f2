namespace Parallax.Corpus.Clustering;

/// <summary>The story of each article id, packed in chunks indexed by id (8 bytes per article; ids are dense and small).</summary>
internal sealed class ArticleStoryMap
{
    private const int ChunkBits = 14;
    private const int ChunkSize = 1 << ChunkBits;

    private readonly List<long[]?> _chunks = [];

    /// <exception cref="ArgumentOutOfRangeException">The id is not in 1..<see cref="int.MaxValue"/> or the story is not positive.</exception>
    public void Set(long article, long story)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(article, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(article, int.MaxValue);
        ArgumentOutOfRangeException.ThrowIfLessThan(story, 1);
        var chunk = (int)(article >> ChunkBits);
        while (_chunks.Count <= chunk)
            _chunks.Add(null);
        (_chunks[chunk] ??= new long[ChunkSize])[article & (ChunkSize - 1)] = story;
    }

    public bool TryGet(long article, out long story)
    {
        var chunk = article >> ChunkBits;
        story = article >= 1 && chunk < _chunks.Count && _chunks[(int)chunk] is { } values ? values[article & (ChunkSize - 1)] : 0;
        return story != 0;
    }
}
