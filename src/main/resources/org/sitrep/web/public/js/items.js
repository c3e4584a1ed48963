// What the entity and place pages share: a quote with its claim, an event with its evidence, and their paged lists.
// Text nodes only.
import { el, swatch, fill, empty } from "./dom.js";
import { typeColour } from "./types.js";
import { entityLink, placeLink, articleLink, getJson, pager } from "./links.js";

/** A quote with its article, cue and claim; the speaker linked when it is not the page's own entity. */
export function statement(s, ownKey) {
  return el("li", { className: "hit" },
    el("blockquote", { className: "evidence" }, "“", s.text ?? "", "”"),
    el("div", { className: "meta" },
      s.speaker_key && s.speaker_key !== ownKey ? el("a", { href: "/entity.html?" + new URLSearchParams({ key: s.speaker_key }) }, s.speaker ?? "")
        : s.speaker ?? "speaker unknown",
      s.cue ? ` (${s.cue})` : "", s.kind ? ` · ${s.kind}` : "",
      s.stance ? ` · ${s.stance}` : "", s.source_chain ? ` · ${s.source_chain}` : ""),
    el("div", { className: "meta" }, articleLink(s.article_id, s.title), " · ", s.outlet ?? "outlet unknown", " · ", s.published ?? "date unknown"));
}

/** An event with its role for the entity (source/target) or its place, evidence and article. */
export function eventItem(e) {
  return el("li", { className: "hit" },
    el("div", { className: "hit-head" },
      el("span", { className: "badge type" }, swatch(typeColour(e.type)), " ", e.type ?? "?"),
      " ", el("span", { className: "modality modality-" + e.modality }, e.modality ?? ""),
      " · ", e.date ?? "date unknown",
      e.role ? ` · as ${e.role}` : "",
      " · ", entityLink(null, e.actor1) || "?", " → ", entityLink(null, e.actor2) || "?",
      e.location ? [" · ", placeLink(null, e.location)] : "", e.country ? ` (${e.country})` : ""),
    el("blockquote", { className: "evidence" }, e.evidence ?? ""),
    el("div", { className: "meta" }, articleLink(e.article_id, e.title),
      e.cluster !== null && e.cluster !== undefined ? [" · ", el("a", { href: "/api/clusters/" + encodeURIComponent(e.cluster) }, `event cluster ${e.cluster}`)] : ""));
}

/**
 * Fills each list of a page from the first answer (`first`) and pages it on its own: a list is
 * [listId, pagerId, field of the answer, item renderer]; a move asks `base` again at the new offset.
 */
export function pagedLists(base, first, lists, limit, onError) {
  for (const [listId, pagerId, field, item] of lists) {
    const render = page => {
      pager(document.getElementById(pagerId), page, move);
      fill(listId, page.items.length ? page.items.map(item) : empty("None."));
    };
    const move = async offset => {
      try {
        render((await getJson(`${base}?limit=${limit}&offset=${offset}`))[field]);
      } catch (err) {
        onError(err);
      }
    };
    render(first[field]);
  }
}
