/**
 * Models served by upstream providers instead of the built-in renderer: the routing file read
 * into a {@link io.reelgate.server.upstream.RoutingTable} ({@link
 * io.reelgate.server.upstream.RoutingFile}), and the {@link
 * io.reelgate.server.upstream.UpstreamEngine} that sends a task to a route, follows it there and
 * retrieves its video, with the {@code upstream_jobs} table ({@link
 * io.reelgate.server.upstream.UpstreamJobs}) that keeps a task from ever being sent, and billed,
 * twice, and each route's health and metrics ({@link io.reelgate.server.upstream.RouteStats}).
 * Only those, and the types a routing table is made of, are public. It speaks to providers through
 * the SDK's clients ({@code io.reelgate.client}), and uses {@code io.reelgate.core} (tasks and
 * their failures, models, images), {@code io.reelgate.motion.encode} (to check a delivered video),
 * and of the server {@code task} (the engine interface, the exception that fails a task), {@code
 * files}, {@code billing} and {@code store} (its exception); Jackson binds the routing file and
 * Jdbi runs the SQL.
 */
package io.reelgate.server.upstream;
