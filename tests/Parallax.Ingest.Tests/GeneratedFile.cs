using System.Diagnostics;

namespace Parallax.Ingest.Tests;

/// <summary>
/// A named pipe (Linux) that plays generated content from its start each time it is opened, produced only as it is
/// read and counted, so that a test can tell how much of an input of any size a reader took before its first article.
/// </summary>
internal sealed class GeneratedFile : IDisposable
{
    private readonly Func<IEnumerable<byte[]>> _content;
    private readonly Thread _writer;
    private long _written;
    private volatile bool _stopped;

    public GeneratedFile(string folder, string name, Func<IEnumerable<byte[]>> content)
    {
        Path = System.IO.Path.Combine(folder, name);
        using (var mkfifo = Process.Start("mkfifo", [Path]))
            mkfifo.WaitForExit();
        _content = content;
        _writer = new Thread(Write) { IsBackground = true, Name = "generated " + name };
        _writer.Start();
    }

    public string Path { get; }

    /// <summary>
    /// Bytes given to the pipe so far (counted as each chunk is offered): at least what the reader has taken, at most
    /// that plus what the pipe holds (64 KB) and one chunk.
    /// </summary>
    public long BytesOffered => Interlocked.Read(ref _written);

    public void Dispose()
    {
        _stopped = true;
        // Opening a pipe for reading and writing never blocks, and releases a writer waiting for a reader.
        do
        {
            using var release = new FileStream(Path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, 1);
        }
        while (!_writer.Join(50));
    }

    private void Write()
    {
        while (!_stopped)
        {
            try
            {
                using var pipe = new FileStream(Path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1);
                if (_stopped)
                    return;
                foreach (var chunk in _content())
                {
                    Interlocked.Add(ref _written, chunk.Length);
                    pipe.Write(chunk);
                }
            }
            catch (IOException)
            {
                // The reader closed the pipe: wait for the next one.
            }
        }
    }
}
