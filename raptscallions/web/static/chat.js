// The chat playground: a session through the modules, showing each reply with how the
// modules shaped it (blocked or not, the trace with timings, extractions). The session lives
// on while the admin visits other pages.

import { api } from "./api.js";
import { alertBox, fill, fmtJson, fmtMs, h, preview } from "./dom.js";

const state = {
  session: null,
  turns: [],
  setup: {
    userId: "student-1",
    role: "student",
    name: "Sam",
    email: "",
    toolId: "playground",
    behavior: "You are a patient, encouraging tutor. Guide the student; do not just give answers.",
    model: "",
    groupId: "",
    classId: "",
  },
};

function traceTable(trace) {
  if (!trace?.length) return h("p", { class: "muted" }, "No module ran.");
  const errors = trace.some((step) => step.error);
  const columns = ["Hook", "Module", "Action", "ms", errors ? "Error" : null].filter(Boolean);
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      { class: "trace", testid: "trace-table" },
      h("thead", null, h("tr", null, columns.map((t) => h("th", { scope: "col", class: t === "ms" ? "num" : null, title: t === "ms" ? "time in milliseconds" : null }, t)))),
      h(
        "tbody",
        null,
        trace.map((step) =>
          h(
            "tr",
            { testid: "trace-row", dataset: { module: step.module ?? "", hook: step.hook ?? "", action: step.action ?? "" } },
            h("td", { class: "mono" }, step.hook ?? "—"),
            h("td", { class: "mono" }, step.module ?? "—"),
            h("td", null, h("span", { class: `badge action action-${step.action}` }, step.action ?? "?")),
            h("td", { class: "num" }, Number(step.duration_ms ?? 0).toFixed(2)),
            errors ? h("td", { class: "error-text" }, step.error ?? "") : null,
          ),
        ),
      ),
    ),
  );
}

function extractionList(items) {
  if (!items?.length) return null;
  return h(
    "div",
    { class: "turn-extractions", testid: "chat-extractions" },
    h("h4", null, "Extractions"),
    h(
      "ul",
      null,
      items.map((x) =>
        h(
          "li",
          { testid: "chat-extraction" },
          h("span", { class: "badge" }, x.type),
          " ",
          h("span", { class: "mono" }, x.module),
          h("details", null, h("summary", null, "data ", h("code", { class: "preview" }, preview(x.data ?? {}))), h("pre", null, fmtJson(x.data ?? {}))),
        ),
      ),
    ),
  );
}

function turnView(turn) {
  const reply = turn.reply;
  const parts = [h("div", { class: "bubble user", testid: "chat-user-message" }, h("span", { class: "who" }, "Student"), turn.text)];
  if (turn.pending) {
    parts.push(h("div", { class: "bubble assistant pending", testid: "chat-pending", "aria-busy": "true" }, "Waiting for the modules and the AI…"));
  }
  if (turn.error) {
    parts.push(h("div", { class: "alert", role: "alert", dataset: { kind: "error" }, testid: "chat-error" }, turn.error));
  }
  if (reply) {
    const sent = reply.user_message?.content;
    if (typeof sent === "string" && sent !== turn.text) {
      parts.push(
        h(
          "p",
          { class: "sent-as", testid: "chat-sent-as" },
          h("span", { class: "muted" }, reply.ai_called ? "Reached the AI as: " : "Stored as: "),
          sent,
        ),
      );
    }
    const blocker = reply.trace?.find((s) => s.action === "block");
    parts.push(
      h(
        "div",
        { class: `bubble assistant${reply.blocked ? " blocked" : ""}`, testid: "chat-reply" },
        h("span", { class: "who" }, reply.blocked ? "Module response" : "Tutor"),
        reply.response ?? "",
      ),
      h(
        "div",
        { class: "turn-meta" },
        reply.blocked
          ? h(
              "span",
              { class: "badge blocked", testid: "chat-blocked" },
              `Blocked${blocker ? ` by ${blocker.module}` : ""}${reply.reason ? `: ${reply.reason}` : ""}`,
            )
          : h("span", { class: "badge passed", testid: "chat-passed" }, "Not blocked"),
        h("span", { class: "chip", testid: "chat-ai-called" }, reply.ai_called ? `AI called${reply.model ? ` (${reply.model})` : ""}` : "AI not called"),
        h("span", { class: "chip" }, `${reply.trace?.length ?? 0} steps, ${fmtMs((reply.trace ?? []).reduce((t, s) => t + (s.duration_ms ?? 0), 0))}`),
      ),
      h(
        "details",
        { class: "turn-trace", testid: "chat-trace", open: turn.open ?? false },
        h("summary", null, "Trace: what each module did at each hook"),
        traceTable(reply.trace),
      ),
      extractionList(reply.extractions),
    );
  }
  return h("li", { class: "turn", testid: "chat-turn" }, parts);
}

export function chatView(container, _params, _query, scope) {
  const s = state.setup;
  const input = (id, label, key, props = {}) => {
    const el = h(props.multiline ? "textarea" : "input", {
      id,
      testid: id,
      type: props.multiline ? null : (props.type ?? "text"),
      rows: props.multiline ? "3" : null,
      value: s[key],
      autocapitalize: "off",
      spellcheck: props.multiline ? null : "false",
      oninput: (e) => {
        s[key] = e.target.value;
      },
    });
    return h("div", { class: `field${props.wide ? " wide" : ""}` }, h("label", { for: id }, label, props.optional ? h("span", { class: "muted" }, " (optional)") : null), el);
  };
  const role = h(
    "select",
    { id: "chat-role", testid: "chat-role", onchange: (e) => { s.role = e.target.value; } },
    ["student", "teacher", "admin"].map((r) => h("option", { value: r, selected: r === s.role }, r)),
  );
  const setupError = alertBox("chat-setup-error");
  const start = h("button", { type: "submit", class: "primary", testid: "chat-start" }, "Start session");
  const setup = h(
    "form",
    { class: "chat-setup grid-form", testid: "chat-setup", novalidate: true },
    input("chat-user-id", "User id", "userId"),
    h("div", { class: "field" }, h("label", { for: "chat-role" }, "Role"), role),
    input("chat-user-name", "Name", "name", { optional: true }),
    input("chat-user-email", "Email", "email", { optional: true, type: "email" }),
    input("chat-tool-id", "Tool id", "toolId"),
    input("chat-model", "Model", "model", { optional: true }),
    input("chat-group-id", "Group id", "groupId", { optional: true }),
    input("chat-class-id", "Class id", "classId", { optional: true }),
    input("chat-behavior", "Tool behavior (system prompt)", "behavior", { multiline: true, wide: true }),
    h("div", { class: "form-actions wide" }, start),
    setupError.el,
  );
  const sessionBar = h("div", { class: "session-bar", testid: "chat-session" });
  const transcript = h("ol", { class: "transcript", testid: "chat-transcript", "aria-live": "polite" });
  const message = h("textarea", {
    id: "chat-input",
    testid: "chat-input",
    rows: "2",
    placeholder: "Type as the student…",
    "aria-describedby": "chat-input-hint",
  });
  const send = h("button", { type: "submit", class: "primary", testid: "chat-send" }, "Send");
  const composer = h(
    "form",
    { class: "composer", testid: "chat-composer", novalidate: true },
    h("label", { for: "chat-input", class: "visually-hidden" }, "Message"),
    h("span", { id: "chat-input-hint", class: "visually-hidden" }, "Enter sends; Shift+Enter starts a new line."),
    message,
    send,
  );
  fill(
    container,
    h("h1", { tabindex: "-1" }, "Chat playground"),
    h("p", { class: "muted" }, "Talk to a tool as a student would: every message passes the modules on its way to the AI and back."),
    setup,
    sessionBar,
    transcript,
    composer,
  );

  const render = () => {
    const active = state.session && state.session.state !== "completed" && !state.session.ended_at;
    setup.hidden = Boolean(state.session);
    composer.hidden = !active;
    if (state.session) {
      const sess = state.session;
      fill(
        sessionBar,
        h(
          "p",
          null,
          h("strong", null, active ? "Session " : "Ended session "),
          h("span", { class: "mono", testid: "chat-session-id" }, sess.id),
          ` · user ${sess.user_id ?? s.userId} · tool ${sess.tool?.id ?? s.toolId}`,
        ),
        h(
          "div",
          { class: "actions" },
          active ? h("button", { type: "button", testid: "chat-end", onclick: endSession }, "End session") : null,
          h("button", { type: "button", testid: "chat-new", onclick: newSession }, "New session"),
        ),
      );
    } else {
      sessionBar.replaceChildren();
    }
    sessionBar.hidden = !state.session;
    fill(transcript, state.turns.map(turnView));
  };

  const newSession = () => {
    state.session = null;
    state.turns = [];
    render();
    container.querySelector("#chat-user-id")?.focus();
  };

  const endSession = async () => {
    try {
      state.session = await api("POST", `/api/sessions/${encodeURIComponent(state.session.id)}/end`);
    } catch (exc) {
      if (exc.status === 401) return;
      state.turns.push({ text: "(end session)", error: exc.message });
    }
    if (scope.alive) render();
  };

  setup.addEventListener("submit", async (event) => {
    event.preventDefault();
    setupError.hide();
    if (!s.userId.trim() || !s.toolId.trim()) {
      setupError.show("A user id and a tool id are needed.", "error");
      return;
    }
    const body = {
      user: { id: s.userId.trim(), role: s.role, name: s.name.trim(), email: s.email.trim() },
      tool: {
        id: s.toolId.trim(),
        name: s.toolId.trim(),
        type: "chat",
        definition: { behavior: s.behavior, model: s.model.trim() },
      },
    };
    if (s.groupId.trim()) body.group = { id: s.groupId.trim(), name: s.groupId.trim(), path: s.groupId.trim() };
    if (s.classId.trim()) body.class = { id: s.classId.trim(), name: s.classId.trim() };
    start.disabled = true;
    try {
      state.session = await api("POST", "/api/sessions", { body });
      state.turns = [];
      if (!scope.alive) return;
      render();
      message.focus();
    } catch (exc) {
      if (exc.status !== 401) setupError.show(exc.message, "error", "Could not start a session:");
    } finally {
      start.disabled = false;
    }
  });

  const sendMessage = async () => {
    const text = message.value;
    if (!text.trim() || !state.session) return;
    const turn = { text, pending: true, open: true };
    for (const t of state.turns) t.open = false;
    state.turns.push(turn);
    message.value = "";
    send.disabled = true;
    render();
    try {
      turn.reply = await api("POST", `/api/sessions/${encodeURIComponent(state.session.id)}/messages`, {
        body: { user_id: state.session.user_id ?? s.userId, content: text },
      });
    } catch (exc) {
      if (exc.status === 401) return;
      turn.error = `${exc.message}${exc.code ? ` (${exc.code})` : ""}`;
      if (exc.code === "session_ended") state.session = { ...state.session, state: "completed", ended_at: "?" };
    } finally {
      turn.pending = false;
      send.disabled = false;
    }
    if (!scope.alive) return;
    render();
    transcript.lastElementChild?.scrollIntoView({ block: "nearest" });
    message.focus();
  };
  composer.addEventListener("submit", (event) => {
    event.preventDefault();
    sendMessage();
  });
  message.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      sendMessage();
    }
  });
  render();
}
