using System.Text;
using System.Text.Json;

namespace Parallax.Reports.Tests;

public class JsonReportTests
{
    private static JsonElement Render(ReportOptions? options = null)
        => JsonDocument.Parse(Report.RenderToString(SampleStory.Build(), ReportFormat.Json, options)).RootElement;

    [Fact]
    public void Story_report_names_its_schema_and_has_every_contract_section()
    {
        var root = Render();
        Assert.Equal("parallax.story/1", root.GetProperty("schema").GetString());
        string[] sections = ["articles", "entities", "quotes", "alignments", "unique", "divergences", "voices", "brief"];
        Assert.All(sections, s => Assert.True(root.TryGetProperty(s, out _), s));
    }

    [Fact]
    public void Sentence_offsets_index_the_included_text()
    {
        var article = Render(new ReportOptions { IncludeText = true }).GetProperty("articles")[0];
        var text = article.GetProperty("text").GetString()!;
        foreach (var s in article.GetProperty("sentences").EnumerateArray())
            Assert.Equal(s.GetProperty("text").GetString(), text[s.GetProperty("start").GetInt32()..s.GetProperty("end").GetInt32()]);
    }

    [Fact]
    public void Article_text_is_left_out_unless_asked_for()
        => Assert.False(Render().GetProperty("articles")[0].TryGetProperty("text", out _));

    [Fact]
    public void Unknown_publication_date_is_null_and_known_one_is_iso_8601()
    {
        var articles = Render().GetProperty("articles");
        Assert.Equal("2021-03-08T10:00:00+00:00", articles[0].GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Null, articles[1].GetProperty("published").ValueKind);
    }

    [Fact]
    public void Speaker_points_to_the_story_entity_or_null_for_anonymous_sources()
    {
        var speakers = Render().GetProperty("quotes").EnumerateArray().Select(q => q.GetProperty("speaker")).ToList();
        Assert.Equal(["e4", "e8", null], speakers.Select(s => s.GetProperty("entity").GetString()));
        Assert.Equal("Officials", speakers[2].GetProperty("text").GetString());
    }

    [Fact]
    public void Each_voice_lists_the_ids_of_its_quotes()
    {
        var root = Render();
        var quoteIds = root.GetProperty("quotes").EnumerateArray().Select(q => q.GetProperty("id").GetString()).ToHashSet();
        var voices = root.GetProperty("voices").EnumerateArray().Select(v => v.GetProperty("quoteIds").EnumerateArray().Select(q => q.GetString()).ToList()).ToList();
        Assert.Equal([["a1.q1"], ["a2.q1"], ["a2.q2"]], voices);
        Assert.All(voices.SelectMany(v => v), id => Assert.Contains(id, quoteIds));
    }

    [Fact]
    public void Unique_lists_every_article_by_id()
    {
        var unique = Render().GetProperty("unique");
        Assert.Equal(["a1.s3", "a1.s4"], unique.GetProperty("a1").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["a2.s3", "a2.s4"], unique.GetProperty("a2").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Mention_in_a_heading_has_no_sentence()
    {
        var kabul = Render().GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "e6");
        Assert.Equal(JsonValueKind.Null, kabul.GetProperty("mentions")[0].GetProperty("sentence").ValueKind);
    }

    [Fact]
    public void Analysis_form_keeps_entities_per_article_with_article_scoped_ids()
    {
        var root = JsonDocument.Parse(Report.RenderToString([SampleStory.A(), SampleStory.B()], ReportFormat.Json)).RootElement;
        Assert.Equal("parallax.analysis/1", root.GetProperty("schema").GetString());
        var ids = root.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Equal(12, ids.Count);
        Assert.Contains("a1.e2", ids);
        Assert.Contains("a2.e1", ids);
        Assert.False(root.TryGetProperty("alignments", out _));
    }

    [Fact]
    public void Analysis_speaker_points_to_the_article_scoped_entity()
    {
        var root = JsonDocument.Parse(Report.RenderToString([SampleStory.A()], ReportFormat.Json)).RootElement;
        Assert.Equal("a1.e5", root.GetProperty("quotes")[0].GetProperty("speaker").GetProperty("entity").GetString());
    }

    [Fact]
    public void Stream_and_writer_outputs_are_the_same_utf8_json()
    {
        var story = SampleStory.Build();
        using var stream = new MemoryStream();
        JsonReport.Write(story, stream);
        Assert.Equal(Report.RenderToString(story, ReportFormat.Json), Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Compact_output_is_one_line()
    {
        var json = Report.RenderToString(SampleStory.Build(), ReportFormat.Json, new ReportOptions { Indented = false });
        Assert.Equal(1, json.Count(c => c == '\n'));
    }
}
