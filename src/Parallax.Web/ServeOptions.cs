using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Parallax.Comparison;

namespace Parallax.Web;

/// <summary>Where <c>parallax serve</c> listens and how much it keeps in memory.</summary>
public sealed record ServeOptions
{
    /// <summary>The address listened on when none is given: the loopback interface only.</summary>
    public const string DefaultHost = "127.0.0.1";

    /// <summary>The port listened on when none is given.</summary>
    public const int DefaultPort = 5080;

    /// <summary>An IP address or <c>localhost</c>; anything but a loopback address opens the corpus to the network.</summary>
    public string Host { get; init; } = DefaultHost;

    /// <summary>The TCP port (0 picks a free one).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>Built story reports kept in memory (least recently used dropped first; see also <see cref="CachedReportBytes"/>).</summary>
    public int CachedReports { get; init; } = 1024;

    /// <summary>The most the story reports kept in memory may hold together (kept compressed), in bytes; the least recently used go first.</summary>
    public long CachedReportBytes { get; init; } = 128L * 1024 * 1024;

    /// <summary>Story comparisons kept in memory for the entity pages, which read the stories themselves (least recently used dropped first).</summary>
    public int CachedComparisons { get; init; } = 32;

    /// <summary>
    /// The most the uncompressed copies of recent pages may hold together, in bytes, kept for clients that do not accept
    /// Brotli so that a page is not decompressed again for each of them; the least recently used go first.
    /// </summary>
    public long CachedUncompressedBytes { get; init; } = 192L * 1024 * 1024;

    /// <summary>Article pages (<c>/articles/N</c> and <c>/api/articles/N</c>, rendered together) kept in memory, compressed.</summary>
    public int CachedArticles { get; init; } = 1024;

    /// <summary>The most the article pages kept in memory may hold together (kept compressed), in bytes.</summary>
    public long CachedArticleBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Stories per page of the list.</summary>
    public int PageSize { get; init; } = 50;

    /// <summary>A story report compares at most this many of its articles (the earliest stored).</summary>
    public int MaxArticles { get; init; } = 50;

    /// <summary>The most the "compare these" form accepts in one request (pasted texts and files together), in bytes; more is answered 413.</summary>
    public long MaxCompareBytes { get; init; } = 2_000_000;

    /// <summary>
    /// Host names (the <c>Host</c> header, without port) answered besides <c>localhost</c> and IP addresses; any other
    /// name is refused with 400, so a web page on another site cannot rebind its own name to this server (DNS rebinding).
    /// </summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>Log one line per request (method, path, status, time) and every failure to standard error.</summary>
    public bool LogRequests { get; init; } = true;

    /// <summary>Story reports built at once; a request for another uncached story waits for a slot.</summary>
    public int ConcurrentBuilds { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>How long a request waits for a build slot before it is answered 503 with <c>Retry-After</c>.</summary>
    public TimeSpan BuildQueueTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The sentence encoder story reports align with (vectors are read from and added to the store), or null
    /// for lexical alignment.
    /// </summary>
    public ISentenceEncoder? Encoder { get; init; }

    /// <summary>The address <see cref="Host"/> names.</summary>
    /// <exception cref="ArgumentException">It is neither an IP address nor <c>localhost</c>.</exception>
    public IPAddress Address
        => string.Equals(Host, "localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
            : IPAddress.TryParse(Host, out var address) ? address
            : throw new ArgumentException($"--host '{Host}' is not an IP address (use e.g. 127.0.0.1, or 0.0.0.0 for every interface)");

    /// <summary>True when only this machine can connect.</summary>
    public bool IsLoopback => IPAddress.IsLoopback(Address);

    /// <summary>The address to open in a browser (an unspecified address is shown as loopback, since that is where a local browser reaches it).</summary>
    public Uri Url
    {
        get
        {
            var address = Address;
            if (address.Equals(IPAddress.Any))
                address = IPAddress.Loopback;
            else if (address.Equals(IPAddress.IPv6Any))
                address = IPAddress.IPv6Loopback;
            var host = address.AddressFamily == AddressFamily.InterNetworkV6 ? "[" + address + "]" : address.ToString();
            return new Uri("http://" + host + ":" + Port.ToString(CultureInfo.InvariantCulture) + "/");
        }
    }
}
