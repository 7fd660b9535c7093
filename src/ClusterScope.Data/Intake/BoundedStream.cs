namespace ClusterScope.Data.Intake;

/// <summary>A read-only stream that refuses to yield more than a set number of bytes: an XLSX part's unpacked size is
/// checked as it is read, not taken from the archive's headers, which a hostile file can fill with anything.</summary>
internal sealed class BoundedStream(Stream inner, long limit, Func<(string En, string Zh)> tooBig) : Stream
{
    /// <summary>Bytes read so far.</summary>
    public long Count { get; private set; }

    public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Counted(inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Counted(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    private int Counted(int read)
    {
        Count += read;
        if (Count > limit)
        {
            throw new UnreadableFileException(0, tooBig());
        }

        return read;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => Count; set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
