// List items the entity and place pages share: a quote with its claim, an event with its evidence. Text nodes only.
import { el, swatch } from "./dom.js";
import { typeColour } from "./types.js";
import { entityLink, placeLink, articleLink } from "./links.js";

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
