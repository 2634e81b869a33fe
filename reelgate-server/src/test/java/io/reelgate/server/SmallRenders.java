package io.reelgate.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@link RunningServer} of the marked class renders real videos with the motion engine, but
 * {@link #shortSide} pixels on their short side and with x264's fastest preset: for suites that
 * play the video back (frame rate, frame count, ratio, sound) without paying for its full size.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
public @interface SmallRenders {
  /** Pixels on the short side (H3's sides stay multiples of 32). */
  int shortSide() default 288;
}
