using System.Runtime.InteropServices;
using System.Text;

namespace Parallax.Cli.Commands;

/// <summary>
/// Writes <c>--out</c> safely: into a new temporary file beside the target (created exclusively, so nothing planted
/// there is followed), then renamed over it in one step; a target that is a device, pipe or folder is refused.
/// </summary>
internal static class OutputFile
{
    public static void Write(string outPath, Action<TextWriter> write) => Write(outPath, write, CreateNew);

    /// <summary>As <see cref="Write(string, Action{TextWriter})"/>, the temporary file opened by <paramref name="create"/> (so a failing disk can be put in its place).</summary>
    internal static void Write(string outPath, Action<TextWriter> write, Func<string, Stream> create)
    {
        var full = FinalTarget(Path.GetFullPath(outPath));
        if (Directory.Exists(full))
            throw new CliException($"{outPath}: is a folder", ExitCodes.Usage);
        if (FileKinds.Of(full) is FileKind.Other)
            throw new CliException($"{outPath}: not a regular file (a device, pipe or socket); refusing to replace it", ExitCodes.IoError);
        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
            throw new CliException($"{outPath}: folder '{directory}' does not exist", ExitCodes.IoError);
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = create(temp))
            {
                using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
                    write(writer);
                if (stream is FileStream file)
                    file.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
        }
        catch (UnauthorizedAccessException)
        {
            Delete(temp);
            throw new CliException($"{outPath}: cannot write there (permission denied)", ExitCodes.IoError);
        }
        catch (IOException e) when (IoErrors.IsDiskFull(e))
        {
            Delete(temp);
            throw new CliException($"{outPath}: the disk is full; nothing was written (free some space and run the same command again)", ExitCodes.IoError);
        }
        catch (IOException e) when (IoErrors.IsReadOnlyFileSystem(e))
        {
            Delete(temp);
            throw new CliException($"{outPath}: cannot write there (the file system is read-only)", ExitCodes.IoError);
        }
        catch (IOException e)
        {
            Delete(temp);
            throw new CliException($"{outPath}: cannot write ({e.Message.TrimEnd('.')})", ExitCodes.IoError);
        }
        catch
        {
            Delete(temp);
            throw;
        }
    }

    private static FileStream CreateNew(string temp) => new(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);

    /// <summary>The file a link points to in the end (so the link is kept and its target replaced), else the path itself.</summary>
    private static string FinalTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null && File.ResolveLinkTarget(path, returnFinalTarget: true) is { } target ? target.FullName : path;
        }
        catch (IOException e)
        {
            throw new CliException($"{path}: cannot follow the link ({e.Message.TrimEnd('.')})", ExitCodes.IoError);
        }
    }

    private static void Delete(string temp)
    {
        try
        {
            File.Delete(temp);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>What an <see cref="IOException"/> says about the disk, by the error number the runtime keeps (Unix) or its message.</summary>
internal static class IoErrors
{
    private const int NoSpace = 28;
    private const int ReadOnlyFileSystem = 30;
    private const int DiskFullWindows = unchecked((int)0x80070070);

    public static bool IsDiskFull(IOException e)
        => e.HResult is NoSpace or DiskFullWindows || e.Message.Contains("No space left on device", StringComparison.OrdinalIgnoreCase);

    public static bool IsReadOnlyFileSystem(IOException e)
        => e.HResult == ReadOnlyFileSystem || e.Message.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase);
}

internal enum FileKind
{
    Missing,
    Regular,
    Other,
}

/// <summary>What kind of file a path names, by <c>stat</c> (through the runtime's own native shim on Unix).</summary>
internal static class FileKinds
{
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int DirectoryType = 0x4000;

    public static FileKind Of(string path)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
            return FileKind.Missing;
        if (OperatingSystem.IsWindows())
            return FileKind.Regular;
        var status = new byte[256];
        try
        {
            if (NativeMethods.Stat(Encoding.UTF8.GetBytes(path + "\0"), status) != 0)
                return FileKind.Missing;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return FileKind.Regular;
        }
        // FileStatus: int32 Flags, int32 Mode, ...
        var mode = BitConverter.ToInt32(status, 4) & TypeMask;
        return mode is RegularType or DirectoryType ? FileKind.Regular : FileKind.Other;
    }

    private static class NativeMethods
    {
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int Stat(byte[] path, [Out] byte[] status);
    }
}
