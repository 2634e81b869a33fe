package io.reelgate.server.upstream;

/** How a task's input pictures reach the upstream. */
public enum ImageDelivery {
  /** A {@code data:image/...;base64,} URI of the stored copy: works with any upstream, no public address needed. */
  DATA_URI,
  /** A signed, expiring link to the stored copy on Reelgate's public URL, which the upstream must be able to reach. */
  LINK
}
