/**
 * The embedded SQLite backend: opening and migrating the data folder's file, the lock that makes
 * it one server's alone, and SQLite's {@code JdbcCustomization}. It uses {@code store} and
 * {@code store.jdbc}.
 */
package io.reelgate.server.store.sqlite;
