package io.reelgate.junit;

import java.time.Duration;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A Reelgate running in the test's JVM: every dialect's API on a free port of localhost, a
 * temporary data folder deleted afterwards, an API key, and small but real H.264 videos rendered in
 * a fraction of a second.
 *
 * <pre>{@code
 * class MyClientTest {
 *   @RegisterExtension
 *   static ReelgateExtension reelgate = ReelgateExtension.builder().build();
 *
 *   @Test
 *   void makes_a_video() {
 *     MyClient client = new MyClient(reelgate.baseUrl(), reelgate.apiKey());
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>In a {@code static} field the server starts before the class's first test and stops after its
 * last one (nested classes share it); in an instance field each test gets a server of its own (the
 * class one, under {@code @TestInstance(PER_CLASS)}).
 * {@link #baseUrl()} and the keys are for use while it runs. Every task renders with the built-in
 * motion engine, as the real server does, only smaller: the video keeps the asked duration, frame
 * rate and camera moves, and is {@link Builder#renderShortSide} pixels on its short side.
 */
public final class ReelgateExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {
  private final ExtensionSettings settings;
  /** The server while it runs, else null. */
  private InProcessServer server;
  /** The unique id of the test class or method whose start started it: its end stops it. */
  private String startedBy;

  private ReelgateExtension(ExtensionSettings settings) {
    this.settings = settings;
  }

  /** A builder with the defaults: see {@link Builder}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The server's address, {@code http://localhost:<port>}, without a trailing slash: every dialect's API is under it. */
  public synchronized String baseUrl() {
    return running().baseUrl();
  }

  /** An API key of this server, the same for the whole life of the server. */
  public synchronized String apiKey() {
    return running().apiKey();
  }

  /** A new API key, with tasks, credits and limits of its own: for tests about several users. */
  public synchronized String newKey() {
    return running().newKey();
  }

  /**
   * A new API key every task of which behaves as {@code scenario}, written as the {@code
   * Reelgate-Scenario} header takes it ({@code content-policy}, {@code rate-limited; n=2}, ...;
   * docs/SCENARIOS.md): for clients whose requests a test cannot touch.
   *
   * @throws IllegalArgumentException naming the scenario when it is not one Reelgate knows
   */
  public synchronized String keyWithScenario(String scenario) {
    return running().keyWithScenario(scenario);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    start(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    start(context);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    stop(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop(context);
  }

  private synchronized void start(ExtensionContext context) {
    if (server != null) return;
    server = InProcessServer.start(settings);
    startedBy = context.getUniqueId();
  }

  private synchronized void stop(ExtensionContext context) {
    if (server == null || !context.getUniqueId().equals(startedBy)) return;
    try {
      server.close();
    } finally {
      server = null;
      startedBy = null;
    }
  }

  private InProcessServer running() {
    if (server == null) {
      throw new IllegalStateException(
          "Reelgate is not running: it runs during the tests of a class that registers this extension with @RegisterExtension");
    }
    return server;
  }

  /**
   * The settings of the server, each with a default suited to tests: one worker, videos 64 pixels
   * on their short side, links for an hour, no rate limit, no limit of running tasks, and image
   * URLs and webhooks allowed to point at this machine (where a test's own HTTP server runs).
   * Values are checked when the server starts, failing the class (or test) that starts it.
   */
  public static final class Builder {
    private int workers = 1;
    private int renderShortSide = 64;
    private Duration linkTtl = Duration.ofHours(1);
    private String rateLimit = "off";
    private int maxRunningPerKey;
    private boolean allowPrivateNetwork = true;

    private Builder() {}

    /** How many videos render at once (default 1). */
    public Builder workers(int workers) {
      this.workers = workers;
      return this;
    }

    /**
     * Pixels on the short side of every video, whatever resolution the task asks (default 64): an
     * even number, at least 16. A larger size costs render time; the real sizes (512 to 1080) take
     * seconds a video.
     */
    public Builder renderShortSide(int pixels) {
      this.renderShortSide = pixels;
      return this;
    }

    /** How long a result link works (default an hour); a short one lets a test see it expire. */
    public Builder linkTtl(Duration linkTtl) {
      this.linkTtl = Objects.requireNonNull(linkTtl, "linkTtl");
      return this;
    }

    /**
     * Creates allowed per key, as {@code reelgate serve --rate-limit} takes it: {@code 10/s},
     * {@code 600/m}, {@code 5000/h}, or {@code off} (the default). Over it, creates are refused as
     * each provider refuses them (429 with {@code Retry-After}; MiniMax's 1002).
     */
    public Builder rateLimit(String rate) {
      this.rateLimit = Objects.requireNonNull(rate, "rate");
      return this;
    }

    /** Tasks of one key rendering at once, the others waiting in the queue; 0 for no limit (the default). */
    public Builder maxRunningPerKey(int tasks) {
      this.maxRunningPerKey = tasks;
      return this;
    }

    /**
     * Whether image URLs and webhook addresses may point at loopback and private addresses
     * (default true, unlike the server's own default: in a test they point at the test's own
     * server on localhost). Link-local addresses stay refused either way.
     */
    public Builder allowPrivateNetwork(boolean allow) {
      this.allowPrivateNetwork = allow;
      return this;
    }

    /** The extension, to hold in a field annotated {@code @RegisterExtension}. */
    public ReelgateExtension build() {
      return new ReelgateExtension(
          new ExtensionSettings(workers, renderShortSide, linkTtl, rateLimit, maxRunningPerKey, allowPrivateNetwork));
    }
  }
}
