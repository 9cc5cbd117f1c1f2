using System.Text;

namespace Parallax.Bench.Throughput;

/// <summary>Deterministic invented news prose for throughput benchmarks (no real text).</summary>
internal static class SyntheticNews
{
    private static readonly string[] First = ["Marta", "Ivo", "Lena", "Tomas", "Nadia", "Omar", "Greta", "Paulo", "Yuki", "Rhea"];
    private static readonly string[] Last = ["Brenner", "Achebe", "Olsson", "Varga", "Quill", "Marek", "Odell", "Rusk", "Falk", "Weir"];
    private static readonly string[] Places = ["Kenya", "Oslo", "Nairobi", "Turkey", "Doha", "Pakistan", "Brazil", "Canada", "Vienna", "Jordan"];
    private static readonly string[] Orgs = ["the United Nations", "the Port Authority", "Northern Water Company", "the Harbour Workers Union", "the State Department"];
    private static readonly string[] Roles = ["Finance Minister", "spokeswoman", "Ambassador", "Governor", "union leader"];
    private static readonly string[] Verbs = ["said", "told reporters", "added", "warned", "noted"];
    private static readonly string[] Topics = ["the new budget", "the peace talks", "the strike", "the flood defences", "the trade deal", "the election"];

    /// <summary>About <paramref name="targetChars"/> characters of paragraphs, reproducible from <paramref name="seed"/>.</summary>
    public static string Generate(int targetChars, int seed = 42)
    {
        var random = new Random(seed);
        string Pick(string[] items) => items[random.Next(items.Length)];
        var sb = new StringBuilder(targetChars + 1000);
        while (sb.Length < targetChars)
        {
            var name = $"{Pick(First)} {Pick(Last)}";
            var surname = name.Split(' ')[1];
            sb.Append($"{Pick(Roles)} {name} {Pick(Verbs)} on Monday that {Pick(Orgs)} would review {Pick(Topics)} in {Pick(Places)} by May {random.Next(1, 29)}. ");
            sb.Append($"\"We expect {random.Next(2, 900)} people to attend, and about {random.Next(1, 60)} percent of them support it,\" {surname} said. ");
            sb.Append($"According to a government official, the U.S. envoy met {Pick(First)} {Pick(Last)} in {Pick(Places)} on Jan. {random.Next(1, 29)}, and he declined to comment. ");
            sb.Append($"The cost rose to {random.Next(1, 9)}.{random.Next(0, 9)} million dollars, officials said.\n\n");
        }
        return sb.ToString();
    }
}
