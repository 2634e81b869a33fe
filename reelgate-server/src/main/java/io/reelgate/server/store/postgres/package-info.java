/**
 * The PostgreSQL backend that several instances share: opening and migrating a database from its
 * address, claims with {@code SKIP LOCKED}, and {@code LISTEN}/{@code NOTIFY} for new tasks. It
 * uses {@code store} and {@code store.jdbc}.
 */
package io.reelgate.server.store.postgres;
