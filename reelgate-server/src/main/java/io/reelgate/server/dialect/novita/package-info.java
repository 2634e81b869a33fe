/**
 * Novita's (and HighwayAPI's) Hailuo API: {@code /v3/async/...} creates, {@code
 * /v3/async/task-result} and the cancel extension, its error shape and its webhooks. Uses only
 * {@code dialect} and the packages it lists.
 */
package io.reelgate.server.dialect.novita;
