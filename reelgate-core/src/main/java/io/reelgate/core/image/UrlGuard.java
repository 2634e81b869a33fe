package io.reelgate.core.image;

import io.reelgate.core.error.InvalidFieldException;
import java.net.URI;

/**
 * Decides whether Reelgate may fetch a picture from a URL; asked for the first URL and for every
 * redirect target. The seam for SSRF protection (refusing loopback, private and link-local
 * addresses, cloud metadata endpoints): the default allows every address, because tests serve
 * pictures from loopback and the address policy is a later, configurable decision. An
 * implementation that resolves the host should know that the HTTP client resolves it again.
 */
@FunctionalInterface
public interface UrlGuard {
  UrlGuard ALLOW_ALL = (field, url) -> {};

  /** @throws InvalidFieldException naming {@code field} when the URL may not be fetched */
  void check(String field, URI url);
}
