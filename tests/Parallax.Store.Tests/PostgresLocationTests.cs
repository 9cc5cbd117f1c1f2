using Npgsql;
using Parallax.Store.Postgres;

namespace Parallax.Store.Tests;

public sealed class PostgresLocationTests
{
    [Fact]
    public void A_uri_gives_user_password_host_port_and_database()
    {
        var built = new NpgsqlConnectionStringBuilder(PostgresLocation.ConnectionString("postgres://ana:s%40cret@db.example:6543/news?sslmode=require"));
        Assert.Equal(("ana", "s@cret", "db.example", 6543, "news", SslMode.Require), (built.Username, built.Password, built.Host, built.Port, built.Database, built.SslMode));
    }

    [Fact]
    public void A_socket_folder_can_be_given_as_the_host_parameter()
    {
        var built = new NpgsqlConnectionStringBuilder(PostgresLocation.ConnectionString("postgresql://postgres@/corpus?host=/tmp/pg/socket&search_path=t1"));
        Assert.Equal(("/tmp/pg/socket", "corpus", "t1"), (built.Host, built.Database, built.SearchPath));
    }

    [Fact]
    public void An_unknown_parameter_is_refused_by_name()
    {
        var e = Assert.Throws<FormatException>(() => PostgresLocation.ConnectionString("postgres://localhost/news?colour=blue"));
        Assert.Contains("'colour'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_password_is_never_shown()
    {
        Assert.Equal("postgres://ana:***@db/news", ArticleStores.Describe("postgres://ana:hunter2@db/news"));
        Assert.Equal("postgres://db/news?password=***&sslmode=require", ArticleStores.Describe("postgres://db/news?password=hunter2&sslmode=require"));
        Assert.Equal("/data/parallax.db", ArticleStores.Describe("/data/parallax.db"));
    }
}
