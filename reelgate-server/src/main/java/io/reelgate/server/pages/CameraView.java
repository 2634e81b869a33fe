package io.reelgate.server.pages;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.javalin.http.Context;
import io.reelgate.core.camera.CameraReading;
import io.reelgate.core.camera.CameraScriptParser;
import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.request.RequestValidator;
import java.util.List;
import java.util.Locale;

/**
 * What Reelgate understood of a prompt's camera language, as Reelgate's own routes show it (the
 * {@code camera} of a task, and {@code GET /reelgate/v1/camera}): {@code {"segments": [{"start":
 * 0.0, "end": 6.0, "moves": ["Push in"], "speed": "normal"}], "warnings": [], "default": true}}.
 * docs/CAMERA.md, "What Reelgate understood", describes it.
 */
record CameraView(
    List<CameraReading.Segment> segments, List<String> warnings, @JsonProperty("default") boolean isDefault) {
  static final int DEFAULT_SECONDS = 6;
  /** Longer than any model's clip, short enough that a typo (600) is told, not read. */
  static final int MAX_SECONDS = 60;

  static CameraView of(CameraReading reading) {
    return new CameraView(reading.segments(), reading.warnings(), reading.defaulted());
  }

  /**
   * The reading of {@code GET /reelgate/v1/camera?prompt=&duration=&prompt_expansion=}: no prompt
   * reads as empty, the duration defaults to {@value #DEFAULT_SECONDS} s and prompt expansion to on,
   * as the providers default their prompt optimiser.
   */
  static CameraView ofQuery(Context ctx) {
    String prompt = ctx.queryParam("prompt");
    if (prompt != null && prompt.codePointCount(0, prompt.length()) > RequestValidator.MAX_PROMPT_CODE_POINTS) {
      throw new InvalidFieldException("prompt", "is longer than " + RequestValidator.MAX_PROMPT_CODE_POINTS + " characters");
    }
    int seconds = duration(ctx.queryParam("duration"));
    boolean expansion = expansion(ctx.queryParam("prompt_expansion"));
    return of(CameraReading.of(CameraScriptParser.parse(prompt, expansion), seconds));
  }

  private static int duration(String text) {
    if (text == null || text.isBlank()) return DEFAULT_SECONDS;
    try {
      int seconds = Integer.parseInt(text.strip());
      if (seconds >= 1 && seconds <= MAX_SECONDS) return seconds;
    } catch (NumberFormatException e) {
      // told below, as for a number out of range
    }
    throw new InvalidFieldException("duration", "must be a whole number of seconds from 1 to " + MAX_SECONDS);
  }

  private static boolean expansion(String text) {
    if (text == null || text.isBlank()) return true;
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new InvalidFieldException("prompt_expansion", "must be true or false");
    };
  }
}
