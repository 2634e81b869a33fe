package io.reelgate.core.task;

import io.reelgate.core.media.ReferenceRole;
import java.util.Objects;

/** A reference item of a task as it is kept: its role and the storage key of its file. */
public record StoredReference(ReferenceRole role, String key) {
  public StoredReference {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(key, "key");
  }
}
