// Honeyline dashboard: the scam campaigns panel (issue 15). Independent of app.js: it calls
// api/campaigns with the session cookie app.js's login set (the token never lives in the page),
// and renders into #campaigns. On a 401 it waits: app.js asks for the token, this panel retries.
//
// Everything reaches the DOM through textContent / text nodes. Numbers arrive masked; the
// blocklist downloads (callback numbers in full) go through fetch, then a blob link.
"use strict";

(() => {
  const base = location.pathname.replace(/\/?$/, "/");
  const REFRESH_MS = 30000;
  const RETRY_MS = 3000;
  const DAYS = 7;
  const hook = { loads: 0, get campaigns() { return state.data ? state.data.campaigns : null; } };
  window.honeylineCampaigns = hook;
  const state = { data: null, timer: null };
  const $ = (id) => document.getElementById(id);

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "class") node.className = value;
      else node.setAttribute(name, String(value));
    }
    for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
    return node;
  }

  /** GET with the session cookie; null on 401 (app.js is asking for the token). */
  async function fetchWithSession(path) {
    const response = await fetch(base + path, { credentials: "same-origin", cache: "no-store" });
    if (response.status === 401) return null;
    if (!response.ok) throw new Error(`${path.split("?")[0]} answered HTTP ${response.status}`);
    return response;
  }

  const day = (ms) => new Date(ms).toLocaleDateString([], { month: "short", day: "numeric" });
  const minutes = (m) => `${Number(m || 0).toFixed(1).replace(/\.0$/, "")} min`;
  const list = (values) => (values && values.length ? values.join(", ") : "—");

  async function load() {
    clearTimeout(state.timer);
    let delay = REFRESH_MS;
    try {
      const response = await fetchWithSession(`api/campaigns?days=${DAYS}&limit=10`);
      if (response) {
        state.data = await response.json();
        hook.loads += 1;
        render(state.data);
      } else {
        delay = RETRY_MS;
      }
    } catch (err) {
      console.warn("campaigns failed to load", err);
    }
    state.timer = setTimeout(load, delay);
  }

  function render(data) {
    const rows = data.campaigns || [];
    const totals = data.totals || {};
    $("campaigns-totals").textContent = rows.length
      ? `${totals.campaigns} campaign(s), ${totals.detections} detection(s), ${minutes(totals.agentMinutes)} of scammer time wasted`
      : "";
    $("campaigns").replaceChildren(...rows.map(campaignItem));
    $("campaigns-empty").hidden = rows.length > 0;
  }

  /** Bars per day for the period: the campaign's timeline. */
  function sparkline(timeline) {
    const ns = "http://www.w3.org/2000/svg";
    const width = 7 * 12, height = 26;
    const max = Math.max(1, ...timeline.map((d) => d.detections));
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("class", "spark");
    svg.setAttribute("width", width);
    svg.setAttribute("height", height);
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", timeline.map((d) => `${d.date}: ${d.detections}`).join(", "));
    const slot = width / Math.max(1, timeline.length);
    timeline.forEach((d, i) => {
      const h = d.detections ? Math.max(3, (d.detections / max) * (height - 2)) : 2;
      const rect = document.createElementNS(ns, "rect");
      for (const [k, v] of Object.entries({ x: i * slot + 1, y: height - h, width: slot - 2, height: h, rx: 1 })) rect.setAttribute(k, v);
      if (!d.detections) rect.setAttribute("class", "zero");
      const title = document.createElementNS(ns, "title");
      title.textContent = `${d.date}: ${d.detections} detection(s)`;
      rect.append(title);
      svg.append(rect);
    });
    return svg;
  }

  function campaignItem(c) {
    const intel = c.intelligence || {};
    const report = el("pre", { class: "report", hidden: true });
    const reportButton = el("button", { type: "button", class: "report-button" }, "FTC report");
    reportButton.addEventListener("click", () => showReport(c.id, report));
    return el("li", { class: "campaign", "data-campaign": c.id },
      el("div", { class: "campaign-head" },
        el("strong", {}, c.name || c.id),
        sparkline(c.timeline || []),
        el("span", { class: "muted small" }, `last seen ${day(c.lastSeen)}`)),
      el("div", { class: "campaign-figures small" },
        el("span", {}, el("b", {}, String(c.detectionsInPeriod)), " this week"),
        el("span", {}, el("b", {}, String(c.calls)), " calls, ", el("b", {}, String(c.texts)), " texts in all"),
        el("span", { class: "caller-ids" }, el("b", {}, String(c.callerIds.count)), " caller IDs (spoofed)"),
        el("span", { class: "wasted" }, el("b", {}, minutes(c.agent.minutes)), " wasted by the agent")),
      el("div", { class: "small" }, "Callback numbers: ", el("span", { class: "mono numbers" }, list(c.callbackNumbers))),
      el("details", {},
        el("summary", {}, "Details"),
        el("dl", {},
          el("dt", {}, "First seen"), el("dd", {}, day(c.firstSeen)),
          el("dt", {}, "Caller IDs"), el("dd", { class: "mono" }, list(c.callerIds.sample)),
          el("dt", {}, "Agent calls"), el("dd", {}, `${c.agent.calls} (${c.agent.successes} long enough to count)`),
          el("dt", {}, "Payment asked"), el("dd", {}, list(intel.paymentMethods)),
          el("dt", {}, "Remote access"), el("dd", {}, list(intel.remoteAccessTools)),
          el("dt", {}, "Websites"), el("dd", {}, list(intel.websites)),
          el("dt", {}, "Script"), el("dd", {}, c.transcript || "—")),
        reportButton, report));
  }

  async function showReport(id, target) {
    target.hidden = false;
    target.textContent = "Loading…";
    try {
      const response = await fetchWithSession(`api/campaigns/${encodeURIComponent(id)}/report`);
      target.textContent = response ? (await response.json()).text : "The dashboard token is needed.";
    } catch (err) {
      target.textContent = `Could not load the report: ${err.message}`;
    }
  }

  async function download(format) {
    const response = await fetchWithSession(`api/intel/numbers?format=${format}`);
    if (!response) return;
    const url = URL.createObjectURL(await response.blob());
    const link = el("a", { href: url, download: `honeyline-scam-numbers.${format === "stix" ? "stix.json" : format}` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  document.querySelector(".campaign-exports").addEventListener("click", (event) => {
    const button = event.target.closest("button[data-export]");
    if (button) download(button.dataset.export).catch((err) => console.warn("export failed", err));
  });
  load();
})();
