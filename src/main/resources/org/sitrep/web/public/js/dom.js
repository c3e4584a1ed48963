// DOM building without HTML parsing. Article text is untrusted: it only ever becomes a text node or a property
// value (title, download name). Nothing in the workbench assigns innerHTML, outerHTML or calls insertAdjacentHTML;
// WebAppTest checks that.

/** el("span", {className: "x", title: "y"}, "text", child, ...) */
export function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (v === null || v === undefined) continue;
    if (k === "dataset") Object.assign(node.dataset, v);
    else if (k === "on") for (const [type, fn] of Object.entries(v)) node.addEventListener(type, fn);
    else node[k] = v;
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** Replaces a container's content. */
export function fill(id, ...children) {
  const node = document.getElementById(id);
  node.replaceChildren();
  return append(node, children);
}

export function table(headers, rows) {
  return el("table", {},
    el("thead", {}, el("tr", {}, headers.map(h => el("th", {}, h)))),
    el("tbody", {}, rows.map(r => el("tr", {}, r.map(c => el("td", {}, c))))));
}

export function empty(message) {
  return el("p", { className: "empty" }, message);
}

/** An index of a reading's facts by id, for the cross-references (e2 → Saad al-Allaq). */
export function index(reading) {
  const byId = new Map();
  for (const list of [reading.entities, reading.places, reading.times, reading.quantities, reading.quotes, reading.claims, reading.events]) {
    for (const x of list || []) byId.set(x.id, x);
  }
  return byId;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** An SVG element: attributes are set one by one (never an "on…" handler; events go through addEventListener). */
export function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (/^on/i.test(k)) throw new Error("no inline handlers: " + k);
    node.setAttribute(k, String(v));
  }
  return append(node, children);
}

/** A small coloured square (SVG fill, not an inline style, which the Content-Security-Policy forbids). */
export function swatch(colour) {
  return svg("svg", { width: 10, height: 10, class: "swatch", "aria-hidden": "true" }, svg("rect", { width: 10, height: 10, rx: 2, fill: colour }));
}

/** Shows a one-line status (an error in the error style) in the page's live region, #status unless told otherwise. */
export function status(message, isError, id = "status") {
  const s = document.getElementById(id);
  s.textContent = message;
  s.classList.toggle("error", Boolean(isError));
}
