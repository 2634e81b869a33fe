package io.reelgate.motion.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.core.camera.CameraMove;
import io.reelgate.core.camera.CameraScript;
import io.reelgate.core.camera.CameraShot;
import io.reelgate.core.image.ImageLoader;
import io.reelgate.core.image.ImageRules;
import io.reelgate.core.model.Resolution;
import io.reelgate.motion.camera.CameraGeometry;
import io.reelgate.motion.camera.CameraPath;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pictures are decoded subsampled to no less than {@link ImageRules#MAX_SAMPLED_SHORT_SIDE} on
 * their short side; that holds all the engine uses only if no clip's working copy is larger.
 */
class WorkingCopySizeTest {
  @Test
  void no_clip_at_1080p_uses_more_of_a_picture_than_it_is_decoded_at() {
    List<List<CameraShot>> scripts = new ArrayList<>();
    for (CameraMove move : CameraMove.values()) scripts.add(List.of(CameraShot.of(move)));
    scripts.add(List.of(CameraShot.of(CameraMove.PAN_LEFT, CameraMove.TILT_DOWN, CameraMove.ZOOM_OUT)));
    scripts.add(List.of(CameraShot.of(CameraMove.PULL_OUT, CameraMove.PAN_RIGHT, CameraMove.SHAKE)));
    scripts.add(List.of(CameraShot.of(CameraMove.TRUCK_LEFT), CameraShot.of(CameraMove.TRUCK_LEFT), CameraShot.of(CameraMove.PAN_LEFT)));
    scripts.add(List.of(CameraShot.of(CameraMove.PUSH_IN), CameraShot.of(CameraMove.ZOOM_IN), CameraShot.of(CameraMove.TILT_UP)));
    // 50 megapixels: square, 3:2, and the 5:2 and 2:5 limits.
    int[][] pictures = {{7071, 7071}, {8660, 5773}, {11180, 4472}, {4472, 11180}};
    for (int[] picture : pictures) {
      Dimension decoded = ImageLoader.decodedSize(picture[0], picture[1]);
      for (List<CameraShot> shots : scripts) {
        for (int seconds : new int[] {6, 10}) {
          SamplingPlan plan = plan(shots, seconds, picture[0], picture[1]);
          assertThat(Math.min(plan.workingWidth(), plan.workingHeight()))
              .as("%s for %d s on %dx%d", shots, seconds, picture[0], picture[1])
              .isLessThanOrEqualTo(ImageRules.MAX_SAMPLED_SHORT_SIDE)
              .isLessThanOrEqualTo(Math.min(decoded.width, decoded.height));
        }
      }
    }
  }

  private static SamplingPlan plan(List<CameraShot> shots, int seconds, int width, int height) {
    OutputSize size = OutputSize.of(width, height, Resolution.P1080);
    CameraGeometry geometry = CameraGeometry.of(size.width(), size.height());
    CameraPath path = CameraPath.of(new CameraScript(shots, "", false), geometry, 25 * seconds, 25);
    return SamplingPlan.of(path, geometry, width, height);
  }
}
