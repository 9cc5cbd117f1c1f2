using Parallax.Comparison;
using Parallax.Entities;

namespace Parallax.Tests.Comparison;

public class PairFeaturesTests
{
    private static readonly string Filler = string.Concat(Enumerable.Range(1, 8).Select(i => $" The crews poured concrete for {i + 1} more hours."));

    private static string Story(string lead) => "Mayor Ana Brook opened the bridge. " + lead
        + " Ana Brook thanked the crews. Ana Brook said traffic would ease. Ana Brook cut a ribbon." + Filler;

    private static (SentenceProfile[][] Profiles, EntitySpread Spread) Profiled()
    {
        (EntityType, string[])[] names = [(EntityType.Person, ["Ana Brook"]), (EntityType.Person, ["Tomas Reyes"])];
        var profiles = NearCopyTests.Profiles(
            Documents.Analyze("a1", Story("Engineer Tomas Reyes designed the span.")).WithEntities(names),
            Documents.Analyze("a2", Story("The span was drawn by Tomas Reyes.")).WithEntities(names));
        return (profiles, new EntitySpread([.. profiles.SelectMany(p => p)]));
    }

    private static double Feature(double[] features, string name) => features[Array.IndexOf(PairFeatures.Names, name)];

    private static double[] Of(SentenceProfile a, SentenceProfile b, EntitySpread spread, double crowd = 0)
        => PairFeatures.Of(a, b, 0.4, 0.4, 0.3, 0.5, false, new PairStanding(0, 0.4, crowd), new PairStanding(0, 0.4, 0), false, spread, null);

    [Fact]
    public void A_name_in_most_of_the_story_s_sentences_is_background_when_two_sentences_share_it()
    {
        var (profiles, spread) = Profiled();
        var features = Of(profiles[0][2], profiles[1][2], spread);
        Assert.Equal(0.5, Feature(features, "background-shared"));
        Assert.Equal(0, Feature(features, "rare-shared"));
    }

    [Fact]
    public void A_name_in_few_of_the_story_s_sentences_is_rare_when_two_sentences_share_it()
    {
        var (profiles, spread) = Profiled();
        var features = Of(profiles[0][1], profiles[1][1], spread);
        Assert.Equal(0.5, Feature(features, "rare-shared"));
        Assert.Equal(0, Feature(features, "background-shared"));
    }

    [Fact]
    public void The_crowd_is_the_larger_share_of_the_other_article_s_sentences_among_either_side_s_candidates()
    {
        var (profiles, spread) = Profiled();
        Assert.Equal(0.75, Feature(Of(profiles[0][1], profiles[1][1], spread, crowd: 0.75), "crowd"));
    }
}
