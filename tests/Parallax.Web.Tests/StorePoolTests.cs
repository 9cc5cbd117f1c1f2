using Parallax.Corpus;
using Parallax.Store;
using Parallax.Web.Internal;

namespace Parallax.Web.Tests;

public sealed class StorePoolTests(Corpus corpus)
{
    [Fact]
    public void Busy_requests_open_more_stores_but_only_the_idle_limit_stays_open()
    {
        var opened = 0;
        using var pool = new StorePool(() =>
        {
            opened++;
            return SqliteArticleStore.Open(corpus.Db, create: false);
        }, maxIdle: 1);

        // Three requests at once: each borrows its own store.
        var count = pool.Use(a => pool.Use(b => pool.Use(c => a.Stories().Count + b.Stories().Count + c.Stories().Count)));

        Assert.True(count > 0);
        Assert.Equal(3, opened);
        Assert.Equal(1, pool.Idle);
    }
}
