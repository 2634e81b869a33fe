package io.reelgate.core.render;

/** What a renderer made: the size, frame count and frame rate of the MP4 it wrote. */
public record RenderResult(int width, int height, int frames, int fps) {}
