package io.reelgate.server.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reelgate.core.task.StoredReference;
import java.util.List;

/**
 * A task's reference items in its {@code reference_media} column, as JSON: {@code [{"role":
 * "IMAGE", "key": "tasks/1/first-frame"}, {"role": "VIDEO", "key":
 * "tasks/1/reference-video-0.mp4"}]}; NULL for none, which is also how rows stored before V19 read.
 */
final class ReferencesColumn {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<StoredReference>> LIST = new TypeReference<>() {};

  private ReferencesColumn() {}

  static String write(List<StoredReference> references) {
    if (references.isEmpty()) return null;
    try {
      return JSON.writeValueAsString(references);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a task's references", e);
    }
  }

  static List<StoredReference> read(String column) {
    if (column == null) return List.of();
    try {
      return JSON.readValue(column, LIST);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a task's references are not readable: " + column, e);
    }
  }
}
