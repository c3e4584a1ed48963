// A colour per PLOVER event type, the same on the map, the timeline, the badges and the legends.
const FIXED = {
  ASSAULT: "#dc2626", COERCE: "#ea580c", THREATEN: "#d97706", PROTEST: "#7c3aed", MOBILIZE: "#9333ea",
  SANCTION: "#be185d", DEMAND: "#0891b2", ACCUSE: "#0d9488", REJECT: "#64748b", DISAPPROVE: "#78716c",
  CONSULT: "#2563eb", COOPERATE: "#16a34a", AID: "#65a30d", AGREE: "#059669", SUPPORT: "#0284c7",
  CONCEDE: "#4f46e5", RETREAT: "#a16207",
};
const SPARE = ["#1e40af", "#9f1239", "#166534", "#854d0e", "#5b21b6", "#155e75"];

export function typeColour(type) {
  if (FIXED[type]) return FIXED[type];
  let h = 0;
  for (const ch of String(type)) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return SPARE[h % SPARE.length];
}
