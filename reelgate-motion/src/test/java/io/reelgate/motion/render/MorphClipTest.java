package io.reelgate.motion.render;

import static io.reelgate.motion.Jobs.aJob;
import static io.reelgate.motion.Jobs.photo;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.core.render.RenderJob;
import io.reelgate.motion.Motion.Luma;
import io.reelgate.motion.MotionRenderer;
import io.reelgate.motion.encode.EncoderSettings;
import io.reelgate.motion.encode.LumaFrames;
import io.reelgate.motion.encode.VideoProbe;
import io.reelgate.motion.encode.YuvFrame;
import io.reelgate.motion.morph.DiscPictures;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first-to-last-frame morph end to end: small real x264 clips, decoded and measured. */
class MorphClipTest {
  private static final int SHORT_SIDE = 96;
  private static final MotionRenderer ENGINE = MotionRenderer.atShortSide(SHORT_SIDE, new EncoderSettings("ultrafast", 18, 1));

  @TempDir Path dir;

  @Test
  void the_last_frame_is_the_end_picture_fitted_to_the_frame_whatever_the_camera_did() throws Exception {
    BufferedImage end = photo("hubble_deep_field.jpg");
    RenderJob job = aJob().withImage("astronaut.png").withEndImage(end).withPrompt("[Pan left, Push in]").lasting(2).build();
    LumaFrames clip = render(job, "end.mp4");

    Luma last = frame(clip, clip.frames().size() - 1);
    Luma fitted = Pictures.fittedLuma(end, clip.width(), clip.height());
    assertThat(Pictures.psnr(last, fitted)).as("PSNR in dB of the last frame's luma").isGreaterThanOrEqualTo(30);
  }

  @Test
  void mid_clip_frames_move_the_content_instead_of_showing_both_pictures() throws Exception {
    int w = 2 * SHORT_SIDE;
    int h = SHORT_SIDE;
    double radius = 22;
    double fromX = 50;
    double toX = 142;
    RenderJob job =
        aJob()
            .withImage(DiscPictures.disc(w, h, fromX, 48, radius))
            .withEndImage(DiscPictures.disc(w, h, toX, 50, radius))
            .lasting(2)
            .build();
    LumaFrames clip = render(job, "disc.mp4");
    int middle = clip.frames().size() / 2;
    double t = ClipRenderer.dissolveWeight(middle, clip.frames().size()) / 256.0;

    Luma decoded = frame(clip, middle);
    // The references are filmed by the same camera, frame by frame, without encoding.
    Luma warped = singlePicture(DiscPictures.disc(w, h, fromX + t * (toX - fromX), 48 + 2 * t, radius), middle);
    Luma blend =
        Pictures.blend(
            singlePicture(DiscPictures.disc(w, h, fromX, 48, radius), middle),
            singlePicture(DiscPictures.disc(w, h, toX, 50, radius), middle),
            t);
    double toWarped = Pictures.mse(decoded, warped);
    double toBlend = Pictures.mse(decoded, blend);
    assertThat(toWarped).as("squared error to the moved disc (%.0f to the blend)", toBlend).isLessThan(toBlend / 3);
  }

  private LumaFrames render(RenderJob job, String name) throws Exception {
    Path output = dir.resolve(name);
    ENGINE.render(job, output, (done, total) -> {});
    return VideoProbe.decodeLuma(output, ClipRenderer.prepareAtShortSide(job, SHORT_SIDE).size().width());
  }

  private static Luma frame(LumaFrames clip, int index) {
    return new Luma(clip.width(), clip.height(), clip.frames().get(index));
  }

  private static Luma singlePicture(BufferedImage picture, int index) {
    ClipRenderer renderer = ClipRenderer.prepareAtShortSide(aJob().withImage(picture).lasting(2).build(), SHORT_SIDE);
    YuvFrame frame = new YuvFrame(renderer.size().width(), renderer.size().height());
    renderer.render(index, frame);
    return new Luma(frame.width, frame.height, frame.y);
  }
}
