// Small DOM helpers. Every text that came from the server goes in through text nodes or
// attributes, never through innerHTML.

const PROPS = new Set(["value", "checked", "selected", "disabled", "hidden", "indeterminate"]);

/** Make an element: h("button", {class: "x", onclick: fn, testid: "go"}, "Go"). */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") el.className = value;
    else if (key === "testid") el.dataset.testid = value;
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key.startsWith("on") && typeof value === "function") {
      el.addEventListener(key.slice(2), value);
    } else if (PROPS.has(key)) el[key] = value;
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Replace all of `el`'s children. */
export function fill(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

let counter = 0;
/** A page-unique id for label/aria wiring. */
export function uid(prefix = "id") {
  counter += 1;
  return `${prefix}-${counter}`;
}

export function fmtTime(iso) {
  if (!iso) return "—";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  const today = new Date().toDateString() === date.toDateString();
  return today
    ? date.toLocaleTimeString([], { hour12: false })
    : date.toLocaleString([], { hour12: false });
}

export function fmtMs(value) {
  if (value === null || value === undefined) return "—";
  const n = Number(value);
  return n < 10 ? `${n.toFixed(2)} ms` : `${n.toFixed(1)} ms`;
}

export function fmtJson(value) {
  return JSON.stringify(value, null, 2);
}

/** A JSON value as one compact line, for hints ("Default: [email, phone]"). */
export function fmtValue(value) {
  if (Array.isArray(value)) return value.length ? value.map(fmtValue).join(", ") : "(none)";
  if (typeof value === "string") return value === "" ? '""' : value;
  if (value && typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** A status line: a polite live region whose text is replaced. */
export function statusLine(testid) {
  return h("p", { class: "status-line", role: "status", "aria-live": "polite", testid });
}

export function setStatus(el, text, kind = "info") {
  el.textContent = text ?? "";
  el.dataset.kind = kind;
}

/** An alert box (role=alert); `show(message, kind)` / `hide()`. */
export function alertBox(testid) {
  const el = h("div", { class: "alert", role: "alert", testid, hidden: true });
  return {
    el,
    show(message, kind = "error", title = null) {
      fill(el, title ? h("strong", null, title, " ") : null, message);
      el.dataset.kind = kind;
      el.hidden = false;
    },
    hide() {
      el.hidden = true;
      el.replaceChildren();
    },
  };
}

/** A JSON value cut to one short line, for a collapsed summary. */
export function preview(value, max = 100) {
  const text = JSON.stringify(value) ?? "";
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function humanize(key) {
  const words = String(key)
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}
