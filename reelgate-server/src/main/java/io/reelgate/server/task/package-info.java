/**
 * Tasks in motion: {@link io.reelgate.server.task.TaskService} accepts a validated request as a task
 * (rate, price check, pictures, one insert with the webhook target, the credit reservation and the
 * idempotency record) and shows or cancels one; {@link io.reelgate.server.task.WorkerPool} claims
 * queued tasks, renews their leases and runs each to its end with a {@link
 * io.reelgate.server.task.TaskEngine} ({@link io.reelgate.server.task.LocalRender} for the built-in
 * renderer; the upstream package has the other); {@link io.reelgate.server.task.TaskEta} estimates
 * a task's place in the queue and time left. It may use the core, {@code store} (the task
 * store), {@code files} and {@code limits}; it defines what it needs of billing and webhooks
 * ({@link io.reelgate.server.task.CreditCheck}, {@link io.reelgate.server.task.CallbackTargets})
 * so that it depends on neither.
 */
package io.reelgate.server.task;
