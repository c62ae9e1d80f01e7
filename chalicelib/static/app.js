// Honeyline dashboard: plain JavaScript, no build step, no third-party code.
//
// Data flow: GET api/dashboard once (and again, debounced, after events that change the
// figures), then live events through EventSource on api/live-updates. That endpoint is a
// long poll (API Gateway buffers responses), so the server closes every response and the
// browser reconnects with Last-Event-ID; an "error" after a delivered message is normal.
// When SSE cannot get through at all, poll api/live-updates?mode=poll every 5 s and try
// SSE again a minute later.
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
  const FEED_MAX = 60;
  const TOAST_MS = 5000;
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
  const MODE_LABELS = { sse: "live (SSE)", polling: "polling", offline: "offline", connecting: "connecting…" };
  const ANALYZER_LABELS = { offline: "built-in rules", bedrock: "Bedrock LLM", openai: "LLM" };
  const SCAM_TYPE_LABELS = {
    it_support: "IT support", crypto_exchange: "Crypto exchange", banking: "Banking", delivery: "Delivery",
    government: "Government", other: "Other", none: "None",
  };

  const state = {
    refused: false,        // the last login attempt was refused: say so in the prompt
    tokenPrompt: null,     // the pending "ask for the token" promise, shared by concurrent requests
    dashboard: null,
    activeCalls: [],
    cursor: null,          // opaque id of the last event seen; resumes SSE and polling
    seen: new Set(),       // event ids already shown (switching modes may deliver one twice)
    reasoning: new Map(),  // subject -> analyzer reasoning, from scam_detected events
    filters: { channel: "all", type: "all" },
    mode: "connecting",
    source: null,
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
  function fmtTime(ms) {
    if (!ms) return "";
    const date = new Date(ms);
    const sameDay = date.toDateString() === new Date().toDateString();
    const time = date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" });
    return sameDay ? time : `${date.toLocaleDateString([], { month: "short", day: "numeric" })} ${time}`;
  }

  function fmtDuration(seconds) {
    const s = Math.max(0, Math.round(Number(seconds) || 0));
    const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), rest = String(s % 60).padStart(2, "0");
    return h ? `${h}:${String(m).padStart(2, "0")}:${rest}` : `${m}:${rest}`;
  }

  const pct = (fraction) => `${Math.round((Number(fraction) || 0) * 100)}%`;
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

  /** GET a data route with the token; a 401 asks for the token and tries again. */
  async function getJSON(path) {
    for (;;) {
      const response = await fetch(base + path, { credentials: "same-origin", cache: "no-store" });
      if (response.status === 401) {
        await askForToken(state.refused ? "That token was refused. Try again." : "");
        continue;
      }
      if (!response.ok) throw new Error(`${path.split("?")[0]} answered HTTP ${response.status}`);
      return response.json();
    }
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
    state.refreshTimer = setTimeout(() => {
      loadDashboard(true).catch((err) => console.warn("dashboard refresh failed", err));
    }, REFRESH_DEBOUNCE_MS);
  }

  function renderDashboard(data) {
    setText("honeypot-number", data.honeypotNumber || "not configured");
    renderDetection(data.detection || {});
    renderStats(data.stats || {});
    setActiveCalls(data.activeCalls || []);
    renderScams();
    renderConversations(data.agentConversations || []);
    renderLeaderboard(data.leaderboard || []);
    renderChart(data.detectionsPerDay || []);
    setText("generated", data.generatedAt ? `Figures as of ${fmtTime(data.generatedAt)}${data.cached ? " (cached)" : ""}.` : "");
  }

  function renderDetection(detection) {
    const node = $("detection");
    const active = detection.status === "active";
    // "offline" is the built-in rules analyzer, not a connection state: say so.
    const analyzer = ANALYZER_LABELS[detection.analyzer] || detection.analyzer || "?";
    const agent = detection.agent === "configured" ? "agent on" : "agent off";
    node.textContent = `detection ${detection.status || "unknown"} · ${analyzer} · ${agent}`;
    node.title = `Scam analyzer ${detection.analyzer || "?"}; the agent engages at ${detection.engageThreshold ?? "?"}% confidence`;
    node.classList.toggle("ok", active);
  }

  function renderStats(stats) {
    setText("stat-scams", String(stats.scamsThisWeek ?? 0));
    setText("stat-conversations", String(stats.agentConversations ?? 0));
    setText("stat-successful", String(stats.successfulConversations ?? 0));
    setText("stat-rate", pct(stats.successRate));
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
      el("span", { class: "muted" }, ` · ${human(call.status) || "active"} · since ${fmtTime(call.started_at)}`))));
  }

  // ------------------------------------------------------------------ live feed
  /** [tone, sentence] for one event: what an operator wants to read in the feed. */
  function describe(event) {
    const d = event.data || {};
    const subject = d.callSid || d.messageSid;
    switch (event.type) {
      case "incoming_call":
        return ["call", `Incoming call from ${d.from || "an unknown number"}`];
      case "call_status_update":
        return ["status", `Call ${shortId(d.callSid)} ${human(d.status)}`];
      case "incoming_sms":
        return ["sms", `SMS from ${d.from || "an unknown number"}: “${truncate(d.body, 140)}”`];
      case "scam_detected": {
        const who = d.company || scamTypeLabel(d.scamType);
        const callback = callbackText(d.callback);
        return ["scam", `Scam detected (${d.channel === "sms" ? "SMS" : "call"}): ${who}, ${d.confidence}% sure` +
          (callback ? ` — wants a call back: ${callback}` : "")];
      }
      case "call_processed":
      case "sms_processed": {
        const what = event.type === "sms_processed" ? "SMS" : "Call";
        if (d.status === "untranscribed") return ["status", `${what} ${shortId(subject)} has no transcript to analyse`];
        return [d.isScam ? "flag" : "ok", `${what} ${shortId(subject)} analysed: ${d.isScam ? "scam" : "not a scam"}` +
          (d.isScam && d.engage ? ", agent engaging" : "")];
      }
      case "vapi_call_started":
        return ["agent", `Agent ${d.persona || ""} calling the scammer back${d.target ? ` on ${d.target}` : ""}` +
          (d.company ? ` (${d.company} scam)` : "")];
      case "vapi_call_status":
        return ["agent", `Agent call ${human(d.status)}`];
      case "vapi_call_ended":
        return [d.success ? "ok" : "agent", `Agent call ended after ${fmtDuration(d.duration)}` +
          (d.success ? " — a success" : "") + (d.summary ? `: ${truncate(d.summary, 140)}` : "")];
      case "vapi_call_failed":
        return ["error", `Agent call not placed: ${human(d.reason) || "unknown reason"}`];
      case "task_failed":
        return ["error", `Background task ${d.task || ""} failed for good${d.subject ? ` (${shortId(d.subject)})` : ""}`];
      case "notification_failed":
        return ["error", `An alert could not be delivered${d.channel ? ` to ${d.channel}` : ""}`];
      default:
        return ["status", human(event.type)];
    }
  }

  function addFeedItem(event) {
    const [tone, text] = describe(event);
    const subject = (event.data || {}).callSid || (event.data || {}).messageSid;
    const item = el("li", { class: `feed-item tone-${tone}`, "data-type": event.type, "data-event-id": event.id, "data-subject": subject },
      el("span", { class: "dot", "aria-hidden": "true" }),
      el("div", { class: "feed-body" },
        el("p", { class: "feed-text" }, text),
        el("p", { class: "feed-meta muted small" }, fmtTime(event.ts), subject ? ` · ${shortId(subject)}` : "")));
    const feed = $("feed");
    feed.prepend(item);
    while (feed.children.length > FEED_MAX) feed.lastElementChild.remove();
    $("feed-empty").hidden = true;
    // For the latency benchmark: the moment this event became visible, on the wall clock.
    hook.arrivals.push({ id: event.id, type: event.type, subject, at: performance.timeOrigin + performance.now() });
    if (hook.arrivals.length > 1000) hook.arrivals.splice(0, 500);
  }

  /** One event, from SSE, polling or a snapshot backlog (live=false: no toasts, no refresh). */
  function handleEvent(event, live) {
    if (!event || !event.id || state.seen.has(event.id)) return;
    state.seen.add(event.id);
    if (state.seen.size > 5000) state.seen = new Set([...state.seen].slice(-1000));
    state.cursor = event.id;
    const d = event.data || {};
    if (event.type === "scam_detected" && d.reasoning) state.reasoning.set(d.callSid || d.messageSid, d.reasoning);
    addFeedItem(event);
    if (!live) return;
    applyToActiveCalls(event);
    if (event.type === "incoming_call") toast(`Incoming call from ${d.from || "an unknown number"}`, "call");
    if (event.type === "incoming_sms") toast(`SMS from ${d.from || "an unknown number"}`, "sms");
    if (STAT_EVENTS.has(event.type)) scheduleRefresh();
  }

  function applySnapshot(snapshot) {
    setActiveCalls(snapshot.activeCalls || []);
    for (const event of snapshot.recentEvents || []) handleEvent(event, false);
    if (snapshot.cursor) state.cursor = snapshot.cursor;
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
    state.sseRetryTimer = setTimeout(startSSE, SSE_RETRY_MS);
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
      for (const event of data.events || []) handleEvent(event, !backlog);
      if (data.cursor) state.cursor = data.cursor;
      setActiveCalls(data.activeCalls || []);
      setMode("polling");
    } catch (err) {
      console.warn("poll failed", err);
      if (state.polling) setMode("offline");
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
    empty.hidden = visible.length > 0;
    empty.textContent = scams.length ? "No scams match these filters." : "No scams detected yet.";
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
        el("span", { class: "confidence" }, `${scam.confidence ?? "?"}%`)),
      el("span", { class: "scam-meta muted small" },
        `${fmtTime(scam.ts)} · from ${scam.from || "unknown"}`,
        callback ? el("span", { class: "callback" }, ` · callback ${callback}`) : null),
      scam.preview ? el("span", { class: "scam-preview" }, truncate(scam.preview, 160)) : null);
    button.addEventListener("click", () => openScam(scam));
    return el("li", { "data-channel": scam.channel, "data-scam-type": scam.scamType }, button);
  }

  function openScam(scam) {
    const subject = scam.subject || scam.callSid || scam.messageSid;
    setText("scam-dialog-title", `${scam.company || "Unknown sender"} — ${scamTypeLabel(scam.scamType)}`);
    const rows = [
      ["Channel", scam.channel === "sms" ? "SMS" : "Voicemail"],
      ["Received", fmtTime(scam.ts)],
      ["From", scam.from || "unknown"],
      ["Impersonates", scam.company || "—"],
      ["Scam type", scamTypeLabel(scam.scamType)],
      ["Confidence", `${scam.confidence ?? "?"}%`],
      ["Callback", callbackText(scam.callback) || "none"],
      ["Agent", scam.engage ? "engaged" : "not engaged"],
      ["Reasoning", scam.reasoning || state.reasoning.get(subject) || ""],
    ].filter(([, value]) => value);
    $("scam-details").replaceChildren(...rows.flatMap(([term, value]) => [el("dt", {}, term), el("dd", {}, value)]));
    const audio = $("scam-audio");
    audio.replaceChildren();
    // Only http(s) media: a stored URL must not be able to smuggle in another scheme.
    if (scam.recordingUrl && /^https?:\/\//i.test(scam.recordingUrl)) {
      audio.append(el("audio", { controls: true, preload: "none", src: scam.recordingUrl }));
    }
    setText("scam-transcript", scam.transcript || scam.preview || "(no transcript)");
    $("scam-dialog").showModal();
  }

  // ------------------------------------------------------------------ agents
  function renderConversations(conversations) {
    $("conversations").replaceChildren(...conversations.map((c) => el("li", { class: "conversation" },
      el("div", { class: "conv-head" },
        el("strong", {}, c.persona || c.agent || "Agent"),
        c.agent && c.persona ? el("span", { class: "muted small" }, ` ${c.agent}`) : null,
        el("span", { class: `badge ${c.success ? "success" : "short"}` }, c.success ? "success" : "short"),
        el("span", { class: "mono small" }, fmtDuration(c.duration))),
      el("p", { class: "muted small" }, `${fmtTime(c.ts)}${c.endedReason ? ` · ${human(c.endedReason)}` : ""}`),
      c.summary ? el("p", {}, c.summary) : null,
      c.transcriptExcerpt ? el("details", {}, el("summary", {}, "Transcript excerpt"),
        el("pre", { class: "transcript" }, c.transcriptExcerpt)) : null)));
    $("conversations-empty").hidden = conversations.length > 0;
  }

  function renderLeaderboard(rows) {
    $("leaderboard").tBodies[0].replaceChildren(...rows.map((r) => el("tr", {},
      el("th", { scope: "row" }, r.name || r.agent),
      el("td", {}, String(r.calls)),
      el("td", {}, String(r.minutes)),
      el("td", {}, String(r.successes)),
      el("td", {}, fmtDuration(r.avg_duration_seconds)),
      el("td", {}, pct(r.success_rate)))));
    $("leaderboard-empty").hidden = rows.length > 0;
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
    const chart = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, class: "chart-svg" });

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

  function bindDialogs() {
    // The dashboard is useless without the token: Escape must not dismiss its prompt.
    $("token-dialog").addEventListener("cancel", (event) => event.preventDefault());
    // A click on the backdrop closes the transcript view.
    $("scam-dialog").addEventListener("click", (event) => {
      if (event.target === $("scam-dialog")) $("scam-dialog").close();
    });
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
    try {
      await loadDashboard(false);
    } catch (err) {
      toast(`Could not load the dashboard: ${err.message}`, "error");
    }
    startSSE();
  }

  start();
})();
