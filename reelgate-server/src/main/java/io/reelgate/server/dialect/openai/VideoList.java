package io.reelgate.server.dialect.openai;

import io.javalin.http.Context;
import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.task.Task;
import io.reelgate.server.task.TaskService;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /v1/videos?after=&limit=&order=}: a key's videos of this dialect, newest first
 * ({@code order=desc}, the default) or oldest first, {@code limit} at a time (20 by default, 1 to
 * 100), the page after the video {@code after} names; the next page is asked with {@code
 * after=last_id} while {@code has_more}. The key's tasks are read from the store a batch at a time,
 * newest first, and this dialect's kept: the list is meant for the tasks of a test server, not
 * millions.
 */
final class VideoList {
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;
  private static final int BATCH = 200;

  private final TaskService tasks;
  private final String dialect;

  VideoList(TaskService tasks, String dialect) {
    this.tasks = tasks;
    this.dialect = dialect;
  }

  /** The query of a list request, checked. */
  record Query(String after, int limit, boolean ascending) {
    static Query of(Context ctx) {
      String order = ctx.queryParam("order");
      if (order != null && !order.equals("asc") && !order.equals("desc")) {
        throw new InvalidFieldException("order", "must be asc or desc; got '" + order + "'");
      }
      return new Query(ctx.queryParam("after"), limit(ctx.queryParam("limit")), "asc".equals(order));
    }

    private static int limit(String text) {
      if (text == null) return DEFAULT_LIMIT;
      try {
        int limit = Integer.parseInt(text.strip());
        if (limit >= 1 && limit <= MAX_LIMIT) return limit;
      } catch (NumberFormatException e) {
        // told below
      }
      throw new InvalidFieldException("limit", "must be a whole number from 1 to " + MAX_LIMIT + "; got '" + text + "'");
    }
  }

  /** OpenAI's page: {@code object}, {@code data}, {@code first_id}, {@code last_id}, {@code has_more}. */
  record Page(String object, List<OpenAiVideo> data, String firstId, String lastId, boolean hasMore) {}

  Page page(String keyId, Query query) {
    List<Task> all = videosOf(keyId);
    if (query.ascending()) java.util.Collections.reverse(all);
    int from = 0;
    if (query.after() != null) {
      from = indexOf(all, query.after()) + 1;
    }
    List<Task> page = all.subList(from, Math.min(all.size(), from + query.limit()));
    List<OpenAiVideo> data = page.stream().map(OpenAiVideo::of).toList();
    return new Page(
        "list",
        data,
        data.isEmpty() ? null : data.getFirst().id(),
        data.isEmpty() ? null : data.getLast().id(),
        from + page.size() < all.size());
  }

  private static int indexOf(List<Task> tasks, String id) {
    for (int i = 0; i < tasks.size(); i++) {
      if (tasks.get(i).id().equals(id)) return i;
    }
    throw new InvalidFieldException("after", "names no video of this key: " + id);
  }

  /** The key's videos of this dialect, newest first. */
  private List<Task> videosOf(String keyId) {
    List<Task> videos = new ArrayList<>();
    for (int offset = 0; ; offset += BATCH) {
      List<Task> batch = tasks.list(keyId, BATCH, offset);
      batch.stream().filter(t -> t.dialect().equals(dialect)).forEach(videos::add);
      if (batch.size() < BATCH) return videos;
    }
  }
}
