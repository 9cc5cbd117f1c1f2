using System.Diagnostics;
using Orleans.Runtime;
using Parallax.Corpus;

namespace Parallax.Cluster.Analysis;

/// <summary>
/// Analyses an ingest's batches on the silos of a cluster: a batch is cut into one chunk per analyst slot (a few slots per
/// active silo), the chunks are analysed at once, and the results come back in the batch's order. A chunk whose call
/// fails (its silo stopped or was killed) is sent again to another slot until <see cref="RetryFor"/> has passed: the
/// analysis is a pure function of the article, so a chunk analysed twice gives the same result and nothing is lost.
/// With <paramref name="storeVectors"/> the silos also store the vectors of the articles' sentences before they answer.
/// </summary>
internal sealed class ClusterAnalyst(IClusterClient client, bool encodeAnalyses = true, bool storeVectors = false) : IArticleAnalyst
{
    /// <summary>Analyst slots per active silo (each call uses all of its silo's cores; two keep it busy between calls).</summary>
    public const int SlotsPerSilo = 2;

    /// <summary>
    /// The most articles in one call that stores sentence vectors: encoding is far slower than the analysis, and a call
    /// must end well within Orleans' response timeout (30 s) on a busy silo; each slot sends its chunks one after another.
    /// </summary>
    public const int VectorChunk = 8;

    private long _retryKeys = 1L << 40;

    /// <summary>How long a chunk is retried before the ingest gives up (no silo answers).</summary>
    public TimeSpan RetryFor { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Calls that failed and were sent again (a measure of what a lost silo cost).</summary>
    public int Retries => _retries;

    private int _retries;

    public IReadOnlyList<AnalysedArticle> Analyse(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
            return [];
        return AnalyseAsync(articles).GetAwaiter().GetResult();
    }

    private async Task<IReadOnlyList<AnalysedArticle>> AnalyseAsync(IReadOnlyList<Article> articles)
    {
        var slots = SlotsPerSilo * Math.Max(1, await ActiveSilos().ConfigureAwait(false));
        var size = (articles.Count + slots - 1) / slots;
        if (storeVectors)
            size = Math.Min(size, VectorChunk);
        var chunks = new List<ArticleMessage[]>();
        for (var start = 0; start < articles.Count; start += size)
            chunks.Add([.. Enumerable.Range(start, Math.Min(size, articles.Count - start)).Select(i => ArticleMessage.From(articles[i]))]);
        var replies = new AnalysedMessage[chunks.Count][];
        await Task.WhenAll(Enumerable.Range(0, Math.Min(slots, chunks.Count)).Select(async slot =>
        {
            for (var c = slot; c < chunks.Count; c += slots)
                replies[c] = await Call(slot, chunks[c]).ConfigureAwait(false);
        })).ConfigureAwait(false);
        return [.. replies.SelectMany(reply => reply).Select(message => message.ToAnalysed())];
    }

    private async Task<int> ActiveSilos()
    {
        try
        {
            var hosts = await client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).ConfigureAwait(false);
            return hosts.Count;
        }
        catch (Exception e) when (e is OrleansException or TimeoutException)
        {
            return 1;
        }
    }

    private async Task<AnalysedMessage[]> Call(long slot, ArticleMessage[] chunk)
    {
        var watch = Stopwatch.StartNew();
        var key = slot;
        while (true)
        {
            try
            {
                var reply = await client.GetGrain<IAnalystGrain>(key).Analyse(chunk, encodeAnalyses, storeVectors).ConfigureAwait(false);
                if (reply.Length != chunk.Length)
                    throw new InvalidOperationException($"a worker returned {reply.Length} analyses for {chunk.Length} articles");
                return reply;
            }
            catch (Exception e) when (e is not InvalidOperationException and not OutOfMemoryException)
            {
                if (watch.Elapsed > RetryFor)
                    throw new IOException($"no worker analysed {chunk.Length} articles in {RetryFor.TotalSeconds:F0} s ({e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")})", e);
                Interlocked.Increment(ref _retries);
                key = Interlocked.Increment(ref _retryKeys);
                await Task.Delay(TimeSpan.FromMilliseconds(250)).ConfigureAwait(false);
            }
        }
    }
}
