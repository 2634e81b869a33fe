/**
 * {@code reelgate bench}: the motion engine's speed, memory and smoothness measured against
 * ffmpeg's zoompan and libx264 alone on one large photo, and written up as a markdown report. May
 * use {@code motion} and its {@code render} and {@code encode} packages, and {@code core.render},
 * {@code core.camera}, {@code core.image} and {@code core.model}; never the server.
 */
package io.reelgate.app.bench;
