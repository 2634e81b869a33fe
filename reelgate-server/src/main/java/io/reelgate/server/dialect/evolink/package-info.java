/**
 * Evolink's API: {@code /v1/videos/generations}, {@code /v1/tasks/{task_id}} and its cancel, its
 * error shape (codes derived from a task's structured failure) and its webhooks. Uses only {@code
 * dialect} and the packages it lists.
 */
package io.reelgate.server.dialect.evolink;
