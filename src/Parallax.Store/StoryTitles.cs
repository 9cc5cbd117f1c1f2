namespace Parallax.Store;

/// <summary>
/// The title a story is listed under when none of its articles has one: the first paragraph of its first article,
/// cut at a word boundary. Both stores select the paragraph (at most <see cref="LeadCharacters"/> characters) and read it through <see cref="Listed"/>.
/// </summary>
internal static class StoryTitles
{
    /// <summary>Characters of the first paragraph a store keeps as the story's title.</summary>
    public const int LeadCharacters = 300;

    /// <summary>The longest title listed; a longer one is cut at its last space before this and ends with an ellipsis.</summary>
    public const int MaxListed = 120;

    public static string Listed(string title)
    {
        title = title.Trim();
        if (title.Length <= MaxListed)
            return title;
        var cut = title.LastIndexOf(' ', MaxListed - 1);
        var kept = (cut > MaxListed / 2 ? title[..cut] : title[..(MaxListed - 1)]).TrimEnd(' ', ',', ';', ':', '-', '—', '–');
        return kept + "…";
    }
}
