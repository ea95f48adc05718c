"""Lighthouse on an article page: the Goldstar theme against Pelican's bundled notmyidea theme.

Builds the demo content twice in one run (same content, same settings and plugins, only the theme
differs) into benchmarks/.work/<theme>/, serves each on 127.0.0.1 with gzip like a static host, and
runs npm's lighthouse (mobile defaults: Moto G Power emulation, simulated slow 4G) on the same
article page with Debian's chromium. Prints the four category scores and the bytes transferred.

    .venv/bin/python benchmarks/lighthouse.py [--runs 3] [--page 2025/how-to-thank-a-commenter/]
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))  # the test suite's static host
from gzip_server import GzipStaticHandler  # noqa: E402

from tests.support.demo import serve  # noqa: E402

WORK = ROOT / "benchmarks" / ".work"
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
PAGE = "2025/how-to-thank-a-commenter/"
THEMES = {
    "goldstar": {},
    # notmyidea has no 404 template and no gold-stars wall: leave those two pages out for it.
    "notmyidea": {
        "DIRECT_TEMPLATES": ["index", "categories", "tags", "authors", "archives"],
        "GOLD_STARS_WALL_SAVE_AS": "",
    },
}


@dataclass
class Result:
    """One Lighthouse run of one page: category scores (0-100) and transferred bytes by kind."""

    scores: dict[str, int]
    bytes_total: int
    bytes_by_type: dict[str, int]
    requests: int
    failed_audits: list[str]
    benchmark_index: float  # Lighthouse's measure of this machine's speed at the time of the run


def build(theme: str, output: Path, origin: str) -> None:
    """Build the demo content with *theme* into *output*, links pointing at *origin*."""
    settings = {"SITE_ORIGIN": origin.rstrip("/"), "FEED_DOMAIN": origin.rstrip("/")}
    settings.update(THEMES[theme])
    command = [sys.executable, "-m", "pelican", str(ROOT / "content"), "-o", str(output)]
    if theme != "goldstar":
        command += ["-t", theme]  # a theme bundled with Pelican, by name
    command += ["-s", str(ROOT / "pelicanconf.py"), "--delete-output-directory"]
    # One -e with every KEY=VALUE: a second -e would replace the first.
    command += ["-e", *(f"{key}={json.dumps(value)}" for key, value in settings.items())]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if result.returncode:
        sys.exit(f"pelican failed to build {theme}:\n{result.stdout}{result.stderr}")


def run_lighthouse(url: str, report: Path) -> dict:
    """Run Lighthouse with its mobile defaults on *url*; return the JSON report."""
    command = [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}"]
    command += [f"--chrome-path={CHROMIUM}", f"--chrome-flags={CHROME_FLAGS}"]
    command += ["--only-categories=" + ",".join(CATEGORIES)]
    subprocess.run(command, check=True, capture_output=True, text=True, timeout=300)
    return json.loads(report.read_text(encoding="utf-8"))


def summarize(report: dict) -> Result:
    """Return the scores, bytes and the audits that cost points in one Lighthouse report."""
    scores = {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES}
    by_type: dict[str, int] = {}
    requests = report["audits"]["network-requests"]["details"]["items"]
    for item in requests:
        kind = item.get("resourceType", "Other")
        by_type[kind] = by_type.get(kind, 0) + item.get("transferSize", 0)
    failed = []
    for category in CATEGORIES:
        for ref in report["categories"][category]["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
                failed.append(f"{category}/{ref['id']}: {audit.get('displayValue', '')}")
    total = int(report["audits"]["total-byte-weight"]["numericValue"])
    speed = report["environment"]["benchmarkIndex"]
    return Result(scores, total, by_type, len(requests), failed, speed)


def measure(theme: str, page: str, runs: int) -> list[Result]:
    """Build and serve the demo with *theme*, then run Lighthouse *runs* times on *page*."""
    output = WORK / theme
    output.mkdir(parents=True, exist_ok=True)
    with serve(output, GzipStaticHandler) as origin:
        build(theme, output, origin)
        return [
            summarize(run_lighthouse(origin + page, WORK / f"{theme}-{i}.json"))
            for i in range(runs)
        ]


def median_scores(results: list[Result]) -> dict[str, float]:
    """Return each category's median score over *results*."""
    return {c: statistics.median(r.scores[c] for r in results) for c in CATEGORIES}


def report(all_results: dict[str, list[Result]], page: str) -> None:
    """Print one row per theme: median scores, then the bytes of the first run."""
    runs = [r for results in all_results.values() for r in results]
    print(f"Lighthouse {lighthouse_version()} (mobile defaults) on /{page}, {len(runs)} runs")
    speed = statistics.median(r.benchmark_index for r in runs)
    print(
        f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}, "
        f"Lighthouse benchmarkIndex {speed:.0f}"
    )
    header = f"{'theme':<10}" + "".join(f"{c:>16}" for c in CATEGORIES)
    print(header + f"{'bytes':>9}{'html+css+js':>13}{'requests':>10}")
    for theme, results in all_results.items():
        first = results[0]
        code = sum(first.bytes_by_type.get(k, 0) for k in ("Document", "Stylesheet", "Script"))
        scores = median_scores(results)
        row = f"{theme:<10}" + "".join(f"{scores[c]:>16g}" for c in CATEGORIES)
        print(row + f"{first.bytes_total:>9}{code:>13}{first.requests:>10}")
    ours, theirs = all_results["goldstar"][0], all_results["notmyidea"][0]
    print(f"bytes, goldstar / notmyidea: {ours.bytes_total / theirs.bytes_total:.2f}")
    for theme, results in all_results.items():
        lost = sorted({audit for r in results for audit in r.failed_audits})
        if lost:
            print(f"{theme} lost points on: " + "; ".join(lost))


def lighthouse_version() -> str:
    """Return the installed Lighthouse version."""
    package = ROOT / "node_modules" / "lighthouse" / "package.json"
    return json.loads(package.read_text(encoding="utf-8"))["version"]


def main() -> None:
    """Measure both themes on the same page and print the comparison."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1, help="Lighthouse runs per theme (median)")
    parser.add_argument("--page", default=PAGE, help="the article page, relative to the site root")
    args = parser.parse_args()
    results = {theme: measure(theme, args.page, args.runs) for theme in THEMES}
    report(results, args.page)


if __name__ == "__main__":
    main()
