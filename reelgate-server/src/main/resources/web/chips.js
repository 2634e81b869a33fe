// The prompt: its counter, the camera chips and the reading of its camera commands. A click on a
// chip inserts its command as a bracket of its own at the cursor; Shift+click (or Shift+Enter on
// the chip) adds it to the bracket at the cursor instead, so that the moves run together:
// [Pan left,Pedestal up]. While one types, the server's reading of the commands is shown under the
// prompt (GET /reelgate/v1/camera), a moment after the typing stops.

import { call, el, storedKey } from "./api.js";
import { clearError } from "./errors.js";
import { currentModel } from "./form.js";

const READING_DELAY_MS = 400;

const $ = (id) => document.getElementById(id);
const prompt = $("prompt");
let readingTimer = null;
let readingRun = 0;

/** The counter against the chosen model's longest prompt (2000 for Hailuo, 7000 for H3); the server is the one that checks it. */
function countPrompt() {
  const model = currentModel();
  if (!model) return;
  const length = [...prompt.value].length;
  $("prompt-count").textContent = length + " / " + model.max_prompt_length;
  $("prompt-count").classList.toggle("over", length > model.max_prompt_length);
}

$("create").addEventListener("formchange", countPrompt);

prompt.addEventListener("input", () => {
  countPrompt();
  clearError("prompt");
  $("create").dispatchEvent(new Event("formchange"));
});

/** The bracket the cursor is in or just after (spaces aside): its "]" index, or -1. */
export function bracketAt(text, cursor) {
  const open = text.lastIndexOf("[", cursor - 1);
  if (open < 0) return -1;
  const close = text.indexOf("]", open);
  if (close < 0) return -1;
  if (close >= cursor - 1) return close; // the cursor is inside, or right after the "]"
  return text.slice(close + 1, cursor).trim() === "" ? close : -1;
}

function insertCommand(command, combine) {
  const start = prompt.selectionStart ?? prompt.value.length;
  const end = prompt.selectionEnd ?? start;
  const close = combine ? bracketAt(prompt.value, start) : -1;
  prompt.focus();
  if (close >= 0) {
    prompt.setRangeText("," + command, close, close, "end");
    prompt.setSelectionRange(close + command.length + 2, close + command.length + 2);
  } else {
    const before = prompt.value.slice(0, start);
    const space = before && !/\s$/.test(before) ? " " : "";
    prompt.setRangeText(space + "[" + command + "]", start, end, "end");
  }
  prompt.dispatchEvent(new Event("input", { bubbles: true }));
}

export function renderChips(commands) {
  $("chips").replaceChildren(
    ...commands.map((c) =>
      el(
        "button",
        {
          type: "button",
          class: "chip",
          "data-command": c.english,
          // A title, not an aria-label: the accessible name stays the visible text (WCAG 2.5.3).
          title: "Insert [" + c.english + "] at the cursor; Shift: add it to the bracket there",
          // Keep the cursor where it was in the prompt: a mouse press would move the focus first.
          onmousedown: (event) => event.preventDefault(),
          onclick: (event) => insertCommand(c.english, event.shiftKey),
          onkeydown: (event) => {
            if (event.key === "Enter" && event.shiftKey) {
              event.preventDefault();
              insertCommand(c.english, true);
            }
          },
        },
        c.english,
        el("span", { class: "zh", lang: "zh" }, c.chinese),
      ),
    ),
  );
  countPrompt();
}

/** "0–3 s Pan left + Pedestal up, quick": one line per shot, then the warnings. */
export function readingLines(reading) {
  if (!reading) return [];
  const lines = reading.segments.map((s) =>
    trim(s.start) + "–" + trim(s.end) + " s: " + s.moves.join(" + ") + (s.speed && s.speed !== "normal" ? ", " + s.speed : ""));
  if (reading.default) lines.unshift("No camera command: the engine chooses its own move.");
  return lines;
}

function trim(seconds) {
  return Number(seconds.toFixed(1)).toString();
}

/** Asks the server how the prompt's camera commands read, a moment after the last change. */
function readCamera(duration, expansion) {
  clearTimeout(readingTimer);
  readingTimer = setTimeout(async () => {
    const run = ++readingRun;
    const box = $("camera-reading");
    if (!storedKey() || !prompt.value.trim()) {
      box.replaceChildren();
      return;
    }
    let reading;
    try {
      const query = "prompt=" + encodeURIComponent(prompt.value) + "&duration=" + duration + "&prompt_expansion=" + expansion;
      reading = await call("/reelgate/v1/camera?" + query);
    } catch {
      return; // a server without the reading, or a prompt it refuses: the create says why
    }
    if (run !== readingRun) return;
    box.replaceChildren(
      el("span", { class: "reading-title" }, "The camera: "),
      readingLines(reading).join(" · "),
      ...reading.warnings.map((w) => el("span", { class: "warning" }, w)),
    );
  }, READING_DELAY_MS);
}

$("create").addEventListener("formchange", () => {
  const duration = document.querySelector("input[name=duration]:checked");
  readCamera(duration ? duration.value : 6, $("expansion").checked);
});
