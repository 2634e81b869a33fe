package io.reelgate.core.image;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a cap and cancels the download as soon as the body passes it, so
 * that a server sending gigabytes costs us at most the cap (plus one buffer). Asks for one buffer
 * at a time, so that nothing is read ahead of what has been counted.
 */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
  /** The body passed the cap; {@link HttpImageSource} reports it naming the field. */
  static final class TooLargeException extends RuntimeException {
    TooLargeException() {
      super(null, null, false, false);
    }
  }

  private final long cap;
  private final long declaredLength;
  private final CompletableFuture<byte[]> body = new CompletableFuture<>();
  private final ByteArrayOutputStream received = new ByteArrayOutputStream();
  private Flow.Subscription subscription;

  /** @param declaredLength the Content-Length, or -1 when the server did not send one */
  CappedBodySubscriber(long cap, long declaredLength) {
    this.cap = cap;
    this.declaredLength = declaredLength;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    if (declaredLength > cap) { // no need to read a byte of it
      subscription.cancel();
      body.completeExceptionally(new TooLargeException());
      return;
    }
    subscription.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (body.isDone()) return;
    for (ByteBuffer buffer : buffers) {
      if ((long) received.size() + buffer.remaining() > cap) {
        subscription.cancel();
        body.completeExceptionally(new TooLargeException());
        return;
      }
      byte[] chunk = new byte[buffer.remaining()];
      buffer.get(chunk);
      received.writeBytes(chunk);
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable error) {
    body.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    body.complete(received.toByteArray());
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return body;
  }
}
