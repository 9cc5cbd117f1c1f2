using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;
using Parallax.Documents;

namespace Parallax.Web.Tests;

public sealed partial class HardeningTests(Corpus corpus)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<HttpResponseMessage> Send(HttpMethod method, string path, string? host = null, ServeOptions? options = null)
    {
        var client = await corpus.ClientAsync(options);
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (host is not null)
            request.Headers.Host = host;
        return await client.SendAsync(request, Token);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("localhost.evil.example:5080")]
    public async Task A_host_name_not_on_the_allow_list_is_refused(string host)
    {
        using var response = await Send(HttpMethod.Get, "/api/stories", host);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("stories", await response.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localhost:5080")]
    [InlineData("127.0.0.1:5080")]
    [InlineData("[::1]:5080")]
    [InlineData("192.168.1.20")]
    public async Task Localhost_and_ip_addresses_are_answered(string host)
    {
        using var response = await Send(HttpMethod.Get, "/api/stories", host);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_name_given_with_allowed_host_is_answered()
    {
        using var response = await Send(HttpMethod.Get, "/api/stories", "newsroom.lan:5080", new ServeOptions { AllowedHosts = ["Newsroom.LAN"] });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("POST", "/")]
    [InlineData("DELETE", "/api/stories/1")]
    [InlineData("PUT", "/no/such/page")]
    public async Task Other_methods_than_get_are_405_with_allow(string method, string path)
    {
        using var response = await Send(new HttpMethod(method), path);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/healthz")]
    public async Task Head_answers_as_get_does_without_a_body(string path)
    {
        using var get = await Send(HttpMethod.Get, path);
        using var head = await Send(HttpMethod.Head, path);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(Token));
    }

    [Fact]
    public async Task The_health_endpoint_answers_with_the_article_count()
    {
        using var response = await Send(HttpMethod.Get, "/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("\"status\": \"ok\",\\s+\"articles\": [1-9]", await response.Content.ReadAsStringAsync(Token));
    }

    [Fact]
    public async Task The_policy_allows_the_reports_own_script_by_hash_and_no_other_inline_script()
    {
        using var response = await Send(HttpMethod.Get, $"/stories/{corpus.StoryOf(Corpus.ScriptTitle)}");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.DoesNotContain("unsafe-inline'; img", policy.Split("script-src")[1], StringComparison.Ordinal);
        var page = await response.Content.ReadAsStringAsync(Token);
        var scripts = ScriptElement().Matches(page);
        var script = Assert.Single(scripts).Groups[1].Value;
        var hash = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script))) + "'";
        Assert.Contains("script-src " + hash + ";", policy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?q=Tessel")]
    [InlineData("/story")]
    [InlineData("/article")]
    [InlineData("/entities?name=Tessel")]
    [InlineData("/compare")]
    [InlineData("/no/such/page")]
    public async Task Every_page_comes_from_the_shared_layout_with_the_one_script_the_policy_allows(string path)
    {
        var story = corpus.StoryOf(Corpus.ScriptTitle);
        path = path switch { "/story" => $"/stories/{story}", "/article" => "/articles/1", _ => path };
        using var response = await Send(HttpMethod.Get, path);
        var page = await response.Content.ReadAsStringAsync(Token);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", page, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"generator\" content=\"Parallax\">", page, StringComparison.Ordinal);
        var script = Assert.Single(ScriptElement().Matches(page)).Groups[1].Value;
        Assert.Equal(Parallax.Reports.HtmlReport.ScriptSource, "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script))) + "'");
    }

    [Fact]
    public async Task Story_builds_wait_for_a_free_slot_and_all_succeed()
    {
        var app = await corpus.StartAsync(new ServeOptions { ConcurrentBuilds = 1, CachedReports = 0 });
        using var client = app.GetTestClient();
        var story = corpus.StoryOf(Corpus.ScriptTitle);
        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => client.GetAsync(new Uri($"/api/stories/{story}", UriKind.Relative), Token)));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        foreach (var r in responses)
            r.Dispose();
    }

    [GeneratedRegex("<script>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ScriptElement();
}
