/**
 * Failure scenarios on demand (docs/SCENARIOS.md): which scenario a create follows and the refusals
 * of the create-time ones ({@link io.reelgate.server.scenario.Scenarios}, called by every dialect's
 * create through {@code DialectServices}), and the run-time ones around the engine ({@link
 * io.reelgate.server.scenario.ScenarioEngine}). It may use the core ({@code core.scenario}, {@code
 * core.request}, {@code core.task}, {@code core.error}), {@code keys} (the key's scenario),
 * {@code task} (the engine interface) and {@code timing} (a task's pace); nothing of HTTP
 * or the store.
 */
package io.reelgate.server.scenario;
