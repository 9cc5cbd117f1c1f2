using Parallax.Documents;

namespace Parallax.Tests.Comparison;

/// <summary>An invented story told by three invented outlets, with planted agreements and differences.</summary>
internal static class FloodStory
{
    public const string Ledger =
        "Engineers found a deep crack in the Marrow Dam on Tuesday, and the Velorian government ordered the evacuation of villages along the Tessa River. " +
        "About 1,200 residents were moved to schools in the town of Ostrin. " +
        "Water Minister Katarina Voslova said repairs will be finished by June 3. " +
        "The ministry is considering closing the coastal highway while the reservoir is drained. " +
        "Local farmers complained that nobody had warned them about the leak last year. " +
        "The dam operator confirmed that the spillway gates were opened.";

    public const string Courier =
        "The Velorian government evacuated villages on the Tessa River after engineers discovered a crack in the Marrow Dam on Tuesday. " +
        "Officials said 1,500 residents were moved to schools in Ostrin. " +
        "Minister Katerina Voslova said repairs would be finished by July 3. " +
        "The ministry will close the coastal highway while the reservoir is drained. " +
        "The dam was built in 1962 with a loan from a regional development bank. " +
        "The dam operator did not confirm that the spillway gates were opened.";

    public const string Times =
        "A crack in the Marrow Dam forced the government to evacuate villages along the Tessa River, officials said. " +
        "Soldiers helped families load livestock onto trucks near the border. " +
        "Voslova thanked volunteers who filled sandbags overnight.";

    public static IReadOnlyList<ArticleAnalysis> Articles() =>
    [
        Documents.AnalyzeWithValues("a1", Ledger).WithEntities((EntityType.Person, ["Katarina Voslova"]), (EntityType.Loc, ["Marrow Dam"]), (EntityType.Gpe, ["Ostrin"])),
        Documents.AnalyzeWithValues("a2", Courier).WithEntities((EntityType.Person, ["Katerina Voslova"]), (EntityType.Loc, ["Marrow Dam"]), (EntityType.Gpe, ["Ostrin"])),
        Documents.AnalyzeWithValues("a3", Times).WithEntities((EntityType.Loc, ["Marrow Dam"]), (EntityType.Person, ["Voslova"])),
    ];
}
