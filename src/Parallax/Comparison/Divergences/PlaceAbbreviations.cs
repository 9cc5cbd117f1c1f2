using System.Collections.Frozen;

namespace Parallax.Comparison;

/// <summary>
/// The abbreviations news style gives US states after a town ("Springfield, Mo.", "Santa Rosa, Calif.", "Fort Smith, Ark.")
/// and their postal codes: one place written two ways, never two rival places.
/// </summary>
internal static class PlaceAbbreviations
{
    private static readonly FrozenDictionary<string, string> States = Build(
        "Alabama:Ala.,AL", "Alaska:AK", "Arizona:Ariz.,AZ", "Arkansas:Ark.,AR", "California:Calif.,Cal.,CA", "Colorado:Colo.,CO",
        "Connecticut:Conn.,CT", "Delaware:Del.,DE", "Florida:Fla.,FL", "Georgia:Ga.,GA", "Hawaii:HI", "Idaho:ID", "Illinois:Ill.,IL",
        "Indiana:Ind.,IN", "Iowa:IA", "Kansas:Kan.,Kans.,KS", "Kentucky:Ky.,KY", "Louisiana:La.,LA", "Maine:ME", "Maryland:Md.,MD",
        "Massachusetts:Mass.,MA", "Michigan:Mich.,MI", "Minnesota:Minn.,MN", "Mississippi:Miss.,MS", "Missouri:Mo.,MO", "Montana:Mont.,MT",
        "Nebraska:Neb.,Nebr.,NE", "Nevada:Nev.,NV", "New Hampshire:N.H.,NH", "New Jersey:N.J.,NJ", "New Mexico:N.M.,N.Mex.,NM",
        "New York:N.Y.,NY", "North Carolina:N.C.,NC", "North Dakota:N.D.,N.Dak.,ND", "Ohio:OH", "Oklahoma:Okla.,OK", "Oregon:Ore.,Oreg.,OR",
        "Pennsylvania:Pa.,Penn.,PA", "Rhode Island:R.I.,RI", "South Carolina:S.C.,SC", "South Dakota:S.D.,S.Dak.,SD", "Tennessee:Tenn.,TN",
        "Texas:Tex.,TX", "Utah:UT", "Vermont:Vt.,VT", "Virginia:Va.,VA", "Washington:Wash.,WA", "West Virginia:W.Va.,W.V.,WV",
        "Wisconsin:Wis.,Wisc.,WI", "Wyoming:Wyo.,WY", "District of Columbia:D.C.,DC");

    /// <summary>True when one name is the other's state abbreviation ("Mo" / "Missouri", "Calif." / "California").</summary>
    public static bool Same(string name, string other)
        => States.TryGetValue(Key(name), out var x) && States.TryGetValue(Key(other), out var y) && x == y;

    /// <summary>The state's full name for its abbreviation ("Tex." → "Texas"), or the name as given.</summary>
    public static string Full(string name) => States.TryGetValue(Key(name), out var state) ? state : name;

    private static string Key(string name) => name.Trim().TrimEnd('.').Replace(" ", "", StringComparison.Ordinal);

    private static FrozenDictionary<string, string> Build(params string[] rows)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var (state, forms) = (row[..row.IndexOf(':')], row[(row.IndexOf(':') + 1)..].Split(','));
            map[Key(state)] = state;
            foreach (var form in forms)
                map[Key(form)] = state;
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
