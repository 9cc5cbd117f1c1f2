using System.Collections.Frozen;
using System.Collections.Immutable;
using Parallax.Documents;

namespace Parallax.Entities;

/// <summary>
/// In-document coreference: groups mentions into <see cref="DocumentEntity"/> chains. Full names,
/// surnames and misspelt surnames join the person they name; a role introduced with a name
/// ("US envoy to Afghanistan Zalmay Khalilzad") later stands for that person ("the US envoy");
/// a bare role ("the vice president") stands for the one person the article introduces with that
/// office, never for a holder of another office ("the president"), and stays an entity of its own
/// when the article names no such person or several;
/// he/she/his/her resolve to the salient person (the subject nearest before, else the subject
/// of the last sentence that mentions a person). Organisations, places, dates and numbers join
/// on their canonical value.
/// </summary>
public sealed class CoreferenceResolver : IAnalysisComponent
{
    private static readonly FrozenSet<string> Pronouns = FrozenSet.ToFrozenSet(["he", "him", "his", "she", "her", "hers", "He", "Him", "His", "She", "Her"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> NotVerbs = FrozenSet.ToFrozenSet(["and", "or", "of", "'s", "’s", "who", "whose", "which", "in", "on", "at", "to", "from", "with", "for", "as"], StringComparer.Ordinal);

    private const int MaxSentencesBack = 6;

    /// <inheritdoc />
    public string Name => "coreference";

    /// <inheritdoc />
    public AnalysisLayers Requires => AnalysisLayers.Sentences | AnalysisLayers.Mentions;

    /// <inheritdoc />
    /// <remarks>Adds pronoun mentions to the mentions it groups.</remarks>
    public AnalysisLayers Assigns => AnalysisLayers.Mentions | AnalysisLayers.Entities;

    /// <inheritdoc />
    public ArticleAnalysis Process(ArticleAnalysis document)
    {
        var view = new ArticleView(document);
        var mentions = document.Mentions.ToList();
        AddPronouns(view, mentions);
        mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));

        var chains = new List<Chain>();
        var byKey = new Dictionary<(EntityType, string), int>();
        var byNamePart = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var chainOf = new int[mentions.Count];
        Array.Fill(chainOf, -1);
        // Names, dates and numbers first: a role or a pronoun can only stand for someone the article names.
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Kind is MentionKind.Pronoun or MentionKind.Role)
                continue;
            var chain = m.Type == EntityType.Person ? FindPerson(chains, byNamePart, m) : byKey.GetValueOrDefault((m.Type, Chain.KeyOf(m)), -1);
            if (chain < 0)
            {
                chains.Add(new Chain(m.Type));
                chain = chains.Count - 1;
            }
            chains[chain].Add(i, m);
            chainOf[i] = chain;
            byKey.TryAdd((m.Type, Chain.KeyOf(m)), chain);
            if (m.Type == EntityType.Person && m.Kind == MentionKind.Name)
            {
                foreach (var part in m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var key = NameArticles.Strip(part)[..1];
                    if (!byNamePart.TryGetValue(key, out var list))
                        byNamePart[key] = list = [];
                    if (!list.Contains(chain))
                        list.Add(chain);
                }
            }
        }
        // Roles: the one named person whose title names the same office, wherever the article names them;
        // without one, the mentions of one office form an entity of their own.
        var roleOnly = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Kind != MentionKind.Role)
                continue;
            var role = RoleName.Parse(m.Role ?? m.Text);
            var chain = role is null ? -1 : FindHolder(chains, role);
            if (chain < 0)
            {
                var key = role?.Key ?? m.Text.ToLowerInvariant();
                if (!roleOnly.TryGetValue(key, out chain))
                {
                    chains.Add(new Chain(EntityType.Person));
                    chain = roleOnly[key] = chains.Count - 1;
                }
            }
            chains[chain].Add(i, m);
            chainOf[i] = chain;
        }
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Kind != MentionKind.Pronoun)
                continue;
            var chain = ResolvePronoun(view, mentions, chainOf, chains, i);
            if (chain < 0)
                continue;
            chains[chain].Add(i, mentions[i]);
            chainOf[i] = chain;
        }
        foreach (var chain in chains)
            chain.Members.Sort();
        chains.Sort((a, b) => a.Members[0].CompareTo(b.Members[0]));

        var kept = new List<Mention>();
        var newIndex = new int[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
        {
            newIndex[i] = -1;
            if (chainOf[i] >= 0)
            {
                newIndex[i] = kept.Count;
                kept.Add(mentions[i]);
            }
        }
        var entities = ImmutableArray.CreateBuilder<DocumentEntity>(chains.Count);
        foreach (var chain in chains)
        {
            entities.Add(new DocumentEntity(entities.Count, chain.DisplayName(), chain.Type, [.. chain.Members.Select(m => newIndex[m])])
            {
                Aliases = [.. chain.Aliases],
                Roles = [.. chain.Roles],
            });
        }
        return document with { Mentions = [.. kept], Entities = entities.ToImmutable() };
    }

    private static void AddPronouns(ArticleView view, List<Mention> mentions)
    {
        foreach (var sentence in view.Document.Sentences)
        {
            for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
            {
                var w = view.Words[t];
                if (Pronouns.Contains(w))
                {
                    var token = view.Tokens[t];
                    mentions.Add(new Mention(token.Start, token.End, w, EntityType.Person, MentionKind.Pronoun, sentence.Index) { Confidence = 0.7 });
                }
            }
        }
    }

    private static int FindPerson(List<Chain> chains, Dictionary<string, List<int>> byInitial, Mention m)
    {
        var parts = m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !byInitial.TryGetValue(NameArticles.Strip(parts[^1])[..1], out var candidates))
            return -1;
        var best = -1;
        var bestScore = 0;
        for (var k = candidates.Count - 1; k >= 0; k--)
        {
            var c = candidates[k];
            var score = chains[c].MatchScore(parts);
            if (score > bestScore || score == bestScore && score > 0 && c > best)
            {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    /// <summary>The one person chain introduced with a title that <paramref name="role"/> can stand for, or -1 when there is none or several.</summary>
    private static int FindHolder(List<Chain> chains, RoleName role)
    {
        var found = -1;
        var exact = -1;
        var fits = 0;
        var exactFits = 0;
        for (var c = 0; c < chains.Count; c++)
        {
            var chain = chains[c];
            if (chain.Type != EntityType.Person || chain.NameParts.Count == 0 || !chain.HolderRoles.Any(role.Fits))
                continue;
            found = c;
            fits++;
            if (chain.HolderRoles.Any(role.SameOffice))
            {
                exact = c;
                exactFits++;
            }
        }
        return fits == 1 ? found : exactFits == 1 ? exact : -1;
    }

    private static int ResolvePronoun(ArticleView view, List<Mention> mentions, int[] chainOf, List<Chain> chains, int index)
    {
        var pronoun = mentions[index];
        var gender = PersonGender.OfPronoun(pronoun.Text);
        // A person the pronoun can stand for: "she" never for a man the article names or calls "he".
        bool Fits(int k) => mentions[k].Type == EntityType.Person && chainOf[k] >= 0 && PersonGender.Agree(chains[chainOf[k]].Gender, gender);
        // The nearest earlier person in the same sentence that is the subject of a verb, else the first person there.
        var firstInSentence = -1;
        for (var k = index - 1; k >= 0 && mentions[k].Sentence == pronoun.Sentence; k--)
        {
            if (!Fits(k))
                continue;
            if (IsSubject(view, mentions[k]))
                return chainOf[k];
            firstInSentence = chainOf[k];
        }
        if (firstInSentence >= 0)
            return firstInSentence;
        // Otherwise the subject (first person) of the closest earlier sentence that mentions a person.
        for (var k = index - 1; k >= 0 && pronoun.Sentence - mentions[k].Sentence <= MaxSentencesBack; k--)
        {
            if (!Fits(k))
                continue;
            var sentence = mentions[k].Sentence;
            var first = k;
            var subject = -1;
            while (first - 1 >= 0 && mentions[first - 1].Sentence == sentence)
                first--;
            for (var j = first; j <= k; j++)
            {
                if (Fits(j) && IsSubject(view, mentions[j]))
                {
                    subject = chainOf[j];
                    break;
                }
            }
            if (subject >= 0)
                return subject;
            for (var j = first; j <= k; j++)
            {
                if (Fits(j))
                    return chainOf[j];
            }
        }
        return -1;
    }

    private static bool IsSubject(ArticleView view, Mention m)
    {
        var next = view.TokenAt(m.End);
        if (next >= view.Words.Length)
            return false;
        var w = view.Words[next];
        if (w is "also" or "then" or "later" or "has" or "had" or "have" && next + 1 < view.Words.Length)
            w = view.Words[next + 1];
        return w.Length > 1 && char.IsLower(w[0]) && !NotVerbs.Contains(w) && !EntityRecognizer.PersonNounsAfter.Contains(w) && view.Tokens[next].Kind == TokenKind.Word;
    }

    private sealed class Chain(EntityType type)
    {
        public EntityType Type { get; } = type;
        public List<int> Members { get; } = [];
        public List<string> NameParts { get; } = [];
        public HashSet<string> Keys { get; } = new(StringComparer.OrdinalIgnoreCase);
        public List<string> Aliases { get; } = [];
        public List<string> Roles { get; } = [];
        /// <summary>The titles the person is introduced with ("Vice President" of "Vice President Ana Ruiz").</summary>
        public List<RoleName> HolderRoles { get; } = [];
        private string? _longestName;
        private string? _firstRole;

        /// <summary>Told by the person's name or title, else by the first pronoun that stands for them.</summary>
        public Gender Gender { get; private set; }

        public void Add(int index, Mention m)
        {
            Members.Add(index);
            if (Gender == Gender.Unknown && Type == EntityType.Person)
            {
                Gender = m.Kind switch
                {
                    MentionKind.Name => PersonGender.OfName(m.Role is null ? m.Text : m.Role + " " + m.Text),
                    MentionKind.Pronoun => PersonGender.OfPronoun(m.Text),
                    _ => Gender.Unknown,
                };
            }
            if (m.Kind == MentionKind.Name)
            {
                if (!Aliases.Contains(m.Text))
                    Aliases.Add(m.Text);
                if (_longestName is null || m.Text.Length > _longestName.Length)
                    _longestName = m.Text;
                Keys.Add(KeyOf(m));
                if (Type == EntityType.Person)
                {
                    foreach (var part in m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        if (!NameParts.Contains(part))
                            NameParts.Add(part);
                    }
                }
            }
            else if (m.Kind is MentionKind.Date or MentionKind.Number)
            {
                Keys.Add(KeyOf(m));
                _longestName ??= m.Text;
                if (!Aliases.Contains(m.Text))
                    Aliases.Add(m.Text);
            }
            var role = m.Role ?? (m.Kind == MentionKind.Role ? m.Text : null);
            if (role is not null)
            {
                _firstRole ??= role;
                if (!Roles.Contains(role))
                {
                    Roles.Add(role);
                    if (m.Kind == MentionKind.Name && RoleName.Parse(role) is { } holds)
                        HolderRoles.Add(holds);
                }
            }
        }

        public string DisplayName() => _longestName ?? _firstRole ?? "?";

        /// <summary>0 = no match; higher is better.</summary>
        public int MatchScore(string[] parts)
        {
            if (parts.Length == 0)
                return 0;
            var last = parts[^1];
            var chainLast = NameParts[^1];
            var bare = NameArticles.Strip(last);
            var lastMatches = NameParts.Any(p => NameArticles.Strip(p) == bare) ? 3 : NameParts.Any(p => p.Length >= 5 && NameSimilarity.IsVariant(p, last)) ? 2 : 0;
            if (parts.Length == 1)
                return lastMatches;
            if (lastMatches == 0)
                return 0;
            // Multi-word: first names must agree (or be spelling variants, or one a short form of the other) when both are known.
            var first = parts[0];
            var knownFirst = NameParts.Count > 1 ? NameParts[0] : null;
            if (knownFirst is null)
                return lastMatches;
            if (knownFirst == first)
                return lastMatches + 2;
            return (NameSimilarity.IsVariant(knownFirst, first) || GivenNames.AreVariants(knownFirst, first)) && last == chainLast ? lastMatches + 1 : 0;
        }

        public static string KeyOf(Mention m)
        {
            if (m.Value is { } v)
                return m.Kind == MentionKind.Number ? NumberValue.KeyOf(v) : v;
            var text = m.Text;
            if (text.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
                text = text[4..];
            return text;
        }
    }
}
