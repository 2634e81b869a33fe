// One-click examples for a first try: a photo drawn for the playground (served from
// /web/examples/) with a prompt whose camera commands suit it, or a prompt alone.

import { el } from "./api.js";
import { pictureFrom, setPicture } from "./form.js";
import { showError } from "./errors.js";

const EXAMPLES = [
  { label: "Lighthouse", photo: "lighthouse.jpg", prompt: "A lighthouse at dusk, waves rolling in [Push in]" },
  { label: "Mountains", photo: "mountains.jpg", prompt: "Misty ridges at sunrise, slowly [Pan left,Pedestal up]" },
  { label: "City", photo: "city.jpg", prompt: "A city skyline at night [Truck right] [Pull out]" },
  { label: "Text only", photo: null, prompt: "Galaxies drift in the deep field [Zoom in]" },
];

const $ = (id) => document.getElementById(id);

async function use(example) {
  const prompt = $("prompt");
  prompt.value = example.prompt;
  prompt.dispatchEvent(new Event("input", { bubbles: true }));
  try {
    setPicture("image", example.photo ? await pictureFrom("/web/examples/" + example.photo, example.photo) : null);
  } catch (e) {
    showError("image", "The example photo cannot be loaded: " + e.message);
  }
  setPicture("end_image", null);
}

$("examples").replaceChildren(
  ...EXAMPLES.map((example) =>
    el(
      "button",
      { type: "button", class: "example secondary small", "data-example": example.label, onclick: () => use(example) },
      example.photo ? el("img", { src: "/web/examples/" + example.photo, alt: "", width: 64, height: 36 }) : null,
      example.label,
    ),
  ),
);
