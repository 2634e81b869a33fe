/**
 * MiniMax's video generation V2 (MiniMax-H3): {@code POST /v2/video_generation} with its {@code
 * content[]} items, {@code GET /v2/query/video_generation/{task_id}} and the list, the same at
 * Novita's {@code /v3/minimax/v2/} paths, its {@code {type:"error", error:{...}}} envelope and its
 * webhooks. Uses only {@code dialect}, the packages it lists, and {@code dialect.minimax} for
 * MiniMax's task ids.
 */
package io.reelgate.server.dialect.minimaxv2;
