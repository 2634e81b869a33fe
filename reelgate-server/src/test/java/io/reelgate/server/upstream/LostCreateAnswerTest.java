package io.reelgate.server.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelgate.client.Dialect;
import io.reelgate.client.VideoClient;
import io.reelgate.client.VideoRequest;
import io.reelgate.core.render.RenderProgress;
import io.reelgate.core.render.RenderResult;
import io.reelgate.core.task.Task;
import io.reelgate.server.billing.PriceTable;
import io.reelgate.server.database.Database;
import io.reelgate.server.files.local.LocalStorage;
import io.reelgate.server.store.TaskBuilder;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A create whose answer never came back (the gateway died, or the connection broke, after the
 * peer took the task): the task's row says SUBMITTING with no upstream id. Only a route that
 * honours Idempotency-Key is asked again, with the same key, and answers with the task it already
 * has; any other route is not asked again at all.
 */
class LostCreateAnswerTest {
  @TempDir Path peerDir;
  @TempDir Path gatewayDir;
  Peer peer;
  Database database;
  UpstreamJobs jobs;

  @BeforeEach
  void start() throws Exception {
    peer = new Peer(peerDir, false);
    database = Database.openForServer(null, gatewayDir);
    jobs = new UpstreamJobs(database.dataSource());
  }

  @AfterEach
  void stop() throws Exception {
    database.close();
    peer.close();
  }

  UpstreamEngine engine(boolean idempotent) {
    RouteSettings route = RouteSettings.builder("peer", EngineKind.NOVITA).baseUrl(URI.create(peer.url())).apiKey(Peer.KEY)
        .idempotentCreate(idempotent)
        .pollEvery(Duration.ofMillis(200)).pollDeadline(Duration.ofMinutes(2)).reconcileEvery(Duration.ofSeconds(1))
        .giveUpAfter(Duration.ofMinutes(5)).build();
    RoutingTable table = new RoutingTable(Map.of("peer", route), Map.of("MiniMax-Hailuo-2.3", List.of(new ModelRoute("peer", 0))), 4);
    return new UpstreamEngine(table, new RouteStats(Clock.systemUTC(), table.routes().keySet()), jobs,
        new LocalStorage(gatewayDir.resolve("files")), key -> { throw new AssertionError("no links here"); },
        PriceTable.standard(), Clock.systemUTC(), new Random(1));
  }

  @Test
  void anIdempotentRouteIsAskedAgainWithTheSameKeyAndMakesOneTask() throws Exception {
    Task task = TaskBuilder.aTask().withPrompt("A lighthouse [Truck left]").build();
    jobs.submitting(task.id(), "peer", task.state().attempts(), Clock.systemUTC().instant());
    // What the lost create did: the peer has the task, under the key the engine sends for it.
    VideoClient.builder(Dialect.NOVITA).baseUrl(peer.url()).apiKey(Peer.KEY).build()
        .create(VideoRequest.of(task.request().prompt()).withModel(task.request().model()).withDuration(6).withResolution("768P")
            .withPromptExpansion(false).withIdempotencyKey("reelgate-" + task.id()));
    assertThat(peer.tasks()).hasSize(1);

    RenderResult result = engine(true).make(task, gatewayDir.resolve("out.mp4"), RenderProgress.NONE);

    assertThat(result.frames()).isEqualTo(150);
    assertThat(peer.tasks()).as("the peer replayed its answer instead of making a second task").hasSize(1);
    UpstreamJob job = jobs.find(task.id()).orElseThrow();
    assertThat(job.upstreamId()).isEqualTo(peer.tasks().get(0).path("id").asText());
    assertThat(job.state()).isEqualTo(UpstreamJob.State.ENDED);
  }

  @Test
  void anyOtherRouteIsNotAskedAgainAndTheTaskFails() {
    Task task = TaskBuilder.aTask().build();
    jobs.submitting(task.id(), "peer", task.state().attempts(), Clock.systemUTC().instant());

    assertThatThrownBy(() -> engine(false).make(task, gatewayDir.resolve("out.mp4"), RenderProgress.NONE))
        .isInstanceOf(UpstreamFailedException.class)
        .hasMessageContaining("not sent again");
    assertThat(peer.tasks()).isEmpty();
  }
}
