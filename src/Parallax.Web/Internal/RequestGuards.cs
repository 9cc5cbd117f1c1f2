using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Parallax.Web.Internal;

/// <summary>
/// What every request passes before a page is built: the <c>Host</c> allow-list, GET/HEAD only (405 with <c>Allow</c>
/// otherwise) but for the compare form's same-site POST, security headers with a CSP that allows the report's own script by hash and no other, and a log line.
/// </summary>
internal static class RequestGuards
{
    public static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src 'self' 'unsafe-inline'; script-src {Parallax.Reports.HtmlReport.ScriptSource}; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static void Use(WebApplication app, ServeOptions options, ILogger log)
    {
        var allowed = new HashSet<string>(options.AllowedHosts.Select(h => h.Trim().TrimEnd('.')), StringComparer.OrdinalIgnoreCase) { "localhost" };
        app.Use(async (context, next) =>
        {
            var watch = Stopwatch.StartNew();
            var request = context.Request;
            try
            {
                await Guard(context, next, allowed).ConfigureAwait(false);
            }
            finally
            {
                if (options.LogRequests)
                    log.LogInformation("{Method} {Path}{Query} {Status} {Elapsed:F0} ms", request.Method, request.Path.Value, request.QueryString.Value, context.Response.StatusCode, watch.Elapsed.TotalMilliseconds);
            }
        });
    }

    private static Task Guard(HttpContext context, RequestDelegate next, HashSet<string> allowed)
    {
        var request = context.Request;
        var response = context.Response;
        var headers = response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        if (!IsAllowedHost(request.Host.Host, allowed))
        {
            response.StatusCode = StatusCodes.Status400BadRequest;
            response.ContentType = "text/plain; charset=utf-8";
            return response.WriteAsync("This server answers only to localhost, IP addresses and the names given with --allowed-host.\n");
        }
        if (HttpMethods.IsPost(request.Method) && request.Path.Equals(Routes.Compare, StringComparison.OrdinalIgnoreCase))
        {
            if (IsCrossSite(request))
            {
                response.StatusCode = StatusCodes.Status403Forbidden;
                response.ContentType = "text/plain; charset=utf-8";
                return response.WriteAsync("The compare form is answered only when sent from this server's own page.\n");
            }
            return next(context);
        }
        if (HttpMethods.IsHead(request.Method))
            return AsGetWithoutBody(context, next);
        if (!HttpMethods.IsGet(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            headers.Allow = "GET, HEAD";
            return Task.CompletedTask;
        }
        return next(context);
    }

    /// <summary>A HEAD request is answered by the GET route with the same status and headers, and the body thrown away.</summary>
    private static async Task AsGetWithoutBody(HttpContext context, RequestDelegate next)
    {
        var (request, response) = (context.Request, context.Response);
        var body = response.Body;
        request.Method = HttpMethods.Get;
        response.Body = Stream.Null;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            response.Body = body;
            request.Method = HttpMethods.Head;
        }
    }

    /// <summary>
    /// A form posted by a page of another site (the browser says so with <c>Sec-Fetch-Site</c>, or, without it, with an
    /// <c>Origin</c> other than this server): refused, so no other site can make a reader's browser store articles in the
    /// corpus. <c>Sec-Fetch-Site</c> decides when sent, since under this server's <c>no-referrer</c> policy a browser's own
    /// same-site form has the <c>Origin</c> "null".
    /// </summary>
    internal static bool IsCrossSite(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
            return site is not ("same-origin" or "none");
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
            return false;
        return !Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            || !string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Names on the list, and IP literals (which no other site's page can rebind).</summary>
    internal static bool IsAllowedHost(string host, HashSet<string> allowed)
    {
        if (string.IsNullOrEmpty(host))
            return false;
        var bare = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
        return allowed.Contains(host.TrimEnd('.')) || IPAddress.TryParse(bare, out _);
    }
}
