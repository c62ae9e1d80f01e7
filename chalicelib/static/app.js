// Honeyline dashboard: plain JavaScript, no build step, no third-party code.
//
// Data flow: GET api/dashboard once (and again, debounced, after events that change the
// figures), then live events by the cheapest transport the deployment offers:
//  1. WebSocket, when POST api/live-ticket names a websocketUrl (API Gateway's WebSocket API,
//     or the loopback stand-in under `make run`). The ticket is single-use and short-lived, so
//     no credential appears in a URL. After connecting, and every 9 minutes as a heartbeat
//     (API Gateway closes sockets idle for 10), the page sends {"resume": cursor}. Each pushed
//     message names the event before it ("prev"): when that is not the last event shown,
//     something was missed, and the page asks to resume from its cursor; so a dropped socket
//     or a lost push loses and repeats nothing.
//  2. EventSource on api/live-updates: a long poll (API Gateway buffers responses), so the
//     server closes every response and the browser reconnects with Last-Event-ID; an "error"
//     after a delivered message is normal.
//  3. When neither gets through, poll api/live-updates?mode=poll every 5 s, and try again a
//     minute later.
// A hidden tab (Page Visibility) closes whatever it uses and sends nothing; shown again, it
// resumes from its cursor.
//
// What the page shows is kept apart from how events arrive: the transport (WebSocket, SSE, polling)
// only calls handleEvent(), setMode(), connectionOk() and reportProblem(); the feed lines,
// the banners, the empty states and the lists are rendered from state by their own sections.
//
// The page tells the truth: a failing API shows its reason in a banner with a retry (never
// an empty state), offline is a banner, figures that can no longer refresh are marked stale,
// and the agent's status is what really happened (calling, refused and why, not configured).
//
// Safety: every piece of data reaches the DOM through textContent / text nodes, never
// innerHTML. Phone numbers arrive masked from the server and are shown exactly as sent.
"use strict";

(() => {
  // Works under "/", "/prod" and "/prod/": API Gateway stages and custom-domain base paths.
  const base = location.pathname.replace(/\/?$/, "/");
  const POLL_MS = 5000;
  const SSE_RETRY_MS = 60000;
  const REFRESH_DEBOUNCE_MS = 700;
  const SSE_MAX_EMPTY_ERRORS = 3;
  const WS_HEARTBEAT_MS = 9 * 60 * 1000;
  const WS_RECONNECT_MS = 250;     // after a drop: a new ticket and resume, at once
  const WS_REOPEN_MS = 1000;       // after a socket that never opened
  const WS_MAX_FAILED_OPENS = 2;   // then SSE, and the WebSocket again a minute later
  const FEED_MAX = 60;
  const TOAST_MS = 5000;
  // Figures also refresh after events; this periodic one keeps an idle page's figures and dates
  // current. One uncached refresh is ~20 Redis commands + 2 per call record seeding the feed
  // (bench_live): every 5 minutes an open page costs about as much as its idle live updates.
  const DASHBOARD_REFRESH_MS = 5 * 60000;
  const CLOCK_MS = 30000;             // how often "2 min ago" is recomputed
  const EVENT_TYPES = [
    "incoming_call", "call_status_update", "incoming_sms", "scam_detected", "call_processed",
    "sms_processed", "vapi_call_started", "vapi_call_status", "vapi_call_ended", "vapi_call_failed",
    "task_failed", "notification_failed",
  ];
  // Events after which the stats, lists or chart are out of date.
  const STAT_EVENTS = new Set([
    "incoming_call", "incoming_sms", "scam_detected", "call_processed", "sms_processed",
    "vapi_call_started", "vapi_call_ended", "vapi_call_failed",
  ]);
  const TERMINAL_STATUSES = new Set(["completed", "busy", "failed", "no-answer", "canceled"]);
  const MODE_LABELS = {
    websocket: "live (WebSocket)", sse: "live (SSE)", polling: "polling", offline: "offline",
    connecting: "connecting…", paused: "paused (tab hidden)",
  };
  const ANALYZER_LABELS = { offline: "built-in rules", bedrock: "Bedrock LLM", openai: "LLM" };
  const SCAM_TYPE_LABELS = {
    it_support: "IT support", crypto_exchange: "Crypto exchange", banking: "Banking", delivery: "Delivery",
    government: "Government", other: "Other", none: "None",
  };

  const state = {
    refused: false,        // the last login attempt was refused: say so in the prompt
    lines: new Map(),      // subject -> feed line (one per call or message; see "feed lines")
    problem: null,         // what the banner says, or null
    lastOk: 0,             // when the server last answered (ms), for the stale marker
    tokenPrompt: null,     // the pending "ask for the token" promise, shared by concurrent requests
    dashboard: null,
    activeCalls: [],
    cursor: null,          // opaque id of the last event seen; resumes SSE and polling
    seen: new Set(),       // event ids already shown (switching modes may deliver one twice)
    reasoning: new Map(),  // subject -> analyzer reasoning, from scam_detected events
    filters: { channel: "all", type: "all" },
    mode: "connecting",
    source: null,
    socket: null,          // the WebSocket, when the deployment offers one
    resumePending: false,  // a {"resume"} was sent and its answer has not fully arrived
    held: [],              // pushed messages that came after a gap, applied once the resume answers
    wsFailures: 0,         // sockets in a row that never opened
    heartbeatTimer: null,
    reconnectTimer: null,
    polling: false,
    pollTimer: null,
    sseRetryTimer: null,
    refreshTimer: null,
  };

  // A read-only window for tests and the latency benchmark: when each event reached the DOM.
  const hook = {
    arrivals: [],
    received: {}, // SSE messages by event name (snapshot, connection_timeout, ...): one per long poll when idle
    get mode() { return state.mode; },
    get cursor() { return state.cursor; },
    get socket() { return state.socket; },
  };
  window.honeyline = hook;

  // ------------------------------------------------------------------ DOM helpers
  const $ = (id) => document.getElementById(id);

  /** Create an element; strings among the children become text nodes (never HTML). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "class") node.className = value;
      else if (name === "text") node.textContent = value;
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    for (const child of children) {
      if (child !== null && child !== undefined && child !== false) node.append(child);
    }
    return node;
  }

  function setText(id, value) { $(id).textContent = value; }

  // ------------------------------------------------------------------ formatting

  /** "just now", "4 min ago", "3 h ago", "yesterday", then a date: times read at a glance. */
  function relTime(ms) {
    const seconds = (Date.now() - ms) / 1000;
    if (seconds < 45) return "just now";
    if (seconds < 90) return "1 min ago";
    if (seconds < 3600) return `${Math.round(seconds / 60)} min ago`;
    if (seconds < 86400) return `${Math.round(seconds / 3600)} h ago`;
    if (seconds < 172800) return "yesterday";
    return new Date(ms).toLocaleDateString([], { month: "short", day: "numeric", year: "numeric" });
  }

  const fullDate = (ms) => new Date(ms).toLocaleString([], { dateStyle: "full", timeStyle: "medium" });

  /** A <time> that says "2 min ago", keeps itself current, and shows the full date on hover. */
  function timeEl(ms) {
    if (!ms) return null;
    return el("time", { datetime: new Date(ms).toISOString(), title: fullDate(ms), "data-ts": ms }, relTime(ms));
  }

  function refreshTimes() {
    for (const node of document.querySelectorAll("time[data-ts]")) node.textContent = relTime(Number(node.dataset.ts));
    renderStale();
  }

  function fmtDuration(seconds) {
    const s = Math.max(0, Math.round(Number(seconds) || 0));
    const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), rest = String(s % 60).padStart(2, "0");
    return h ? `${h}:${String(m).padStart(2, "0")}:${rest}` : `${m}:${rest}`;
  }

  const pct = (fraction) => (fraction === null || fraction === undefined ? "—" : `${Math.round(Number(fraction) * 100)}%`);
  const human = (status) => String(status || "").replace(/[_-]+/g, " ").trim();
  const shortId = (sid) => (sid ? `…${String(sid).slice(-6)}` : "");
  const truncate = (text, n) => (text && text.length > n ? `${text.slice(0, n - 1)}…` : text || "");
  const scamTypeLabel = (type) => SCAM_TYPE_LABELS[type] || human(type).replace(/^./, (c) => c.toUpperCase()) || "Unknown";

  function callbackText(callback) {
    if (!callback || callback.type === "none" || !callback.type) return "";
    if (callback.type === "press_key") return `press ${callback.key ?? "a key"}${callback.number ? ` on ${callback.number}` : ""}`;
    return callback.number ? `${callback.number}${callback.key ? `, then press ${callback.key}` : ""}` : "";
  }

  // ------------------------------------------------------------------ auth
  // The token never lives in page storage or a URL: POST api/login checks it and sets an
  // HttpOnly, SameSite=Strict session cookie that fetch and EventSource then send by themselves.
  async function logIn(token) {
    const response = await fetch(`${base}api/login`, {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ token }),
      credentials: "same-origin", cache: "no-store",
    });
    state.refused = response.status === 401;
    return response.ok;
  }

  /** Show the token dialog and resolve with what the operator typed. */
  function askForToken(message) {
    if (state.tokenPrompt) return state.tokenPrompt;
    const dialog = $("token-dialog"), input = $("token-input"), error = $("token-error");
    error.hidden = !message;
    error.textContent = message || "";
    input.value = "";
    state.tokenPrompt = new Promise((resolve) => {
      const submit = (event) => {
        event.preventDefault();
        const token = input.value.trim();
        if (!token) return;
        $("token-form").removeEventListener("submit", submit);
        dialog.close();
        state.tokenPrompt = null;
        logIn(token).then(resolve, resolve);
      };
      $("token-form").addEventListener("submit", submit);
    });
    dialog.showModal();
    input.focus();
    return state.tokenPrompt;
  }

  /** A failed request: HTTP status (0 when the server could not be reached) and the server's reason. */
  class ApiError extends Error {
    constructor(status, message) {
      super(message);
      this.status = status;
    }
  }

  /** The server's reason from its {"error", "message"} body, else the status. */
  async function reasonOf(response) {
    try {
      const body = await response.json();
      return String(body.message || body.error || `HTTP ${response.status}`);
    } catch {
      return `HTTP ${response.status}`;
    }
  }

  /** GET (or POST) a route with the session cookie; a 401 asks for the token and tries again. Throws ApiError. */
  async function request(path, headers, method = "GET") {
    for (;;) {
      let response;
      try {
        response = await fetch(base + path, { method, headers, credentials: "same-origin", cache: "no-store" });
      } catch {
        throw new ApiError(0, "the server cannot be reached");
      }
      if (response.status === 401) {
        await askForToken(state.refused ? "That token was refused. Try again." : "");
        continue;
      }
      if (!response.ok) throw new ApiError(response.status, await reasonOf(response));
      return response;
    }
  }

  async function getJSON(path) {
    const data = await (await request(path)).json();
    connectionOk();
    return data;
  }

  // ------------------------------------------------------------------ dashboard
  async function loadDashboard(nocache) {
    const data = await getJSON(`api/dashboard${nocache ? "?nocache=true" : ""}`);
    state.dashboard = data;
    renderDashboard(data);
  }

  /** Refresh the figures once things settle: a scam produces several events in a row. */
  function scheduleRefresh() {
    clearTimeout(state.refreshTimer);
    state.refreshTimer = setTimeout(() => loadDashboard(true).catch(reportProblem), REFRESH_DEBOUNCE_MS);
  }

  function renderDashboard(data) {
    setText("honeypot-number", data.honeypotNumber || "not set (TWILIO_PHONE_NUMBER)");
    renderDetection(data.detection || {});
    renderStats(data.stats || {});
    setActiveCalls(data.activeCalls || []);
    seedFeed(data.recentCalls || []);
    renderScams();
    renderConversations(data.agentConversations || []);
    renderLeaderboard(data.leaderboard || []);
    renderChart(data.detectionsPerDay || []);
    const generated = $("generated");
    generated.replaceChildren(...(data.generatedAt
      ? ["Figures as of ", timeEl(data.generatedAt), data.cached ? " (cached up to 30 s)." : "."] : []));
  }

  function renderDetection(detection) {
    const node = $("detection");
    const active = detection.status === "active";
    // "offline" is the built-in rules analyzer, not a connection state: say so.
    const analyzer = ANALYZER_LABELS[detection.analyzer] || detection.analyzer || "?";
    const agent = detection.agent === "configured" ? "agent on" : "agent off";
    // The details fold away on a phone (.more), the state stays.
    node.replaceChildren(`detection ${detection.status || "unknown"}`, el("span", { class: "more" }, ` · ${analyzer} · ${agent}`));
    node.title = `Scam analyzer ${detection.analyzer || "?"}; the agent engages at ${detection.engageThreshold ?? "?"}% confidence`;
    node.classList.toggle("ok", active);
  }

  function renderStats(stats) {
    setText("stat-scams", String(stats.scamsThisWeek ?? 0));
    setText("stat-conversations", String(stats.agentConversations ?? 0));
    setText("stat-successful", String(stats.successfulConversations ?? 0));
    // No conversations yet: a rate of nothing is "—", not 0%.
    setText("stat-rate", stats.agentConversations ? pct(stats.successRate) : "—");
    const minutes = Math.round((stats.successSeconds || 300) / 60);
    setText("stat-successful-label", `Successful (≥ ${minutes} min)`);
  }

  // ------------------------------------------------------------------ active calls
  function setActiveCalls(calls) {
    state.activeCalls = Array.isArray(calls) ? calls.slice() : [];
    renderActiveCalls();
  }

  /** Keep the active-call list current between dashboard refreshes. */
  function applyToActiveCalls(event) {
    const d = event.data || {};
    if (event.type === "incoming_call" && d.callSid) {
      state.activeCalls = state.activeCalls.filter((c) => c.sid !== d.callSid);
      state.activeCalls.unshift({ sid: d.callSid, from: d.from, status: d.status, channel: "call", started_at: event.ts });
    } else if (event.type === "call_status_update" && d.callSid) {
      if (TERMINAL_STATUSES.has(d.status)) state.activeCalls = state.activeCalls.filter((c) => c.sid !== d.callSid);
      else state.activeCalls.forEach((c) => { if (c.sid === d.callSid) c.status = d.status; });
    } else {
      return;
    }
    renderActiveCalls();
  }

  function renderActiveCalls() {
    setText("stat-active", String(state.activeCalls.length));
    const list = $("active-calls");
    list.replaceChildren(...state.activeCalls.map((call) => el("li", { class: "active-call" },
      el("span", { class: "live-dot", "aria-hidden": "true" }),
      el("span", { class: "mono" }, call.from || "unknown"),
      el("span", { class: "muted" }, ` · ${human(call.status) || "active"} · since `, timeEl(call.started_at)))));
  }

  // ------------------------------------------------------------------ feed lines
  // One line per call or message, updated in place as its events arrive:
  //   Call from +1******0147   incoming → recorded 38 s → transcribed → scam: Microsoft, 97% → agent calling → agent call ended 6:52
  // Seeded from the dashboard's recent call records (events expire after 5 minutes, records
  // do not), then moved along by live events. A line is a few named stages, shown in order.
  const STAGES = ["incoming", "status", "recorded", "transcribed", "analysis", "agent", "agentEnd", "problem"];
  const FAILED_STATUSES = new Set(["busy", "failed", "no-answer", "canceled"]);
  const TONE_RANK = { status: 0, call: 1, sms: 1, ok: 2, agent: 3, flag: 4, scam: 5, error: 6 };

  const stage = (tone, label) => ({ tone, label });

  function analysisStage(a) {
    if (!a || a.isScam === null || a.isScam === undefined) return null;
    if (!a.isScam) return stage("ok", `not a scam (${a.confidence ?? "?"}%)`);
    return stage("scam", `scam: ${a.company || scamTypeLabel(a.scamType)}, ${a.confidence ?? "?"}%`);
  }

  /** The agent's stage from what really happened: calling, refused (why), failed, not configured. */
  function agentStage(agent, engage) {
    if (agent && agent.status) {
      switch (agent.status) {
        case "started": {
          const ongoing = agent.callStatus && agent.callStatus !== "ended" ? ` (${human(agent.callStatus)})` : "";
          return stage("agent", `agent calling${agent.target ? ` ${agent.target}` : ""}${ongoing}`);
        }
        case "refused": return stage("error", `agent refused: ${agent.reason || "no reason given"}`);
        case "not_configured": return stage("status", "agent not configured");
        default: return stage("error", `agent call failed: ${agent.reason || human(agent.status)}`);
      }
    }
    if (!engage) return null;
    const configured = state.dashboard && state.dashboard.detection && state.dashboard.detection.agent === "configured";
    return configured ? stage("agent", "agent call requested") : stage("status", "agent not configured");
  }

  function agentEndStage(duration, success) {
    return stage(success ? "ok" : "agent", `agent call ended ${fmtDuration(duration)}${success ? " — a success" : ""}`);
  }

  /** A recent call record (the dashboard's recentCalls) as line fields and stages. */
  function recordUpdate(entry) {
    const stages = { incoming: stage(entry.channel === "sms" ? "sms" : "call", entry.channel === "sms" ? "received" : "incoming") };
    if (FAILED_STATUSES.has(entry.status)) stages.status = stage("error", human(entry.status));
    if (entry.recordingSid || entry.recordingDuration) {
      stages.recorded = stage("status", entry.recordingDuration ? `recorded ${entry.recordingDuration} s` : "recorded");
    }
    if (entry.transcription === "completed") stages.transcribed = stage("status", "transcribed");
    else if (entry.transcription === "failed" || entry.status === "untranscribed") stages.transcribed = stage("error", "no transcript");
    stages.analysis = analysisStage(entry.analysis);
    const agent = entry.agent || {};
    stages.agent = agentStage(agent, entry.engage);
    if (agent.duration !== undefined && agent.duration !== null) stages.agentEnd = agentEndStage(agent.duration, agent.success);
    return { subject: entry.subject, channel: entry.channel, from: entry.from, ts: entry.ts, stages };
  }

  /** One live event as line fields and the stages it sets. */
  function eventUpdate(event) {
    const d = event.data || {};
    const subject = d.callSid || d.messageSid || d.subject || event.id;
    const update = { subject, ts: event.ts, stages: {} };
    const set = (key, value) => { if (value) update.stages[key] = value; };
    switch (event.type) {
      case "incoming_call":
        Object.assign(update, { channel: "call", from: d.from, isNew: true });
        set("incoming", stage("call", "incoming"));
        break;
      case "incoming_sms":
        Object.assign(update, { channel: "sms", from: d.from, quote: d.body, isNew: true });
        set("incoming", stage("sms", "received"));
        break;
      case "call_status_update":
        if (d.status === "recording_completed") set("recorded", stage("status", d.recordingDuration ? `recorded ${d.recordingDuration} s` : "recorded"));
        else if (d.status === "transcription_completed") set("transcribed", stage("status", "transcribed"));
        else if (String(d.status).startsWith("transcription_")) set("transcribed", stage("error", "no transcript"));
        else if (String(d.status).startsWith("recording_")) set("recorded", stage("error", human(d.status)));
        else if (FAILED_STATUSES.has(d.status)) set("status", stage("error", human(d.status)));
        break;
      case "scam_detected":
        set("analysis", analysisStage({ isScam: true, confidence: d.confidence, company: d.company, scamType: d.scamType }));
        break;
      case "call_processed":
      case "sms_processed":
        if (d.status === "untranscribed") { set("analysis", stage("error", "no transcript to analyse")); break; }
        set("analysis", analysisStage({ isScam: d.isScam, confidence: d.confidence, company: d.company, scamType: d.scamType }));
        set("agent", agentStage(null, d.isScam && d.engage));
        break;
      case "vapi_call_started":
        set("agent", agentStage({ status: "started", target: d.target }));
        break;
      case "vapi_call_status":
        set("agent", stage("agent", `agent call ${human(d.status)}`));
        break;
      case "vapi_call_failed":
        set("agent", agentStage({ status: d.rule ? "refused" : "failed", reason: human(d.reason) }));
        break;
      case "vapi_call_ended":
        set("agentEnd", agentEndStage(d.duration, d.success));
        break;
      case "task_failed":
        set("problem", stage("error", `background task ${d.task || ""} failed for good`));
        break;
      case "notification_failed":
        set("problem", stage("error", `alert not delivered${d.failed ? ` (${[].concat(d.failed).join(", ")})` : ""}`));
        break;
      default:
        set("problem", stage("status", human(event.type)));
    }
    return update;
  }

  /** Apply an update to its line (creating it), re-render it in place, newest activity on top. */
  function applyToLine(update, { type, seed } = {}) {
    let line = state.lines.get(update.subject);
    const created = !line;
    if (!line) {
      line = { subject: update.subject, channel: update.channel, from: update.from, ts: update.ts, stages: {}, quote: null };
      state.lines.set(update.subject, line);
    }
    for (const key of ["channel", "from", "quote"]) if (update[key] && (!line[key] || !seed)) line[key] = update[key];
    if (update.isNew || !line.ts) line.ts = update.ts || line.ts;
    for (const [key, value] of Object.entries(update.stages)) {
      if (!value) continue;
      if (seed && line.stages[key]) continue; // live events are newer than a (cached) record
      line.stages[key] = value;
    }
    if (type) line.type = type;
    renderLine(line, { moveToTop: !seed || created });
    return line;
  }

  function lineTone(line) {
    let tone = "status";
    for (const key of STAGES) {
      const value = line.stages[key];
      if (value && TONE_RANK[value.tone] >= TONE_RANK[tone]) tone = value.tone;
    }
    return tone;
  }

  function lineHeadline(line) {
    const what = line.channel === "sms" ? "SMS" : "Call";
    return line.from ? `${what} from ${line.from}` : `${what} ${shortId(line.subject)}`;
  }

  function renderLine(line, { moveToTop }) {
    const stages = STAGES.map((key) => line.stages[key]).filter(Boolean);
    const flow = [];
    stages.forEach((value, i) => {
      if (i) flow.push(el("span", { class: "arrow", "aria-hidden": "true" }, " → "));
      flow.push(el("span", { class: `stage tone-${value.tone}` }, value.label));
    });
    const item = el("li", {
      class: `feed-item tone-${lineTone(line)}`, "data-subject": line.subject, "data-type": line.type || null,
      "data-channel": line.channel || null,
    },
      el("span", { class: "dot", "aria-hidden": "true" }),
      el("div", { class: "feed-body" },
        el("p", { class: "feed-text" }, lineHeadline(line)),
        line.quote ? el("p", { class: "feed-quote" }, `“${truncate(line.quote, 140)}”`) : null,
        el("p", { class: "feed-stages" }, ...flow),
        el("p", { class: "feed-meta muted small" }, timeEl(line.ts), ` · ${shortId(line.subject)}`)));
    const feed = $("feed");
    const existing = feed.querySelector(`li[data-subject="${CSS.escape(line.subject)}"]`);
    if (existing && !moveToTop) existing.replaceWith(item);
    else {
      if (existing) existing.remove();
      feed.prepend(item);
    }
    while (feed.children.length > FEED_MAX) {
      state.lines.delete(feed.lastElementChild.dataset.subject);
      feed.lastElementChild.remove();
    }
    renderFeedEmpty();
  }

  /** Start the feed from the recent call records, oldest first so the newest ends on top. */
  function seedFeed(entries) {
    for (const entry of [...entries].reverse()) {
      const exists = state.lines.has(entry.subject);
      applyToLine(recordUpdate(entry), { seed: true, type: exists ? undefined : "record" });
    }
    renderFeedEmpty();
  }

  /** One event, from SSE, polling or a backlog (live=false: no toasts, no refresh); whether it was new. */
  function handleEvent(event, live) {
    if (!event || !event.id || state.seen.has(event.id)) return false;
    state.seen.add(event.id);
    if (state.seen.size > 5000) state.seen = new Set([...state.seen].slice(-1000));
    state.cursor = event.id;
    const d = event.data || {};
    if (event.type === "scam_detected" && d.reasoning) state.reasoning.set(d.callSid || d.messageSid, d.reasoning);
    const line = applyToLine(eventUpdate(event), { type: event.type });
    // For the latency benchmark: the moment this event became visible, on the wall clock.
    hook.arrivals.push({ id: event.id, type: event.type, subject: line.subject, at: performance.timeOrigin + performance.now() });
    if (hook.arrivals.length > 1000) hook.arrivals.splice(0, 500);
    if (!live) return true;
    applyToActiveCalls(event);
    if (event.type === "incoming_call") toast(`Incoming call from ${d.from || "an unknown number"}`, "call");
    if (event.type === "incoming_sms") toast(`SMS from ${d.from || "an unknown number"}`, "sms");
    if (STAT_EVENTS.has(event.type)) scheduleRefresh();
    return true;
  }

  /** A backlog (a snapshot, a first poll), drawn without toasts. Its events newer than the figures
   *  on the page (a scam analysed between the dashboard's GET and the live stream's first answer)
   *  changed them: fetch again, or the lists would miss it until the next periodic refresh. */
  function applyBacklog(events) {
    const figuresAt = state.dashboard ? state.dashboard.generatedAt || 0 : 0;
    let changed = false;
    for (const event of events || []) {
      if (handleEvent(event, false) && STAT_EVENTS.has(event.type) && (event.ts || 0) >= figuresAt) changed = true;
    }
    if (changed) scheduleRefresh();
  }

  function applySnapshot(snapshot) {
    setActiveCalls(snapshot.activeCalls || []);
    applyBacklog(snapshot.recentEvents);
    if (snapshot.cursor) state.cursor = snapshot.cursor;
  }

  // ------------------------------------------------------------------ problems: banner, offline, stale
  /** A request failed: say why in the banner (never as an empty list) and mark the figures stale. */
  function reportProblem(err) {
    console.warn("request failed", err);
    const offline = !navigator.onLine || !err || !err.status;
    state.problem = offline
      ? { kind: "offline", text: "Offline: the server cannot be reached. The page retries by itself." }
      : { kind: "error", text: `The server answered ${err.status}: ${err.message}` };
    renderProblem();
  }

  /** Something answered: clear the banner, and fetch the figures again. Whatever answered
   *  (the live stream may come back before the dashboard does), the figures on the page are
   *  from before the outage, or missing. */
  function connectionOk() {
    state.lastOk = Date.now();
    if (!state.problem) return;
    state.problem = null;
    renderProblem();
    scheduleRefresh();
  }

  function renderProblem() {
    const banner = $("banner");
    banner.hidden = !state.problem;
    if (state.problem) {
      banner.dataset.kind = state.problem.kind;
      setText("banner-text", state.problem.text);
    }
    renderStale();
    renderEmptyStates();
  }

  function renderStale() {
    const stale = Boolean(state.problem && state.dashboard);
    document.body.classList.toggle("stale", stale);
    const marker = $("stale");
    marker.hidden = !stale;
    if (stale) marker.textContent = `Not live: figures as of ${relTime(state.lastOk || state.dashboard.generatedAt)}`;
  }

  async function retryNow() {
    try {
      await loadDashboard(true);
      if (state.mode !== "sse" && state.mode !== "websocket") startLive();
    } catch (err) {
      reportProblem(err);
    }
  }

  // ------------------------------------------------------------------ empty states
  // Say what to do next, and only once there is data to be empty: while the API fails,
  // the banner speaks and the lists stay quiet.
  function hint(...parts) {
    return parts.map((part) => (part.startsWith("`") ? el("code", {}, part.slice(1, -1)) : part));
  }

  function renderFeedEmpty() {
    const empty = $("feed-empty");
    empty.hidden = !state.dashboard || state.problem !== null || $("feed").children.length > 0;
    if (empty.hidden) return;
    const number = state.dashboard.honeypotNumber;
    empty.replaceChildren(...(number
      ? hint(`No calls yet. Call ${number}, or send sample calls with `, "`make demo`", ".")
      : hint("No calls yet. Run ", "`make demo`", " to send sample calls; to receive real ones set ",
        "`TWILIO_PHONE_NUMBER`", " and point the number's webhooks here with ", "`configure-twilio`", ".")));
  }

  function renderEmptyStates() {
    renderFeedEmpty();
    if (state.dashboard) {
      renderScams();
      renderConversations(state.dashboard.agentConversations || []);
      renderLeaderboard(state.dashboard.leaderboard || []);
    }
  }

  function agentOffHint() {
    return hint("The agent is off: set ", "`VAPI_API_KEY`", " and ", "`VAPI_PHONE_NUMBER_ID`", " to call scammers back.");
  }

  function agentConfigured() {
    return Boolean(state.dashboard && state.dashboard.detection && state.dashboard.detection.agent === "configured");
  }

  function toast(text, tone) {
    const box = $("toasts");
    const node = el("div", { class: `toast tone-${tone}`, role: "status" }, text);
    box.prepend(node);
    while (box.children.length > 4) box.lastElementChild.remove();
    setTimeout(() => node.classList.add("leaving"), TOAST_MS);
    setTimeout(() => node.remove(), TOAST_MS + 400);
  }

  // ------------------------------------------------------------------ connection
  function setMode(mode) {
    if (state.mode === mode) return;
    state.mode = mode;
    const badge = $("mode");
    badge.textContent = MODE_LABELS[mode];
    badge.dataset.mode = mode;
    badge.className = `pill mode mode-${mode}`;
  }

  function closeSSE() {
    if (state.source) state.source.close();
    state.source = null;
  }

  /** Close every transport and forget every timer: nothing is sent until startLive(). */
  function stopLive() {
    clearTimeout(state.sseRetryTimer);
    clearTimeout(state.reconnectTimer);
    closeSocket();
    closeSSE();
    stopPolling();
  }

  /** The best transport the deployment offers: WebSocket, else SSE (which falls back to polling). */
  async function startLive() {
    stopLive();
    if (document.hidden) return setMode("paused");
    let offer = null;
    try {
      // Not getJSON: a ticket says nothing about the data behind it, so it clears no banner.
      offer = await (await request("api/live-ticket", undefined, "POST")).json();
    } catch (err) {
      console.warn("no live ticket", err);
    }
    if (document.hidden) return setMode("paused"); // hidden while the ticket was on its way
    if (offer && offer.websocketUrl && "WebSocket" in window && state.wsFailures < WS_MAX_FAILED_OPENS) {
      return startWebSocket(offer);
    }
    startSSE();
    // A deployment with a WebSocket API that would not open: try it again later.
    if (offer && offer.websocketUrl) state.sseRetryTimer = setTimeout(retryLive, SSE_RETRY_MS);
  }

  function retryLive() {
    state.wsFailures = 0;
    startLive();
  }

  function closeSocket() {
    clearInterval(state.heartbeatTimer);
    const socket = state.socket;
    state.socket = null; // first: its close event is then not taken for a dropped connection
    state.resumePending = false;
    state.held = [];
    if (socket) socket.close(1000);
  }

  function startWebSocket(offer) {
    const url = new URL(offer.websocketUrl);
    url.searchParams.set("ticket", offer.ticket);
    const socket = new WebSocket(url.toString());
    state.socket = socket;
    let opened = false;
    socket.onopen = () => {
      if (socket !== state.socket) return;
      opened = true;
      state.wsFailures = 0;
      setMode("websocket");
      sendResume(); // a snapshot without a cursor; otherwise everything after it
      state.heartbeatTimer = setInterval(sendResume, WS_HEARTBEAT_MS);
    };
    socket.onmessage = (message) => {
      if (socket !== state.socket) return;
      let data;
      try { data = JSON.parse(message.data); } catch { return; }
      hook.received[data.type] = (hook.received[data.type] || 0) + 1;
      connectionOk();
      onSocketMessage(data);
    };
    socket.onclose = () => {
      if (socket !== state.socket) return; // closed on purpose
      clearInterval(state.heartbeatTimer);
      state.socket = null;
      if (!opened) state.wsFailures += 1;
      setMode("connecting");
      // Dropped (network, API Gateway's 2-hour limit, a deploy): a new ticket, then resume from the cursor.
      state.reconnectTimer = setTimeout(startLive, opened ? WS_RECONNECT_MS : WS_REOPEN_MS);
    };
  }

  function sendResume() {
    if (!state.socket || state.socket.readyState !== WebSocket.OPEN) return;
    state.resumePending = true;
    state.socket.send(JSON.stringify({ resume: state.cursor }));
  }

  function onSocketMessage(message) {
    if (message.type === "snapshot") {
      applySnapshot(message);
      return resumeAnswered();
    }
    if (message.type !== "events" || !Array.isArray(message.events)) return;
    if (message.resumed) {
      // Everything after the cursor we sent, in order; what a push already showed is skipped.
      for (const event of message.events) handleEvent(event, true);
      if (message.final) resumeAnswered();
      return;
    }
    applyPush(message);
  }

  /** A pushed message: shown if it follows the last event shown, else held until a resume fills the gap. */
  function applyPush(message) {
    if (message.events.every((event) => state.seen.has(event.id))) return;
    if (message.prev && message.prev === state.cursor && !state.resumePending) {
      for (const event of message.events) handleEvent(event, true);
      return;
    }
    state.held.push(message);
    if (!state.resumePending) sendResume();
  }

  function resumeAnswered() {
    state.resumePending = false;
    const held = state.held;
    state.held = [];
    for (const message of held) applyPush(message);
  }

  function startSSE() {
    clearTimeout(state.sseRetryTimer);
    stopPolling();
    closeSSE();
    const query = new URLSearchParams();
    // Resume where polling left off; reconnects then carry Last-Event-ID, which the server prefers.
    if (state.cursor) query.set("since", state.cursor);
    const qs = query.toString();
    const source = new EventSource(`${base}api/live-updates${qs ? `?${qs}` : ""}`);
    state.source = source;
    let everDelivered = false, deliveredSinceError = false, emptyErrors = 0;

    const listen = (type, handler) => source.addEventListener(type, (message) => {
      if (source !== state.source) return;
      hook.received[type] = (hook.received[type] || 0) + 1;
      everDelivered = deliveredSinceError = true;
      emptyErrors = 0;
      setMode("sse");
      connectionOk();
      let data;
      try { data = JSON.parse(message.data); } catch { return; }
      handler(data);
      if (message.lastEventId) state.cursor = message.lastEventId;
    });
    listen("snapshot", applySnapshot);
    listen("connection_timeout", () => {}); // an idle window: the cursor stays, EventSource reconnects
    for (const type of EVENT_TYPES) listen(type, (event) => handleEvent(event, true));

    source.onerror = () => {
      if (source !== state.source) return;
      // Closed for good (401, wrong content type) or never got through: poll instead.
      if (source.readyState === EventSource.CLOSED || !everDelivered) return fallBackToPolling();
      // The server ends each long poll after delivering: that "error" is the normal reconnect.
      if (deliveredSinceError) { deliveredSinceError = false; return; }
      if (++emptyErrors >= SSE_MAX_EMPTY_ERRORS) fallBackToPolling();
    };
  }

  function fallBackToPolling() {
    closeSSE();
    setMode("polling");
    state.polling = true;
    clearTimeout(state.pollTimer);
    pollOnce();
    clearTimeout(state.sseRetryTimer);
    state.sseRetryTimer = setTimeout(retryLive, SSE_RETRY_MS);
  }

  function stopPolling() {
    state.polling = false;
    clearTimeout(state.pollTimer);
    state.pollTimer = null;
  }

  async function pollOnce() {
    const query = new URLSearchParams({ mode: "poll" });
    if (state.cursor) query.set("since", state.cursor);
    // Without a cursor the answer is the recent backlog: show it, but without toasts.
    const backlog = !state.cursor;
    try {
      const data = await getJSON(`api/live-updates?${query}`);
      if (!state.polling) return; // SSE took over while this request was in flight
      if (backlog) applyBacklog(data.events);
      else for (const event of data.events || []) handleEvent(event, true);
      if (data.cursor) state.cursor = data.cursor;
      setActiveCalls(data.activeCalls || []);
      setMode("polling");
    } catch (err) {
      if (state.polling) {
        setMode("offline");
        reportProblem(err);
      }
    }
    if (state.polling) state.pollTimer = setTimeout(pollOnce, POLL_MS);
  }

  // ------------------------------------------------------------------ recent scams
  function renderScams() {
    const scams = (state.dashboard && state.dashboard.recentScams) || [];
    renderTypeFilters(scams);
    const { channel, type } = state.filters;
    const visible = scams.filter((s) => (channel === "all" || s.channel === channel) && (type === "all" || s.scamType === type));
    $("scams").replaceChildren(...visible.map(scamItem));
    const empty = $("scams-empty");
    empty.hidden = visible.length > 0 || !state.dashboard || state.problem !== null;
    empty.replaceChildren(...(scams.length ? ["No scams match these filters."]
      : hint("No scams detected yet. ", "`make demo`", " sends a sample scam voicemail; real ones appear as they are analysed.")));
  }

  function renderTypeFilters(scams) {
    const types = [...new Set(scams.map((s) => s.scamType).filter(Boolean))].sort();
    if (state.filters.type !== "all" && !types.includes(state.filters.type)) state.filters.type = "all";
    const buttons = ["all", ...types].map((type) => el("button", {
      type: "button", "data-type": type, "aria-pressed": String(state.filters.type === type),
    }, type === "all" ? "All types" : scamTypeLabel(type)));
    $("filter-type").replaceChildren(...buttons);
  }

  function scamItem(scam) {
    const callback = callbackText(scam.callback);
    const button = el("button", { type: "button", class: "scam-item" },
      el("span", { class: "scam-head" },
        el("span", { class: `badge channel-${scam.channel}` }, scam.channel === "sms" ? "SMS" : "Call"),
        el("strong", { class: "scam-company" }, scam.company || "Unknown sender"),
        el("span", { class: "badge type" }, scamTypeLabel(scam.scamType)),
        el("span", { class: "confidence", title: "The analyzer's probability that this is a scam" }, `${scam.confidence ?? "?"}%`)),
      el("span", { class: "scam-meta muted small" },
        timeEl(scam.ts), ` · from ${scam.from || "unknown"}`,
        callback ? el("span", { class: "callback" }, ` · callback ${callback}`) : null),
      scam.preview ? el("span", { class: "scam-preview" }, truncate(scam.preview, 160)) : null);
    button.addEventListener("click", () => openScam(scam));
    return el("li", { "data-channel": scam.channel, "data-scam-type": scam.scamType }, button);
  }

  /** What the agent really did for this scam, in words: the feed line knows the latest. */
  function agentStatusText(scam, subject) {
    const notConfigured = "not configured (set VAPI_API_KEY and VAPI_PHONE_NUMBER_ID)";
    const line = state.lines.get(subject);
    const known = line && [line.stages.agentEnd, line.stages.agent].find(Boolean);
    if (known) return known.label === "agent not configured" ? notConfigured : known.label.replace(/^agent /, "");
    if (scam.engage) return agentConfigured() ? "call requested" : notConfigured;
    const threshold = state.dashboard && state.dashboard.detection ? state.dashboard.detection.engageThreshold : null;
    if (!callbackText(scam.callback)) return "not engaged: no callback number in the message";
    if (threshold !== null && threshold !== undefined && (scam.confidence ?? 0) < threshold) {
      return `not engaged: ${scam.confidence}% is below the ${threshold}% threshold`;
    }
    return "not engaged";
  }

  function openScam(scam) {
    const subject = scam.subject || scam.callSid || scam.messageSid;
    setText("scam-dialog-title", `${scam.company || "Unknown sender"} — ${scamTypeLabel(scam.scamType)}`);
    const rows = [
      ["Channel", scam.channel === "sms" ? "SMS" : "Voicemail"],
      ["Received", scam.ts ? `${relTime(scam.ts)} (${fullDate(scam.ts)})` : ""],
      ["From", scam.from || "unknown"],
      ["Impersonates", scam.company || "—"],
      ["Scam type", scamTypeLabel(scam.scamType)],
      ["Scam probability", `${scam.confidence ?? "?"}%`],
      ["Callback", callbackText(scam.callback) || "none"],
      ["Agent", agentStatusText(scam, subject)],
      ["Reasoning", scam.reasoning || state.reasoning.get(subject) || ""],
    ].filter(([, value]) => value);
    $("scam-details").replaceChildren(...rows.flatMap(([term, value]) => [el("dt", {}, term), el("dd", {}, value)]));
    const audio = $("scam-audio");
    releaseAudio(audio);
    const recording = scam.recordingSid || ((scam.recordingUrl || "").match(/RE[0-9a-f]{32}/i) || [])[0];
    if (recording) loadAudio(`api/recordings/${encodeURIComponent(recording)}`, audio);
    setText("scam-transcript", scam.transcript || scam.preview || "(no transcript)");
    $("scam-dialog").showModal();
  }

  // ------------------------------------------------------------------ recordings
  /** Fetch a recording (session cookie) and play it from memory; Accept names the audio type so
   *  API Gateway returns the bytes, not base64 (an <audio src> would send Accept: *\/*). */
  async function loadAudio(path, box) {
    releaseAudio(box);
    box.replaceChildren(el("p", { class: "muted small" }, "Loading the recording…"));
    try {
      const response = await request(path, { Accept: "audio/mpeg, audio/wav, audio/*" });
      const url = URL.createObjectURL(await response.blob());
      box.replaceChildren(el("audio", { controls: true, preload: "metadata", src: url, "data-object-url": url }));
    } catch (err) {
      box.replaceChildren(el("p", { class: "error small" }, `Recording unavailable: ${err.message}`));
    }
  }

  function releaseAudio(box) {
    for (const audio of box.querySelectorAll("audio[data-object-url]")) URL.revokeObjectURL(audio.dataset.objectUrl);
    box.replaceChildren();
  }

  // ------------------------------------------------------------------ agents
  // What the callee revealed on the agent's call (issue 12; numbers arrive masked).
  const INTEL_LABELS = [["payment_methods", "Paid with"], ["remote_access_tools", "Remote access"],
    ["websites", "Websites"], ["phone_numbers", "Numbers"], ["names", "Names"], ["amounts", "Amounts"]];
  function intelList(intel) {
    const rows = INTEL_LABELS.filter(([key]) => intel && Array.isArray(intel[key]) && intel[key].length);
    return rows.length ? el("dl", { class: "intel small" }, ...rows.flatMap(([key, label]) =>
      [el("dt", {}, label), el("dd", {}, intel[key].join(", "))])) : null;
  }

  function renderConversations(conversations) {
    $("conversations").replaceChildren(...conversations.map((c) => {
      const player = el("div", { class: "conv-audio" });
      return el("li", { class: "conversation", "data-call": c.agentCallId || null },
        el("div", { class: "conv-head" },
          el("strong", {}, c.persona || c.agent || "Agent"),
          c.agent && c.persona ? el("span", { class: "muted small" }, ` ${c.agent}`) : null,
          el("span", { class: `badge ${c.success ? "success" : "short"}` }, c.success ? "success" : "short"),
          el("span", { class: "mono small" }, fmtDuration(c.duration))),
        el("p", { class: "muted small" }, timeEl(c.ts), c.endedReason ? ` · ${human(c.endedReason)}` : ""),
        c.summary ? el("p", {}, c.summary) : null,
        c.verdict ? el("p", { class: "verdict" }, c.verdict) : null,
        intelList(c.intelligence),
        c.recording && c.agentCallId ? recordingButton(c.agentCallId, player) : null,
        player,
        c.transcriptExcerpt ? el("details", {}, el("summary", {}, "Transcript excerpt"),
          el("pre", { class: "transcript" }, c.transcriptExcerpt)) : null);
    }));
    const empty = $("conversations-empty");
    empty.hidden = conversations.length > 0 || !state.dashboard || state.problem !== null;
    empty.replaceChildren(...(agentConfigured()
      ? ["No agent conversations yet: the agent calls back when a scam leaves a callback number."] : agentOffHint()));
  }

  function recordingButton(callId, player) {
    const button = el("button", { type: "button", class: "link small" }, "▶ Play the recording");
    button.addEventListener("click", () => {
      button.remove();
      loadAudio(`api/agent-recordings/${encodeURIComponent(callId)}`, player);
    });
    return button;
  }

  function renderLeaderboard(rows) {
    $("leaderboard").tBodies[0].replaceChildren(...rows.map((r) => el("tr", {},
      el("th", { scope: "row" }, r.name || r.agent),
      el("td", {}, String(r.calls)),
      el("td", {}, String(r.minutes)),
      el("td", {}, String(r.successes)),
      el("td", {}, fmtDuration(r.avg_duration_seconds)),
      el("td", {}, pct(r.success_rate)))));
    const empty = $("leaderboard-empty");
    empty.hidden = rows.length > 0 || !state.dashboard || state.problem !== null;
    empty.replaceChildren(...(agentConfigured() ? ["The agents have not finished a call yet."] : agentOffHint()));
    $("leaderboard").hidden = rows.length === 0;
  }

  // ------------------------------------------------------------------ chart
  const SVG_NS = "http://www.w3.org/2000/svg";

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, String(value));
    for (const child of children) if (child !== null && child !== undefined) node.append(child);
    return node;
  }

  /** Bars per day: calls + SMS behind, scams in front; drawn at the container's pixel width. */
  function renderChart(days) {
    const box = $("chart");
    const width = Math.max(260, box.clientWidth || 600), height = 190;
    const pad = { top: 12, right: 8, bottom: 26, left: 30 };
    const plotW = width - pad.left - pad.right, plotH = height - pad.top - pad.bottom;
    const max = Math.max(1, ...days.map((d) => Math.max((d.calls || 0) + (d.sms || 0), d.scams || 0)));
    const y = (value) => pad.top + plotH - (value / max) * plotH;
    const slot = plotW / Math.max(1, days.length);
    const barW = Math.max(4, slot * 0.62);
    const labelEvery = slot < 34 ? 2 : 1;
    const chart = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, class: "chart-svg", role: "img",
      "aria-labelledby": "chart-title chart-caption" });

    for (const value of [0, Math.round(max / 2), max].filter((v, i, all) => all.indexOf(v) === i)) {
      chart.append(svg("line", { x1: pad.left, x2: width - pad.right, y1: y(value), y2: y(value), class: "grid-line" }),
        svg("text", { x: pad.left - 6, y: y(value) + 4, class: "axis", "text-anchor": "end" }, String(value)));
    }
    days.forEach((day, i) => {
      const contacts = (day.calls || 0) + (day.sms || 0), scams = day.scams || 0;
      const x = pad.left + i * slot + (slot - barW) / 2;
      const group = svg("g", { class: "bar", "data-date": day.date },
        svg("title", {}, `${day.date}: ${day.calls || 0} calls, ${day.sms || 0} SMS, ${scams} scams`),
        svg("rect", { x, y: y(contacts), width: barW, height: Math.max(0, pad.top + plotH - y(contacts)), rx: 2, class: "contacts" }),
        svg("rect", { x: x + barW * 0.2, y: y(scams), width: barW * 0.6, height: Math.max(0, pad.top + plotH - y(scams)), rx: 2, class: "scams" }));
      chart.append(group);
      if ((days.length - 1 - i) % labelEvery === 0) {
        chart.append(svg("text", { x: x + barW / 2, y: height - 8, class: "axis", "text-anchor": "middle" },
          (day.date || "").slice(5).replace("-", "/")));
      }
    });
    box.replaceChildren(chart);
  }

  // ------------------------------------------------------------------ wiring
  function bindFilters() {
    $("filter-channel").addEventListener("click", (event) => {
      const button = event.target.closest("button[data-channel]");
      if (!button) return;
      state.filters.channel = button.dataset.channel;
      for (const b of $("filter-channel").querySelectorAll("button")) b.setAttribute("aria-pressed", String(b === button));
      renderScams();
    });
    $("filter-type").addEventListener("click", (event) => {
      const button = event.target.closest("button[data-type]");
      if (!button) return;
      state.filters.type = button.dataset.type;
      renderScams();
    });
  }

  function bindProblems() {
    $("banner-retry").addEventListener("click", retryNow);
    window.addEventListener("offline", () => reportProblem(new ApiError(0, "offline")));
    window.addEventListener("online", retryNow);
    setInterval(refreshTimes, CLOCK_MS);
    // Figures refresh after events; this also notices a server that stopped answering.
    // Not while the tab is hidden: a hidden tab sends nothing.
    setInterval(() => document.hidden || loadDashboard(false).catch(reportProblem), DASHBOARD_REFRESH_MS);
  }

  function bindDialogs() {
    // The dashboard is useless without the token: Escape must not dismiss its prompt.
    $("token-dialog").addEventListener("cancel", (event) => event.preventDefault());
    // A click on the backdrop closes the transcript view.
    $("scam-dialog").addEventListener("click", (event) => {
      if (event.target === $("scam-dialog")) $("scam-dialog").close();
    });
    $("scam-dialog").addEventListener("close", () => releaseAudio($("scam-audio")));
  }

  let resizeTimer = null;
  function bindResize() {
    window.addEventListener("resize", () => {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(() => state.dashboard && renderChart(state.dashboard.detectionsPerDay || []), 150);
    });
  }

  async function start() {
    bindFilters();
    bindDialogs();
    bindResize();
    bindProblems();
    try {
      await loadDashboard(false);
    } catch (err) {
      reportProblem(err);
    }
    // A hidden tab sends nothing (no socket, no long poll, no poll); shown again, it resumes from its cursor.
    document.addEventListener("visibilitychange", () => (document.hidden ? (stopLive(), setMode("paused")) : startLive()));
    startLive();
  }

  start();
})();
