/**
 * Reelgate as a JUnit 5 extension: {@link io.reelgate.junit.ReelgateExtension} runs the real
 * server in the test's JVM, on a free port, in a temporary folder, with an API key, rendering small
 * real videos. Its public API is that class and its builder, which deal in plain values (URLs, keys,
 * numbers); the rest is package-private. It uses the server's entry point ({@code server}:
 * {@code ReelgateServer}, {@code ServerConfig}), its database and key store ({@code
 * server.database}, {@code server.keys}) to make keys, {@code server.limits} to read a rate, and
 * the motion renderer with its encoder settings ({@code motion}, {@code motion.encode}).
 *
 * <p>What it puts on the test classpath, and why: the server runs in-process, so its runtime comes
 * along: reelgate-server with reelgate-core (and TwelveMonkeys' JPEG reader, for input pictures),
 * reelgate-motion (with JavaCPP and FFmpeg's natives for this platform, which encode the H.264
 * videos) and reelgate-client (which the server's upstream engine speaks through); Javalin, its
 * Jetty and Kotlin's standard library (HTTP); Jackson (JSON, and YAML for the routing file);
 * SQLite's JDBC driver, HikariCP, Jdbi and Flyway (the database in the temporary folder); SLF4J's
 * API (bring a binding such as Logback to see the server's log); and JUnit's API. Left out, since
 * only SQLite and a local folder are ever used here: the AWS SDK (S3 storage), the PostgreSQL
 * driver and Flyway's PostgreSQL support. None of these is this module's API: tests speak to the
 * server over HTTP, as the code they test does.
 */
package io.reelgate.junit;
