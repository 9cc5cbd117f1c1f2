using System.Net;
using System.Text.Json;
using Parallax.Analysis;
using Parallax.Comparison;
using Parallax.Corpus;
using Parallax.Documents;
using Parallax.Ingest;
using Parallax.Web.Internal;

namespace Parallax.Web.Tests;

/// <summary>The entity page: every story and outlet that names an entity, and its spellings.</summary>
public sealed class EntityPageTests(Corpus corpus)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<(HttpStatusCode Status, string Body)> Get(string path)
    {
        using var client = await corpus.ClientAsync();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Token);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Token));
    }

    [Fact]
    public async Task A_story_page_links_a_person_to_the_entity_page()
    {
        var (_, story) = await Get($"/stories/{corpus.StoryOf(Corpus.ScriptTitle)}");
        Assert.Contains("href=\"/entities?name=Ilse%20Varnhagen&amp;type=person\"", story, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_page_links_its_entities_to_the_entity_page()
    {
        var (_, page) = await Get($"/articles/{corpus.ArticleOf(Corpus.ChessTitle)}");
        Assert.Contains("href=\"/entities?name=", page, StringComparison.Ordinal);
        Assert.Contains("Oduya", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_entity_page_lists_each_outlet_and_article_that_names_the_person_and_no_other_story()
    {
        var (status, page) = await Get("/entities?name=Ilse+Varnhagen&type=person");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<b>Tessel Gazette</b>", page, StringComparison.Ordinal);
        Assert.Contains("<b>Northmoor Radio</b>", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/articles/{corpus.ArticleOf(Corpus.ScriptTitle)}\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/stories/{corpus.StoryOf(Corpus.ScriptTitle)}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/stories/{corpus.StoryOf(Corpus.ChessTitle)}\"", page, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">Ilse Varnhagen</th>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_entity_page_escapes_what_it_repeats_from_the_address_and_the_articles()
    {
        var (status, page) = await Get("/entities?name=" + Uri.EscapeDataString("<img src=x onerror=alert(1)> Varnhagen"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt; Varnhagen", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_no_story_holds_gets_a_page_that_says_so()
    {
        var (status, page) = await Get("/entities?name=Zebulon+Quillfeather");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("No stored story names “Zebulon Quillfeather”", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/entities")]
    [InlineData("/entities?name=Varnhagen&type=weekday")]
    [InlineData("/entities?name=%2C%2C")]
    public async Task A_missing_name_or_an_unknown_type_is_a_bad_request(string path)
    {
        var (status, page) = await Get(path);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("class=\"panel error\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_entity_api_gives_stories_articles_and_spellings()
    {
        var (status, body) = await Get("/api/entities?name=Ilse%20Varnhagen");
        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        Assert.Equal("PERSON", root.GetProperty("type").GetString());
        var story = Assert.Single(root.GetProperty("stories").EnumerateArray());
        Assert.Equal(2, story.GetProperty("articles").GetArrayLength());
        Assert.Contains(root.GetProperty("spellings").EnumerateArray(), s => s.GetProperty("text").GetString() == "Ilse Varnhagen");
    }

    [Fact]
    public void A_spelling_found_beside_the_name_in_one_story_finds_the_stories_that_use_only_that_spelling()
    {
        var both = Compare(
            ("Lantern Daily", "Minister Anneliese Vortmann opened the new bridge at Kessing on Monday. Vortmann said the bridge cost 40 million euros."),
            ("Kessing Herald", "Minister Annelise Vortmann opened the new bridge at Kessing on Monday. Vortmann said the bridge had cost 40 million euros."));
        var variantOnly = Compare(
            ("Kessing Herald", "Minister Annelise Vortmann visited the flooded farms near Ostrow on Friday. Vortmann promised help for the farmers."),
            ("Ostrow Weekly", "Minister Annelise Vortmann came to the flooded farms near Ostrow on Friday. Vortmann promised the farmers help."));
        var unrelated = Compare(
            ("Ostrow Weekly", "The Ostrow choir sang at the harvest festival on Saturday. The choir has forty singers."),
            ("Lantern Daily", "Forty singers of the Ostrow choir sang at the harvest festival on Saturday."));
        Assert.Contains(both.Entities, e => e.Aliases.Contains("Anneliese Vortmann") && e.Aliases.Contains("Annelise Vortmann"));

        var found = EntityLookup.Find("Anneliese Vortmann", null, [(Summary(1), both), (Summary(2), variantOnly), (Summary(3), unrelated)], more: false);

        Assert.Equal(EntityType.Person, found.Type);
        Assert.Equal([1L, 2L], found.Stories.Select(s => s.Summary.Id));
        var spellings = found.Spellings();
        Assert.Contains(spellings, s => s.Text == "Anneliese Vortmann" && s.Outlets.SequenceEqual(["Lantern Daily"]));
        Assert.Contains(spellings, s => s.Text == "Annelise Vortmann" && s.Outlets.SequenceEqual(["Kessing Herald", "Ostrow Weekly"]));
        Assert.Equal(("Kessing Herald", 2, 2), found.Outlets()[0]);
    }

    [Fact]
    public void A_type_asked_for_keeps_out_an_entity_of_another_type_with_the_same_name()
    {
        var story = Compare(
            ("Lantern Daily", "Minister Anneliese Vortmann opened the new bridge at Kessing on Monday."),
            ("Kessing Herald", "Minister Anneliese Vortmann opened a bridge at Kessing on Monday."));

        Assert.Empty(EntityLookup.Find("Anneliese Vortmann", EntityType.Gpe, [(Summary(1), story)], more: false).Stories);
    }

    private static Story Compare(params (string Outlet, string Text)[] articles)
        => StoryComparer.Compare([.. articles.Select((a, i) => Analyzer.Analyze(ArticleLoader.FromText(a.Text, a.Outlet, "a" + (i + 1))))]);

    private static StorySummary Summary(long id) => new(id, "story " + id, 2, [], null, null);
}
