/**
 * The OpenAI Videos API as the {@code openai} Python SDK speaks it ({@code /v1/videos}: create,
 * retrieve, list, delete, content and remix), its Video object and its error envelope. Uses only
 * {@code dialect} and the packages it lists.
 */
package io.reelgate.server.dialect.openai;
