/**
 * GPTProto's unified video API ({@code POST /api/v3/videos}, {@code GET /api/v3/tasks/result/{id}}
 * and its alias {@code GET /api/v3/videos/{id}}), the API that GPTProto's own SDKs call: a second
 * GPTProto dialect beside the per-model one, over the same core models ({@code minimax/<model>}
 * slugs for the per-model API's Hailuo names).
 */
package io.reelgate.server.dialect.gptproto.unified;
