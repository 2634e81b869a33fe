/**
 * MiniMax V2's reference media besides pictures: what a clip or a sound file is ({@link
 * io.reelgate.core.media.ReferenceRole}), telling its length and frame rate from its headers alone
 * (MP4 boxes, WAV chunks, MP3 frame headers; pure Java, work bounded by the bytes given, nothing
 * decoded), and the documented limits ({@link io.reelgate.core.media.MediaRules}). The readers are
 * package-private. May use {@code core.error} only.
 */
package io.reelgate.core.media;
