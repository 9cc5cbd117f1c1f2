using Parallax.Testing;

namespace Parallax.Reports.Tests;

public class SchemaTests
{
    private static Task<IReadOnlyList<string>> Errors(string schema, string json) => ContractSchema.ErrorsAsync(schema, json, TestContext.Current.CancellationToken);

    [Fact]
    public async Task Story_report_validates_against_the_story_schema()
    {
        var errors = await Errors(ContractSchema.Story, Report.RenderToString(SampleStory.Build(), ReportFormat.Json, new ReportOptions { IncludeText = true }));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Analysis_report_validates_against_the_analysis_schema()
    {
        var errors = await Errors(ContractSchema.Analysis, Report.RenderToString([SampleStory.A(), SampleStory.B()], ReportFormat.Json));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Story_schema_rejects_an_unknown_relation()
    {
        var json = Report.RenderToString(SampleStory.Build(), ReportFormat.Json).Replace("\"relation\": \"agree\"", "\"relation\": \"same\"", StringComparison.Ordinal);
        Assert.NotEmpty(await Errors(ContractSchema.Story, json));
    }

    [Fact]
    public async Task Story_schema_rejects_an_analysis_report()
    {
        Assert.NotEmpty(await Errors(ContractSchema.Story, Report.RenderToString([SampleStory.A()], ReportFormat.Json)));
    }
}
