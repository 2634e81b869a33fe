/**
 * Limits that keep one key from holding the server up: creates per second ({@link
 * io.reelgate.server.limits.RateLimiter}), creates in flight at once ({@link
 * io.reelgate.server.limits.InFlightLimiter}) and the deadlines of slow request bodies and image
 * URLs ({@link io.reelgate.server.limits.RequestLimits}). Uses only the core's errors.
 */
package io.reelgate.server.limits;
