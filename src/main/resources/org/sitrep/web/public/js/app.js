// The workbench page: send an article to POST /api/analyze and show its reading.
import { status } from "./dom.js";
import { showReading as show } from "./reading.js";

const $ = id => document.getElementById(id);
const PLACEHOLDER = $("f-text").placeholder;


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

$("analyze-form").addEventListener("submit", analyze);
// The article the README runs first (NRT, 19 November 2019): its text as shipped, dated as published.
const EXAMPLE = { path: "/examples/nrt-2019-11-19-isis-prison-breaks.txt", published: "2019-11-19" };
$("f-example").addEventListener("click", async () => {
  try {
    const res = await fetch(EXAMPLE.path);
    if (!res.ok) throw new Error(res.status + " " + res.statusText);
    $("analyze-form").reset();
    $("f-text").disabled = false;
    $("f-text").value = await res.text();
    $("f-published").value = EXAMPLE.published;
    $("analyze-form").requestSubmit();
  } catch (err) {
    status("Cannot load the example: " + err.message, true);
  }
});
$("f-file").addEventListener("change", () => {
  const f = $("f-file").files[0];
  $("f-text").disabled = Boolean(f);
  $("f-text").placeholder = f ? `The file ${f.name} will be sent as it is.` : PLACEHOLDER;
});
