namespace Parallax.Bench;

/// <summary>
/// One evaluation or throughput command of the bench tool (<c>dotnet run --project bench/Parallax.Bench -- NAME ...</c>).
/// Implementations are discovered by reflection, so adding one touches no shared file.
/// </summary>
internal interface IBenchCommand
{
    /// <summary>The command name, e.g. "eval-extraction".</summary>
    string Name { get; }

    /// <summary>One line shown in the command list.</summary>
    string Description { get; }

    /// <summary>Runs the command; returns the process exit code.</summary>
    int Run(string[] args);
}
