package io.reelgate.app.bench;

import io.reelgate.core.model.Resolution;
import io.reelgate.motion.render.OutputSize;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/** The benchmark's results as a markdown table, followed by the targets and whether each was met. */
final class Report {
  static final double IN_PROCESS_OVER_FLOOR = 1.2;
  static final double PRESCALED_OVER_PROCESS = 2.5;
  static final double PROCESS_OVER_FLOOR = 1.5;
  static final long PEAK_RSS_KIB = 512 * 1024;
  static final double SMOOTHNESS = 0.25;

  /** One target, checked at one resolution. */
  record Target(String description, String measured, boolean met) {}

  private final Map<Resolution, OutputSize> sizes;
  private final Map<Resolution, EnumMap<Method, Measurement>> results = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();

  Report(Map<Resolution, OutputSize> sizes) {
    this.sizes = new LinkedHashMap<>(sizes);
    sizes.keySet().forEach(resolution -> results.put(resolution, new EnumMap<>(Method.class)));
  }

  void add(Resolution resolution, Method method, Measurement measurement) {
    results.get(resolution).put(method, measurement);
  }

  void note(String note) {
    notes.add(note);
  }

  String markdown(String heading) {
    StringBuilder out = new StringBuilder();
    out.append(heading).append("\n\n");
    List<Resolution> columns = new ArrayList<>(results.keySet());
    StringBuilder header = new StringBuilder("| method |");
    StringBuilder rule = new StringBuilder("| --- |");
    for (Resolution resolution : columns) {
      header.append(' ').append(resolution).append(" time (").append(sizes.get(resolution)).append(") |");
      rule.append(" ---: |");
    }
    String all = String.join(" / ", columns.stream().map(Resolution::toString).toList());
    header.append(" ratio to floor (").append(all).append(") | smoothness, px/frame^2 (").append(all).append(") |");
    rule.append(" ---: | ---: |");
    out.append(header).append('\n').append(rule).append('\n');
    for (Method method : Method.values()) {
      if (columns.stream().noneMatch(resolution -> results.get(resolution).containsKey(method))) continue;
      out.append("| ").append(method.label).append(" |");
      for (Resolution resolution : columns) {
        Measurement m = results.get(resolution).get(method);
        out.append(' ').append(m == null ? "—" : format("%.2f s", m.median())).append(" |");
      }
      out.append(' ').append(joined(columns, resolution -> ratioToFloor(resolution, method))).append(" |");
      String smoothness = method == Method.FLOOR ? "same frames as the engine's" : joined(columns, resolution -> smoothness(resolution, method));
      out.append(' ').append(smoothness).append(" |");
      out.append('\n');
    }
    out.append('\n');
    for (Resolution resolution : columns) {
      Measurement process = results.get(resolution).get(Method.PROCESS);
      if (process != null && process.peakRssKib() > 0) {
        out.append(format("Peak memory of one %s `reelgate render` process: %.0f MiB (RSS, VmHWM).%n", resolution, process.peakRssKib() / 1024.0));
      }
    }
    out.append('\n');
    out.append("| target | measured | met |\n| --- | --- | --- |\n");
    for (Target target : targets()) {
      out.append("| ").append(target.description()).append(" | ").append(target.measured()).append(" | ").append(target.met() ? "yes" : "**no**").append(" |\n");
    }
    if (!notes.isEmpty()) {
      out.append('\n');
      notes.forEach(note -> out.append("- ").append(note).append('\n'));
    }
    return out.toString();
  }

  List<Target> targets() {
    List<Target> targets = new ArrayList<>();
    for (Map.Entry<Resolution, EnumMap<Method, Measurement>> entry : results.entrySet()) {
      Resolution resolution = entry.getKey();
      Map<Method, Measurement> at = entry.getValue();
      Measurement inProcess = at.get(Method.IN_PROCESS);
      Measurement floor = at.get(Method.FLOOR);
      Measurement process = at.get(Method.PROCESS);
      Measurement zoompan = at.get(Method.ZOOMPAN);
      Measurement prescaled = at.get(Method.ZOOMPAN_PRESCALED);
      if (inProcess != null && floor != null) {
        double ratio = inProcess.median() / floor.median();
        targets.add(new Target(resolution + ": in-process render + encode within 1.2x of the floor", format("%.2fx", ratio), ratio <= IN_PROCESS_OVER_FLOOR));
      }
      if (process != null && zoompan != null) {
        targets.add(
            new Target(
                resolution + ": whole process no slower than plain zoompan",
                format("%.2f s vs %.2f s", process.median(), zoompan.median()),
                process.median() <= zoompan.median()));
      }
      if (process != null && floor != null) {
        double ratio = process.median() / floor.median();
        targets.add(new Target(resolution + ": whole process within 1.5x of the floor", format("%.2fx", ratio), ratio <= PROCESS_OVER_FLOOR));
      }
      if (process != null && prescaled != null) {
        double speedup = prescaled.median() / process.median();
        targets.add(new Target(resolution + ": whole process at least 2.5x faster than 8x pre-scaled zoompan", format("%.2fx", speedup), speedup >= PRESCALED_OVER_PROCESS));
      }
      if (resolution == Resolution.P1080 && process != null && process.peakRssKib() > 0) {
        targets.add(
            new Target(
                "1080P: peak memory of one render under 512 MiB",
                format("%.0f MiB", process.peakRssKib() / 1024.0),
                process.peakRssKib() < PEAK_RSS_KIB));
      }
      if (inProcess != null && inProcess.smoothness().isPresent()) {
        double score = inProcess.smoothness().getAsDouble();
        targets.add(new Target(resolution + ": smoothness under 0.25 px/frame^2", format("%.3f", score), score < SMOOTHNESS));
      }
    }
    return targets;
  }

  private String ratioToFloor(Resolution resolution, Method method) {
    Measurement m = results.get(resolution).get(method);
    Measurement floor = results.get(resolution).get(Method.FLOOR);
    return m == null || floor == null ? "—" : format("%.2fx", m.median() / floor.median());
  }

  private String smoothness(Resolution resolution, Method method) {
    Measurement m = results.get(resolution).get(method);
    if (m == null) return "—";
    OptionalDouble score = m.smoothness();
    return score.isPresent() ? format("%.3f", score.getAsDouble()) : "—";
  }

  private static String joined(List<Resolution> columns, Function<Resolution, String> cell) {
    return String.join(" / ", columns.stream().map(cell).toList());
  }

  private static String format(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }
}
