package io.reelgate.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HealthRoutesTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final AtomicBoolean stopping = new AtomicBoolean();
  private Javalin app;

  @AfterEach
  void stop() {
    if (app != null) app.stop();
  }

  @Test
  void ready_when_every_check_passes() throws Exception {
    start(new HealthRoutes.Check("database", () -> {}), new HealthRoutes.Check("storage", () -> {}));

    HttpResponse<String> ready = get("/readyz");

    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).isEqualTo("{\"status\":\"ready\"}");
    assertThat(get("/healthz").body()).isEqualTo("ok");
  }

  @Test
  void a_failing_check_is_named_without_its_message() throws Exception {
    start(new HealthRoutes.Check("database", () -> {}),
        new HealthRoutes.Check("storage", () -> {
          throw new IOException("secret-bucket at http://10.0.0.5: 403");
        }));

    HttpResponse<String> unready = get("/readyz");

    assertThat(unready.statusCode()).isEqualTo(503);
    assertThat(unready.body()).isEqualTo("{\"status\":\"unready\",\"reason\":\"storage unreachable\"}");
  }

  @Test
  void a_check_that_hangs_makes_the_server_unready_within_the_timeout() throws Exception {
    start(new HealthRoutes.Check("database", () -> Thread.sleep(60_000)));

    long start = System.nanoTime();
    HttpResponse<String> unready = get("/readyz");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(HealthRoutes.CHECK_TIMEOUT.plusSeconds(2));
    assertThat(unready.statusCode()).isEqualTo(503);
    assertThat(unready.body()).contains("\"reason\":\"database did not answer within 2 s\"");
  }

  @Test
  void a_stopping_server_is_unready_but_alive() throws Exception {
    start(new HealthRoutes.Check("database", () -> {}));
    stopping.set(true);

    assertThat(get("/readyz").statusCode()).isEqualTo(503);
    assertThat(get("/readyz").body()).contains("shutting down");
    assertThat(get("/healthz").statusCode()).isEqualTo(200);
  }

  private void start(HealthRoutes.Check... checks) {
    app = Javalin.create(c -> c.showJavalinBanner = false);
    new HealthRoutes(List.of(checks), stopping::get).register(app);
    app.start(0);
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
