// "Who said what": each claim with its source chain drawn as a chain (publisher → outlet → speaker → cited
// evidence), then every quote with its speaker, reporting verb and addressee.
import { el, fill, empty } from "./dom.js";

const ROLE_LABEL = { publisher: "publisher", outlet: "outlet", speaker: "speaker" };

function link(byId, id) {
  const x = id ? byId.get(id) : null;
  return x && x.name ? x.name : null;
}

function chain(claim, byId) {
  const links = [];
  claim.chain.forEach((s, i) => {
    if (i > 0) links.push(el("span", { className: "arrow", ariaHidden: "true" }, "→"));
    const canonical = link(byId, s.entity);
    links.push(el("div", { className: "link role-" + s.role },
      el("div", { className: "role" }, ROLE_LABEL[s.role] || s.role),
      el("div", { className: "name" }, s.name || "?"),
      canonical && canonical !== s.name ? el("div", { className: "basis" }, "= " + canonical) : null,
      s.basis ? el("div", { className: "basis" }, s.basis) : null));
  });
  if (claim.evidence) {
    links.push(el("span", { className: "arrow", ariaHidden: "true" }, "→"));
    links.push(el("div", { className: "link role-evidence" },
      el("div", { className: "role" }, "cited evidence"),
      el("div", { className: "name" }, claim.evidence.text)));
  }
  return el("div", { className: "chain", role: "list", ariaLabel: "source chain, outermost first" }, links);
}

export function renderSources(reading, byId) {
  const claims = reading.claims || [];
  fill("claims", claims.length ? claims.map(c => el("article", { className: "claim", dataset: { quoteCard: c.quote || "" } },
    el("div", { className: "claim-head" },
      el("span", { className: "badge" }, c.id), " ",
      el("span", { className: "stance" }, c.stance || "said")),
    el("blockquote", {}, c.text),
    chain(c, byId))) : empty("No claims with a source chain in this article."));

  const quotes = reading.quotes || [];
  fill("quotes", quotes.length ? quotes.map(q => {
    const speaker = q.speaker ? (link(byId, q.speaker.entity) || q.speaker.text) : "unknown speaker";
    const how = q.speaker && q.speaker.resolution !== "name" ? ` (“${q.speaker.text}”, found by ${q.speaker.resolution})` : "";
    const inside = q.reportedBy ? byId.get(q.reportedBy) : null;
    return el("article", { className: "quote-card", dataset: claims.some(c => c.quote === q.id) ? {} : { quoteCard: q.id } },
      el("div", { className: "who" },
        el("span", { className: "badge" }, q.id), " ",
        el("b", {}, speaker), how, " ",
        q.cue ? el("span", { className: "cue-word" }, q.cue.text) : null,
        q.addressee ? [" → ", el("span", { className: "addressee" }, q.addressee.text)] : null,
        el("span", { className: "kind" }, q.kind)),
      el("blockquote", {}, q.text),
      inside ? el("div", { className: "basis" }, "reported inside " + inside.id) : null);
  }) : empty("No quotes found."));
}
