/**
 * API keys: the {@link io.reelgate.server.keys.KeyStore} interface, the stored {@link
 * io.reelgate.server.keys.ApiKey} (never its secret), and how secrets are made and hashed. It
 * uses nothing of the server; the SQL implementation lives with the database backends ({@code
 * store.jdbc.JdbcKeyStore}).
 */
package io.reelgate.server.keys;
