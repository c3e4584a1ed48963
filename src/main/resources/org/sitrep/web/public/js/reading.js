// One reading on a page: the article's metadata, highlighted text, who said what, places, events, entities and
// problems. The analyse page (app.js) and the stored-article page (article.js) both render through here.
import { el, fill, index } from "./dom.js";
import { renderText } from "./text.js";
import { renderSources } from "./sources.js";
import { renderMap } from "./map.js";
import { renderEvents, renderEntities, renderProblems } from "./tables.js";

const $ = id => document.getElementById(id);
let downloadUrl = null;

/** @param options.links link entities and places to their store-wide pages (the article page; the analyse page has no store) */
export function showReading(reading, options = {}) {
  const a = reading.article;
  const byId = index(reading);
  fill("article-meta",
    el("h2", {}, a.title || "(no headline)"),
    el("p", { className: "meta" }, [
      a.publisher ? ["published by ", el("b", {}, a.publisher)] : "publisher unknown",
      a.published ? " on " + a.published : ", date unknown",
      a.dateline ? " · dateline " + a.dateline.text : "",
      a.author ? " · by " + a.author : "",
      " · ", `${reading.entities.length} entities, ${reading.places.length} places, ${reading.times.length} times, `
        + `${reading.quantities.length} numbers, ${(reading.quotes || []).length} quotes, ${(reading.claims || []).length} claims, ${(reading.events || []).length} events`,
    ]),
    a.url && /^https?:\/\//i.test(a.url) ? el("p", { className: "meta" }, el("a", { href: a.url, rel: "noopener noreferrer nofollow", target: "_blank" }, a.url)) : null);
  $("results").hidden = false;
  renderText(reading);
  renderSources(reading, byId);
  renderMap(reading, options.links);
  renderEvents(reading, byId, options.links);
  renderEntities(reading, options.links);
  renderProblems(reading);
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = URL.createObjectURL(new Blob([JSON.stringify(reading, null, 2)], { type: "application/json" }));
  $("download").href = downloadUrl;
}
