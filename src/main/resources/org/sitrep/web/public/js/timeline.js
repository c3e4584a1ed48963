// Events per day as stacked bars, one colour per type, drawn as SVG by hand (no chart library: the page works
// offline and the SVG is built node by node, so no label is ever parsed as markup). Days without events are gaps.
import { svg, el, fill, empty, swatch } from "./dom.js";
import { typeColour } from "./types.js";

const H = 160, PAD_L = 34, PAD_B = 22, PAD_T = 8;
const DAY_MS = 86400000;

function dayNumber(d) { return Math.round(Date.parse(d + "T00:00:00Z") / DAY_MS); }
function dayString(n) { return new Date(n * DAY_MS).toISOString().slice(0, 10); }

/**
 * @param onDay called with a day (yyyy-MM-dd) when its bar is clicked
 * @param what  what is counted ("events", or "mentions" on the entity page)
 */
export function renderTimeline(box, days, onDay, what = "events") {
  box.replaceChildren();
  if (!days.length) {
    box.append(empty(`No dated ${what}.`));
    return;
  }
  const byDay = new Map(), totals = new Map(), types = new Map();
  for (const d of days) {
    if (!byDay.has(d.day)) byDay.set(d.day, []);
    byDay.get(d.day).push(d);
    totals.set(d.day, (totals.get(d.day) || 0) + d.count);
    types.set(d.type, (types.get(d.type) || 0) + d.count);
  }
  const first = dayNumber(days[0].day), last = dayNumber(days[days.length - 1].day);
  const span = last - first + 1;
  const width = Math.max(box.clientWidth || 800, 300);
  const barW = Math.min(40, Math.max(1, (width - PAD_L - 4) / span)); // a day or two should not fill the chart
  const max = Math.max(...totals.values());
  const y = v => PAD_T + (H - PAD_T - PAD_B) * (1 - v / max);
  const chart = svg("svg", { width, height: H, viewBox: `0 0 ${width} ${H}`, role: "img", "aria-label": `${what} per day` });
  chart.append(svg("line", { x1: PAD_L, x2: width, y1: H - PAD_B, y2: H - PAD_B, stroke: "#9ca3af" }),
    svg("text", { x: PAD_L - 4, y: PAD_T + 8, "text-anchor": "end", class: "axis" }, String(max)),
    svg("text", { x: PAD_L - 4, y: H - PAD_B, "text-anchor": "end", class: "axis" }, "0"),
    svg("text", { x: PAD_L, y: H - 6, class: "axis" }, dayString(first)),
    svg("text", { x: width - 2, y: H - 6, "text-anchor": "end", class: "axis" }, dayString(last)));
  for (const [day, parts] of byDay) {
    const x = PAD_L + (dayNumber(day) - first) * barW;
    let acc = 0;
    const g = svg("g", { class: "bar" });
    g.append(svg("title", {}, `${day}: ${totals.get(day)} ${what}\n` + parts.map(p => `${p.type}: ${p.count}`).join("\n")));
    for (const p of parts.sort((a, b) => a.type.localeCompare(b.type))) {
      const top = y(acc + p.count), bottom = y(acc);
      g.append(svg("rect", { x: x + (barW > 3 ? 0.5 : 0), y: top, width: Math.max(1, barW - (barW > 3 ? 1 : 0)), height: Math.max(0.5, bottom - top),
        fill: typeColour(p.type) }));
      acc += p.count;
    }
    g.addEventListener("click", () => onDay(day));
    chart.append(g);
  }
  box.append(chart, el("div", { className: "legend" },
    [...types.entries()].sort((a, b) => b[1] - a[1]).map(([t, n]) => el("span", { className: "key" }, swatch(typeColour(t)), ` ${t} (${n})`)),
    el("span", { className: "meta" }, "Click a day to search it.")));
}
