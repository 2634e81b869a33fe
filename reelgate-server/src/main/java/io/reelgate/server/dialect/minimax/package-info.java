/**
 * MiniMax's own API: {@code /v1/video_generation}, {@code /v1/query/video_generation}, {@code
 * /v1/files/retrieve}, its {@code base_resp} error shape in HTTP 200 answers and its webhooks with a
 * challenge. Uses only {@code dialect} and the packages it lists.
 */
package io.reelgate.server.dialect.minimax;
