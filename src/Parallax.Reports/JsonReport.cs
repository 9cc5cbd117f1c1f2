using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parallax.Comparison;
using Parallax.Documents;
using Parallax.Reports.Internal;

namespace Parallax.Reports;

/// <summary>
/// The JSON output contract: <c>parallax.story/1</c> for a story and <c>parallax.analysis/1</c> for
/// the analyze form. Field order is fixed; items keep the order of the story.
/// </summary>
public static class JsonReport
{
    /// <summary>The schema id of a story report.</summary>
    public const string StorySchema = Contract.StorySchema;

    /// <summary>The schema id of an analyze report.</summary>
    public const string AnalysisSchema = Contract.AnalysisSchema;

    /// <summary>Writes a story as UTF-8 JSON.</summary>
    public static void Write(Story story, Stream output, ReportOptions? options = null)
        => WriteTo(ReportModel.From(story), output, options ?? ReportOptions.Default);

    /// <summary>Writes a story as JSON.</summary>
    public static void Write(Story story, TextWriter output, ReportOptions? options = null)
        => WriteTo(ReportModel.From(story), output, options ?? ReportOptions.Default);

    /// <summary>Writes the analyze form (articles, per-article entities with ids like "a1.e1", quotes) as UTF-8 JSON.</summary>
    public static void WriteAnalysis(IReadOnlyList<ArticleAnalysis> analyses, Stream output, ReportOptions? options = null)
        => WriteTo(ReportModel.From(analyses), output, options ?? ReportOptions.Default);

    /// <summary>Writes the analyze form as JSON.</summary>
    public static void WriteAnalysis(IReadOnlyList<ArticleAnalysis> analyses, TextWriter output, ReportOptions? options = null)
        => WriteTo(ReportModel.From(analyses), output, options ?? ReportOptions.Default);

    private static void WriteTo(ReportModel model, TextWriter output, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions(options)))
            new JsonReportWriter(model, writer, options).Write();
        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.Write('\n');
    }

    private static void WriteTo(ReportModel model, Stream output, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        using (var writer = new Utf8JsonWriter(output, WriterOptions(options)))
            new JsonReportWriter(model, writer, options).Write();
        output.WriteByte((byte)'\n');
    }

    private static JsonWriterOptions WriterOptions(ReportOptions options) => new()
    {
        Indented = options.Indented,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

internal sealed class JsonReportWriter(ReportModel model, Utf8JsonWriter w, ReportOptions options)
{
    public void Write()
    {
        w.WriteStartObject();
        w.WriteString("schema", model.IsStory ? Contract.StorySchema : Contract.AnalysisSchema);
        Articles();
        Entities();
        Quotes();
        if (model.Story is { } story)
        {
            Claims(story);
            Alignments(story);
            HeadlineAlignments(story);
            Unique();
            Divergences(story);
            Voices(story);
            Brief(story);
        }
        w.WriteEndObject();
    }

    private void Articles()
    {
        w.WriteStartArray("articles");
        for (var a = 0; a < model.Articles.Length; a++)
            Article(a);
        w.WriteEndArray();
    }

    /// <summary>Article <paramref name="a"/> of <c>articles</c>.</summary>
    public void Article(int a)
    {
        var analysis = model.Articles[a];
        var article = analysis.Article;
        w.WriteStartObject();
        w.WriteString("id", article.Id);
        w.WriteString("outlet", article.Outlet);
        w.WriteString("title", article.Title);
        w.WriteString("url", article.Url);
        if (article.Published is { } published)
            w.WriteString("published", Contract.Iso(published));
        else
            w.WriteNull("published");
        w.WriteString("language", article.Language);
        w.WriteString("dateline", article.Dateline);
        w.WriteString("author", article.Author);
        if (model.IsStory)
        {
            if (model.OriginalOf(a) is { } original)
                w.WriteString("syndicatedFrom", model.ArticleId(original));
            else
                w.WriteNull("syndicatedFrom");
        }
        w.WriteStartArray("headings");
        for (var i = 0; i < analysis.Headings.Length; i++)
        {
            var h = analysis.Headings[i];
            w.WriteStartObject();
            w.WriteString("id", ReportModel.HeadingId(article.Id, i));
            w.WriteNumber("start", h.Start);
            w.WriteNumber("end", h.End);
            w.WriteString("text", h.Text);
            if (h.Boilerplate)
                w.WriteBoolean("boilerplate", true);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("sentences");
        foreach (var s in analysis.Sentences)
        {
            w.WriteStartObject();
            w.WriteString("id", s.IdIn(article.Id));
            w.WriteNumber("start", s.Start);
            w.WriteNumber("end", s.End);
            w.WriteString("text", s.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (options.IncludeText)
            w.WriteString("text", article.Text);
        w.WriteEndObject();
    }

    private void Entities()
    {
        w.WriteStartArray("entities");
        foreach (var entity in model.Entities)
            Entity(entity);
        w.WriteEndArray();
    }

    /// <summary>One item of <c>entities</c>.</summary>
    public void Entity(EntityView entity)
    {
        w.WriteStartObject();
        w.WriteString("id", entity.Id);
        w.WriteString("name", entity.Name);
        w.WriteString("type", entity.Type.ToContractName());
        w.WriteStartArray("aliases");
        foreach (var alias in entity.Aliases)
            w.WriteStringValue(alias);
        w.WriteEndArray();
        w.WriteStartArray("mentions");
        foreach (var m in entity.Mentions)
        {
            var mention = model.MentionOf(m);
            w.WriteStartObject();
            w.WriteString("article", model.ArticleId(m.Article));
            w.WriteString("sentence", model.SentenceIdOf(m.Article, mention));
            w.WriteNumber("start", mention.Start);
            w.WriteNumber("end", mention.End);
            w.WriteString("text", mention.Text);
            w.WriteString("kind", mention.Kind.Name());
            if (mention.Value is not null)
                w.WriteString("value", mention.Value);
            w.WriteNumber("confidence", Contract.Round(mention.Confidence));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private void Quotes()
    {
        w.WriteStartArray("quotes");
        for (var a = 0; a < model.Articles.Length; a++)
        {
            foreach (var quote in model.Articles[a].Quotes)
                Quote(a, quote);
        }
        w.WriteEndArray();
    }

    /// <summary>One item of <c>quotes</c>: <paramref name="quote"/> of article <paramref name="a"/>.</summary>
    public void Quote(int a, Documents.Quote quote)
    {
        var analysis = model.Articles[a];
        w.WriteStartObject();
        w.WriteString("id", model.QuoteId(a, quote));
        w.WriteString("article", model.ArticleId(a));
        w.WriteString("sentence", model.SentenceIdOf(a, quote));
        w.WriteStartObject("speaker");
        w.WriteString("entity", model.SpeakerEntityId(a, quote));
        w.WriteString("text", quote.Speaker.Text);
        w.WriteNumber("start", quote.Speaker.Start);
        w.WriteNumber("end", quote.Speaker.End);
        w.WriteEndObject();
        w.WriteString("cue", quote.Cue);
        w.WriteNumber("cueStart", quote.CueSpan.Start);
        w.WriteNumber("cueEnd", quote.CueSpan.End);
        w.WriteString("kind", quote.Kind.Name());
        w.WriteBoolean("named", quote.Named);
        w.WriteNumber("start", quote.Content.Start);
        w.WriteNumber("end", quote.Content.End);
        w.WriteString("text", quote.Content.Of(analysis.Text));
        w.WriteNumber("confidence", Contract.Round(quote.Confidence));
        w.WriteEndObject();
    }

    private void Claims(Story story)
    {
        w.WriteStartArray("claims");
        foreach (var claim in story.Claims)
        {
            w.WriteStartObject();
            w.WriteString("id", claim.Id);
            w.WriteString("sentence", model.SentenceId(claim.Sentence));
            w.WriteNumber("start", claim.Start);
            w.WriteNumber("end", claim.End);
            w.WriteString("text", model.Articles[claim.Sentence.Article].Text[claim.Start..claim.End]);
            w.WriteString("attributed_to", claim.AttributedTo);
            w.WriteString("attributed_entity", claim.AttributedEntity);
            w.WriteString("event", claim.Event);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private void Alignments(Story story)
    {
        w.WriteStartArray("alignments");
        foreach (var alignment in story.Alignments)
        {
            w.WriteStartObject();
            w.WriteString("id", alignment.Id);
            w.WriteString("relation", alignment.Relation.Name());
            w.WriteNumber("score", Contract.Round(alignment.Score));
            SentenceIds("sentences", alignment.Sentences);
            Strings("claims", alignment.Claims);
            w.WriteBoolean("syndicated", model.IsCopy(alignment));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private void HeadlineAlignments(Story story)
    {
        w.WriteStartArray("headlineAlignments");
        foreach (var alignment in story.HeadlineAlignments)
        {
            w.WriteStartObject();
            w.WriteString("id", alignment.Id);
            w.WriteNumber("score", Contract.Round(alignment.Score));
            Strings("headings", alignment.Headings.Select(model.HeadingId));
            SentenceIds("sentences", alignment.Sentences);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private void Unique()
    {
        w.WriteStartObject("unique");
        for (var a = 0; a < model.Articles.Length; a++)
        {
            w.WriteStartArray(model.ArticleId(a));
            foreach (var s in model.UniqueOf(a))
                w.WriteStringValue(model.SentenceId(a, s));
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private void Divergences(Story story)
    {
        w.WriteStartArray("divergences");
        foreach (var divergence in story.Divergences)
        {
            w.WriteStartObject();
            w.WriteString("kind", divergence.Kind.Name());
            SentenceIds("sentences", divergence.Sentences);
            w.WriteString("detail", divergence.Detail);
            w.WriteNumber("confidence", Contract.Round(divergence.Confidence));
            Strings("claims", divergence.Claims);
            w.WriteStartArray("spans");
            foreach (var span in divergence.Spans)
            {
                w.WriteStartObject();
                w.WriteString("sentence", model.SentenceId(span.Sentence));
                w.WriteNumber("start", span.Start);
                w.WriteNumber("end", span.End);
                w.WriteString("text", span.Text);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private void Voices(Story story)
    {
        w.WriteStartArray("voices");
        foreach (var voice in story.Voices)
        {
            w.WriteStartObject();
            w.WriteString("article", model.ArticleId(voice.Article));
            w.WriteString("speaker", voice.Speaker);
            w.WriteString("entity", voice.Entity);
            w.WriteBoolean("named", voice.Named);
            w.WriteNumber("quotes", voice.Quotes);
            w.WriteNumber("direct", voice.Direct);
            w.WriteNumber("indirect", voice.Indirect);
            w.WriteStartArray("quoteIds");
            var quotes = story.Articles[voice.Article].Quotes;
            foreach (var q in voice.QuoteIndexes)
            {
                if ((uint)q < (uint)quotes.Length)
                    w.WriteStringValue(model.QuoteId(voice.Article, quotes[q]));
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private void Brief(Story story)
    {
        w.WriteStartArray("brief");
        foreach (var sentence in story.Brief)
        {
            w.WriteStartObject();
            w.WriteString("text", sentence.Text);
            SentenceIds("sources", sentence.Sources);
            if (sentence.Wording is { } wording)
                w.WriteString("wording", model.SentenceId(wording));
            else
                w.WriteNull("wording");
            w.WriteNumber("outlets", model.OutletsOf(sentence));
            w.WriteStartArray("disputes");
            foreach (var (article, divergence) in model.Disputes(sentence))
            {
                w.WriteStartObject();
                w.WriteString("article", model.ArticleId(article));
                w.WriteString("kind", divergence.Kind.Name());
                SentenceIds("sentences", divergence.Sentences);
                w.WriteString("detail", divergence.Detail);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private void Strings(string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
            w.WriteStringValue(value);
        w.WriteEndArray();
    }

    private void SentenceIds(string name, IEnumerable<SentenceRef> sentences)
    {
        w.WriteStartArray(name);
        foreach (var s in sentences)
            w.WriteStringValue(model.SentenceId(s));
        w.WriteEndArray();
    }
}
