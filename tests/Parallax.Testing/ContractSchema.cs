using NJsonSchema;

namespace Parallax.Testing;

/// <summary>Validates JSON output against the contract schemas of <c>schema/</c> (embedded in this assembly at build).</summary>
public static class ContractSchema
{
    /// <summary>The <c>parallax.story/1</c> schema.</summary>
    public const string Story = "parallax.story-1.schema.json";

    /// <summary>The <c>parallax.analysis/1</c> schema.</summary>
    public const string Analysis = "parallax.analysis-1.schema.json";

    /// <summary>Each validation error of <paramref name="json"/> against <paramref name="schema"/> as "path: kind"; empty when it is valid.</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(string schema, string json, CancellationToken cancellation = default)
    {
        using var stream = typeof(ContractSchema).Assembly.GetManifestResourceStream("Parallax.Testing.Schema." + schema)
            ?? throw new ArgumentException($"No embedded schema {schema}.", nameof(schema));
        using var reader = new StreamReader(stream);
        var parsed = await JsonSchema.FromJsonAsync(await reader.ReadToEndAsync(cancellation), cancellation);
        return [.. parsed.Validate(json).Select(e => $"{e.Path}: {e.Kind}")];
    }
}
