/**
 * Reelgate's own errors: the one unchecked root {@link io.reelgate.core.error.ReelgateException}
 * and its specific subclasses (an invalid field, an unknown id, a refused API key, too many
 * requests, a conflict, too little credit, a content refusal, a service unavailable for a moment), each carrying the ids it is about. Every dialect maps
 * them to its status codes in one table; their messages are safe to show to the client. May use
 * {@code core.task} (for the status a conflict names) and nothing else of Reelgate.
 */
package io.reelgate.core.error;
