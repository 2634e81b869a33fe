package io.reelgate.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A client that sends a POST's headers at once, declaring a body of {@code declaredLength} bytes,
 * and then the body as slowly as a test wants, over a raw socket: what no well-behaved HTTP
 * client can be made to do.
 */
final class SlowUpload implements AutoCloseable {
  private final Socket socket;
  private final OutputStream out;

  private SlowUpload(Socket socket) throws IOException {
    this.socket = socket;
    this.out = socket.getOutputStream();
  }

  /** Connects and sends the headers with {@code Authorization: <authorization>} (none when null). */
  static SlowUpload start(int port, String path, String authorization, int declaredLength) {
    return start(port, path, authorization, "Content-Length: " + declaredLength);
  }

  /** Connects and sends the headers, the body framed by {@code framing} (a Content-Length or Transfer-Encoding header). */
  static SlowUpload start(int port, String path, String authorization, String framing) {
    try {
      SlowUpload upload = new SlowUpload(new Socket("localhost", port));
      StringBuilder head = new StringBuilder()
          .append("POST ").append(path).append(" HTTP/1.1\r\n")
          .append("Host: localhost:").append(port).append("\r\n")
          .append("Content-Type: application/json\r\n")
          .append(framing).append("\r\n");
      if (authorization != null) head.append("Authorization: ").append(authorization).append("\r\n");
      upload.out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
      upload.out.flush();
      return upload;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends the next bytes of the body; false once the server has closed the connection. */
  boolean send(String bytes) {
    try {
      out.write(bytes.getBytes(StandardCharsets.UTF_8));
      out.flush();
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** What the server answered within {@code wait}, as text (status line, headers, body); "" if nothing. */
  String answer(Duration wait) {
    StringBuilder text = new StringBuilder();
    long deadline = System.nanoTime() + wait.toNanos();
    try {
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[8192];
      while (true) {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) return text.toString();
        socket.setSoTimeout((int) left);
        int n = in.read(buffer);
        if (n < 0) return text.toString();
        text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        if (complete(text)) return text.toString();
      }
    } catch (SocketTimeoutException e) {
      return text.toString();
    } catch (IOException e) {
      return text.toString(); // reset by the server: what arrived before is the answer
    }
  }

  /** A whole answer: the headers, and a body of its Content-Length. */
  private static boolean complete(StringBuilder text) {
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) return false;
    String head = text.substring(0, end).toLowerCase();
    int at = head.indexOf("content-length:");
    if (at < 0) return false;
    int lineEnd = head.indexOf("\r\n", at);
    long length = Long.parseLong(head.substring(at + 15, lineEnd < 0 ? head.length() : lineEnd).trim());
    return text.toString().getBytes(StandardCharsets.UTF_8).length - (end + 4) >= length;
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
  }
}
