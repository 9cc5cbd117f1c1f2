using Parallax.Testing;

namespace Parallax.Cli.Tests;

/// <summary>Hostile inputs end to end: one line per bad input naming it, the good articles still analysed, no stack trace.</summary>
public sealed class HostileInputCliTests : IDisposable
{
    private const string Good = "Mayor Ada Lindqvist opened the bridge on Friday.";

    private readonly TempFolder _temp = new("parallax-cli-hostile-");

    public void Dispose() => _temp.Dispose();

    private string Write(string name, string text) => _temp.Write(name, text);

    [Fact]
    public void Texts_ending_in_a_cue_or_opening_with_a_question_are_analysed_with_the_others()
    {
        var (code, stdout, stderr) = CliRunner.Run("analyze", Write("a.txt", "The bridge opened on Friday. He said:"), Write("b.txt", "Who says the bridge is safe? Engineers do."), Write("c.txt", Good), "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Contains("He said:", stdout, StringComparison.Ordinal);
        Assert.Contains("Who says the bridge is safe?", stdout, StringComparison.Ordinal);
        Assert.Contains("Ada Lindqvist", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_surrogate_escape_in_a_jsonl_dump_keeps_every_line()
    {
        var dump = Write("dump.jsonl", $"{{\"text\":\"{Good}\"}}\n{{\"title\":\"Bad \\ud800\",\"text\":\"The bridge closed on Saturday.\"}}\n");
        var (code, stdout, stderr) = CliRunner.Run("analyze", dump, "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Contains("The bridge closed on Saturday.", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recursive_yaml_alias_is_one_line_and_the_good_files_are_compared()
    {
        Write("bad.md", "---\ntitle: &x [*x]\n---\n" + Good);
        Write("one.txt", Good);
        Write("two.txt", "Ada Lindqvist, the mayor, opened the new bridge on Friday.");
        var (code, stdout, stderr) = CliRunner.Run("compare", _temp.Path, "--format", "json", "--lexical");
        Assert.Equal(1, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("bad.md: invalid YAML front matter (alias *x refers to a collection that contains it)", line, StringComparison.Ordinal);
        Assert.Contains("\"a2\"", stdout, StringComparison.Ordinal);
    }
}

public sealed class CompareLimitTests : IDisposable
{
    private readonly TempFolder _temp = new("parallax-cli-limit-");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Compare_reads_no_more_than_max_articles_and_says_so()
    {
        foreach (var name in new[] { "a", "b", "c" })
            File.WriteAllText(Path.Combine(_temp.Path, name + ".txt"), $"Mayor Ada Lindqvist opened bridge {name} on Friday.");
        var (code, stdout, stderr) = CliRunner.Run("compare", _temp.Path, "--max-articles", "2", "--lexical", "--format", "json");
        Assert.Equal(1, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("c.txt: more than 2 articles given (the --max-articles limit)", line, StringComparison.Ordinal);
        Assert.Contains("\"a2\"", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\"a3\"", stdout, StringComparison.Ordinal);
    }
}

public sealed class StoreErrorCliTests : IDisposable
{
    private readonly TempFolder _temp = new("parallax-cli-db-");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Fact]
    public void Stories_of_an_unrelated_sqlite_file_is_one_line_and_the_file_is_unchanged()
    {
        var db = Path.Combine(_temp.Path, "notes.db");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE notes(body TEXT)";
            command.ExecuteNonQuery();
        }
        var before = File.ReadAllBytes(db);
        var (code, _, stderr) = CliRunner.Run("stories", "--db", db);
        Assert.Equal(74, code);
        Assert.Equal($"parallax: {db}: not a Parallax database (application id 0, tables notes); it was left unchanged", stderr.Trim());
        Assert.Equal(before, File.ReadAllBytes(db));
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_one_line()
    {
        var db = Path.Combine(_temp.Path, "text.db");
        File.WriteAllText(db, new string('x', 4096));
        var (code, _, stderr) = CliRunner.Run("stories", "--db", db);
        Assert.Equal(74, code);
        Assert.Equal($"parallax: {db}: not a database file", stderr.Trim());
    }
}
