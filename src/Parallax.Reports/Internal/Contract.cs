using System.Globalization;
using Parallax.Comparison;
using Parallax.Documents;

namespace Parallax.Reports.Internal;

/// <summary>The contract spellings of enum values and dates.</summary>
internal static class Contract
{
    public const string StorySchema = "parallax.story/1";
    public const string AnalysisSchema = "parallax.analysis/1";

    public static string Name(this AlignmentRelation relation) => relation switch
    {
        AlignmentRelation.Agree => "agree",
        AlignmentRelation.Partial => "partial",
        _ => "conflict",
    };

    public static string Name(this DivergenceKind kind) => kind switch
    {
        DivergenceKind.Number => "number",
        DivergenceKind.Date => "date",
        DivergenceKind.Place => "place",
        DivergenceKind.Person => "person",
        DivergenceKind.Modality => "modality",
        DivergenceKind.Negation => "negation",
        DivergenceKind.Attribution => "attribution",
        _ => "name-variant",
    };

    public static string Name(this QuoteKind kind) => kind == QuoteKind.Direct ? "direct" : "indirect";

    public static string Name(this MentionKind kind) => kind switch
    {
        MentionKind.Name => "name",
        MentionKind.Role => "role",
        MentionKind.Pronoun => "pronoun",
        MentionKind.Date => "date",
        _ => "number",
    };

    /// <summary>ISO-8601 with offset, to the second ("2021-03-08T10:00:00+00:00").</summary>
    public static string Iso(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>Scores and confidences rounded for stable output.</summary>
    public static double Round(double value) => Math.Round(value, 3, MidpointRounding.AwayFromZero);

    public static string Format(double value) => Round(value).ToString("0.###", CultureInfo.InvariantCulture);
}
