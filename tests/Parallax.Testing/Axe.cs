namespace Parallax.Testing;

/// <summary>
/// axe-core, installed from npm into tests/Parallax.Reports.Tests/axe by .ci/run, for accessibility checks run in a page:
/// add <see cref="ScriptPath"/> to the page, then evaluate <see cref="SeriousViolations"/>.
/// </summary>
public static class Axe
{
    /// <summary>
    /// A script function that runs axe on the document and returns its serious and critical violations as a JSON array of
    /// "rule: target summary" lines (at most five nodes per rule).
    /// </summary>
    public const string SeriousViolations = """
        async () => {
          const result = await axe.run(document, { resultTypes: ['violations'] });
          return JSON.stringify(result.violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .flatMap(v => v.nodes.slice(0, 5).map(n => v.id + ': ' + n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\s+/g, ' '))));
        }
        """;

    /// <summary>axe.min.js; throws with the install command when it is missing.</summary>
    public static string ScriptPath
    {
        get
        {
            var path = Path.Combine(Repository.Root, "tests", "Parallax.Reports.Tests", "axe", "node_modules", "axe-core", "axe.min.js");
            if (!File.Exists(path))
                throw new InvalidOperationException($"axe-core is missing at {path}: run `npm install --prefix tests/Parallax.Reports.Tests/axe` (.ci/run does).");
            return path;
        }
    }
}
