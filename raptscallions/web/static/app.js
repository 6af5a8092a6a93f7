// The raptscallions admin UI: login, hash routing, and the live event connection.
// Routes: #/modules, #/modules/NAME, #/logs, #/extractions, #/chat.

import { api, auth, LiveEvents, on, onUnauthorized } from "./api.js";
import { chatView } from "./chat.js";
import { alertBox, fill } from "./dom.js";
import { extractionsView } from "./extractions.js";
import { logsView } from "./logs.js";
import { modulesView, moduleView } from "./modules.js";

const $ = (id) => document.getElementById(id);
const live = new LiveEvents();

const ROUTES = [
  { pattern: /^\/modules\/?$/, view: modulesView, nav: "modules" },
  { pattern: /^\/modules\/([^/]+)$/, view: moduleView, nav: "modules", keys: ["name"] },
  { pattern: /^\/logs\/?$/, view: logsView, nav: "logs" },
  { pattern: /^\/extractions\/?$/, view: extractionsView, nav: "extractions" },
  { pattern: /^\/chat\/?$/, view: chatView, nav: "chat" },
];

/** What a view gets to tie its subscriptions and async work to its lifetime. */
function viewScope() {
  const cleanups = [];
  return {
    alive: true,
    on(kind, handler) {
      cleanups.push(on(kind, handler));
    },
    onCleanup(fn) {
      cleanups.push(fn);
    },
    close() {
      this.alive = false;
      for (const fn of cleanups.splice(0)) fn();
    },
  };
}

let current = null;
let firstRender = true;

function route() {
  if (!auth.token) {
    showLogin();
    return;
  }
  const hash = window.location.hash.replace(/^#/, "") || "/modules";
  const [path, search = ""] = hash.split("?");
  let match = null;
  let found = null;
  for (const r of ROUTES) {
    match = r.pattern.exec(path);
    if (match) {
      found = r;
      break;
    }
  }
  if (!found) {
    window.location.replace("#/modules");
    return;
  }
  current?.close();
  current = viewScope();
  const params = {};
  (found.keys ?? []).forEach((key, i) => {
    params[key] = decodeURIComponent(match[i + 1]);
  });
  for (const link of document.querySelectorAll("[data-route]")) {
    if (link.dataset.route === found.nav) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  const container = $("view");
  container.replaceChildren();
  container.dataset.route = found.nav;
  try {
    found.view(container, params, new URLSearchParams(search), current);
  } catch (exc) {
    const box = alertBox("view-error");
    box.show(String(exc?.message ?? exc), "error", "This page failed:");
    fill(container, box.el);
    console.error(exc);
  }
  // Move focus to the new page's heading, as a page load would (not on the first load).
  if (!firstRender) container.querySelector("h1")?.focus({ preventScroll: false });
  firstRender = false;
  document.title = `${container.querySelector("h1")?.textContent ?? "raptscallions"} · raptscallions`;
}

function showLogin(message, kind = "error") {
  live.stop();
  current?.close();
  current = null;
  $("shell").hidden = true;
  $("login").hidden = false;
  const box = $("login-message");
  box.hidden = !message;
  box.textContent = message ?? "";
  box.dataset.kind = kind;
  document.title = "Log in · raptscallions";
  $("login-token").focus();
}

function showApp() {
  $("login").hidden = true;
  $("shell").hidden = false;
  live.start();
  firstRender = true;
  route();
}

onUnauthorized((message) => {
  const wasLoggedIn = Boolean(auth.token);
  auth.clear();
  showLogin(
    wasLoggedIn
      ? `The server no longer accepts your token (401: ${message}). Log in again.`
      : `That token was not accepted (401: ${message}).`,
  );
});

on("connection", (state) => {
  const el = $("live");
  el.dataset.state = state;
  el.textContent = state === "live" ? "live" : state;
  el.title = state === "live" ? "Live updates are on" : "Live updates are paused; retrying";
});

$("login-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const input = $("login-token");
  const token = input.value.trim();
  if (!token) {
    showLogin("Enter the admin token.");
    return;
  }
  const button = event.target.querySelector("button[type=submit]");
  button.disabled = true;
  try {
    await api("GET", "/api/modules", { token });
    auth.set(token);
    input.value = "";
    showApp();
  } catch (exc) {
    if (exc.status !== 401) showLogin(`Cannot log in: ${exc.message}`);
  } finally {
    button.disabled = false;
  }
});

$("logout").addEventListener("click", () => {
  auth.clear();
  showLogin("You have logged out.", "info");
});

// The hash is the route, so the skip link moves focus itself instead of navigating.
document.querySelector(".skip-link").addEventListener("click", (event) => {
  event.preventDefault();
  $("view").focus();
});

window.addEventListener("hashchange", () => {
  if (auth.token) route();
});

if (auth.token) showApp();
else showLogin();
