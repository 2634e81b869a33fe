package io.reelgate.server.billing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reelgate.core.model.Resolution;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a task costs, in credits, by model, duration and resolution. The default, in code, is the
 * seconds of video times a rate per resolution (512P 1, 720P and 768P 2, 1080P 4, 2K 3 credits a
 * second; 2K is H3's, about the 1.6x of 768P resellers charge), whatever the model: a 6 s 768P
 * video costs 12. A file ({@code --prices prices.json})
 * overrides it with entries {@code "MODEL/SECONDS/RESOLUTION": credits}, each part of which may be
 * {@code *}; the entry naming the most parts wins, and a task no entry matches falls back to the
 * default rule. See docs/BILLING.md.
 */
public final class PriceTable {
  private static final Map<Resolution, Long> PER_SECOND =
      Map.of(Resolution.P512, 1L, Resolution.P720, 2L, Resolution.P768, 2L, Resolution.P1080, 4L, Resolution.K2, 3L);

  private final Map<String, Long> entries;

  private PriceTable(Map<String, Long> entries) {
    for (Map.Entry<String, Long> e : entries.entrySet()) {
      if (e.getKey().split("/", -1).length != 3) {
        throw new IllegalArgumentException("a price key must be MODEL/SECONDS/RESOLUTION (parts may be *): " + e.getKey());
      }
      if (e.getValue() == null || e.getValue() < 0) {
        throw new IllegalArgumentException("a price must be a whole number of credits, 0 or more: " + e.getKey());
      }
    }
    this.entries = Map.copyOf(entries);
  }

  /** The default rule alone. */
  public static PriceTable standard() {
    return new PriceTable(Map.of());
  }

  /** The default rule with {@code entries} over it. */
  public static PriceTable of(Map<String, Long> entries) {
    return new PriceTable(entries);
  }

  /** Reads a JSON object of {@code "MODEL/SECONDS/RESOLUTION": credits}. */
  public static PriceTable read(Path file) throws IOException {
    Map<String, Long> entries =
        new ObjectMapper().readValue(file.toFile(), new TypeReference<LinkedHashMap<String, Long>>() {});
    return new PriceTable(entries);
  }

  public long price(String model, int seconds, Resolution resolution) {
    String[] parts = {model, Integer.toString(seconds), resolution.wireName()};
    long best = -1;
    int bestNamed = -1;
    for (int mask = 0; mask < 8; mask++) {
      StringBuilder key = new StringBuilder();
      int named = 0;
      for (int i = 0; i < 3; i++) {
        boolean wild = (mask & (1 << i)) != 0;
        if (i > 0) key.append('/');
        key.append(wild ? "*" : parts[i]);
        if (!wild) named++;
      }
      Long found = entries.get(key.toString());
      if (found != null && named > bestNamed) {
        best = found;
        bestNamed = named;
      }
    }
    return best >= 0 ? best : seconds * PER_SECOND.get(resolution);
  }

  public int size() {
    return entries.size();
  }
}
