/**
 * Video files through FFmpeg (bytedeco): writing H.264 MP4 with libx264 ({@link
 * io.reelgate.motion.encode.H264Writer}) from YUV 4:2:0 frames, with a stereo AAC stream of a
 * {@link io.reelgate.motion.encode.Soundtrack} beside it if asked, and reading files back for tests
 * and benchmarks ({@link io.reelgate.motion.encode.VideoProbe}: what a file claims, its decoded luma
 * and its decoded sound). Uses no other Reelgate package; the FFmpeg bindings stay inside this package.
 */
package io.reelgate.motion.encode;
