/**
 * Webhooks: the outbox that queues a message in the transaction of a task's change ({@link
 * io.reelgate.server.webhook.WebhookOutbox}), the deliverer that sends what is pending, signed
 * with the Standard Webhooks headers and retried as each dialect's {@link
 * io.reelgate.server.webhook.WebhookPolicy} says ({@link io.reelgate.server.webhook.WebhookDeliverer}),
 * the keys' signing secrets, and what became of a task's messages ({@link
 * io.reelgate.server.webhook.WebhookHistory}). It may use the core ({@code io.reelgate.core.task}, {@code core.scenario},
 * {@code io.reelgate.core.net}), the store's {@code StoreException}, {@code TaskChangeHook} and {@code
 * JoinedTransaction} (to write inside a task change's transaction), and the database's Jdbi on the
 * webhook tables; it does not know the dialects, which it reaches through {@link
 * io.reelgate.server.webhook.WebhookPayloads}.
 */
package io.reelgate.server.webhook;
