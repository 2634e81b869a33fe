/**
 * Credits: what a task costs ({@link io.reelgate.server.billing.PriceTable}), the ledger that
 * reserves, settles and refunds inside each task change's transaction ({@link
 * io.reelgate.server.billing.CreditLedger}, a {@code store.jdbc.TaskChangeHook}), and the
 * operator's grants and usage ({@link io.reelgate.server.billing.Credits}). It uses the core's
 * model, task and errors, {@code store} and {@code store.jdbc}, and Jdbi.
 */
package io.reelgate.server.billing;
