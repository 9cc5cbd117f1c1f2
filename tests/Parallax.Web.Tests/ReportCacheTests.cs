using Parallax.Web.Internal;

namespace Parallax.Web.Tests;

public sealed class ReportCacheTests
{
    [Fact]
    public void A_second_request_for_the_same_story_does_not_build_again()
    {
        var cache = new ReportCache<string>(4);
        var builds = 0;
        cache.GetOrBuild(1, 2, () => $"build {++builds}");
        Assert.Equal("build 1", cache.GetOrBuild(1, 2, () => $"build {++builds}"));
    }

    [Fact]
    public void A_story_that_gained_articles_is_built_again()
    {
        var cache = new ReportCache<string>(4);
        cache.GetOrBuild(1, 2, () => "two articles");
        Assert.Equal("three articles", cache.GetOrBuild(1, 3, () => "three articles"));
    }

    [Fact]
    public void The_least_recently_used_story_is_dropped_when_full()
    {
        var cache = new ReportCache<string>(2);
        cache.GetOrBuild(1, 1, () => "one");
        cache.GetOrBuild(2, 1, () => "two");
        cache.GetOrBuild(1, 1, () => "one again");
        cache.GetOrBuild(3, 1, () => "three");
        Assert.Equal("one", cache.GetOrBuild(1, 1, () => "one rebuilt"));
        Assert.Equal("two rebuilt", cache.GetOrBuild(2, 1, () => "two rebuilt"));
    }

    [Fact]
    public void A_failed_build_is_not_kept()
    {
        var cache = new ReportCache<string>(2);
        Assert.Throws<InvalidOperationException>(() => cache.GetOrBuild(1, 1, () => throw new InvalidOperationException("broken")));
        Assert.Equal("fixed", cache.GetOrBuild(1, 1, () => "fixed"));
    }

    [Fact]
    public async Task Concurrent_requests_for_one_story_share_one_build()
    {
        var cache = new ReportCache<string>(2);
        var builds = 0;
        using var gate = new ManualResetEventSlim();
        var requests = Enumerable.Range(0, 4).Select(_ => Task.Run(() => cache.GetOrBuild(1, 1, () =>
        {
            Interlocked.Increment(ref builds);
            gate.Wait(TimeSpan.FromSeconds(5));
            return "built";
        }))).ToList();
        await Task.Delay(100, TestContext.Current.CancellationToken);
        gate.Set();
        await Task.WhenAll(requests);
        Assert.Equal(1, builds);
    }
}
