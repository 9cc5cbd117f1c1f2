using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Parallax.Bench.Corpus;

/// <summary>
/// Deterministic invented news (no real text): many distinct events, each covered by several outlets with
/// articles of about a given length (600 words unless told) built from the event's own people, places, numbers and topic words, interleaved in time;
/// a share are syndicated copies with small edits. Written as .jsonl (title, text, outlet, url, published).
/// </summary>
internal sealed class SyntheticCorpus
{
    private static readonly string[] Syllables = ["ka", "lo", "mi", "ra", "ven", "tor", "shi", "du", "pel", "an", "or", "ist", "bra", "go", "ne", "zu", "fa", "rin", "mo", "tes", "al", "qui", "del", "sa", "ron", "ti", "ber", "ga", "lu", "nor"];
    private static readonly string[] Kinds = ["flood", "strike", "election", "trade agreement", "factory fire", "court ruling", "bridge collapse", "budget vote", "port closure", "vaccine rollout", "mining accident", "rail strike"];
    private static readonly string[] Verbs = ["said", "told reporters", "added", "warned", "confirmed", "noted"];
    private static readonly string[] Outlets = [.. Enumerable.Range(1, 40).Select(i => $"Outlet {i:D2}")];

    private readonly Random _random;
    private readonly string[] _vocabulary;
    private readonly int _words;

    public SyntheticCorpus(int seed = 20240501, int words = 600)
    {
        _random = new Random(seed);
        _words = words;
        _vocabulary = [.. Enumerable.Range(0, 6000).Select(_ => Word(2 + _random.Next(2))).Distinct()];
    }

    /// <summary>Writes <paramref name="count"/> articles; returns the number of events.</summary>
    public int Write(string path, int count)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var active = new List<Event>();
        var events = 0;
        for (var written = 0; written < count;)
        {
            while (active.Count < 40)
                active.Add(NewEvent(events++, start.AddHours(events * 0.7)));
            var e = active[_random.Next(active.Count)];
            string text;
            string title;
            if (e.Texts.Count > 0 && _random.NextDouble() < 0.06)
            {
                var (originalTitle, original) = e.Texts[_random.Next(e.Texts.Count)];
                title = originalTitle;
                text = Edit(original);
            }
            else
            {
                (title, text) = Article(e);
                e.Texts.Add((title, text));
            }
            var published = e.Time.AddMinutes(_random.Next(0, 48 * 60));
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                title,
                text,
                outlet = Outlets[_random.Next(Outlets.Length)],
                url = string.Create(CultureInfo.InvariantCulture, $"https://news.example/e{e.Id}/a{written}"),
                published = published.ToString("O", CultureInfo.InvariantCulture),
            }));
            written++;
            if (--e.Remaining == 0)
                active.Remove(e);
        }
        return events;
    }

    private Event NewEvent(int id, DateTimeOffset time) => new()
    {
        Id = id,
        Time = time,
        Kind = Kinds[_random.Next(Kinds.Length)],
        Place = Capital(Word(3)),
        Region = Capital(Word(2)) + " Province",
        Person = Capital(Word(2)) + " " + Capital(Word(3)),
        Official = Capital(Word(2)) + " " + Capital(Word(2)),
        Org = "the " + Capital(Word(3)) + " Authority",
        Numbers = [.. Enumerable.Range(0, 4).Select(_ => _random.Next(3, 5000))],
        Topic = [.. Enumerable.Range(0, 25).Select(_ => _vocabulary[_random.Next(_vocabulary.Length)])],
        Remaining = 1 + (int)Math.Round(-Math.Log(1 - _random.NextDouble()) * 9),
    };

    private (string Title, string Text) Article(Event e)
    {
        var sb = new StringBuilder(4200);
        var surname = e.Person.Split(' ')[1];
        var title = $"{Capital(e.Kind)} in {e.Place}: {e.Person} {Pick(["responds", "speaks out", "under pressure", "promises action"])}";
        var words = 0;
        while (words < _words)
        {
            var sentence = _random.Next(8) switch
            {
                0 => $"The {e.Kind} in {e.Place}, in {e.Region}, has affected {e.Numbers[0]} {T(e)} residents, {Pick(Verbs)} {e.Official} of {e.Org}.",
                1 => $"\"We will {T(e)} the {T(e)} and {T(e)} every {T(e)} by {Day()},\" {surname} said on {Pick(["Monday", "Tuesday", "Friday"])}.",
                2 => $"{e.Person}, who leads {e.Org}, {Pick(Verbs)} that about {e.Numbers[1]} people had been moved from the {T(e)} district.",
                3 => $"Officials in {e.Place} estimated the cost at {e.Numbers[2]} million, a figure {e.Official} called {T(e)}.",
                4 => $"According to {e.Org}, the {T(e)} near {e.Place} began after {T(e)} {T(e)} in {e.Region}.",
                5 => $"Local {T(e)} groups asked {surname} to explain why {e.Numbers[3]} {T(e)} were still {T(e)}.",
                6 => $"The {Filler()} {Filler()} was {Filler()} by the {Filler()} council, residents {Pick(Verbs)}.",
                _ => $"In {e.Region}, the {T(e)} {T(e)} continued as {e.Official} met {T(e)} leaders and {T(e)} {T(e)}.",
            };
            sb.Append(sentence).Append(_random.Next(4) == 0 ? "\n\n" : " ");
            words += sentence.Count(c => c == ' ') + 1;
        }
        return (title, sb.ToString().TrimEnd());
    }

    private string Edit(string text)
    {
        var sentences = text.Split(". ");
        var drop = _random.Next(sentences.Length);
        return string.Join(". ", sentences.Where((_, i) => i != drop)) + " This report was distributed by a news agency.";
    }

    private string T(Event e) => e.Topic[_random.Next(e.Topic.Length)];

    private string Filler() => _vocabulary[_random.Next(_vocabulary.Length)];

    private string Day() => Pick(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]);

    private string Pick(string[] items) => items[_random.Next(items.Length)];

    private string Word(int syllables)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < syllables; i++)
            sb.Append(Syllables[_random.Next(Syllables.Length)]);
        return sb.ToString();
    }

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private sealed class Event
    {
        public int Id { get; init; }
        public DateTimeOffset Time { get; init; }
        public required string Kind { get; init; }
        public required string Place { get; init; }
        public required string Region { get; init; }
        public required string Person { get; init; }
        public required string Official { get; init; }
        public required string Org { get; init; }
        public required int[] Numbers { get; init; }
        public required string[] Topic { get; init; }
        public int Remaining { get; set; }
        public List<(string Title, string Text)> Texts { get; } = [];
    }
}
