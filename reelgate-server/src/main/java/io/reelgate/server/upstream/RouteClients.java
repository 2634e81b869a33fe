package io.reelgate.server.upstream;

import io.reelgate.client.VideoClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SDK clients of each route, made at first use: one for creates that never retries on its
 * own (the {@link Submitter} decides what is sent again, and where), one for polls, downloads and
 * cancels that does.
 */
final class RouteClients {
  private record Clients(VideoClient creates, VideoClient polls) {}

  private final Map<String, Clients> byRoute = new ConcurrentHashMap<>();

  VideoClient forCreates(RouteSettings route) {
    return of(route).creates();
  }

  VideoClient forPolls(RouteSettings route) {
    return of(route).polls();
  }

  private Clients of(RouteSettings route) {
    return byRoute.computeIfAbsent(route.name(), name -> new Clients(
        client(route).maxRetries(0).build(),
        client(route).maxRetries(2).backoff(Duration.ofMillis(500), Duration.ofSeconds(10)).build()));
  }

  private static VideoClient.Builder client(RouteSettings route) {
    return VideoClient.builder(route.engine().dialect())
        .baseUrl(route.baseUrl().toString().replaceAll("/+$", "") + route.engine().apiPath())
        .apiKey(route.apiKey())
        .requestTimeout(route.requestTimeout());
  }
}
