/**
 * What every HTTP API of the server shares, below the dialects: API key authentication ({@link
 * io.reelgate.server.http.ApiKeyAuth}, with a one-second cache of key hashes), the paths each API
 * answers under and its error shape ({@link io.reelgate.server.http.ApiScopes}), JSON bodies, slow
 * and over-size bodies, request ids, the health probes. It may use {@code keys} and {@code limits};
 * it knows no dialect.
 */
package io.reelgate.server.http;
