// The watch page: the rules with their match counts, a form to add one, a rule's matches (event, evidence sentence,
// article), its Atom feed and its webhook delivery log. News text reaches the page only as text nodes (dom.js).
// Changing rules needs the API token: asked for once, kept in sessionStorage (this tab only, gone when it closes),
// sent as the header the API expects.
import { el, fill, empty, table, swatch, status } from "./dom.js";
import { typeColour } from "./types.js";

const $ = id => document.getElementById(id);
const TOKEN_KEY = "sitrep-api-token";
const PAGE = 50;

function token() {
  let t = sessionStorage.getItem(TOKEN_KEY);
  if (!t) {
    t = (window.prompt("API token (printed at the server's first start; kept in serve.token beside the store):") || "").trim();
    if (t) sessionStorage.setItem(TOKEN_KEY, t);
  }
  return t;
}

async function api(method, url, body) {
  const headers = {};
  if (method !== "GET") {
    const t = token();
    if (!t) throw new Error("no API token given");
    headers["Authorization"] = "Bearer " + t;
  }
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (res.status === 401 || res.status === 403) sessionStorage.removeItem(TOKEN_KEY); // asked again next time
  if (res.status === 204) return null;
  const json = await res.json().catch(() => null);
  if (!res.ok) throw new Error(json && json.error ? json.error : res.status + " " + res.statusText);
  return json;
}

/** A message in one of the page's two live regions ("status" for the rules, "add-status" for the form). */
const say = (id, message, isError) => status(message, isError, id);

const list = v => v.split(",").map(s => s.trim()).filter(Boolean);
const when = iso => iso ? iso.replace("T", " ").replace(/\.\d+Z$/, "Z") : "never";

function filters(r) {
  const parts = [];
  for (const [k, label] of [["actor", "actor"], ["type", "type"], ["modality", "modality"], ["country", "country"], ["outlet", "outlet"]]) {
    if (r[k] && r[k].length) parts.push(label + " " + r[k].join(", "));
  }
  if (r.near) parts.push(`within ${r.near.radius_km} km of ${r.near.lat},${r.near.lon}`);
  if (r.min_sources > 1) parts.push(`≥ ${r.min_sources} independent sources`);
  return parts.join(" · ");
}

async function loadRules() {
  say("status", "Loading…");
  try {
    const { rules } = await api("GET", "/api/watch");
    say("status", "");
    fill("rules", rules.length ? table(["rule", "filters", "matches", "last match", "checked", "webhook", ""], rules.map(r => [
      el("a", { href: "#" + encodeURIComponent(r.name) }, r.name),
      filters(r),
      String(r.matches),
      when(r.last_match_at),
      when(r.checked_at),
      r.webhook ? "yes" : "no",
      el("button", { type: "button", className: "secondary", on: { click: () => remove(r.name) } }, "Delete")
    ])) : empty("No rules yet: add one below (or with sitrep watch add)."));
  } catch (e) {
    say("status", e.message, true);
  }
}

async function remove(name) {
  if (!window.confirm(`Delete the rule ${name} with its matches and delivery log?`)) return;
  try {
    await api("DELETE", "/api/watch/" + encodeURIComponent(name));
    if (decodeURIComponent(location.hash.slice(1)) === name) history.replaceState(null, "", location.pathname);
    showRule();
    await loadRules();
    say("status", `Deleted ${name}.`);
  } catch (e) {
    say("status", e.message, true);
  }
}

async function add(ev) {
  ev.preventDefault();
  const body = { name: $("r-name").value.trim() };
  for (const k of ["actor", "type", "modality", "country", "outlet"]) {
    const v = list($("r-" + k).value);
    if (v.length) body[k] = v;
  }
  if ($("r-near").value.trim()) body.near = $("r-near").value.trim();
  if ($("r-radius").value.trim()) body.radius = $("r-radius").value.trim();
  if ($("r-min").value.trim()) body.min_sources = Number($("r-min").value);
  if ($("r-webhook").value.trim()) body.webhook = $("r-webhook").value.trim();
  if ($("r-fromnow").checked) body.from_now = true;
  say("add-status", "Adding…");
  try {
    const r = await api("POST", "/api/watch", body);
    say("add-status", `Added ${r.name}: ${r.matches} ${r.matches === 1 ? "match" : "matches"} so far.`);
    $("add-form").reset();
    location.hash = encodeURIComponent(r.name);
    loadRules();
  } catch (e) {
    say("add-status", e.message, true); // the server's reason: the same checks as sitrep watch add
  }
}

function matchItem(m) {
  const article = el("a", { href: "/article.html?id=" + encodeURIComponent(m.article_id) }, m.title || "(no headline)");
  const original = typeof m.url === "string" && /^https?:\/\//i.test(m.url)
    ? [" · ", el("a", { href: m.url, rel: "noopener noreferrer nofollow", target: "_blank" }, "original")] : [];
  return el("li", { className: "hit" },
    el("div", { className: "hit-head" },
      el("span", { className: "badge type" }, swatch(typeColour(m.event_type)), " ", m.event_type ?? "?"),
      " ", el("span", { className: "modality" }, m.modality ?? ""),
      " · ", m.event_date ?? "date unknown",
      m.actor1 || m.actor2 ? ` · ${m.actor1 ?? "?"} → ${m.actor2 ?? "?"}` : "",
      m.location || m.country ? ` · ${m.location ?? ""}${m.country ? " (" + m.country + ")" : ""}` : ""),
    el("blockquote", { className: "evidence" }, m.evidence ?? ""),
    el("div", { className: "meta" }, article, original, m.source_chain || m.source ? " · " + (m.source_chain || m.source) : "",
      m.independent_sources ? ` · independent sources: ${m.independent_sources}` : "", " · matched ", when(m.matched_at)));
}

async function showRule(offset = 0) {
  const name = decodeURIComponent(location.hash.slice(1));
  $("rule-card").hidden = !name;
  if (!name) return;
  const base = "/api/watch/" + encodeURIComponent(name);
  $("h-rule").textContent = "Matches of " + name;
  fill("rule-links", el("a", { href: base + "/feed.atom" }, "Atom feed"), " · ", el("a", { href: base + "/matches" }, "JSON"));
  try {
    const [page, log] = await Promise.all([api("GET", `${base}/matches?limit=${PAGE}&offset=${offset}`), api("GET", base + "/deliveries")]);
    const to = Math.min(page.total, page.offset + page.items.length);
    fill("match-pager", page.total ? `${page.offset + 1}–${to} of ${page.total} ` : "",
      page.offset > 0 ? el("button", { type: "button", className: "secondary", on: { click: () => showRule(Math.max(0, offset - PAGE)) } }, "‹ newer") : null,
      to < page.total ? el("button", { type: "button", className: "secondary", on: { click: () => showRule(offset + PAGE) } }, "older ›") : null);
    fill("matches", page.items.length ? page.items.map(matchItem) : empty("No matches yet."));
    fill("deliveries",
      log.outstanding.length ? table(["article", "event", "attempts", "state", "next attempt"], log.outstanding.map(p => [
        String(p.article_id), p.event, String(p.attempts), p.state, p.next_attempt_at ? when(p.next_attempt_at) : ""])) : null,
      log.attempts.length ? table(["time", "article", "event", "host", "attempt", "status", "error"], log.attempts.map(a => [
        when(a.at), String(a.article_id), a.event, a.host ?? "", String(a.attempt), a.status == null ? "" : String(a.status), a.error ?? ""]))
        : empty("No webhook deliveries."));
  } catch (e) {
    fill("matches", empty(e.message));
  }
}

$("add-form").addEventListener("submit", add);
$("forget-token").addEventListener("click", () => { sessionStorage.removeItem(TOKEN_KEY); say("add-status", "Token forgotten."); });
window.addEventListener("hashchange", () => showRule());
loadRules();
showRule();
