package io.reelgate.motion.render;

import static io.reelgate.motion.Jobs.aJob;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.core.model.Resolution;
import io.reelgate.motion.Motion;
import io.reelgate.motion.Motion.Luma;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class StoryboardCardTest {
  @Test
  void text_to_video_films_a_16_by_9_card_with_the_camera_moves() {
    Frames frames = new Frames(aJob().withPrompt("A lighthouse on a cliff at dusk [Truck left]").at(Resolution.P512).build());
    assertThat(frames.renderer().size().width()).isEqualTo(910);
    assertThat(frames.renderer().size().height()).isEqualTo(512);
    assertThat(Motion.shift(frames.luma(0), frames.luma(frames.last())).x()).isGreaterThan(60);
  }

  @Test
  void the_prompt_is_set_in_white_in_the_middle_of_the_card() {
    BufferedImage card = StoryboardCard.draw("A lighthouse on a cliff at dusk", 960, 540);
    assertThat(whitePixels(card, 240, 180, 720, 360)).isGreaterThan(1000);
    assertThat(whitePixels(StoryboardCard.draw("", 960, 540), 240, 180, 720, 360)).isLessThan(200);
  }

  @Test
  void the_backdrop_comes_from_the_prompt() {
    BufferedImage one = StoryboardCard.draw("A red fox", 320, 180);
    BufferedImage same = StoryboardCard.draw("A red fox", 320, 180);
    BufferedImage other = StoryboardCard.draw("A blue whale", 320, 180);
    assertThat(one.getRGB(5, 5)).isEqualTo(same.getRGB(5, 5));
    assertThat(difference(one, other)).isGreaterThan(10);
  }

  @Test
  void camera_commands_are_not_part_of_the_text_shown() {
    assertThat(StoryboardCard.withoutCameraCommands("A fox [Pan left, Zoom in] runs [Scene 2] home 【推进】"))
        .isEqualTo("A fox runs [Scene 2] home");
  }

  @Test
  void a_very_long_prompt_still_fits_the_card() {
    BufferedImage card = StoryboardCard.draw("word ".repeat(400), 960, 540);
    assertThat(whitePixels(card, 0, 0, 960, 60)).isZero();
    assertThat(whitePixels(card, 0, 480, 960, 540)).isZero();
  }

  @Test
  void the_same_card_frames_identically_for_a_static_shot() {
    Frames frames = new Frames(aJob().withPrompt("[Static shot] 雪山下的小镇").build());
    Luma first = frames.luma(0);
    assertThat(frames.luma(frames.last()).pixels()).isEqualTo(first.pixels());
  }

  private static int whitePixels(BufferedImage image, int x0, int y0, int x1, int y1) {
    int count = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        if ((image.getRGB(x, y) & 0xffffff) == 0xffffff) count++;
      }
    }
    return count;
  }

  private static double difference(BufferedImage a, BufferedImage b) {
    long sum = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        sum += Math.abs((a.getRGB(x, y) & 255) - (b.getRGB(x, y) & 255));
      }
    }
    return (double) sum / (a.getWidth() * a.getHeight());
  }
}
