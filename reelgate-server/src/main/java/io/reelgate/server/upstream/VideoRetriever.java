package io.reelgate.server.upstream;

import io.reelgate.client.ReelgateClientException;
import io.reelgate.client.VideoClient;
import io.reelgate.core.render.RenderResult;
import io.reelgate.core.task.Task;
import io.reelgate.motion.encode.VideoInfo;
import io.reelgate.motion.encode.VideoProbe;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads the video of an upstream task that succeeded into the task's output file, which the
 * {@link io.reelgate.server.task.TaskRunner} then stores: clients get Reelgate's links, never the
 * provider's short-lived ones. A file that is not a video fails the task.
 */
final class VideoRetriever {
  private static final Logger log = LoggerFactory.getLogger(VideoRetriever.class);

  private final RouteStats stats;
  private final JobEnds ends;
  private final Clock clock;

  VideoRetriever(RouteStats stats, JobEnds ends, Clock clock) {
    this.stats = stats;
    this.ends = ends;
    this.clock = clock;
  }

  /** The video, or empty when the link failed (expired, say): the next poll fetches a fresh one. */
  Optional<RenderResult> retrieve(Task task, RouteSettings route, VideoClient client, String url, Path output)
      throws InterruptedException {
    return download(task, route, client, url, output) ? Optional.of(checked(task, route, output)) : Optional.empty();
  }

  private boolean download(Task task, RouteSettings route, VideoClient client, String url, Path output)
      throws InterruptedException {
    Instant started = clock.instant();
    if (url == null) {
      stats.failed(route.name(), RouteStats.Call.DOWNLOAD, "no_link", Duration.ZERO);
      log.warn("task {}: route {} reported success without a link; asking again", task.id(), route.name());
      return false;
    }
    try {
      long bytes = client.download(url, output);
      stats.succeeded(route.name(), RouteStats.Call.DOWNLOAD, Duration.between(started, clock.instant()));
      log.info("task {}: downloaded {} bytes from route {}", task.id(), bytes, route.name());
      return true;
    } catch (ReelgateClientException e) {
      CallOutcome.throwIfInterrupted(e);
      stats.failed(route.name(), RouteStats.Call.DOWNLOAD, e.httpStatus() == 0 ? "error" : "http_" + e.httpStatus(),
          Duration.between(started, clock.instant()));
      log.warn("task {}: download from route {} failed ({}); asking the upstream for a fresh link", task.id(), route.name(),
          e.getMessage());
      return false;
    }
  }

  private RenderResult checked(Task task, RouteSettings route, Path output) {
    VideoInfo info;
    try {
      info = VideoProbe.probe(output);
    } catch (IOException e) {
      throw ends.failed(task.id(), route.name(), "route " + route.name() + " delivered a file that is not a video: " + e.getMessage());
    }
    ends.succeeded(task, route.name());
    return new RenderResult(info.width(), info.height(), info.frames(), (int) Math.round(info.fps()));
  }
}
