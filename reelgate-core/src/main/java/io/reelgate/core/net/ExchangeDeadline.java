package io.reelgate.core.net;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * The one time limit of a whole exchange, applied to its socket: before the TLS handshake and every
 * read, the socket may wait only as long as the exchange has left, so a server trickling a byte a
 * second is cut off too. {@code deadline} is in {@link System#nanoTime}.
 */
record ExchangeDeadline(Socket socket, long deadline, String host, Duration timeout) {
  /** Sets the socket's read timeout to what is left; a {@link SocketTimeoutException} when nothing is. */
  void arm() throws IOException {
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) throw new SocketTimeoutException("deadline of " + host + " passed after " + timeout);
    socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, remaining / 1_000_000)));
  }

  /** {@code in}, arming the deadline before each read. */
  InputStream wrap(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        arm();
        return super.read();
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        arm();
        return super.read(b, off, len);
      }
    };
  }
}
