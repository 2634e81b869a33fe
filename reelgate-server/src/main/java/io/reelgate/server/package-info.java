/**
 * The server's entry point: {@link io.reelgate.server.ReelgateServer} wires every part from a
 * {@link io.reelgate.server.ServerConfig}, in the order data flows (database, files, links, what a
 * task change writes beside it, the task store, the workers, the task service, the dialects, HTTP),
 * and closes them in reverse. The only package that knows every other; nothing in the server uses
 * it but the app module's commands.
 */
package io.reelgate.server;
