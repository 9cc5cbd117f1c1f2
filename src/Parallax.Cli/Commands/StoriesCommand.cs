using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parallax.Corpus;
using Parallax.Store;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax stories</c>: list the stories in the corpus database.</summary>
internal static class StoriesCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var db = StoreOptions.Db();
        var since = new Option<string?>("--since") { Description = "Only stories with an article published on or after this date (e.g. 2024-05-01); undated stories are kept" };
        var search = new Option<string?>("--search", "-s") { Description = "Only stories with an article whose title or text contains these words (full-text search)" };
        var limit = new Option<int>("--limit", "-n") { Description = "At most this many stories", DefaultValueFactory = _ => 50 };
        var json = new Option<bool>("--json") { Description = "Print JSON lines instead of a table" };
        var command = new Command("stories", "List stories in the corpus database: id, size, outlets, time span, title") { db, since, search, limit, json };
        command.SetAction(parse =>
        {
            var sinceValue = parse.GetValue(since) is { } text ? ParseDate(text) : (DateTimeOffset?)null;
            using var store = StoreOptions.Open(ArticleStores.ResolveLocation(parse.GetValue(db)), create: false);
            var stories = store.Stories(sinceValue, parse.GetValue(search), Math.Max(1, parse.GetValue(limit)));
            if (parse.GetValue(json))
            {
                foreach (var s in stories)
                    output.WriteLine(JsonSerializer.Serialize(new { id = "s" + s.Id.ToString(CultureInfo.InvariantCulture), s.Title, s.Size, s.Syndicated, s.Outlets, first = s.First, last = s.Last }, JsonOptions));
            }
            else
            {
                foreach (var s in stories)
                    output.WriteLine(Line(s));
            }
            if (stories.Count == 0)
                error.WriteLine("parallax: no story matches");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private static string Line(StorySummary s)
    {
        var outlets = s.Outlets.Count <= 3 ? string.Join(", ", s.Outlets) : string.Join(", ", s.Outlets.Take(3)) + $" +{s.Outlets.Count - 3}";
        var span = s.First is { } first ? first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (s.Last is { } last && last.Date != first.Date ? ".." + last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "") : "undated";
        var copies = s.Syndicated > 0 ? $" ({s.Syndicated} syndicated)" : "";
        return string.Create(CultureInfo.InvariantCulture, $"s{s.Id,-6} {s.Size,4} articles{copies}  {span,-22}  {s.Title}  [{outlets}]");
    }

    internal static DateTimeOffset ParseDate(string text)
        => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : throw new CliException($"--since: '{text}' is not a date (use e.g. 2024-05-01)", ExitCodes.Usage);
}
