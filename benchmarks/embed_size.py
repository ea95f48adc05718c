"""The embed's weight: comments.js beside Isso's embed.min.js, and what it adds to an article page.

1. Bytes: theme/static/js/comments.js raw and gzipped, beside Isso's `isso/js/embed.min.js` measured
   in the same run (from benchmarks/.peers/isso when another benchmark installed it there, else from
   the isso wheel that `pip download` puts in benchmarks/.work/; nothing is installed).
2. Requests: a real comment server (`python -m comment_server serve`, SQLite) and a real Pelican
   build of a post with five approved comments, served over HTTP on 127.0.0.1 and opened in Debian's
   chromium at 360x740: the requests and bytes of the page without the embed (COMMENTS_API unset),
   with it before the reader scrolls, and after scrolling to #comments.

Run: .venv/bin/python benchmarks/embed_size.py   (prints the Markdown for docs/benchmarks.md)
"""

import gzip
import os
import platform
import secrets
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from datetime import date
from pathlib import Path

import httpx
from machine_facts import cpu_model

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "benchmarks" / ".work"
PEERS = ROOT / "benchmarks" / ".peers"
EMBED = ROOT / "theme" / "static" / "js" / "comments.js"
ISSO_VERSION = "0.14.0"
GOAL_GZIP = 5000  # bytes: "at most 5 KB gzipped"
COMMENTS = 5
sys.path.insert(0, str(ROOT))  # the test suite's support: its live server, static host, browser

from tests.support.api import approved_comment, reader_token  # noqa: E402
from tests.support.browser import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from tests.support.demo import serve  # noqa: E402
from tests.support.live_server import live_server  # noqa: E402


def gzipped(data: bytes, level: int = 9) -> int:
    """Return the size of *data* gzipped at *level*."""
    return len(gzip.compress(data, compresslevel=level, mtime=0))


def isso_embed() -> tuple[bytes, str]:
    """Return Isso's embed.min.js and where it came from."""
    for found in sorted(PEERS.glob("isso/lib/python*/site-packages/isso/js/embed.min.js")):
        return found.read_bytes(), f"benchmarks/.peers/isso, {_installed_isso_version(found)}"
    archive = _isso_archive()
    if archive.suffix == ".whl":
        with zipfile.ZipFile(archive) as wheel:
            return wheel.read("isso/js/embed.min.js"), f"PyPI {archive.name}"
    # Isso 0.14.0 is published as an sdist only; it carries the built embed.min.js too.
    with tarfile.open(archive) as sdist:
        member = sdist.extractfile(f"isso-{ISSO_VERSION}/isso/js/embed.min.js")
        return member.read(), f"PyPI {archive.name}"


def _isso_archive() -> Path:
    WORK.mkdir(parents=True, exist_ok=True)
    for _ in range(2):
        found = sorted(WORK.glob(f"isso-{ISSO_VERSION}*.whl")) + sorted(
            WORK.glob(f"isso-{ISSO_VERSION}.tar.gz")
        )
        if found:
            return found[0]
        download = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps"]
        subprocess.run([*download, "--dest", str(WORK), f"isso=={ISSO_VERSION}"], check=True)
    raise SystemExit(f"pip download isso=={ISSO_VERSION} left no archive in {WORK}")


def _installed_isso_version(embed: Path) -> str:
    site_packages = embed.parents[2]
    for meta in site_packages.glob("isso-*.dist-info"):
        return "isso " + meta.name.removeprefix("isso-").removesuffix(".dist-info")
    return "isso"


def seed_comments(api: str, thread: str) -> None:
    """Post COMMENTS comments on *thread* as readers do and approve them as the author."""
    with httpx.Client(base_url=api, timeout=10) as client:
        for n in range(COMMENTS):
            approved_comment(
                client,
                thread,
                author=f"Reader {n}",
                text=f"Comment {n}: thank you for *this* post, it made my day a little kinder.",
                reader=reader_token(secrets.token_hex(8)),
            )


def build(content: Path, output: Path, api: str) -> None:
    """Build *content* with the project's settings, COMMENTS_API set to *api* ("" for none)."""
    command = [sys.executable, "-m", "pelican", str(content), "-o", str(output)]
    command += ["-s", str(ROOT / "pelicanconf.py"), "-q", "-e", f'COMMENTS_API="{api}"']
    subprocess.run(command, cwd=ROOT, check=True)


def page_requests(browser, url: str) -> dict[str, tuple[int, int]]:
    """Open *url* at 360x740; return {stage: (requests, bytes)} before and after the scroll."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True)
    page = context.new_page()
    seen: list = []
    page.on("requestfinished", lambda request: seen.append(request))
    page.goto(url)
    page.wait_for_load_state("networkidle")
    before = list(seen)
    page.locator("#comments").scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    page.wait_for_load_state("networkidle")
    after = [request for request in seen if request not in before]
    stages = {"load": _weigh(before), "scroll": _weigh(after)}
    stages["scroll_urls"] = [r.url for r in after]  # type: ignore[assignment]
    context.close()
    return stages


def _weigh(requests: list) -> tuple[int, int]:
    total = 0
    for request in requests:
        sizes = request.sizes()
        total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
    return len(requests), total


def page_costs() -> dict[str, dict]:
    """Measure the article page without the embed, and with it before and after the scroll."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="embed-bench-") as tmp:
        work = Path(tmp)
        content = work / "content"
        (content / "comments").mkdir(parents=True)
        paragraphs = "\n\n".join(f"Paragraph {n}: a kind word goes a long way." for n in range(30))
        (content / "kind-words.md").write_text(
            f"Title: Kind words\nDate: 2026-01-02 10:00\nSlug: kind-words\n\n{paragraphs}\n",
            encoding="utf-8",
        )
        site = work / "site"  # each variant is built into its own folder of the one origin
        site.mkdir()
        database = f"sqlite:///{work / 'comments.sqlite3'}"
        with (
            serve(site) as origin,
            live_server(database, work / "server.log", origins=origin.rstrip("/")) as server,
        ):
            seed_comments(server.base, "kind-words")
            subprocess.run(
                [sys.executable, "-m", "comment_server", "export", str(content / "comments")],
                env=server.env,
                cwd=ROOT,
                check=True,
                capture_output=True,
            )
            results = {}
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                for name, setting in (("static", ""), ("embed", server.base)):
                    build(content, site / name, setting)
                    results[name] = page_requests(browser, f"{origin}{name}/2026/kind-words/")
                browser.close()
            return results


def machine() -> str:
    """Return the machine line: CPU model, cores, Python, date."""
    cores = os.cpu_count()
    return (
        f"{cpu_model()}, {cores} cores (nproc), Python {platform.python_version()}, {date.today()}"
    )


def main() -> int:
    """Measure and print the Markdown for docs/benchmarks.md; exit 1 when over the goal."""
    ours = EMBED.read_bytes()
    isso, source = isso_embed()
    ours_gz, isso_gz = gzipped(ours), gzipped(isso)
    costs = page_costs()
    static, embed = costs["static"], costs["embed"]
    rows = [
        ("Goldstar `comments.js`", ours),
        (f"Isso `embed.min.js` ({source})", isso),
    ]
    print(f"Machine: {machine()}\n")
    print("| file | raw bytes | gzip -9 | gzip -6 |\n| --- | ---: | ---: | ---: |")
    for name, data in rows:
        print(f"| {name} | {len(data):,} | {gzipped(data):,} | {gzipped(data, 6):,} |")
    print(
        f"\nIsso / Goldstar (gzip -9): {isso_gz / ours_gz:.1f}x; goal: at most {GOAL_GZIP} bytes.\n"
    )
    print("| article page, 360x740, 5 comments | requests | bytes (bodies + headers) |")
    print("| --- | ---: | ---: |")
    stages = [
        ("without the embed (COMMENTS_API unset), at load", static["load"]),
        ("with the embed, at load", embed["load"]),
        ("with the embed, added by scrolling to #comments", embed["scroll"]),
    ]
    for name, (count, size) in stages:
        print(f"| {name} | {count} | {size:,} |")
    print("\nAdded by the scroll:", ", ".join(embed["scroll_urls"]))
    return 0 if ours_gz <= GOAL_GZIP else 1


if __name__ == "__main__":
    raise SystemExit(main())
