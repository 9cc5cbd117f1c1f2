using NJsonSchema;

namespace Parallax.Reports.Tests;

public class SchemaTests
{
    private static Task<JsonSchema> Schema(string name)
        => JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "schema", name), TestContext.Current.CancellationToken);

    private static string Errors(ICollection<NJsonSchema.Validation.ValidationError> errors)
        => string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}"));

    [Fact]
    public async Task Story_report_validates_against_the_story_schema()
    {
        var schema = await Schema("parallax.story-1.schema.json");
        var errors = schema.Validate(Report.RenderToString(SampleStory.Build(), ReportFormat.Json, new ReportOptions { IncludeText = true }));
        Assert.True(errors.Count == 0, Errors(errors));
    }

    [Fact]
    public async Task Analysis_report_validates_against_the_analysis_schema()
    {
        var schema = await Schema("parallax.analysis-1.schema.json");
        var errors = schema.Validate(Report.RenderToString([SampleStory.A(), SampleStory.B()], ReportFormat.Json));
        Assert.True(errors.Count == 0, Errors(errors));
    }

    [Fact]
    public async Task Story_schema_rejects_an_unknown_relation()
    {
        var schema = await Schema("parallax.story-1.schema.json");
        var json = Report.RenderToString(SampleStory.Build(), ReportFormat.Json).Replace("\"relation\": \"agree\"", "\"relation\": \"same\"", StringComparison.Ordinal);
        Assert.NotEmpty(schema.Validate(json));
    }

    [Fact]
    public async Task Story_schema_rejects_an_analysis_report()
    {
        var schema = await Schema("parallax.story-1.schema.json");
        Assert.NotEmpty(schema.Validate(Report.RenderToString([SampleStory.A()], ReportFormat.Json)));
    }
}
