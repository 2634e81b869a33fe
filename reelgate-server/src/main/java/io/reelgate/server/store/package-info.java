/**
 * What the server keeps in its database, as interfaces every backend implements: tasks and their
 * queue ({@link io.reelgate.server.store.TaskStore}) with which models a worker pool takes ({@link
 * io.reelgate.server.store.ModelFilter}, plain data that each backend turns into its own query)
 * and how long a new task waits in it ({@link io.reelgate.server.store.QueueTime}), shared
 * settings, what a create writes with its task, and the one exception for a failing database. It
 * uses only the core's task (and its scenario); the backends are below it ({@code store.jdbc}, {@code
 * store.sqlite}, {@code store.postgres}) and the choice between them is made above it, in {@code
 * io.reelgate.server.database}.
 */
package io.reelgate.server.store;
