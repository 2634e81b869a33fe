// The playground: a form that creates a task through the Novita dialect, follows it by polling,
// plays the video, and lists the key's tasks (GET /reelgate/v1/tasks).

import { ApiError, call, el, keyForm, seconds, storedKey, when } from "./api.js";
import {
  PLAYGROUND_MODELS, allDurations, allResolutions, labelOf, modeOf, novitaEndpoint, whereOffered, whyNot,
} from "./choices.js";
import { bodyText, curl } from "./curl.js";

const POLL_MS = 1000;
const HISTORY_PAGE = 5;
// Unfinished tasks are the newest ones: the last 100 (the listing's most) hold them all in practice.
const RESUME_LIMIT = 100;
const PROMPT_LIMIT = 2000; // shown as a counter only: the server is the one that checks it

const $ = (id) => document.getElementById(id);

const state = {
  models: [], // the playground's models, as the server describes them
  pictures: { image: null, end_image: null }, // {kind: "file", dataUri, name} | {kind: "url", url}
  following: 0, // the poll in progress; a new task stops the previous one
  historyPage: 0,
  historyTimer: null,
};

// ---- the key -------------------------------------------------------------------------------

keyForm({
  form: $("key-form"),
  input: $("api-key"),
  forget: $("forget-key"),
  status: $("key-status"),
  error: $("key-error"),
  onChange: (me) => {
    $("operator-link").hidden = !(me && me.admin);
    state.historyPage = 0;
    loadHistory();
    if (me) resumeUnfinished();
  },
});

// ---- pictures ------------------------------------------------------------------------------

function setupPicture(box, field) {
  const file = box.querySelector("input[type=file]");
  const url = box.querySelector("input[type=url]");
  const drop = box.querySelector(".drop");
  const preview = box.querySelector(".preview");
  const dropText = box.querySelector(".drop-text");
  const clear = box.querySelector(".clear-picture");

  const show = (picture) => {
    state.pictures[field] = picture;
    preview.hidden = !picture;
    if (picture) {
      preview.src = picture.kind === "file" ? picture.dataUri : picture.url;
      dropText.textContent = picture.kind === "file" ? picture.name : "Choose a photo or drop it here";
    } else {
      preview.removeAttribute("src");
      dropText.textContent = "Choose a photo or drop it here";
    }
    clear.hidden = !picture;
    clearError(field);
    refreshChoices();
  };
  const readFile = (chosen) => {
    if (!chosen) return;
    const reader = new FileReader();
    reader.onload = () => {
      url.value = "";
      show({ kind: "file", dataUri: reader.result, name: chosen.name });
    };
    reader.onerror = () => showError(field, "This file cannot be read.");
    reader.readAsDataURL(chosen);
  };

  file.addEventListener("change", () => readFile(file.files[0]));
  url.addEventListener("change", () => {
    const text = url.value.trim();
    file.value = "";
    show(text ? { kind: "url", url: text } : null);
  });
  for (const type of ["dragenter", "dragover"]) {
    drop.addEventListener(type, (event) => {
      event.preventDefault();
      drop.classList.add("dragging");
    });
  }
  for (const type of ["dragleave", "drop"]) {
    drop.addEventListener(type, () => drop.classList.remove("dragging"));
  }
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    const dropped = event.dataTransfer.files[0];
    if (dropped) {
      file.value = "";
      readFile(dropped);
    } else {
      const text = event.dataTransfer.getData("text/uri-list") || event.dataTransfer.getData("text/plain");
      if (text) {
        url.value = text.trim();
        show({ kind: "url", url: url.value });
      }
    }
  });
  clear.addEventListener("click", () => {
    file.value = "";
    url.value = "";
    show(null);
    file.focus();
  });
  clear.hidden = true;
}

setupPicture($("first-frame"), "image");
setupPicture($("last-frame"), "end_image");

// ---- prompt and camera chips ---------------------------------------------------------------

const prompt = $("prompt");

function countPrompt() {
  const length = [...prompt.value].length;
  $("prompt-count").textContent = length + " / " + PROMPT_LIMIT;
  $("prompt-count").classList.toggle("over", length > PROMPT_LIMIT);
}
prompt.addEventListener("input", () => {
  countPrompt();
  clearError("prompt");
  refreshCurl();
});

function insertCommand(command) {
  const start = prompt.selectionStart ?? prompt.value.length;
  const end = prompt.selectionEnd ?? start;
  const before = prompt.value.slice(0, start);
  const space = before && !/\s$/.test(before) ? " " : "";
  prompt.focus();
  prompt.setRangeText(space + "[" + command + "]", start, end, "end");
  prompt.dispatchEvent(new Event("input", { bubbles: true }));
}

function renderChips(commands) {
  const list = $("chips");
  list.replaceChildren(
    ...commands.map((c) =>
      el(
        "button",
        {
          type: "button",
          class: "chip",
          "data-command": c.english,
          // A title, not an aria-label: the accessible name stays the visible text (WCAG 2.5.3).
          title: "Insert [" + c.english + "] at the cursor",
          // Keep the cursor where it was in the prompt: a mouse press would move the focus first.
          onmousedown: (event) => event.preventDefault(),
          onclick: () => insertCommand(c.english),
        },
        c.english,
        el("span", { class: "zh", lang: "zh" }, c.chinese),
      ),
    ),
  );
}

// ---- model, resolution, duration ------------------------------------------------------------

const modelSelect = $("model");

function currentModel() {
  return state.models.find((m) => m.id === modelSelect.value) || state.models[0];
}

function currentMode() {
  return modeOf(Boolean(state.pictures.image), Boolean(state.pictures.end_image));
}

function checked(name) {
  const input = document.querySelector("input[name=" + name + "]:checked");
  return input ? input.value : null;
}

function radios(container, name, values, label, allowed, wanted) {
  const pick = allowed.includes(wanted) ? wanted : allowed[0];
  container.replaceChildren(
    ...values.map((value) => {
      const id = name + "-" + value;
      const disabled = !allowed.includes(value);
      return el(
        "span",
        { class: "radio" + (disabled ? " disabled" : "") },
        el("input", {
          type: "radio", id, name, value, disabled, checked: String(value) === String(pick),
          onchange: () => {
            clearError(name);
            refreshChoices();
          },
        }),
        el("label", { for: id }, label(value)),
      );
    }),
  );
}

/** Offers exactly the choices the model table allows for the pictures given. */
function refreshChoices() {
  if (!state.models.length) return;
  const mode = currentMode();
  const notes = [];
  let selected = modelSelect.value;
  for (const option of modelSelect.options) {
    const model = state.models.find((m) => m.id === option.value);
    const reason = whyNot(model, mode);
    option.disabled = Boolean(reason);
    option.textContent = labelOf(model.id) + (reason ? " — " + reason : "");
  }
  if (modelSelect.selectedOptions[0]?.disabled) {
    const usable = [...modelSelect.options].find((o) => !o.disabled);
    if (usable) {
      notes.push(labelOf(selected) + " " + whyNot(currentModel(), mode) + ": switched to " + usable.textContent + ".");
      modelSelect.value = usable.value;
      selected = usable.value;
    }
  }
  $("model-note").textContent = notes.join(" ");

  const model = currentModel();
  const offers = model.offers[mode] || {};
  const resolutions = allResolutions(state.models);
  const allowedResolutions = resolutions.filter((r) => offers[r]);
  const wantedResolution = checked("resolution") || model.default_resolution;
  radios($("resolutions"), "resolution", resolutions, (r) => r, allowedResolutions, wantedResolution);
  $("resolution-note").textContent = resolutions
    .filter((r) => !offers[r])
    .map((r) => whereOffered(state.models, r))
    .join(" ");

  const resolution = checked("resolution");
  const durations = allDurations(state.models);
  const allowedDurations = resolution ? offers[resolution] : [];
  const wantedDuration = Number(checked("duration") || model.default_duration);
  radios($("durations"), "duration", durations, (d) => d + " s", allowedDurations, wantedDuration);
  $("duration-note").textContent = durations
    .filter((d) => !allowedDurations.includes(d))
    .map((d) => d + " s is not offered at " + resolution + ".")
    .join(" ");
  refreshCurl();
}

function formState() {
  return {
    model: currentModel().id,
    mode: currentMode(),
    prompt: prompt.value,
    first: state.pictures.image,
    last: state.pictures.end_image,
    duration: Number(checked("duration")),
    resolution: checked("resolution"),
    expansion: $("expansion").checked,
  };
}

modelSelect.addEventListener("change", () => {
  clearError("model");
  refreshChoices();
});
$("expansion").addEventListener("change", refreshCurl);

// ---- copy as curl --------------------------------------------------------------------------

function refreshCurl() {
  if (!state.models.length || !checked("resolution")) return;
  $("curl-text").textContent = curl($("curl-dialect").value, formState(), location.origin);
}
$("curl-dialect").addEventListener("change", refreshCurl);
$("curl").addEventListener("toggle", refreshCurl);
$("curl-copy").addEventListener("click", async () => {
  refreshCurl();
  const text = $("curl-text").textContent;
  try {
    await navigator.clipboard.writeText(text);
    $("curl-status").textContent = "Copied.";
  } catch {
    const range = document.createRange();
    range.selectNodeContents($("curl-text"));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    $("curl-status").textContent = "Selected: press Ctrl+C (⌘C) to copy.";
  }
});

// ---- errors beside their fields ------------------------------------------------------------

const FIELD_CONTROLS = {
  prompt: () => prompt,
  image: () => $("image-file"),
  end_image: () => $("end-image-file"),
  model: () => modelSelect,
  resolution: () => document.querySelector("input[name=resolution]:not([disabled])"),
  duration: () => document.querySelector("input[name=duration]:not([disabled])"),
  enable_prompt_expansion: () => $("expansion"),
};

function showError(field, message) {
  const slot = (field && document.querySelector('[data-error-for="' + field + '"]')) || $("form-error");
  slot.textContent = slot.id === "form-error" && field ? field + ": " + message : message;
  slot.classList.add("shown");
  const control = field && FIELD_CONTROLS[field] ? FIELD_CONTROLS[field]() : null;
  if (control) {
    control.setAttribute("aria-invalid", "true");
    control.focus();
  }
}

function clearError(field) {
  const slot = document.querySelector('[data-error-for="' + field + '"]');
  if (slot) {
    slot.textContent = "";
    slot.classList.remove("shown");
  }
  const control = FIELD_CONTROLS[field] ? FIELD_CONTROLS[field]() : null;
  if (control) control.removeAttribute("aria-invalid");
}

function clearErrors() {
  document.querySelectorAll("[data-error-for]").forEach((slot) => {
    slot.textContent = "";
    slot.classList.remove("shown");
  });
  document.querySelectorAll("[aria-invalid]").forEach((c) => c.removeAttribute("aria-invalid"));
}

// ---- submit and follow ---------------------------------------------------------------------

$("create").addEventListener("submit", async (event) => {
  event.preventDefault();
  clearErrors();
  if (!storedKey()) {
    $("key-status").textContent = "Paste your API key first.";
    $("api-key").setAttribute("aria-invalid", "true");
    $("api-key").focus();
    return;
  }
  const form = formState();
  const submit = $("submit");
  submit.disabled = true;
  submit.textContent = "Sending…";
  try {
    const created = await call("/v3/async/" + novitaEndpoint(form.model, form.mode), {
      method: "POST",
      body: JSON.parse(bodyText("novita", form)),
    });
    follow(created.task_id);
    loadHistory();
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      $("key-status").textContent = e.message;
      $("api-key").setAttribute("aria-invalid", "true");
      $("api-key").focus();
    } else {
      showError(e.field, e.message);
    }
  } finally {
    submit.disabled = false;
    submit.textContent = "Make the video";
  }
});

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Follows a task until it ends (true) or another follow takes over (false). */
async function follow(taskId) {
  const run = ++state.following;
  const video = $("video");
  $("result-empty").hidden = true;
  $("result-task").hidden = false;
  $("result-id").textContent = taskId;
  $("progress").value = 0;
  $("progress-label").textContent = "Queued";
  $("result-status").textContent = "Task accepted; waiting for a worker.";
  video.hidden = true;
  video.removeAttribute("src");
  video.load();
  $("facts").hidden = true;
  // The previous task's link must not stay: it would download the wrong video.
  $("download").hidden = true;
  $("download").removeAttribute("href");
  while (run === state.following) {
    let result;
    try {
      result = await call("/v3/async/task-result?task_id=" + encodeURIComponent(taskId));
    } catch (e) {
      $("result-status").textContent = "Cannot read the task: " + e.message;
      return false;
    }
    if (run !== state.following) return false;
    const task = result.task;
    $("progress").value = task.progress_percent;
    if (task.status === "TASK_STATUS_SUCCEED") {
      $("progress-label").textContent = "Done";
      // Time in the queue depends on other tasks, not on the video: the two are shown apart.
      const debug = result.extra.debug_info;
      const queued = Number(debug.execute_time_ms) - Number(debug.submit_time_ms);
      const rendered = Number(debug.complete_time_ms) - Number(debug.execute_time_ms);
      $("result-status").textContent = "Rendered in " + seconds(rendered) + " after " + seconds(queued) + " in the queue.";
      $("fact-queue").textContent = seconds(queued);
      $("fact-render").textContent = seconds(rendered);
      play(result.videos[0].video_url, taskId);
      loadHistory();
      return true;
    }
    if (task.status === "TASK_STATUS_FAILED") {
      $("progress-label").textContent = "Failed";
      $("result-status").textContent = "Failed: " + (task.reason || "no reason given");
      loadHistory();
      return true;
    }
    const running = task.status === "TASK_STATUS_PROCESSING";
    $("progress-label").textContent = running ? "Rendering " + task.progress_percent + " %" : "Queued";
    // Novita's eta comes from the real queue; the position is in the task list, below.
    $("result-status").textContent = running ? "About " + task.eta + " s left." : "Waiting for a worker, about " + task.eta + " s.";
    await sleep(POLL_MS);
  }
  return false;
}

/**
 * A reload (or another key) must not lose the tasks still queued or rendering: they are followed
 * again, oldest first, each after the one before ends; a new task from the form takes over.
 */
async function resumeUnfinished() {
  let page;
  try {
    page = await call("/reelgate/v1/tasks?limit=" + RESUME_LIMIT);
  } catch {
    return; // the history says why
  }
  const unfinished = page.tasks.filter((t) => t.status === "queued" || t.status === "processing").reverse();
  for (const task of unfinished) {
    if (!(await follow(task.id))) return;
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

// ---- history -------------------------------------------------------------------------------

const STATUS_WORDS = {
  queued: "Queued", processing: "Rendering", succeeded: "Succeeded", failed: "Failed", cancelled: "Cancelled",
};

function thumbnail(task) {
  if (task.first_frame_url) {
    return el("img", { src: task.first_frame_url, alt: "First frame", loading: "lazy" });
  }
  if (task.video) {
    return el("video", { src: task.video.url + "#t=0.5", muted: true, preload: "metadata", "aria-label": "First frame of the video" });
  }
  return el("span", { class: "no-thumb", "aria-hidden": "true" }, "T");
}

function historyItem(task) {
  const status = el("span", { class: "badge " + task.status }, STATUS_WORDS[task.status] || task.status);
  const progress = task.status === "processing"
    ? " " + task.progress_percent + " %, about " + task.eta_seconds + " s left"
    : task.status === "queued" ? ": position " + task.queue_position + ", about " + task.eta_seconds + " s" : "";
  const actions = el("p", { class: "task-actions" });
  if (task.video) {
    actions.append(el("a", { href: task.video.url }, "Open video"));
    actions.append(" " + task.video.width + "×" + task.video.height + ", " + (task.video.size_bytes / 1e6).toFixed(1) + " MB");
  }
  if (task.cancel_url && (task.status === "queued" || task.status === "processing")) {
    actions.append(
      el("button", {
        type: "button", class: "secondary small",
        onclick: async () => {
          try {
            await call(task.cancel_url, { method: "POST" });
          } catch (e) {
            $("history-status").textContent = "Cannot cancel: " + e.message;
          }
          loadHistory();
        },
      }, "Cancel"),
    );
  }
  return el(
    "li",
    { class: "task" },
    el("div", { class: "thumb" }, thumbnail(task)),
    el(
      "div",
      { class: "task-body" },
      el("p", { class: "task-prompt" }, task.prompt || "(no prompt)"),
      el("p", { class: "meta" }, status, progress, " · ", labelOf(task.model), " · ", task.resolution, " · ",
        task.duration + " s · ", task.dialect, " · ", el("time", { datetime: task.created_at }, when(task.created_at))),
      task.reason ? el("p", { class: "reason" }, task.reason) : null,
      actions,
    ),
  );
}

async function loadHistory() {
  clearTimeout(state.historyTimer);
  const list = $("history");
  if (!storedKey()) {
    list.replaceChildren();
    $("history-status").textContent = "Use a key to see its tasks.";
    $("history-prev").disabled = true;
    $("history-next").disabled = true;
    return;
  }
  let page;
  try {
    page = await call("/reelgate/v1/tasks?limit=" + HISTORY_PAGE + "&offset=" + state.historyPage * HISTORY_PAGE);
  } catch (e) {
    $("history-status").textContent = "Cannot list the tasks: " + e.message;
    return;
  }
  list.replaceChildren(...page.tasks.map(historyItem));
  $("history-status").textContent = page.tasks.length ? "" : state.historyPage ? "No older tasks." : "No tasks yet.";
  $("history-page").textContent = "Page " + (state.historyPage + 1);
  $("history-prev").disabled = state.historyPage === 0;
  $("history-next").disabled = !page.has_more;
  if (page.tasks.some((t) => t.status === "queued" || t.status === "processing")) {
    state.historyTimer = setTimeout(loadHistory, 2000);
  }
}

$("history-refresh").addEventListener("click", loadHistory);
$("history-prev").addEventListener("click", () => {
  state.historyPage = Math.max(0, state.historyPage - 1);
  loadHistory();
});
$("history-next").addEventListener("click", () => {
  state.historyPage += 1;
  loadHistory();
});

// ---- start ---------------------------------------------------------------------------------

async function start() {
  let table;
  try {
    table = await call("/reelgate/v1/models", { key: "" });
  } catch (e) {
    $("form-error").textContent = "Cannot read the model table: " + e.message;
    return;
  }
  state.models = PLAYGROUND_MODELS.map((p) => table.models.find((m) => m.id === p.id)).filter(Boolean);
  modelSelect.replaceChildren(...state.models.map((m) => el("option", { value: m.id }, labelOf(m.id))));
  renderChips(table.camera_commands);
  countPrompt();
  refreshChoices();
  document.body.dataset.ready = "true";
}

start();
