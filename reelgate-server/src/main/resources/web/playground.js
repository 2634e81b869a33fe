// The playground: a form that creates a task through the dialect that sells its model (Novita's
// for Hailuo, MiniMax V2's for H3), follows it by polling,
// plays the video, and lists the key's tasks. This file wires the parts: the key, the model table,
// the submit and "Copy as curl"; each part lives in its own module (form, chips, examples, cost,
// follow, history).

import { ApiError, call, keyForm, storedKey } from "./api.js";
import { renderChips } from "./chips.js";
import { PLAYGROUND_MODELS } from "./choices.js";
import { costForKey, refreshCredit } from "./cost.js";
import { curl } from "./curl.js";
import { createTask } from "./dialects.js";
import { clearErrors, showError } from "./errors.js";
import "./examples.js";
import { follow, resumeUnfinished, whenTaskEnds } from "./follow.js";
import { formState, setModels } from "./form.js";
import { firstPage, loadHistory } from "./history.js";

const $ = (id) => document.getElementById(id);

whenTaskEnds(() => {
  loadHistory();
  refreshCredit();
});

keyForm({
  form: $("key-form"),
  input: $("api-key"),
  forget: $("forget-key"),
  status: $("key-status"),
  error: $("key-error"),
  onChange: (me) => {
    $("operator-link").hidden = !(me && me.admin);
    costForKey(me);
    firstPage();
    if (me) resumeUnfinished();
  },
});

// ---- copy as curl --------------------------------------------------------------------------

function refreshCurl() {
  if (!$("model").value || !document.querySelector("input[name=resolution]:checked")) return;
  $("curl-text").textContent = curl($("curl-dialect").value, formState(), location.origin);
}
$("create").addEventListener("formchange", refreshCurl);
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

// ---- submit --------------------------------------------------------------------------------

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
    const created = await createTask(form);
    follow(created.id, created.dialect);
    loadHistory();
    refreshCredit();
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

// ---- start ---------------------------------------------------------------------------------

async function start() {
  let table;
  try {
    table = await call("/reelgate/v1/models", { key: "" });
  } catch (e) {
    $("form-error").textContent = "Cannot read the model table: " + e.message;
    return;
  }
  renderChips(table.camera_commands);
  setModels(PLAYGROUND_MODELS.map((p) => table.models.find((m) => m.id === p.id)).filter(Boolean));
  document.body.dataset.ready = "true";
}

start();
