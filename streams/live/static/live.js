// diplowire live: events from the server's SSE stream as table rows, and the dyads of the last ones as arcs.
// Plain JS, no build step. Text from events is only ever set with textContent (never parsed as HTML).
"use strict";

const W = 960, H = 480;
const params = new URLSearchParams(location.search);
const ARCS = Math.max(1, parseInt(params.get("arcs") || "25", 10) || 25);
const MAX_ROWS = 500;
const state = { seen: new Set(), recent: [], centroids: {}, source: null, received: 0, messages: 0, opened: 0 };
window.diplowire = state;  // read by the browser test

const $ = (sel) => document.querySelector(sel);
const svg = (tag, attrs) => {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
};
const project = ([lon, lat]) => [((lon + 180) / 360) * W, ((90 - lat) / 180) * H];

// TopoJSON -> SVG paths: decode the delta-encoded arcs, stitch rings, break lines that wrap the antimeridian.
function drawCountries(topology) {
  const [sx, sy] = topology.transform.scale, [tx, ty] = topology.transform.translate;
  const arcs = topology.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
  const ring = (indices) => {
    const points = [];
    for (const i of indices) {
      const arc = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
      points.push(...(points.length ? arc.slice(1) : arc));
    }
    let d = "", last = null;
    for (const p of points) {
      const [x, y] = project(p);
      d += (last === null || Math.abs(p[0] - last) > 180 ? "M" : "L") + x.toFixed(1) + "," + y.toFixed(1);
      last = p[0];
    }
    return d + "Z";
  };
  const group = $("#countries");
  for (const g of topology.objects.countries.geometries) {
    const polygons = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
    const d = polygons.map((polygon) => polygon.map(ring).join("")).join("");
    const path = svg("path", { d, "data-name": g.properties.name, "data-id": g.id || "" });
    group.appendChild(path);
  }
}

function drawArcs() {
  const group = $("#arcs"), dots = $("#dots");
  group.replaceChildren();
  dots.replaceChildren();
  const placed = new Set();
  state.recent.forEach((event, index) => {
    const a = event.actor && event.actor.country, b = event.recipient && event.recipient.country;
    const pa = state.centroids[a], pb = state.centroids[b];
    if (!pa || !pb || a === b) return;
    const [x1, y1] = project(pa), [x2, y2] = project(pb);
    const mx = (x1 + x2) / 2, my = (y1 + y2) / 2, len = Math.hypot(x2 - x1, y2 - y1);
    // bend the arc to one side by a fifth of its length, so opposite directions and parallels stay apart
    const cx = mx - ((y2 - y1) / (len || 1)) * len * 0.2, cy = my + ((x2 - x1) / (len || 1)) * len * 0.2;
    const path = svg("path", {
      d: `M${x1.toFixed(1)},${y1.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${x2.toFixed(1)},${y2.toFixed(1)}`,
      class: index === state.recent.length - 1 ? "arc fresh" : "arc",
      "data-dyad": [a, b].sort().join(":"),
      "data-type": event.event_type,
    });
    const title = svg("title", {});
    title.textContent = `${event.event_type}: ${a} → ${b} (${event.date})`;
    path.appendChild(title);
    group.appendChild(path);
    for (const [code, [x, y]] of [[a, [x1, y1]], [b, [x2, y2]]]) {
      if (placed.has(code)) continue;
      placed.add(code);
      dots.appendChild(svg("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: 2.5, "data-country": code }));
    }
  });
  $("#arc-count").textContent = String(ARCS);
}

function party(cell, actor) {
  if (!actor) { cell.textContent = "–"; return; }
  const code = document.createElement("b");
  code.textContent = actor.country || "?";
  cell.append(code, " " + (actor.name && actor.name !== actor.country ? actor.name : ""));
  if (actor.sector) { const s = document.createElement("small"); s.textContent = " " + actor.sector; cell.append(s); }
}

function evidence(cell, ev) {
  const sentence = ev.sentence || "", trigger = ev.trigger || "";
  const at = trigger ? sentence.toLowerCase().indexOf(trigger.toLowerCase()) : -1;
  if (at < 0) { cell.textContent = sentence; return; }
  const mark = document.createElement("mark");
  mark.textContent = sentence.slice(at, at + trigger.length);
  cell.append(sentence.slice(0, at), mark, sentence.slice(at + trigger.length));
}

function addRow(envelope, id) {
  const event = envelope.data;
  if (state.seen.has(event.event_id)) return;  // a resumed stream never shows a record twice
  state.seen.add(event.event_id);
  state.received += 1;
  const row = document.createElement("tr");
  Object.assign(row.dataset, {
    eventId: event.event_id, position: id || "", type: event.event_type, receivedMs: String(Date.now()),
    article: (event.article && event.article.id) || "",
    dyad: envelope.subject || "",
  });
  row.className = "fresh";
  const cells = ["date", "type", "party", "party", "evidence", "source"].map((cls) => {
    const td = document.createElement("td"); td.className = cls; row.appendChild(td); return td;
  });
  cells[0].textContent = event.date + (event.date_source === "explicit" ? "" : "*");
  cells[1].textContent = event.event_type + (event.mode ? "/" + event.mode : "") + " ";
  const cameo = document.createElement("small");
  cameo.textContent = `${event.cameo.code} ${event.goldstein >= 0 ? "+" : ""}${event.goldstein.toFixed(1)}`;
  cells[1].appendChild(cameo);
  party(cells[2], event.actor);
  party(cells[3], event.recipient);
  evidence(cells[4], event.evidence);
  const article = event.article || {};
  if (article.url && /^https?:\/\//.test(article.url)) {
    const a = document.createElement("a");
    a.href = article.url; a.rel = "noopener noreferrer"; a.target = "_blank";
    a.textContent = article.source || "article";
    cells[5].appendChild(a);
  } else {
    cells[5].textContent = article.source || article.id || "";
  }
  const body = $("#events tbody");
  body.insertBefore(row, body.firstChild);
  while (body.rows.length > MAX_ROWS) body.deleteRow(body.rows.length - 1);
  $("#empty").hidden = true;
  state.recent.push(event);
  if (state.recent.length > ARCS) state.recent.shift();
}

let redraw = 0;
function connect() {
  if (state.source) state.source.close();
  state.seen.clear(); state.recent = []; state.received = 0; state.messages = 0; state.opened = 0;
  $("#events tbody").replaceChildren();
  drawArcs();
  const query = new URLSearchParams();
  for (const key of ["type", "country", "dyad", "cameo", "new", "backlog"]) {
    if (params.get(key)) query.set(key, params.get(key));
  }
  const source = new EventSource("/events?" + query.toString());
  state.source = source;
  source.onopen = () => { state.opened += 1; $("#status").textContent = "live"; $("#status").className = ""; };
  source.onerror = () => { $("#status").textContent = "reconnecting…"; $("#status").className = "lost"; };
  source.onmessage = (message) => {
    state.messages += 1;
    addRow(JSON.parse(message.data), message.lastEventId);
    cancelAnimationFrame(redraw);
    redraw = requestAnimationFrame(drawArcs);
    $("#status").textContent = `live · ${state.received} event(s)`;
  };
}

function setupFilters(types, modes) {
  const select = $("#f-type");
  for (const type of types) {
    select.appendChild(new Option(type, type));
    for (const mode of modes[type] || []) select.appendChild(new Option(`  ${type}/${mode}`, `${type}/${mode}`));
  }
  select.value = params.get("type") || "";
  $("#f-country").value = params.get("country") || "";
  $("#f-new").checked = !!params.get("new");
  $("#filters").addEventListener("submit", (e) => {
    e.preventDefault();
    for (const [key, value] of [["type", select.value], ["country", $("#f-country").value.trim().toUpperCase()],
                                ["new", $("#f-new").checked ? "1" : ""]]) {
      if (value) params.set(key, value); else params.delete(key);
    }
    history.replaceState(null, "", "?" + params.toString());
    connect();
  });
}

async function main() {
  const [meta, topology] = await Promise.all([
    fetch("/meta.json").then((r) => r.json()),
    fetch("/static/countries-110m.json").then((r) => r.json()),
  ]);
  state.centroids = meta.centroids;
  drawCountries(topology);
  setupFilters(meta.types, meta.modes);
  connect();
}

main().catch((error) => { $("#status").textContent = "error: " + error; $("#status").className = "lost"; });
