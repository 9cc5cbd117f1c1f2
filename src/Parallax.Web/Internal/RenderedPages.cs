namespace Parallax.Web.Internal;

/// <summary>A page rendered as HTML and as JSON, both kept packed: a story's report or a stored article's analysis.</summary>
internal sealed record RenderedPages(PackedBody Html, PackedBody Json)
{
    /// <summary>The bytes it holds (both bodies, packed).</summary>
    public long Size => Html.Packed.Count + Json.Packed.Count;
}
