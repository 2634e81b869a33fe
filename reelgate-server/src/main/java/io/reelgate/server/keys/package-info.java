/**
 * API keys: the {@link io.reelgate.server.keys.KeyStore} interface, the stored {@link
 * io.reelgate.server.keys.ApiKey} (never its secret, with the scenario its tasks follow), and how
 * secrets are made and hashed. It uses {@code core.scenario} and nothing of the server; the SQL implementation lives with the database backends ({@code
 * store.jdbc.JdbcKeyStore}).
 */
package io.reelgate.server.keys;
