package io.reelgate.server.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelgate.server.upstream.UpstreamJob.State;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What {@link UpstreamJobs} promises on every database: a row walks SUBMITTING, ACCEPTED,
 * RECONCILING, ENDED, and once it holds the upstream's id that id is never lost nor overwritten,
 * so a task is never sent upstream twice.
 */
public abstract class UpstreamJobsContract {
  protected static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123Z");

  /** A fresh, empty table; the same one for every call within a test. */
  protected abstract UpstreamJobs jobs();

  @Test
  void a_job_walks_from_submitting_to_ended_and_is_read_back_at_each_step() {
    assertThat(jobs().find("t-1")).isEmpty();

    jobs().submitting("t-1", "minimax-main", 1, T0);
    assertThat(jobs().find("t-1")).contains(new UpstreamJob("t-1", "minimax-main", null, State.SUBMITTING, T0, null));

    jobs().accepted("t-1", "up-987", 1, T0.plusMillis(1500));
    UpstreamJob accepted = new UpstreamJob("t-1", "minimax-main", "up-987", State.ACCEPTED, T0, T0.plusMillis(1500));
    assertThat(jobs().find("t-1")).contains(accepted);

    jobs().reconciling("t-1", T0.plusSeconds(1800));
    assertThat(jobs().find("t-1")).contains(
        new UpstreamJob("t-1", "minimax-main", "up-987", State.RECONCILING, T0, T0.plusMillis(1500)));

    jobs().ended("t-1", T0.plusSeconds(2000));
    assertThat(jobs().find("t-1")).contains(
        new UpstreamJob("t-1", "minimax-main", "up-987", State.ENDED, T0, T0.plusMillis(1500)));
    assertThat(jobs().find("t-2")).as("another task").isEmpty();
  }

  @Test
  void submitting_again_before_acceptance_moves_the_row_to_the_new_route() {
    jobs().submitting("t-1", "minimax-main", 1, T0);
    jobs().submitting("t-1", "novita-backup", 1, T0.plusSeconds(3));

    assertThat(jobs().find("t-1"))
        .contains(new UpstreamJob("t-1", "novita-backup", null, State.SUBMITTING, T0.plusSeconds(3), null));

    jobs().accepted("t-1", "nv-1", 1, T0.plusSeconds(4));
    assertThat(jobs().find("t-1").orElseThrow().route()).isEqualTo("novita-backup");
  }

  @Test
  void submitting_after_acceptance_is_refused_and_keeps_the_upstream_id() {
    jobs().submitting("t-1", "minimax-main", 1, T0);
    jobs().accepted("t-1", "up-987", 1, T0.plusSeconds(1));
    UpstreamJob accepted = jobs().find("t-1").orElseThrow();

    assertThatThrownBy(() -> jobs().submitting("t-1", "novita-backup", 1, T0.plusSeconds(2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("t-1");
    assertThat(jobs().find("t-1")).contains(accepted);

    jobs().reconciling("t-1", T0.plusSeconds(60));
    assertThatThrownBy(() -> jobs().submitting("t-1", "novita-backup", 1, T0.plusSeconds(61)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(jobs().find("t-1").orElseThrow())
        .extracting(UpstreamJob::route, UpstreamJob::upstreamId, UpstreamJob::state)
        .containsExactly("minimax-main", "up-987", State.RECONCILING);
  }

  @Test
  void not_sent_forgets_a_row_without_an_id_so_that_the_task_may_be_sent_again() {
    jobs().submitting("t-1", "minimax-main", 1, T0);

    jobs().notSent("t-1", 1);
    assertThat(jobs().find("t-1")).isEmpty();

    jobs().submitting("t-1", "novita-backup", 1, T0.plusSeconds(5));
    assertThat(jobs().find("t-1"))
        .contains(new UpstreamJob("t-1", "novita-backup", null, State.SUBMITTING, T0.plusSeconds(5), null));
  }

  @Test
  void not_sent_leaves_a_row_that_holds_an_upstream_id() {
    jobs().submitting("t-1", "minimax-main", 1, T0);
    jobs().accepted("t-1", "up-987", 1, T0.plusSeconds(1));
    UpstreamJob accepted = jobs().find("t-1").orElseThrow();

    jobs().notSent("t-1", 1);

    assertThat(jobs().find("t-1")).contains(accepted);
  }

  @Test
  void accepting_an_accepted_row_is_refused_and_keeps_the_first_id() {
    jobs().submitting("t-1", "minimax-main", 1, T0);
    jobs().accepted("t-1", "up-987", 1, T0.plusSeconds(1));

    assertThatThrownBy(() -> jobs().accepted("t-1", "up-other", 1, T0.plusSeconds(2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("t-1");
    assertThat(jobs().find("t-1"))
        .contains(new UpstreamJob("t-1", "minimax-main", "up-987", State.ACCEPTED, T0, T0.plusSeconds(1)));
  }

  @Test
  void accepting_a_task_that_was_never_submitted_is_refused() {
    assertThatThrownBy(() -> jobs().accepted("t-unknown", "up-1", 1, T0)).isInstanceOf(IllegalStateException.class);
    assertThat(jobs().find("t-unknown")).isEmpty();
  }

  @Test
  void count_reconciling_counts_the_rows_past_their_deadline() {
    assertThat(jobs().countReconciling()).isZero();
    for (String task : new String[] {"t-1", "t-2", "t-3", "t-4"}) {
      jobs().submitting(task, "minimax-main", 1, T0);
      jobs().accepted(task, "up-" + task, 1, T0.plusSeconds(1));
    }
    jobs().submitting("t-5", "minimax-main", 1, T0);

    jobs().reconciling("t-1", T0.plusSeconds(1800));
    jobs().reconciling("t-2", T0.plusSeconds(1800));
    jobs().reconciling("t-3", T0.plusSeconds(1800));
    assertThat(jobs().countReconciling()).isEqualTo(3);

    jobs().ended("t-3", T0.plusSeconds(1900));
    assertThat(jobs().countReconciling()).isEqualTo(2);
  }

  @Test
  void only_the_claim_that_wrote_the_row_moves_it_or_stores_the_answer() {
    jobs().submitting("t-1", "minimax-main", 1, T0);

    // A second claim of the same task (its lease ran out under a live worker) may not send it.
    assertThatThrownBy(() -> jobs().submitting("t-1", "novita-backup", 2, T0.plusSeconds(1)))
        .isInstanceOf(IllegalStateException.class);
    jobs().notSent("t-1", 2);
    assertThat(jobs().find("t-1")).get().extracting(UpstreamJob::route).isEqualTo("minimax-main");

    // A later claim takes over a create whose answer was lost; the earlier one can then store nothing.
    assertThat(jobs().takeOver("t-1", 2, T0.plusSeconds(2))).isTrue();
    assertThatThrownBy(() -> jobs().accepted("t-1", "up-from-1", 1, T0.plusSeconds(3))).isInstanceOf(IllegalStateException.class);
    assertThat(jobs().takeOver("t-1", 1, T0.plusSeconds(3))).as("an earlier claim cannot take it back").isFalse();
    jobs().accepted("t-1", "up-from-2", 2, T0.plusSeconds(4));
    assertThat(jobs().find("t-1")).get().extracting(UpstreamJob::upstreamId).isEqualTo("up-from-2");
    assertThat(jobs().takeOver("t-1", 3, T0.plusSeconds(5))).as("an accepted task is only polled").isFalse();
  }
}
