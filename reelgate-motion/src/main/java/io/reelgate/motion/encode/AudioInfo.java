package io.reelgate.motion.encode;

/**
 * The first audio stream of a file, as read back by {@link VideoProbe}.
 *
 * @param codec FFmpeg's codec name, e.g. {@code aac}
 * @param channels e.g. 2 for stereo
 * @param sampleRate samples per second per channel
 * @param durationSeconds the stream's playing time (what its index says, encoder priming excluded)
 */
public record AudioInfo(String codec, int channels, int sampleRate, double durationSeconds) {}
