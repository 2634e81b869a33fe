package io.reelgate.app;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A picture served on loopback that stalls the first time it is asked for (the headers and a few
 * bytes, then nothing) and is served whole afterwards: a create stuck before its task exists.
 */
final class StallingPicture implements AutoCloseable {
  private final HttpServer server;
  private final CountDownLatch firstRequest = new CountDownLatch(1);
  private final CountDownLatch closing = new CountDownLatch(1);
  private final AtomicBoolean stalled = new AtomicBoolean();

  StallingPicture(String resource) throws IOException {
    byte[] picture;
    try (InputStream in = StallingPicture.class.getResourceAsStream(resource)) {
      picture = in.readAllBytes();
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/picture.jpg", exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "image/jpeg");
      exchange.sendResponseHeaders(200, picture.length);
      try (OutputStream out = exchange.getResponseBody()) {
        if (stalled.compareAndSet(false, true)) {
          out.write(picture, 0, 16);
          out.flush();
          firstRequest.countDown();
          closing.await(60, TimeUnit.SECONDS);
        } else {
          out.write(picture);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/picture.jpg";
  }

  void awaitFirstRequest() throws InterruptedException {
    if (!firstRequest.await(30, TimeUnit.SECONDS)) throw new AssertionError("the server never asked for the picture");
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
  }
}
