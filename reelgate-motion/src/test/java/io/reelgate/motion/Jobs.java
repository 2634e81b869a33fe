package io.reelgate.motion;

import io.reelgate.core.camera.CameraScriptParser;
import io.reelgate.core.image.ImageLoader;
import io.reelgate.core.image.TestPhotos;
import io.reelgate.core.model.Resolution;
import io.reelgate.core.render.RenderJob;
import io.reelgate.core.render.VideoFormat;
import java.awt.image.BufferedImage;

/** Test data: {@code aJob().withImage("astronaut.png").withPrompt("[Pan left]").build()}. */
public final class Jobs {
  private String prompt = "A quiet scene [Static shot]";
  private BufferedImage first;
  private BufferedImage last;
  private int seconds = 6;
  private Resolution resolution = Resolution.P512;
  private VideoFormat format = VideoFormat.HAILUO;

  private Jobs() {}

  public static Jobs aJob() {
    return new Jobs();
  }

  public static BufferedImage photo(String name) {
    return ImageLoader.load(TestPhotos.bytes(name));
  }

  public Jobs withPrompt(String prompt) {
    this.prompt = prompt;
    return this;
  }

  public Jobs withImage(String name) {
    this.first = photo(name);
    return this;
  }

  public Jobs withImage(BufferedImage image) {
    this.first = image;
    return this;
  }

  public Jobs withEndImage(String name) {
    this.last = photo(name);
    return this;
  }

  public Jobs lasting(int seconds) {
    this.seconds = seconds;
    return this;
  }

  public Jobs at(Resolution resolution) {
    this.resolution = resolution;
    return this;
  }

  public Jobs in(VideoFormat format) {
    this.format = format;
    return this;
  }

  public RenderJob build() {
    return new RenderJob(
        "MiniMax-Hailuo-02", prompt, CameraScriptParser.parse(prompt, false), first, last, seconds, resolution, format);
  }
}
