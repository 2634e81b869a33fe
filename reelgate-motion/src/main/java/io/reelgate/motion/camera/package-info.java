/**
 * The virtual camera's motion: its lens and frame ({@link io.reelgate.motion.camera.CameraGeometry})
 * and its pose at every frame of a clip ({@link io.reelgate.motion.camera.CameraPath}), computed from
 * the core's camera script with eased moves and a hand-held shake. Pure arithmetic, no pixels. May
 * use {@code core.camera} only.
 */
package io.reelgate.motion.camera;
