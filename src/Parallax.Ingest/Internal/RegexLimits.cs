namespace Parallax.Ingest.Internal;

/// <summary>
/// How long one match of a reader's pattern may take before the input is given up as hostile: long enough that a busy
/// machine never trips it on ordinary text (a thread may wait its turn for a tenth of a second), short enough that a
/// pattern driven into backtracking stops the file, not the run.
/// </summary>
internal static class RegexLimits
{
    public const int MatchMilliseconds = 2000;
}
