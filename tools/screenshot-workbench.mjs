// Screenshots of the workbench in headless Chromium, driven over the DevTools protocol (no npm packages needed).
//
//   ./sitrep serve --port 18080 &
//   node --experimental-websocket tools/screenshot-workbench.mjs http://127.0.0.1:18080 examples/nrt-2019-11-19-isis-prison-breaks.txt docs/screenshots
//
// Pastes the article into the page, sets its publication date, presses Analyse, waits for the reading and saves
// workbench.png (the whole page); prints the page's console messages, so a Content-Security-Policy violation shows.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [base, articleFile, outDir, published = "2019-11-19"] = process.argv.slice(2);
const chromium = process.env.CHROMIUM || "/usr/bin/chromium";
const profile = mkdtempSync(join(tmpdir(), "sitrep-chromium-"));
const browser = spawn(chromium, ["--headless=new", "--no-sandbox", "--disable-gpu", "--remote-debugging-port=0",
  `--user-data-dir=${profile}`, "--window-size=1400,1000", "about:blank"], { stdio: ["ignore", "ignore", "pipe"] });
const wsUrl = await new Promise((resolve, reject) => {
  let err = "";
  browser.stderr.on("data", d => {
    err += d;
    const m = err.match(/DevTools listening on (ws:\/\/\S+)/);
    if (m) resolve(m[1]);
  });
  setTimeout(() => reject(new Error("chromium did not start: " + err)), 20000);
});
const targets = await (await fetch(wsUrl.replace("ws://", "http://").replace(/\/devtools\/.*/, "/json/list"))).json();
const ws = new WebSocket(targets.find(t => t.type === "page").webSocketDebuggerUrl);
await new Promise(r => ws.addEventListener("open", r));
let id = 0;
const pending = new Map();
ws.addEventListener("message", ev => {
  const msg = JSON.parse(ev.data);
  if (msg.id && pending.has(msg.id)) { pending.get(msg.id)(msg); pending.delete(msg.id); }
  if (msg.method === "Runtime.consoleAPICalled") console.log("console:", msg.params.args.map(a => a.value ?? a.description).join(" "));
  if (msg.method === "Log.entryAdded") console.log("log:", msg.params.entry.level, msg.params.entry.text);
});
const send = (method, params = {}) => new Promise(r => { const i = ++id; pending.set(i, r); ws.send(JSON.stringify({ id: i, method, params })); });
const evaluate = async expr => (await send("Runtime.evaluate", { expression: expr, awaitPromise: true, returnByValue: true })).result?.result?.value;
const sleep = ms => new Promise(r => setTimeout(r, ms));

await send("Runtime.enable");
await send("Log.enable");
await send("Page.enable");
await send("Page.navigate", { url: base + "/" });
await sleep(1500);
const text = readFileSync(articleFile, "utf8");
await evaluate(`document.getElementById("f-text").value = ${JSON.stringify(text)};
  document.getElementById("f-published").value = ${JSON.stringify(published)};
  document.getElementById("f-submit").click(); true`);
for (let i = 0; i < 120 && !(await evaluate(`!document.getElementById("results").hidden`)); i++) await sleep(500);
await sleep(2500); // the basemap and the map's fit
console.log("status:", await evaluate(`document.getElementById("status").textContent`));
const height = await evaluate(`document.documentElement.scrollHeight`);
await send("Emulation.setDeviceMetricsOverride", { width: 1400, height: Math.min(height, 6000), deviceScaleFactor: 1, mobile: false });
await sleep(800);
const shot = await send("Page.captureScreenshot", { format: "png", captureBeyondViewport: true });
writeFileSync(join(outDir, "workbench.png"), Buffer.from(shot.result.data, "base64"));
console.log("saved", join(outDir, "workbench.png"));
// Close-ups of the main parts, for the README.
for (const [name, selector] of [["text-and-sources", ".columns"], ["map", "#map"], ["events", "#h-events"]]) {
  const box = await evaluate(`(() => { const r = document.querySelector(${JSON.stringify(selector)}).closest("section, .columns").getBoundingClientRect();
    return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: Math.min(r.height, 1400) }; })()`);
  const part = await send("Page.captureScreenshot", { format: "png", captureBeyondViewport: true, clip: { ...box, scale: 1 } });
  writeFileSync(join(outDir, name + ".png"), Buffer.from(part.result.data, "base64"));
  console.log("saved", join(outDir, name + ".png"));
}
ws.close();
browser.kill();
