// The entity page: /entity.html?key=TYPE:name (or ?name=… from a page that knows only the name) shows one entity
// across the store: names, titles and codes, mentions per day, what it said, what was said about it, its events.
// Every value from the store reaches the page as a text node.
import { el, fill, status } from "./dom.js";
import { renderTimeline } from "./timeline.js";
import { entityHref, getJson, counted } from "./links.js";
import { statement, eventItem, pagedLists } from "./items.js";

const $ = id => document.getElementById(id);
const LIMIT = 20;


function renderMeta(v) {
  document.title = "sitrep · " + v.name; // a property: never parsed as HTML
  fill("entity-meta",
    el("h2", {}, v.name, " ", el("span", { className: "entity ent-" + v.type }, v.type)),
    el("p", { className: "meta" }, `${v.articles.toLocaleString()} articles · ${v.mentions.toLocaleString()} mentions · key `, el("code", {}, v.key)),
    el("table", {}, el("tbody", {},
      el("tr", {}, el("th", {}, "written as"), el("td", {}, counted(v.names))),
      el("tr", {}, el("th", {}, "also called"), el("td", {}, counted(v.aliases) || "–")),
      el("tr", {}, el("th", {}, "titles"), el("td", {}, counted(v.titles) || "–")),
      el("tr", {}, el("th", {}, "actor codes"), el("td", {}, counted(v.actor_codes) || "–")))),
    el("p", { className: "meta" }, el("a", { href: "/corpus.html?" + new URLSearchParams({ actor: v.name }) }, "Its events on the corpus page")));
}

async function load() {
  const p = new URLSearchParams(location.search);
  let key = p.get("key");
  const name = p.get("name");
  if (!key && !name) {
    status("No entity: open one from an article or the corpus page.");
    return;
  }
  status("Loading…");
  try {
    if (!key) { // a name alone: one entity of that name, or a choice
      let found = await getJson("/api/entities?" + new URLSearchParams({ name, limit: 50 }));
      // No entity has that name: it may be an alias ("ISIS" for Islamic State); offer the entities whose names or aliases contain it.
      if (!found.items.length) found = await getJson("/api/entities?" + new URLSearchParams({ q: name, limit: 50 }));
      if (found.items.length !== 1) {
        status(found.items.length ? "" : `No entity is named “${name}”.`);
        $("choices").hidden = !found.items.length;
        fill("choice-list", found.items.map(i => el("li", { className: "hit" },
          el("a", { href: entityHref(i.type, i.name) }, i.name), " ", el("span", { className: "entity ent-" + i.type }, i.type),
          el("span", { className: "meta" }, ` · ${i.articles} articles`))));
        return;
      }
      key = found.items[0].key;
      history.replaceState(null, "", "?" + new URLSearchParams({ key }));
    }
    const base = "/api/entities/" + encodeURIComponent(key);
    const v = await getJson(base + "?limit=" + LIMIT);
    status("");
    $("results").hidden = false;
    renderMeta(v);
    renderTimeline($("timeline"), v.timeline, day => {
      location.href = "/corpus.html?" + new URLSearchParams({ actor: v.name, since: day, until: day });
    }, "mentions");
    pagedLists(base, v, [["said", "said-pager", "said", s => statement(s, v.key)], ["about", "about-pager", "said_about", s => statement(s, v.key)],
      ["events", "events-pager", "events", eventItem]], LIMIT, err => status("Failed: " + err.message, true));
  } catch (err) {
    status(err.status === 404 ? `Not in the store: ${err.message}` : "Failed: " + err.message, true);
  }
}

load();
