/**
 * The camera language of prompts: reads the moves a prompt asks for, as bracket commands ({@code
 * [Pan left]}) or as words in English and Chinese, into a {@link io.reelgate.core.camera.CameraScript}
 * of shots. {@link io.reelgate.core.camera.CameraScriptParser}, the script and its moves and shots
 * are the API; the readers, phrase books and vocabulary behind them are package-private. Uses the
 * JDK only, no other Reelgate package.
 */
package io.reelgate.core.camera;
