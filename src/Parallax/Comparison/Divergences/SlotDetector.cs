using System.Collections.Frozen;
using System.Collections.Immutable;
using Parallax.Documents;
using Parallax.Entities;

namespace Parallax.Comparison;

/// <summary>
/// Different places (or people) in the same role of two claims about the same event (the doer may be
/// the place or person that differs): a named place or person only one claim has, next to the same content
/// word as one only the other has ("evacuated to Hask" vs "evacuated to Lorn"), or between the same
/// preposition and the same next word ("Back in Hask, the mayor said" vs "Back in Lorn, the mayor said"), or right
/// after the same name ("Lubbock, Texas" vs "Lubbock, California"). Places of the reporting frame count ("said in
/// Ohio that"). Where something is or happens, places that may lie one in the other ("in Atlanta" / "in Georgia", see
/// <see cref="PlaceNesting"/>) are not rivals.
/// </summary>
internal sealed class SlotDetector(DivergenceKind kind) : ClaimPairDetector
{
    private const double Confidence = 0.6;
    private const int Window = 3;

    /// <summary>The short forms of the words of place names ("Mt Hask" is "Mount Hask", "Ft Lorn" is "Fort Lorn").</summary>
    private static readonly FrozenDictionary<string, string> NameAbbreviations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["mt"] = "mount",
        ["mtn"] = "mountain",
        ["ft"] = "fort",
        ["st"] = "saint",
        ["pt"] = "point",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    protected override Divergence? Between(DivergenceContext context, ClaimPair pair)
    {
        if (!pair.SameEvent && pair.Score < ClaimPair.StrongScore)
            return null;
        var (a, b) = (pair.A, pair.B);
        if (!AnyFits(a.EntitiesWithFrame) || !AnyFits(b.EntitiesWithFrame))
            return null;
        foreach (var x in a.EntitiesWithFrame)
        {
            if (!Fits(x) || Occurrences(a.Sentence, x.Entity) <= Occurrences(b.Sentence, x.Entity))
                continue;
            foreach (var y in b.EntitiesWithFrame)
            {
                if (!Fits(y) || Occurrences(b.Sentence, y.Entity) <= Occurrences(a.Sentence, y.Entity))
                    continue;
                if (!SameSlot(a.Sentence, x, b.Sentence, y) || SharesWord(x.Mention.Text, y.Mention.Text) || PlaceAbbreviations.Same(x.Mention.Text, y.Mention.Text) || IsSpeaker(a, x) || IsSpeaker(b, y)
                    || NamedUnresolved(x, b.Sentence) || NamedUnresolved(y, a.Sentence) || OmittedFromList(a, x, b, y)
                    || kind == DivergenceKind.Place && (Located(a, x) && Located(b, y) && MayNest(context, x, y) || HomesOfTwoPeople(a, x, b, y))
                    || kind == DivergenceKind.Person && (PartyAdjective(x) || PartyAdjective(y)))
                    continue;
                var speakers = kind == DivergenceKind.Person && SpeaksIn(context, a, x) && SpeaksIn(context, b, y);
                return new Divergence(speakers ? DivergenceKind.Attribution : kind, DivergenceContext.Refs(a.Sentence, b.Sentence),
                    $"{(speakers ? "attributed to " : "")}{x.Mention.Text} ({context.Id(a.Sentence)}) vs {y.Mention.Text} ({context.Id(b.Sentence)})")
                {
                    Confidence = Confidence,
                    Spans = [context.Span(a.Sentence, x.Mention), context.Span(b.Sentence, y.Mention)],
                };
            }
        }
        return null;
    }

    /// <summary>
    /// One of the names stands in a list of three or more names of its type ("won Virginia, Georgia and Alabama") that is not
    /// the other's list with just this name swapped: a list that leaves out a member of the other's does not contradict it.
    /// </summary>
    private static bool OmittedFromList(ClaimProfile a, EntityOccurrence x, ClaimProfile b, EntityOccurrence y)
    {
        var (listA, listB) = (List(a, x), List(b, y));
        if (listA.Count < 3 && listB.Count < 3)
            return false;
        var restA = listA.Where(e => e != x).Select(e => e.Entity).ToHashSet();
        return listA.Count != listB.Count || !restA.SetEquals(listB.Where(e => e != y).Select(e => e.Entity));
    }

    /// <summary>The names of the name's type joined to it by commas, "and" or "or", in order; two names a comma apart may be a town and its state.</summary>
    private static List<EntityOccurrence> List(ClaimProfile claim, EntityOccurrence o)
    {
        var sentence = claim.Sentence;
        bool Joins(int token) => token >= 0 && token < claim.Tags.Length && (claim.Tags[token] == "," || sentence.Words[token] is "and" or "or");
        EntityOccurrence? Ending(int token) => sentence.Entities.FirstOrDefault(e => e.Mention.Type == o.Mention.Type && e.EndToken == token);
        EntityOccurrence? Starting(int token) => sentence.Entities.FirstOrDefault(e => e.Mention.Type == o.Mention.Type && e.Token == token);
        var list = new List<EntityOccurrence> { o };
        for (var current = o; Joins(current.Token - 1) && (Ending(current.Token - 2) ?? (Joins(current.Token - 2) ? Ending(current.Token - 3) : null)) is { } previous; current = previous)
            list.Insert(0, previous);
        for (var current = o; Joins(current.EndToken + 1) && (Starting(current.EndToken + 2) ?? (Joins(current.EndToken + 2) ? Starting(current.EndToken + 3) : null)) is { } next; current = next)
            list.Add(next);
        return list;
    }

    /// <summary>
    /// The place is where something is, goes or happens ("in Atlanta", "a trip to Georgia", "Tanios, 39, of Morgantown"), or where
    /// someone or something is from ("a Hask woman", "an Ohio bank"), not whose it is ("Florida's law"): a town and the state around
    /// it are then both right.
    /// </summary>
    private static bool Located(ClaimProfile claim, EntityOccurrence o)
    {
        var words = claim.Sentence.Words;
        return o.Token > 0 && (Lexicon.PlacePrepositions.Contains(words[o.Token - 1])
            || words[o.Token - 1] == "of" && o.Token > 1 && words[o.Token - 2].Length == 0
            || words[o.Token - 1] is "a" or "an" && o.EndToken + 1 < claim.Tags.Length && claim.Tags[o.EndToken + 1] is "NN" or "NNS");
    }

    /// <summary>
    /// Each place is where a named person is from ("Tanios, 39, of Morgantown" / "Khater, 32, of Pennsylvania"), and the two are
    /// different people: each outlet gives someone's home, not rival places of one.
    /// </summary>
    private static bool HomesOfTwoPeople(ClaimProfile a, EntityOccurrence x, ClaimProfile b, EntityOccurrence y)
        => HomeOf(a, x) is { } first && HomeOf(b, y) is { } second && first != second;

    /// <summary>The story entity of the person a place after "of" says where they are from ("Tanios, 39, of Morgantown", "Ana Ruiz of Hask"), or null.</summary>
    private static int? HomeOf(ClaimProfile claim, EntityOccurrence place)
    {
        var words = claim.Sentence.Words;
        if (place.Token < 2 || words[place.Token - 1] != "of")
            return null;
        var end = place.Token - 2;
        if (words[end].Length == 0 && end >= 2 && claim.Sentence.IsValueToken(end - 1) && words[end - 2].Length == 0)
            end -= 3;
        else if (words[end].Length == 0)
            end--;
        foreach (var o in claim.Sentence.Entities)
        {
            if (o.EndToken == end && o.Mention.Type == EntityType.Person && o.Entity >= 0)
                return o.Entity;
        }
        return null;
    }

    /// <summary>
    /// One place may lie in the other (<see cref="PlaceNesting"/>), and the story does not put either somewhere the other is
    /// not: "Hask" may lie in "Oregon" unless some sentence of the story says "Hask, Texas".
    /// </summary>
    private static bool MayNest(DivergenceContext context, EntityOccurrence x, EntityOccurrence y)
    {
        if (!PlaceNesting.Default.MayNest(x.Mention.Text, y.Mention.Text))
            return false;
        var (inX, inY) = (StatedContainers(context, x.Entity), StatedContainers(context, y.Entity));
        return !inX.Any(c => Elsewhere(c, y.Mention.Text)) && !inY.Any(c => Elsewhere(c, x.Mention.Text));
    }

    /// <summary>The place the story names right after this one, past a comma ("Hask, Texas", "Hask, Tex."): where it says it lies.</summary>
    private static List<string> StatedContainers(DivergenceContext context, int entity)
        => [.. context.Profiles.SelectMany(article => article).SelectMany(p => p.Entities
            .Where(o => o.Mention.Kind == MentionKind.Name && o.Mention.Type is EntityType.Gpe or EntityType.Loc && o.Entity != entity
                && EntityBefore(p, o) == entity)
            .Select(o => PlaceAbbreviations.Full(o.Mention.Text)))];

    /// <summary>The stated container is neither the place nor one that may lie in it or hold it.</summary>
    private static bool Elsewhere(string container, string place)
        => !PlaceAbbreviations.Same(container, place) && !SharesWord(container, place)
            && !PlaceNesting.Default.MayNest(container, PlaceAbbreviations.Full(place));

    /// <summary>
    /// A one-word "name" that is the adjective of a party the gazetteer knows ("the Republican administration", "Democratic
    /// senators"): it tells which side someone is on, it names no person.
    /// </summary>
    private static bool PartyAdjective(EntityOccurrence o)
        => !o.Mention.Text.Contains(' ', StringComparison.Ordinal)
            && Gazetteer.Default.Phrases.TryGetValue(EntityProfile.StripPossessive(o.Mention.Text) + " Party", out var party) && party.Type == EntityType.Org;

    /// <summary>
    /// The other sentence does not name the entity, yet has every word of its name, a person's given name perhaps in another
    /// form: the same one, named in a way the entity stage did not join ("Scooter Libby" / "I. Lewis “Scooter” Libby", "Don
    /// McGahn" / "Donald F. McGahn II").
    /// </summary>
    private static bool NamedUnresolved(EntityOccurrence o, SentenceProfile other)
    {
        if (Occurrences(other, o.Entity) > 0)
            return false;
        var text = o.Mention.Text.AsSpan();
        Span<char> lower = stackalloc char[Math.Min(text.Length, 256)];
        var any = false;
        foreach (var range in text.SplitAny(' ', '-'))
        {
            var word = EntityProfile.StripPossessive(text[range]).Trim(".,");
            if (word.Length <= 1)
                continue;
            if (!Has(other.Words, word.Length <= lower.Length ? lower[..word.ToLowerInvariant(lower)] : word.ToString().ToLowerInvariant())
                && !(o.Mention.Type == EntityType.Person && HasGivenNameVariant(other.Words, word.ToString())))
                return false;
            any = true;
        }
        return any;
    }

    /// <summary>The words hold the given name in another form ("Don" / "Donald", "Bill" / "William").</summary>
    private static bool HasGivenNameVariant(string[] words, string name)
        => GivenNames.IsKnown(name) && words.Any(w => w.Length > 1 && GivenNames.AreVariants(name, w));

    private static bool Has(string[] words, ReadOnlySpan<char> word)
    {
        foreach (var w in words)
        {
            if (word.SequenceEqual(w))
                return true;
        }
        return false;
    }

    /// <summary>How often the story entity is named in the sentence: a place named once more in one sentence than in the other is one the other does not give there.</summary>
    private static int Occurrences(SentenceProfile sentence, int entity)
    {
        var count = 0;
        foreach (var o in sentence.Entities)
        {
            if (o.Entity == entity && o.Mention.Kind == MentionKind.Name)
                count++;
        }
        return count;
    }

    /// <summary>
    /// One name's words all in the other: most likely one person or place written two ways ("New York" /
    /// "New York City", "Kim Jong Un" / "Kim Jong-un", "Mt Hask" / "Mount Hask", "Miss Dorn" / "Ilsa Dorn"); "North Korea"
    /// and "South Korea" stay two, and so do a man and a woman of one surname ("Mr Dorn" / "Ilsa Dorn").
    /// </summary>
    private static bool SharesWord(string x, string y)
    {
        static HashSet<string> Words(string name) => name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => EntityProfile.StripPossessive(w).Trim('.', ','))
            .Where(w => w.Length > 1 && !IsHonorific(w))
            .Select(w => NameAbbreviations.GetValueOrDefault(w.ToLowerInvariant(), w))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var (a, b) = (Words(x), Words(y));
        return a.Count > 0 && b.Count > 0 && (a.IsSubsetOf(b) || b.IsSubsetOf(a)) && PersonGender.Agree(PersonGender.OfName(x), PersonGender.OfName(y));
    }

    /// <summary>
    /// A courtesy title before a surname ("Miss", "Mr.", "Dr"): how a paper names a person, not part of the name. The words
    /// that tell a gender (<see cref="PersonGender"/>) and the gazetteer's abbreviated titles.
    /// </summary>
    private static bool IsHonorific(string word)
        => PersonGender.OfName(word) != Gender.Unknown || Gazetteer.Default.Titles.Contains(word.ToLowerInvariant().TrimEnd('.') + ".");

    /// <summary>
    /// The person is the speaker of a report in the sentence ("President Ruiz warned that ..."): two different people in
    /// that place are a statement credited to different sources, an attribution divergence.
    /// </summary>
    private static bool SpeaksIn(DivergenceContext context, ClaimProfile claim, EntityOccurrence o)
        => context.QuotesBySentence[claim.Ref.Article][claim.Ref.Sentence]
            .Any(q => o.Mention.Start < q.Speaker.End && o.Mention.End > q.Speaker.Start);

    /// <summary>A speaker of the claim's quote: a different speaker is an attribution divergence, not a person one.</summary>
    private static bool IsSpeaker(ClaimProfile claim, EntityOccurrence o)
        => claim.Source is { } quote && o.Mention.Start < quote.Speaker.End && o.Mention.End > quote.Speaker.Start;

    /// <summary>
    /// A named person, or a named country, region or town: buildings and rooms nest inside one another and inside
    /// towns ("National Statuary Hall" is in "the Capitol"), so two of them are not rivals.
    /// </summary>
    private bool Fits(EntityOccurrence o) => o.Mention.Kind is MentionKind.Name
        && (kind == DivergenceKind.Place
            ? o.Mention.Type is EntityType.Gpe or EntityType.Loc && !Facilities.Contains(LastWord(o.Mention.Text))
            : o.Mention.Type == EntityType.Person);

    private bool AnyFits(ImmutableArray<EntityOccurrence> occurrences)
    {
        foreach (var o in occurrences)
        {
            if (Fits(o))
                return true;
        }
        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Facilities
        = Lexicon.Facilities.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The name's last word without a possessive ending ("the Port Ellis Harbour's" gives "Harbour").</summary>
    private static ReadOnlySpan<char> LastWord(string name)
    {
        var text = name.AsSpan().TrimEnd(' ');
        return EntityProfile.StripPossessive(text[(text.LastIndexOf(' ') + 1)..]);
    }

    private static bool SameSlot(SentenceProfile a, EntityOccurrence x, SentenceProfile b, EntityOccurrence y)
    {
        if (EntityBefore(a, x) is int before && before == EntityBefore(b, y) || SameNeighbours(a, x, b, y))
            return true;
        if (x.Token > 0 && y.Token > 0 && Lexicon.PlacePrepositions.Contains(a.Words[x.Token - 1]) && a.Words[x.Token - 1] == b.Words[y.Token - 1]
            && x.EndToken + 1 < a.Words.Length && y.EndToken + 1 < b.Words.Length && a.Words[x.EndToken + 1] == b.Words[y.EndToken + 1])
            return true;
        var (leftA, rightA) = (ConceptNear(a, x.Token, -1), ConceptNear(a, x.EndToken, +1));
        var (leftB, rightB) = (ConceptNear(b, y.Token, -1), ConceptNear(b, y.EndToken, +1));
        return leftA is { } la && leftB is { } lb && la.Concept == lb.Concept && SameWordsBetween(a, la.Token + 1, x.Token, b, lb.Token + 1, y.Token)
            || rightA is { } ra && rightB is { } rb && ra.Concept == rb.Concept && SameWordsBetween(a, x.EndToken + 1, ra.Token, b, y.EndToken + 1, rb.Token);
    }

    /// <summary>
    /// The little words between a name and the content word it hangs on are the same: they give its role
    /// ("shot down by Iran" names the shooter, "shot down a U.S. drone" the drone's owner).
    /// </summary>
    private static bool SameWordsBetween(SentenceProfile a, int fromA, int toA, SentenceProfile b, int fromB, int toB)
        => toA - fromA == toB - fromB && a.Words.AsSpan(fromA, toA - fromA).SequenceEqual(b.Words.AsSpan(fromB, toB - fromB));

    /// <summary>
    /// The two names stand between the same two words, one of them a word rather than a mark or the sentence's edge
    /// ("a wall between the United States and Mexico had" / "... and Colorado had", "Hask police said" / "Lorn police said").
    /// </summary>
    private static bool SameNeighbours(SentenceProfile a, EntityOccurrence x, SentenceProfile b, EntityOccurrence y)
    {
        var (leftA, leftB) = (x.Token > 0 ? a.Words[x.Token - 1] : "", y.Token > 0 ? b.Words[y.Token - 1] : "");
        var (rightA, rightB) = (x.EndToken + 1 < a.Words.Length ? a.Words[x.EndToken + 1] : "", y.EndToken + 1 < b.Words.Length ? b.Words[y.EndToken + 1] : "");
        return leftA == leftB && rightA == rightB && (leftA.Length > 0 || rightA.Length > 0);
    }

    /// <summary>The story entity right before the name, past a comma ("Lubbock, Texas"), or null.</summary>
    private static int? EntityBefore(SentenceProfile p, EntityOccurrence o)
    {
        var i = o.Token - 1;
        if (i >= 0 && p.Words[i].Length == 0)
            i--;
        foreach (var other in p.Entities)
        {
            if (other.EndToken == i && other.Entity != o.Entity && other.Mention.Kind == MentionKind.Name)
                return other.Entity;
        }
        return null;
    }

    /// <summary>A title next to a name is part of how it is named, not the role it plays in the claim ("Vice President Harris" / "President Biden's plan").</summary>
    private static bool IsTitle(string word) => word is "vice" or "deputy" or "former" or "acting" || Gazetteer.Default.Titles.Contains(word);

    private static (string Concept, int Token)? ConceptNear(SentenceProfile p, int token, int step)
    {
        for (int i = token + step, n = 0; i >= 0 && i < p.Concepts.Length && n < Window; i += step, n++)
        {
            if (n == 0 && IsTitle(p.Words[i]))
            {
                n--;
                continue;
            }
            if (p.Concepts[i] is { } c && !c.StartsWith("k:", StringComparison.Ordinal) && !Lexicon.Modals.Contains(p.Words[i]))
                return (c, i);
        }
        return null;
    }
}
