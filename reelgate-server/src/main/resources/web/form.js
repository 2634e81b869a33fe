// The form's choices: the pictures (a file, a dropped file or a URL), the model, resolution,
// duration and ratio offered for them (read from the server's model table), and the settings of an earlier
// task put back. Every change is announced as a "formchange" event on the form, which the copy as
// curl, the price and the camera reading follow.

import { el } from "./api.js";
import { allDurations, allResolutions, labelOf, modeOf, whereOffered, whyNot } from "./choices.js";
import { clearError, showError } from "./errors.js";

const $ = (id) => document.getElementById(id);
const modelSelect = $("model");
const prompt = $("prompt");

let models = []; // the playground's models, as the server describes them
const pictures = { image: null, end_image: null }; // {kind: "file", dataUri, name} | {kind: "url", url}
const showPicture = {}; // field -> the function that shows a picture in its box

function changed() {
  $("create").dispatchEvent(new Event("formchange"));
}

/** The playground's models from the table; the form offers them from now on. */
export function setModels(table) {
  models = table;
  modelSelect.replaceChildren(...models.map((m) => el("option", { value: m.id }, labelOf(m.id))));
  refreshChoices();
}

// ---- pictures ------------------------------------------------------------------------------

function setupPicture(box, field) {
  const file = box.querySelector("input[type=file]");
  const url = box.querySelector("input[type=url]");
  const drop = box.querySelector(".drop");
  const preview = box.querySelector(".preview");
  const dropText = box.querySelector(".drop-text");
  const clear = box.querySelector(".clear-picture");

  const show = (picture) => {
    pictures[field] = picture;
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
  showPicture[field] = show;
}


setupPicture($("first-frame"), "image");
setupPicture($("last-frame"), "end_image");

/** Puts a picture in the first frame ("image") or last frame ("end_image") box; null empties it. */
export function setPicture(field, picture) {
  showPicture[field](picture);
}

/** A picture from a link of this server (a task's first frame, an example), as a chosen file. */
export async function pictureFrom(url, name) {
  const response = await fetch(url);
  if (!response.ok) throw new Error("HTTP " + response.status);
  const blob = await response.blob();
  const dataUri = await new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
  return { kind: "file", dataUri, name };
}

// ---- model, resolution, duration ------------------------------------------------------------

export function currentModel() {
  return models.find((m) => m.id === modelSelect.value) || models[0];
}

function currentMode() {
  return modeOf(Boolean(pictures.image), Boolean(pictures.end_image));
}

function checked(name) {
  const input = document.querySelector("input[name=" + name + "]:checked");
  return input ? input.value : null;
}

function radios(container, name, values, label, allowed, wanted) {
  const pick = allowed.includes(wanted) ? wanted : allowed[0];
  container.replaceChildren(
    ...values.map((value) => {
      const id = name + "-" + String(value).replace(":", "-"); // "ratio-16-9"
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
export function refreshChoices() {
  if (!models.length) return;
  const mode = currentMode();
  const notes = [];
  let selected = modelSelect.value;
  for (const option of modelSelect.options) {
    const model = models.find((m) => m.id === option.value);
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
  const resolutions = allResolutions(models);
  const allowedResolutions = resolutions.filter((r) => offers[r]);
  const wantedResolution = checked("resolution") || model.default_resolution;
  radios($("resolutions"), "resolution", resolutions, (r) => r, allowedResolutions, wantedResolution);
  $("resolution-note").textContent = resolutions
    .filter((r) => !offers[r])
    .map((r) => whereOffered(models, r))
    .join(" ");

  const resolution = checked("resolution");
  const durations = allDurations([model]);
  const allowedDurations = resolution ? offers[resolution] : [];
  const wantedDuration = Number(checked("duration") || model.default_duration);
  radios($("durations"), "duration", durations, (d) => d + " s", allowedDurations, wantedDuration);
  $("duration-note").textContent = durations
    .filter((d) => !allowedDurations.includes(d))
    .map((d) => d + " s is not offered at " + resolution + ".")
    .join(" ");
  refreshRatios(model, mode);
  changed();
}

const RATIO_WORDS = { adaptive: "The picture's shape" };

/**
 * The ratio, for a model whose API takes one (H3), by MiniMax V2's rules: adaptive is the
 * picture's own shape, so text alone needs a concrete ratio; with a picture the video keeps the
 * picture's shape whatever is asked, so adaptive is the one choice.
 */
function refreshRatios(model, mode) {
  $("ratio-field").hidden = model.ratios.length === 0;
  if (!model.ratios.length) return;
  const text = mode === "text_to_video";
  const allowed = text ? model.ratios.filter((r) => r !== "adaptive") : ["adaptive"];
  const wanted = allowed.includes(checked("ratio")) ? checked("ratio") : model.default_ratio;
  radios($("ratios"), "ratio", model.ratios, (r) => RATIO_WORDS[r] || r, allowed, wanted);
  $("ratio-note").textContent = text
    ? "The picture's shape needs a picture: text alone takes one of the ratios."
    : "With a picture the video keeps the picture's shape.";
}

export function formState() {
  return {
    model: currentModel().id,
    mode: currentMode(),
    prompt: prompt.value,
    first: pictures.image,
    last: pictures.end_image,
    duration: Number(checked("duration")),
    resolution: checked("resolution"),
    ratio: currentModel().ratios.length ? checked("ratio") : null,
    expansion: $("expansion").checked,
  };
}


/** Puts an earlier task's settings back in the form (its first frame is set apart, by the caller). */
export function applySettings(task) {
  $("prompt").value = task.prompt || "";
  $("prompt").dispatchEvent(new Event("input", { bubbles: true }));
  $("expansion").checked = task.prompt_expansion;
  if (models.some((m) => m.id === task.model)) modelSelect.value = task.model;
  refreshChoices();
  const resolution = $("resolution-" + task.resolution);
  if (resolution && !resolution.disabled) resolution.checked = true;
  refreshChoices();
  const duration = $("duration-" + task.duration);
  if (duration && !duration.disabled) duration.checked = true;
  const ratio = task.ratio && $("ratio-" + task.ratio.replace(":", "-"));
  if (ratio && !ratio.disabled) ratio.checked = true;
  changed();
}

modelSelect.addEventListener("change", () => {
  clearError("model");
  refreshChoices();
});
$("expansion").addEventListener("change", changed);
