package io.reelgate.client;

/**
 * A task as one poll saw it, the same view in every dialect.
 *
 * @param id the task's id in its dialect
 * @param status where the task is
 * @param progressPercent 0 to 100; dialects that do not report progress (GPTProto, MiniMax) give 0
 *     until the task succeeded and 100 then
 * @param failureReason why the task failed or was cancelled, or null
 * @param videoUrl the video's download link once SUCCEEDED (it may expire; poll again for a fresh
 *     one), or null
 */
public record VideoTask(String id, TaskStatus status, int progressPercent, String failureReason, String videoUrl) {}
