using Parallax.Analysis;
using Parallax.Documents;
using Parallax.Quotes;
using Parallax.Testing;
using Parallax.Text;

namespace Parallax.Tests.Quotes;

/// <summary>The founding example (../shared/seeds): the quotes each outlet carries.</summary>
public class SeedArticleQuoteTests
{
    private static readonly AnalysisPipeline Pipeline = new AnalysisPipelineBuilder().Add(new SentenceSegmenter()).Add(new QuoteExtractor()).Build();

    private static (string Text, ArticleAnalysis Analysis) Read(string prefix, string outlet)
    {
        var raw = TextCleaner.Clean(File.ReadAllText(SharedData.SeedPath(prefix)));
        var dateline = Dateline.Find(raw);
        var text = dateline is null ? raw : raw[dateline.Length..];
        return (text, Pipeline.Analyze(new Article("a1", outlet, text)));
    }

    [Fact]
    public void Cnn_he_said_quotes_resolve_to_Price()
    {
        var (_, analysis) = Read("003", "CNN");
        var pronounQuotes = analysis.Quotes.Where(q => q.Speaker.Text == "he").ToList();
        Assert.True(pronounQuotes.Count >= 3);
        Assert.All(pronounQuotes, q => Assert.Contains(q.Speaker.Antecedent, new[] { "Price", "Ned Price", "State Department spokesperson Ned Price" }));
    }

    [Fact]
    public void Cnn_quotes_after_Price_is_introduced_are_his_or_Blinkens()
    {
        var (text, analysis) = Read("003", "CNN");
        var introduced = text.IndexOf("Ned Price", StringComparison.Ordinal);
        var speakers = analysis.Quotes
            .Where(q => q.CueSpan.Start > introduced && q.Named)
            .Select(q => q.Speaker.Antecedent ?? q.Speaker.Text)
            .ToHashSet();
        Assert.Contains("Price", speakers);
        // "Biden, who ... has said he wants to wind down US involvement" is Biden's own.
        Assert.Subset(new HashSet<string> { "Price", "Ned Price", "State Department spokesperson Ned Price", "Blinken", "Biden" }, speakers);
        Assert.All(analysis.Quotes.Where(q => q.CueSpan.Start > introduced && q.Speaker.Text == "Biden"),
            q => Assert.Contains(q.Content.Of(text), new[] { "he wants to wind down US involvement in the nearly 20-year conflict", "an increase in the US presence there during the Obama administration" }));
    }

    [Fact]
    public void Cnn_Blinken_letter_quote_is_direct_with_cue_wrote()
    {
        var (text, analysis) = Read("003", "CNN");
        var q = Assert.Single(analysis.Quotes, q => q.Content.Of(text).StartsWith("I have asked Ambassador Khalilzad", StringComparison.Ordinal));
        Assert.Equal("Blinken", q.Speaker.Text);
        Assert.Equal("wrote", q.Cue);
        Assert.Equal(QuoteKind.Direct, q.Kind);
    }

    [Fact]
    public void Cnn_anonymous_officials_confirming_the_letter_are_unnamed()
    {
        var (_, analysis) = Read("003", "CNN");
        var q = Assert.Single(analysis.Quotes, q => q.Speaker.Text.StartsWith("A US official", StringComparison.Ordinal));
        Assert.False(q.Named);
        Assert.Null(q.Speaker.Entity);
    }

    [Fact]
    public void AlJazeera_Moheb_and_Naderi_are_named_speakers()
    {
        var (_, analysis) = Read("000", "Al-Jazeera");
        var speakers = analysis.Quotes.Where(q => q.Named).Select(q => q.Speaker.Text).ToList();
        Assert.Contains(speakers, s => s.EndsWith("Hamdallah Moheb", StringComparison.Ordinal));
        Assert.Contains("Moheb", speakers);
        Assert.Contains("Nader Naderi", speakers);
    }

    [Theory]
    [InlineData("A Taliban source")]
    [InlineData("Afghan government sources")]
    [InlineData("The same sources")]
    public void AlJazeera_unnamed_sources_are_anonymous(string speaker)
    {
        var (_, analysis) = Read("000", "Al-Jazeera");
        var quotes = analysis.Quotes.Where(q => q.Speaker.Text == speaker).ToList();
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.False(q.Named));
        Assert.All(quotes, q => Assert.Null(q.Speaker.Entity));
    }

    [Fact]
    public void AlJazeera_quoted_as_saying_attributes_to_the_Secretary_not_the_sources()
    {
        var (text, analysis) = Read("000", "Al-Jazeera");
        var q = Assert.Single(analysis.Quotes, q => q.Content.Of(text).Contains("has not completed its review", StringComparison.Ordinal));
        Assert.Equal("the US Secretary of State", q.Speaker.Text);
    }
}

/// <summary>The seed articles through the entity stages: speakers land on document entities.</summary>
public class SeedArticleSpeakerEntityTests
{
    private static readonly AnalysisPipeline Pipeline = Analyzer.Default;

    private static ArticleAnalysis Read(string prefix, string outlet)
    {
        var raw = TextCleaner.Clean(File.ReadAllText(SharedData.SeedPath(prefix)));
        var dateline = Dateline.Find(raw);
        return Pipeline.Analyze(new Article("a1", outlet, dateline is null ? raw : raw[dateline.Length..]));
    }

    [Fact]
    public void Cnn_pronoun_and_surname_quotes_share_Prices_entity()
    {
        var analysis = Read("003", "CNN");
        var price = analysis.Quotes.First(q => q.Speaker.Text == "Price").Speaker.Entity;
        Assert.NotNull(price);
        Assert.Contains("Price", analysis.Entities[price.Value].Name, StringComparison.Ordinal);
        Assert.All(analysis.Quotes.Where(q => q.Speaker.Text == "he"), q => Assert.Equal(price, q.Speaker.Entity));
    }

    [Fact]
    public void AlJazeera_Moheb_quotes_share_one_entity()
    {
        var analysis = Read("000", "Al-Jazeera");
        var moheb = analysis.Quotes.Where(q => q.Speaker.Text.EndsWith("Moheb", StringComparison.Ordinal)).Select(q => q.Speaker.Entity).Distinct().ToList();
        var entity = Assert.Single(moheb);
        Assert.NotNull(entity);
    }
}
