// Errors beside the fields they are about: the API names the field, the page shows the message
// under it, marks the control invalid and moves the focus there.

const $ = (id) => document.getElementById(id);

const FIELD_CONTROLS = {
  prompt: () => $("prompt"),
  image: () => $("image-file"),
  end_image: () => $("end-image-file"),
  model: () => $("model"),
  resolution: () => document.querySelector("input[name=resolution]:not([disabled])"),
  duration: () => document.querySelector("input[name=duration]:not([disabled])"),
  ratio: () => document.querySelector("input[name=ratio]:not([disabled])"),
  enable_prompt_expansion: () => $("expansion"),
};

export function showError(field, message) {
  const slot = (field && document.querySelector('[data-error-for="' + field + '"]')) || $("form-error");
  slot.textContent = slot.id === "form-error" && field ? field + ": " + message : message;
  slot.classList.add("shown");
  const control = field && FIELD_CONTROLS[field] ? FIELD_CONTROLS[field]() : null;
  if (control) {
    control.setAttribute("aria-invalid", "true");
    control.focus();
  }
}

export function clearError(field) {
  const slot = document.querySelector('[data-error-for="' + field + '"]');
  if (slot) {
    slot.textContent = "";
    slot.classList.remove("shown");
  }
  const control = FIELD_CONTROLS[field] ? FIELD_CONTROLS[field]() : null;
  if (control) control.removeAttribute("aria-invalid");
}

export function clearErrors() {
  document.querySelectorAll("[data-error-for]").forEach((slot) => {
    slot.textContent = "";
    slot.classList.remove("shown");
  });
  document.querySelectorAll("[aria-invalid]").forEach((c) => c.removeAttribute("aria-invalid"));
}
