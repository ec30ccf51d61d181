/* global document, navigator */
// The page's script: plain DOM, no framework. Every action the user takes is one fetch to the API;
// events (copy, save, like, dislike, more_like_this) are sent when the server keeps them.
const features = JSON.parse(document.getElementById("features").textContent || "{}");
const $ = (id) => document.getElementById(id);
const form = $("ask");
const results = $("results");
const statusEl = $("status");
const errorEl = $("error");
const moreBtn = $("more");
const liked = new Set();
let lastRequest = null;
let shown = [];

function showError(message) {
  errorEl.textContent = message;
  errorEl.hidden = !message;
}

function sendEvent(type, domain) {
  if (!features.events) return;
  fetch("/v1/events", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(domain ? { type, domain } : { type }),
  }).catch(() => {});
}

function readForm() {
  const body = { business_description: $("description").value.trim(), explain: true };
  // A server with an availability checker asks the registries too (within its time budget).
  if (features.checker) body.check = true;
  const count = $("count").value.trim();
  if (count) body.count = Number(count);
  const tlds = $("tlds")
    .value.split(",")
    .map((t) => t.trim().replace(/^\./, "").toLowerCase())
    .filter(Boolean);
  if (tlds.length) body.tlds = tlds;
  const max = $("max-length").value.trim();
  if (max) body.max_length = Number(max);
  if ($("lang").value) body.lang = $("lang").value;
  return body;
}

function validate(body) {
  if (!body.business_description) return "Describe the business in a few words first.";
  if (body.count !== undefined && !(Number.isInteger(body.count) && body.count >= 1 && body.count <= 100))
    return "Names must be a whole number from 1 to 100.";
  if (
    body.max_length !== undefined &&
    !(Number.isInteger(body.max_length) && body.max_length >= 1 && body.max_length <= 63)
  )
    return "Max length must be a whole number from 1 to 63.";
  return "";
}

function saveName(domain) {
  const list = $("saved");
  if ([...list.querySelectorAll("li")].some((li) => li.dataset.domain === domain)) return;
  list.querySelector(".empty")?.remove();
  const li = document.createElement("li");
  li.dataset.domain = domain;
  li.textContent = domain;
  list.append(li);
  sendEvent("save", domain);
}

function actionButton(label, text, onClick) {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = text;
  b.setAttribute("aria-label", label);
  b.addEventListener("click", onClick);
  return b;
}

function render(reply) {
  results.replaceChildren();
  $("results-title").hidden = true;
  moreBtn.hidden = true;
  if (reply.status === "blocked") {
    showError(`${reply.message}. Namewright does not suggest names for this request.`);
    statusEl.textContent = "";
    return;
  }
  shown = reply.suggestions.map((s) => s.domain);
  if (reply.suggestions.length === 0) {
    statusEl.textContent = "No name met the constraints; try a longer max length or other TLDs.";
    return;
  }
  $("results-title").hidden = false;
  statusEl.textContent = `${reply.suggestions.length} names.`;
  for (const s of reply.suggestions) {
    const li = document.createElement("li");
    li.dataset.domain = s.domain;
    const name = document.createElement("span");
    name.className = "name";
    name.textContent = s.display || s.domain;
    const conf = document.createElement("span");
    conf.className = "confidence";
    conf.textContent = `confidence ${Math.round(s.confidence * 100)}%`;
    const why = document.createElement("p");
    why.className = "why";
    why.textContent = s.why || "";
    const actions = document.createElement("div");
    actions.className = "actions";
    const like = actionButton(`Like ${s.domain}`, "Like", () => {
      const on = like.getAttribute("aria-pressed") !== "true";
      like.setAttribute("aria-pressed", String(on));
      if (on) liked.add(s.domain);
      else liked.delete(s.domain);
      moreBtn.hidden = liked.size === 0;
      if (on) sendEvent("like", s.domain);
    });
    like.setAttribute("aria-pressed", String(liked.has(s.domain)));
    const dislike = actionButton(`Dislike ${s.domain}`, "Dislike", () => {
      dislike.setAttribute("aria-pressed", "true");
      liked.delete(s.domain);
      sendEvent("dislike", s.domain);
    });
    const copy = actionButton(`Copy ${s.domain}`, "Copy", async () => {
      try {
        await navigator.clipboard.writeText(s.domain);
        statusEl.textContent = `Copied ${s.domain}.`;
      } catch {
        statusEl.textContent = `Copy ${s.domain} by hand; the browser did not allow it.`;
      }
      sendEvent("copy", s.domain);
    });
    const save = actionButton(`Save ${s.domain}`, "Save", () => saveName(s.domain));
    actions.append(like, dislike, copy, save);
    li.append(name, conf);
    if ("available" in s) {
      // true only when the registry said so; null means it could not tell in time, never "available".
      const badge = document.createElement("span");
      const state = s.available === true ? "available" : s.available === false ? "taken" : "unknown";
      badge.className = `badge ${state}`;
      badge.textContent = state === "unknown" ? "availability unknown" : state;
      li.append(badge);
    }
    li.append(why, actions);
    results.append(li);
  }
  moreBtn.hidden = liked.size === 0;
}

async function ask(body) {
  showError("");
  statusEl.textContent = "Thinking…";
  $("submit").disabled = true;
  try {
    const res = await fetch("/v1/suggest", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const reply = await res.json();
    if (!res.ok) {
      statusEl.textContent = "";
      showError(reply.message || `The server answered ${res.status}.`);
      return;
    }
    render(reply);
  } catch {
    statusEl.textContent = "";
    showError("The server could not be reached; try again.");
  } finally {
    $("submit").disabled = false;
  }
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  const body = readForm();
  const problem = validate(body);
  if (problem) {
    showError(problem);
    $("description").focus();
    return;
  }
  liked.clear();
  lastRequest = body;
  void ask(body);
});

moreBtn.addEventListener("click", () => {
  if (!lastRequest || liked.size === 0) return;
  sendEvent("more_like_this", [...liked][0]);
  void ask({ ...lastRequest, more_like: [...liked], exclude: shown.filter((d) => !liked.has(d)) });
});
