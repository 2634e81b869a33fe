/**
 * The motion engine, Reelgate's built-in {@link io.reelgate.core.render.Renderer}: {@link
 * io.reelgate.motion.MotionRenderer} films the job's picture with a virtual camera performing the
 * prompt's moves and encodes H.264 in the job's format (Hailuo's silent 25 fps, or MiniMax-H3's 24
 * fps with an ambient sound track), rendering on the calling thread while another thread encodes.
 * May use its sub-packages {@code camera}, {@code render}, {@code encode} and {@code sound}, and
 * {@code core.render} and {@code core.model}; never the server.
 */
package io.reelgate.motion;
