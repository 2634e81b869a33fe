/**
 * How long tasks take: the server's {@link io.reelgate.server.timing.Timing} ({@code reelgate
 * serve --timing instant|fast|realistic}), the realistic figures of the Hailuo services, and the
 * one rule that paces a task ({@link io.reelgate.server.timing.Pacing}: the {@code slow} scenario's
 * times, else the realistic ones), applied by the claim (the queue time, as {@code run_after}) and
 * by the worker that takes the task (moving progress, before the video is made). It may use the
 * core ({@code core.task}, {@code core.scenario}, {@code core.model}, {@code core.render}) and the
 * motion engine (the instant renderer); nothing of HTTP, the store or the workers.
 */
package io.reelgate.server.timing;
