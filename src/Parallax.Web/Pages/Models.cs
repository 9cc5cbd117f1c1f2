using Parallax.Corpus;

namespace Parallax.Web.Pages;

/// <summary>An error page: its title ("Not found") and what went wrong.</summary>
internal sealed record ErrorModel(string Title, string Message);

/// <summary>
/// The home page: the stories (of a search, when there is a query), the articles found with their snippets, and paging.
/// </summary>
/// <param name="Query">What was searched for, or null for the list of stories.</param>
/// <param name="Page">The page number, from 1.</param>
/// <param name="Offset">How many stories and articles earlier pages hold.</param>
/// <param name="Stories">This page's stories.</param>
/// <param name="Hits">The articles found, or null without a query.</param>
/// <param name="Articles">How many articles the corpus holds.</param>
/// <param name="More">True when a next page has more.</param>
internal sealed record HomeModel(string? Query, int Page, int Offset, IReadOnlyList<StorySummary> Stories, SearchPage? Hits, long Articles, bool More);

/// <summary>The compare form, with what went wrong with the last sending (if anything).</summary>
/// <param name="Options">The server's limits.</param>
/// <param name="Problems">Texts or files that could not be read.</param>
/// <param name="Error">Why nothing was compared, or null.</param>
internal sealed record CompareModel(ServeOptions Options, IReadOnlyList<string> Problems, string? Error);
