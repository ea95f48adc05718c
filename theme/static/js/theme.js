// The dark-mode toggle. Without this script the page follows prefers-color-scheme; with it, the
// button overrides that choice and remembers it in localStorage (html[data-theme="dark"|"light"]).
const KEY = "goldstar-theme";
const root = document.documentElement;
const systemDark = window.matchMedia("(prefers-color-scheme: dark)");

function remembered() {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null; // storage blocked: follow the system
  }
}

function isDark() {
  const chosen = root.dataset.theme;
  return chosen ? chosen === "dark" : systemDark.matches;
}

function choose(theme) {
  root.dataset.theme = theme;
  try {
    localStorage.setItem(KEY, theme);
  } catch {
    // storage blocked: the choice lasts for this page only
  }
}

const saved = remembered();
if (saved === "dark" || saved === "light") root.dataset.theme = saved;

const button = document.querySelector(".theme-toggle");
if (button) {
  const sync = () => button.setAttribute("aria-pressed", String(isDark()));
  button.addEventListener("click", () => {
    choose(isDark() ? "light" : "dark");
    sync();
  });
  systemDark.addEventListener("change", sync);
  sync();
  button.hidden = false;
}

// Code blocks, tables and equations scroll sideways on small screens: let keyboard users reach
// the ones that do.
function focusScrollingCode() {
  for (const pre of document.querySelectorAll('pre, .scroll-box, math[display="block"]')) {
    if (pre.scrollWidth > pre.clientWidth) pre.tabIndex = 0;
    else pre.removeAttribute("tabindex");
  }
}

focusScrollingCode();
window.addEventListener("resize", focusScrollingCode);

// A video facade (plugins/embeds) the CSP lets play in place: the player loads on the reader's tap.
for (const link of document.querySelectorAll("a.video-facade-link[data-embed]")) {
  link.addEventListener("click", (event) => {
    event.preventDefault();
    const frame = document.createElement("iframe");
    frame.className = "video-frame";
    frame.src = link.dataset.embed;
    frame.title = link.dataset.title;
    frame.allow = "autoplay; encrypted-media; fullscreen; picture-in-picture";
    frame.allowFullscreen = true;
    link.replaceWith(frame);
    frame.focus();
  });
}
