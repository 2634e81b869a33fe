/**
 * Signed, expiring links to stored files ({@link io.reelgate.server.links.LinkSigner}, with the
 * server's {@link io.reelgate.server.links.PublicUrl}) and the downloads they lead to, with HTTP
 * Range ({@link io.reelgate.server.links.FileDownloads}). It may use {@code files}, {@code http} (error
 * answers), {@code store} (the shared settings that keep the link secret) and the core's task and
 * scenario (a task of {@code expired-link} is handed expired links).
 */
package io.reelgate.server.links;
