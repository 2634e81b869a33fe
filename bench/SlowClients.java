import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The load of bench/slow-clients.sh (docs/BENCHMARKS.md, "Slow clients"), one source file run with
 * {@code java bench/SlowClients.java PORT SLOW_KEY OTHER_KEY [CONNECTIONS] [SECONDS]}.
 *
 * <p>CONNECTIONS trickling uploads of SLOW_KEY, each a Novita create declaring a 100 kB body and
 * sending one byte every 2 s; an upload that the server answers or closes is started again, after
 * the answer's Retry-After when it has one (as a client honouring it would), so that CONNECTIONS
 * stay open or knocking for SECONDS. Meanwhile {@code GET /healthz} every 100 ms and a create of
 * OTHER_KEY (Novita text-to-video) every second, each allowed 10 s; prints their latency (median,
 * max) and what the trickling uploads were answered.
 */
public class SlowClients {
  static final String CREATE = "/v3/async/minimax-hailuo-2.3-t2v";
  static final Duration ALLOWED = Duration.ofSeconds(10);

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    String slowKey = args[1];
    String otherKey = args[2];
    int connections = args.length > 3 ? Integer.parseInt(args[3]) : 300;
    int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 30;
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();

    Map<String, LongAdder> answers = new ConcurrentHashMap<>();
    AtomicInteger open = new AtomicInteger();
    for (int i = 0; i < connections; i++) {
      Thread.ofVirtual().start(() -> {
        while (System.nanoTime() < end) {
          long pause = trickle(port, slowKey, end, answers, open);
          sleep(pause);
        }
      });
    }
    sleep(2000); // let every upload start before measuring

    HttpClient http = HttpClient.newBuilder().connectTimeout(ALLOWED).build();
    List<Long> health = Collections.synchronizedList(new ArrayList<>());
    List<Long> creates = Collections.synchronizedList(new ArrayList<>());
    LongAdder failed = new LongAdder();
    Thread creator = Thread.ofVirtual().start(() -> {
      while (System.nanoTime() < end) {
        HttpRequest create = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + CREATE)).timeout(ALLOWED)
            .header("Authorization", "Bearer " + otherKey).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"prompt\": \"a cat [Push in]\", \"duration\": 6}")).build();
        measure(http, create, creates, failed);
        sleep(1000);
      }
    });
    LongAdder openSamples = new LongAdder();
    LongAdder samples = new LongAdder();
    while (System.nanoTime() < end) {
      openSamples.add(open.get());
      samples.increment();
      HttpRequest healthz = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).timeout(ALLOWED).GET().build();
      measure(http, healthz, health, failed);
      sleep(100);
    }
    creator.join();

    System.out.printf("trickling uploads of one key: %d connections for %d s, on average %d of them connected%n",
        connections, seconds, openSamples.sum() / Math.max(1, samples.sum()));
    answers.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> System.out.printf("  answered %s: %d%n", e.getKey(), e.getValue().sum()));
    report("/healthz", health);
    report("create of another key", creates);
    System.out.printf("requests that failed or took over %d s: %d%n", ALLOWED.toSeconds(), failed.sum());
  }

  /** One upload until it is answered, closed or the run ends; the pause before the next one, in ms. */
  static long trickle(int port, String key, long end, Map<String, LongAdder> answers, AtomicInteger open) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
      open.incrementAndGet();
      try {
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + CREATE + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + key
            + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        socket.setSoTimeout(2000);
        while (System.nanoTime() < end) {
          try {
            byte[] head = new byte[4096];
            int n = in.read(head);
            if (n < 0) {
              count(answers, "closed without an answer");
              return 1000;
            }
            String answer = new String(head, 0, n, StandardCharsets.ISO_8859_1);
            String status = answer.length() >= 12 ? answer.substring(9, 12) : "?";
            count(answers, "HTTP " + status);
            int retry = answer.toLowerCase().indexOf("retry-after:");
            if (retry < 0) return 1000;
            return 1000L * Long.parseLong(answer.substring(retry + 12, answer.indexOf('\r', retry)).trim());
          } catch (java.net.SocketTimeoutException quiet) {
            out.write(' '); // the next byte of the body, two seconds after the last
            out.flush();
          }
        }
        return 0;
      } finally {
        open.decrementAndGet();
      }
    } catch (IOException | RuntimeException e) {
      count(answers, "failed: " + e.getClass().getSimpleName());
      return 1000;
    }
  }

  static void measure(HttpClient http, HttpRequest request, List<Long> latencies, LongAdder failed) {
    long start = System.nanoTime();
    try {
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() != 200) failed.increment();
    } catch (IOException e) {
      failed.increment();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    latencies.add((System.nanoTime() - start) / 1_000);
  }

  static void report(String what, List<Long> micros) {
    List<Long> sorted = new ArrayList<>(micros);
    Collections.sort(sorted);
    if (sorted.isEmpty()) {
      System.out.printf("%s: no answers%n", what);
      return;
    }
    System.out.printf("%s: %d requests, median %.1f ms, max %.1f ms%n",
        what, sorted.size(), sorted.get(sorted.size() / 2) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0);
  }

  static void count(Map<String, LongAdder> answers, String what) {
    answers.computeIfAbsent(what, k -> new LongAdder()).increment();
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
