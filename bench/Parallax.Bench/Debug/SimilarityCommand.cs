using System.Globalization;
using Parallax.Bench.Comparison;

namespace Parallax.Bench.Debug;

/// <summary>Prints the sentence encoder's cosine between texts, for eyeballing why two claims align or not.</summary>
internal sealed class SimilarityCommand : IBenchCommand
{
    public string Name => "similarity";

    public string Description => "similarity TEXT TEXT [TEXT...] [--fp32]: the encoder's cosine of the first text with each other one";

    public int Run(string[] args)
    {
        var texts = args.Where(a => a != BenchEncoders.Option).ToList();
        if (texts.Count < 2)
        {
            Console.Error.WriteLine("usage: similarity TEXT TEXT [TEXT...]");
            return 2;
        }
        var vectors = BenchEncoders.From(args).Encode(texts);
        for (var i = 1; i < texts.Count; i++)
        {
            var cosine = vectors[0].Zip(vectors[i], (x, y) => (double)x * y).Sum();
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0:F3}  {1}", cosine, texts[i]));
        }
        return 0;
    }
}
