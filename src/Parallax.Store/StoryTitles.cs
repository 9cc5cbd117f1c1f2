using Parallax.Text;

namespace Parallax.Store;

/// <summary>
/// Story titles as the stores list them: the first article title, or when no article has one the first paragraph of the
/// first article (at most <see cref="LeadCharacters"/> characters, selected by each store's SQL); either is read through
/// <see cref="Listed"/>, which cuts it at a word boundary.
/// </summary>
internal static class StoryTitles
{
    /// <summary>Characters of the first paragraph a store keeps as the story's title.</summary>
    public const int LeadCharacters = 300;

    /// <summary>The longest title listed; a longer one is cut at its last space before this and ends with an ellipsis.</summary>
    public const int MaxListed = 120;

    public static string Listed(string title) => TextCleaner.Excerpt(title, MaxListed);
}
