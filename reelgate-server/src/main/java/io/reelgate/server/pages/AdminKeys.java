package io.reelgate.server.pages;

import io.reelgate.server.keys.ApiKey;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Which API keys may open the operator's view: those whose name or id is listed in the
 * configuration ({@code --admin-keys} or {@code REELGATE_ADMIN_KEYS}). Keys are made by the
 * operator alone ({@code reelgate keys create}), so a name is as safe to list as an id. An admin
 * key is also an ordinary key: it creates and sees its own tasks like any other.
 */
public final class AdminKeys {
  private final Set<String> namesAndIds;

  public AdminKeys(Iterable<String> namesAndIds) {
    this.namesAndIds =
        StreamSupport.stream(namesAndIds.spliterator(), false)
            .filter(Objects::nonNull)
            .map(String::strip)
            .filter(n -> !n.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
  }

  public boolean isAdmin(ApiKey key) {
    return !key.revoked() && (namesAndIds.contains(key.id()) || namesAndIds.contains(key.name()));
  }

  /** The key, if it may see the operator's view; {@link AdminOnlyException} otherwise. */
  public ApiKey require(ApiKey key) {
    if (!isAdmin(key)) {
      throw new AdminOnlyException(key.id());
    }
    return key;
  }

  public boolean isEmpty() {
    return namesAndIds.isEmpty();
  }
}
