using System.Text.RegularExpressions;
using Parallax.Text;

namespace Parallax.Ingest.Internal;

/// <summary>Turns a <see cref="RawArticle"/> into an <see cref="Article"/>: cleans the body and lifts a leading dateline out of it.</summary>
internal static class ArticleFactory
{
    /// <summary>Returns null when the cleaned body is empty.</summary>
    public static Article? Create(RawArticle raw, string id, string fallbackOutlet)
    {
        var text = TextCleaner.Clean(raw.Body);
        var dateline = Dateline.Find(text);
        if (dateline is not null && !StartsLikeASentence(text.AsSpan(dateline.Length).TrimStart()))
            dateline = null;
        if (dateline is not null)
            text = text[dateline.Length..].TrimStart();
        if (text.Length == 0)
            return null;
        var outlet = FirstNonBlank(raw.Outlet, dateline?.Outlet, string.IsNullOrWhiteSpace(raw.Outlet) && string.IsNullOrWhiteSpace(dateline?.Outlet) ? SelfOutlet(text) : null, fallbackOutlet) ?? fallbackOutlet;
        return new Article(id, outlet, text)
        {
            Title = Tidy(raw.Title),
            Url = Tidy(raw.Url),
            Published = raw.Published,
            Author = Tidy(raw.Author),
            Language = Tidy(raw.Language),
            Dateline = dateline?.Place,
            Source = raw.Source,
            SummaryOnly = raw.SummaryOnly,
        };
    }

    /// <summary>The outlet a text names itself as; a guess, so a text too long to search in time simply has none.</summary>
    private static string? SelfOutlet(string text)
    {
        try
        {
            return SelfReference.FindOutlet(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    // "The World Health Organization (WHO) said..." looks like a dateline but the text goes on mid-sentence.
    private static bool StartsLikeASentence(ReadOnlySpan<char> rest)
        => rest.IsEmpty || !char.IsLower(rest[0]);

    private static string? FirstNonBlank(params string?[] values)
    {
        foreach (var v in values)
        {
            var t = Tidy(v);
            if (t is not null)
                return t;
        }
        return null;
    }

    private static string? Tidy(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var cleaned = TextCleaner.Clean(value).Replace('\n', ' ');
        return cleaned.Length == 0 ? null : cleaned;
    }
}
