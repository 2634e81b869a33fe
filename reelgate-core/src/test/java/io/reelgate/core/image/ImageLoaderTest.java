package io.reelgate.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.reelgate.core.error.InvalidFieldException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageLoaderTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "astronaut.png", "hubble_deep_field.jpg", "retina.jpg", "gravel.png", "brick.png",
        "exif_orientation_6.jpg", "exif_orientation_6.webp", "exif_orientation_6.png", "cmyk.jpg",
        "progressive.jpg", "grayscale.jpg", "alpha.png", "rgb16.png", "astronaut.webp",
        "short_side_300.jpg", "aspect_3to1.jpg"
      })
  void every_photo_loads_as_int_rgb_of_the_probed_size(String name) {
    byte[] bytes = TestPhotos.bytes(name);
    ImageInfo info = ImageProbe.probe("image", bytes);

    BufferedImage image = ImageLoader.load("image", bytes);

    assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
    assertThat(image.getWidth()).isEqualTo(info.width());
    assertThat(image.getHeight()).isEqualTo(info.height());
  }

  @ParameterizedTest
  @ValueSource(strings = {"exif_orientation_6.jpg", "exif_orientation_6.webp", "exif_orientation_6.png"})
  void a_sideways_stored_photo_comes_out_as_shown_with_its_red_mark_top_left(String name) {
    BufferedImage image = ImageLoader.load("image", TestPhotos.bytes(name));
    int w = image.getWidth();
    int h = image.getHeight();

    assertThat(w).isGreaterThan(h); // stored portrait, shown landscape
    int mark = w / 40; // inside the red square, which covers a tenth of the width
    assertThat(isRed(image.getRGB(mark, mark))).isTrue();
    assertThat(isRed(image.getRGB(w - 1 - mark, mark))).isFalse();
    assertThat(isRed(image.getRGB(mark, h - 1 - mark))).isFalse();
    assertThat(isRed(image.getRGB(w - 1 - mark, h - 1 - mark))).isFalse();
  }

  @Test
  void a_cmyk_jpeg_has_roughly_the_colours_of_its_rgb_original() {
    BufferedImage cmyk = ImageLoader.load("image", TestPhotos.bytes("cmyk.jpg"));
    BufferedImage rgb = ImageLoader.load("image", TestPhotos.bytes("astronaut.png"));

    // Not inverted, not channel-swapped: each channel's mean within a few levels of the original.
    for (int channel = 0; channel < 3; channel++) {
      assertThat(mean(cmyk, channel)).isCloseTo(mean(rgb, channel), within(12.0));
    }
    assertThat(meanAbsoluteDifference(cmyk, rgb)).isLessThan(20);
  }

  @Test
  void a_grayscale_jpeg_keeps_its_gray_levels() {
    BufferedImage gray = ImageLoader.load("image", TestPhotos.bytes("grayscale.jpg"));
    BufferedImage original = ImageLoader.load("image", TestPhotos.bytes("gravel.png"));

    int p = gray.getRGB(100, 100);
    assertThat(channel(p, 0)).isEqualTo(channel(p, 1)).isEqualTo(channel(p, 2));
    // No gamma shift on the way to RGB: the levels stay those of the original, give or take JPEG.
    assertThat(meanAbsoluteDifference(gray, original)).isLessThan(6);
  }

  @Test
  void a_progressive_jpeg_matches_its_baseline_original() {
    BufferedImage progressive = ImageLoader.load("image", TestPhotos.bytes("progressive.jpg"));
    BufferedImage baseline = ImageLoader.load("image", TestPhotos.bytes("retina.jpg"));

    assertThat(meanAbsoluteDifference(progressive, baseline)).isLessThan(4);
  }

  @Test
  void a_16_bit_png_keeps_its_brightness() {
    BufferedImage deep = ImageLoader.load("image", TestPhotos.bytes("rgb16.png"));
    BufferedImage original = ImageLoader.load("image", TestPhotos.bytes("astronaut.png"));

    for (int channel = 0; channel < 3; channel++) {
      assertThat(mean(deep, channel)).isCloseTo(mean(original, channel), within(2.0));
    }
  }

  @Test
  void a_webp_matches_its_png_original() {
    BufferedImage webp = ImageLoader.load("image", TestPhotos.bytes("astronaut.webp"));
    BufferedImage png = ImageLoader.load("image", TestPhotos.bytes("astronaut.png"));

    assertThat(meanAbsoluteDifference(webp, png)).isLessThan(8);
  }

  @Test
  void transparency_is_laid_over_white_not_dropped_to_the_black_beneath() {
    BufferedImage image = ImageLoader.load("image", TestPhotos.bytes("alpha.png"));
    BufferedImage original = ImageLoader.load("image", TestPhotos.bytes("astronaut.png"));

    assertThat(image.getRGB(2, 2) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    assertThat(image.getRGB(509, 509) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    assertThat(image.getRGB(256, 256)).isEqualTo(original.getRGB(256, 256));
  }

  @Test
  void a_truncated_jpeg_is_refused_rather_than_filled_with_gray() {
    byte[] jpeg = TestPhotos.bytes("hubble_deep_field.jpg");
    byte[] half = Arrays.copyOf(jpeg, jpeg.length / 2);

    assertThatThrownBy(() -> ImageLoader.load("end_image", half))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e -> {
              assertThat(e.field()).isEqualTo("end_image");
              assertThat(e.reason()).contains("JPEG data").contains("truncated");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"astronaut.png", "astronaut.webp", "progressive.jpg"})
  void truncated_data_is_refused(String name) {
    byte[] bytes = TestPhotos.bytes(name);
    byte[] half = Arrays.copyOf(bytes, bytes.length / 2);

    assertThatThrownBy(() -> ImageLoader.load("image", half))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("truncated");
  }

  @Test
  void an_animated_webp_is_refused_as_such_not_as_damaged() {
    byte[] animated = HostileImages.animatedWebp(TestPhotos.bytes("astronaut.webp"), 512, 512);
    assertThat(ImageProbe.probe("image", animated).width()).isEqualTo(512);

    assertThatThrownBy(() -> ImageLoader.load("image", animated))
        .hasMessage("image: animated WebP is not supported; send a still picture");
  }

  @Test
  void a_header_claiming_a_gigapixel_is_refused_before_decoding() {
    byte[] png = ImageProbeTest.pngHeader(100_000, 100_000);

    assertThatThrownBy(() -> ImageLoader.load("image", png))
        .hasMessage("image: the image is 100000x100000; Reelgate takes at most 50 megapixels");
  }

  @Test
  void bytes_that_are_no_image_are_refused_as_the_probe_refuses_them() {
    assertThatThrownBy(() -> ImageLoader.load("image", "hello".getBytes()))
        .hasMessageStartingWith("image: not an image");
  }

  @ParameterizedTest
  @CsvSource({"hubble_4000.jpg, 1080", "retina.jpg, 512", "grayscale.jpg, 128"})
  void a_large_jpeg_read_subsampled_in_the_idct_has_the_picture_imageio_gives(String name, int videoShortSide) throws IOException {
    byte[] bytes = TestPhotos.bytes(name);
    BufferedImage fast = ImageLoader.loadForVideo("image", bytes, videoShortSide);
    ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg").next();
    reader.setInput(new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes)));
    ImageReadParam param = reader.getDefaultReadParam();
    int n = (int) Math.round((double) reader.getWidth(0) / fast.getWidth()); // sizes are rounded up
    param.setSourceSubsampling(n, n, 0, 0);
    BufferedImage imageIo = new BufferedImage(fast.getWidth(), fast.getHeight(), BufferedImage.TYPE_INT_RGB);
    imageIo.createGraphics().drawImage(reader.read(0, param), 0, 0, null); // as ImageLoader converts gray

    assertThat(LowresJpegDecoder.decode(bytes, reader.getWidth(0), reader.getHeight(0), n)).isNotNull();
    assertThat(fast.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
    for (int c = 0; c < 3; c++) assertThat(mean(fast, c)).isCloseTo(mean(imageIo, c), within(1.0));
    // Averaged in the IDCT rather than every n-th pixel taken: alike, not equal, on fine detail
    // (gravel), so compared by the means of 16x16 blocks, which a shifted or garbled picture misses.
    assertThat(meanAbsoluteDifference(blockMeans(fast, 16), blockMeans(imageIo, 16))).isLessThan(4.0);
  }

  @Test
  void a_sideways_jpeg_read_subsampled_in_the_idct_is_still_turned_upright() {
    byte[] bytes = TestPhotos.bytes("exif_orientation_6.jpg");
    BufferedImage image = ImageLoader.loadForVideo("image", bytes, 128);

    assertThat(LowresJpegDecoder.decode(bytes, 640, 960, 3)).isNotNull();
    assertThat(image.getWidth()).isEqualTo(320); // 960 / 3, shown landscape
    assertThat(image.getHeight()).isEqualTo(214);
    int mark = image.getWidth() / 40;
    assertThat(isRed(image.getRGB(mark, mark))).isTrue();
    assertThat(isRed(image.getRGB(image.getWidth() - 1 - mark, image.getHeight() - 1 - mark))).isFalse();
  }

  @Test
  void a_cut_off_cmyk_progressive_or_small_jpeg_is_left_to_imageio() {
    byte[] large = TestPhotos.bytes("hubble_4000.jpg");
    byte[] cutOff = Arrays.copyOf(large, large.length - 1000);

    assertThat(JpegHeader.plain(large)).isTrue();
    assertThat(JpegHeader.plain(cutOff)).isFalse();
    assertThat(JpegHeader.plain(TestPhotos.bytes("cmyk.jpg"))).isFalse();
    assertThat(JpegHeader.plain(TestPhotos.bytes("progressive.jpg"))).isFalse();
    assertThat(JpegHeader.plain(withFrameHeaderTwice(large))).as("a second frame header, past the probed size").isFalse();
    assertThat(LowresJpegDecoder.decode(large, 4000, 3488, 1)).isNull();
    assertThatThrownBy(() -> ImageLoader.loadForVideo("image", cutOff, 128))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("truncated");
  }

  private static boolean isRed(int rgb) {
    return channel(rgb, 0) > 200 && channel(rgb, 1) < 60 && channel(rgb, 2) < 60;
  }

  /** 0 red, 1 green, 2 blue. */
  private static int channel(int rgb, int channel) {
    return (rgb >> (16 - 8 * channel)) & 0xFF;
  }

  private static double mean(BufferedImage image, int channel) {
    long sum = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) sum += channel(image.getRGB(x, y), channel);
    }
    return (double) sum / (image.getWidth() * image.getHeight());
  }

  /** Each {@code block x block} square's mean colour as one pixel. */
  private static BufferedImage blockMeans(BufferedImage image, int block) {
    BufferedImage means = new BufferedImage(image.getWidth() / block, image.getHeight() / block, BufferedImage.TYPE_INT_RGB);
    for (int by = 0; by < means.getHeight(); by++) {
      for (int bx = 0; bx < means.getWidth(); bx++) {
        int rgb = 0;
        for (int c = 0; c < 3; c++) {
          long sum = 0;
          for (int y = 0; y < block; y++) {
            for (int x = 0; x < block; x++) sum += channel(image.getRGB(bx * block + x, by * block + y), c);
          }
          rgb |= (int) (sum / (block * block)) << (16 - 8 * c);
        }
        means.setRGB(bx, by, rgb);
      }
    }
    return means;
  }

  private static double meanAbsoluteDifference(BufferedImage a, BufferedImage b) {
    assertThat(a.getWidth()).isEqualTo(b.getWidth());
    assertThat(a.getHeight()).isEqualTo(b.getHeight());
    long sum = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        for (int c = 0; c < 3; c++) sum += Math.abs(channel(a.getRGB(x, y), c) - channel(b.getRGB(x, y), c));
      }
    }
    return (double) sum / (3.0 * a.getWidth() * a.getHeight());
  }

  /** {@code jpeg} with its first frame header (SOF0) written twice, one after the other. */
  private static byte[] withFrameHeaderTwice(byte[] jpeg) {
    for (int i = 2; i + 3 < jpeg.length; i++) {
      if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
        int length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
        byte[] twice = new byte[jpeg.length + 2 + length];
        System.arraycopy(jpeg, 0, twice, 0, i + 2 + length);
        System.arraycopy(jpeg, i, twice, i + 2 + length, jpeg.length - i);
        return twice;
      }
    }
    throw new IllegalArgumentException("no SOF0 in the test photo");
  }
}
