using Parallax.Analysis;
using Parallax.Corpus.Clustering;
using Parallax.Documents;

namespace Parallax.Store.Tests;

public sealed class CodecTests
{
    private static readonly Article Sample = new("a1", "Daily Test", "Mayor Lena Varga said on May 3 that 1,200 people left Oslo. \"We are ready,\" she told reporters. The Port Authority disagreed.");

    [Fact]
    public void A_decoded_analysis_has_the_same_layers_as_the_original()
    {
        var analysis = Analyzer.Analyze(Sample);
        var decoded = AnalysisCodec.Decode(Sample, AnalysisCodec.Encode(analysis))!;
        Assert.Equal(analysis.Sentences, decoded.Sentences);
        Assert.Equal(analysis.Tokens, decoded.Tokens);
        Assert.Equal(analysis.Mentions, decoded.Mentions);
        Assert.Equal(analysis.Entities.Select(e => (e.Name, e.Type, string.Join(',', e.Mentions), string.Join(',', e.Aliases))), decoded.Entities.Select(e => (e.Name, e.Type, string.Join(',', e.Mentions), string.Join(',', e.Aliases))));
        Assert.Equal(analysis.Quotes.Select(q => (q.Speaker, q.Content, q.Kind)), decoded.Quotes.Select(q => (q.Speaker, q.Content, q.Kind)));
    }

    [Fact]
    public void Decoded_features_equal_the_encoded_ones()
    {
        var features = ArticleFeatures.From(Analyzer.Analyze(Sample with { Published = new DateTimeOffset(2024, 5, 3, 0, 0, 0, TimeSpan.Zero) }));
        var decoded = FeatureCodec.Decode(FeatureCodec.Encode(features));
        Assert.Equal(features.Terms, decoded.Terms);
        Assert.Equal(features.Entities, decoded.Entities);
        Assert.Equal(features.Signature, decoded.Signature);
        Assert.Equal(features.Main, decoded.Main);
        Assert.Equal(features.Time, decoded.Time);
    }

    [Fact]
    public void Content_hash_ignores_case_and_spacing()
        => Assert.Equal(ContentHash.Of("The  cat\nsat."), ContentHash.Of("the cat sat."));
}
