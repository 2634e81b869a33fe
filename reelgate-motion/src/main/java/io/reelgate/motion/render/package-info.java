/**
 * Turning a picture and a camera path into frames: {@link io.reelgate.motion.render.ClipRenderer}
 * plans the clip once (output size and frame count in the job's format, framing, working copies of
 * the pictures in YUV) and then fills frame after frame by sampling the picture through a per-frame
 * homography; for text-to-video it films a storyboard card. The framing, sampling and colour helpers are package-private. May use
 * {@code motion} (output size), {@code motion.camera}, {@code motion.encode} (the frame layout),
 * {@code core.render}, {@code core.model} and {@code core.camera}.
 */
package io.reelgate.motion.render;
