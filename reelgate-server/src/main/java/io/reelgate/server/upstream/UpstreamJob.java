package io.reelgate.server.upstream;

import java.time.Instant;

/**
 * What the store knows of a task sent upstream.
 *
 * @param upstreamId the upstream's task id, null while the create is on its way (SUBMITTING)
 * @param acceptedAt when the upstream accepted it, null while SUBMITTING
 */
record UpstreamJob(String taskId, String route, String upstreamId, State state, Instant submittedAt, Instant acceptedAt) {
  public enum State {
    /** The create is being sent; no upstream id yet. */
    SUBMITTING,
    /** The upstream has the task: poll it. */
    ACCEPTED,
    /** Past the route's poll deadline: polled at the slower pace until the upstream answers. */
    RECONCILING,
    /** Its outcome is written. */
    ENDED
  }
}
