package io.reelgate.core.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrientationsTest {

  /**
   * Stored 2 wide, 3 high, rows "ab", "cd", "ef". The expected rows are the EXIF 2.3 table read
   * by hand: 6 turns the stored picture a quarter clockwise, 8 a quarter counter-clockwise.
   */
  @ParameterizedTest(name = "orientation {0} shows {1}")
  @CsvSource({
    "1, ab/cd/ef",
    "2, ba/dc/fe",
    "3, fe/dc/ba",
    "4, ef/cd/ab",
    "5, ace/bdf",
    "6, eca/fdb",
    "7, fdb/eca",
    "8, bdf/ace",
  })
  void each_exif_orientation_turns_and_mirrors_as_specified(int orientation, String shown) {
    BufferedImage stored = picture("ab/cd/ef");

    assertThat(rows(Orientations.upright(stored, orientation))).isEqualTo(shown);
  }

  /** One letter per pixel, its code as the pixel value; rows separated by "/". */
  private static BufferedImage picture(String rows) {
    String[] lines = rows.split("/");
    BufferedImage image = new BufferedImage(lines[0].length(), lines.length, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < lines.length; y++) {
      for (int x = 0; x < lines[y].length(); x++) image.setRGB(x, y, lines[y].charAt(x));
    }
    return image;
  }

  private static String rows(BufferedImage image) {
    StringBuilder text = new StringBuilder();
    for (int y = 0; y < image.getHeight(); y++) {
      if (y > 0) text.append('/');
      for (int x = 0; x < image.getWidth(); x++) text.append((char) (image.getRGB(x, y) & 0xFFFFFF));
    }
    return text.toString();
  }
}
