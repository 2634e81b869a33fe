package io.reelgate.server.files.s3;

import java.io.FilterInputStream;
import java.io.IOException;
import software.amazon.awssdk.core.ResponseInputStream;

/**
 * The body of a ranged GET, read straight from the connection: at most {@code limit} bytes after
 * skipping {@code skip}. Closed before its end (a player that seeks elsewhere), it aborts the
 * request rather than reading the rest of the body to keep the connection.
 */
final class RangeInputStream extends FilterInputStream {
  private final ResponseInputStream<?> response;
  private long toSkip;
  private long remaining;

  RangeInputStream(ResponseInputStream<?> response, long skip, long limit) {
    super(response);
    this.response = response;
    this.toSkip = skip;
    this.remaining = limit;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n <= 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    skipToStart();
    if (remaining <= 0) return -1;
    if (length == 0) return 0;
    int n = in.read(buffer, offset, (int) Math.min(length, remaining));
    if (n > 0) remaining -= n;
    else remaining = 0;
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    skipToStart();
    long skipped = in.skip(Math.min(n, remaining));
    remaining -= skipped;
    return skipped;
  }

  @Override
  public int available() throws IOException {
    return toSkip > 0 ? 0 : (int) Math.min(in.available(), remaining);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public void close() throws IOException {
    if (remaining > 0 || toSkip > 0) response.abort();
    in.close();
  }

  private void skipToStart() throws IOException {
    while (toSkip > 0) {
      long skipped = in.skip(toSkip);
      if (skipped <= 0) {
        if (in.read() < 0) {
          toSkip = 0;
          remaining = 0;
          return;
        }
        skipped = 1;
      }
      toSkip -= skipped;
    }
  }
}
