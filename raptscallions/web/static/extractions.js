// Extractions: what modules recorded (struggle flags, redactions, blocks), filtered and paged.

import { api } from "./api.js";
import { alertBox, fill, fmtJson, fmtTime, h, preview } from "./dom.js";
import { moduleNames, replaceQuery } from "./logs.js";

const PAGE = 50;
const MAX_PAGE = 500;

function row(item) {
  return h(
    "li",
    { class: "extraction", testid: "extraction", dataset: { module: item.module ?? "", type: item.type ?? "" } },
    h(
      "div",
      { class: "extraction-head" },
      h("span", { class: "badge", testid: "extraction-type" }, item.type ?? "?"),
      h("span", { class: "mono", testid: "extraction-module" }, item.module ?? "—"),
      h("time", { datetime: item.created_at ?? "" }, fmtTime(item.created_at)),
    ),
    h(
      "dl",
      { class: "facts compact" },
      item.user_id ? [h("dt", null, "User"), h("dd", { class: "mono" }, item.user_id)] : null,
      item.session_id ? [h("dt", null, "Session"), h("dd", { class: "mono" }, item.session_id)] : null,
      item.class_id ? [h("dt", null, "Class"), h("dd", { class: "mono" }, item.class_id)] : null,
      item.run_id ? [h("dt", null, "Run"), h("dd", { class: "mono" }, item.run_id)] : null,
    ),
    h("details", null, h("summary", null, "data ", h("code", { class: "preview" }, preview(item.data ?? {}))), h("pre", null, fmtJson(item.data ?? {}))),
  );
}

export function extractionsView(container, _params, query, scope) {
  const field = (id, label, input) => h("div", { class: "field" }, h("label", { for: id }, label), input);
  const moduleSelect = h("select", { id: "ex-module", testid: "ex-filter-module" }, h("option", { value: "" }, "all modules"));
  const typeInput = h("input", { id: "ex-type", type: "text", testid: "ex-filter-type", value: query.get("type") ?? "", autocapitalize: "off" });
  const sessionInput = h("input", { id: "ex-session", type: "text", testid: "ex-filter-session", value: query.get("session_id") ?? "", autocapitalize: "off" });
  const userInput = h("input", { id: "ex-user", type: "text", testid: "ex-filter-user", value: query.get("user_id") ?? "", autocapitalize: "off" });
  const list = h("ol", { class: "extraction-list", testid: "extraction-list" });
  const more = h("button", { type: "button", testid: "extractions-more", hidden: true }, "Load more");
  const count = h("p", { class: "muted", role: "status", testid: "extraction-count" });
  const fresh = h("button", { type: "button", class: "notice", testid: "extractions-new", hidden: true });
  const error = alertBox("extraction-error");
  const form = h(
    "form",
    { class: "filters", testid: "extraction-filters", novalidate: true },
    field("ex-module", "Module", moduleSelect),
    field("ex-type", "Type", typeInput),
    field("ex-session", "Session id", sessionInput),
    field("ex-user", "User id", userInput),
    h("button", { type: "submit", class: "primary", testid: "extractions-apply" }, "Apply"),
  );
  fill(container, h("h1", { tabindex: "-1" }, "Extractions"), form, error.el, fresh, count, list, more);

  // `#/extractions?limit=N` sets the page size.
  const pageSize = Math.min(MAX_PAGE, Math.max(1, Number.parseInt(query.get("limit") ?? "", 10) || PAGE));
  let next = null;
  let shown = 0;
  let generation = 0;
  let newCount = 0;
  let moduleFilter = query.get("module") ?? "";
  moduleSelect.addEventListener("change", () => {
    moduleFilter = moduleSelect.value;
  });
  const filters = () => ({
    module: moduleFilter,
    type: typeInput.value.trim(),
    session_id: sessionInput.value.trim(),
    user_id: userInput.value.trim(),
  });

  const load = async (append) => {
    const mine = append ? generation : ++generation;
    const f = filters();
    if (!append) replaceQuery("extractions", { ...f, limit: pageSize === PAGE ? "" : pageSize });
    more.disabled = true;
    try {
      const page = await api("GET", "/api/extractions", { query: { ...f, limit: pageSize, before: append ? next : null } });
      if (!scope.alive || mine !== generation) return;
      error.hide();
      const items = page?.items ?? [];
      if (!append) {
        list.replaceChildren();
        shown = 0;
        newCount = 0;
        fresh.hidden = true;
      }
      list.append(...items.map(row));
      shown += items.length;
      next = page?.next ?? null;
      more.hidden = !next;
      count.textContent = shown ? `${shown} shown, newest first${next ? "" : " (all)"}` : "No extractions match.";
    } catch (exc) {
      if (exc.status !== 401) error.show(exc.message, "error", "Could not load the extractions:");
    } finally {
      more.disabled = false;
    }
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    load(false);
  });
  more.addEventListener("click", () => load(true));
  fresh.addEventListener("click", () => load(false));
  scope.on("extraction", () => {
    newCount += 1;
    fresh.textContent = `${newCount} new extraction${newCount === 1 ? "" : "s"} — show`;
    fresh.hidden = false;
  });

  moduleNames()
    .then((names) => {
      if (!scope.alive) return;
      const wanted = query.get("module") ?? "";
      if (wanted && !names.includes(wanted)) names.push(wanted);
      moduleSelect.append(...names.map((n) => h("option", { value: n }, n)));
      moduleSelect.value = wanted;
    })
    .catch(() => {});
  load(false);
}
