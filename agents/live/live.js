// newswire live page: events from /api/stream (Server-Sent Events) drawn on the map served
// with the page, a timeline of the last hours and a table; filters by type and country.
// No libraries: the page must work offline and show exactly what the topic holds.
"use strict";

(function () {
  const WIDTH = 960, HEIGHT = 480;
  const HOURS = 6, BIN_MINUTES = 10, MAX_ROWS = 300;
  const SVG = "http://www.w3.org/2000/svg";
  const CENTRES = window.NEWSWIRE_CENTRES || {};

  const events = new Map();      // event_id → page event (newest wins)
  const mentions = new Map();    // story_id → mentions
  const fresh = new Set();       // ids that arrived after the backlog: highlighted once
  let backlogDone = false;
  let pending = false;

  const $ = (id) => document.getElementById(id);
  const typeSelect = $("filter-type"), countrySelect = $("filter-country");

  // Plate carrée, the same projection the server used for the outlines.
  function project(lat, lon) {
    return [(lon + 180) * WIDTH / 360, (90 - lat) * HEIGHT / 180];
  }

  function position(ev) {
    const loc = ev.location || {};
    if (typeof loc.lat === "number" && typeof loc.lon === "number") {
      return {xy: project(loc.lat, loc.lon), approx: false};
    }
    const c = loc.country && CENTRES[loc.country];
    return c ? {xy: project(c[0], c[1]), approx: true} : null;
  }

  function countries(ev) {
    return [ev.source, ev.target, ev.location].map((a) => a && a.country).filter(Boolean);
  }

  function matches(ev) {
    const t = typeSelect.value, c = countrySelect.value;
    return (!t || ev.type === t) && (!c || countries(ev).includes(c));
  }

  function actor(a) {
    if (!a) return "";
    const name = a.name || a.text || "";
    const code = [a.country, a.role].filter(Boolean).join("/");
    return code ? `${name} (${code})` : name;
  }

  function quantity(q) {
    const v = q.value_max != null ? `${q.value}–${q.value_max}` : `${q.value}`;
    const qual = {at_least: "≥ ", at_most: "≤ ", about: "~"}[q.qualifier] || "";
    return `${qual}${v} ${q.unit || ""}`.trim();
  }

  function el(tag, attrs, text) {
    const node = tag.startsWith("svg:")
      ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text != null) node.textContent = text;
    return node;
  }

  function addOption(select, value) {
    if ([...select.options].some((o) => o.value === value)) return;
    const opts = [...select.options].slice(1).map((o) => o.value).concat(value).sort();
    select.add(new Option(value, value), opts.indexOf(value) + 1);
  }

  function receive(ev) {
    events.set(ev.event_id, ev);
    if (ev.story_id) mentions.set(ev.story_id, ev.mentions || 1);
    if (backlogDone) fresh.add(ev.event_id);
    if (ev.type) addOption(typeSelect, ev.type);
    countries(ev).forEach((c) => addOption(countrySelect, c));
    schedule();
  }

  function schedule() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; render(); });
  }

  function render() {
    const shown = [...events.values()].filter(matches)
      .sort((a, b) => (b.ts || 0) - (a.ts || 0));
    renderMarkers(shown);
    renderTimeline(shown);
    renderTable(shown);
    $("count-shown").textContent = shown.length;
    $("count-events").textContent = events.size;
    $("count-stories").textContent = mentions.size;
    fresh.clear();
  }

  function renderMarkers(shown) {
    const layer = $("markers");
    layer.replaceChildren();
    const hit = new Set();
    // Oldest first so the newest marker is drawn on top.
    for (const ev of [...shown].reverse()) {
      const pos = position(ev);
      if (!pos) continue;
      const m = mentions.get(ev.story_id) || ev.mentions || 1;
      const r = Math.min(3 + 2.2 * Math.sqrt(m), 14);
      const cls = `marker q${ev.quad_class || 0}` + (pos.approx ? " approx" : "") +
        (fresh.has(ev.event_id) ? " new" : "");
      const circle = el("svg:circle", {cx: pos.xy[0].toFixed(1), cy: pos.xy[1].toFixed(1),
                                       r: r.toFixed(1), class: cls,
                                       "data-event-id": ev.event_id});
      const where = (ev.location && (ev.location.name || ev.location.text)) || "";
      circle.appendChild(el("svg:title", null,
        `${ev.type} · ${actor(ev.source)} → ${actor(ev.target)} · ${where} ` +
        `· ${m} mention(s)\n${ev.sentence || ""}`));
      layer.appendChild(circle);
      if (ev.location && ev.location.country) hit.add(ev.location.country);
    }
    for (const path of document.querySelectorAll("#land path")) {
      path.classList.toggle("hit", hit.has(path.dataset.country));
    }
  }

  function renderTimeline(shown) {
    const svg = $("timeline");
    svg.replaceChildren();
    const binMs = BIN_MINUTES * 60000, bins = HOURS * 60 / BIN_MINUTES;
    const end = Math.ceil(Date.now() / binMs) * binMs, start = end - bins * binMs;
    const counts = new Array(bins).fill(0);
    for (const ev of shown) {
      if (ev.ts >= start && ev.ts < end) counts[Math.floor((ev.ts - start) / binMs)] += 1;
    }
    const top = Math.max(1, ...counts), w = 960 / bins, h = 72;
    counts.forEach((n, i) => {
      if (!n) return;
      const bh = Math.max(2, h * n / top);
      const bar = el("svg:rect", {x: (i * w + 1).toFixed(1), y: (h - bh).toFixed(1),
                                  width: (w - 2).toFixed(1), height: bh.toFixed(1),
                                  class: "bar"});
      bar.appendChild(el("svg:title", null, `${n} event(s)`));
      svg.appendChild(bar);
    });
    for (let hAgo = HOURS; hAgo >= 0; hAgo -= 1) {
      const x = (HOURS - hAgo) * (960 / HOURS);
      const label = new Date(end - hAgo * 3600000)
        .toLocaleTimeString([], {hour: "2-digit", minute: "2-digit"});
      svg.appendChild(el("svg:text", {x: Math.min(Math.max(x, 2), 930), y: 86,
                                      class: "axis"}, label));
    }
  }

  function renderTable(shown) {
    const body = document.querySelector("#events tbody");
    const rows = shown.slice(0, MAX_ROWS).map((ev) => {
      const tr = el("tr", {"data-event-id": ev.event_id,
                           class: fresh.has(ev.event_id) ? "new" : ""});
      const type = el("td", {class: "type"});
      type.appendChild(el("span", {class: `q${ev.quad_class || 0}`,
                                   title: ev.modality || ""}, ev.type));
      tr.appendChild(type);
      tr.appendChild(el("td", null, `${actor(ev.source)} → ${actor(ev.target)}`));
      const loc = ev.location || {};
      tr.appendChild(el("td", null, [loc.name || loc.text, loc.country]
        .filter(Boolean).join(", ")));
      tr.appendChild(el("td", null, ev.date || ""));
      tr.appendChild(el("td", null, (ev.quantities || []).map(quantity).join("; ")));
      const evidence = el("td", {class: "evidence"}, ev.sentence || "");
      if (ev.title) evidence.title = ev.title;
      tr.appendChild(evidence);
      return tr;
    });
    body.replaceChildren(...rows);
  }

  function connect() {
    const status = $("status");
    const source = new EventSource("api/stream");
    source.addEventListener("open", () => {
      status.textContent = "live"; status.className = "status on";
    });
    source.addEventListener("event", (msg) => receive(JSON.parse(msg.data)));
    source.addEventListener("story", (msg) => {
      const s = JSON.parse(msg.data);
      mentions.set(s.story_id, s.mentions);
      schedule();
    });
    source.addEventListener("ready", () => {
      backlogDone = true;
      document.body.dataset.ready = "1";
      schedule();
    });
    source.addEventListener("error", () => {
      // EventSource reconnects by itself; the backlog it replays is de-duplicated by id.
      status.textContent = "reconnecting…"; status.className = "status off";
    });
  }

  typeSelect.addEventListener("change", render);
  countrySelect.addEventListener("change", render);
  setInterval(schedule, 60000);  // the timeline's window moves even when nothing arrives
  connect();
})();
