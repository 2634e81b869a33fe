/**
 * What rendering a clip on this machine means, as an interface the server calls and the motion
 * module implements: a {@link io.reelgate.core.render.Renderer} turns a
 * {@link io.reelgate.core.render.RenderJob} (decoded pictures, prompt, camera script, duration,
 * resolution) into an MP4 file, reporting progress and returning what it made. May use {@code
 * core.camera} and {@code core.model} only.
 */
package io.reelgate.core.render;
