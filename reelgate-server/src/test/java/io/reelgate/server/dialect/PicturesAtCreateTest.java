package io.reelgate.server.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.core.image.TestPhotos;
import io.reelgate.server.RunningServer;
import io.reelgate.server.TinyRenders;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.zip.CRC32;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The pictures of a create, the same in every dialect (issue 12): a data URI up to the documented
 * 20 MB is read (it once failed as "not valid JSON" above about 15 MB), a larger one and a picture
 * truncated past its header are refused at create, naming the field in the dialect's own shape.
 */
@TinyRenders
class PicturesAtCreateTest extends RunningServer {
  private static final int MB = 1024 * 1024;
  /** Made once: 28 and 29 million characters each. */
  private static final String DATA_URI_20_MB = dataUri("image/png", pngOfSize(20 * MB));
  private static final String DATA_URI_21_MB = dataUri("image/png", pngOfSize(21 * MB));

  /** Each dialect's image-to-video create and the way it names a refused field. */
  enum ApiDialect {
    NOVITA(
        "/v3/async/minimax-hailuo-2.3-fast-i2v",
        "image",
        image -> body("prompt", "a cat", "image", image)) {
      @Override
      String refusedField(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return json(response).path("metadata").path("field").asText();
      }
    },
    EVOLINK(
        "/v1/videos/generations",
        "image_urls[0]",
        image -> body("model", "MiniMax-Hailuo-2.3-Fast", "prompt", "a cat", "image_urls", List.of(image))) {
      @Override
      String refusedField(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return json(response).path("error").path("param").asText();
      }
    },
    GPTPROTO(
        "/api/v3/minimax/hailuo-2.3-fast/image-to-video",
        "image",
        image -> body("prompt", "a cat", "image", image)) {
      @Override
      String refusedField(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        String message = json(response).path("message").asText();
        return message.substring(0, Math.max(0, message.indexOf(':')));
      }
    },
    MINIMAX(
        "/v1/video_generation",
        "first_frame_image",
        image -> body("model", "MiniMax-Hailuo-2.3-Fast", "prompt", "a cat", "first_frame_image", image)) {
      @Override
      String refusedField(HttpResponse<String> response) {
        JsonNode baseResp = json(response).path("base_resp");
        assertThat(baseResp.path("status_code").asInt()).as(response.body()).isEqualTo(2013);
        String message = baseResp.path("status_msg").asText().replaceFirst("^invalid params, ", "");
        return message.substring(0, Math.max(0, message.indexOf(':')));
      }
    };

    final String path;
    final String imageField;
    final Function<String, String> body;

    ApiDialect(String path, String imageField, Function<String, String> body) {
      this.path = path;
      this.imageField = imageField;
      this.body = body;
    }

    HttpResponse<String> create(String image) {
      // GPTProto takes the bare key, the others a Bearer token.
      String authorization = this == GPTPROTO ? ALICE : bearer(ALICE);
      return send(jsonPost(path, body.apply(image)), authorization);
    }

    /** Asserts the refusal's status in this dialect and returns the field it names. */
    abstract String refusedField(HttpResponse<String> response);

    void assertAccepted(HttpResponse<String> response) {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      if (this == MINIMAX) assertThat(json(response).path("base_resp").path("status_code").asInt()).as(response.body()).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(ApiDialect.class)
  void a_data_uri_of_20_mb_is_accepted(ApiDialect dialect) {
    dialect.assertAccepted(dialect.create(DATA_URI_20_MB));
  }

  @ParameterizedTest
  @EnumSource(ApiDialect.class)
  void a_data_uri_of_21_mb_is_refused_naming_the_field(ApiDialect dialect) {
    HttpResponse<String> response = dialect.create(DATA_URI_21_MB);

    assertThat(dialect.refusedField(response)).isEqualTo(dialect.imageField);
    assertThat(response.body()).contains("more than 20 MB");
  }

  @ParameterizedTest
  @EnumSource(ApiDialect.class)
  void a_jpeg_truncated_past_its_header_is_refused_at_create_naming_the_field(ApiDialect dialect) {
    byte[] jpeg = TestPhotos.bytes("hubble_deep_field.jpg");
    HttpResponse<String> response = dialect.create(dataUri("image/jpeg", Arrays.copyOf(jpeg, jpeg.length / 2)));

    assertThat(dialect.refusedField(response)).isEqualTo(dialect.imageField);
    assertThat(response.body()).contains("truncated");
  }

  @ParameterizedTest
  @EnumSource(ApiDialect.class)
  void a_png_truncated_past_its_header_is_refused_at_create_naming_the_field(ApiDialect dialect) {
    byte[] png = TestPhotos.bytes("astronaut.png");
    HttpResponse<String> response = dialect.create(dataUri("image/png", Arrays.copyOf(png, png.length / 2)));

    assertThat(dialect.refusedField(response)).isEqualTo(dialect.imageField);
    assertThat(response.body()).contains("truncated");
  }

  /**
   * A valid 640x480 PNG of exactly {@code size} bytes: the picture, then a private ancillary chunk
   * ({@code rgPd}, which decoders skip) filling the rest before IEND.
   */
  private static byte[] pngOfSize(int size) {
    String uri = png(640, 480);
    byte[] picture = Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1));
    int iend = picture.length - 12;
    int padding = size - picture.length - 12;
    ByteArrayOutputStream out = new ByteArrayOutputStream(size);
    out.write(picture, 0, iend);
    byte[] type = "rgPd".getBytes(StandardCharsets.US_ASCII);
    byte[] data = new byte[padding];
    CRC32 crc = new CRC32();
    crc.update(type);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt(padding).array());
    out.writeBytes(type);
    out.writeBytes(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    out.write(picture, iend, 12);
    byte[] bytes = out.toByteArray();
    assertThat(bytes).hasSize(size);
    return bytes;
  }
}
