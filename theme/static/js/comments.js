/* Goldstar's comment embed (docs/embed-and-inbox.md). Reader text only ever becomes text nodes. */

const root = document.getElementById("comments");
const api = (root?.dataset.api || "").replace(/\/+$/, "");
const thread = root?.dataset.thread || "";
const threadPath = `/api/threads/${encodeURIComponent(thread)}`;
const MINE = `mine:${thread}`;
const DRAFT = `draft:${thread}`;
const FIELDS = ["author", "email", "website", "text"];
const ALLOWED = /^(P|A|EM|STRONG|CODE|PRE|BLOCKQUOTE|UL|OL|LI|BR|DEL|HR)$/;
const stars = new Map(); // "post" or a comment id -> {button, count}
let reader, status, form, parent, editing, issued, nudged;

// Storage may be off (private browsing): then the embed works without memory.
function load(key, fallback) {
  try {
    return JSON.parse(localStorage.getItem(`goldstar:${key}`)) ?? fallback;
  } catch {
    return fallback;
  }
}

function save(key, value) {
  try {
    localStorage.setItem(`goldstar:${key}`, JSON.stringify(value));
  } catch {}
}

// String children become text nodes.
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value != null) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

const say = (message) => (status.textContent = message);

async function call(method, path, body) {
  const init = { method };
  if (body) {
    init.headers = { "Content-Type": "application/json" };
    init.body = JSON.stringify(body);
  }
  const res = await fetch(api + path, init).catch(() => {
    throw new Error("Could not reach the comment server. Try again.");
  });
  const data = await res.json().catch(() => ({}));
  if (res.ok) return data;
  const fields = Object.entries(data.fields || {}).map(([name, problem]) => ` ${name}: ${problem}.`);
  throw new Error((data.error || `The comment server answered ${res.status}. Try again.`) + fields.join(""));
}

if (root && api && thread) {
  const watch = new IntersectionObserver(
    (entries) => entries.some((e) => e.isIntersecting) && (watch.disconnect(), start()),
    { rootMargin: "600px 0px" },
  );
  watch.observe(root);
}

async function start() {
  reader = load("reader", "");
  if (!/^[0-9a-f]{32}$/.test(reader)) {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    save("reader", (reader = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")));
  }
  status = h("p", { class: "comments-status", role: "status", "aria-live": "polite" });
  form = renderForm();
  root.querySelector(".comment-form-slot").append(status, form);
  root.querySelectorAll("li.comment").forEach(addReplyButton);
  const since = root.dataset.since ? `?since=${encodeURIComponent(root.dataset.since)}` : "";
  const [newer, starred] = await Promise.allSettled([
    call("GET", `${threadPath}/comments${since}`),
    call("GET", `${threadPath}/stars?reader=${reader}`),
  ]);
  newer.value?.comments.sort((a, b) => a.id - b.id).forEach((c) => place(c));
  showMine();
  enhanceStars();
  showStar("post", starred.value?.post);
  for (const [id, star] of Object.entries(starred.value?.comments || {})) showStar(id, star);
  say((newer.reason || starred.reason)?.message || "");
}

function enhanceStars() {
  for (const hook of root.querySelectorAll("[data-stars]")) {
    const target = hook.dataset.stars;
    if (stars.has(target)) continue;
    const count = h("span", { class: "stars-count" }, hook.dataset.count || 0);
    const support = root.dataset.support === "true";
    const label = target !== "post" ? "Star " : support ? "I see you " : "Star this post ";
    const button = h("button", { type: "button", class: "star-button", "aria-pressed": false }, label, count);
    button.addEventListener("click", () => toggleStar(target, button));
    hook.replaceChildren(button);
    stars.set(target, { button, count });
  }
}

function showStar(target, star) {
  const known = stars.get(target);
  if (!known || !star) return;
  known.count.textContent = star.count;
  known.button.setAttribute("aria-pressed", !!star.starred);
}

async function toggleStar(target, button) {
  const method = button.getAttribute("aria-pressed") === "true" ? "DELETE" : "PUT";
  const comment = target === "post" ? null : Number(target);
  try {
    showStar(target, await call(method, `${threadPath}/stars`, { reader, comment }));
  } catch (e) {
    say(e.message);
  }
}

// Server HTML is rebuilt: ALLOWED elements re-created, any other reduced to its text.
function importHtml(html, into) {
  const copy = (from, to) => {
    for (const node of from.childNodes) {
      if (node.nodeType === 3) to.append(node.data);
      if (node.nodeType !== 1) continue;
      if (!ALLOWED.test(node.tagName)) {
        copy(node, to);
        continue;
      }
      const el = to.appendChild(document.createElement(node.tagName));
      if (el.tagName === "A") {
        el.rel = "nofollow ugc noopener";
        const href = safeUrl(node.getAttribute("href"));
        if (href) el.href = href;
      }
      copy(node, el);
    }
  };
  copy(new DOMParser().parseFromString(html || "", "text/html").body, into);
}

function safeUrl(url) {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

// The markup of the static partial (docs/contracts.md).
function renderComment(c, pending) {
  const website = safeUrl(c.website);
  const link = website ? h("a", { href: website, rel: "nofollow ugc noopener" }, c.author) : c.author;
  const date = new Date(c.created).toLocaleDateString([], { dateStyle: "long" });
  const when = h("time", { datetime: c.created }, date);
  const header = h("header", { class: "comment-header" }, h("span", { class: "comment-author" }, link), " ");
  if (c.by_author) header.append(h("span", { class: "comment-author-mark" }, "Author"), " ");
  header.append(h("a", { class: "comment-permalink", href: `#comment-${c.id}` }, when));
  const body = h("div", { class: "comment-body" });
  importHtml(c.html, body);
  const footer = h("footer", { class: "comment-footer" });
  if (pending) footer.append(h("p", { class: "comment-note" }, "Awaiting approval"));
  else footer.append(h("p", { class: "stars", "data-stars": c.id, "data-count": c.stars }));
  if (c.gold_stars > 0) {
    const icon = h("span", { class: "gs-icon", "aria-hidden": "true" });
    footer.append(h("p", { class: "gold-star-award" }, icon, `${c.gold_stars} × gold star from the author`));
  }
  const article = h("article", {}, header, body, footer);
  return h("li", { class: "comment", id: `comment-${c.id}`, "data-comment-id": c.id }, article);
}

// A newer text for a comment the page has, else a new item under its parent.
function place(c, pending = false) {
  const li = renderComment(c, pending);
  const old = document.getElementById(li.id);
  if (old) {
    old.querySelector(".comment-body").replaceWith(li.querySelector(".comment-body"));
    return old;
  }
  const above = c.parent && document.getElementById(`comment-${c.parent}`);
  let list = above ? above.querySelector(":scope > ol") : root.querySelector("ol.comment-list");
  if (!list) {
    list = h("ol", { class: above ? "comment-replies" : "comment-list" });
    above ? above.append(list) : root.querySelector(".comment-form-slot").before(list);
    root.querySelector(".comments-empty")?.remove();
  }
  list.append(li);
  li.classList.toggle("comment-pending", pending);
  if (!pending) addReplyButton(li);
  addEditButton(li, c.id);
  enhanceStars();
  return li;
}

// The reader's own comments (kept a week): those the server does not show await approval.
function showMine() {
  const mine = load(MINE, {});
  for (const [id, own] of Object.entries(mine)) {
    if (Date.now() - own.until > 6048e5) delete mine[id];
    else if (!document.getElementById(`comment-${id}`)) place(own.comment, true);
  }
  save(MINE, mine);
}

function addReplyButton(li) {
  const footer = li.querySelector("footer");
  const author = li.querySelector(".comment-author").textContent;
  const button = h("button", { type: "button", class: "reply-button" }, "Reply");
  button.addEventListener("click", () => setMode(null, { id: li.dataset.commentId, author }));
  footer.append(button);
}

function addEditButton(li, id) {
  const left = (load(MINE, {})[id]?.until || 0) - Date.now();
  if (left <= 0) return;
  const button = h("button", { type: "button", class: "edit-button" }, "Edit");
  button.addEventListener("click", () => setMode(id));
  li.querySelector("footer").append(button);
  setTimeout(() => button.remove(), left);
}

function field(name, label, control, note = "") {
  Object.assign(control, { id: `comment-${name}`, name });
  const text = h("label", { for: control.id }, `${label} `, h("small", {}, note));
  return h("p", { class: "comment-field" }, text, control);
}

function renderForm() {
  const input = (attrs) => h("input", { maxlength: 200, ...attrs });
  const f = h(
    "form",
    { class: "comment-form", "aria-labelledby": "comment-form-title" },
    h("h3", { id: "comment-form-title" }, "Leave a comment"),
    h("p", { class: "comment-replying", hidden: "" }),
    field("author", "Name", input({ required: "", autocomplete: "name" })),
    field("email", "Email", input({ type: "email" }), "(optional, never shown: for a reply notice)"),
    field("website", "Website", input({ type: "url" }), "(optional)"),
    field("text", "Comment", h("textarea", { required: "" }), "(Markdown: *emphasis*, [a link](https://…))"),
    // The honeypot: hidden from people, filled in by some robots.
    h("p", { class: "comment-hp", "aria-hidden": "true" }, h("label", { for: "comment-hp" }, "Leave empty")),
    h("p", { class: "comment-actions" }, h("button", { class: "comment-submit" }, "Post comment")),
  );
  const trap = input({ id: "comment-hp", name: "homepage", tabindex: -1, autocomplete: "off" });
  f.querySelector(".comment-hp").append(trap);
  const cancel = h("button", { type: "button", class: "comment-cancel", hidden: "" }, "Cancel");
  cancel.addEventListener("click", () => setMode(null));
  f.querySelector(".comment-actions").append(cancel);
  fill(f, load(DRAFT, {}));
  f.addEventListener("input", () => editing || save(DRAFT, values(f)));
  f.addEventListener("focusin", () => issued || formToken(false).catch(() => {}));
  f.addEventListener("submit", submit);
  return f;
}

const fill = (f, v) => FIELDS.forEach((name) => (f.elements[name].value = v[name] || ""));
const values = (f = form) => Object.fromEntries(FIELDS.map((name) => [name, f.elements[name].value.trim()]));

// A new comment, a reply to *to* ({id, author}) or an edit of the reader's comment *id*.
function setMode(id, to = null) {
  if (editing && !id) fill(form, load(DRAFT, {}));
  editing = id;
  parent = to;
  const note = form.querySelector(".comment-replying");
  note.textContent = id ? "Editing your comment" : to ? `Replying to ${to.author}` : "";
  note.hidden = form.querySelector(".comment-cancel").hidden = !note.textContent;
  form.querySelector(".comment-submit").textContent = id ? "Save edit" : "Post comment";
  if (id) fill(form, load(MINE, {})[id].values);
  if (id || to) form.elements.text.focus();
}

// A comment sent sooner than min_seconds after its form token is refused.
async function formToken(wait = true) {
  if (!issued) {
    const d = await call("GET", "/api/form");
    issued = { token: d.token, at: Date.now(), min: d.min_seconds || 0 };
  }
  const left = issued.at + issued.min * 1000 + 100 - Date.now();
  if (wait && left > 0) await new Promise((r) => setTimeout(r, left));
  return issued.token;
}

// On failure every typed word stays in the form and in localStorage.
async function submit(event) {
  event.preventDefault();
  const button = form.querySelector(".comment-submit");
  button.disabled = true;
  say("Sending…");
  try {
    await (editing ? saveEdit(values()) : post(values()));
  } catch (e) {
    issued = null; // perhaps the token was refused: take a fresh one
    say(e.message);
  }
  button.disabled = false;
}

// Harsh words get a gentle note first; the same text sent again is posted.
async function post(v) {
  if (nudged !== v.text) {
    const { nudge } = await call("POST", "/api/tone", { text: v.text }).catch(() => ({}));
    if (nudge) {
      nudged = v.text;
      form.querySelector(".comment-submit").textContent = "Post anyway";
      return say(nudge);
    }
  }
  const title = document.querySelector("h1")?.textContent.trim();
  const homepage = form.elements.homepage.value;
  const body = { ...v, parent: parent && Number(parent.id), reader, title, homepage };
  body.form_token = await formToken();
  const d = await call("POST", `${threadPath}/comments`, body);
  issued = null;
  remember(d, v);
  save(DRAFT, { ...v, text: "" });
  form.elements.text.value = "";
  setMode(null);
  const pending = d.comment.status !== "approved";
  place(d.comment, pending).scrollIntoView({ block: "nearest" });
  say(d.held || `Thank you! Your comment is ${pending ? "awaiting approval" : "published"}.`);
}

async function saveEdit(v) {
  const token = load(MINE, {})[editing].token;
  const d = await call("PATCH", `/api/comments/${editing}`, { ...v, email: undefined, edit_token: token });
  remember({ ...d, edit_token: token }, v);
  setMode(null);
  place(d.comment, d.comment.status !== "approved");
  say("Your edit is saved.");
}

function remember(d, v) {
  const mine = load(MINE, {});
  const until = Date.parse(d.edit_until);
  mine[d.comment.id] = { token: d.edit_token, until, values: v, comment: d.comment };
  save(MINE, mine);
}
