// The admin API (docs/http-api.md): the token, fetch with `Authorization: Bearer`, typed
// errors, and the live event stream. A 401 anywhere calls the handler set by the app, which
// returns to the login.

const TOKEN_KEY = "raptscallions.adminToken";

export const auth = {
  get token() {
    return sessionStorage.getItem(TOKEN_KEY);
  },
  set(token) {
    sessionStorage.setItem(TOKEN_KEY, token);
  },
  clear() {
    sessionStorage.removeItem(TOKEN_KEY);
  },
};

/** An error answer: `status`, `code` (the body's "error"), `message`, `field`. */
export class ApiError extends Error {
  constructor(status, body) {
    const message = body?.message || body?.error || `HTTP ${status}`;
    super(message);
    this.status = status;
    this.code = body?.error ?? null;
    this.field = body?.field ?? null;
    this.body = body;
  }
}

let unauthorized = () => {};

export function onUnauthorized(handler) {
  unauthorized = handler;
}

/** `api("GET", "/api/logs", {query: {module: "x"}})` → the parsed JSON body.
 *
 * Empty query values are left out. Throws ApiError; status 0 means the server could not be
 * reached.
 */
export async function api(method, path, { query, body, token } = {}) {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== "") url.searchParams.set(key, value);
  }
  const headers = { Accept: "application/json" };
  const bearer = token ?? auth.token;
  if (bearer) headers.Authorization = `Bearer ${bearer}`;
  const init = { method, headers };
  if (body !== undefined) {
    headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(url, init);
  } catch (exc) {
    throw new ApiError(0, {
      error: "network",
      message: `Cannot reach the server (${exc.message}). Is it running?`,
    });
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = { error: "bad_response", message: text.slice(0, 300) };
    }
  }
  if (response.status === 401) {
    const error = new ApiError(401, data);
    unauthorized(error.message);
    throw error;
  }
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

export const modulePath = (name) => `/api/modules/${encodeURIComponent(name)}`;

// ---------------------------------------------------------------- live events

const listeners = new Map(); // kind → Set(handler)

/** Subscribe to a live kind: "module" (a full Module), "log", "extraction", "connection".
 * Returns the unsubscribe function. */
export function on(kind, handler) {
  if (!listeners.has(kind)) listeners.set(kind, new Set());
  listeners.get(kind).add(handler);
  return () => listeners.get(kind)?.delete(handler);
}

export function emit(kind, payload) {
  for (const handler of [...(listeners.get(kind) ?? [])]) {
    try {
      handler(payload);
    } catch (exc) {
      console.error(`live ${kind} handler failed`, exc);
    }
  }
}

// Events that mean a module changed; used only when the server sends no `module:status`
// (which carries the full Module), to fetch the module instead.
const CHANGE_EVENTS = [
  "module:ready",
  "module:disabled",
  "module:enabled",
  "module:error",
  "module:restarting",
  "module:reloading",
  "module:reloaded",
  "module:load_error",
  "module:reload_error",
  "module:unloaded",
];

/** The connection to `/api/events`, reconnecting with backoff while logged in. */
export class LiveEvents {
  constructor() {
    this.source = null;
    this.retryTimer = null;
    this.delay = 1000;
    this.stopped = true;
    this.sawStatus = false;
    this.pending = new Map(); // module name → timer for a fallback fetch
    this.everOpened = false;
  }

  start() {
    this.stopped = false;
    this.connect();
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    this.source?.close();
    this.source = null;
  }

  connect() {
    if (this.stopped) return;
    const token = auth.token;
    if (!token) return;
    emit("connection", "connecting");
    const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    this.source = source;
    source.onopen = () => {
      this.delay = 1000;
      emit("connection", "live");
      // Events may have been missed while disconnected: views refresh what they show.
      if (this.everOpened) emit("reconnected", null);
      this.everOpened = true;
    };
    source.onerror = () => {
      if (source.readyState !== EventSource.CLOSED) {
        emit("connection", "reconnecting");
        return; // the browser retries by itself
      }
      source.close();
      if (this.source === source) this.source = null;
      emit("connection", "offline");
      this.retryLater();
    };
    source.addEventListener("module:status", (event) => {
      const data = parse(event);
      const module = moduleOf(data);
      if (!module) return;
      this.sawStatus = true;
      emit("module", module);
    });
    for (const type of CHANGE_EVENTS) {
      source.addEventListener(type, (event) => this.changed(parse(event)));
    }
    source.addEventListener("module:log", (event) => {
      const data = parse(event);
      if (data) emit("log", data);
    });
    source.addEventListener("extraction", (event) => {
      const data = parse(event);
      if (data) emit("extraction", data);
    });
  }

  async retryLater() {
    if (this.stopped) return;
    // A closed stream may mean the token is no longer accepted: ask, which logs out on 401.
    try {
      await api("GET", "/api/modules");
    } catch (exc) {
      if (exc.status === 401) return;
    }
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.connect(), this.delay);
    this.delay = Math.min(this.delay * 2, 15000);
  }

  changed(data) {
    if (this.sawStatus || !data) return;
    const name = data.name ?? data.module;
    if (typeof name !== "string" || this.pending.has(name)) return;
    // Give a `module:status` for the same change a moment to arrive first.
    this.pending.set(
      name,
      setTimeout(async () => {
        this.pending.delete(name);
        if (this.sawStatus || this.stopped) return;
        try {
          emit("module", await api("GET", modulePath(name)));
        } catch {
          /* a vanished module: the next list fetch drops it */
        }
      }, 300),
    );
  }
}

function parse(event) {
  try {
    return JSON.parse(event.data);
  } catch {
    return null;
  }
}

/** The Module in a `module:status` payload: `{type, module: {...}}` or the Module's fields
 * themselves. */
function moduleOf(data) {
  if (!data || typeof data !== "object") return null;
  if (data.module && typeof data.module === "object" && data.module.name) return data.module;
  if (typeof data.name === "string" && "status" in data) {
    const { type: _type, ...module } = data;
    return module;
  }
  return null;
}
