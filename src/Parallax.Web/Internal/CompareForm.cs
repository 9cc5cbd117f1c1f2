using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Parallax.Ingest;
using Parallax.Reports.Html;
using Parallax.Web.Pages;

namespace Parallax.Web.Internal;

/// <summary>What the compare form sent, read into articles: pasted texts first, then uploaded files, ids a1, a2, ...</summary>
/// <param name="Articles">The articles read.</param>
/// <param name="Problems">One line per text or file that could not be read.</param>
/// <param name="Store">True when the user ticked "store".</param>
internal sealed record CompareInput(IReadOnlyList<Article> Articles, IReadOnlyList<string> Problems, bool Store);

/// <summary>
/// The "compare these" form: its page, and the reading of what it posts. Pasted texts are read in memory; an uploaded
/// file is read by <see cref="ArticleLoader"/> (every format it knows) from a private temporary folder deleted before
/// the answer is sent. Nothing reaches the corpus unless the form's "store" box is ticked.
/// </summary>
internal static class CompareForm
{
    /// <summary>Text boxes on the form.</summary>
    public const int TextBoxes = 3;

    private const int MaxFields = 200;

    public static string Render(ServeOptions options, IReadOnlyList<string>? problems = null, string? error = null)
        => HtmlTemplates.Render<ComparePage, CompareModel>(new CompareModel(options, problems ?? [], error));

    /// <summary>Reads the posted form.</summary>
    /// <exception cref="TooLargeException">The request is over <see cref="ServeOptions.MaxCompareBytes"/>.</exception>
    /// <exception cref="BadRequestException">It is not a form.</exception>
    public static async Task<CompareInput> ReadAsync(HttpRequest request, ServeOptions options, CancellationToken cancellation)
    {
        var limit = options.MaxCompareBytes;
        if (request.ContentLength > limit)
            throw new TooLargeException(request.ContentLength.Value, limit);
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = limit;
        if (!request.HasFormContentType)
            throw new BadRequestException("Send the compare form (multipart/form-data or application/x-www-form-urlencoded).");
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions
            {
                MultipartBodyLengthLimit = limit,
                ValueLengthLimit = (int)Math.Min(int.MaxValue, limit),
                ValueCountLimit = MaxFields,
                BufferBodyLengthLimit = limit,
            }, cancellation).ConfigureAwait(false);
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            throw new TooLargeException(request.ContentLength, limit);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw new TooLargeException(request.ContentLength, limit);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            throw new BadRequestException("The form could not be read: " + e.Message);
        }
        var articles = new List<Article>();
        var problems = new List<string>();
        var texts = form["text"];
        var outlets = form["outlet"];
        for (var i = 0; i < texts.Count; i++)
        {
            var text = texts[i] ?? "";
            if (string.IsNullOrWhiteSpace(text))
                continue;
            var outlet = i < outlets.Count && !string.IsNullOrWhiteSpace(outlets[i]) ? outlets[i]!.Trim() : "Text " + (i + 1).ToString(CultureInfo.InvariantCulture);
            try
            {
                articles.Add(ArticleLoader.FromText(text, outlet, "a1"));
            }
            catch (ArgumentException)
            {
                problems.Add($"{outlet}: no article text");
            }
        }
        if (form.Files.Count > 0)
            await ReadFilesAsync(form.Files, articles, problems, cancellation).ConfigureAwait(false);
        return new CompareInput([.. articles.Select((a, i) => a with { Id = "a" + (i + 1).ToString(CultureInfo.InvariantCulture) })], problems, form["store"].Any(v => v is "1" or "on" or "true"));
    }

    private static async Task ReadFilesAsync(IFormFileCollection files, List<Article> articles, List<string> problems, CancellationToken cancellation)
    {
        var folder = Directory.CreateTempSubdirectory("parallax-compare-");
        try
        {
            if (!OperatingSystem.IsWindows())
                folder.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
            var paths = new List<string>();
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < files.Count; i++)
            {
                var file = files[i];
                if (file.Length == 0 && string.IsNullOrEmpty(file.FileName))
                    continue;
                var name = SafeName(file.FileName, i);
                if (!ArticleLoader.SupportedExtensions.Contains(Path.GetExtension(name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name).ToLowerInvariant()))
                {
                    problems.Add($"{name}: not a file type Parallax reads ({string.Join(", ", ArticleLoader.SupportedExtensions)})");
                    continue;
                }
                var dir = folder.FullName;
                if (!names.Add(name))
                    dir = Directory.CreateDirectory(Path.Combine(folder.FullName, i.ToString(CultureInfo.InvariantCulture))).FullName;
                var path = Path.Combine(dir, name);
                await using (var target = File.Create(path))
                    await file.CopyToAsync(target, cancellation).ConfigureAwait(false);
                paths.Add(path);
            }
            foreach (var result in ArticleLoader.Load(paths))
            {
                if (result.Article is { } article)
                    articles.Add(article with { Source = article.Source is null ? null : Relative(article.Source, folder.FullName) });
                else if (result.Problem is { } problem)
                    problems.Add(Relative(problem.Message, folder.FullName));
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A message about a file without the temporary folder it was read from.</summary>
    private static string Relative(string message, string folder)
    {
        var text = message.Replace(folder + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);
        return System.Text.RegularExpressions.Regex.Replace(text, @"(?<![\w.])\d+" + System.Text.RegularExpressions.Regex.Escape(Path.DirectorySeparatorChar.ToString()), "");
    }

    /// <summary>The upload's own file name (its outlet, when the file names none), reduced to characters safe in a path.</summary>
    private static string SafeName(string? fileName, int index)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        name = new string([.. name.Where(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or ' ')]).Trim().TrimStart('.');
        if (name.Length > 100)
            name = name[^100..];
        return name.Length == 0 ? "upload-" + (index + 1).ToString(CultureInfo.InvariantCulture) + ".txt" : name;
    }

    /// <summary>A size in bytes as people read it ("2 MB", "800 KB", "512 bytes").</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1_000_000 => (bytes / 1_000_000.0).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
        >= 1_000 => (bytes / 1_000.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
    };
}

/// <summary>The compare form sent more than the server compares at once: answered with 413 and the message.</summary>
internal sealed class TooLargeException(long? sent, long limit)
    : Exception(sent is { } n
        ? $"What you sent is {CompareForm.Size(n)}; at most {CompareForm.Size(limit)} can be compared at once. Send fewer or shorter articles."
        : $"What you sent is over {CompareForm.Size(limit)}, the most that can be compared at once. Send fewer or shorter articles.");
