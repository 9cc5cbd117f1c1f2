using System.Net;

namespace Parallax.Web.Tests;

public sealed class ServeOptionsTests
{
    [Fact]
    public void By_default_only_the_loopback_address_is_bound()
    {
        var options = new ServeOptions();
        Assert.Equal(IPAddress.Loopback, options.Address);
        Assert.True(options.IsLoopback);
        Assert.Equal(new Uri("http://127.0.0.1:5080/"), options.Url);
    }

    [Fact]
    public void Localhost_means_the_loopback_address()
        => Assert.Equal(IPAddress.Loopback, new ServeOptions { Host = "localhost" }.Address);

    [Fact]
    public void Every_interface_is_not_loopback_and_is_browsed_at_loopback()
    {
        var options = new ServeOptions { Host = "0.0.0.0", Port = 8080 };
        Assert.False(options.IsLoopback);
        Assert.Equal(new Uri("http://127.0.0.1:8080/"), options.Url);
    }

    [Fact]
    public void An_ipv6_host_is_bracketed_in_the_url()
        => Assert.Equal("http://[::1]:5080/", new ServeOptions { Host = "::1" }.Url.ToString());

    [Fact]
    public void A_host_name_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => new ServeOptions { Host = "example.com" }.Address);
        Assert.Contains("example.com", e.Message, StringComparison.Ordinal);
    }
}
