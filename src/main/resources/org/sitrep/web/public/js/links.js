// Links to the entity and place pages. The server normalises keys (EntityKey.parse: NFKC, lower case, spaces), so a
// link carries the name as written; everything goes through URLSearchParams, never string-built HTML.
import { el } from "./dom.js";

/** An entity's page: by its key (TYPE:name) when the type is known, else by name (the page then looks it up). */
export function entityHref(type, name) {
  const p = new URLSearchParams();
  if (type) p.set("key", `${type}:${name}`); else p.set("name", name);
  return "/entity.html?" + p;
}

/** A place's page: by GeoNames id when there is one, else by name. */
export function placeHref(geonamesId, name) {
  const p = new URLSearchParams();
  if (geonamesId !== null && geonamesId !== undefined) p.set("key", String(geonamesId)); else p.set("name", name);
  return "/place.html?" + p;
}

export function entityLink(type, name) {
  return name ? el("a", { href: entityHref(type, name) }, name) : "";
}

export function placeLink(geonamesId, name) {
  return name ? el("a", { href: placeHref(geonamesId, name) }, name) : "";
}

export function articleLink(id, title) {
  return el("a", { href: "/article.html?id=" + encodeURIComponent(id) }, title || "(no headline)");
}

export async function getJson(url) {
  const res = await fetch(url);
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    const err = new Error(body && body.error ? body.error : res.status + " " + res.statusText);
    err.status = res.status;
    throw err;
  }
  return body;
}

/** "1–20 of 57" with newer/older buttons; onMove gets the new offset. */
export function pager(box, page, onMove) {
  const from = page.total ? page.offset + 1 : 0, to = page.offset + page.items.length;
  box.replaceChildren(`${from}–${to} of ${page.total.toLocaleString()} `,
    el("button", { type: "button", className: "secondary", disabled: page.offset === 0, on: { click: () => onMove(Math.max(0, page.offset - page.limit)) } }, "‹ newer"),
    " ",
    el("button", { type: "button", className: "secondary", disabled: to >= page.total, on: { click: () => onMove(page.offset + page.limit) } }, "older ›"));
}

/** Counts as "a (3), b (1)". */
export function counted(map) {
  return Object.entries(map || {}).map(([k, n]) => `${k} (${n})`).join(", ");
}
