package io.reelgate.core.model;

/** One combination a model renders: this mode, at this resolution, for this many seconds. */
public record Offer(Mode mode, Resolution resolution, int durationSeconds) {}
