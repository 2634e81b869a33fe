package io.reelgate.server.dialect.minimaxv2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.core.media.MediaFiles;
import io.reelgate.motion.encode.AudioInfo;
import io.reelgate.motion.encode.VideoInfo;
import io.reelgate.motion.encode.VideoProbe;
import io.reelgate.server.RunningServer;
import io.reelgate.server.SmallRenders;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * MiniMax-H3 end to end through the V2 dialect with real (small) renders: the file at {@code
 * task.content.url} is H3's (24 fps, 17n+5 frames, the ratio asked, stereo AAC), and that very
 * file, given back as a reference video with a reference picture and a sound file, is fetched,
 * checked and stored under the new task; clips and sound that break a rule are refused naming
 * their {@code content[]} item.
 */
@SmallRenders(shortSide = 288)
class MiniMaxV2MediaTest extends RunningServer {
  private static final String CREATE = "/v2/video_generation";
  private static final String PICTURE = png(480, 320);
  /** The clip of the first task, rendered once for the class. */
  private static byte[] clip;
  private static String clipTaskId;

  @BeforeAll
  static void renderOneClip() throws Exception {
    clipTaskId = accepted(create(List.of(text("A lighthouse at dawn [Push in]")), "ratio", "9:16", "duration", 4));
    JsonNode task = finished(clipTaskId);
    assertThat(task.path("status").asText()).as(task.toString()).isEqualTo("succeeded");
    clip = HTTP.send(HttpRequest.newBuilder(URI.create(task.at("/content/url").asText())).build(),
        HttpResponse.BodyHandlers.ofByteArray()).body();
  }

  @Test
  void the_video_at_content_url_has_h3s_frame_rate_frame_count_ratio_and_stereo_aac() throws IOException {
    Path file = dataDir.resolve("h3.mp4");
    Files.write(file, clip);

    VideoInfo video = VideoProbe.probe(file);
    assertThat(video.codec()).isEqualTo("h264");
    assertThat(video.fps()).isEqualTo(24.0);
    assertThat((video.frames() - 5) % 17).as("%d frames", video.frames()).isZero();
    assertThat(video.frames()).isBetween(4 * 24, 4 * 24 + 17);
    assertThat(video.width() * 16).isEqualTo(video.height() * 9);
    assertThat(video.width() % 32).isZero();
    assertThat(video.height() % 32).isZero();
    AudioInfo audio = video.audio().orElseThrow();
    assertThat(audio.codec()).isEqualTo("aac");
    assertThat(audio.channels()).isEqualTo(2);
    assertThat(json(get("/v2/query/video_generation/" + clipTaskId, ALICE)).at("/task/ratio").asText()).isEqualTo("9:16");
  }

  @Test
  void reference_clips_pictures_and_sound_are_fetched_checked_and_stored_under_the_task() throws IOException {
    byte[] wav = MediaFiles.wav(3);
    String id = accepted(create(List.of(text("The same coast at dusk"), image(PICTURE), image(png(320, 480)),
        media("video_url", "reference_video", dataUri("video/mp4", clip)),
        media("audio_url", "reference_audio", dataUri("audio/wav", wav))), "ratio", "adaptive"));

    Path folder = dataDir.resolve("files/tasks/" + id);
    assertThat(Files.readAllBytes(folder.resolve("reference-video-0.mp4"))).isEqualTo(clip);
    assertThat(Files.readAllBytes(folder.resolve("reference-audio-0.wav"))).isEqualTo(wav);
    assertThat(folder.resolve("reference-image-1.png")).exists();
    assertThat(folder.resolve("first-frame")).exists();
    JsonNode task = json(get("/v2/query/video_generation/" + id, ALICE)).path("task");
    assertThat(task.at("/usage/input_image_count").asInt()).isEqualTo(2);
    post("/v2/cancel/video_generation/" + id, ALICE, ""); // its render is not the point
  }

  @Test
  void media_that_breaks_a_rule_is_refused_naming_its_content_item() {
    Map<String, Object> reference = image(PICTURE);
    assertRefused(List.of(text("x"), reference, media("video_url", "reference_video", PICTURE)),
        "content[2].video_url: the data URI must hold a video (data:video/...;base64,...); it has media type 'image/png'");
    assertRefused(List.of(text("x"), reference, media("video_url", null, dataUri("video/mp4", MediaFiles.wav(3)))),
        "content[2].video_url: is not an MP4 video: not an MP4 file (no ftyp box first)");
    assertRefused(List.of(text("x"), media("video_url", null, dataUri("video/mp4", MediaFiles.mp4(3, 30)))),
        "content[1].video_url: the video runs at 10 fps; it must be 23.976-60 fps");
    assertRefused(List.of(text("x"), reference, media("audio_url", null, dataUri("audio/wav", MediaFiles.wav(3))),
        media("audio_url", null, dataUri("audio/mpeg", MediaFiles.wav(1)))),
        "content[3].audio_url: the audio runs 1 s; it must run 2-15 s");
    assertRefused(List.of(text("x"), reference, media("video_url", null, dataUri("video/mp4", MediaFiles.mp4(8, 192))),
        media("video_url", null, dataUri("video/mp4", MediaFiles.mp4(8, 192)))),
        "reference_video: the videos run 16 s together; at most 15 s in all is taken");
    assertRefused(List.of(text("x"), reference, image(png(960, 320))), "content[2].image_url: aspect ratio is 3.00:1");
  }

  // ---------------------------------------------------------------------------------------------

  private static void assertRefused(List<Object> content, String message) {
    HttpResponse<String> refused = post(CREATE, ALICE, create(content, "ratio", "16:9"));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(json(refused).at("/error/message").asText()).startsWith("invalid params, " + message);
  }

  private static String create(List<Object> content, Object... more) {
    List<Object> fields = new ArrayList<>(List.of("model", "MiniMax-H3", "content", content));
    fields.addAll(List.of(more));
    return body(fields.toArray());
  }

  private static Map<String, Object> text(String text) {
    return Map.of("type", "text", "text", text);
  }

  private static Map<String, Object> image(String url) {
    return Map.of("type", "image_url", "image_url", Map.of("url", url), "role", "reference_image");
  }

  private static Map<String, Object> media(String type, String role, String url) {
    return role == null ? Map.of("type", type, type, Map.of("url", url)) : Map.of("type", type, type, Map.of("url", url), "role", role);
  }

  private static String accepted(String body) {
    HttpResponse<String> created = post(CREATE, ALICE, body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    return json(created).path("task_id").asText();
  }

  /** The task once it has ended, polled as a client would. */
  private static JsonNode finished(String id) throws InterruptedException {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (true) {
      JsonNode task = json(get("/v2/query/video_generation/" + id, ALICE)).path("task");
      String status = task.path("status").asText();
      if (!status.equals("queued") && !status.equals("running") || System.nanoTime() > deadline) return task;
      Thread.sleep(100);
    }
  }
}
