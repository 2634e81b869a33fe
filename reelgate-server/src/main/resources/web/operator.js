// The operator's view: GET /reelgate/v1/operator with an admin key, refreshed every 5 seconds
// while the page is visible. The admin key is kept apart from the playground's key, so that an
// operator trying the playground with an ordinary key keeps both.

import { ADMIN_KEY, call, el, keyForm, storedKey, when } from "./api.js";

const REFRESH_MS = 5000;
const $ = (id) => document.getElementById(id);
let timer = null;

function cells(row, values) {
  // A number's cell is right-aligned, as its column's heading.
  const cell = (v) => el("td", v instanceof Element && v.classList.contains("num") ? { class: "num" } : {}, v);
  return el("tr", {}, ...values.map((v, i) => (i === 0 && row ? el("th", { scope: "row" }, v) : cell(v))));
}

function num(value) {
  return el("span", { class: "num" }, String(value));
}

function render(overview) {
  $("engines").replaceChildren(
    ...overview.engines.map((e) => cells(true, [e.name, num(e.workers), num(e.queued), num(e.running)])),
  );
  $("models").replaceChildren(
    ...overview.models.map((m) => cells(true, [m.model, num(m.queued), num(m.running), num(m.succeeded), num(m.failed),
      num(m.mean_render_seconds == null ? "—" : m.mean_render_seconds.toFixed(1) + " s")])),
  );
  renderRoutes(overview.routes);
  const links = [["API docs", overview.links.docs], ...overview.links.openapi.map((p) => ["OpenAPI " + p, p]),
    ["Metrics (Prometheus)", overview.links.metrics]];
  $("links").replaceChildren(...links.map(([label, href]) => el("li", {}, el("a", { href }, label))));
  $("keys").replaceChildren(
    ...overview.keys.map((k) =>
      el(
        "tr",
        {},
        el("th", { scope: "row" }, k.name, k.admin ? el("span", { class: "badge admin" }, "admin") : null,
          el("br"), el("code", { class: "id" }, k.id)),
        el("td", {}, when(k.created_at)),
        el("td", {}, k.revoked ? el("span", { class: "badge failed" }, "revoked") : "active"),
        ...["queued", "processing", "succeeded", "failed", "cancelled"].map((s) => el("td", { class: "num" }, String(k.tasks[s]))),
        el("td", { class: "num" }, String(k.total_tasks)),
        el("td", { class: "num" }, String(k.spent)),
        el("td", { class: "num", title: "Credit balance (reelgate keys grant)" }, k.credit == null ? "unlimited" : String(k.credit)),
      ),
    ),
  );
  const failures = overview.recent_failures;
  $("failures-empty").hidden = failures.length > 0;
  $("failures-table").hidden = failures.length === 0;
  $("failures").replaceChildren(
    ...failures.map((f) =>
      el("tr", {},
        el("td", {}, el("time", { datetime: f.finished_at }, when(f.finished_at))),
        el("td", {}, el("code", {}, f.task_id)),
        el("td", {}, f.key_name),
        el("td", {}, f.dialect + " · " + f.model),
        el("td", { class: "reason" }, f.reason || "—")),
    ),
  );
  $("overview-body").hidden = false;
  $("overview-status").textContent = "Updated " + when(overview.generated_at) + ".";
}

/** Each route: healthy or resting, its calls and their mean times, the tasks it made and their credits. */
function renderRoutes(routes) {
  $("routes-empty").hidden = routes.length > 0;
  $("routes-table").hidden = routes.length === 0;
  $("routes").replaceChildren(
    ...routes.map((r) => {
      const times = Object.entries(r.mean_seconds).map(([call, s]) => call + " " + s.toFixed(2) + " s").join(", ") || "—";
      const health = r.healthy ? el("span", { class: "badge succeeded" }, "healthy") : el("span", { class: "badge failed" }, "resting");
      return cells(true, [r.name, health, num(r.calls), num(r.failed_calls), times, num(r.tasks_succeeded), num(r.tasks_failed),
        num(r.spend_credits)]);
    }),
  );
}

async function load() {
  clearTimeout(timer);
  $("overview-error").textContent = "";
  if (!storedKey(ADMIN_KEY)) {
    $("overview-body").hidden = true;
    $("overview-status").textContent = "Use an admin key to see the overview.";
    return;
  }
  try {
    render(await call("/reelgate/v1/operator", { key: storedKey(ADMIN_KEY) }));
  } catch (e) {
    $("overview-body").hidden = true;
    // A refusal is an error, shown and announced as one; the status line keeps only progress.
    $("overview-status").textContent = "";
    $("overview-error").textContent = e.message;
    return;
  }
  timer = setTimeout(() => (document.hidden ? null : load()), REFRESH_MS);
}

document.addEventListener("visibilitychange", () => {
  if (!document.hidden) load();
});
$("refresh").addEventListener("click", load);

keyForm({
  form: $("key-form"),
  input: $("api-key"),
  forget: $("forget-key"),
  status: $("key-status"),
  error: $("key-error"),
  onChange: () => load(),
  item: ADMIN_KEY,
});
