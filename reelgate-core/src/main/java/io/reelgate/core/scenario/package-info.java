/**
 * Scenarios: a real-world case (a content rejection, a rate limit, a slow task, an expired link)
 * that a task is asked to behave like, as data kept with the task ({@link
 * io.reelgate.core.scenario.Scenario}), with its names and parameters and the prompt marker that
 * can choose one. What each scenario does is the server's; docs/SCENARIOS.md says it per dialect.
 * May use {@code core.error}.
 */
package io.reelgate.core.scenario;
