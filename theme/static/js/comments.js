/* Goldstar's embed: docs/embed-and-inbox.md. Reader text only becomes text nodes. */

const root = document.getElementById("comments");
const api = (root?.dataset.api || "").replace(/\/+$/, "");
const thread = root?.dataset.thread || "";
const threadPath = `/api/threads/${encodeURIComponent(thread)}`;
const MINE = `mine:${thread}`;
const DRAFT = `draft:${thread}`;
const FIELDS = ["author", "email", "website", "text"];
const ALLOWED = /^(P|A|EM|STRONG|CODE|PRE|BLOCKQUOTE|UL|OL|LI|BR|DEL|HR)$/;
const words = JSON.parse(document.getElementById("comment-words").textContent);
let reader, status, form, submitButton, parent, editing, issued, nudged, lost, draftKey, tone, nudge, guarded;

// Storage may be off.
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

const $ = (selector, within = root) => within.querySelector(selector);
const clone = (id) => document.getElementById(id)?.content.firstElementChild.cloneNode(true);
const say = (message) => status.replaceChildren(message);
// A #comment-words phrase, {names} filled in.
const t = (key, vars) => (words[key] || "").replace(/\{(\w+)\}/g, (_, name) => vars[name]);

const rand = () => crypto.getRandomValues(new Uint32Array(4)).join("-");

// Writes carry an Idempotency-Key: a retry counts once.
async function call(method, path, body, key = rand()) {
  const init = { method };
  if (body) {
    init.headers = { "Content-Type": "application/json", "Idempotency-Key": key };
    init.body = JSON.stringify(body);
  }
  const res = await fetch(api + path, init)
    .catch(() => fetch(api + path, init))
    .catch(() => {
      throw new Error(t("unreachable"));
    });
  const data = await res.json().catch(() => ({}));
  if (res.ok) return data;
  if (data.fields?.reader) save("reader", "");
  const n = Math.ceil(res.headers.get("Retry-After") / 60);
  throw Object.assign(new Error(t(data.code, { n }) || data.error || t("unreachable")), data);
}

if (root && api && thread) {
  const watch = new IntersectionObserver(
    (entries) => entries.some((e) => e.isIntersecting) && (watch.disconnect(), start()),
    { rootMargin: "600px" },
  );
  watch.observe(root);
}

async function start() {
  // Signed by the server; a made-up one is replaced.
  reader = load("reader", "");
  if (!reader.includes(".")) save("reader", (reader = (await call("POST", "/api/readers", {}).catch((e) => ((lost = e), {}))).reader || ""));
  form = clone("comment-form-template");
  status = $(".comments-status", form);
  submitButton = $(".comment-submit", form);
  $(".comments-note").replaceWith(form);
  $(".comment-cancel", form).addEventListener("click", () => setMode(null));
  draftKey = fill(load(DRAFT, {})).key;
  form.addEventListener("input", () => editing || save(DRAFT, { ...values(), key: draftKey }));
  form.addEventListener("focusin", () => issued || formToken(false).catch(() => {}));
  form.addEventListener("submit", submit);
  root.querySelectorAll("li.comment").forEach((li) => addButtons(li));
  const since = root.dataset.since ? `?since=${encodeURIComponent(root.dataset.since)}` : "";
  const [newer, starred] = await Promise.allSettled([
    call("GET", `${threadPath}/comments${since}`),
    call("GET", `${threadPath}/stars${reader && "?reader=" + reader}`),
  ]);
  enhanceStars(); // the baked: place() does the newer
  newer.value?.comments.forEach((c) => place(c));
  showMine();
  showStar("post", starred.value?.post);
  for (const [id, star] of Object.entries(starred.value?.comments || {})) showStar(id, star);
  say((lost || newer.reason || starred.reason)?.message || "");
}

function enhanceStars(within = root) {
  for (const hook of within.querySelectorAll("[data-stars]")) {
    const target = hook.dataset.stars;
    const button = clone("comment-star-template");
    const [label, whose, count] = button.children;
    if (hook.dataset.label) label.textContent = hook.dataset.label;
    if (target === "post") whose.remove();
    else whose.append(t("whose", { author: authorOf(hook) }));
    count.append(hook.dataset.count);
    button.addEventListener("click", () => toggleStar(target, button));
    hook.replaceChildren(button);
  }
}

function showStar(target, star) {
  const button = $(`[data-stars="${target}"] button`);
  if (!button || !star) return;
  $(".stars-count", button).textContent = star.count;
  button.setAttribute("aria-pressed", !!star.starred);
}

async function toggleStar(target, button) {
  const method = button.getAttribute("aria-pressed") === "true" ? "DELETE" : "PUT";
  const comment = +target || null;
  try {
    showStar(target, await call(method, `${threadPath}/stars`, { reader, comment }));
  } catch (e) {
    say(e.message);
  }
}

// Only ALLOWED tags are re-created.
function importHtml(html, into) {
  const copy = (from, to) => {
    for (const node of from.childNodes) {
      if (node.nodeType === 3) to.append(node.data);
      if (node.nodeType !== 1) continue;
      const tag = node.tagName;
      const el = ALLOWED.test(tag) ? to.appendChild(document.createElement(tag)) : to;
      if (tag === "A") {
        el.rel = "nofollow ugc noopener";
        const href = safeUrl(node.getAttribute("href"));
        if (href) el.href = href;
      }
      copy(node, el);
    }
  };
  copy(new DOMParser().parseFromString(html, "text/html").body, into);
}

function safeUrl(url) {
  try {
    const parsed = new URL(url);
    if (/^https?:$/.test(parsed.protocol)) return parsed.href;
  } catch {}
}

// As the baked dates.
function localDate(iso) {
  const d = new Date(iso);
  const B = d.toLocaleString(root.lang || [], { month: "long" });
  const codes = { d: d.getDate(), m: d.getMonth() + 1, Y: d.getFullYear(), B };
  return root.dataset.dateFormat.replace(/%(-?)(\w)/g, (_, bare, code) =>
    (bare || !(codes[code] < 10) ? "" : "0") + (codes[code] ?? ""));
}

const authorOf = (el) => $(".comment-author", el.closest("li.comment")).textContent;

function renderComment(c, pending) {
  const li = clone("comment-template");
  const website = safeUrl(c.website);
  const name = $(".comment-author a", li);
  if (website) Object.assign(name, { href: website, textContent: c.author });
  else name.replaceWith(c.author);
  $(".comment-author-mark", li).hidden = !c.by_author;
  Object.assign($("time", li), { dateTime: c.created, textContent: localDate(c.created) });
  $(".comment-permalink", li).href = `#comment-${c.id}`;
  importHtml(c.html, $(".comment-body", li));
  $(pending ? ".stars" : ".comment-note", li).remove();
  if (!pending) Object.assign($(".stars", li).dataset, { stars: c.id, count: c.stars });
  const said = t((c.cheer || "cheer") + Math.min(c.gold_stars, 6), { count: c.gold_stars });
  Object.assign($(".gold-star-award", li), { hidden: !said }).append(said);
  $("article", li).setAttribute("aria-label", t("by", { author: c.author }));
  li.id = `comment-${c.id}`;
  li.dataset.commentId = c.id;
  return li;
}

// Nested no deeper than the build (data-depth).
function place(c, pending = false) {
  const li = renderComment(c, pending);
  const old = document.getElementById(li.id);
  if (old) {
    $(".comment-body", old).replaceWith($(".comment-body", li));
    return old;
  }
  let above = c.parent && document.getElementById(`comment-${c.parent}`);
  let to = c.reply_to && document.getElementById(`comment-${c.reply_to}`);
  if (above?.matches("li.comment ".repeat(Number(root.dataset.depth) || 3) + "li")) {
    if (!c.reply_to) to = above;
    above = above.parentElement.closest("li.comment");
  }
  const reply = $(".comment-in-reply-to", li);
  if (to) Object.assign($("a", reply), { href: `#${to.id}`, textContent: authorOf(to) });
  else reply.remove();
  let list = above ? $(":scope > ol", above) : $("ol.comment-list");
  if (!list) {
    list = document.createElement("ol");
    list.className = above ? "comment-replies" : "comment-list";
    above ? above.append(list) : $(".comment-form-slot").before(list);
    $(".comments-empty")?.remove();
  }
  list.append(li);
  li.classList.toggle("comment-pending", pending);
  addButtons(li, pending);
  enhanceStars(li);
  return li;
}

// The reader's own (a week): unshown ones await approval.
function showMine() {
  const mine = load(MINE, {});
  for (const [id, own] of Object.entries(mine)) {
    if (Date.now() - own.until > 6048e5) delete mine[id];
    else if (!document.getElementById(`comment-${id}`)) place(own.comment, true);
  }
  save(MINE, mine);
}

function addButtons(li, pending) {
  const id = li.dataset.commentId;
  const author = authorOf(li);
  if (!pending) {
    const reply = clone("comment-reply-template");
    reply.setAttribute("aria-label", t("replyTo", { author }));
    reply.addEventListener("click", () => setMode(null, { id, author }));
    $("footer", li).append(reply);
  }
  const left = load(MINE, {})[id]?.until - Date.now();
  if (!(left > 0)) return;
  const own = clone("comment-own-template");
  const [edit, del] = own.querySelectorAll("button");
  edit.addEventListener("click", () => setMode(id));
  del.addEventListener("click", () => confirm(t("deleteAsk")) && deleteMine(li));
  $("footer", li).append(own);
  setTimeout(() => own.remove(), left);
}

async function deleteMine(li) {
  const id = li.dataset.commentId;
  const mine = load(MINE, {});
  try {
    await call("DELETE", `/api/comments/${id}`, { edit_token: mine[id].token });
    // As the server: its replies move up; none is "in reply to" it.
    for (const { comment } of Object.values(mine)) {
      if (comment.parent == id) comment.parent = mine[id].comment.parent;
      if (comment.reply_to == id) comment.reply_to = null;
    }
    delete mine[id];
    save(MINE, mine);
    if (editing === id || parent?.id === id) setMode(null);
    li.replaceWith(...li.querySelectorAll(":scope > ol > li"));
    for (const a of root.querySelectorAll(`.comment-in-reply-to [href="#${li.id}"]`)) {
      a.parentNode.remove();
    }
    say(t("deleted"));
  } catch (e) {
    say(e.message);
  }
  status.focus();
}

const fill = (v) => (FIELDS.forEach((name) => (form.elements[name].value = v[name] || "")), v);
const values = () => Object.fromEntries(FIELDS.map((name) => [name, form.elements[name].value.trim()]));

// New comment, reply to *to*, or edit of *id*.
function setMode(id, to = null) {
  if (editing && !id) fill(load(DRAFT, {}));
  editing = id;
  parent = to;
  const note = $(".comment-replying", form);
  note.textContent = id ? t("editing") : to ? t("replying", to) : "";
  note.hidden = $(".comment-cancel", form).hidden = !note.textContent;
  submitButton.textContent = t(id ? "saveEdit" : "post");
  if (id) fill(load(MINE, {})[id].values);
  if (id || to) form.elements.text.focus();
}

// A token used before min_seconds is refused.
async function formToken(wait = true) {
  if (!issued) {
    const d = await call("GET", "/api/form");
    issued = { token: d.token, ready: Date.now() + d.min_seconds * 1000 + 100 };
  }
  if (wait) await new Promise((r) => setTimeout(r, issued.ready - Date.now()));
  return issued.token;
}

// Typed words stay; refused fields are marked, named, focused.
async function submit(event) {
  event.preventDefault();
  submitButton.disabled = true;
  say(t("sending"));
  let bad;
  try {
    await (editing ? saveEdit(values()) : post(values()));
  } catch (e) {
    if (e.fields) issued = draftKey = null; // refused: new token and key
    bad = FIELDS.filter((name) => e.fields?.[name]);
    say(e.message + bad.map((name) => ` ${words[name]}${words.colon ?? ":"} ${e.fields[name]}.`).join(""));
  }
  FIELDS.forEach((name) => form.elements[name].setAttribute("aria-invalid", !!bad?.includes(name)));
  submitButton.disabled = false;
  if (bad) (form.elements[bad[0]] || submitButton).focus();
}

// A note first (#comment-nudge-<tone>, else the server's); sent again, it posts.
async function post(v) {
  if (nudged !== v.text) {
    ({ tone, nudge, guarded } = await call("POST", "/api/tone", { text: v.text, thread }).catch(() => ({})));
    if (nudge) {
      nudged = v.text;
      const note = clone(`comment-nudge-${tone}`);
      if (note) submitButton.textContent = note.dataset.submit;
      form.classList.add(`nudged-${tone}`); // .comments-help stays
      return say(note || nudge);
    }
  }
  const title = $("h1", document)?.textContent.trim();
  const homepage = form.elements.homepage.value;
  const n = form.elements.notify;
  const body = { ...v, parent: parent && Number(parent.id), reader, title, homepage, notify: n?.checked ? n.value : null };
  body.form_token = await formToken();
  save(DRAFT, { ...v, key: (draftKey ||= rand()) });
  const d = await call("POST", `${threadPath}/comments`, body, draftKey);
  issued = draftKey = null;
  save(DRAFT, { ...v, text: "" });
  form.elements.text.value = "";
  done(d, v, (words[guarded ? "grief" : tone] || words.thanks)[d.comment.status]);
}

async function saveEdit(v) {
  const token = load(MINE, {})[editing].token;
  const d = await call("PATCH", `/api/comments/${editing}`, { ...v, email: undefined, edit_token: token });
  done({ ...d, edit_token: token }, v, t("editSaved"));
}

function done(d, v, word) {
  const mine = load(MINE, {});
  mine[d.comment.id] = { token: d.edit_token, until: Date.parse(d.edit_until), values: v, comment: d.comment };
  save(MINE, mine);
  setMode(null);
  Object.assign($("article", place(d.comment, d.comment.status !== "approved")), { tabIndex: -1 }).focus();
  say(t(`held_${d.held_reason}`) || d.held || word);
}
