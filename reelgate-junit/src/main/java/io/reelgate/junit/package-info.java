/**
 * Reelgate as a JUnit 5 extension: {@link io.reelgate.junit.ReelgateExtension} runs the real
 * server in the test's JVM, on a free port, in a temporary folder, with an API key, rendering small
 * real videos. Its public API is that class and its builder, which deal in plain values (URLs, keys,
 * numbers); the rest is package-private. It uses the server's entry point ({@code server}:
 * {@code ReelgateServer}, {@code ServerConfig}), its database and key store ({@code
 * server.database}, {@code server.keys}) to make keys, {@code server.limits} to read a rate, and
 * the motion renderer ({@code motion}).
 *
 * <p>What it puts on the test classpath, and why: the server runs in-process, so its runtime comes
 * along: reelgate-server with reelgate-core, reelgate-motion (with JavaCPP and FFmpeg's natives
 * for this platform, which encode the H.264 videos) and reelgate-client (which the server's
 * upstream engine speaks through); Javalin and its Jetty (HTTP); Jackson (JSON, and YAML for the
 * routing file); SQLite's JDBC driver, HikariCP, Jdbi and Flyway (the database in the temporary
 * folder); SLF4J's API (bring a binding such as Logback to see the server's log). Left out, since
 * only SQLite and a local folder are ever used here: the AWS SDK (S3 storage), the PostgreSQL
 * driver and Flyway's PostgreSQL support. Nothing here is API: tests should speak to the server
 * over HTTP, as their code under test does.
 */
package io.reelgate.junit;
