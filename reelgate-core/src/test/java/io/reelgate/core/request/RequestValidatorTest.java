package io.reelgate.core.request;

import static io.reelgate.core.model.ModelCatalog.HAILUO_02;
import static io.reelgate.core.model.ModelCatalog.HAILUO_23;
import static io.reelgate.core.model.ModelCatalog.HAILUO_23_FAST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.image.ImageFormat;
import io.reelgate.core.image.ImageInfo;
import io.reelgate.core.image.ImageSource;
import io.reelgate.core.image.TestPhotos;
import io.reelgate.core.model.Mode;
import io.reelgate.core.model.ModelCatalog;
import io.reelgate.core.model.Ratio;
import io.reelgate.core.model.Resolution;
import io.reelgate.core.render.VideoFormat;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestValidatorTest {
  /** Serves "photo:<name>" from the test photos and records what was asked. */
  private final List<String> fetched = new ArrayList<>();
  private final ImageSource photos = (field, reference) -> {
    fetched.add(field + "=" + reference);
    if (reference.equals("photo:not-an-image")) return "<html>".getBytes();
    if (reference.startsWith("photo:half-of-")) {
      // Cut off in transfer: the header is intact, so only a full decode tells.
      byte[] whole = TestPhotos.bytes(reference.substring("photo:half-of-".length()));
      return java.util.Arrays.copyOf(whole, whole.length / 2);
    }
    return TestPhotos.bytes(reference.substring("photo:".length()));
  };
  private final RequestValidator validator = new RequestValidator(ModelCatalog.standard(), photos);

  @Test
  void a_bare_text_request_takes_the_documented_defaults() {
    ValidatedRequest request = validator.validate(draft(HAILUO_23, "A cat on a roof [Pan left]", null, null, null, null));

    assertThat(request.model().id()).isEqualTo(HAILUO_23);
    assertThat(request.mode()).isEqualTo(Mode.TEXT_TO_VIDEO);
    assertThat(request.durationSeconds()).isEqualTo(6);
    assertThat(request.resolution()).isEqualTo(Resolution.P768);
    assertThat(request.promptExpansion()).isTrue();
    assertThat(request.fastPretreatment()).isFalse();
    assertThat(request.firstFrame()).isNull();
    assertThat(request.lastFrame()).isNull();
    assertThat(request.script()).isNotNull();
    assertThat(fetched).isEmpty();
  }

  @Test
  void explicit_flags_are_kept() {
    ValidatedRequest request =
        validator.validate(new VideoRequestDraft(HAILUO_23, "a cat", null, null, 10, "768p", false, true, false, null));

    assertThat(request.durationSeconds()).isEqualTo(10);
    assertThat(request.promptExpansion()).isFalse();
    assertThat(request.fastPretreatment()).isTrue();
  }

  @Test
  void first_and_last_frames_are_fetched_probed_and_kept() {
    ValidatedRequest request =
        validator.validate(draft(HAILUO_02, "a cat", "photo:astronaut.png", "photo:exif_orientation_6.jpg", null, "1080P"));

    assertThat(request.mode()).isEqualTo(Mode.FIRST_LAST_FRAME);
    assertThat(request.firstFrame().info()).isEqualTo(new ImageInfo(ImageFormat.PNG, 512, 512, TestPhotos.bytes("astronaut.png").length));
    assertThat(request.lastFrame().info().width()).isEqualTo(960);
    assertThat(request.lastFrame().bytes()).isEqualTo(TestPhotos.bytes("exif_orientation_6.jpg"));
    assertThat(fetched).containsExactly("image=photo:astronaut.png", "end_image=photo:exif_orientation_6.jpg");
  }

  @Test
  void hailuo_02_offers_512p_with_a_first_frame() {
    ValidatedRequest request = validator.validate(draft(HAILUO_02, "a cat", "photo:astronaut.webp", null, 10, "512P"));

    assertThat(request.resolution()).isEqualTo(Resolution.P512);
    assertThat(request.mode()).isEqualTo(Mode.IMAGE_TO_VIDEO);
  }

  @ParameterizedTest(name = "{6}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "- | a cat | - | - | - | - | model: is required",
        "Sora | a cat | - | - | - | - | model: unknown model 'Sora'; known: ",
        "MiniMax-Hailuo-2.3 | - | - | - | - | - | prompt: is required",
        "MiniMax-Hailuo-2.3 | '   ' | - | - | - | - | prompt: is blank; describe the video",
        "MiniMax-Hailuo-02 | a cat | - | photo:astronaut.png | - | - | end_image: needs image: a last frame is only taken with a first frame",
        "MiniMax-Hailuo-2.3-Fast | a cat | - | - | - | - | image: MiniMax-Hailuo-2.3-Fast is image-to-video only: image is required",
        "MiniMax-Hailuo-2.3 | a cat | photo:astronaut.png | photo:astronaut.png | - | - | end_image: MiniMax-Hailuo-2.3 does not take a last frame; it does text-to-video and image-to-video",
        "MiniMax-Hailuo-2.3 | a cat | - | - | 8 | - | duration: must be 6 or 10 seconds; got 8",
        "MiniMax-Hailuo-2.3 | a cat | - | - | 10 | 1080P | duration: 1080P is only offered for 6 s; duration 10 needs 768P",
        "MiniMax-Hailuo-2.3 | a cat | - | - | - | 4K | resolution: unknown resolution '4K'; MiniMax-Hailuo-2.3 offers 768P, 1080P for text-to-video",
        "MiniMax-Hailuo-2.3 | a cat | - | - | - | 720P | resolution: 720P is not offered by MiniMax-Hailuo-2.3 for text-to-video; it offers 768P, 1080P",
        "MiniMax-Hailuo-02 | a cat | - | - | - | 512P | resolution: 512P is not offered by MiniMax-Hailuo-02 for text-to-video; it offers 768P, 1080P",
        "MiniMax-Hailuo-02 | a cat | photo:astronaut.png | photo:astronaut.png | - | 512P | resolution: 512P is not offered by MiniMax-Hailuo-02 for first+last-frame; it offers 768P, 1080P",
        "MiniMax-Hailuo-2.3-Fast | a cat | photo:short_side_300.jpg | - | - | - | image: short side is 300 px (400x300); it must be greater than 300 px",
        "MiniMax-Hailuo-02 | a cat | photo:astronaut.png | photo:aspect_3to1.jpg | - | - | end_image: aspect ratio is 3.00:1 (960x320); it must be between 2:5 and 5:2",
        "MiniMax-Hailuo-2.3 | a cat | photo:not-an-image | - | - | - | image: not an image; accepted formats are JPG/JPEG, PNG and WebP",
      })
  void each_broken_rule_names_its_field(
      String model, String prompt, String image, String endImage, Integer duration, String resolution, String message) {
    assertThatThrownBy(() -> validator.validate(draft(model, prompt, image, endImage, duration, resolution)))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void a_prompt_of_2000_code_points_passes_even_when_they_take_4000_chars() {
    String emoji = "\uD83C\uDFAC".repeat(2000); // clapper board, two UTF-16 units each

    assertThat(validator.validate(draft(HAILUO_23, emoji, null, null, null, null)).prompt()).isEqualTo(emoji);
  }

  @Test
  void a_prompt_of_2001_characters_is_refused() {
    assertThatThrownBy(() -> validator.validate(draft(HAILUO_23, "a".repeat(2001), null, null, null, null)))
        .hasMessage("prompt: is 2001 characters long; at most 2000 are allowed");
  }

  @Test
  void cheap_fields_are_checked_before_any_image_is_fetched() {
    assertThatThrownBy(() -> validator.validate(draft(HAILUO_02, "a cat", "photo:astronaut.png", "photo:astronaut.png", 10, "1080P")))
        .hasMessageStartingWith("duration:");
    assertThat(fetched).isEmpty();
  }

  @Test
  void the_first_bad_image_stops_before_the_second_is_fetched() {
    assertThatThrownBy(() -> validator.validate(draft(HAILUO_02, "a cat", "photo:aspect_3to1.jpg", "photo:astronaut.png", null, null)))
        .hasMessageStartingWith("image: aspect ratio");
    assertThat(fetched).containsExactly("image=photo:aspect_3to1.jpg");
  }

  @Test
  void a_dialect_whose_document_makes_the_prompt_optional_may_omit_it_with_an_image() {
    VideoRequestDraft noPrompt = draft(HAILUO_23_FAST, null, "photo:astronaut.png", null, null, null);

    assertThatThrownBy(() -> validator.validate(noPrompt)).hasMessage("prompt: is required");
    ValidatedRequest request = validator.validate(noPrompt.withPromptOptionalWithImage());
    assertThat(request.prompt()).isEmpty();
    assertThat(request.script().defaulted()).isTrue();
  }

  @Test
  void an_optional_prompt_is_still_required_for_text_to_video_and_still_limited() {
    assertThatThrownBy(() -> validator.validate(draft(HAILUO_23, " ", null, null, null, null).withPromptOptionalWithImage()))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageStartingWith("prompt: is required for text-to-video");
    assertThatThrownBy(() -> validator.validate(
            draft(HAILUO_23_FAST, "x".repeat(2001), "photo:astronaut.png", null, null, null).withPromptOptionalWithImage()))
        .hasMessageStartingWith("prompt: is 2001 characters long");
  }

  @ParameterizedTest
  @CsvSource({"image, hubble_deep_field.jpg", "image, astronaut.png", "end_image, retina.jpg", "end_image, astronaut.webp"})
  void a_picture_truncated_past_its_header_is_refused_at_create_naming_its_field(String field, String photo) {
    String half = "photo:half-of-" + photo;
    VideoRequestDraft draft =
        field.equals("image")
            ? draft(HAILUO_02, "a cat", half, null, null, null)
            : draft(HAILUO_02, "a cat", "photo:astronaut.png", half, null, null);

    assertThatThrownBy(() -> validator.validate(draft))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.reason()).contains("truncated");
            });
  }

  @Test
  void a_hailuo_text_request_without_a_ratio_keeps_the_hailuo_format() {
    ValidatedRequest request = validator.validate(draft(HAILUO_23, "a cat", null, null, null, null));

    assertThat(request.format()).isEqualTo(VideoFormat.HAILUO);
  }

  @Test
  void a_concrete_ratio_for_text_to_video_is_taken_in_the_models_family_format() {
    ValidatedRequest request = validator.validate(draft(HAILUO_23, "a cat", null, null, null, null).withRatio("9:16"));

    assertThat(request.format()).isEqualTo(VideoFormat.HAILUO.withRatio(Ratio.R9_16));
  }

  @Test
  void a_frame_mode_films_the_pictures_shape_whatever_ratio_is_asked() {
    ValidatedRequest request =
        validator.validate(draft(HAILUO_02, "a cat", "photo:astronaut.png", null, null, null).withRatio("21:9"));

    assertThat(request.format().ratio()).isEqualTo(Ratio.ADAPTIVE);
  }

  @ParameterizedTest
  @CsvSource({"adaptive, text-to-video has none", "16/9, unknown ratio '16/9'", "'', unknown ratio ''"})
  void a_ratio_text_to_video_cannot_take_is_refused_naming_ratio(String ratio, String reason) {
    VideoRequestDraft draft = draft(HAILUO_23, "a cat", null, null, null, null).withRatio(ratio);

    assertThatThrownBy(() -> validator.validate(draft))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e -> {
              assertThat(e.field()).isEqualTo("ratio");
              assertThat(e.reason()).contains(reason).contains("16:9");
            });
  }

  private static VideoRequestDraft draft(
      String model, String prompt, String image, String endImage, Integer duration, String resolution) {
    return new VideoRequestDraft(model, prompt, image, endImage, duration, resolution, null, null, false, null);
  }
}
