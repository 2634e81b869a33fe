/**
 * The morph from a clip's first picture to its last: {@link io.reelgate.motion.morph.Morph}
 * estimates dense optical flow between the two luma planes in both directions once per job, marks
 * where the two directions agree (content found in both pictures), and for any moment of the clip
 * gives the {@link io.reelgate.motion.morph.MidwayField}: per point of the frame, the motion that
 * carries content there and how much of the last picture to show. Pure arithmetic on arrays, no
 * pictures, frames or camera; uses nothing else of Reelgate.
 */
package io.reelgate.motion.morph;
