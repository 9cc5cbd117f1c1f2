using System.Collections.Frozen;

namespace Parallax.Comparison;

/// <summary>The hand-written word lists the compare stage relies on.</summary>
internal static class Lexicon
{
    public static readonly FrozenSet<string> StopWords = FrozenSet.ToFrozenSet(
    [
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "into",
        "about", "over", "after", "before", "than", "then", "that", "this", "these", "those", "there", "here", "which", "who",
        "whom", "whose", "what", "when", "where", "while", "why", "how", "it", "its", "he", "she", "they", "them", "his", "her",
        "their", "we", "us", "our", "i", "me", "my", "you", "your", "him", "be", "is", "are", "was", "were", "been", "being",
        "am", "do", "does", "did", "done", "have", "has", "had", "having", "also", "so", "such", "too", "very", "just", "all",
        "any", "each", "both", "some", "more", "most", "other", "same", "own", "up", "out", "off", "again", "further", "once",
        "s", "'s", "’s", "would", "should", "shall", "can", "upon", "via", "per", "said", "says", "say", "saying", "told",
        "according", "added", "mr", "mrs", "ms", "one", "itself", "themselves", "himself", "herself", "between", "during",
        "against", "under", "through", "because", "since", "until", "within", "without", "among", "amid", "around",
    ], StringComparer.Ordinal);

    /// <summary>Auxiliary and modal verbs: they carry no event and no date of their own.</summary>
    public static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(
    [
        "be", "is", "are", "was", "were", "been", "being", "am", "'s", "’s", "'re", "have", "has", "had", "having", "'ve", "do", "does", "did",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "'ll",
    ], StringComparer.Ordinal);

    /// <summary>Forms of "be" and "get" that make a past participle after them passive ("will be charged", "got arrested").</summary>
    public static readonly FrozenSet<string> BeForms = FrozenSet.ToFrozenSet(
        ["be", "is", "are", "was", "were", "been", "being", "am", "'s", "’s", "'re", "get", "gets", "got", "gotten", "getting"], StringComparer.Ordinal);

    /// <summary>Verbs that carry no event of their own: auxiliaries and verbs that take another verb ("continues to review").</summary>
    public static readonly FrozenSet<string> NonEventVerbs = FrozenSet.ToFrozenSet(
    [
        "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "have", "has", "had", "having", "'ve", "do", "does", "did",
        "continue", "continues", "continued", "continuing", "want", "wants", "wanted", "try", "tries", "tried", "trying", "seek", "seeks",
        "sought", "begin", "begins", "began", "start", "starts", "started", "going", "get", "gets", "got", "need", "needs", "needed",
        "hope", "hopes", "hoped", "aim", "aims", "aimed", "intend", "intends", "intended", "decide", "decided", "said", "says", "say",
        "told", "tell", "tells", "added", "adds", "wrote", "writes", "made", "make", "makes", "take", "takes", "took",
    ], StringComparer.Ordinal);

    /// <summary>Verbs that say how far an event has got ("completed the review", "began talks"): the event is their object.</summary>
    public static readonly FrozenSet<string> AspectualVerbs = FrozenSet.ToFrozenSet(
    [
        "complete", "completes", "completed", "completing", "finish", "finishes", "finished", "finishing", "conclude", "concludes",
        "concluded", "concluding", "continue", "continues", "continued", "continuing", "begin", "begins", "began", "begun", "beginning",
        "start", "starts", "started", "starting", "resume", "resumes", "resumed", "resuming",
    ], StringComparer.Ordinal);

    /// <summary>Nouns for a group that acts for someone ("the Biden administration", "Trump aides").</summary>
    public static readonly FrozenSet<string> Groups = FrozenSet.ToFrozenSet(
    [
        "administration", "campaign", "team", "camp", "cabinet", "aides", "allies", "loyalists", "supporters", "regime",
    ], StringComparer.Ordinal);

    /// <summary>Nouns for the level a change starts from ("from a peak of 88%", "from a high of 30,000").</summary>
    public static readonly FrozenSet<string> ChangeBases = FrozenSet.ToFrozenSet(
        ["peak", "high", "low", "level", "record", "total", "rate", "average", "base"], StringComparer.Ordinal);

    /// <summary>Verbs that pass a record or a level ("broke the record of", "surpassing the previous peak of").</summary>
    public static readonly FrozenSet<string> Surpassing = FrozenSet.ToFrozenSet(
        ["broke", "broken", "breaking", "breaks", "surpassed", "surpassing", "surpasses", "topped", "topping", "tops", "beat", "beating",
         "beats", "eclipsed", "eclipsing", "shattered", "shattering", "exceeded", "exceeding", "exceeds", "passed", "passing", "overtook",
         "overtaking", "smashed", "smashing"],
        StringComparer.Ordinal);

    /// <summary>Hedges that say someone means or weighs doing something: denied, they say it will not be done ("no plans to").</summary>
    public static readonly FrozenSet<string> Intentions = FrozenSet.ToFrozenSet(
        ["plans", "plan", "planning", "planned", "considering", "consider", "considers", "mulling", "weighing", "reviewing", "intends", "intend", "intending"],
        StringComparer.Ordinal);

    /// <summary>Words of a frame that gives a claim as someone's report ("the Journal reported that", "according to", "officials told NBC").</summary>
    public static readonly FrozenSet<string> ReportWords = FrozenSet.ToFrozenSet(
        ["reported", "reports", "report", "reporting", "according", "told", "say", "says", "said"], StringComparer.Ordinal);

    /// <summary>Who commits an attack: a death toll may count them or not.</summary>
    public static readonly FrozenSet<string> Perpetrators = FrozenSet.ToFrozenSet(
        ["gunman", "gunmen", "shooter", "shooters", "attacker", "attackers", "assailant", "assailants", "bomber", "bombers", "suspect",
         "suspects", "perpetrator", "perpetrators", "hijacker", "hijackers", "killer", "driver"], StringComparer.Ordinal);

    /// <summary>Head nouns of buildings, rooms and sites: places inside other places.</summary>
    public static readonly FrozenSet<string> Facilities = FrozenSet.ToFrozenSet(
        ["hall", "capitol", "building", "center", "centre", "park", "square", "room", "chamber", "stadium", "arena", "airport", "station",
         "hospital", "church", "mosque", "cathedral", "temple", "synagogue", "palace", "house", "hotel", "school", "university", "college",
         "museum", "bridge", "street", "avenue", "road", "tower", "plaza", "base", "prison", "mall", "port", "harbor", "harbour", "campus",
         "rotunda", "office", "embassy", "consulate", "compound", "camp", "field", "club", "theater", "theatre"], StringComparer.Ordinal);

    /// <summary>Prepositions that put a place in a role ("in Hask", "from Lorn").</summary>
    public static readonly FrozenSet<string> PlacePrepositions = FrozenSet.ToFrozenSet(
        ["in", "at", "from", "to", "into", "near", "outside", "inside", "across", "toward", "towards", "on", "through", "throughout", "between"], StringComparer.Ordinal);

    /// <summary>Modal verbs: they say how sure a claim is, not what role a name plays in it.</summary>
    public static readonly FrozenSet<string> Modals = FrozenSet.ToFrozenSet(
        ["will", "would", "could", "can", "may", "might", "must", "shall", "should", "wo", "'ll"], StringComparer.Ordinal);

    /// <summary>Words that qualify a figure ("another 40", "nearly 40"), never part of a name with it.</summary>
    public static readonly FrozenSet<string> Quantifiers = FrozenSet.ToFrozenSet(
        ["another", "nearly", "almost", "roughly", "around", "approximately", "only", "just", "some", "over", "under", "fewer", "less",
         "least", "exactly", "barely", "additional", "estimated", "perhaps", "possibly"], StringComparer.Ordinal);

    /// <summary>Determiners and possessives that open a noun phrase.</summary>
    public static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my"], StringComparer.Ordinal);

    /// <summary>Words before a number that make it a label, not a count ("Section 230", "Flight 17", "No. 10").</summary>
    public static readonly FrozenSet<string> NumberLabels = FrozenSet.ToFrozenSet(
    [
        "Section", "Article", "Title", "Chapter", "Clause", "Rule", "Amendment", "Resolution", "Proposition", "Prop", "Measure",
        "Bill", "Flight", "Route", "Highway", "Interstate", "Road", "Room", "Page", "No", "No.", "Nos", "Number", "Item", "Level",
        "Phase", "Stage", "Episode", "Season", "Volume", "Vol", "Vol.", "Grade", "Gate", "Platform", "Terminal", "Unit", "Ward",
        "District", "Precinct", "Building", "Block", "Lot", "Apollo", "Boeing", "Airbus", "Version", "Versions", "Release",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words and phrases with the same meaning in news text; the first of each group names the group. A word is taken with every
    /// word of its stem, unless written after "=": then only that form is ("=officers", as "office" shares its stem).
    /// </summary>
    public static readonly string[][] SynonymGroups =
    [
        ["troops", "forces", "soldiers", "military personnel", "servicemembers", "service members"],
        ["letter", "message", "missive", "note"],
        ["neighbors", "neighbours", "regional countries", "neighboring countries", "neighbouring countries", "region"],
        ["propose", "suggest", "offer", "put forward", "proposal", "suggestion", "plan", "vision"],
        ["say", "=stated", "declare", "remark", "announce"],
        ["withdraw", "withdrawal", "pull out", "pullout", "leave", "exit", "drawdown"],
        ["resign", "resignation", "step down", "stand down", "quit", "leave office"],
        ["inaugurate", "inauguration", "sworn in", "take office", "took office", "taken office"],
        ["shut", "shut down", "shutdown", "close", "closure"],
        ["deadline", "cutoff", "target date"],
        ["agreement", "deal", "accord", "pact", "treaty"],
        ["talks", "negotiations", "negotiation", "discussions", "dialogue"],
        ["kill", "killed", "dead", "deaths", "died", "fatalities", "slain"],
        ["injure", "injured", "wounded", "hurt", "injuries"],
        ["attack", "assault", "raid", "airstrike", "bombing"],
        ["strike", "walkout", "stoppage", "walk off", "industrial action"],
        ["dockers", "dockworkers", "dock workers", "longshoremen"],
        ["protesters", "protestors", "=demonstrators", "=demonstrator", "marchers"],
        ["homes", "houses", "dwellings"],
        ["workers", "employees", "staff", "staffers"],
        ["children", "kids"],
        ["meet", "meeting", "met", "summit"],
        ["conference", "gathering", "forum", "convention"],
        ["president", "head of state"],
        ["government", "administration", "authorities", "cabinet"],
        ["lawmakers", "legislators", "congress members", "parliamentarians"],
        ["begin", "start", "commence", "launch"],
        ["end", "finish", "conclude", "halt", "stop"],
        ["increase", "rise", "grow", "surge", "climb", "jump"],
        ["decrease", "fall", "drop", "decline", "plunge"],
        ["buy", "purchase", "acquire"],
        ["show", "reveal", "indicate", "demonstrate"],
        ["ask", "request", "urge", "call on"],
        ["host", "organize", "organise", "stage"],
        ["ceasefire", "cease-fire", "truce"],
        ["election", "vote", "ballot", "poll"],
        ["police", "=officers", "=officer", "law enforcement"],
        ["arrest", "detain", "apprehend"],
        ["remain", "stay", "retain"],
        ["evacuate", "evacuation", "evacuees", "relocate", "relocation", "moved to", "moved out", "moved from"],
        ["percent", "per cent", "%"],
        ["million", "mln"],
        ["billion", "bn"],
    ];

    /// <summary>Hedges: the claim is possible, planned, under review or second-hand.</summary>
    public static readonly FrozenSet<string> Hedges = FrozenSet.ToFrozenSet(
    [
        "may", "might", "could", "considering", "consider", "considers", "mulling", "weighing", "reportedly", "possibly",
        "perhaps", "likely", "unlikely", "probably", "whether", "allegedly", "apparently", "appears", "appeared", "seems",
        "seemed", "plans", "planning", "planned", "expected", "reviewing", "review", "potential", "potentially", "option",
        "options", "rumored", "rumoured", "suspected", "believed",
    ], StringComparer.Ordinal);

    /// <summary>Firm markers: the claim is stated as done or decided.</summary>
    public static readonly FrozenSet<string> FirmMarkers = FrozenSet.ToFrozenSet(
    [
        "will", "has", "have", "had", "did", "decided", "announced", "confirmed", "ordered", "agreed", "approved", "completed",
        "is", "are", "was", "were", "must",
    ], StringComparer.Ordinal);

    public static readonly FrozenSet<string> Negations = FrozenSet.ToFrozenSet(
    [
        "not", "n't", "no", "never", "nor", "neither", "none", "nobody", "nothing", "denied", "denies", "deny", "declined",
        "declines", "refused", "refuses", "rejected", "rejects", "dismissed", "without",
    ], StringComparer.Ordinal);

    /// <summary>Words naming a proposal, plan or statement whose author may be disputed.</summary>
    public static readonly FrozenSet<string> ProposalCues = FrozenSet.ToFrozenSet(
    [
        "proposed", "proposes", "propose", "proposal", "proposals", "plan", "plans", "vision", "idea", "ideas", "initiative",
        "suggested", "suggests", "suggestion", "offered", "offers", "offer", "draft", "blueprint", "roadmap",
    ], StringComparer.Ordinal);

    /// <summary>Role words of a government office: a person holding one may speak for the government.</summary>
    /// <summary>Seats of an office that speak for its holder ("the White House" for the president), by name, with the holder's title.</summary>
    public static readonly FrozenDictionary<string, string> OfficeSeats = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["White House"] = "president",
        ["Kremlin"] = "president",
        ["Elysee"] = "president",
        ["Élysée"] = "president",
        ["Blue House"] = "president",
        ["Downing Street"] = "prime minister",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> GovernmentOffices = FrozenSet.ToFrozenSet(
    [
        "President", "president", "Minister", "minister", "Premier", "premier", "Chancellor", "chancellor", "Secretary", "secretary",
        "Governor", "governor", "Mayor", "mayor",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Words that qualify a role noun in a title ("Special Counsel", "Defense Secretary", "former Rep.",
    /// "Secretary of State"); the role nouns themselves are the gazetteer's titles.
    /// </summary>
    public static readonly FrozenSet<string> RoleModifiers = FrozenSet.ToFrozenSet(
    [
        "vice", "prime", "former", "ex", "then", "acting", "interim", "incoming", "outgoing", "first", "top", "senior", "state", "of",
        "the", "for", "us", "u.s", "u.s.", "special", "national", "security", "foreign", "defense", "defence", "interior", "homeland",
        "treasury", "finance", "health", "energy", "trade", "commerce", "labor", "labour", "education", "agriculture", "transport",
        "transportation", "veterans", "affairs", "house", "senate", "majority", "minority", "opposition", "party", "press",
        "communications", "staff", "white", "supreme", "federal", "district", "regional", "assistant", "associate", "under",
    ], StringComparer.Ordinal);

    /// <summary>Prepositions that make a following place a location rather than an actor.</summary>
    public static readonly FrozenSet<string> Locatives = FrozenSet.ToFrozenSet(
    [
        "in", "at", "from", "to", "into", "near", "outside", "inside", "across", "through", "toward", "towards", "around",
        "via", "throughout", "visited", "visit", "visiting", "arrived", "landed", "left",
    ], StringComparer.Ordinal);

    /// <summary>Capital cities that stand for their country's government when used as an actor.</summary>
    public static readonly FrozenDictionary<string, string> Capitals = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["washington"] = "united states",
        ["moscow"] = "russia",
        ["beijing"] = "china",
        ["london"] = "united kingdom",
        ["paris"] = "france",
        ["berlin"] = "germany",
        ["tokyo"] = "japan",
        ["tehran"] = "iran",
        ["kabul"] = "afghanistan",
        ["islamabad"] = "pakistan",
        ["ankara"] = "turkey",
        ["doha"] = "qatar",
        ["riyadh"] = "saudi arabia",
        ["kyiv"] = "ukraine",
        ["kiev"] = "ukraine",
        ["pyongyang"] = "north korea",
        ["seoul"] = "south korea",
        ["new delhi"] = "india",
        ["delhi"] = "india",
        ["cairo"] = "egypt",
        ["damascus"] = "syria",
        ["baghdad"] = "iraq",
        ["jerusalem"] = "israel",
        ["ottawa"] = "canada",
        ["canberra"] = "australia",
        ["brussels"] = "european union",
        ["rome"] = "italy",
        ["madrid"] = "spain",
        ["havana"] = "cuba",
        ["caracas"] = "venezuela",
        ["mexico city"] = "mexico",
        ["brasilia"] = "brazil",
        ["taipei"] = "taiwan",
        ["manila"] = "philippines",
        ["hanoi"] = "vietnam",
        ["abu dhabi"] = "united arab emirates",
        ["beirut"] = "lebanon",
        ["amman"] = "jordan",
        ["minsk"] = "belarus",
        ["warsaw"] = "poland",
        ["the kremlin"] = "russia",
        ["kremlin"] = "russia",
        ["white house"] = "united states",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Other names of countries, mapped to one canonical name.</summary>
    public static readonly FrozenDictionary<string, string> CountryAliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["us"] = "united states",
        ["u.s."] = "united states",
        ["u.s"] = "united states",
        ["usa"] = "united states",
        ["u.s.a."] = "united states",
        ["america"] = "united states",
        ["united states of america"] = "united states",
        ["uk"] = "united kingdom",
        ["u.k."] = "united kingdom",
        ["britain"] = "united kingdom",
        ["great britain"] = "united kingdom",
        ["uae"] = "united arab emirates",
        ["u.a.e."] = "united arab emirates",
        ["eu"] = "european union",
        ["e.u."] = "european union",
        ["dprk"] = "north korea",
        ["prc"] = "china",
        ["türkiye"] = "turkey",
        ["turkiye"] = "turkey",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>First-person words: a sentence using them speaks for someone, and reads badly in a neutral brief.</summary>
    public static readonly FrozenSet<string> FirstPerson = FrozenSet.ToFrozenSet(
        ["i", "me", "my", "we", "our", "us", "i'm", "we're", "you", "your"], StringComparer.Ordinal);
}
