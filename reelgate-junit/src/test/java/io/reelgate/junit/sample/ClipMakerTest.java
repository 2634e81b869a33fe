package io.reelgate.junit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.junit.ReelgateExtension;
import io.reelgate.junit.sample.ClipMaker.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The sample client against an in-process Reelgate: the README's example, and the paths no provider lets a team try. */
class ClipMakerTest {
  @RegisterExtension static ReelgateExtension reelgate = ReelgateExtension.builder().build();

  @TempDir Path out;

  @Test
  void saves_the_clip_it_asked_for() throws Exception {
    ClipMaker maker = new ClipMaker(reelgate.baseUrl(), reelgate.apiKey(), Map.of());

    Outcome outcome = maker.make("A lighthouse at dawn [Push in]", out.resolve("clip.mp4"));

    assertThat(outcome).isEqualTo(new Outcome.Saved(out.resolve("clip.mp4"), 1));
    byte[] mp4 = Files.readAllBytes(out.resolve("clip.mp4"));
    // An MP4 opens with its ftyp box: a 4-byte size, then the type.
    assertThat(new String(Arrays.copyOfRange(mp4, 4, 8), StandardCharsets.US_ASCII)).isEqualTo("ftyp");
  }

  @Test
  void reports_a_task_rejected_for_its_content() throws Exception {
    ClipMaker maker = new ClipMaker(reelgate.baseUrl(), reelgate.apiKey(), Map.of("Reelgate-Scenario", "content-policy"));

    Outcome outcome = maker.make("A lighthouse at dawn", out.resolve("clip.mp4"));

    assertThat(outcome).isInstanceOfSatisfying(Outcome.Rejected.class, r -> assertThat(r.reason()).containsIgnoringCase("content"));
    assertThat(out.resolve("clip.mp4")).doesNotExist();
  }

  @Test
  void retries_creates_refused_for_their_rate() throws Exception {
    // A key of its own: the scenario counts the refused creates per key.
    ClipMaker maker = new ClipMaker(reelgate.baseUrl(), reelgate.newKey(), Map.of("Reelgate-Scenario", "rate-limited; n=2"));

    Outcome outcome = maker.make("A lighthouse at dawn", out.resolve("clip.mp4"));

    assertThat(outcome).isEqualTo(new Outcome.Saved(out.resolve("clip.mp4"), 3));
  }

  @Test
  void reports_a_rejection_for_a_key_whose_every_task_is_rejected() throws Exception {
    // For clients whose requests the test cannot touch: the scenario rides on the key.
    ClipMaker maker = new ClipMaker(reelgate.baseUrl(), reelgate.keyWithScenario("content-policy"), Map.of());

    Outcome outcome = maker.make("A lighthouse at dawn", out.resolve("clip.mp4"));

    assertThat(outcome).isInstanceOfSatisfying(Outcome.Rejected.class, r -> assertThat(r.reason()).containsIgnoringCase("content"));
  }
}
