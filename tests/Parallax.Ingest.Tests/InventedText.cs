using System.Text;

namespace Parallax.Ingest.Tests;

/// <summary>Sentences of random everyday words, for inputs of any size that quote no real text.</summary>
internal sealed class InventedText(int seed)
{
    private static readonly string[] Words =
    [
        "harbour", "ferry", "council", "morning", "tide", "bridge", "market", "lantern", "orchard", "river", "signal",
        "crew", "village", "storm", "ledger", "quay", "winter", "garden", "rail", "meeting", "budget", "school", "kettle",
        "pier", "schedule", "road", "museum", "archive", "weather", "island", "farmer", "mayor", "clinic", "station",
    ];

    private readonly Random _random = new(seed);

    public string Sentence(int words)
    {
        var text = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            var word = Words[_random.Next(Words.Length)];
            text.Append(i == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : " " + word);
        }
        return text.Append('.').ToString();
    }

    public string Paragraph(int sentences, int words = 12)
        => string.Join(' ', Enumerable.Range(0, sentences).Select(_ => Sentence(words)));
}
