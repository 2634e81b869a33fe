/**
 * The SQL behind the stores, the same on every database: tasks (their statements in {@code
 * TaskSql}, a {@code ModelFilter} turned into a condition in {@code ModelCondition}), API keys and
 * settings; Jdbis made by {@link io.reelgate.server.store.jdbc.Jdbis}, one per database and one per
 * task store, with every time kept as {@link io.reelgate.server.store.jdbc.EpochMillis}; handles
 * that join a task change's transaction ({@link io.reelgate.server.store.jdbc.JoinedTransaction});
 * the shared migrations; and what differs between databases ({@link
 * io.reelgate.server.store.jdbc.JdbcCustomization}). It uses {@code store}, {@code keys} and the
 * core's task and model, never a backend sub-package.
 */
package io.reelgate.server.store.jdbc;
