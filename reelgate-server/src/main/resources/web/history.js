// The key's tasks (GET /reelgate/v1/tasks), newest first, a page at a time. A finished task can be
// played again in the player, its settings put back in the form, and its video shared through a
// signed link whose expiry is shown; each shows how its camera commands were read.

import { call, el, storedKey, when } from "./api.js";
import { readingLines } from "./chips.js";
import { labelOf } from "./choices.js";
import { replay } from "./follow.js";
import { applySettings, pictureFrom, setPicture } from "./form.js";

const HISTORY_PAGE = 5;
const REFRESH_MS = 2000;
const STATUS_WORDS = {
  queued: "Queued", processing: "Rendering", succeeded: "Succeeded", failed: "Failed", cancelled: "Cancelled",
};

const $ = (id) => document.getElementById(id);
let page = 0;
let timer = null;

function thumbnail(task) {
  if (task.first_frame_url) {
    return el("img", { src: task.first_frame_url, alt: "First frame", loading: "lazy" });
  }
  if (task.video) {
    return el("video", { src: task.video.url + "#t=0.5", muted: true, preload: "metadata", "aria-label": "First frame of the video" });
  }
  return el("span", { class: "no-thumb", "aria-hidden": "true" }, "T");
}

function progressText(task) {
  if (task.status === "processing") return " " + task.progress_percent + " %, about " + task.eta_seconds + " s left";
  if (task.status === "queued") return ": position " + task.queue_position + ", about " + task.eta_seconds + " s";
  return "";
}

/** Puts the task's settings and first frame back in the form. */
async function reuse(task) {
  applySettings(task);
  setPicture("image", task.first_frame_url ? await pictureFrom(task.first_frame_url, "first frame of " + task.id) : null);
  setPicture("end_image", null);
  $("history-status").textContent = "The form has the settings of task " + task.id + ".";
  $("prompt").focus();
}

/** Copies the signed link of the video; it stops working at the time shown beside the button. */
async function share(task, expires) {
  const link = new URL(task.video.url, location.href).href;
  try {
    await navigator.clipboard.writeText(link);
    $("history-status").textContent = "Share link copied; it works until " + when(expires) + ".";
  } catch {
    // Without clipboard access (plain HTTP from another host), the link is shown to copy by hand.
    $("history-status").textContent = "Share link, it works until " + when(expires) + ": " + link;
  }
}

function actions(task) {
  const row = el("p", { class: "task-actions" });
  const button = (label, onclick) => el("button", { type: "button", class: "secondary small", onclick }, label);
  if (task.video) {
    const expires = new Date(Date.now() + task.video.link_ttl_seconds * 1000).toISOString();
    row.append(
      button("Play", () => replay(task)), " ",
      button("Copy share link", () => share(task, expires)), " ",
      el("span", { class: "expiry" }, "link until ", el("time", { datetime: expires }, when(expires))), " · ",
      task.video.width + "×" + task.video.height + ", " + (task.video.size_bytes / 1e6).toFixed(1) + " MB ",
    );
  }
  if (task.status !== "queued" && task.status !== "processing") row.append(button("Reuse settings", () => reuse(task)));
  if (task.cancel_url && (task.status === "queued" || task.status === "processing")) {
    row.append(button("Cancel", async () => {
      try {
        await call(task.cancel_url, { method: "POST" });
      } catch (e) {
        $("history-status").textContent = "Cannot cancel: " + e.message;
      }
      loadHistory();
    }));
  }
  return row;
}

function historyItem(task) {
  const status = el("span", { class: "badge " + task.status }, STATUS_WORDS[task.status] || task.status);
  const reading = readingLines(task.camera);
  return el(
    "li",
    { class: "task", "data-task": task.id },
    el("div", { class: "thumb" }, thumbnail(task)),
    el(
      "div",
      { class: "task-body" },
      el("p", { class: "task-prompt" }, task.prompt || "(no prompt)"),
      el("p", { class: "meta" }, status, progressText(task), " · ", labelOf(task.model), " · ", task.resolution, " · ",
        task.duration + " s · ", task.dialect, " · ", el("time", { datetime: task.created_at }, when(task.created_at))),
      reading.length ? el("p", { class: "meta camera" }, "Camera: " + reading.join(" · ")) : null,
      ...(task.camera ? task.camera.warnings : []).map((w) => el("p", { class: "meta warning" }, w)),
      task.reason ? el("p", { class: "reason" }, task.reason) : null,
      actions(task),
    ),
  );
}

export async function loadHistory() {
  clearTimeout(timer);
  const list = $("history");
  if (!storedKey()) {
    list.replaceChildren();
    $("history-status").textContent = "Use a key to see its tasks.";
    $("history-prev").disabled = true;
    $("history-next").disabled = true;
    return;
  }
  let result;
  try {
    result = await call("/reelgate/v1/tasks?limit=" + HISTORY_PAGE + "&offset=" + page * HISTORY_PAGE);
  } catch (e) {
    $("history-status").textContent = "Cannot list the tasks: " + e.message;
    return;
  }
  list.replaceChildren(...result.tasks.map(historyItem));
  $("history-status").textContent = result.tasks.length ? "" : page ? "No older tasks." : "No tasks yet.";
  $("history-page").textContent = "Page " + (page + 1);
  $("history-prev").disabled = page === 0;
  $("history-next").disabled = !result.has_more;
  if (result.tasks.some((t) => t.status === "queued" || t.status === "processing")) {
    timer = setTimeout(loadHistory, REFRESH_MS);
  }
}

/** Back to the first page, as for another key. */
export function firstPage() {
  page = 0;
  loadHistory();
}

$("history-refresh").addEventListener("click", loadHistory);
$("history-prev").addEventListener("click", () => {
  page = Math.max(0, page - 1);
  loadHistory();
});
$("history-next").addEventListener("click", () => {
  page += 1;
  loadHistory();
});
