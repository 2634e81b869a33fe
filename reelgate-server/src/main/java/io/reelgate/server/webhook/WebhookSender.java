package io.reelgate.server.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reelgate.core.net.FetchException;
import io.reelgate.core.net.GuardedHttpClient;
import io.reelgate.core.net.HttpResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One attempt at a message: a POST through the {@link GuardedHttpClient}, signed with the
 * Standard Webhooks headers and the key's secret. A 2xx answer delivers it, whatever its body (of
 * which only a bounded prefix is read, for a MiniMax challenge's echo); a timeout, a failed
 * connection or another status is worth another try; an address the client refuses, or a
 * challenge answered 2xx without the same {@code challenge}, is not. Redirects are not followed. A
 * message of several {@code copies} (the {@code webhook-duplicate} scenario) is sent again once
 * delivered, the same id and body, whatever the copy's answer.
 */
final class WebhookSender {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The most of a receiver's answer read: enough for a challenge's echo. */
  private static final long MAX_ANSWER_BYTES = 64 * 1024;

  private final GuardedHttpClient client;
  private final WebhookSecrets secrets;
  private final Clock clock;

  WebhookSender(GuardedHttpClient client, WebhookSecrets secrets, Clock clock) {
    this.client = client;
    this.secrets = secrets;
    this.clock = clock;
  }

  AttemptOutcome send(PendingDelivery message) {
    AttemptOutcome outcome = sendOnce(message);
    if (outcome.delivered()) {
      for (int copy = 2; copy <= message.copies(); copy++) sendOnce(message);
    }
    return outcome;
  }

  private AttemptOutcome sendOnce(PendingDelivery message) {
    HttpResponse response;
    try {
      response =
          client.post(
              URI.create(message.url()), signedHeaders(message), message.body().getBytes(StandardCharsets.UTF_8),
              Duration.ofMillis(message.timeoutMs()), MAX_ANSWER_BYTES);
    } catch (FetchException e) {
      return e.kind() == FetchException.Kind.REFUSED_ADDRESS
          ? AttemptOutcome.giveUp(null, e.getMessage())
          : AttemptOutcome.tryAgain(null, e.getMessage());
    }
    if (response.status() < 200 || response.status() > 299) {
      return AttemptOutcome.tryAgain(response.status(), "the receiver answered HTTP " + response.status());
    }
    if (message.isChallenge() && !echoed(message.body(), response.body())) {
      return AttemptOutcome.giveUp(response.status(), "the receiver did not echo the challenge");
    }
    return AttemptOutcome.delivered(response.status());
  }

  private Map<String, String> signedHeaders(PendingDelivery message) {
    long timestamp = clock.instant().getEpochSecond();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("webhook-id", message.id());
    headers.put("webhook-timestamp", Long.toString(timestamp));
    headers.put("webhook-signature", WebhookSignature.sign(secrets.forKey(message.keyId()), message.id(), timestamp, message.body()));
    return headers;
  }

  private static boolean echoed(String sent, byte[] answer) {
    try {
      JsonNode challenge = JSON.readTree(sent).get("challenge");
      JsonNode echo = JSON.readTree(answer).get("challenge");
      return echo != null && echo.isTextual() && echo.asText().equals(challenge.asText());
    } catch (IOException e) {
      return false;
    }
  }
}
