using Parallax.Corpus;

namespace Parallax.Cluster.Analysis;

/// <summary>An article as sent to a silo to be analysed.</summary>
[GenerateSerializer, Immutable, Alias("parallax.article")]
internal sealed class ArticleMessage
{
    [Id(0)] public string Id { get; init; } = "";
    [Id(1)] public string Outlet { get; init; } = "";
    [Id(2)] public string Text { get; init; } = "";
    [Id(3)] public string? Title { get; init; }
    [Id(4)] public string? Url { get; init; }
    [Id(5)] public DateTimeOffset? Published { get; init; }
    [Id(6)] public string? Author { get; init; }
    [Id(7)] public string? Language { get; init; }
    [Id(8)] public string? Dateline { get; init; }
    [Id(9)] public string? Source { get; init; }
    [Id(10)] public bool SummaryOnly { get; init; }

    public static ArticleMessage From(Article article) => new()
    {
        Id = article.Id,
        Outlet = article.Outlet,
        Text = article.Text,
        Title = article.Title,
        Url = article.Url,
        Published = article.Published,
        Author = article.Author,
        Language = article.Language,
        Dateline = article.Dateline,
        Source = article.Source,
        SummaryOnly = article.SummaryOnly,
    };

    public Article ToArticle() => new(Id, Outlet, Text)
    {
        Title = Title,
        Url = Url,
        Published = Published,
        Author = Author,
        Language = Language,
        Dateline = Dateline,
        Source = Source,
        SummaryOnly = SummaryOnly,
    };
}

/// <summary>One article's analysis as a silo returns it.</summary>
[GenerateSerializer, Immutable, Alias("parallax.analysed")]
internal sealed class AnalysedMessage
{
    [Id(0)] public byte[]? Features { get; init; }
    [Id(1)] public string Pipeline { get; init; } = "";
    [Id(2)] public byte[]? Analysis { get; init; }
    [Id(3)] public string? Failure { get; init; }

    public static AnalysedMessage From(AnalysedArticle analysed) => new()
    {
        Features = analysed.Features,
        Pipeline = analysed.Pipeline,
        Analysis = analysed.Analysis,
        Failure = analysed.Failure,
    };

    public AnalysedArticle ToAnalysed() => new(Features, Pipeline, Analysis, Failure);
}
