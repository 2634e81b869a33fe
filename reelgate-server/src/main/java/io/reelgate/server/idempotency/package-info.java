/**
 * The {@code Idempotency-Key} header of every dialect's create: the HTTP side ({@link
 * io.reelgate.server.idempotency.Idempotency}) and its table ({@link
 * io.reelgate.server.idempotency.IdempotencyStore}, through Jdbi). It uses the core's errors and
 * task, and {@code store} / {@code store.jdbc} to write its record in the transaction that
 * inserts the task.
 */
package io.reelgate.server.idempotency;
