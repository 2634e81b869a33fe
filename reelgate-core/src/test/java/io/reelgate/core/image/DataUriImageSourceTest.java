package io.reelgate.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelgate.core.error.InvalidFieldException;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataUriImageSourceTest {
  private final DataUriImageSource source = new DataUriImageSource();

  @Test
  void a_base64_data_uri_gives_back_the_exact_bytes() {
    byte[] png = TestPhotos.bytes("astronaut.png");

    byte[] fetched = source.fetch("image", "data:image/png;base64," + Base64.getEncoder().encodeToString(png));

    assertThat(fetched).isEqualTo(png);
  }

  @Test
  void the_claimed_image_type_need_not_match_the_bytes_the_probe_decides() {
    byte[] webp = TestPhotos.bytes("astronaut.webp");

    byte[] fetched = source.fetch("image", "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(webp));

    assertThat(ImageProbe.probe("image", fetched).format()).isEqualTo(ImageFormat.WEBP);
  }

  @Test
  void line_breaks_url_safe_alphabet_missing_padding_and_upper_case_prefix_are_accepted() {
    byte[] bytes = {(byte) 0xFB, (byte) 0xFF, 0x01, 0x02};
    String wrapped = Base64.getMimeEncoder().encodeToString(TestPhotos.bytes("brick.png"));
    String urlSafe = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);

    assertThat(source.fetch("image", "DATA:image/png;base64," + wrapped)).isEqualTo(TestPhotos.bytes("brick.png"));
    assertThat(source.fetch("image", "data:image/png;base64," + urlSafe)).isEqualTo(bytes);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "data:text/plain;base64,aGVsbG8= | the data URI must hold an image (data:image/...;base64,...); it has media type 'text/plain'",
        "data:;base64,aGVsbG8= | the data URI must hold an image (data:image/...;base64,...); it has no media type",
        "data:image/png,rawbytes | the data URI must be base64-encoded (data:image/png;base64,...)",
        "data:image/png;base64 | the data URI has no ',' before its data",
        "data:image/png;base64, | the data URI holds no data",
        "data:image/png;base64,iVBO*RK | the data URI is not valid base64: Illegal base64 character 2a",
        "https://example.com/a.png | not a data URI",
      })
  void malformed_data_uris_are_refused_with_a_reason(String uri, String reason) {
    assertThatThrownBy(() -> source.fetch("end_image", uri))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e -> {
              assertThat(e.field()).isEqualTo("end_image");
              assertThat(e.reason()).isEqualTo(reason);
            });
  }

  @Test
  void more_than_the_cap_after_decoding_is_refused() {
    DataUriImageSource small = new DataUriImageSource(1000);
    String exactly = Base64.getEncoder().encodeToString(new byte[1000]);
    String oneMore = Base64.getEncoder().encodeToString(new byte[1001]);

    assertThat(small.fetch("image", "data:image/png;base64," + exactly)).hasSize(1000);
    assertThatThrownBy(() -> small.fetch("image", "data:image/png;base64," + oneMore))
        .hasMessage("image: the data URI holds more than 1000 bytes of image data");
  }

  @Test
  void a_far_too_long_data_uri_is_refused_before_decoding_even_if_it_is_not_base64() {
    DataUriImageSource small = new DataUriImageSource(1000);
    // Invalid base64 throughout: had it been decoded, the error would be about base64.
    String huge = "data:image/png;base64," + "*".repeat(10_000);

    assertThatThrownBy(() -> small.fetch("image", huge))
        .hasMessage("image: the data URI holds more than 1000 bytes of image data");
  }

  @Test
  void the_default_cap_is_20_mebibytes() {
    String over = Base64.getEncoder().encodeToString(new byte[20 * 1024 * 1024 + 3]);

    assertThatThrownBy(() -> source.fetch("image", "data:image/png;base64," + over))
        .hasMessage("image: the data URI holds more than 20 MB of image data");
  }
}
