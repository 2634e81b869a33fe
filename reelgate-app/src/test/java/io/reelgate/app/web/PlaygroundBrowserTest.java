package io.reelgate.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reelgate.app.Main;
import io.reelgate.core.image.TestPhotos;
import io.reelgate.core.model.ModelCatalog;
import io.reelgate.motion.MotionRenderer;
import io.reelgate.motion.encode.EncoderSettings;
import io.reelgate.server.ReelgateServer;
import io.reelgate.server.ServerConfig;
import io.reelgate.server.upstream.EngineKind;
import io.reelgate.server.upstream.ModelRoute;
import io.reelgate.server.upstream.RouteSettings;
import io.reelgate.server.upstream.RoutingTable;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The playground and the operator's view in a real headless Chromium (Debian's {@code chromium}
 * and {@code chromium-driver}; other paths through {@code REELGATE_CHROMIUM} and {@code
 * REELGATE_CHROMEDRIVER}), against the real server: a photo is chosen, a camera chip clicked, the
 * video made and played; a second video hides the first one's download until it exists; with one
 * worker three tasks show their queue positions and a reload follows them again; a prompt the API
 * refuses gets the API's message beside the prompt; Shift+click and Shift+Enter combine chips in
 * one bracket; an example photo, an earlier task's settings, a replay and a share link; a key with
 * credit sees the price; the docs viewer shows every document's paths with no request to another
 * host; a dark system setting gives dark pages, /docs's Swagger UI included (emulated through
 * DevTools); an H3 model offers its ratios and goes through MiniMax V2; copy as curl in MiniMax V2
 * and OpenAI Videos, run as shown, is accepted. The operator's view shows two upstream routes to a
 * second Reelgate (tiny renders): one healthy that made a video, one resting because the peer
 * refuses its key, whose task failed with the reason. Screenshots (light and dark) go to {@code
 * target/screenshots/}. axe-core, from its webjar, finds no serious or critical accessibility
 * violation on {@code /}, {@code /operator} (with data) and {@code /docs} (an operation open), light
 * and dark. Without Chromium the class is skipped, saying so.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlaygroundBrowserTest {
  private static final String USER_KEY = "rg_test_playground_user_0123456789abcdef";
  private static final String ADMIN_KEY = "rg_test_playground_admin_0123456789abcde";
  /** A key granted {@link #PAYER_CREDIT} credits, so that the page shows prices. */
  private static final String PAYER_KEY = "rg_test_playground_payer_0123456789abcde";
  private static final int PAYER_CREDIT = 100;
  /** The key of the second Reelgate (the peer) that the upstream routes go to. */
  private static final String PEER_KEY = "rg_test_playground_peer_0123456789abcdef";
  /** A key the peer does not know: its route is refused at once and rests. */
  private static final String WRONG_PEER_KEY = "rg_test_playground_nobody_0123456789abcd";
  /** A prompt marker that paces a task (docs/SCENARIOS.md): no queue time of its own, 3 s processing. */
  private static final String PACED = " [[reelgate:slow queue=0 render=3]]";
  /** A prompt marker for a task that is accepted and then fails without a render. */
  private static final String REFUSED_AT_RUN = " [[reelgate:content-policy]]";
  private static final String PHOTO = "hubble_deep_field.jpg";
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  /** A time as the page writes it: "3.2 s" or "1 min 4 s". */
  private static final String SECONDS = "\\d+\\.\\d s|\\d+ min \\d+ s";

  /** axe-core from its webjar (the version in reelgate-app's pom), injected into each page checked. */
  private static final String AXE_SCRIPT = resource("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js");

  @TempDir static Path temp;
  private static ReelgateServer server;
  private static ReelgateServer peer;
  private static ChromeDriver browser;
  private static String base;
  private static String skipReason;

  @BeforeAll
  static void start() throws IOException {
    Path chromium = Path.of(env("REELGATE_CHROMIUM", "/usr/bin/chromium"));
    Path chromedriver = Path.of(env("REELGATE_CHROMEDRIVER", "/usr/bin/chromedriver"));
    if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
      skipReason =
          "SKIPPED: the playground's browser test needs Chromium at " + chromium + " and chromedriver at "
              + chromedriver + " (Debian: apt-get install chromium chromium-driver; .ci/run installs them)";
      System.err.println(skipReason);
      return;
    }

    peer = ReelgateServer.start(
        ServerConfig.builder().port(0).dataDir(temp.resolve("peer")).workers(1).apiKeys(List.of(PEER_KEY))
            .shutdownGrace(Duration.ZERO).build(),
        Clock.systemUTC(), MotionRenderer.atShortSide(64, new EncoderSettings("ultrafast", 23, 1)));
    server =
        ReelgateServer.start(
            ServerConfig.builder()
                .port(0)
                .dataDir(temp.resolve("data"))
                .workers(1)
                .apiKeys(List.of(USER_KEY, ADMIN_KEY, PAYER_KEY))
                .adminKeys(List.of("env-2"))
                .routing(routesTo("http://localhost:" + peer.port()))
                .scenarios(true) // off by default with routes; the paced and refused tasks need them
                .build());
    base = "http://localhost:" + server.port();
    assertThat(Main.run("keys", "grant", "env-3", String.valueOf(PAYER_CREDIT), "--data-dir", temp.resolve("data").toString()))
        .isZero();

    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--autoplay-policy=no-user-gesture-required", "--window-size=1280,2000", "--lang=en-US",
        "--user-data-dir=" + Files.createDirectories(temp.resolve("chromium-profile")));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    Files.createDirectories(SCREENSHOTS);
  }

  /** Each test is reported as skipped, with the reason, when there is no browser. */
  @BeforeEach
  void needsChromium() {
    assumeTrue(skipReason == null, skipReason);
  }

  /**
   * Hailuo-02 to the peer ("peer", healthy) and H3 Max to the peer with a key it does not know
   * ("peer-wrong-key": refused, so resting at once, and its task fails saying so).
   */
  private static RoutingTable routesTo(String peerUrl) {
    RouteSettings good = RouteSettings.builder("peer", EngineKind.NOVITA).baseUrl(URI.create(peerUrl)).apiKey(PEER_KEY)
        .pollEvery(Duration.ofMillis(200)).build();
    RouteSettings wrongKey = RouteSettings.builder("peer-wrong-key", EngineKind.MINIMAX_V2).baseUrl(URI.create(peerUrl))
        .apiKey(WRONG_PEER_KEY).build();
    return new RoutingTable(Map.of(good.name(), good, wrongKey.name(), wrongKey),
        Map.of(ModelCatalog.HAILUO_02, List.of(new ModelRoute(good.name(), 0)),
            ModelCatalog.H3_MAX, List.of(new ModelRoute(wrongKey.name(), 0))), RoutingTable.DEFAULT_CONCURRENCY);
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.quit();
    if (server != null) server.close();
    if (peer != null) peer.close();
  }

  @Test
  @Order(1)
  void a_photo_and_a_camera_chip_become_a_six_second_video_playing_in_the_page() throws IOException {
    openWithKey("/", USER_KEY);
    Path photo = temp.resolve(PHOTO);
    Files.write(photo, TestPhotos.bytes(PHOTO));

    browser.findElement(By.id("image-file")).sendKeys(photo.toString());
    waitUntil("the photo's preview", Duration.ofSeconds(10), "return !document.querySelector('#first-frame .preview').hidden");
    WebElement prompt = browser.findElement(By.id("prompt"));
    prompt.sendKeys("Galaxies drift in the deep field");
    browser.findElement(By.cssSelector(".chip[data-command='Push in']")).click();
    assertThat(prompt.getDomProperty("value")).isEqualTo("Galaxies drift in the deep field [Push in]");

    new Select(browser.findElement(By.id("model"))).selectByValue("MiniMax-Hailuo-2.3-Fast");
    assertThat(radio("resolution-512P").isEnabled()).as("512P is for Hailuo-02 only").isFalse();
    label("resolution-1080P").click();
    assertThat(radio("duration-10").isEnabled()).as("1080P disables 10 s").isFalse();
    assertThat(radio("duration-6").isSelected()).isTrue();
    label("resolution-768P").click();
    assertThat(radio("duration-10").isEnabled()).isTrue();

    browser.findElement(By.cssSelector("#curl summary")).click();
    new Select(browser.findElement(By.id("curl-dialect"))).selectByValue("evolink");
    assertThat(browser.findElement(By.id("curl-text")).getText())
        .contains(base + "/v1/videos/generations", "base64 -w0 '" + PHOTO + "'", "\"model\":\"MiniMax-Hailuo-2.3-Fast\"");
    new Select(browser.findElement(By.id("curl-dialect"))).selectByValue("novita");
    assertThat(runInShell(browser.findElement(By.id("curl-text")).getText(), photo.getParent()))
        .as("the Novita command, run as shown").contains("\"task_id\"");
    browser.findElement(By.cssSelector("#curl summary")).click();

    browser.findElement(By.id("submit")).click();

    waitUntil("the video to play", Duration.ofMinutes(3),
        "const v = document.getElementById('video');"
            + " return !v.hidden && v.readyState >= 2 && v.currentTime > 0.3;");
    double duration = number("return document.getElementById('video').duration");
    double before = number("return document.getElementById('video').currentTime");
    sleep(Duration.ofMillis(700));
    double after = number("return document.getElementById('video').currentTime");
    assertThat(duration).as("the clip's length").isCloseTo(6.0, org.assertj.core.data.Offset.offset(0.15));
    assertThat(after).as("the video plays").isNotEqualTo(before);
    assertThat(text("fact-length")).isEqualTo("6.0 s");
    assertThat(text("fact-size")).matches("\\d+ × 768");
    assertThat(text("fact-queue")).as("time in the queue, apart").matches(SECONDS);
    assertThat(text("fact-render")).as("time rendering, apart").matches(SECONDS);
    assertThat(browser.findElement(By.id("download")).getDomAttribute("href")).contains("/files/");

    waitUntil("the task in the history", Duration.ofSeconds(10),
        "const t = document.querySelector('#history .task');"
            + " return t && t.querySelector('.badge.succeeded') && t.querySelector('.thumb img');");
    assertThat(text("history")).contains("Galaxies drift in the deep field [Push in]");
    // Let the first frame of the loop settle on screen for the picture.
    ((JavascriptExecutor) browser).executeScript("const v = document.getElementById('video'); v.pause(); v.currentTime = 2.5;");
    sleep(Duration.ofMillis(500));
    screenshot("playground.png");
  }

  @Test
  @Order(2)
  void while_a_second_video_renders_the_download_button_is_hidden() {
    openWithKey("/", USER_KEY);
    browser.findElement(By.id("prompt")).sendKeys("A quiet harbour at dawn [Pan left]");
    WebElement download = browser.findElement(By.id("download"));
    assertThat(download.isDisplayed()).as("no video yet").isFalse();

    browser.findElement(By.id("submit")).click();
    waitUntil("the first video's download", Duration.ofMinutes(2), "return document.getElementById('download').offsetParent !== null");
    String firstId = text("result-id");
    String firstLink = download.getDomAttribute("href");

    browser.findElement(By.id("submit")).click();
    waitUntil("the second task", Duration.ofSeconds(15),
        "return document.getElementById('result-id').textContent !== '" + firstId + "'");
    assertThat(text("progress-label")).as("the second video is not made yet").isNotEqualTo("Done");
    assertThat(download.isDisplayed()).as("the first video's download, while the second renders").isFalse();
    assertThat(download.getDomAttribute("href")).isNull();

    waitUntil("the second video's download", Duration.ofMinutes(2), "return document.getElementById('download').offsetParent !== null");
    assertThat(download.getDomAttribute("href")).contains("/files/").isNotEqualTo(firstLink);
  }

  @Test
  @Order(3)
  void with_one_worker_three_tasks_show_their_queue_positions_and_a_reload_follows_them_again() {
    openWithKey("/", USER_KEY);
    browser.findElement(By.id("prompt")).sendKeys("Clouds roll over a ridge [Truck left]" + PACED);
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      String before = resultId();
      browser.findElement(By.id("submit")).click();
      waitUntil("task " + i, Duration.ofSeconds(15), "return document.getElementById('result-id').textContent !== '" + before + "'");
      ids.add(resultId());
    }
    waitUntil("the third task's place in the queue", Duration.ofSeconds(10),
        "const t = document.querySelector('#history [data-task=\"" + ids.get(2) + "\"]');"
            + " return t && /Queued: position 1, about \\d+ s/.test(t.textContent);");
    assertThat(historyItem(ids.get(1)).getText()).as("the second, next to be taken").containsPattern("Queued: position 0, about \\d+ s");
    screenshot("playground-queue.png");

    browser.navigate().refresh();

    waitUntil("a task followed again", Duration.ofSeconds(15), "return !document.getElementById('result-task').hidden");
    assertThat(ids).as("one worker renders them in turn").contains(resultId());
    waitUntil("the newest task's video", Duration.ofMinutes(2),
        "return document.getElementById('result-id').textContent === '" + ids.get(2) + "'"
            + " && document.getElementById('download').offsetParent !== null");
    assertThat(text("progress-label")).isEqualTo("Done");
  }

  private static String resultId() {
    return (String) ((JavascriptExecutor) browser).executeScript("return document.getElementById('result-id').textContent;");
  }

  @Test
  @Order(4)
  void a_prompt_the_api_refuses_shows_the_apis_message_beside_the_prompt() {
    openWithKey("/", USER_KEY);
    WebElement prompt = browser.findElement(By.id("prompt"));
    prompt.sendKeys("a".repeat(2001));
    assertThat(text("prompt-count")).isEqualTo("2001 / 2000");

    browser.findElement(By.id("submit")).click();

    waitUntil("the prompt's error", Duration.ofSeconds(15), "return document.getElementById('prompt-error').textContent.length > 0");
    assertThat(text("prompt-error")).isEqualTo("prompt: is 2001 characters long; at most 2000 are allowed");
    assertThat(prompt.getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(text("form-error")).isEmpty();
    assertThat(browser.switchTo().activeElement().getDomAttribute("id")).as("focus moves to the field").isEqualTo("prompt");
    screenshot("playground-error.png");
  }

  @Test
  @Order(5)
  void the_operator_view_shows_routes_queues_a_failure_and_keys_and_links_to_an_admin_key() throws IOException {
    String routed = create("/v3/async/minimax-hailuo-02", "{\"prompt\": \"A harbour at noon [Pan left]\", \"duration\": 6}");
    String photo = "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(TestPhotos.bytes(PHOTO));
    String refused = create("/v2/video_generation", "{\"model\": \"MiniMax-H3-Max\", \"content\": [{\"type\": \"text\", \"text\":"
        + " \"Stars wheel overhead\"}, {\"type\": \"image_url\", \"image_url\": {\"url\": \"" + photo + "\"}}], \"duration\": 5}");
    create("/v3/async/minimax-hailuo-2.3-t2v", "{\"prompt\": \"Still waiting [Push in] [[reelgate:slow queue=600 render=1]]\"}");
    awaitStatus(routed, "succeeded");
    awaitStatus(refused, "failed");

    openWithKey("/operator", ADMIN_KEY);

    waitUntil("the overview", Duration.ofSeconds(15), "return !document.getElementById('overview-body').hidden");
    assertThat(text("engines")).contains("motion");
    assertThat(row("routes", "peer").getText()).as("the route that made the video")
        .contains("healthy").containsPattern("create \\d+\\.\\d\\d s").endsWith(" 12"); // 6 s at 768P: 12 credits
    assertThat(row("routes", "peer-wrong-key").getText()).as("refused by the peer").contains("resting");
    assertThat(row("models", "MiniMax-Hailuo-2.3").getText()).as("its queue").startsWith("MiniMax-Hailuo-2.3 1 ");
    assertThat(row("failures", refused).getText()).contains("MiniMax-H3-Max", "peer-wrong-key");
    assertThat(text("keys")).contains("env-1", "env-2", "admin", "unlimited");
    assertThat(browser.findElements(By.cssSelector("#links a")).stream().map(a -> a.getDomAttribute("href")))
        .contains("/docs", "/openapi/novita.json", "/metrics");
    screenshot("operator.png");

    openWithKey("/operator", USER_KEY);
    waitUntil("the refusal", Duration.ofSeconds(15),
        "return document.getElementById('overview-error').textContent.includes('not an admin key')");
  }

  @Test
  @Order(6)
  void the_playground_fits_a_phone_screen() {
    browser.manage().window().setSize(new Dimension(390, 1500));
    try {
      openWithKey("/", USER_KEY);
      long overflow = (Long) ((JavascriptExecutor) browser)
          .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertThat(overflow).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(0);
      screenshot("playground-phone.png");
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 2000));
    }
  }

  @Test
  @Order(7)
  void a_dark_system_setting_gives_dark_pages() {
    colorScheme("dark");
    try {
      openWithKey("/", USER_KEY);
      assertThat(style("document.documentElement", "backgroundColor")).isEqualTo("rgb(17, 24, 39)");
      assertThat(style("document.querySelector('.card')", "backgroundColor")).isEqualTo("rgb(31, 41, 55)");
      assertThat(style("document.getElementById('prompt')", "color")).isEqualTo("rgb(229, 231, 235)");
      assertThat(style("document.getElementById('submit')", "backgroundColor")).as("the accent, lightened").isEqualTo("rgb(143, 176, 255)");
      screenshot("playground-dark.png");
      openWithKey("/operator", ADMIN_KEY);
      assertThat(style("document.documentElement", "backgroundColor")).isEqualTo("rgb(17, 24, 39)");
      screenshot("operator-dark.png");
    } finally {
      colorScheme("");
    }
    openWithKey("/", USER_KEY);
    assertThat(style("document.documentElement", "backgroundColor")).as("light again").isEqualTo("rgb(244, 245, 247)");
  }

  @Test
  @Order(8)
  void axe_finds_no_serious_or_critical_accessibility_violations_on_the_three_pages() {
    openWithKey("/", USER_KEY);
    browser.findElement(By.cssSelector("#curl summary")).click(); // its command scrolls sideways
    List<String> violations = new java.util.ArrayList<>(axeViolations("/"));
    openWithKey("/operator", ADMIN_KEY);
    waitUntil("the overview", Duration.ofSeconds(15), "return !document.getElementById('overview-body').hidden");
    violations.addAll(axeViolations("/operator"));
    browser.get(base + "/docs");
    waitUntil("the OpenAPI viewer", Duration.ofSeconds(15), "return document.querySelector('#swagger-ui .opblock') !== null");
    violations.addAll(axeViolations("/docs"));
    browser.get(base + "/");
    browser.findElement(By.id("api-key")).sendKeys("rg_test_unknown_0123456789abcdef0123456");
    browser.findElement(By.cssSelector("#key-form button[type=submit]")).click();
    waitUntil("the refused key's error", Duration.ofSeconds(15), "return document.getElementById('key-error').textContent.length > 0");
    assertThat(text("key-error")).isEqualTo("This key is unknown or revoked.");
    assertThat(browser.findElement(By.id("key-error")).getDomAttribute("role")).isEqualTo("alert");
    violations.addAll(axeViolations("/ (a refused key)"));
    colorScheme("dark");
    try {
      openWithKey("/", USER_KEY);
      violations.addAll(axeViolations("/ (dark)"));
      openWithKey("/operator", ADMIN_KEY);
      waitUntil("the overview", Duration.ofSeconds(15), "return !document.getElementById('overview-body').hidden");
      violations.addAll(axeViolations("/operator (dark)"));
    } finally {
      colorScheme("");
    }
    assertThat(violations).as(String.join("\n", violations)).isEmpty();
  }

  @Test
  @Order(9)
  void shift_click_and_shift_enter_add_a_command_to_the_bracket_at_the_cursor() {
    openWithKey("/", USER_KEY);
    WebElement prompt = browser.findElement(By.id("prompt"));
    prompt.sendKeys("Boats in a harbour");

    chip("Pan left").click();
    new Actions(browser).keyDown(Keys.SHIFT).click(chip("Pedestal up")).keyUp(Keys.SHIFT).perform();
    assertThat(prompt.getDomProperty("value")).isEqualTo("Boats in a harbour [Pan left,Pedestal up]");
    chip("Zoom in").sendKeys(Keys.chord(Keys.SHIFT, Keys.ENTER));
    chip("Push in").click();

    assertThat(prompt.getDomProperty("value")).isEqualTo("Boats in a harbour [Pan left,Pedestal up,Zoom in] [Push in]");
    assertThat(text("camera-help")).contains("Shift+click", "Shift+Enter", "[Pan left,Pedestal up]");
    waitUntil("the camera reading under the prompt", Duration.ofSeconds(10),
        "return document.getElementById('camera-reading').textContent.includes('3–6 s: Push in');");
    assertThat(text("camera-reading")).contains("0–3 s: Pan left + Pedestal up + Zoom in");
    prompt.sendKeys(" [Pan sideways]");
    waitUntil("the reading's warning", Duration.ofSeconds(10),
        "return document.getElementById('camera-reading').textContent.includes('[Pan sideways]');");
    assertThat(text("camera-reading")).contains("did you mean");
  }

  @Test
  @Order(10)
  void an_example_fills_the_form_an_earlier_tasks_settings_come_back_and_a_finished_video_plays_again() {
    openWithKey("/", USER_KEY);
    browser.findElement(By.cssSelector(".example[data-example='Lighthouse']")).click();
    waitUntil("the example photo", Duration.ofSeconds(10), "return !document.querySelector('#first-frame .preview').hidden");
    assertThat(browser.findElement(By.id("prompt")).getDomProperty("value")).isEqualTo("A lighthouse at dusk, waves rolling in [Push in]");
    new Select(browser.findElement(By.id("model"))).selectByValue("MiniMax-Hailuo-2.3-Fast");
    waitUntil("the history", Duration.ofSeconds(10), "return document.querySelector('#history .badge.succeeded') !== null");
    WebElement finished = browser.findElement(By.xpath("//li[contains(@class,'task')][.//span[contains(@class,'succeeded')]]"));
    String id = finished.getDomAttribute("data-task");

    finished.findElement(By.xpath(".//button[text()='Reuse settings']")).click();
    waitUntil("the settings back", Duration.ofSeconds(10), "return document.querySelector('#first-frame .preview').hidden");
    assertThat(browser.findElement(By.id("prompt")).getDomProperty("value")).startsWith("Clouds roll over a ridge [Truck left]");
    assertThat(new Select(browser.findElement(By.id("model"))).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("MiniMax-Hailuo-2.3");
    assertThat(radio("duration-6").isSelected()).isTrue();

    assertThat(historyItem(id).getText()).as("the task's camera reading").contains("Camera: 0–6 s: Truck left");
    historyItem(id).findElement(By.xpath(".//button[text()='Play']")).click();
    waitUntil("the replay", Duration.ofSeconds(15),
        "const v = document.getElementById('video'); return !v.hidden && v.readyState >= 2;");
    assertThat(text("result-id")).isEqualTo(id);
    assertThat(browser.findElement(By.id("download")).getDomAttribute("href")).contains("/files/");

    historyItem(id).findElement(By.xpath(".//button[text()='Copy share link']")).click();
    waitUntil("the link's expiry", Duration.ofSeconds(5), "return document.getElementById('history-status').textContent.includes('until')");
    assertThat(historyItem(id).getText()).containsPattern("link until \\S+");
  }

  @Test
  @Order(11)
  void a_key_with_credit_sees_the_price_beside_the_submit_button() {
    openWithKey("/", USER_KEY);
    assertThat(text("cost")).as("a key without a limit pays nothing").isEmpty();

    openWithKey("/", PAYER_KEY);
    waitUntil("the price", Duration.ofSeconds(10), "return document.getElementById('cost').textContent.length > 0");
    assertThat(text("cost")).isEqualTo("Costs 12 credits; " + PAYER_CREDIT + " left.");
    label("duration-10").click();
    waitUntil("the 10 s price", Duration.ofSeconds(10), "return document.getElementById('cost').textContent.startsWith('Costs 20 ')");
    screenshot("playground-price.png");
  }

  @Test
  @Order(12)
  void the_docs_viewer_renders_every_documents_paths_and_no_request_leaves_the_machine() {
    List<String> violations = new java.util.ArrayList<>();
    for (String scheme : List.of("", "dark")) {
      colorScheme(scheme);
      browser.get(base + "/docs");
      @SuppressWarnings("unchecked")
      java.util.Map<String, List<String>> paths = (java.util.Map<String, List<String>>) ((JavascriptExecutor) browser).executeAsyncScript(
          "const done = arguments[arguments.length - 1];"
              + " Promise.all([...document.querySelectorAll('#document option')].map(o => fetch(o.value).then(r => r.json())"
              + "   .then(d => [o.value, Object.keys(d.paths)]))).then(all => done(Object.fromEntries(all)));");
      assertThat(paths).hasSize(8).containsKeys("/openapi/novita.json", "/openapi/evolink.json", "/openapi/minimax-v2.json",
          "/openapi/openai.json", "/openapi/reelgate.json");
      paths.forEach((document, documentPaths) -> {
        new Select(browser.findElement(By.id("document"))).selectByValue(document);
        String wanted = documentPaths.stream().map(p -> "'" + p + "'").collect(java.util.stream.Collectors.joining(","));
        waitUntil(document + "'s paths in the viewer", Duration.ofSeconds(15),
            "return [" + wanted + "].every(p => document.querySelector('#swagger-ui .opblock-summary-path[data-path=\"' + p + '\"]'));");
      });
      browser.findElement(By.cssSelector("#swagger-ui .opblock-summary")).click();
      waitUntil("an operation expanded", Duration.ofSeconds(10), "return document.querySelector('#swagger-ui .opblock-body') !== null");
      if (scheme.equals("dark")) {
        assertThat(style("document.body", "backgroundColor")).isEqualTo("rgb(17, 24, 39)");
        assertThat(style("document.querySelector('#swagger-ui .opblock-summary-path')", "color")).as("Swagger UI's text").isEqualTo("rgb(229, 231, 235)");
        assertThat(style("document.querySelector('#swagger-ui .opblock-body')", "color")).isEqualTo("rgb(229, 231, 235)");
      }
      violations.addAll(axeViolations("/docs, an operation open" + (scheme.isEmpty() ? "" : " (dark)")));
      screenshot(scheme.isEmpty() ? "docs.png" : "docs-dark.png");
      @SuppressWarnings("unchecked")
      List<String> requested = (List<String>) ((JavascriptExecutor) browser)
          .executeScript("return performance.getEntriesByType('resource').map(e => e.name);");
      assertThat(requested).as("what the page loaded").isNotEmpty()
          .allSatisfy(url -> assertThat(url.startsWith(base + "/") || url.startsWith("data:")).as(url).isTrue());
    }
    colorScheme("");
    assertThat(violations).as(String.join("\n", violations)).isEmpty();
  }

  /** The row of table body {@code tbodyId} with a cell that reads {@code key}. */
  private static WebElement row(String tbodyId, String key) {
    return browser.findElements(By.cssSelector("#" + tbodyId + " tr")).stream()
        .filter(r -> r.findElements(By.cssSelector("th, td")).stream().anyMatch(c -> c.getText().equals(key)))
        .findFirst().orElseThrow(() -> new AssertionError("no row " + key + " in " + text(tbodyId)));
  }

  /** Creates a task as the admin key, through the server's API; its id. */
  private static String create(String path, String body) throws IOException {
    JsonNode answer = api(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json"));
    return answer.path("task_id").asText();
  }

  private static void awaitStatus(String taskId, String status) throws IOException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    String now;
    while (!(now = api(HttpRequest.newBuilder(URI.create(base + "/reelgate/v1/tasks/" + taskId))).path("status").asText()).equals(status)) {
      assertThat(System.nanoTime()).as("task " + taskId + " " + status + " (it is " + now + ")").isLessThan(deadline);
      sleep(Duration.ofMillis(200));
    }
  }

  private static JsonNode api(HttpRequest.Builder request) throws IOException {
    try {
      HttpResponse<String> response = HttpClient.newHttpClient()
          .send(request.header("Authorization", "Bearer " + ADMIN_KEY).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      return new ObjectMapper().readTree(response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  @Order(13)
  void an_h3_model_offers_its_ratios_and_its_task_goes_through_minimax_v2() throws IOException {
    openWithKey("/", USER_KEY);
    browser.findElement(By.id("prompt")).sendKeys("Waves roll onto a shore [Pedestal up]");
    assertThat(browser.findElement(By.id("ratio-field")).isDisplayed()).as("Hailuo's API names no ratio").isFalse();
    assertThat(browser.findElement(By.cssSelector("#model option[value='MiniMax-H3-Max']")).getText()).isEqualTo("MiniMax H3 Max — needs a first frame");

    new Select(browser.findElement(By.id("model"))).selectByValue("MiniMax-H3");
    assertThat(text("prompt-count")).isEqualTo("37 / 7000");
    assertThat(radio("ratio-adaptive").isEnabled()).as("adaptive is a picture's shape").isFalse();
    assertThat(radio("ratio-16-9").isSelected()).as("V2's ratio for text").isTrue();
    assertThat(radio("resolution-2K").isEnabled()).isTrue();
    assertThat(browser.findElements(By.cssSelector("#resolutions input")).stream().map(r -> r.getDomAttribute("value")))
        .as("smallest first").containsExactly("512P", "768P", "1080P", "2K");
    assertThat(radio("duration-15").isEnabled()).isTrue();
    label("ratio-9-16").click();
    label("duration-4").click();

    // The command's task fails at once (a scenario marker), so that it costs no render.
    WebElement prompt = browser.findElement(By.id("prompt"));
    prompt.sendKeys(REFUSED_AT_RUN);
    browser.findElement(By.cssSelector("#curl summary")).click();
    new Select(browser.findElement(By.id("curl-dialect"))).selectByValue("minimax-v2");
    String command = browser.findElement(By.id("curl-text")).getText();
    assertThat(command).contains(base + "/v2/video_generation",
        "{\"model\":\"MiniMax-H3\",\"content\":[{\"type\":\"text\",\"text\":\"Waves roll onto a shore [Pedestal up]" + REFUSED_AT_RUN + "\"}],"
            + "\"duration\":4,\"resolution\":\"768P\",\"ratio\":\"9:16\"}");
    assertThat(runInShell(command, temp)).as("the MiniMax V2 command, run as shown").contains("\"task_id\"");
    browser.findElement(By.cssSelector("#curl summary")).click();
    prompt.clear();
    prompt.sendKeys("Waves roll onto a shore [Pedestal up]");

    browser.findElement(By.id("submit")).click();

    waitUntil("the H3 video", Duration.ofMinutes(2), "const v = document.getElementById('video'); return !v.hidden && v.readyState >= 2;");
    assertThat(number("const v = document.getElementById('video'); return v.videoWidth / v.videoHeight;"))
        .as("9:16").isCloseTo(9 / 16.0, org.assertj.core.data.Offset.offset(0.03));
    @SuppressWarnings("unchecked")
    List<String> requested = (List<String>) ((JavascriptExecutor) browser)
        .executeScript("return performance.getEntriesByType('resource').map(e => e.name);");
    assertThat(requested).as("created and followed through MiniMax V2")
        .contains(base + "/v2/video_generation", base + "/v2/query/video_generation/" + text("result-id"));
    assertThat(text("fact-render")).matches(SECONDS);
    screenshot("playground-h3.png");

    Path photo = temp.resolve(PHOTO);
    Files.write(photo, TestPhotos.bytes(PHOTO));
    browser.findElement(By.id("image-file")).sendKeys(photo.toString());
    waitUntil("the photo's preview", Duration.ofSeconds(10), "return !document.querySelector('#first-frame .preview').hidden");
    assertThat(radio("ratio-adaptive").isSelected()).as("a picture keeps its shape").isTrue();
    assertThat(radio("ratio-9-16").isEnabled()).isFalse();
    new Select(browser.findElement(By.id("model"))).selectByValue("MiniMax-H3-Max");
    assertThat(radio("resolution-2K").isEnabled()).as("H3 Max is 768P only").isFalse();
    assertThat(browser.findElements(By.id("duration-4"))).as("H3 Max starts at 5 s").isEmpty();
  }

  @Test
  @Order(14)
  void copy_as_curl_in_openais_dialect_uploads_the_photo_as_its_sdk_does_and_the_server_takes_it() throws IOException {
    openWithKey("/", USER_KEY);
    Path photo = temp.resolve(PHOTO);
    Files.write(photo, TestPhotos.bytes(PHOTO));
    browser.findElement(By.id("image-file")).sendKeys(photo.toString());
    waitUntil("the photo's preview", Duration.ofSeconds(10), "return !document.querySelector('#first-frame .preview').hidden");
    browser.findElement(By.id("prompt")).sendKeys("Galaxies drift [Push in]" + REFUSED_AT_RUN);

    browser.findElement(By.cssSelector("#curl summary")).click();
    new Select(browser.findElement(By.id("curl-dialect"))).selectByValue("openai");
    String command = browser.findElement(By.id("curl-text")).getText();

    assertThat(command).contains(base + "/v1/videos", "--form-string 'model=MiniMax-Hailuo-2.3'", "--form-string 'seconds=6'",
        "--form-string 'size=1366x768'", "-F 'input_reference=@" + PHOTO + "'");
    assertThat(runInShell(command, photo.getParent())).as("the OpenAI command, run as shown")
        .contains("\"object\":\"video\"", "\"model\":\"MiniMax-Hailuo-2.3\"", "\"seconds\":\"6\"", "\"size\":\"1366x768\"");
  }

  private static WebElement chip(String command) {
    return browser.findElement(By.cssSelector(".chip[data-command='" + command + "']"));
  }

  private static WebElement historyItem(String taskId) {
    return browser.findElement(By.cssSelector("#history [data-task='" + taskId + "']"));
  }

  /** axe-core's serious and critical violations on the open page, one line per element, named by {@code page}. */
  @SuppressWarnings("unchecked")
  private static List<String> axeViolations(String page) {
    JavascriptExecutor js = browser;
    js.executeScript(AXE_SCRIPT);
    List<String> found = (List<String>) js.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + " axe.run(document, {resultTypes: ['violations'], rules: {'label-content-name-mismatch': {enabled: true}}}).then(r => done(r.violations"
            + "   .filter(v => v.impact === 'serious' || v.impact === 'critical')"
            + "   .flatMap(v => v.nodes.map(n => arguments[0] + ': ' + v.id + ' (' + v.impact + ') ' + n.target.join(' ')"
            + "     + ' - ' + n.failureSummary.replace(/\\s+/g, ' ')))),"
            + " e => done(['axe failed: ' + e]));",
        page);
    return found;
  }

  /** Emulates the system's colour scheme ("dark", "light"; "" for the real one) through DevTools. */
  private static void colorScheme(String scheme) {
    browser.executeCdpCommand("Emulation.setEmulatedMedia",
        java.util.Map.of("features", List.of(java.util.Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  private static String style(String element, String property) {
    return (String) ((JavascriptExecutor) browser).executeScript("return getComputedStyle(" + element + ")." + property + ";");
  }

  private static void openWithKey(String path, String key) {
    browser.get(base + path);
    WebElement input = browser.findElement(By.id("api-key"));
    input.clear();
    input.sendKeys(key);
    browser.findElement(By.cssSelector("#key-form button[type=submit]")).click();
    waitUntil("the key to be accepted", Duration.ofSeconds(15),
        "return document.getElementById('key-status').textContent.startsWith('Using key')");
    if (path.equals("/")) {
      waitUntil("the model table", Duration.ofSeconds(15), "return document.body.dataset.ready === 'true'");
    }
  }

  /** Runs a shell command in {@code folder} with the user's key in $REELGATE_API_KEY; its output. */
  private static String runInShell(String command, Path folder) {
    try {
      ProcessBuilder shell = new ProcessBuilder("bash", "-c", command).directory(folder.toFile()).redirectErrorStream(true);
      shell.environment().put("REELGATE_API_KEY", USER_KEY);
      Process process = shell.start();
      String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(process.waitFor()).as(output).isZero();
      return output;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static WebElement radio(String id) {
    return browser.findElement(By.id(id));
  }

  private static WebElement label(String forId) {
    return browser.findElement(By.cssSelector("label[for='" + forId + "']"));
  }

  private static String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  private static double number(String script) {
    return ((Number) ((JavascriptExecutor) browser).executeScript(script)).doubleValue();
  }

  private static void waitUntil(String what, Duration timeout, String script) {
    new WebDriverWait(browser, timeout)
        .withMessage("waiting for " + what)
        .until(driver -> Boolean.TRUE.equals(truthy(((JavascriptExecutor) driver).executeScript(script))));
  }

  private static Boolean truthy(Object value) {
    return value != null && !Boolean.FALSE.equals(value);
  }

  private static void screenshot(String name) {
    File shot = browser.getScreenshotAs(OutputType.FILE);
    try {
      Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String resource(String name) {
    try (var in = PlaygroundBrowserTest.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("not on the test class path: " + name);
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
