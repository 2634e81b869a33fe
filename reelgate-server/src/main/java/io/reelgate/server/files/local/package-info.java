/**
 * Files in a local folder (the default: the {@code files} folder of the data folder), written by
 * atomic rename. Uses only {@code files}.
 */
package io.reelgate.server.files.local;
