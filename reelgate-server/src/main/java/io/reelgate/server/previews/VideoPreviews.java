package io.reelgate.server.previews;

import io.reelgate.core.task.Task;
import io.reelgate.motion.encode.FrameGrabber;
import io.reelgate.motion.encode.VideoInfo;
import io.reelgate.motion.encode.VideoProbe;
import io.reelgate.server.files.Storage;
import io.reelgate.server.task.TaskService;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;

/**
 * The stills of a finished video, as JPEGs kept beside it ({@link TaskService#previewKey}): made
 * from the stored MP4 the first time they are asked for, then read from storage (two requests at
 * once may both make one; they make the same file). Deleted with the task.
 *
 * <ul>
 *   <li>thumbnail: the middle frame, at the video's own size;
 *   <li>spritesheet: {@value #SPRITES} frames evenly spaced from first to last, each {@value
 *       #SPRITE_WIDTH} px wide (height keeps the ratio), in a grid of {@value #COLUMNS} columns,
 *       left to right, then top to bottom.
 * </ul>
 */
public final class VideoPreviews {
  static final int SPRITES = 9;
  static final int COLUMNS = 3;
  static final int SPRITE_WIDTH = 256;

  private final Storage storage;

  public VideoPreviews(Storage storage) {
    this.storage = storage;
  }

  /** The storage key of the thumbnail of {@code task}, a task with a video. */
  public String thumbnail(Task task) {
    return kept(task, TaskService.THUMBNAIL, video -> {
      VideoInfo info = VideoProbe.probe(video);
      return FrameGrabber.frames(video, info.width() - info.width() % 2, Set.of(info.frames() / 2)).getFirst();
    });
  }

  /** The storage key of the spritesheet of {@code task}, a task with a video. */
  public String spritesheet(Task task) {
    return kept(task, TaskService.SPRITESHEET, video -> grid(FrameGrabber.frames(video, SPRITE_WIDTH, spread(VideoProbe.probe(video).frames()))));
  }

  /** {@value #SPRITES} frame indices from 0 to the last, evenly spaced (fewer for a shorter video). */
  static Set<Integer> spread(int frames) {
    Set<Integer> picked = new TreeSet<>();
    for (int i = 0; i < SPRITES; i++) picked.add((int) Math.round((double) i * (frames - 1) / (SPRITES - 1)));
    return picked;
  }

  private static BufferedImage grid(List<BufferedImage> sprites) {
    int width = sprites.getFirst().getWidth();
    int height = sprites.getFirst().getHeight();
    int rows = (sprites.size() + COLUMNS - 1) / COLUMNS;
    BufferedImage sheet = new BufferedImage(width * COLUMNS, height * rows, BufferedImage.TYPE_INT_RGB);
    Graphics2D pen = sheet.createGraphics();
    for (int i = 0; i < sprites.size(); i++) pen.drawImage(sprites.get(i), (i % COLUMNS) * width, (i / COLUMNS) * height, null);
    pen.dispose();
    return sheet;
  }

  @FunctionalInterface
  private interface Still {
    BufferedImage of(Path video) throws IOException;
  }

  private String kept(Task task, String name, Still still) {
    String key = TaskService.previewKey(task.id(), name);
    Path video = null;
    try {
      if (storage.size(key).isPresent()) return key;
      video = Files.createTempFile("reelgate-preview-", ".mp4");
      Files.write(video, storage.read(task.state().resultKey()));
      ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
      ImageIO.write(still.of(video), "jpg", jpeg);
      storage.put(key, jpeg.toByteArray());
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the " + name + " of task " + task.id(), e);
    } finally {
      if (video != null) video.toFile().delete();
    }
  }
}
