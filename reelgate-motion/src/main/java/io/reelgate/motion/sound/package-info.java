/**
 * The sound the motion engine puts beside MiniMax-H3 clips: {@link
 * io.reelgate.motion.sound.AmbientBed}, a quiet ambient bed of filtered noise that follows the
 * brightness and colour of the frames, since the engine cannot invent real sound. Uses {@code
 * motion.encode} (the frame layout and the {@link io.reelgate.motion.encode.Soundtrack} it
 * implements) and nothing else of Reelgate.
 */
package io.reelgate.motion.sound;
