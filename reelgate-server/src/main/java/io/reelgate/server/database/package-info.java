/**
 * The database of a server, chosen in one place ({@link io.reelgate.server.database.Database}):
 * SQLite in the data folder by default, PostgreSQL for an address. It opens the backend, shares
 * one Jdbi among its stores and hands them out. It uses {@code store}, its backends and {@code
 * keys}; nothing below it uses it.
 */
package io.reelgate.server.database;
