/**
 * The providers' APIs over the one core: the {@link io.reelgate.server.dialect.ApiDialect} interface
 * and what every dialect works with ({@link io.reelgate.server.dialect.DialectServices}: the key,
 * the validator, the task service, the links, idempotency, the in-flight limit, the scenarios and the estimate of a task's time left). Each provider
 * has a sub-package that only translates its wire JSON to a core request and a core task back; it
 * may use {@code http} (auth, JSON, error scopes), {@code keys}, {@code links}, {@code task}, {@code idempotency},
 * {@code limits}, {@code scenario}, {@code previews} (a video's stills) and {@code webhook} (its webhook format), never the store or the files.
 */
package io.reelgate.server.dialect;
