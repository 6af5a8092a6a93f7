// The module list (cards) and a module's page (details, counters, scoped config form).

import { api, ApiError, emit, modulePath } from "./api.js";
import { alertBox, fill, fmtMs, fmtTime, h, setStatus, statusLine } from "./dom.js";
import { schemaForm } from "./schema-form.js";

const SCOPES = ["global", "group", "class", "tool"];

export function statusBadge(status) {
  return h(
    "span",
    { class: `badge status status-${status ?? "unknown"}`, testid: "module-status" },
    status ?? "unknown",
  );
}

function chip(text, extraClass = "") {
  return h("span", { class: `chip ${extraClass}`.trim() }, text);
}

function protectionChips(protections) {
  const entries = Object.entries(protections ?? {});
  if (!entries.length) return h("span", { class: "muted" }, "none reported");
  return entries.map(([name, on]) =>
    h(
      "span",
      { class: `chip ${on ? "ok" : "off"}`, title: on ? "active" : "not active" },
      on ? "✓ " : "✗ ",
      name,
    ),
  );
}

/** The module's secrets, by name only: granted (✓), declared but missing (✗, with why), and
 * granted by the operator but not declared by the module (ignored). Nothing when it has none. */
function secretChips(secrets) {
  const s = secrets ?? {};
  const missing = Object.entries(s.missing ?? {});
  const chips = [
    ...(s.granted ?? []).map((name) => h("span", { class: "chip ok mono", title: "granted" }, "✓ ", name)),
    ...missing.map(([name, why]) => h("span", { class: "chip off mono", title: why }, "✗ ", name)),
    ...(s.undeclared ?? []).map((name) =>
      h("span", { class: "chip off mono", title: "granted but not declared by the module: not given" }, "? ", name),
    ),
  ];
  return chips.length ? chips : null;
}

function lastError(m) {
  if (!m.last_error) return h("span", { class: "muted" }, "none");
  return [
    h("span", { class: "error-text" }, m.last_error),
    m.last_error_at ? h("span", { class: "muted" }, ` (${fmtTime(m.last_error_at)})`) : null,
  ];
}

/** Enable/disable and reload buttons for one module; results go out as live "module"
 * updates, refusals into `alert`. */
function moduleActions(getModule, alert, status) {
  const toggle = h("button", { type: "button", testid: "module-toggle" });
  const reload = h("button", { type: "button", testid: "module-reload" }, "Reload");
  const run = async (button, action, done) => {
    const m = getModule();
    alert.hide();
    button.disabled = true;
    button.setAttribute("aria-busy", "true");
    setStatus(status, `${action} ${m.name}…`);
    try {
      const updated = await api("POST", `${modulePath(m.name)}/${action}`);
      if (updated?.name) emit("module", updated);
      setStatus(status, done(updated ?? m), "ok");
    } catch (exc) {
      if (exc.status === 401) return;
      setStatus(status, "");
      if (exc.code === "required_module") {
        alert.show(exc.message, "refusal", "Required module.");
      } else {
        alert.show(exc.message, "error", `Could not ${action}:`);
      }
    } finally {
      button.disabled = false;
      button.removeAttribute("aria-busy");
    }
  };
  toggle.addEventListener("click", () => {
    const disabled = getModule().status === "disabled";
    run(toggle, disabled ? "enable" : "disable", (m) => `${m.name} is ${m.status}.`);
  });
  reload.addEventListener("click", () =>
    run(reload, "reload", (m) => `${m.name} reloaded (generation ${m.generation ?? "?"}).`),
  );
  const update = (m) => {
    const disabled = m.status === "disabled";
    toggle.textContent = disabled ? "Enable" : "Disable";
    toggle.className = disabled ? "primary" : "";
    toggle.setAttribute("aria-label", `${disabled ? "Enable" : "Disable"} ${m.name}`);
    reload.setAttribute("aria-label", `Reload ${m.name}`);
  };
  return { el: h("div", { class: "actions" }, toggle, reload), update };
}

function requiredChip(m) {
  return m.required
    ? h("span", { class: "chip required", testid: "module-required", title: "Cannot be disabled or weakened" }, "required")
    : null;
}

/** A module's card; `update(m)` redraws it in place (its buttons keep focus). */
export function moduleCard(initial) {
  let m = initial;
  const alert = alertBox("module-message");
  const status = statusLine("module-action-status");
  const actions = moduleActions(() => m, alert, status);
  const head = h("header", { class: "card-head" });
  const body = h("div", { class: "card-body" });
  const el = h(
    "article",
    { class: "card module-card", testid: `module-card-${m.name}`, dataset: { module: m.name } },
    head,
    body,
    h("footer", { class: "card-foot" }, actions.el, h("a", { href: `#/modules/${encodeURIComponent(m.name)}`, class: "button-link", testid: "module-open" }, "Configure")),
    status,
    alert.el,
  );
  const update = (next) => {
    m = next;
    el.dataset.status = m.status;
    fill(
      head,
      h("h2", null, h("a", { href: `#/modules/${encodeURIComponent(m.name)}`, testid: "module-name" }, m.display_name || m.name)),
      statusBadge(m.status),
      requiredChip(m),
    );
    fill(
      body,
      m.display_name && m.display_name !== m.name ? h("p", { class: "module-id mono" }, m.name) : null,
      m.description ? h("p", { class: "description" }, m.description) : null,
      h(
        "dl",
        { class: "facts" },
        h("dt", null, "Version"),
        h("dd", { testid: "module-version" }, m.version ?? "—"),
        h("dt", null, "Hooks"),
        h("dd", { testid: "module-hooks", class: "chips" }, (m.hooks ?? []).map((hook) => chip(hook, "mono"))),
        h("dt", null, "Restarts"),
        h("dd", { testid: "module-restarts" }, String(m.restart_count ?? 0)),
        h("dt", null, "Last error"),
        h("dd", { testid: "module-last-error" }, lastError(m)),
        m.reason ? [h("dt", null, "Reason"), h("dd", { testid: "module-reason" }, m.reason)] : null,
        h("dt", null, "Protections"),
        h("dd", { testid: "module-protections", class: "chips" }, protectionChips(m.protections)),
        secretChips(m.secrets)
          ? [h("dt", null, "Secrets"), h("dd", { testid: "module-secrets", class: "chips" }, secretChips(m.secrets))]
          : null,
      ),
    );
    actions.update(m);
  };
  update(m);
  return { el, update, get module() { return m; } };
}

// ------------------------------------------------------------------ the list

export function modulesView(container, _params, _query, scope) {
  const summary = h("p", { class: "muted", testid: "modules-summary", role: "status" }, "Loading…");
  const grid = h("div", { class: "cards", testid: "module-list" });
  const error = alertBox("modules-error");
  fill(container, h("h1", { tabindex: "-1" }, "Modules"), summary, error.el, grid);
  const cards = new Map();

  const summarize = () => {
    const all = [...cards.values()].map((c) => c.module);
    const ready = all.filter((m) => m.status === "ready").length;
    summary.textContent = `${all.length} module${all.length === 1 ? "" : "s"} · ${ready} ready`;
  };
  const place = (m) => {
    const existing = cards.get(m.name);
    if (existing) {
      existing.update(m);
      return;
    }
    const card = moduleCard(m);
    cards.set(m.name, card);
    const after = [...cards.keys()].sort().find((name) => name > m.name);
    grid.insertBefore(card.el, after ? cards.get(after).el : null);
  };
  const load = async () => {
    try {
      const list = await api("GET", "/api/modules");
      if (!scope.alive) return;
      error.hide();
      const names = new Set(list.map((m) => m.name));
      for (const [name, card] of cards) {
        if (!names.has(name)) {
          card.el.remove();
          cards.delete(name);
        }
      }
      list.forEach(place);
      if (!list.length) grid.append(h("p", { class: "muted" }, "No modules are loaded."));
      summarize();
    } catch (exc) {
      if (exc.status !== 401) error.show(exc.message, "error", "Could not load the modules:");
    }
  };
  scope.on("module", (m) => {
    place(m);
    summarize();
  });
  scope.on("reconnected", load);
  load();
}

// ------------------------------------------------------------------ one module

function schemaDefaults(schema) {
  if (!schema || typeof schema !== "object") return undefined;
  if (schema.default !== undefined) return structuredClone(schema.default);
  if (schema.properties) {
    const out = {};
    for (const [key, sub] of Object.entries(schema.properties)) {
      const value = schemaDefaults(sub);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
  return undefined;
}

// Lists compare as sets: checkboxes give a list in the schema's order, the defaults may be in
// another, and that alone is no change worth storing.
const canonical = (v) =>
  Array.isArray(v) ? JSON.stringify(v.map((x) => JSON.stringify(x)).sort()) : JSON.stringify(v);
const same = (a, b) => canonical(a) === canonical(b);

/** "$.a: msg; $.b[0]: msg" in an invalid_config message → [{path, message}]. */
export function fieldErrors(exc) {
  const errors = [];
  const text = exc.message ?? "";
  const start = text.indexOf("$");
  if (start >= 0) {
    const pattern = /(\$[^\s:]*): ([\s\S]*?)(?=; \$[^\s:]*: |$)/g;
    for (const match of text.slice(start).matchAll(pattern)) {
      errors.push({ path: match[1], message: match[2] });
    }
  }
  if (exc.field && !errors.some((e) => e.path === exc.field)) {
    errors.unshift({ path: exc.field, message: text });
  }
  return errors;
}

function countersTable(m) {
  const hooks = [...new Set([...(m.hooks ?? []), ...Object.keys(m.counters ?? {})])];
  const rows = hooks.map((hook) => {
    const c = m.counters?.[hook] ?? {};
    return h(
      "tr",
      { testid: "counter-row", dataset: { hook } },
      h("th", { scope: "row", class: "mono" }, hook),
      h("td", { class: "num" }, String(c.calls ?? 0)),
      h("td", { class: "num" }, String(c.blocks ?? 0)),
      h("td", { class: "num" }, String(c.errors ?? 0)),
      h("td", { class: "num" }, String(c.timeouts ?? 0)),
      h("td", { class: "num" }, fmtMs(c.p50_ms)),
      h("td", { class: "num" }, fmtMs(c.p99_ms)),
    );
  });
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      { testid: "counters-table" },
      h("caption", { class: "visually-hidden" }, `Hook counters of ${m.name}`),
      h(
        "thead",
        null,
        h("tr", null, ["Hook", "Calls", "Blocks", "Errors", "Timeouts", "p50", "p99"].map((t) => h("th", { scope: "col" }, t))),
      ),
      h("tbody", null, rows.length ? rows : h("tr", null, h("td", { colspan: "7", class: "muted" }, "No hooks."))),
    ),
  );
}

function hookTable(m) {
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      { testid: "hooks-table" },
      h("thead", null, h("tr", null, ["Hook", "Priority", "Blocking"].map((t) => h("th", { scope: "col" }, t)))),
      h(
        "tbody",
        null,
        (m.hooks ?? []).map((hook) =>
          h(
            "tr",
            null,
            h("th", { scope: "row", class: "mono" }, hook),
            h("td", { class: "num" }, String(m.priorities?.[hook] ?? "—")),
            h("td", null, m.blocking?.[hook] === undefined ? "—" : m.blocking[hook] ? "yes" : "no (observer)"),
          ),
        ),
      ),
    ),
  );
}

export function moduleView(container, params, _query, scope) {
  const name = params.name;
  const back = h("a", { href: "#/modules", class: "back", testid: "back-to-modules" }, "← Modules");
  const title = h("h1", { tabindex: "-1", testid: "module-title" }, name);
  const badgeSlot = h("span", { class: "title-badges" });
  const description = h("p", { class: "description" });
  const alert = alertBox("module-message");
  const status = statusLine("module-action-status");
  let module = null;
  const actions = moduleActions(() => module, alert, status);
  const links = h(
    "p",
    { class: "links" },
    h("a", { href: `#/logs?module=${encodeURIComponent(name)}`, testid: "module-logs-link" }, "Logs"),
    " · ",
    h("a", { href: `#/extractions?module=${encodeURIComponent(name)}` }, "Extractions"),
  );
  const details = h("div", { class: "details", testid: "module-details" });
  const counters = h("div", { testid: "counters" });
  const config = h("section", { class: "panel", testid: "config-section", "aria-labelledby": "config-h" });
  const pageError = alertBox("module-error");
  fill(
    container,
    back,
    h("div", { class: "title-row" }, title, badgeSlot),
    pageError.el,
    description,
    h("div", { class: "toolbar" }, actions.el, links),
    status,
    alert.el,
    h("div", { class: "columns" },
      h("section", { class: "panel", "aria-labelledby": "details-h" }, h("h2", { id: "details-h" }, "Details"), details),
      h("section", { class: "panel", "aria-labelledby": "counters-h" }, h("h2", { id: "counters-h" }, "Hook counters"), counters),
    ),
    config,
  );

  const render = (m) => {
    module = { ...module, ...m };
    title.textContent = module.display_name || module.name;
    fill(badgeSlot, statusBadge(module.status), requiredChip(module), h("span", { class: "chip mono" }, `v${module.version ?? "?"}`));
    description.textContent = module.description ?? "";
    fill(
      details,
      h(
        "dl",
        { class: "facts" },
        h("dt", null, "Name"), h("dd", { class: "mono" }, module.name),
        h("dt", null, "Version"), h("dd", { testid: "module-version" }, module.version ?? "—"),
        h("dt", null, "Restarts"), h("dd", { testid: "module-restarts" }, String(module.restart_count ?? 0)),
        h("dt", null, "Last error"), h("dd", { testid: "module-last-error" }, lastError(module)),
        module.reason ? [h("dt", null, "Reason"), h("dd", null, module.reason)] : null,
        h("dt", null, "Loaded"), h("dd", null, fmtTime(module.loaded_at)),
        h("dt", null, "Generation"), h("dd", null, String(module.generation ?? "—")),
        h("dt", null, "Process"), h("dd", null, module.pid ? `pid ${module.pid}` : "not running"),
        h("dt", null, "Protections"), h("dd", { class: "chips", testid: "module-protections" }, protectionChips(module.protections)),
        module.tags?.length ? [h("dt", null, "Tags"), h("dd", { class: "chips" }, module.tags.map((t) => chip(t)))] : null,
      ),
      hookTable(module),
    );
    fill(counters, countersTable(module));
    actions.update(module);
  };

  const editor = configEditor(name, scope, (m) => render(m));
  scope.on("module", (m) => {
    if (m.name === name) render(m);
  });
  const load = async () => {
    try {
      const m = await api("GET", modulePath(name));
      if (!scope.alive) return;
      render(m);
      editor.start(m);
    } catch (exc) {
      if (exc.status === 401) return;
      pageError.show(
        exc.code === "module_not_found" ? `There is no module named “${name}”.` : exc.message,
        "error",
        "Could not load the module:",
      );
    }
  };
  scope.on("reconnected", async () => {
    try {
      render(await api("GET", modulePath(name)));
    } catch {
      /* shown on the next action */
    }
  });
  load();

  function configEditor(moduleName, viewScope, onDetail) {
    const heading = h("h2", { id: "config-h" }, "Configuration");
    const scopeType = h("select", { id: "scope-type", testid: "scope-type" });
    const scopeId = h("input", { id: "scope-id", type: "text", testid: "scope-id", autocapitalize: "off", spellcheck: "false", placeholder: "e.g. 7b" });
    const scopeIdError = h("p", { class: "field-error", id: "scope-id-err", testid: "scope-error", hidden: true });
    scopeId.setAttribute("aria-describedby", "scope-id-err");
    const scopeForm = h(
      "form",
      { class: "scope-picker", testid: "scope-form", novalidate: true },
      h("div", { class: "field" }, h("label", { for: "scope-type" }, "Scope"), scopeType),
      h("div", { class: "field" }, h("label", { for: "scope-id" }, "Scope id"), scopeId, scopeIdError),
      h("button", { type: "submit", testid: "scope-load" }, "Edit this scope"),
    );
    const rows = h("div", { class: "config-rows", testid: "config-rows" });
    const rowStatus = h("p", { class: "muted", testid: "config-row-status" });
    const enabledSelect = h(
      "select",
      { id: "scope-enabled", testid: "scope-enabled" },
      h("option", { value: "" }, "inherit"),
      h("option", { value: "true" }, "on"),
      h("option", { value: "false" }, "off"),
    );
    const fieldsSlot = h("div", { class: "fields-slot" });
    const refusal = alertBox("config-refusal");
    const formError = alertBox("config-error");
    const saveStatus = statusLine("config-status");
    const save = h("button", { type: "submit", class: "primary", testid: "config-save" }, "Save");
    const reset = h("button", { type: "button", testid: "config-reset" }, "Reset scope");
    const form = h(
      "form",
      { class: "config-form", testid: "config-form", novalidate: true, "aria-labelledby": "config-h" },
      rowStatus,
      h(
        "div",
        { class: "field field-inline" },
        h("label", { for: "scope-enabled" }, "Module in this scope"),
        enabledSelect,
        h("p", { class: "help" }, "“inherit” keeps what the broader scope says; “off” turns the module off here."),
      ),
      fieldsSlot,
      refusal.el,
      formError.el,
      h("div", { class: "form-actions" }, save, reset),
      saveStatus,
    );
    fill(config, heading, scopeForm, rows, form);
    form.hidden = true;

    let detail = null;
    let current = { type: "global", id: null, stored: null };
    let built = null;

    const clearMessages = () => {
      refusal.hide();
      formError.hide();
      built?.clearErrors();
      scopeIdError.hidden = true;
      scopeId.removeAttribute("aria-invalid");
    };
    const base = () => {
      const defaults = { ...(schemaDefaults(detail.config_schema) ?? {}), ...(detail.defaults ?? {}) };
      if (current.type === "global") return defaults;
      return { ...defaults, ...(detail.config ?? {}) };
    };
    const scopeLabel = (type, id) => (type === "global" ? "global" : `${type} “${id}”`);

    const loadRows = async () => {
      try {
        const list = await api("GET", `${modulePath(moduleName)}/configs`);
        if (!viewScope.alive) return;
        fill(
          rows,
          h("h3", null, "Stored configurations"),
          list.length
            ? h(
                "ul",
                { class: "chips" },
                list.map((row) =>
                  h(
                    "li",
                    null,
                    h(
                      "button",
                      {
                        type: "button",
                        class: "chip-button",
                        testid: "config-row",
                        onclick: () => {
                          scopeType.value = row.scope_type;
                          scopeId.value = row.scope_id ?? "";
                          syncScopeId();
                          loadScope();
                        },
                      },
                      scopeLabel(row.scope_type, row.scope_id),
                      row.enabled === false ? " (off)" : "",
                    ),
                  ),
                ),
              )
            : h("p", { class: "muted" }, "None: every scope uses the defaults."),
        );
      } catch (exc) {
        if (exc.status !== 401) fill(rows, h("p", { class: "muted" }, `Stored configurations unavailable: ${exc.message}`));
      }
    };

    const syncScopeId = () => {
      const global = scopeType.value === "global";
      scopeId.disabled = global;
      scopeId.required = !global;
      if (global) scopeId.value = "";
    };
    scopeType.addEventListener("change", syncScopeId);

    const renderForm = (stored) => {
      current.stored = stored;
      const storedConfig = stored?.stored ? (stored.config ?? {}) : {};
      const values = { ...base(), ...storedConfig };
      enabledSelect.value = stored?.enabled === true ? "true" : stored?.enabled === false ? "false" : "";
      rowStatus.textContent = stored?.stored
        ? `Editing the ${scopeLabel(current.type, current.id)} configuration, saved ${fmtTime(stored.updated_at)}.`
        : `Nothing is stored for the ${scopeLabel(current.type, current.id)} scope yet: the form shows ${current.type === "global" ? "the defaults" : "the global values"}.`;
      if (detail.config_schema) {
        built = schemaForm(detail.config_schema, values, { marks: new Set(Object.keys(storedConfig)) });
        fill(fieldsSlot, built.element);
      } else {
        built = null;
        fill(fieldsSlot, h("p", { class: "muted" }, "This module declares no configuration schema."));
      }
      form.hidden = false;
      reset.disabled = !stored?.stored;
    };

    const loadScope = async () => {
      clearMessages();
      const type = scopeType.value;
      const id = type === "global" ? null : scopeId.value.trim();
      if (type !== "global" && !id) {
        scopeIdError.textContent = `Enter the ${type} id.`;
        scopeIdError.hidden = false;
        scopeId.setAttribute("aria-invalid", "true");
        scopeId.focus();
        return;
      }
      try {
        const stored = await api("GET", `${modulePath(moduleName)}/config`, { query: { scope_type: type, scope_id: id } });
        if (!viewScope.alive) return;
        current = { type, id, stored: null };
        renderForm(stored);
        setStatus(saveStatus, "");
      } catch (exc) {
        if (exc.status === 401) return;
        scopeIdError.textContent = exc.message;
        scopeIdError.hidden = false;
        scopeId.setAttribute("aria-invalid", "true");
      }
    };
    scopeForm.addEventListener("submit", (event) => {
      event.preventDefault();
      loadScope();
    });

    const refreshDetail = async () => {
      try {
        detail = await api("GET", modulePath(moduleName));
        onDetail(detail);
      } catch {
        /* the form still works with what it has */
      }
    };

    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      if (!built && !enabledSelect.value) return;
      clearMessages();
      const client = built ? built.clientErrors() : [];
      if (client.length) {
        built.showErrors(client);
        formError.show("Fix the marked fields first.", "error", "Not saved:");
        return;
      }
      const values = built ? built.value() : {};
      const storedConfig = current.stored?.stored ? (current.stored.config ?? {}) : {};
      const from = base();
      // A row holds only what this scope sets: keys it stored before, and changed ones.
      const body = {};
      for (const [key, value] of Object.entries(values)) {
        if (key in storedConfig || !same(value, from[key])) body[key] = value;
      }
      save.disabled = true;
      setStatus(saveStatus, "Saving…");
      try {
        const row = await api("PUT", `${modulePath(moduleName)}/config`, {
          query: { scope_type: current.type, scope_id: current.id, enabled: enabledSelect.value },
          body,
        });
        if (!viewScope.alive) return;
        await refreshDetail();
        renderForm(row);
        setStatus(saveStatus, `Saved the ${scopeLabel(current.type, current.id)} configuration at ${fmtTime(row?.updated_at) }. It applies from the next call.`, "ok");
        loadRows();
      } catch (exc) {
        if (exc.status === 401) return;
        setStatus(saveStatus, "");
        showSaveError(exc);
      } finally {
        save.disabled = false;
      }
    });

    const showSaveError = (exc) => {
      if (exc.code === "required_module") {
        refusal.show(exc.message, "refusal", "Required module.");
        refusal.el.scrollIntoView({ block: "nearest" });
        return;
      }
      if (exc.code === "invalid_config" && built) {
        const errors = fieldErrors(exc);
        const unplaced = built.showErrors(errors);
        const placed = errors.length - unplaced.length;
        formError.show(
          placed
            ? `${placed === 1 ? "a field is" : `${placed} fields are`} invalid (see the message${placed === 1 ? "" : "s"} next to ${placed === 1 ? "it" : "them"}). ${unplaced.map((e) => e.message).join(" ")}`
            : exc.message,
          "error",
          "Not saved:",
        );
        return;
      }
      if (exc.code === "invalid_scope") {
        scopeIdError.textContent = exc.message;
        scopeIdError.hidden = false;
      }
      formError.show(exc.message, "error", "Not saved:");
    };

    reset.addEventListener("click", async () => {
      clearMessages();
      reset.disabled = true;
      try {
        const result = await api("DELETE", `${modulePath(moduleName)}/config`, {
          query: { scope_type: current.type, scope_id: current.id },
        });
        await refreshDetail();
        renderForm({ stored: false, config: {}, enabled: null });
        setStatus(
          saveStatus,
          result?.deleted
            ? `Removed the ${scopeLabel(current.type, current.id)} configuration: the broader scope applies again.`
            : "Nothing was stored for this scope.",
          "ok",
        );
        loadRows();
      } catch (exc) {
        if (exc.status === 401) return;
        reset.disabled = false;
        showSaveError(exc);
      }
    });

    return {
      start(m) {
        detail = m;
        const allowed = SCOPES.filter((s) => (m.scope ? m.scope[s] !== false : true));
        fill(scopeType, allowed.map((s) => h("option", { value: s }, s)));
        scopeType.value = allowed.includes("global") ? "global" : allowed[0];
        syncScopeId();
        loadRows();
        loadScope();
      },
    };
  }
}
