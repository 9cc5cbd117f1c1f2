namespace Parallax;

/// <summary>The kinds of entity Parallax recognises (the contract's <c>type</c> field).</summary>
public enum EntityType
{
    /// <summary>A person.</summary>
    Person,
    /// <summary>An organisation: government body, company, party, armed group, news outlet.</summary>
    Org,
    /// <summary>A geo-political entity: country, city, state.</summary>
    Gpe,
    /// <summary>A non-political location: region, river, mountain.</summary>
    Loc,
    /// <summary>A date or time expression.</summary>
    Date,
    /// <summary>A number, amount or percentage.</summary>
    Number,
    /// <summary>Other names: nationalities, events, laws, products.</summary>
    Misc,
}

/// <summary>Contract spellings of <see cref="EntityType"/>.</summary>
public static class EntityTypes
{
    /// <summary>The contract name of a type: PERSON, ORG, GPE, LOC, DATE, NUMBER, MISC.</summary>
    public static string ToContractName(this EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Org => "ORG",
        EntityType.Gpe => "GPE",
        EntityType.Loc => "LOC",
        EntityType.Date => "DATE",
        EntityType.Number => "NUMBER",
        _ => "MISC",
    };
}
