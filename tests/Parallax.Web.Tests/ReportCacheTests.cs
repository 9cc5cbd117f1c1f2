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

    [Fact]
    public void Concurrent_requests_share_one_build_even_when_the_cache_keeps_nothing()
    {
        var cache = new ReportCache<string>(0);
        var builds = 0;
        using var gate = new ManualResetEventSlim();
        using var started = new CountdownEvent(4);
        var results = new string[4];
        var threads = Enumerable.Range(0, 4).Select(i => new Thread(() =>
        {
            started.Signal();
            results[i] = cache.GetOrBuild(1, 1, () =>
            {
                Interlocked.Increment(ref builds);
                gate.Wait(TimeSpan.FromSeconds(5));
                return "built";
            });
        })).ToList();
        threads.ForEach(t => t.Start());
        Assert.True(started.Wait(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken));
        Thread.Sleep(200);
        gate.Set();
        threads.ForEach(t => t.Join());
        Assert.All(results, r => Assert.Equal("built", r));
        Assert.Equal(1, builds);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void A_story_dropped_from_the_cache_while_it_is_built_is_not_built_a_second_time_at_once()
    {
        var cache = new ReportCache<string>(1);
        var builds = 0;
        using var building = new ManualResetEventSlim();
        using var gate = new ManualResetEventSlim();
        string? first = null, second = null;
        var slow = new Thread(() => first = cache.GetOrBuild(1, 1, () =>
        {
            Interlocked.Increment(ref builds);
            building.Set();
            gate.Wait(TimeSpan.FromSeconds(5));
            return "one";
        }));
        slow.Start();
        Assert.True(building.Wait(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken));
        cache.GetOrBuild(2, 1, () => "two");
        cache.GetOrBuild(3, 1, () => "three");
        var again = new Thread(() => second = cache.GetOrBuild(1, 1, () =>
        {
            Interlocked.Increment(ref builds);
            return "one again";
        }));
        again.Start();
        Thread.Sleep(200);
        gate.Set();
        slow.Join();
        again.Join();
        Assert.Equal(("one", "one"), (first, second));
        Assert.Equal(1, builds);
    }

    [Fact]
    public void Reports_are_dropped_oldest_first_once_they_weigh_more_than_the_limit()
    {
        var cache = new ReportCache<string>(10, maxBytes: 10, weigh: r => r.Length);
        cache.GetOrBuild(1, 1, () => "aaaa");
        cache.GetOrBuild(2, 1, () => "bbbb");
        cache.GetOrBuild(3, 1, () => "cccc");
        Assert.Equal((2, 8L), (cache.Count, cache.Bytes));
        Assert.Equal("AAAA", cache.GetOrBuild(1, 1, () => "AAAA"));
        Assert.Equal("cccc", cache.GetOrBuild(3, 1, () => "CCCC"));
        Assert.Equal("BBBB", cache.GetOrBuild(2, 1, () => "BBBB"));
    }

    [Fact]
    public void A_report_heavier_than_the_limit_is_served_but_not_kept()
    {
        var cache = new ReportCache<string>(10, maxBytes: 3, weigh: r => r.Length);
        Assert.Equal("large", cache.GetOrBuild(1, 1, () => "large"));
        Assert.Equal((0, 0L), (cache.Count, cache.Bytes));
    }
}
