/**
 * The camera language of prompts: reads the moves a prompt asks for, as bracket commands ({@code
 * [Pan left]}) or as words in English and Chinese, into a {@link io.reelgate.core.camera.CameraScript}
 * of shots, each at the {@link io.reelgate.core.camera.Speed} the words around it ask for, with
 * warnings for brackets that look like commands but are not; {@link
 * io.reelgate.core.camera.CameraReading} shows that reading over a clip's seconds. {@link
 * io.reelgate.core.camera.CameraScriptParser}, the script, its moves and shots and the reading are
 * the API; the readers, phrase books and vocabulary behind them are package-private. Uses the
 * JDK only, no other Reelgate package.
 */
package io.reelgate.core.camera;
