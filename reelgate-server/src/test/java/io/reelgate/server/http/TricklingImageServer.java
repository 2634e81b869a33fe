package io.reelgate.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An image host that answers every GET with 200, {@code Content-Type: image/png} and a
 * Content-Length of 100 kB, then sends one byte a second: the slowest server an image URL can
 * point at without ever going quiet. {@link #close} hangs up on every download.
 */
final class TricklingImageServer implements AutoCloseable {
  private final ServerSocket listener;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final AtomicInteger downloads = new AtomicInteger();

  TricklingImageServer() {
    try {
      listener = new ServerSocket(0, 1000, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread.ofVirtual().name("trickling-image-server").start(this::accept);
  }

  String url() {
    return "http://127.0.0.1:" + listener.getLocalPort() + "/slow.png";
  }

  /** Downloads under way: requests read and not yet hung up on. */
  int downloads() {
    return downloads.get();
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket socket = listener.accept();
        open.add(socket);
        Thread.ofVirtual().start(() -> trickle(socket));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void trickle(Socket socket) {
    try (socket) {
      InputStream in = socket.getInputStream();
      int matched = 0;
      while (matched < 4) { // up to the blank line after the request's headers
        int c = in.read();
        if (c < 0) return;
        matched = (c == "\r\n\r\n".charAt(matched)) ? matched + 1 : (c == '\r' ? 1 : 0);
      }
      downloads.incrementAndGet();
      OutputStream out = socket.getOutputStream();
      out.write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 100000\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      for (int i = 0; i < 100_000; i++) {
        out.write(0x89);
        out.flush();
        Thread.sleep(1000);
      }
    } catch (IOException | InterruptedException e) {
      // hung up on
    } finally {
      open.remove(socket);
    }
  }

  @Override
  public void close() {
    try {
      listener.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    for (Socket socket : open) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }
}
