using System.Net;
using System.Text;

namespace Parallax.Bench.Extraction;

/// <summary>What a generated page is built from: a real article's title and paragraphs, its metadata, and other articles' titles for teasers.</summary>
internal sealed record PageContent(string Title, IReadOnlyList<string> Paragraphs, string Outlet, string? Author, string? Date, IReadOnlyList<string> OtherTitles)
{
    /// <summary>The opening words of other articles, shown as teaser blurbs.</summary>
    public IReadOnlyList<string> OtherLeads { get; init; } = [];
}

/// <summary>
/// Page layouts written for the generated extraction set: each wraps an article in the chrome real sites put around
/// one (navigation, bylines, captions, teasers, comments, forms, cookie banners, ads), in markup of a different age.
/// The chrome's words are invented here; the article and teaser titles come from ../shared data at run time.
/// </summary>
internal static class PageTemplates
{
    public static IReadOnlyList<(string Name, Func<PageContent, string, string> Build)> All { get; } =
    [
        ("semantic-news", SemanticNews),
        ("div-soup", DivSoup),
        ("blog-with-comments", BlogWithComments),
        ("table-layout", TableLayout),
        ("aspnet-form", AspNetForm),
    ];

    private static string E(string s) => WebUtility.HtmlEncode(s);

    private static string Paragraphs(PageContent c, Func<int, string?>? between = null)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < c.Paragraphs.Count; i++)
        {
            sb.Append("<p>").Append(E(c.Paragraphs[i])).Append("</p>\n");
            if (between?.Invoke(i) is { } extra)
                sb.Append(extra).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>Teasers for other articles: <c>{0}</c> is the title, <c>{1}</c> a number, <c>{2}</c> the blurb.</summary>
    private static string Teasers(PageContent c, string itemFormat, int count)
        => string.Concat(c.OtherTitles.Take(count).Select((t, i) => string.Format(System.Globalization.CultureInfo.InvariantCulture, itemFormat, E(t), i + 1, E(c.OtherLeads.ElementAtOrDefault(i) ?? ""))));

    private static string SemanticNews(PageContent c, string head) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>{{head}}
        <title>{{E(c.Title)}} | {{E(c.Outlet)}}</title>
        <meta property="og:title" content="{{E(c.Title)}}">
        <meta property="og:site_name" content="{{E(c.Outlet)}}">
        <meta property="article:published_time" content="{{c.Date}}">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"{{E(c.Title)}}","datePublished":"{{c.Date}}"}</script>
        <link rel="stylesheet" href="/css/site.css">
        </head>
        <body>
        <div class="cookie-banner">We use cookies to improve your experience on our website. By continuing you agree to our use of cookies. <button>Accept</button></div>
        <header class="site-header">
          <a class="logo" href="/">{{E(c.Outlet)}}</a>
          <nav><ul><li><a href="/politics">Politics</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/sport">Sport</a></li></ul></nav>
          <form class="search" action="/search"><input name="q" placeholder="Search"><button>Search</button></form>
        </header>
        <main>
        <nav class="breadcrumb"><a href="/">Home</a> › <a href="/politics">Politics</a></nav>
        <article>
          <h1>{{E(c.Title)}}</h1>
          <div class="byline">By {{E(c.Author ?? "Staff Reporter")}}</div>
          <time datetime="{{c.Date}}">{{c.Date}}</time>
          <div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a> <a href="#">Email</a></div>
          <figure><img src="/img/lead.jpg" alt=""><figcaption>Supporters wait outside the hall before the event on Monday. (Photo: Staff/Agency)</figcaption></figure>
          {{Paragraphs(c, i => i == 2 ? "<aside class=\"related-inline\"><h3>Read more</h3><ul>" + Teasers(c, "<li><a href=\"/story/{1}\">{0}</a></li>", 2) + "</ul></aside>" : null)}}
          <div class="tags">Tags: <a href="/t/politics">politics</a>, <a href="/t/election">election</a></div>
        </article>
        <section class="about-author"><h3>About the author</h3><p>{{E(c.Author ?? "Our reporter")}} covers national politics for {{E(c.Outlet)}} and has reported from Washington since 2009. Before that, {{E(c.Author ?? "our reporter")}} worked for regional papers in the Midwest.</p></section>
        <section class="related"><h2>Related stories</h2><ul>{{Teasers(c, "<li><a href=\"/story/r{1}\">{0}</a><p class=\"summary\">{2}</p></li>", 4)}}</ul></section>
        <section class="newsletter"><h2>Get the morning briefing</h2><p>Sign up for our free newsletter and get the day's top stories in your inbox every morning.</p><form><input type="email" name="email"><button>Sign up</button></form></section>
        </main>
        <footer><p>© 2016 {{E(c.Outlet)}}. All rights reserved.</p><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li></ul></footer>
        </body></html>
        """;

    private static string DivSoup(PageContent c, string head) => $$"""
        <html>
        <head>{{head}}<title>{{E(c.Title)}}</title>
        <meta name="author" content="{{E(c.Author ?? "")}}">
        <script>window.dataLayer = window.dataLayer || []; function track(e) { dataLayer.push({event: e}); }</script>
        <style>.ad-slot { min-height: 250px } .story-body p { font-size: 18px }</style>
        </head>
        <body>
        <div id="top-bar"><div class="links"><a href="/login">Sign In</a> | <a href="/subscribe">Subscribe</a></div></div>
        <div id="menu"><a href="/">Home</a><a href="/news">News</a><a href="/local">Local</a><a href="/weather">Weather</a><a href="/video">Video</a></div>
        <div class="ad-slot"><div class="ad-label">Advertisement</div></div>
        <div id="wrapper">
         <div class="col-main">
          <div class="headline-block"><div class="kicker">POLITICS</div><div class="headline">{{E(c.Title)}}</div></div>
          <div class="meta">Published {{c.Date}} | Updated 2 hours ago</div>
          <div class="story-body">
          {{Paragraphs(c, i => i == 1 ? "<div class=\"inline-ad\"><span>Advertisement</span><div>Continue Reading Below</div></div>" : i == 4 ? "<div class=\"promo\">GET OUR APP ON THE GO BY CLICKING HERE</div>" : null)}}
          </div>
          <div class="story-footer"><span class="comments-count">0 comments</span></div>
         </div>
         <div class="col-side">
          <div class="trending"><div class="title">Trending now</div>{{Teasers(c, "<div class=\"item\"><a href=\"/t/{1}\"><span class=\"num\">{1}</span> {0}</a><div class=\"blurb\">{2}</div></div>", 5)}}</div>
          <div class="ad-slot"></div>
         </div>
        </div>
        <div id="bottom">Copyright 2016 {{E(c.Outlet)}} Media Group. This material may not be published, broadcast, rewritten or redistributed.</div>
        </body></html>
        """;

    private static string BlogWithComments(PageContent c, string head) => $$"""
        <!DOCTYPE html>
        <html lang="en-US">
        <head>{{head}}<title>{{E(c.Title)}} – {{E(c.Outlet)}}</title></head>
        <body class="post-template-default single single-post">
        <a class="skip-link screen-reader-text" href="#content">Skip to content</a>
        <div id="page" class="site">
        <header id="masthead"><p class="site-title"><a href="/">{{E(c.Outlet)}}</a></p><p class="site-description">News and views since 2009</p></header>
        <div id="content" class="site-content">
        <div id="primary" class="content-area"><main id="main" class="site-main">
        <article class="post type-post status-publish format-standard hentry">
          <header class="entry-header"><h1 class="entry-title">{{E(c.Title)}}</h1>
          <div class="entry-meta"><span class="posted-on">Posted on {{c.Date}}</span> <span class="byline">by {{E(c.Author ?? "admin")}}</span></div></header>
          <div class="entry-content">
          {{Paragraphs(c)}}
          <div class="sharedaddy"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Twitter</a></li><li><a href="#">Facebook</a></li><li><a href="#">Reddit</a></li></ul></div>
          </div>
          <footer class="entry-footer"><span class="cat-links">Posted in <a href="/c/news">News</a></span></footer>
        </article>
        <nav class="post-navigation"><div class="nav-previous"><a href="/p/1">{{E(c.OtherTitles.ElementAtOrDefault(0) ?? "Previous")}}</a></div><div class="nav-next"><a href="/p/2">{{E(c.OtherTitles.ElementAtOrDefault(1) ?? "Next")}}</a></div></nav>
        <div id="comments" class="comments-area">
          <h2 class="comments-title">3 thoughts on “{{E(c.Title)}}”</h2>
          <ol class="comment-list">
            <li class="comment"><div class="comment-author">jdoe42</div><div class="comment-content"><p>I read this twice and I still do not see where the numbers came from. Can anyone point me to the source?</p></div></li>
            <li class="comment"><div class="comment-author">Marta</div><div class="comment-content"><p>Thanks for writing this up, it is more detail than I found anywhere else this week.</p></div></li>
            <li class="comment"><div class="comment-author">old_reader</div><div class="comment-content"><p>Same story every four years. Wake me up when something actually changes.</p></div></li>
          </ol>
          <div id="respond"><h3>Leave a Reply</h3><form id="commentform"><p><label>Comment</label><textarea name="comment"></textarea></p><p><label>Name</label><input name="author"></p><p><input type="submit" value="Post Comment"></p></form></div>
        </div>
        </main></div>
        <aside id="secondary" class="widget-area"><section class="widget"><h2>Recent Posts</h2><ul>{{Teasers(c, "<li><a href=\"/p/{1}\">{0}</a></li>", 5)}}</ul></section>
        <section class="widget"><h2>Archives</h2><ul><li><a href="/2016/11">November 2016</a></li><li><a href="/2016/10">October 2016</a></li></ul></section></aside>
        </div>
        <footer id="colophon"><div class="site-info">Proudly powered by a blogging platform</div></footer>
        </div></body></html>
        """;

    private static string TableLayout(PageContent c, string head) => $$"""
        <HTML><HEAD>{{head}}<TITLE>{{E(c.Outlet)}} - {{E(c.Title)}}</TITLE></HEAD>
        <BODY BGCOLOR="#FFFFFF">
        <TABLE WIDTH="100%" BORDER="0" CELLPADDING="0"><TR><TD COLSPAN="2"><FONT SIZE="5"><B>{{E(c.Outlet)}}</B></FONT><BR><FONT SIZE="1"><A HREF="/">Front page</A> | <A HREF="/archive">Archive</A> | <A HREF="/letters">Letters</A> | <A HREF="/classifieds">Classifieds</A></FONT></TD></TR>
        <TR><TD WIDTH="160" VALIGN="top"><FONT SIZE="2"><B>Sections</B><BR><A HREF="/s/1">National</A><BR><A HREF="/s/2">Foreign</A><BR><A HREF="/s/3">Business</A><BR><A HREF="/s/4">Sports</A><BR><A HREF="/s/5">Weather</A></FONT></TD>
        <TD VALIGN="top"><FONT FACE="Georgia"><H2>{{E(c.Title)}}</H2><I>{{c.Date}}</I><BR><BR>
        {{Paragraphs(c)}}
        </FONT>
        <HR><FONT SIZE="1">Send this story to a friend | Printer-friendly version</FONT>
        <TABLE><TR><TD><B>Also in today's edition</B></TD></TR>{{Teasers(c, "<TR><TD><A HREF=\"/e/{1}\">{0}</A><BR><FONT SIZE=\"2\">{2}</FONT></TD></TR>", 3)}}</TABLE>
        </TD></TR>
        <TR><TD COLSPAN="2" ALIGN="center"><FONT SIZE="1">Copyright 2016. All rights reserved. Reproduction in whole or in part without permission is prohibited.</FONT></TD></TR></TABLE>
        </BODY></HTML>
        """;

    private static string AspNetForm(PageContent c, string head) => $$"""
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
        <html xmlns="http://www.w3.org/1999/xhtml">
        <head>{{head}}<title>{{E(c.Title)}}</title></head>
        <body>
        <form name="aspnetForm" method="post" action="./story.aspx?id=1" id="aspnetForm">
        <div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="wEPDwUKMTY1NDU2MTA1MmRk" /></div>
        <div id="ctl00_header"><a href="/">{{E(c.Outlet)}}</a> <input name="ctl00$search" type="text" /> <input type="submit" value="Search" /></div>
        <div id="ctl00_menu"><a href="/news">News</a> <a href="/features">Features</a> <a href="/events">Events</a> <a href="/contact">Contact</a></div>
        <div id="ctl00_ContentPlaceHolder1_story">
          <h1 id="ctl00_ContentPlaceHolder1_lblTitle">{{E(c.Title)}}</h1>
          <span id="ctl00_ContentPlaceHolder1_lblDate">{{c.Date}}</span>
          <div id="ctl00_ContentPlaceHolder1_body">
          {{Paragraphs(c)}}
          </div>
          <div id="ctl00_ContentPlaceHolder1_rate">Rate this story: <select name="rating"><option>1</option><option>2</option><option>3</option></select> <input type="submit" value="Vote" /></div>
        </div>
        <div id="ctl00_more"><b>More news</b><ul>{{Teasers(c, "<li><a href=\"/story.aspx?id={1}\">{0}</a></li>", 5)}}</ul></div>
        <div id="ctl00_footer">© {{E(c.Outlet)}} | <a href="/privacy">Privacy</a> | <a href="/sitemap">Site map</a></div>
        </form>
        </body></html>
        """;
}
