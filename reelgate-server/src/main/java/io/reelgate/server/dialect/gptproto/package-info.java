/**
 * GPTProto's per-model API ({@code /api/v3/...} creates, predictions, the sync mode that answers
 * when the task ends) and its error shape; the unified API is in {@code gptproto.unified}. Uses only
 * {@code dialect} and the packages it lists.
 */
package io.reelgate.server.dialect.gptproto;
