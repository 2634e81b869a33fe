package io.reelgate.app;

import io.reelgate.core.camera.CameraReading;
import io.reelgate.core.camera.CameraReading.Segment;
import io.reelgate.core.camera.CameraScript;
import java.io.PrintStream;
import java.util.stream.Collectors;

/**
 * What {@code reelgate render} says it understood of the prompt's camera language before it
 * renders, one line for the shots and one per warning:
 *
 * <pre>
 * camera: 0-5 s Push in (slow); 5-10 s Pan left + Pedestal up (quick)
 * warning: [Pan sideways] is not a camera command; did you mean [Pan left] or [Pan right]?
 * </pre>
 *
 * The default move says so: {@code camera: 0-6 s Push in (normal, default: the prompt names no move)}.
 */
final class CameraReadingLines {
  private CameraReadingLines() {}

  static void print(CameraScript script, int seconds, PrintStream out) {
    out.print(of(CameraReading.of(script, seconds)));
  }

  static String of(CameraReading reading) {
    String shots = reading.segments().stream().map(CameraReadingLines::segment).collect(Collectors.joining("; "));
    StringBuilder lines = new StringBuilder("camera: ").append(shots);
    if (reading.defaulted()) lines.insert(lines.length() - 1, ", default: the prompt names no move");
    lines.append(System.lineSeparator());
    for (String warning : reading.warnings()) lines.append("warning: ").append(warning).append(System.lineSeparator());
    return lines.toString();
  }

  private static String segment(Segment segment) {
    return seconds(segment.start()) + "-" + seconds(segment.end()) + " s " + String.join(" + ", segment.moves())
        + " (" + segment.speed() + ")";
  }

  /**
   * 5.0 as {@code 5}, 3.33 as {@code 3.33}, 2.5 as {@code 2.5} (the reading keeps two decimals).
   * Not by BigDecimal: its class initialisation squares large numbers, about 30 ms of a render's
   * start-up with the compilations it sets off (docs/BENCHMARKS.md).
   */
  static String seconds(double value) {
    if (value < 0) return "-" + seconds(-value);
    long hundredths = Math.round(value * 100);
    long whole = hundredths / 100;
    long fraction = hundredths % 100;
    if (fraction == 0) return Long.toString(whole);
    return fraction % 10 == 0 ? whole + "." + fraction / 10 : whole + "." + (fraction < 10 ? "0" : "") + fraction;
  }
}
