// A form generated from a module's JSON Schema (the `config` of its module.yaml).
//
// enum → select; boolean → switch; number/integer → number input with its bounds; string →
// text input; array of enums → checkboxes; other arrays → a list editor; object → fieldset;
// anything else → a JSON text area. `description` becomes help text and `default` is shown.
// Every field's container carries `data-path` in the server's notation (`$.kinds`,
// `$.customPatterns[0]`), so an error the server names by path lands next to its field.

import { fill, fmtJson, fmtValue, h, humanize, uid } from "./dom.js";

/** Build the form. `options.marks`: top-level keys to mark "set in this scope".
 *
 * Returns {element, value(), clientErrors(), showErrors(errors), clearErrors()}; `value()`
 * leaves out fields that are empty; `showErrors` takes [{path, message}] and returns those
 * it could not place next to a field.
 */
export function schemaForm(schema, value, options = {}) {
  const ctx = { marks: options.marks ?? new Set(), errors: [] };
  const element = h("div", { class: "schema-form", testid: "config-fields" });
  const root = objectField(schema ?? {}, value ?? {}, "$", { root: true }, ctx);
  element.append(root.el);
  return {
    element,
    value() {
      ctx.errors = [];
      return root.get() ?? {};
    },
    clientErrors() {
      ctx.errors = [];
      root.get();
      return ctx.errors;
    },
    clearErrors() {
      for (const el of element.querySelectorAll("[data-testid=field-error]")) {
        el.hidden = true;
        el.textContent = "";
      }
      for (const el of element.querySelectorAll("[aria-invalid=true]")) {
        el.removeAttribute("aria-invalid");
      }
      for (const el of element.querySelectorAll(".field.invalid")) el.classList.remove("invalid");
    },
    showErrors(errors) {
      const unplaced = [];
      let first = null;
      for (const error of errors) {
        const field = findField(element, error.path);
        if (!field) {
          unplaced.push(error);
          continue;
        }
        const slot = field.querySelector(":scope > [data-testid=field-error]");
        slot.textContent = slot.hidden ? error.message : `${slot.textContent}; ${error.message}`;
        slot.hidden = false;
        field.classList.add("invalid");
        const control = field.querySelector("input, select, textarea");
        // A scalar's control is the one at fault; a group's error is tied to the group by
        // aria-describedby instead.
        if (field.tagName !== "FIELDSET" && !field.classList.contains("field-root")) {
          control?.setAttribute("aria-invalid", "true");
        }
        first ??= control;
      }
      first?.focus();
      return unplaced;
    },
  };
}

/** The field for `path`, or for the nearest enclosing path that has one. */
function findField(element, path) {
  let current = path ?? "";
  while (current.startsWith("$")) {
    const found = element.querySelector(`[data-path="${CSS.escape(current)}"]`);
    if (found) return found;
    const cut = Math.max(current.lastIndexOf("."), current.lastIndexOf("["));
    if (cut <= 0) break;
    current = current.slice(0, cut);
  }
  return null;
}

function typeOf(schema) {
  let type = schema.type;
  if (Array.isArray(type)) type = type.find((t) => t !== "null") ?? type[0];
  if (type) return type;
  if (Array.isArray(schema.enum)) return "enum";
  if (schema.properties) return "object";
  if (schema.items) return "array";
  return null;
}

function makeField(schema, value, path, opts, ctx) {
  const s = schema ?? {};
  const type = typeOf(s);
  if (Array.isArray(s.enum) && type !== "array" && type !== "object") {
    return enumField(s, value, path, opts, ctx);
  }
  switch (type) {
    case "boolean":
      return booleanField(s, value, path, opts, ctx);
    case "integer":
    case "number":
      return numberField(s, value, path, opts, ctx, type);
    case "string":
      return stringField(s, value, path, opts, ctx);
    case "array":
      return Array.isArray(s.items?.enum) && !s.items.properties
        ? enumArrayField(s, value, path, opts, ctx)
        : listField(s, value, path, opts, ctx);
    case "object":
      if (s.properties) return objectField(s, value, path, opts, ctx);
      return jsonField(s, value, path, opts, ctx);
    default:
      return jsonField(s, value, path, opts, ctx);
  }
}

// ------------------------------------------------------------------ pieces

function labelText(schema, opts) {
  return opts.label ?? schema.title ?? humanize(opts.key ?? "value");
}

function errorSlot(id) {
  return h("p", { class: "field-error", id, testid: "field-error", hidden: true });
}

function boundsText(s) {
  const low =
    typeof s.exclusiveMinimum === "number"
      ? `more than ${s.exclusiveMinimum}`
      : s.minimum !== undefined
        ? `at least ${s.minimum}`
        : null;
  const high =
    typeof s.exclusiveMaximum === "number"
      ? `less than ${s.exclusiveMaximum}`
      : s.maximum !== undefined
        ? `at most ${s.maximum}`
        : null;
  if (s.minimum !== undefined && s.maximum !== undefined) return `${s.minimum} to ${s.maximum}`;
  return [low, high].filter(Boolean).join(", ") || null;
}

function lengthText(s, noun) {
  const parts = [];
  if (s.minItems ?? s.minLength) parts.push(`at least ${s.minItems ?? s.minLength} ${noun}`);
  if (s.maxItems ?? s.maxLength) parts.push(`at most ${s.maxItems ?? s.maxLength} ${noun}`);
  return parts.join(", ") || null;
}

/** The help line under a field: description, then facts (default, bounds). */
function helpParts(s, ids, facts) {
  const parts = [];
  if (s.description) {
    parts.push(h("p", { class: "help", id: ids.help, testid: "field-help" }, s.description));
  }
  const shown = facts.filter(Boolean);
  if (s.default !== undefined) shown.unshift(`Default: ${fmtValue(s.default)}`);
  if (shown.length) {
    parts.push(h("p", { class: "meta", id: ids.meta, testid: "field-meta" }, shown.join(" · ")));
  }
  return parts;
}

function describedBy(s, ids, facts) {
  const list = [];
  if (s.description) list.push(ids.help);
  if (s.default !== undefined || facts.some(Boolean)) list.push(ids.meta);
  list.push(ids.error);
  return list.join(" ");
}

function markChip(opts, ctx) {
  return opts.depth === 1 && ctx?.marks?.has(opts.key)
    ? h("span", { class: "chip set-here", testid: "set-here" }, "set in this scope")
    : null;
}

/** A scalar field: label, control, help, error. `inline` puts the label after a switch. */
function scalarWrap(s, path, opts, ctx, control, facts = []) {
  const ids = { help: `${control.id}-help`, meta: `${control.id}-meta`, error: `${control.id}-err` };
  control.setAttribute("aria-describedby", describedBy(s, ids, facts));
  const label = labelText(s, opts);
  const required = opts.required ? h("span", { class: "req", "aria-hidden": "true" }, "*") : null;
  const labelEl = opts.hideLabel
    ? null
    : h("label", { for: control.id, class: "field-label" }, label, required, markChip(opts, ctx));
  if (opts.hideLabel) control.setAttribute("aria-label", label);
  return h(
    "div",
    { class: `field field-${control.dataset.kind ?? "input"}`, dataset: { path }, testid: "field" },
    labelEl,
    control.dataset.kind === "switch" ? control.closest(".switch") ?? control : control,
    opts.hideLabel ? null : helpParts(s, ids, facts),
    errorSlot(ids.error),
  );
}

function enumField(s, value, path, opts, ctx) {
  const id = uid("f");
  const current = value !== undefined ? value : s.default;
  const select = h("select", { id, name: path });
  const known = s.enum.some((option) => option === current);
  if (current === undefined || !known) {
    select.append(h("option", { value: "" }, current === undefined ? "— not set —" : String(current)));
  }
  s.enum.forEach((option, index) => {
    select.append(
      h("option", { value: String(index), selected: option === current }, String(option)),
    );
  });
  select.dataset.kind = "select";
  const el = scalarWrap(s, path, opts, ctx, select);
  return {
    el,
    get: () => (select.value === "" ? (known ? undefined : current) : s.enum[Number(select.value)]),
  };
}

function booleanField(s, value, path, opts, ctx) {
  const id = uid("f");
  const input = h("input", {
    id,
    type: "checkbox",
    role: "switch",
    name: path,
    checked: Boolean(value !== undefined ? value : s.default),
  });
  input.dataset.kind = "switch";
  const state = h("span", { class: "switch-state", "aria-hidden": "true" });
  const sync = () => {
    state.textContent = input.checked ? "On" : "Off";
  };
  input.addEventListener("change", sync);
  sync();
  h("span", { class: "switch" }, input, h("span", { class: "track", "aria-hidden": "true" }), state);
  const el = scalarWrap(s, path, opts, ctx, input);
  return { el, get: () => input.checked };
}

function numberField(s, value, path, opts, ctx, type) {
  const id = uid("f");
  const current = value !== undefined ? value : s.default;
  const input = h("input", {
    id,
    type: "number",
    name: path,
    inputmode: type === "integer" ? "numeric" : "decimal",
    step: type === "integer" ? "1" : "any",
    min: s.minimum ?? s.exclusiveMinimum,
    max: s.maximum ?? s.exclusiveMaximum,
    value: current === undefined || current === null ? "" : String(current),
  });
  input.dataset.kind = "number";
  const bounds = boundsText(s);
  const el = scalarWrap(s, path, opts, ctx, input, [
    type === "integer" ? "whole number" : "number",
    bounds ? `allowed: ${bounds}` : null,
  ]);
  return {
    el,
    get() {
      if (input.value === "") {
        if (input.validity.badInput) ctx.errors.push({ path, message: "Enter a number." });
        return undefined;
      }
      return Number(input.value);
    },
  };
}

function stringField(s, value, path, opts, ctx) {
  const id = uid("f");
  const current = value !== undefined ? value : (s.default ?? "");
  const regex = s.format === "regex";
  const input = h("input", {
    id,
    type: "text",
    name: path,
    value: String(current ?? ""),
    spellcheck: regex ? "false" : null,
    autocapitalize: "off",
    class: regex ? "mono" : null,
    placeholder: regex ? "regular expression" : null,
  });
  input.dataset.kind = "text";
  const el = scalarWrap(s, path, opts, ctx, input, [
    regex ? "a regular expression" : null,
    lengthText(s, "characters"),
  ]);
  return {
    el,
    get: () => (opts.omitEmpty && input.value === "" ? undefined : input.value),
  };
}

function fieldsetFor(s, path, opts, ctx, kind) {
  const errorId = uid("err");
  const helpId = s.description ? uid("help") : null;
  const legend = h(
    "legend",
    null,
    labelText(s, opts),
    opts.required ? h("span", { class: "req", "aria-hidden": "true" }, "*") : null,
    markChip(opts, ctx),
  );
  const fieldset = h(
    "fieldset",
    {
      class: `field field-${kind}`,
      dataset: { path },
      testid: "field",
      "aria-describedby": [helpId, errorId].filter(Boolean).join(" "),
    },
    legend,
  );
  return { fieldset, helpId, errorId };
}

function enumArrayField(s, value, path, opts, ctx) {
  const { fieldset, helpId, errorId } = fieldsetFor(s, path, opts, ctx, "checks");
  const current = new Set(Array.isArray(value) ? value : (s.default ?? []));
  const boxes = s.items.enum.map((option) => {
    const id = uid("f");
    const box = h("input", { id, type: "checkbox", name: path, checked: current.has(option) });
    return { option, box, row: h("label", { for: id, class: "check" }, box, String(option)) };
  });
  fieldset.append(
    h("div", { class: "checks" }, boxes.map((b) => b.row)),
    ...helpParts(s, { help: helpId, meta: uid("meta") }, [lengthText(s, "selected")]),
    errorSlot(errorId),
  );
  return { el: fieldset, get: () => boxes.filter((b) => b.box.checked).map((b) => b.option) };
}

function blankFor(schema) {
  if (!schema) return "";
  if (schema.default !== undefined) return structuredClone(schema.default);
  if (Array.isArray(schema.enum)) return schema.enum[0];
  switch (typeOf(schema)) {
    case "boolean":
      return false;
    case "integer":
    case "number":
      return schema.minimum ?? 0;
    case "object":
      return {};
    case "array":
      return [];
    default:
      return "";
  }
}

function listField(s, value, path, opts, ctx) {
  const { fieldset, helpId, errorId } = fieldsetFor(s, path, opts, ctx, "list");
  const label = labelText(s, opts);
  const list = h("ul", { class: "list-items", testid: "list-items" });
  let items = [];
  const render = (values, focusIndex = null) => {
    items = values.map((item, index) =>
      makeField(s.items, item, `${path}[${index}]`, {
        label: `${label} ${index + 1}`,
        hideLabel: true,
        depth: (opts.depth ?? 0) + 1,
      }, ctx),
    );
    fill(
      list,
      items.length
        ? items.map((item, index) =>
            h(
              "li",
              { class: "list-item", testid: "list-item" },
              item.el,
              h(
                "button",
                {
                  type: "button",
                  class: "ghost small",
                  testid: "list-remove",
                  "aria-label": `Remove ${label} ${index + 1}`,
                  onclick: () => {
                    const next = currentValues();
                    next.splice(index, 1);
                    render(next, Math.min(index, next.length - 1));
                  },
                },
                "Remove",
              ),
            ),
          )
        : h("li", { class: "muted empty" }, "No items."),
    );
    if (focusIndex !== null) {
      const target =
        focusIndex >= 0
          ? list.children[focusIndex]?.querySelector("input, select, textarea")
          : add;
      (target ?? add).focus();
    }
  };
  const currentValues = () => items.map((item) => item.get());
  const add = h(
    "button",
    {
      type: "button",
      class: "small",
      testid: "list-add",
      onclick: () => {
        const next = currentValues();
        next.push(blankFor(s.items));
        render(next, next.length - 1);
      },
    },
    `Add ${label.toLowerCase().replace(/s$/, "")}`,
  );
  render(Array.isArray(value) ? value : (s.default ?? []));
  fieldset.append(
    list,
    add,
    ...helpParts(s, { help: helpId, meta: uid("meta") }, [lengthText(s, "items")]),
    errorSlot(errorId),
  );
  return { el: fieldset, get: currentValues };
}

function objectField(s, value, path, opts, ctx) {
  const properties = s.properties ?? {};
  const required = new Set(s.required ?? []);
  const given = value && typeof value === "object" && !Array.isArray(value) ? value : {};
  const depth = opts.root ? 0 : (opts.depth ?? 0);
  const fields = Object.entries(properties).map(([key, propSchema]) => ({
    key,
    field: makeField(
      propSchema,
      given[key],
      `${path}.${key}`,
      { key, required: required.has(key), omitEmpty: true, depth: depth + 1 },
      ctx,
    ),
  }));
  const extras = Object.fromEntries(Object.entries(given).filter(([k]) => !(k in properties)));
  const get = () => {
    const out = { ...extras };
    for (const { key, field } of fields) {
      const v = field.get();
      if (v !== undefined) out[key] = v;
    }
    return out;
  };
  if (opts.root) {
    const el = h(
      "div",
      { class: "field field-root", dataset: { path }, testid: "field" },
      fields.map((f) => f.field.el),
      errorSlot(uid("err")),
    );
    return { el, get };
  }
  const { fieldset, helpId, errorId } = fieldsetFor(s, path, opts, ctx, "object");
  fieldset.append(
    ...helpParts(s, { help: helpId, meta: uid("meta") }, []),
    ...fields.map((f) => f.field.el),
    errorSlot(errorId),
  );
  return { el: fieldset, get };
}

function jsonField(s, value, path, opts, ctx) {
  const id = uid("f");
  const current = value !== undefined ? value : s.default;
  const area = h("textarea", {
    id,
    name: path,
    rows: "4",
    class: "mono",
    spellcheck: "false",
    value: current === undefined ? "" : fmtJson(current),
  });
  area.dataset.kind = "json";
  const el = scalarWrap(s, path, opts, ctx, area, ["JSON"]);
  return {
    el,
    get() {
      if (area.value.trim() === "") return undefined;
      try {
        return JSON.parse(area.value);
      } catch (exc) {
        ctx.errors.push({ path, message: `Not valid JSON: ${exc.message}` });
        return undefined;
      }
    },
  };
}
