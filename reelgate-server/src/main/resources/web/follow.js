// The result panel: follows a task by polling its dialect's query until it ends, plays its
// video, and replays a finished task from the history. One task is shown at a time: following or
// replaying another stops the follow in progress.

import { call, seconds } from "./api.js";
import { readTask, timesOf } from "./dialects.js";

const POLL_MS = 1000;
// Unfinished tasks are the newest ones: the last 100 (the listing's most) hold them all in practice.
const RESUME_LIMIT = 100;

const $ = (id) => document.getElementById(id);
let following = 0; // the poll in progress; a new task stops the previous one
let onEnd = () => {};

/** What to do when a followed task ends (refresh the history). */
export function whenTaskEnds(callback) {
  onEnd = callback;
}

/** Empties the panel for a task: the previous task's video and link must not stay. */
function showTask(taskId) {
  const video = $("video");
  $("result-empty").hidden = true;
  $("result-task").hidden = false;
  $("result-id").textContent = taskId;
  video.hidden = true;
  video.removeAttribute("src");
  video.load();
  $("facts").hidden = true;
  // The previous task's link must not stay: it would download the wrong video.
  $("download").hidden = true;
  $("download").removeAttribute("href");
}

/** Shows a finished task of the history in the player, its times as the list gives them. */
export function replay(task) {
  following++;
  showTask(task.id);
  $("progress").value = 100;
  $("progress-label").textContent = "Done";
  const queued = Date.parse(task.started_at) - Date.parse(task.created_at);
  const rendered = Date.parse(task.finished_at) - Date.parse(task.started_at);
  $("result-status").textContent = "Replaying a finished task: rendered in " + seconds(rendered) + ".";
  $("fact-queue").textContent = seconds(queued);
  $("fact-render").textContent = seconds(rendered);
  play(task.video.url, task.id);
  $("result-title").scrollIntoView({ block: "nearest" });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Follows a task by the query of the dialect it was made in (novita, minimax-v2; another one's
 * through Reelgate's own view) until it ends (true) or another follow takes over (false).
 */
export async function follow(taskId, dialect = "novita") {
  const run = ++following;
  showTask(taskId);
  $("progress").value = 0;
  $("progress-label").textContent = "Queued";
  $("result-status").textContent = "Task accepted; waiting for a worker.";
  while (run === following) {
    let task;
    try {
      task = await readTask(dialect, taskId);
      if (task.state === "succeeded" && task.queuedMs == null) Object.assign(task, await timesOf(taskId));
    } catch (e) {
      $("result-status").textContent = "Cannot read the task: " + e.message;
      return false;
    }
    if (run !== following) return false;
    showProgress(task.progress);
    if (task.state === "succeeded") {
      $("progress-label").textContent = "Done";
      $("result-status").textContent = "Rendered in " + seconds(task.renderedMs) + " after " + seconds(task.queuedMs) + " in the queue.";
      $("fact-queue").textContent = seconds(task.queuedMs);
      $("fact-render").textContent = seconds(task.renderedMs);
      play(task.videoUrl, taskId);
      onEnd();
      return true;
    }
    if (task.state === "failed") {
      $("progress-label").textContent = "Failed";
      $("result-status").textContent = "Failed: " + (task.reason || "no reason given");
      onEnd();
      return true;
    }
    const running = task.state === "running";
    const percent = task.progress == null ? "" : " " + task.progress + " %";
    $("progress-label").textContent = running ? "Rendering" + percent : "Queued";
    // The eta comes from the real queue; the position is in the task list, below.
    const eta = task.eta == null ? "." : ", about " + task.eta + " s.";
    $("result-status").textContent = running
      ? (task.eta == null ? "Rendering." : "About " + task.eta + " s left.")
      : "Waiting for a worker" + eta;
    await sleep(POLL_MS);
  }
  return false;
}

/** The bar at a percentage, or moving without one while a query that gives none renders. */
function showProgress(percent) {
  if (percent == null) $("progress").removeAttribute("value");
  else $("progress").value = percent;
}

/**
 * A reload (or another key) must not lose the tasks still queued or rendering: they are followed
 * again, oldest first, each after the one before ends; a new task from the form takes over.
 */
export async function resumeUnfinished() {
  let page;
  try {
    page = await call("/reelgate/v1/tasks?limit=" + RESUME_LIMIT);
  } catch {
    return; // the history says why
  }
  const unfinished = page.tasks.filter((t) => t.status === "queued" || t.status === "processing").reverse();
  for (const task of unfinished) {
    if (!(await follow(task.id, task.dialect))) return;
  }
}

function play(url, taskId) {
  const video = $("video");
  video.addEventListener(
    "loadedmetadata",
    () => {
      $("fact-size").textContent = video.videoWidth + " × " + video.videoHeight;
      $("fact-length").textContent = video.duration.toFixed(1) + " s";
      $("facts").hidden = false;
    },
    { once: true },
  );
  video.src = url;
  video.hidden = false;
  video.play().catch(() => {
    // Autoplay refused: the controls are there.
  });
  const download = $("download");
  download.href = url;
  download.setAttribute("download", "reelgate-" + taskId + ".mp4");
  download.hidden = false;
}

