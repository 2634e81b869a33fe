package io.reelgate.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.reelgate.client.ReelgateClientException;
import io.reelgate.client.TaskStatus;
import io.reelgate.client.VideoClient;
import io.reelgate.client.VideoTask;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reelgate tasks}: one task on a server, read or cancelled through the Java client. */
@Command(
    name = "tasks",
    mixinStandardHelpOptions = true,
    description = "Show or cancel a task on a Reelgate server (or a provider), in any dialect.",
    subcommands = {TasksCommand.Get.class, TasksCommand.Cancel.class})
final class TasksCommand {
  /**
   * Made on first use: picocli creates every command at start-up, and Jackson's first mapper
   * costs about 80 ms, which every other command (a render, a key) would pay for nothing.
   */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  @Mixin VerboseOption verbose;

  /** What get and cancel share: the server, the task's id, the output format. */
  abstract static class TaskAction implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ApiOptions api;

    @Parameters(paramLabel = "ID", description = "The task's id, as its dialect gave it.")
    String id;

    @Option(names = "--json", description = "Print the task as one JSON object.")
    boolean json;

    abstract VideoTask act(VideoClient client, String id);

    /** The exit code once the task was read: 0, or 1 when it is not what the command wanted. */
    abstract int exitCode(VideoTask task);

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      VideoClient client = api.client(err);
      if (client == null) return ApiOptions.REFUSED;
      VideoTask task;
      try {
        task = act(client, id);
      } catch (ReelgateClientException e) {
        return ApiOptions.refused(err, e, id);
      }
      if (json) {
        out.println(Json.MAPPER.writeValueAsString(toJson(task)));
      } else {
        out.println("id:        " + task.id());
        out.println("status:    " + task.status());
        out.println("progress:  " + task.progressPercent() + "%");
        if (task.failureReason() != null) out.println("reason:    " + task.failureReason());
        if (task.videoUrl() != null) out.println("video_url: " + task.videoUrl());
      }
      out.flush();
      return exitCode(task);
    }
  }

  static ObjectNode toJson(VideoTask task) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("id", task.id());
    node.put("status", task.status().name());
    node.put("progress_percent", task.progressPercent());
    node.put("reason", task.failureReason());
    node.put("video_url", task.videoUrl());
    return node;
  }

  @Command(
      name = "get",
      mixinStandardHelpOptions = true,
      description = {
        "Print a task: id, status, progress, the reason it failed, its video's link.",
        "Exit codes: 0 queued, processing or succeeded; 1 failed or cancelled; 2 refused (e.g. no such task)."
      })
  static final class Get extends TaskAction {
    @Override
    VideoTask act(VideoClient client, String id) {
      return client.get(id);
    }

    @Override
    int exitCode(VideoTask task) {
      return task.status() == TaskStatus.FAILED || task.status() == TaskStatus.CANCELLED ? ApiOptions.TASK_FAILED : 0;
    }
  }

  @Command(
      name = "cancel",
      mixinStandardHelpOptions = true,
      description = {
        "Cancel a queued or running task and print it; its credit comes back.",
        "Exit codes: 0 cancelled; 2 refused (e.g. the task has already ended, or no such task)."
      })
  static final class Cancel extends TaskAction {
    @Override
    VideoTask act(VideoClient client, String id) {
      return client.cancel(id);
    }

    @Override
    int exitCode(VideoTask task) {
      return 0;
    }
  }
}
