namespace Parallax.Ingest.Internal;

/// <summary>A file found under a folder, or a folder that could not be read (then <see cref="Problem"/> says why).</summary>
internal readonly record struct FoundFile(string Path, long Size, string? Problem = null);

/// <summary>
/// The files under a folder, recursively, in ordinal path order, skipping hidden entries. Folder links are followed
/// once per real folder, so a link back up the tree (<c>sub/up -&gt; ..</c>) cannot loop; unreadable folders are reported.
/// </summary>
internal static class FolderWalk
{
    public static IEnumerable<FoundFile> Files(string root, Func<string, bool> wanted)
    {
        var found = new List<FoundFile>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(string Shown, DirectoryInfo Folder, int Depth)>();
        var top = new DirectoryInfo(root);
        visited.Add(RealPath(top));
        pending.Push((root, top, 0));
        while (pending.Count > 0)
        {
            var (shown, folder, depth) = pending.Pop();
            List<FileSystemInfo> entries;
            try
            {
                entries = [.. folder.EnumerateFileSystemInfos()];
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                found.Add(new FoundFile(shown, 0, $"{shown}: cannot read folder ({Reason(e)}), skipped"));
                continue;
            }
            foreach (var entry in entries)
            {
                if (entry.Name.StartsWith('.'))
                    continue;
                var path = Path.Combine(shown, entry.Name);
                if ((int)entry.Attributes == -1)
                {
                    // The entry cannot be examined: gone since the listing, or a name that is not UTF-8 and so cannot be opened.
                    if (wanted(entry.Name))
                        found.Add(new FoundFile(path, 0, entry.Name.Contains('\uFFFD', StringComparison.Ordinal)
                            ? $"{path}: the file name is not valid UTF-8, so it cannot be opened (rename it)"
                            : $"{path}: cannot be examined (removed while reading?), skipped"));
                    continue;
                }
                if ((entry.Attributes & (FileAttributes.Hidden | FileAttributes.System)) != 0)
                    continue;
                if (entry is DirectoryInfo child)
                {
                    if (depth + 1 > InputLimits.NestingDepth)
                        found.Add(new FoundFile(path, 0, $"{path}: folders nested deeper than {InputLimits.NestingDepth} levels (the limit), skipped"));
                    else if (visited.Add(RealPath(child)))
                        pending.Push((path, child, depth + 1));
                }
                else if (wanted(entry.Name))
                {
                    found.Add(new FoundFile(path, SizeOf((FileInfo)entry)));
                }
            }
        }
        found.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return found;
    }

    private static string RealPath(DirectoryInfo folder)
    {
        try
        {
            return folder.LinkTarget is null ? folder.FullName : folder.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? folder.FullName;
        }
        catch (IOException)
        {
            return folder.FullName;
        }
    }

    private static long SizeOf(FileInfo file)
    {
        try
        {
            return file.Exists ? file.Length : 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private static string Reason(Exception e) => e is UnauthorizedAccessException ? "permission denied" : e.Message.TrimEnd('.');
}
