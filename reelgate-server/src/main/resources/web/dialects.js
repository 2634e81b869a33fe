// The dialects the page speaks: it creates a task through the dialect that sells its model
// (Novita's for Hailuo, MiniMax V2's for H3) with the body "Copy as curl" shows, and follows the
// task by that dialect's own query, read here into one shape for the result panel. A task made
// elsewhere (by a command, in another dialect) is followed through Reelgate's own task view.

import { ApiError, call } from "./api.js";
import { dialectOf } from "./choices.js";
import { bodyText, request } from "./curl.js";

/** Creates the form's task; its id and the dialect it was made in. */
export async function createTask(form) {
  const dialect = dialectOf(form.model);
  try {
    const created = await call(request(dialect, form).path, { method: "POST", body: JSON.parse(bodyText(dialect, form)) });
    return { id: created.task_id, dialect };
  } catch (e) {
    throw dialect === "minimax-v2" ? v2FieldError(e) : e;
  }
}

// MiniMax V2's envelope has no field of its own: its message names it, "invalid params,
// text: is required (2013)". The form's name for each wire name, so the message goes beside it.
const V2_FIELDS = { text: "prompt", first_frame: "image", last_frame: "end_image", model: "model", duration: "duration",
  resolution: "resolution", ratio: "ratio" };

function v2FieldError(e) {
  const named = e instanceof ApiError && !e.field && /^invalid params, ([\w.\[\]]+): (.*) \(\d+\)$/.exec(e.message);
  return named && V2_FIELDS[named[1]] ? new ApiError(e.status, named[2], V2_FIELDS[named[1]]) : e;
}

/**
 * How a task stands, whatever its dialect: {state: "queued" | "running" | "succeeded" |
 * "failed", progress (percent, or null when the query gives none), eta (s, or null), videoUrl,
 * reason, queuedMs and renderedMs (once ended, or null when the query has no such times)}.
 */
export async function readTask(dialect, id) {
  const reader = READERS[dialect] || READERS.reelgate;
  return reader(await call(reader.path(id)));
}

const novita = (result) => {
  const task = result.task;
  const debug = result.extra.debug_info;
  return {
    state: { TASK_STATUS_SUCCEED: "succeeded", TASK_STATUS_FAILED: "failed", TASK_STATUS_PROCESSING: "running" }[task.status] || "queued",
    progress: task.progress_percent,
    eta: task.eta,
    videoUrl: result.videos.length ? result.videos[0].video_url : null,
    reason: task.reason,
    // Time in the queue depends on other tasks, not on the video: the two are shown apart.
    queuedMs: Number(debug.execute_time_ms) - Number(debug.submit_time_ms),
    renderedMs: Number(debug.complete_time_ms) - Number(debug.execute_time_ms),
  };
};
novita.path = (id) => "/v3/async/task-result?task_id=" + encodeURIComponent(id);

// MiniMax's V2 query gives no progress and its times in whole seconds: the panel shows the
// rendering without a percentage, and the times from Reelgate's own view once the task ended.
const minimaxV2 = (result) => {
  const task = result.task;
  const state = { succeeded: "succeeded", failed: "failed", cancelled: "failed", running: "running" }[task.status] || "queued";
  const reason = task.status === "cancelled" ? "cancelled" : task.error && task.error.message;
  const progress = state === "running" ? null : state === "succeeded" ? 100 : 0;
  return { state, progress, eta: null, videoUrl: task.content.url || null, reason, queuedMs: null, renderedMs: null };
};
minimaxV2.path = (id) => "/v2/query/video_generation/" + encodeURIComponent(id);

const reelgate = (task) => {
  const state = { succeeded: "succeeded", failed: "failed", cancelled: "failed", processing: "running" }[task.status] || "queued";
  return {
    state,
    progress: task.progress_percent,
    eta: task.eta_seconds,
    videoUrl: task.video ? task.video.url : null,
    reason: task.status === "cancelled" ? "cancelled" : task.reason,
    queuedMs: task.started_at ? Date.parse(task.started_at) - Date.parse(task.created_at) : null,
    renderedMs: task.finished_at && task.started_at ? Date.parse(task.finished_at) - Date.parse(task.started_at) : null,
  };
};
reelgate.path = (id) => "/reelgate/v1/tasks/" + encodeURIComponent(id);

const READERS = { novita, "minimax-v2": minimaxV2, reelgate };

/** A finished task's times from Reelgate's own view, for a dialect whose query has none. */
export async function timesOf(id) {
  const view = reelgate(await call(reelgate.path(id)));
  return { queuedMs: view.queuedMs, renderedMs: view.renderedMs };
}
