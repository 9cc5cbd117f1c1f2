using System.Collections.Frozen;

namespace Parallax.Quotes;

/// <summary>Closed word classes the attribution rules lean on (lower case).</summary>
internal static class Words
{
    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Auxiliaries and adverbs that sit between a subject and its cue ("has also said").</summary>
    public static readonly FrozenSet<string> BeforeCue = Set(
        "also", "has", "have", "had", "would", "will", "could", "can", "may", "might", "should", "must", "did", "does", "do",
        "not", "n't", "never", "previously", "later", "earlier", "reportedly", "recently", "repeatedly", "publicly", "privately",
        "then", "once", "again", "further", "initially", "first", "just", "simply", "often", "still", "already", "even",
        "separately", "subsequently", "flatly", "explicitly", "openly", "specifically", "frequently", "long", "ultimately",
        "finally", "now", "always", "had", "too", "however", "similarly", "likewise", "herself", "himself", "themselves");

    /// <summary>Words that end a subject noun phrase when reading backwards from a cue.</summary>
    public static readonly FrozenSet<string> SubjectBoundary = Set(
        "that", "which", "who", "whom", "whose", "when", "while", "because", "as", "if", "but", "or", "since", "although",
        "though", "where", "so", "than", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will",
        "would", "can", "could", "should", "may", "might", "must", "do", "does", "did", "not", "n't", "whether",
        "what", "why", "how", "said", "says", "told", "after", "before", "until", "unless", "whereas", "nor", "yet");

    /// <summary>Words that cannot head a speaker phrase.</summary>
    public static readonly FrozenSet<string> NotHead = Set(
        "the", "a", "an", "of", "in", "on", "at", "for", "with", "by", "from", "and", "its", "his", "her", "their", "our",
        "this", "these", "those", "some", "any", "all", "about", "into", "over", "under", "there", "here", "very", "more",
        "most", "also", "only", "about", "like", "per", "'s", "’s", "it", "that");

    /// <summary>Conjunctions that open a subordinate clause before the main one ("When X said …, Y replied").</summary>
    public static readonly FrozenSet<string> Subordinators = Set(
        "when", "as", "after", "before", "while", "since", "because", "although", "though", "if", "once", "until", "whereas", "whenever", "unless");

    /// <summary>Words heading an introductory phrase that is not part of the subject.</summary>
    public static readonly FrozenSet<string> LeadingConnectives = Set(
        "and", "but", "so", "meanwhile", "still", "yet", "now", "however", "also", "instead", "then", "separately", "later",
        "earlier", "even", "indeed", "moreover", "furthermore", "today", "yesterday", "thus", "plus", "or", "nor");

    /// <summary>Prepositions that may open an adjunct between a cue and its content ("said on Monday that").</summary>
    public static readonly FrozenSet<string> AdjunctPrepositions = Set(
        "on", "in", "at", "during", "to", "via", "through", "with", "after", "before", "over", "from", "for", "while", "upon", "of", "about");

    /// <summary>Time words that may follow a cue ("said Monday").</summary>
    public static readonly FrozenSet<string> TimeWords = Set(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
        "morning", "afternoon", "evening", "night", "earlier", "later", "recently", "previously", "again", "also",
        "repeatedly", "publicly", "privately", "last", "this", "week", "month", "year", "weekend", "then", "now", "too",
        "once", "twice", "late", "early", "separately", "first", "bluntly", "flatly", "simply", "afterward", "afterwards",
        "previously", "emphatically", "ago", "days", "weeks", "months", "several", "few", "hours", "minutes", "shortly", "quietly", "angrily", "moments", "moment");

    /// <summary>Words opening a reported question ("did not say how").</summary>
    public static readonly FrozenSet<string> QuestionWords = Set("how", "whether", "why", "what", "when", "where", "if", "who", "which");

    /// <summary>Personal pronouns that may stand for a speaker.</summary>
    public static readonly FrozenSet<string> Pronouns = Set("he", "she", "they", "it", "i", "we", "you");

    /// <summary>Quantifiers that stand alone for an unnamed group of speakers ("Some believe", "all agreed", "each saying").</summary>
    public static readonly FrozenSet<string> QuantifierPronouns = Set("some", "many", "several", "others", "another", "all", "each", "both", "most", "few");

    /// <summary>Possessive pronouns with the personal pronoun they stand for ("his claim" is his).</summary>
    public static readonly FrozenDictionary<string, string> PossessivePronouns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["his"] = "he",
        ["her"] = "she",
        ["their"] = "they",
        ["its"] = "it",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Nouns for what someone said or holds that a possessive may own ("his remarks", "her view that").</summary>
    public static readonly FrozenSet<string> SpeechNouns = Set(
        "statement", "statements", "remark", "remarks", "comment", "claim", "warning", "warnings", "argument", "arguments", "assertion",
        "assertions", "view", "views", "belief", "beliefs", "suggestion", "criticism", "insistence", "contention", "accusation", "accusations",
        "allegation", "allegations", "assessment", "message", "words", "answer", "response", "pledge", "vow", "demand", "complaint", "prediction");

    /// <summary>Nouns that head an unnamed source ("a Taliban source", "officials").</summary>
    public static readonly FrozenSet<string> AnonymousHeads = Set(
        "source", "sources", "official", "officials", "diplomat", "diplomats", "aide", "aides", "person", "people", "insider",
        "insiders", "analyst", "analysts", "expert", "experts", "observer", "observers", "resident", "residents", "witness",
        "witnesses", "media", "officer", "officers", "adviser", "advisers", "advisor", "advisors", "lawmaker", "lawmakers",
        "critic", "critics", "supporter", "supporters", "member", "members", "spokesman", "spokeswoman", "spokesperson",
        "report", "reports", "leader", "leaders", "activist", "activists", "staffer", "staffers", "agent", "agents",
        "commander", "commanders", "someone", "one", "others", "many", "some", "several", "voter", "voters", "protesters",
        "negotiator", "negotiators", "figure", "figures", "authorities", "sources", "investigator", "investigators",
        "strategist", "strategists", "operative", "operatives", "researcher", "researchers", "scientists", "economists",
        "democrat", "republican", "democrats", "republicans", "poll", "polls", "survey", "study", "studies", "statement");

    /// <summary>Documents someone sends out, which speak as their sender ("issued a statement saying").</summary>
    public static readonly FrozenSet<string> DocumentNouns = Set(
        "statement", "statements", "release", "letter", "memo", "email", "tweet");

    /// <summary>Nouns for a body that speaks for a named person or place ("the Biden administration", "the Olsen campaign").</summary>
    public static readonly FrozenSet<string> NamedBodies = Set(
        "administration", "campaign", "government", "office", "team", "ministry", "department", "agency", "committee",
        "embassy", "cabinet", "presidency", "party", "camp", "company", "firm", "group", "council", "foundation", "court");

    /// <summary>Determiners marking an indefinite or unidentified source.</summary>
    public static readonly FrozenSet<string> Indefinite = Set(
        "a", "an", "another", "some", "several", "two", "three", "four", "many", "other", "those", "these", "same",
        "one", "numerous", "various", "unnamed", "anonymous", "senior", "most", "few");

    /// <summary>Determiners that may open a noun phrase.</summary>
    public static readonly FrozenSet<string> Determiners = Set(
        "a", "an", "the", "another", "some", "several", "many", "other", "those", "these", "this", "that", "his", "her",
        "their", "its", "our", "two", "three", "four", "five", "most", "few", "both", "all", "one", "each", "every");

    /// <summary>Words that end a speaker phrase read forwards after an inverted cue ("said Smith on Monday").</summary>
    public static readonly FrozenSet<string> ForwardBoundary = Set(
        "on", "in", "at", "during", "that", "who", "which", "when", "while", "after", "before", "as", "and", "but", "to",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "last", "this",
        "because", "since", "if", "though", "although", "earlier", "later", "told", "said", "says", "adding", "noting",
        "in", "via", "through", "with", "from", "for", "where", "whose", "without");

    /// <summary>Lower-case words ending in "ing" that are nouns, not participles.</summary>
    public static readonly FrozenSet<string> IngNouns = Set(
        "king", "thing", "wing", "ring", "string", "morning", "evening", "polling", "ruling", "briefing", "hearing", "meeting",
        "building", "spring", "something", "nothing", "anything", "everything", "funding", "ceiling", "sibling", "offspring");

    /// <summary>Labels that open a line with a colon without naming a speaker ("Update:", "Photo:").</summary>
    public static readonly FrozenSet<string> NotSpeakerLabels = Set(
        "update", "updated", "note", "editor", "editor's", "related", "read", "watch", "photo", "photos", "source", "sources",
        "correction", "clarification", "q", "a", "advertisement", "listen", "video", "see", "more", "also", "subscribe",
        "follow", "contact", "email", "tags", "topics", "share", "credit", "image", "by", "published", "posted", "caption",
        "warning", "disclaimer", "here", "this", "the", "why", "what", "how", "when", "where", "who", "bottom", "example",
        "background", "context", "question", "answer", "result", "results", "step", "part", "chapter", "breaking");

    /// <summary>Lower-case words ending in "ly" that are nouns, not adverbs.</summary>
    public static readonly FrozenSet<string> LyNouns = Set(
        "family", "ally", "rally", "supply", "assembly", "reply", "belly", "monopoly", "anomaly", "bully", "lily", "italy");
}
