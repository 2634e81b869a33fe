/**
 * The SQL behind the stores, the same on every database: tasks (their statements in {@code
 * TaskSql}, a {@code ModelFilter} turned into a condition in {@code ModelCondition}, the hooks, the
 * running limit and the queue time given as {@link io.reelgate.server.store.jdbc.TaskStoreRules} when the store is
 * made), API keys and settings; one Jdbi per database, made by {@link
 * io.reelgate.server.store.jdbc.Jdbis}, with every time kept as {@link io.reelgate.server.store.jdbc.EpochMillis}; handles
 * that join a task change's transaction ({@link io.reelgate.server.store.jdbc.JoinedTransaction});
 * the shared migrations; and what differs between databases ({@link
 * io.reelgate.server.store.jdbc.JdbcCustomization}). It uses {@code store}, {@code keys} and the
 * core's task and model, never a backend sub-package.
 */
package io.reelgate.server.store.jdbc;
