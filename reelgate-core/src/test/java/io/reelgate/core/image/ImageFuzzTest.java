package io.reelgate.core.image;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.reelgate.core.error.ReelgateException;
import java.nio.charset.StandardCharsets;

/**
 * Hostile bytes and data URIs: whatever comes in, the answer is a picture or one of Reelgate's own
 * errors (a 400 naming the field), never another exception (a 500), a hang or an out-of-memory.
 *
 * <p>{@code ./mvnw verify} runs the committed inputs under {@code
 * src/test/resources/io/reelgate/core/image/ImageFuzzTestInputs/} as regression tests. To fuzz:
 * {@code JAZZER_FUZZ=1 ./mvnw -pl reelgate-core test -Dtest=ImageFuzzTest#decoding -Djazzer.hooks=true}
 * (the hooks give the fuzzer its coverage; the regression run goes without them); inputs that
 * fail land in that folder, to be fixed and kept.
 */
class ImageFuzzTest {
  /** Fuzz inputs are small; a lower pixel limit keeps each decode fast without skipping code. */
  private static final long FUZZ_MAX_PIXELS = 4_000_000;

  @FuzzTest(maxDuration = "5m")
  void decoding(byte[] bytes) {
    try {
      ImageInfo info = ImageProbe.probe("image", bytes);
      ImageRules.check("image", info);
    } catch (ReelgateException expected) {
      // refused from the header: fine, and the loader must refuse or decode on its own
    }
    try {
      ImageLoader.load("image", bytes, FUZZ_MAX_PIXELS);
    } catch (ReelgateException expected) {
      // a 400 naming the field
    }
  }

  @FuzzTest(maxDuration = "2m")
  void data_uris(byte[] input) {
    String reference = new String(input, StandardCharsets.ISO_8859_1); // every byte a character
    try {
      byte[] bytes = new DefaultImageSource(new DataUriImageSource(), (field, url) -> new byte[0]).fetch("image", reference);
      ImageProbe.probe("image", bytes);
    } catch (ReelgateException expected) {
      // a 400 naming the field
    }
  }
}
