/**
 * The {@code reelgate} command line: {@link io.reelgate.app.Main} and one picocli command per job
 * ({@code serve}, {@code render}, {@code generate}, {@code tasks}, {@code keys}; {@code bench} in
 * its own package). Settings come from the environment here and only here, as the defaults of
 * flags ({@code ${env:REELGATE_...}}), so that every variable stands for a flag and the README or
 * docs/DEPLOYMENT.md names it (provider secrets that a routing file names are read by the file's
 * reader). It may use the client SDK ({@code io.reelgate.client}) for the commands that talk to a
 * server, the core and the motion engine for {@code render}, and the server's public entry points
 * ({@code ReelgateServer}, {@code ServerConfig}, the key and database stores) for {@code serve}
 * and {@code keys}.
 */
package io.reelgate.app;
