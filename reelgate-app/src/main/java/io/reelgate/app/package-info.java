/**
 * The {@code reelgate} command line (picocli): {@code serve}, {@code render}, {@code generate},
 * {@code tasks}, {@code keys} and {@code bench}, one jar with one entry point. The edge of the
 * system: it may use every module (the server, the core, the motion engine and the client SDK)
 * and {@code app.bench}; nothing uses it.
 */
package io.reelgate.app;
