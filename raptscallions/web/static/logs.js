// The live log view: GET /api/logs, then `module:log` events from the stream.

import { api } from "./api.js";
import { alertBox, fill, fmtJson, fmtTime, h, preview } from "./dom.js";

const LEVELS = ["debug", "info", "warning", "error"];
const RANK = { debug: 10, info: 20, warning: 30, error: 40, critical: 50 };
const MAX_SHOWN = 500;

export async function moduleNames() {
  const list = await api("GET", "/api/modules");
  return list.map((m) => m.name);
}

/** Keep the view's filters in the address without re-rendering the view. */
export function replaceQuery(path, values) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) query.set(key, value);
  const text = query.toString();
  history.replaceState(null, "", `#/${path}${text ? `?${text}` : ""}`);
}

function logEntry(entry) {
  const level = entry.level ?? "info";
  const data = entry.data && Object.keys(entry.data).length ? entry.data : null;
  const ids = [
    entry.session_id ? `session ${entry.session_id}` : null,
    entry.request_id ? `request ${entry.request_id}` : null,
  ].filter(Boolean);
  return h(
    "li",
    { class: "log-entry", testid: "log-entry", dataset: { level, module: entry.module ?? "" } },
    h("time", { datetime: entry.created_at ?? "" }, fmtTime(entry.created_at)),
    h("span", { class: `badge level level-${level}`, testid: "log-level" }, level),
    h("span", { class: "log-module mono", testid: "log-module" }, entry.module ?? "—"),
    h("span", { class: "log-message", testid: "log-message" }, entry.message ?? ""),
    ids.length ? h("span", { class: "log-ids muted" }, ids.join(" · ")) : null,
    data ? h("details", { class: "log-data" }, h("summary", null, "data ", h("code", { class: "preview" }, preview(data))), h("pre", null, fmtJson(data))) : null,
  );
}

export function logsView(container, _params, query, scope) {
  const moduleSelect = h("select", { id: "log-module", testid: "log-filter-module" }, h("option", { value: "" }, "all modules"));
  const levelSelect = h(
    "select",
    { id: "log-level", testid: "log-filter-level" },
    LEVELS.map((l) => h("option", { value: l }, l === "debug" ? "debug (all)" : `${l} and above`)),
  );
  const follow = h("input", { id: "log-follow", type: "checkbox", checked: true, testid: "log-follow" });
  const count = h("p", { class: "muted", role: "status", testid: "log-count" });
  const list = h("ol", { class: "log-list", testid: "log-list", "aria-live": "polite", "aria-relevant": "additions" });
  const error = alertBox("log-error");
  fill(
    container,
    h("h1", { tabindex: "-1" }, "Logs"),
    h(
      "form",
      { class: "filters", testid: "log-filters", onsubmit: (e) => e.preventDefault() },
      h("div", { class: "field" }, h("label", { for: "log-module" }, "Module"), moduleSelect),
      h("div", { class: "field" }, h("label", { for: "log-level" }, "Level"), levelSelect),
      h("div", { class: "field field-check" }, h("label", { class: "check", for: "log-follow" }, follow, "Follow live")),
      h("button", { type: "button", testid: "log-refresh", onclick: () => load() }, "Refresh"),
    ),
    error.el,
    count,
    list,
  );

  let module = query.get("module") ?? "";
  let level = LEVELS.includes(query.get("level")) ? query.get("level") : "debug";
  levelSelect.value = level;
  let generation = 0;
  let buffered = null; // live entries that arrive while a fetch is in flight

  const matches = (e) => (!module || e.module === module) && (RANK[e.level] ?? 20) >= RANK[level];
  const updateCount = () => {
    const n = list.querySelectorAll("[data-testid=log-entry]").length;
    count.textContent = n ? `${n} entr${n === 1 ? "y" : "ies"}, newest first` : "No log entries match.";
  };
  const prepend = (entry) => {
    list.prepend(logEntry(entry));
    while (list.children.length > MAX_SHOWN) list.lastElementChild.remove();
    updateCount();
  };

  const load = async () => {
    const mine = ++generation;
    buffered = [];
    replaceQuery("logs", { module, level: level === "debug" ? "" : level });
    try {
      const entries = await api("GET", "/api/logs", { query: { module, level, limit: 200 } });
      if (!scope.alive || mine !== generation) return;
      error.hide();
      fill(list, entries.map(logEntry));
      // An entry both fetched and streamed shows once.
      const seen = new Set(entries.slice(0, 50).map((e) => `${e.module}|${e.level}|${e.message}`));
      for (const entry of buffered) if (!seen.has(`${entry.module}|${entry.level}|${entry.message}`)) prepend(entry);
      buffered = null;
      updateCount();
    } catch (exc) {
      buffered = null;
      if (exc.status !== 401) error.show(exc.message, "error", "Could not load the logs:");
    }
  };

  moduleSelect.addEventListener("change", () => {
    module = moduleSelect.value;
    load();
  });
  levelSelect.addEventListener("change", () => {
    level = levelSelect.value;
    load();
  });
  scope.on("log", (event) => {
    if (!follow.checked) return;
    const entry = { ...event, created_at: event.created_at ?? event.at ?? new Date().toISOString() };
    if (!matches(entry)) return;
    if (buffered) buffered.push(entry);
    else prepend(entry);
  });
  scope.on("reconnected", () => load());

  moduleNames()
    .then((names) => {
      if (!scope.alive) return;
      if (module && !names.includes(module)) names.push(module);
      moduleSelect.append(...names.map((n) => h("option", { value: n }, n)));
      moduleSelect.value = module;
    })
    .catch(() => {});
  load();
}
