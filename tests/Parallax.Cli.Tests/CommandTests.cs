using System.Text.Json;
using Parallax.Testing;

namespace Parallax.Cli.Tests;

public sealed class CommandTests : IDisposable
{
    private readonly TempFolder _temp = new("parallax-cli-");

    public void Dispose() => _temp.Dispose();

    private string Write(string name, string text) => _temp.Write(name, text);

    [Fact]
    public void Analyze_json_holds_sentences_entities_and_quotes_of_each_article()
    {
        var a = Write("north-star.txt", "BERGEN (North Star) — Mayor Ada Lindqvist said on Friday that the bridge would reopen. \"We are ready,\" she said.");
        var (code, stdout, stderr) = CliRunner.Run("analyze", a, "--format", "json");
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var article = json.RootElement.GetProperty("articles")[0];
        Assert.Equal("North Star", article.GetProperty("outlet").GetString());
        Assert.Equal("Bergen", article.GetProperty("dateline").GetString());
        Assert.Equal(2, article.GetProperty("sentences").GetArrayLength());
        Assert.Contains(json.RootElement.GetProperty("entities").EnumerateArray(), e => e.GetProperty("name").GetString() == "Ada Lindqvist" && e.GetProperty("type").GetString() == "PERSON");
        Assert.Equal(2, json.RootElement.GetProperty("quotes").GetArrayLength());
    }

    [Fact]
    public void Compare_json_follows_the_story_contract_on_a_sample_story()
    {
        var story = Path.Combine(Repository.Root, "samples", "harbour-strike");
        var (code, stdout, stderr) = CliRunner.Run("compare", story, "--format", "json");
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("parallax.story/1", root.GetProperty("schema").GetString());
        Assert.Equal(3, root.GetProperty("articles").GetArrayLength());
        Assert.True(root.GetProperty("alignments").GetArrayLength() > 0);
        Assert.True(root.GetProperty("brief").GetArrayLength() >= 3);
        Assert.Contains(root.GetProperty("divergences").EnumerateArray(), d => d.GetProperty("kind").GetString() == "name-variant");
        Assert.Contains(root.GetProperty("divergences").EnumerateArray(), d => d.GetProperty("kind").GetString() == "number");
    }

    [Fact]
    public void Compare_aligns_a_paraphrase_with_no_shared_word_unless_told_lexical()
    {
        var a = Write("a.txt", "The airline cancelled all flights because of the storm. The bakery on Mill Street reopened after a long renovation.");
        var b = Write("b.txt", "Every plane was grounded by the carrier as the hurricane hit. The council elected a new chair on Monday.");
        static int Alignments(string stdout) => JsonDocument.Parse(stdout).RootElement.GetProperty("alignments").GetArrayLength();

        var (code, stdout, stderr) = CliRunner.Run("compare", a, b, "--format", "json");
        Assert.True(code == 0, stderr);
        Assert.Equal(1, Alignments(stdout));

        (code, stdout, stderr) = CliRunner.Run("compare", a, b, "--format", "json", "--lexical");
        Assert.True(code == 0, stderr);
        Assert.Equal(0, Alignments(stdout));
    }

    [Fact]
    public void Compare_shows_each_headline_with_what_states_its_fact_in_every_format_and_no_partner_for_an_unaligned_one()
    {
        var files = new[]
        {
            Write("lakeland-post.txt", "Dam Cracks Force Evacuation Of Three Villages\n\nEngineers found new cracks in the Korvath dam wall on Thursday, and the villages below it were evacuated.\n\nThe bakery on Mill Street reopened its doors on Friday morning."),
            Write("valley-times.txt", "Villages evacuated after cracks found in Korvath dam\n\nAuthorities evacuated about 2,000 people from villages near the Korvath dam after cracks appeared in the wall.\n\nA football match in the county went ahead as planned on Saturday."),
            Write("meadow-herald.txt", "Council approves new budget for schools\n\nThe county council approved a budget of 40 million for schools on Tuesday."),
        };
        string Render(string format)
        {
            var (code, stdout, stderr) = CliRunner.Run(["compare", .. files, "--lexical", "--format", format]);
            Assert.True(code == 0, stderr);
            return stdout;
        }

        using var json = JsonDocument.Parse(Render("json"));
        var headings = json.RootElement.GetProperty("headlineAlignments").EnumerateArray().Select(h => string.Join(' ', h.GetProperty("headings").EnumerateArray().Select(x => x.GetString()))).ToList();
        Assert.Contains("a1.h1 a2.h1", headings);
        Assert.DoesNotContain(headings, h => h.Contains("a3.h1", StringComparison.Ordinal));

        var md = Render("markdown");
        Assert.Contains("`a1.h1`: Dam Cracks Force Evacuation Of Three Villages\n  - ", md, StringComparison.Ordinal);
        Assert.Matches(@"`a1\.h1`: Dam Cracks[^\n]*\n(  - [^\n]*\n)*  - [^\n]*, headline `a2\.h1`: Villages evacuated after cracks found in Korvath dam \(", md);
        Assert.Contains("`a3.h1`: Council approves new budget for schools\n  - No other outlet's headline or sentence states it.\n", md, StringComparison.Ordinal);

        var text = Render("text").Split('\n');
        Assert.Contains("a1.h1", Assert.Single(text, l => l.StartsWith("│ a2.h1 ", StringComparison.Ordinal)), StringComparison.Ordinal);
        var unaligned = Assert.Single(text, l => l.Contains("a3.h1", StringComparison.Ordinal));
        Assert.Contains("none found", unaligned, StringComparison.Ordinal);

        var html = Render("html");
        var section = html[html.IndexOf("<section id=\"headlines\"", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        var first = section[section.IndexOf("<li data-a=\"a1\">", StringComparison.Ordinal)..section.IndexOf("<li data-a=\"a2\">", StringComparison.Ordinal)];
        Assert.Contains("href=\"#a2.h1\"", first, StringComparison.Ordinal);
        var last = section[section.IndexOf("<li data-a=\"a3\">", StringComparison.Ordinal)..];
        Assert.Contains("No other outlet's headline or sentence states it.", last, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"#a1.", last, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"#a2.", last, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("harbour-strike", "coastal-courier.txt")]
    [InlineData("harbour-strike", "harbour-watch.html")]
    [InlineData("harbour-strike", "tidewater-daily.md")]
    [InlineData("dam-evacuation", "lakeland-post.txt")]
    [InlineData("dam-evacuation", "valley-times.txt")]
    public void A_sample_compared_with_its_own_copy_shares_every_sentence_and_nothing_else(string story, string file)
    {
        var original = Path.Combine(Repository.Root, "samples", story, file);
        var copy = Path.Combine(_temp.Path, "copy-of-" + file);
        File.Copy(original, copy);
        var (code, stdout, stderr) = CliRunner.Run("compare", original, copy, "--format", "json");
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        var sentences = root.GetProperty("articles")[0].GetProperty("sentences").GetArrayLength();
        Assert.Equal("a1", root.GetProperty("articles")[1].GetProperty("syndicatedFrom").GetString());
        var alignments = root.GetProperty("alignments").EnumerateArray().ToList();
        Assert.Equal(sentences, alignments.Count);
        Assert.All(alignments, a =>
        {
            Assert.Equal("agree", a.GetProperty("relation").GetString());
            Assert.True(a.GetProperty("syndicated").GetBoolean());
            var ids = a.GetProperty("sentences").EnumerateArray().Select(s => s.GetString()![3..]).ToList();
            Assert.Equal(ids[0], ids[1]);
        });
        Assert.All(root.GetProperty("unique").EnumerateObject(), u => Assert.Equal(0, u.Value.GetArrayLength()));
        Assert.Equal(0, root.GetProperty("divergences").GetArrayLength());
    }

    [Fact]
    public void The_sample_brief_does_not_cite_the_outlet_that_gives_another_strike_count()
    {
        var (code, stdout, stderr) = CliRunner.Run("compare", Path.Combine(Repository.Root, "samples", "harbour-strike"), "--format", "json");
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var sentences = json.RootElement.GetProperty("articles").EnumerateArray()
            .SelectMany(a => a.GetProperty("sentences").EnumerateArray())
            .ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("text").GetString()!);
        var strikers = Assert.Single(json.RootElement.GetProperty("brief").EnumerateArray(), b => b.GetProperty("text").GetString()!.Contains("4,200", StringComparison.Ordinal));
        Assert.All(strikers.GetProperty("sources").EnumerateArray(), s => Assert.DoesNotContain("3,800", sentences[s.GetString()!], StringComparison.Ordinal));
        Assert.True(strikers.GetProperty("outlets").GetInt32() >= 2);
    }

    [Theory]
    [InlineData("story.html", "<!DOCTYPE html>")]
    [InlineData("story.md", "# ")]
    [InlineData("story.json", "\"schema\"")]
    public void The_output_format_follows_the_out_extension(string name, string expectedStart)
    {
        var a = Write("a.txt", "The council approved the budget on Monday. Mayor Ada Lindqvist said it was fair.");
        var b = Write("b.txt", "Mayor Ada Lindquist said the budget approved on Monday was fair to everyone.");
        var outPath = Path.Combine(_temp.Path, name);
        var (code, _, stderr) = CliRunner.Run("compare", a, b, "--out", outPath);
        Assert.True(code == 0, stderr);
        Assert.Contains(expectedStart, File.ReadAllText(outPath), StringComparison.Ordinal);
        Assert.False(File.Exists(outPath + ".tmp"));
    }
}
