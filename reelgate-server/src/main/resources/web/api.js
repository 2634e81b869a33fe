// The API keys (kept in this browser's local storage only) and the calls to this server.

/** Where the playground keeps its key. */
export const PLAYGROUND_KEY = "reelgate.apiKey";
/** Where the operator's view keeps its admin key: its own, never the playground's. */
export const ADMIN_KEY = "reelgate.adminKey";

export function storedKey(item = PLAYGROUND_KEY) {
  try {
    return localStorage.getItem(item) || "";
  } catch {
    return "";
  }
}

export function storeKey(key, item = PLAYGROUND_KEY) {
  try {
    if (key) localStorage.setItem(item, key);
    else localStorage.removeItem(item);
  } catch {
    // Storage can be off (private windows); the key then lives as long as the page.
  }
}

/** An error answered by the server: its HTTP status, message and the field it names (if any). */
export class ApiError extends Error {
  constructor(status, message, field) {
    super(message);
    this.status = status;
    this.field = field || null;
  }
}

/**
 * Calls the server with the key as a Bearer token; returns the parsed JSON body, or throws an
 * ApiError read from either error shape: Reelgate's own {"error": {...}} or Novita's
 * {"code", "reason", "message", "metadata": {"field"}}.
 */
export async function call(path, { key = storedKey(), method = "GET", body } = {}) {
  const headers = { Accept: "application/json" };
  if (key) headers.Authorization = "Bearer " + key;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (e) {
    throw new ApiError(0, "The server cannot be reached: " + e.message, null);
  }
  let json = null;
  try {
    json = await response.json();
  } catch {
    // A body that is not JSON (a 502 from a proxy, say) is reported by status alone.
  }
  if (!response.ok) {
    const error = json && json.error ? json.error : json || {};
    const field = error.field || (error.metadata && error.metadata.field) || null;
    throw new ApiError(response.status, error.message || "HTTP " + response.status, field);
  }
  return json;
}

/** The caller's key ({id, name, admin, credit}), or null without a usable key. */
export async function whoAmI(key = storedKey()) {
  if (!key) return null;
  return call("/reelgate/v1/key", { key });
}

/** "3.2 s", "1 min 4 s" */
export function seconds(ms) {
  if (ms == null || Number.isNaN(ms)) return "—";
  const s = ms / 1000;
  if (s < 60) return s.toFixed(1) + " s";
  return Math.floor(s / 60) + " min " + Math.round(s % 60) + " s";
}

export function when(iso) {
  if (!iso) return "—";
  const date = new Date(iso);
  return date.toLocaleString(undefined, { dateStyle: "short", timeStyle: "medium" });
}

/** Creates an element with attributes and children (strings become text, never HTML). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value == null) continue;
    if (name === "class") node.className = value;
    else if (name === "text") node.textContent = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children) {
    if (child == null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/**
 * Wires a key form: fills it from storage (item: where this page keeps its key), saves on submit,
 * forgets on the button. Progress goes to status; a refused key to error, an alert, so it is shown
 * and announced as an error.
 */
export function keyForm({ form, input, forget, status, error, onChange, item = PLAYGROUND_KEY }) {
  input.value = storedKey(item);
  const check = async () => {
    const key = storedKey(item);
    input.removeAttribute("aria-invalid");
    error.textContent = "";
    if (!key) {
      status.textContent = "No key yet: paste the key the server printed (or one from `reelgate keys create`).";
      onChange(null);
      return;
    }
    try {
      const me = await whoAmI(key);
      status.textContent = "Using key “" + me.name + "”" + (me.admin ? " (admin)." : ".");
      onChange(me);
    } catch (e) {
      input.setAttribute("aria-invalid", "true");
      status.textContent = "";
      error.textContent = e.status === 401 ? "This key is unknown or revoked." : e.message;
      onChange(null);
    }
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    storeKey(input.value.trim(), item);
    check();
  });
  forget.addEventListener("click", () => {
    input.value = "";
    storeKey("", item);
    check();
  });
  check();
}
