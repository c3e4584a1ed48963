// The workbench page: send an article to POST /api/analyze and show its reading.
import { el, fill, index } from "./dom.js";
import { renderText } from "./text.js";
import { renderSources } from "./sources.js";
import { renderMap } from "./map.js";
import { renderEvents, renderEntities, renderProblems } from "./tables.js";

const $ = id => document.getElementById(id);
let downloadUrl = null;
const PLACEHOLDER = $("f-text").placeholder;

function status(message, isError) {
  const s = $("status");
  s.textContent = message;
  s.classList.toggle("error", Boolean(isError));
}

/** What to send: a chosen file as it is (its type from its name), else the pasted text (as JSON when the form has a title or URL). */
async function request() {
  const published = $("f-published").value;
  const file = $("f-file").files[0];
  const query = published ? "?published=" + encodeURIComponent(published) : "";
  if (file) {
    const name = file.name.toLowerCase();
    const type = /\.(html?|xhtml)$/.test(name) ? "text/html" : name.endsWith(".json") ? "application/json" : "text/plain; charset=utf-8";
    return { url: "/api/analyze" + query, type, body: await file.arrayBuffer() };
  }
  const text = $("f-text").value;
  const title = $("f-title").value.trim(), url = $("f-url").value.trim();
  if (title || url) {
    return { url: "/api/analyze", type: "application/json", body: JSON.stringify({ text, title: title || null, url: url || null, published: published || null }) };
  }
  return { url: "/api/analyze" + query, type: "text/plain; charset=utf-8", body: text };
}

async function analyze(ev) {
  ev.preventDefault();
  const button = $("f-submit");
  button.disabled = true;
  status("Analysing…");
  const started = performance.now();
  try {
    const r = await request();
    const res = await fetch(r.url, { method: "POST", headers: { "Content-Type": r.type }, body: r.body });
    const body = await res.json().catch(() => null);
    if (!res.ok) {
      status(`Refused (${res.status}): ${body && body.error ? body.error : res.statusText}`, true);
      return;
    }
    show(body);
    status(`Read in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  } catch (err) {
    status("Failed: " + err.message, true);
  } finally {
    button.disabled = false;
  }
}

function show(reading) {
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
  renderMap(reading);
  renderEvents(reading, byId);
  renderEntities(reading);
  renderProblems(reading);
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = URL.createObjectURL(new Blob([JSON.stringify(reading, null, 2)], { type: "application/json" }));
  $("download").href = downloadUrl;
}

$("analyze-form").addEventListener("submit", analyze);
$("f-file").addEventListener("change", () => {
  const f = $("f-file").files[0];
  $("f-text").disabled = Boolean(f);
  $("f-text").placeholder = f ? `The file ${f.name} will be sent as it is.` : PLACEHOLDER;
});
