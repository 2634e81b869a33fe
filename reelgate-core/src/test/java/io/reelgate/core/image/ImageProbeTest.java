package io.reelgate.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelgate.core.error.InvalidFieldException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageProbeTest {

  @ParameterizedTest(name = "{0} is {1} {2}x{3}")
  @CsvSource({
    "astronaut.png, PNG, 512, 512",
    "hubble_deep_field.jpg, JPEG, 1000, 872",
    "retina.jpg, JPEG, 1411, 1411",
    "gravel.png, PNG, 512, 512",
    "brick.png, PNG, 512, 512",
    "exif_orientation_6.jpg, JPEG, 960, 640",
    "exif_orientation_6.webp, WEBP, 480, 320",
    "exif_orientation_6.png, PNG, 480, 320",
    "cmyk.jpg, JPEG, 512, 512",
    "progressive.jpg, JPEG, 1411, 1411",
    "grayscale.jpg, JPEG, 512, 512",
    "alpha.png, PNG, 512, 512",
    "rgb16.png, PNG, 384, 384",
    "astronaut.webp, WEBP, 512, 512",
    "short_side_300.jpg, JPEG, 400, 300",
    "aspect_3to1.jpg, JPEG, 960, 320",
    "hubble_4000.jpg, JPEG, 4000, 3488",
  })
  void probe_reads_format_and_size_as_shown(String name, ImageFormat format, int width, int height) {
    byte[] bytes = TestPhotos.bytes(name);

    ImageInfo info = ImageProbe.probe("image", bytes);

    assertThat(info).isEqualTo(new ImageInfo(format, width, height, bytes.length));
  }

  @Test
  void exif_orientation_6_swaps_the_stored_width_and_height() {
    StoredHeader stored = ImageProbe.header("image", TestPhotos.bytes("exif_orientation_6.jpg"));

    assertThat(stored.width()).isEqualTo(640);
    assertThat(stored.height()).isEqualTo(960);
    assertThat(stored.orientation()).isEqualTo(6);
  }

  @Test
  void probe_reads_only_the_header_of_a_jpeg() {
    byte[] jpeg = TestPhotos.bytes("hubble_4000.jpg");
    // Cut the file just after the start of the scan: no pixel could be decoded from this.
    byte[] headerOnly = Arrays.copyOf(jpeg, indexOf(jpeg, new byte[] {(byte) 0xFF, (byte) 0xDA}) + 2);

    assertThat(ImageProbe.probe("image", headerOnly))
        .isEqualTo(new ImageInfo(ImageFormat.JPEG, 4000, 3488, headerOnly.length));
  }

  @Test
  void probe_believes_the_header_of_a_png_claiming_a_gigapixel_without_allocating_it() {
    byte[] png = pngHeader(100_000, 100_000);

    assertThat(ImageProbe.probe("image", png))
        .isEqualTo(new ImageInfo(ImageFormat.PNG, 100_000, 100_000, png.length));
  }

  @Test
  void the_format_comes_from_the_bytes_not_from_a_name() {
    byte[] png = TestPhotos.bytes("astronaut.png");
    assertThat(ImageProbe.probe("image", png).format()).isEqualTo(ImageFormat.PNG);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "GIF89a, 'GIF images are not supported; accepted formats are JPG/JPEG, PNG and WebP'",
    "BM, 'BMP images are not supported; accepted formats are JPG/JPEG, PNG and WebP'",
    "II*, 'TIFF images are not supported; accepted formats are JPG/JPEG, PNG and WebP'",
    "'<html><body>404</body></html>', 'not an image; accepted formats are JPG/JPEG, PNG and WebP'",
  })
  void other_formats_are_refused_naming_the_accepted_ones(String start, String reason) {
    byte[] bytes = Arrays.copyOf((start.equals("II*") ? "II*\0" : start).getBytes(StandardCharsets.ISO_8859_1), 64);

    assertThatThrownBy(() -> ImageProbe.probe("end_image", bytes))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e -> {
              assertThat(e.field()).isEqualTo("end_image");
              assertThat(e.reason()).isEqualTo(reason);
            });
  }

  @Test
  void heic_is_named_when_refused() {
    byte[] heic = Arrays.copyOf(new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c'}, 64);

    assertThatThrownBy(() -> ImageProbe.probe("image", heic)).hasMessageContaining("HEIC images are not supported");
  }

  @Test
  void empty_bytes_are_refused() {
    assertThatThrownBy(() -> ImageProbe.probe("image", new byte[0])).hasMessage("image: the image is empty");
  }

  @Test
  void a_jpeg_cut_off_before_its_frame_header_is_corrupt() {
    byte[] jpeg = Arrays.copyOf(TestPhotos.bytes("hubble_deep_field.jpg"), 20);

    assertThatThrownBy(() -> ImageProbe.probe("image", jpeg))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageStartingWith("image: truncated JPEG header");
  }

  @Test
  void a_jpeg_with_garbage_where_a_marker_belongs_is_corrupt() {
    byte[] jpeg = TestPhotos.bytes("hubble_deep_field.jpg");
    jpeg[2 + 2 + Bytes.u16be(jpeg, 4)] = 0x42; // the byte after the first segment

    assertThatThrownBy(() -> ImageProbe.probe("image", jpeg)).hasMessageContaining("corrupt JPEG header");
  }

  @Test
  void a_png_without_ihdr_first_is_corrupt() {
    byte[] png = pngHeader(10, 10);
    png[12] = 'X';

    assertThatThrownBy(() -> ImageProbe.probe("image", png))
        .hasMessage("image: corrupt PNG header: the first chunk is not IHDR");
  }

  @Test
  void a_png_of_zero_width_is_corrupt() {
    assertThatThrownBy(() -> ImageProbe.probe("image", pngHeader(0, 10)))
        .hasMessageContaining("corrupt PNG header: size 0x10");
  }

  @Test
  void a_webp_cut_off_in_its_header_is_corrupt() {
    byte[] webp = Arrays.copyOf(TestPhotos.bytes("astronaut.webp"), 22);

    assertThatThrownBy(() -> ImageProbe.probe("image", webp)).hasMessageContaining("truncated WebP header");
  }

  /** A PNG signature and IHDR chunk, with nothing after. */
  static byte[] pngHeader(int width, int height) {
    ByteBuffer b = ByteBuffer.allocate(8 + 25);
    b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    b.putInt(13).put("IHDR".getBytes(StandardCharsets.US_ASCII));
    b.putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    CRC32 crc = new CRC32();
    crc.update(b.array(), 12, 17);
    b.putInt((int) crc.getValue());
    return b.array();
  }

  static int indexOf(byte[] haystack, byte[] needle) {
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      if (Bytes.startsWith(haystack, i, needle)) return i;
    }
    throw new AssertionError("not found");
  }
}
