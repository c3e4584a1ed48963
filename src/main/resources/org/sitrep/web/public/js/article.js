// The stored-article page: /article.html?id=N shows the reading the store holds for article N, through the same
// rendering as the analyse page.
import { showReading } from "./reading.js";

const status = document.getElementById("status");

async function load() {
  const id = new URLSearchParams(location.search).get("id");
  if (!id || !/^\d+$/.test(id)) {
    status.textContent = "No article: open one from the corpus page.";
    return;
  }
  status.textContent = "Loading…";
  try {
    const res = await fetch("/api/articles/" + encodeURIComponent(id));
    const body = await res.json().catch(() => null);
    if (!res.ok) {
      status.textContent = `Article ${id}: ${body && body.error ? body.error : res.statusText}`;
      status.classList.add("error");
      return;
    }
    status.textContent = "";
    document.title = "sitrep · " + (body.article.title || "article " + id); // a property: the title is never parsed as HTML
    showReading(body, { links: true });
  } catch (err) {
    status.textContent = "Failed: " + err.message;
    status.classList.add("error");
  }
}

load();
