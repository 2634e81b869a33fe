/**
 * Outgoing HTTP to URLs that clients give (pictures, webhooks) without becoming a way into the
 * server's own network: {@link io.reelgate.core.net.GuardedHttpClient} reads the host as browsers
 * do, resolves it once, checks every address and connects only to a checked one, within one time
 * limit for the whole exchange. The URL parser, address rules, connector and HTTP/1.1 reader and
 * writer behind it are package-private. Uses the JDK only, no other Reelgate package.
 */
package io.reelgate.core.net;
