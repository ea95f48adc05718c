/* Goldstar's moderation inbox, served by the comment server at /admin (docs/embed-and-inbox.md).
 *
 * One page for the author's phone: sign in (POST /admin/session sets an HttpOnly cookie), read the
 * comments waiting for approval, newest first, and act on each in one tap. Every action is a list of
 * steps sent with retry and backoff; when the network drops mid-action, a step whose answer was lost is
 * checked on the server before it is sent again (approve, reject, spam and block are idempotent; a
 * reply or a gold star is not, so we look first), and after the last retry the card says clearly
 * "Not done — tap to retry". Comment text is shown with textContent only: the reader wrote it. */

const DELAYS = [500, 1000, 2000, 4000]; // ms between tries; then the card shows "not done"
const queue = document.getElementById("queue");
const message = document.getElementById("message");
const signIn = document.getElementById("sign-in");
let view = "pending"; // or "unanswered": approved comments the author has not answered yet

/* The server said no (4xx): trying again will not help, so do not retry. */
class Refused extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

/* Make an element; string children become text nodes, never markup. */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value != null) el.setAttribute(name, value);
  el.append(...children.filter((child) => child != null));
  return el;
}

function button(label, onClick, attrs = {}) {
  const el = h("button", { type: "button", ...attrs }, label);
  el.addEventListener("click", onClick);
  return el;
}

/* Wait *ms*, or less if the browser comes back online meanwhile. */
function pause(ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    window.addEventListener("online", () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/* Call the API on this origin; throw Refused for answers a retry cannot change, Error otherwise. */
async function request(method, path, body) {
  const init = { method, headers: { Accept: "application/json" } };
  if (body) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const res = await fetch(path, init); // a dropped network rejects here with a TypeError: retryable
  const data = await res.json().catch(() => ({}));
  if (res.ok) return data;
  if (res.status === 401) {
    showSignIn();
    throw new Refused("You are signed out. Sign in, then tap to retry.", 401);
  }
  const reason = data.error || `The server answered ${res.status}.`;
  if (res.status === 408 || res.status === 429 || res.status >= 500) throw new Error(reason);
  throw new Refused(reason, res.status);
}

/* Send one step, retrying with backoff; a step sent before is first checked with step.check. */
async function send(step, onRetry) {
  for (let attempt = 0; ; attempt++) {
    try {
      if (step.tried && step.check && (await step.check())) return null;
      step.tried = true;
      return await request("POST", step.path, step.body || {});
    } catch (error) {
      if (error instanceof Refused || attempt === DELAYS.length) throw error;
    }
    onRetry(attempt + 1);
    await pause(DELAYS[attempt]);
  }
}

/* Return the admin comment *id* as the server has it now (it is pending or approved). */
async function find(id) {
  for (const status of ["approved", "pending"]) {
    const { comments } = await request("GET", `/api/admin/comments?status=${status}`);
    const found = comments.find((c) => c.id === id);
    if (found) return found;
  }
  throw new Refused("This comment is no longer in the inbox.");
}

/* Return the steps of *action* on comment *c*, each {path, body, check, done}. */
function plan(action, c, text = c.draft?.text, template = c.draft?.template) {
  const at = `/api/admin/comments/${c.id}`;
  const approve = { path: `${at}/approve`, done: c.status === "approved" };
  const starsBefore = c.gold_stars || 0;
  const star = (count) => ({
    path: `${at}/gold-stars`,
    body: { count },
    check: async () => (await find(c.id)).gold_stars > starsBefore,
  });
  // "Thank and star" awards the gold stars its draft promises (the API takes 1 to 5).
  const promised = Math.min(5, Math.max(1, c.draft?.gold_stars || 0));
  // Without a reply before, `replied` tells whether a lost reply arrived; with one, we cannot tell.
  const reply = { path: `${at}/reply`, body: { text, template } };
  if (!c.replied) reply.check = async () => (await find(c.id)).replied;
  const steps = {
    approve: [approve],
    reject: [{ path: `${at}/reject` }],
    spam: [{ path: `${at}/spam` }],
    block: [{ path: `/api/admin/commenters/${encodeURIComponent(c.commenter)}/block` }],
    unblock: [{ path: `/api/admin/commenters/${encodeURIComponent(c.commenter)}/unblock` }],
    same: [{ path: `${at}/same-commenter`, check: async () => !(await find(c.id)).claimed_commenter }],
    skip: [], // nothing is sent: the comment waits for another day
    star: [approve, star(1)],
    reply: [reply], // the server approves the comment it answers
    thank: [reply, star(promised)],
    thanks: [reply], // a draft that promises no star: grief, criticism, a support post
  };
  return steps[action];
}

const DONE = {
  skip: "Skipped: it stays in the inbox for later",
  unblock: "Unblocked: their next comments wait for approval",
  same: "Joined: this browser now comments as the owner of that email",
  approve: "Approved",
  reject: "Rejected",
  spam: "Marked as spam",
  block: "Commenter blocked: their waiting comments are now spam",
  star: "Gold star awarded",
  reply: "Answered",
  thank: "Thanked and starred",
  thanks: "Thanked",
};

/* Run *action* on the comment of *card*; the same steps object survives a tap to retry. */
async function act(card, action, steps) {
  const state = card.querySelector(".state");
  card.classList.remove("failed");
  card.classList.add("busy");
  for (const el of card.querySelectorAll(".actions button, .reply button")) el.disabled = true;
  state.textContent = "Working…";
  try {
    for (const step of steps.filter((s) => !s.done)) {
      const answer = await send(step, (n) => {
        state.textContent = `Network trouble: trying again (${n} of ${DELAYS.length})…`;
      });
      step.done = true;
      if (answer?.comment && answer.comment.id === card.comment.id) card.comment = answer.comment;
    }
    card.classList.add("done");
    state.textContent = `✓ ${DONE[action]}`;
    if (action === "block") markBlocked(card.comment.commenter);
    focusNext(card);
  } catch (error) {
    card.classList.add("failed");
    const why = error instanceof Refused ? error.message : "The network failed.";
    const retry = button("Not done — tap to retry", () => act(card, action, steps), { class: "retry" });
    state.replaceChildren(`${why} `, retry);
    if (error.status !== 401) retry.focus(); // when signed out, the password field has the focus
  } finally {
    card.classList.remove("busy");
    for (const el of card.querySelectorAll(".actions button, .reply button")) el.disabled = false;
  }
}

/* After an action, the keyboard moves on to the next card that waits (or to the message). */
function focusNext(card) {
  let next = card.nextElementSibling;
  while (next?.classList.contains("done")) next = next.nextElementSibling;
  (next ? next.querySelector("h2") : message).focus();
}

function markBlocked(commenter) {
  for (const other of queue.querySelectorAll(".card:not(.done)")) {
    if (other.comment.commenter !== commenter) continue;
    other.classList.add("done");
    other.querySelector(".state").textContent = "✓ Commenter blocked";
  }
}

function when(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString([], { dateStyle: "medium", timeStyle: "short" });
}

/* The post a comment is on: the built site's title, else the title a reader's page sent (a hint). */
function postTitle(c) {
  if (c.post_title) return `“${c.post_title}”`;
  return c.thread_title ? `“${c.thread_title}” (title from a reader's page)` : c.thread;
}

/* What the tone reader saw, so the author knows why a draft is quiet or absent; a reader who
 * may be at risk is said so first (the server lists them first). */
function toneNote(c) {
  const tone = c.draft?.tone;
  if (!tone || !c.draft.advice) return null;
  const label = c.draft.crisis ? "May be at risk. " : `Tone: ${tone}. `;
  return h("p", { class: `tone tone--${tone}` }, h("strong", {}, label), c.draft.advice);
}

/* What an edit changed since you approved the comment: words taken out struck, words put in marked. */
function renderChanges(c) {
  if (!c.changes) return null;
  const text = h("p", { class: "diff" });
  for (const [op, words] of c.changes.text) text.append(op === "=" ? words : h(op === "-" ? "del" : "ins", {}, words));
  const box = h("div", { class: "changes" }, h("p", { class: "changes-label" }, "Edited after you approved it:"), text);
  for (const [field, name] of [["author", "Name"], ["website", "Website"]]) {
    const change = c.changes[field];
    if (change) box.append(h("p", {}, `${name}: `, h("del", {}, change.before || "none"), " → ", h("ins", {}, change.after || "none")));
  }
  return box;
}

/* A paragraph of the draft with its Markdown links ("[a post](https://…)") shown as links. */
function draftParagraph(text) {
  const p = h("p");
  const parts = text.split(/\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/); // text, title, url, text…
  for (let i = 0; i < parts.length; i += 3) {
    p.append(parts[i]);
    if (i + 2 < parts.length) p.append(h("a", { href: parts[i + 2] }, parts[i + 1]));
  }
  return p;
}

/* The draft as the commenter will read it: one paragraph per paragraph. */
function renderDraft(c) {
  const box = h("div", { class: "draft" }, h("p", { class: "draft-label" }, "Thank-you draft"));
  for (const paragraph of c.draft.text.split(/\n\s*\n/)) box.append(draftParagraph(paragraph));
  if (c.draft.personal) {
    box.append(h("p", { class: "personal" }, "Make this line your own: ", h("q", {}, c.draft.personal)));
  }
  return box;
}

/* A known email typed in a browser never seen with it: kept apart until the author says it is them. */
function claimNote(c) {
  if (!c.claimed_commenter) return null;
  return h(
    "p",
    { class: "claim" },
    h("strong", {}, "New browser. "),
    "This email belongs to a commenter you know, but it was typed in a browser never seen with it: " +
      "the comment is kept apart (no trust, no badges). Join it only if you are sure it is them.",
  );
}

/* Block asks first: a tap by mistake must not silence a reader. */
function confirmBlock(card, tap) {
  const c = card.comment;
  const ask = h(
    "div",
    { class: "confirm", role: "group", "aria-label": "Confirm block" },
    h("p", {}, `Block ${c.author || "this commenter"}? Their waiting comments become spam and their next ones are refused. You can unblock them later.`),
    button("Block", tap("block"), { class: "danger" }),
    button("Cancel", () => {
      ask.remove();
      card.querySelector(".actions").hidden = false;
      card.querySelector(".block").focus();
    }),
  );
  card.querySelector(".actions").hidden = true;
  card.querySelector(".actions").after(ask);
  ask.querySelector("button").focus();
}

/* Build one comment's card: who, where, what they wrote, the tone, the draft, the actions. */
function renderCard(c) {
  const card = h("li", { class: "card", id: `card-${c.id}` });
  card.comment = c;
  const headingId = `card-${c.id}-title`;
  const before = (c.commenter_comments || 1) - 1; // counted up to this comment, this one included
  const history = before ? `${before} approved comment${before === 1 ? "" : "s"} before` : "First comment";
  const who = h("p", { class: "who" }, history);
  const time = h("time", { datetime: c.created }, when(c.created));
  if (c.subscribed) who.append(" · subscribed to replies");
  if (c.website) who.append(" · ", c.website);
  const draft = c.draft?.text || "";
  const article = h(
    "article",
    { "aria-labelledby": headingId },
    h("h2", { id: headingId, tabindex: -1 }, c.author || "Anonymous"),
    h("p", { class: "where" }, `On ${postTitle(c)} · `, time),
    who,
    claimNote(c),
    h("p", { class: "text" }, c.markdown ?? ""),
    renderChanges(c),
    toneNote(c),
    draft ? renderDraft(c) : null,
  );
  const tap = (action) => () => act(card, action, plan(action, card.comment));
  // With the draft open for editing, "Send thanks" sends the words in the box, as "Send reply" does.
  const tapThank = (action) => () => {
    const form = card.querySelector(".reply");
    if (form.hidden) return tap(action)();
    if (!form.reportValidity()) return; // an emptied box says so, as "Send reply" does
    const text = form.querySelector("textarea").value.trim();
    const template = text === draft.trim() ? card.comment.draft?.template : null;
    act(card, action, plan(action, card.comment, text, template));
  };
  const waiting = c.status !== "approved";
  const spam = c.draft?.tone === "spam";
  const [thank, label] = c.draft?.gold_stars ? ["thank", "Thank and star"] : ["thanks", "Send thanks"];
  const edit = { "aria-expanded": "false", "aria-controls": `reply-${c.id}`, class: "edit" };
  const actions = h(
    "div",
    { class: "actions" },
    draft ? button(label, tapThank(thank), { class: "thank" }) : null,
    waiting && spam ? button("Spam", tap("spam"), { class: "approve" }) : null, // spam: Spam first
    waiting ? button("Approve", tap("approve"), spam ? {} : { class: "approve" }) : null,
    waiting ? button("Reject", tap("reject")) : null,
    waiting && !spam ? button("Spam", tap("spam")) : null,
    button("Block", () => confirmBlock(card, tap), { class: "block" }),
    c.claimed_commenter ? button("It's them", tap("same"), { class: "same" }) : null,
    // No one-tap gold star beside an ad, an insult or a reader who may be at risk.
    spam || c.draft?.tone === "hostile" || c.draft?.crisis ? null : button("Gold star", tap("star")),
    button(draft ? "Edit draft" : "Reply", () => toggleReply(card), edit),
    button("Skip", () => act(card, "skip", [])),
  );
  article.append(actions, renderReply(card, draft), h("p", { class: "state", role: "status" }));
  card.append(article);
  return card;
}

function renderBlocked(b) {
  const card = h("li", { class: "card", id: `blocked-${b.commenter}` });
  card.comment = b;
  const headingId = `blocked-${b.commenter}-title`;
  const latest = b.latest ? ` · latest ${when(b.latest)}` : "";
  card.append(
    h(
      "article",
      { "aria-labelledby": headingId },
      h("h2", { id: headingId, tabindex: -1 }, b.name || "Anonymous"),
      h("p", { class: "who" }, `${b.comments} comment${b.comments === 1 ? "" : "s"}${latest}`),
      h("div", { class: "actions" }, button("Unblock", () => act(card, "unblock", plan("unblock", b)))),
      h("p", { class: "state", role: "status" }),
    ),
  );
  return card;
}

function renderReply(card, draft) {
  const id = card.comment.id;
  const text = h("textarea", { id: `reply-${id}-text`, rows: 8, required: "" });
  text.value = draft;
  const form = h(
    "form",
    { class: "reply", id: `reply-${id}`, hidden: "" },
    h("label", { for: text.id }, draft ? "Your reply (the draft, to edit)" : "Your reply"),
    text,
    h("button", { type: "submit" }, "Send reply"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const reply = text.value.trim();
    // The template is named only when its draft is sent as it is: a rewritten reply is the author's own.
    const template = reply === draft.trim() ? card.comment.draft?.template : null;
    act(card, "reply", plan("reply", card.comment, reply, template));
  });
  return form;
}

/* Editing happens in place: the draft gives way to its text in a box, paragraphs and all. */
function toggleReply(card) {
  const form = card.querySelector(".reply");
  form.hidden = !form.hidden;
  const shown = card.querySelector(".draft");
  if (shown) shown.hidden = !form.hidden;
  card.querySelector(".edit").setAttribute("aria-expanded", String(!form.hidden));
  if (!form.hidden) form.querySelector("textarea").focus();
}

/* ---- the page: sign in, the list, the views ---- */

const BAR = ["views", "refresh", "sign-out", "sign-out-everywhere"]; // shown once signed in

function showSignIn() {
  signIn.hidden = false;
  for (const id of BAR) document.getElementById(id).hidden = true;
  signIn.querySelector("input").focus();
}

const NONE = {
  pending: "Nothing is waiting. Enjoy your day.",
  unanswered: "Every comment has an answer.",
  blocked: "Nobody is blocked.",
};

async function load(focus = false) {
  message.textContent = "Loading…";
  try {
    const items = view === "blocked" ? await loadBlocked() : await loadComments();
    signIn.hidden = true;
    for (const id of BAR) document.getElementById(id).hidden = false;
    queue.replaceChildren(...items);
    const count = `${items.length} ${view === "blocked" ? "blocked" : "comment"}${items.length === 1 ? "" : "s"}`;
    message.textContent = items.length ? count : NONE[view];
    if (focus) (queue.querySelector("h2") || message).focus();
  } catch (error) {
    if (!signIn.hidden) return void (message.textContent = "Sign in to see the comments.");
    const why = error instanceof Refused ? error.message : "Could not load the comments.";
    message.replaceChildren(`${why} `, button("Try again", load, { class: "retry" }));
  }
}

signIn.addEventListener("submit", async (event) => {
  event.preventDefault();
  const password = signIn.elements.password.value;
  message.textContent = "Signing in…";
  try {
    await request("POST", "/admin/session", { password });
    signIn.reset();
    await load(true); // the keyboard lands on the first comment, not on a hidden form
  } catch (error) {
    if (error.status === 401) message.textContent = "Wrong password: try again.";
    else if (error instanceof TypeError) message.textContent = "The network failed: try again.";
    else message.textContent = error.message; // too many tries: the server says when to come back
    signIn.hidden = false;
  }
});

document.getElementById("sign-out").addEventListener("click", async () => {
  await request("DELETE", "/admin/session", {}).catch(() => {});
  queue.replaceChildren();
  showSignIn();
  message.textContent = "Signed out.";
});

async function loadComments() {
  const query = view === "pending" ? "?status=pending" : "?unanswered=1";
  const { comments } = await request("GET", `/api/admin/comments${query}`);
  return comments.map(renderCard);
}

async function loadBlocked() {
  const { commenters } = await request("GET", "/api/admin/commenters");
  return commenters.map(renderBlocked);
}

document.getElementById("sign-out-everywhere").addEventListener("click", async () => {
  try {
    await request("DELETE", "/api/admin/sessions", {});
  } catch (error) {
    return void (message.textContent = error.message);
  }
  queue.replaceChildren();
  showSignIn();
  message.textContent = "Signed out on every device.";
});

document.getElementById("refresh").addEventListener("click", () => load());

for (const tab of document.querySelectorAll("#views button")) {
  tab.addEventListener("click", () => {
    view = tab.dataset.view;
    for (const other of document.querySelectorAll("#views button")) {
      other.setAttribute("aria-pressed", String(other === tab));
    }
    load();
  });
}
message.tabIndex = -1; // focus lands here when no card is left

const offline = document.getElementById("offline");
const showOnline = () => (offline.hidden = navigator.onLine);
window.addEventListener("online", showOnline);
window.addEventListener("offline", showOnline);
showOnline();
load();
