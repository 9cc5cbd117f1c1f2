using System.Collections.Immutable;

namespace Parallax.Documents;

/// <summary>
/// One real thing as referred to within a single article: the in-document coreference chain
/// of its mentions ("Ned Price" … "Price" … "he").
/// </summary>
/// <param name="Index">Position among the article's entities.</param>
/// <param name="Name">The most complete name used in the article.</param>
/// <param name="Type">The entity type.</param>
/// <param name="Mentions">Indexes into the article's mention list, in text order.</param>
public sealed record DocumentEntity(int Index, string Name, EntityType Type, ImmutableArray<int> Mentions)
{
    /// <summary>Distinct surface forms of the name mentions (not pronouns).</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>Roles and titles used for this entity in the article ("US envoy", "Secretary of State").</summary>
    public ImmutableArray<string> Roles { get; init; } = [];
}
