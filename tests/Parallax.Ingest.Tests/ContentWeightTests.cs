namespace Parallax.Ingest.Tests;

/// <summary>Forms, figure captions, lists and tables are kept or dropped by what they hold, not by their tag.</summary>
public sealed class ContentWeightTests
{
    private static string Page(string article) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><title>Shop</title></head>
        <body>
        <nav><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/about">About</a></nav>
        <form action="/search" class="site-search"><input name="q" placeholder="Search"><button>Go</button></form>
        <main>{article}</main>
        <footer><form action="/newsletter"><label>Get our newsletter</label><input name="email"><button>Sign up</button></form></footer>
        </body></html>
        """;

    [Fact]
    public void An_article_inside_a_form_is_kept_and_the_form_controls_are_not()
    {
        var text = ArticleLoader.FromHtml(Page("""
            <form action="/cart" method="post">
            <h1>The Larch Writing Desk</h1>
            <p>Our writing desk is made in a small workshop in the hills from larch that fell in the winter storms, dried for two years in the open air and then planed by hand, so that every desk keeps the grain of its own tree.</p>
            <p>The top folds down over three drawers lined with felt; the legs come off with four brass screws, and the whole desk fits in the back of a small car when you move house, which customers tell us they do more often than they expected.</p>
            <p>Each desk is oiled, not varnished, so scratches can be rubbed out with a cloth and a little linseed oil; we send a bottle with every order and will re-oil the desk for free if you bring it back to the workshop.</p>
            <label for="qty">Quantity</label><input id="qty" name="qty" value="1"><select name="finish"><option>Natural</option><option>Dark</option></select>
            <button type="submit">Add to basket</button>
            </form>
            """)).Text;
        Assert.StartsWith("Our writing desk is made in a small workshop", text, StringComparison.Ordinal);
        Assert.Contains("re-oil the desk for free", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Add to basket", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Natural", text, StringComparison.Ordinal);
        Assert.DoesNotContain("newsletter", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gallery_told_in_captions_keeps_its_captions()
    {
        var text = ArticleLoader.FromHtml(Page("""
            <article>
            <h1>A year on the island ferry</h1>
            <p>Our photographer spent a year on the morning boat.</p>
            <figure><img src="1.jpg"><figcaption>In January the first boat leaves in the dark, and the crew clear ice from the ramp with shovels before the cars can drive on; the captain says the winter crossings are the ones he remembers.</figcaption></figure>
            <figure><img src="2.jpg"><figcaption>By April the school children take over the upper deck, doing homework on their knees and counting the seals on the sandbank, which the crew slow down for when the sea is calm.</figcaption></figure>
            <figure><img src="3.jpg"><figcaption>In August the boat runs every hour and carries more bicycles than cars, and the ticket office on the quay stays open until the last tourists have gone home after sunset.</figcaption></figure>
            <figure><img src="4.jpg"><figcaption>In November the storms cancel a crossing most weeks; islanders keep a spare bag at a friend's house on the mainland in case they are stranded overnight.</figcaption></figure>
            </article>
            """)).Text;
        Assert.Contains("In January the first boat leaves in the dark", text, StringComparison.Ordinal);
        Assert.Contains("counting the seals on the sandbank", text, StringComparison.Ordinal);
        Assert.Contains("keep a spare bag at a friend's house", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_photo_caption_beside_a_long_story_is_left_out()
    {
        var text = ArticleLoader.FromHtml(Page("""
            <article>
            <p>The island council voted on Monday to buy a second ferry, after a summer in which hundreds of travellers were turned away from full boats at the harbour and the morning crossing ran late on most days.</p>
            <figure><img src="boat.jpg"><figcaption>The morning ferry leaving the harbour.</figcaption></figure>
            <p>The new boat will be built at the yard on the mainland and should enter service in two years; until then the company will add a night crossing on Fridays and Sundays, when islanders travel to and from work.</p>
            <p>The harbour master welcomed the plan but warned that the quay lights, which date from the 1970s, would need to be replaced before a second boat can dock safely after dark.</p>
            </article>
            """)).Text;
        Assert.DoesNotContain("The morning ferry leaving the harbour", text, StringComparison.Ordinal);
        Assert.Contains("a second ferry", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_of_facts_in_the_story_is_kept_and_a_list_of_links_is_not()
    {
        var text = ArticleLoader.FromHtml(Page("""
            <article>
            <p>The island council voted on Monday to buy a second ferry, after a summer in which hundreds of travellers were turned away from full boats at the harbour and the morning crossing ran late on most days.</p>
            <p>What the new timetable changes:</p>
            <ul><li>a night crossing on Fridays and Sundays from June</li><li>bicycles carried free on the first boat of the day</li><li>the ticket office on the quay open until the last boat</li></ul>
            <p>The harbour master welcomed the plan but warned that the quay lights, which date from the 1970s, would need to be replaced before a second boat can dock safely after dark.</p>
            <ul class="more"><li><a href="/a">Island school gets a new roof</a></li><li><a href="/b">Seal pups counted on the sandbank</a></li><li><a href="/c">Harbour cafe wins prize</a></li></ul>
            </article>
            """)).Text;
        Assert.Contains("bicycles carried free on the first boat of the day", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Seal pups counted", text, StringComparison.Ordinal);
    }
}
