package io.reelgate.core.request;

import io.reelgate.core.media.ReferenceRole;

/**
 * One reference item of a create, fetched and checked: its role, its bytes and its format ({@code
 * png}, {@code jpeg}, {@code webp}, {@code mp4}, {@code mp3} or {@code wav}), which names its
 * stored file.
 */
public record ReferenceFile(ReferenceRole role, byte[] bytes, String format) {}
