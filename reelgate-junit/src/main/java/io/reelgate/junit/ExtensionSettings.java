package io.reelgate.junit;

import java.time.Duration;

/**
 * What {@link ReelgateExtension.Builder} was told, as plain values; {@link InProcessServer} maps
 * them onto the server's configuration, which checks them when the server starts.
 *
 * @param workers videos rendered at once
 * @param renderShortSide pixels on the short side of every video, whatever resolution a task asks
 * @param linkTtl how long a result link works
 * @param rateLimit creates per key, written as {@code reelgate serve --rate-limit} takes it
 *     ({@code 10/s}, {@code 600/m}, {@code off})
 * @param maxRunningPerKey tasks of one key rendering at once, 0 for no limit
 * @param allowPrivateNetwork whether image URLs and webhooks may point at this machine
 */
record ExtensionSettings(
    int workers, int renderShortSide, Duration linkTtl, String rateLimit, int maxRunningPerKey, boolean allowPrivateNetwork) {}
