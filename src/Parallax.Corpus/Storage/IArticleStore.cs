namespace Parallax.Corpus;

/// <summary>
/// Where articles, their cached analyses and their stories live: a reader, a writer and an analysis cache over one
/// database (SQLite or PostgreSQL, in <c>Parallax.Store</c>). One instance per thread.
/// </summary>
public interface IArticleStore : IArticleReader, IArticleWriter, IAnalysisCache, IDisposable
{
}
