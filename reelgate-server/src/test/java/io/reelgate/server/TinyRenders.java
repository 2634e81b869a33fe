package io.reelgate.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@link RunningServer} of the marked class renders with the tiny stand-in engine ({@code
 * task/TinyEngine}): each task sleeps through its frames, reporting progress, and ends with a small
 * file instead of a video. For suites about the wire, where the video is not the point; those that
 * play the video back keep the real motion engine.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
public @interface TinyRenders {
  /** Frames of every render. */
  int frames() default 20;

  /** How long each frame takes: 20 x 50 ms, a second a task, long enough to see it queued and processing. */
  long millisPerFrame() default 50;
}
