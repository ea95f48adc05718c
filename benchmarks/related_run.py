"""Build one site with one related-posts plugin and report what its relating step cost.

Run by related_speed.py and related_quality.py with the Python of the plugin's own venv (ours: the
project's; peers: benchmarks/.peers/<name>), so it imports nothing but Pelican and the standard
library. The site is the project's pelicanconf.py with the content, output, cache and plugin list
overridden. The plugin's handler is wrapped before Pelican connects it, to time it (perf_counter)
or, in a separate run, to trace its peak memory (tracemalloc), since tracing slows Python down.

    python related_run.py VARIANT CONTENT OUTPUT CACHE MODE RESULT.json [SETTINGS_JSON]

VARIANT is plain, ours, related (pelican-related-posts) or similar (pelican-similar-posts); MODE is
time or memory; SETTINGS_JSON holds extra Pelican settings (a JSON object).
"""

from __future__ import annotations

import functools
import importlib
import json
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# plugin name for PLUGINS, module holding the handler, handler name, attribute with the links
VARIANTS = {
    "plain": None,
    "ours": ("promote_related", "promote_related.promote_related", "attach_promote_related"),
    "related": (
        "pelican.plugins.related_posts",
        "pelican.plugins.related_posts.related_posts",
        "add_related_posts",
    ),
    "similar": (
        "pelican.plugins.similar_posts",
        "pelican.plugins.similar_posts.similar_posts",
        "add_similar_posts",
    ),
}


def related_slugs(variant: str, article) -> list[str]:
    """Return the slugs an article links to as related, in order."""
    if variant == "ours":
        links = getattr(article, "promote_related", [])
        return [link.article.slug for link in links if link.kind == "post"]
    if variant == "related":
        return [other.slug for other in getattr(article, "related_posts", [])]
    if variant == "similar":
        return [other.slug for other in getattr(article, "similar_posts", [])]
    return []


def wrap_handler(variant: str, mode: str, measured: dict) -> None:
    """Replace the plugin's handler with a timed (or traced) one, before Pelican registers it."""
    if VARIANTS[variant] is None:
        return
    _, module_name, handler_name = VARIANTS[variant]
    if variant == "ours":
        sys.path.insert(0, str(ROOT / "plugins"))
    module = importlib.import_module(module_name)
    handler = getattr(module, handler_name)

    @functools.wraps(handler)
    def measured_handler(*args, **kwargs):
        if mode == "memory":
            tracemalloc.start()
        start = time.perf_counter()
        try:
            return handler(*args, **kwargs)
        finally:
            measured["relate_s"] = time.perf_counter() - start
            # child processes (pelican-similar-posts starts one): the largest one's peak resident
            # memory, shared pages it touched included (an upper bound of what it added)
            children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            measured["workers_max_rss_mb"] = children
            if mode == "memory":
                measured["relate_peak_mb"] = tracemalloc.get_traced_memory()[1] / 1e6
                tracemalloc.stop()

    setattr(module, handler_name, measured_handler)


def main() -> None:
    """Build the site and write the figures and the related slugs as JSON."""
    variant, content, output, cache, mode, result_path = sys.argv[1:7]
    extra = json.loads(sys.argv[7]) if len(sys.argv) > 7 else {}
    from pelican import Pelican, signals
    from pelican.settings import read_settings

    measured: dict = {"variant": variant, "mode": mode}
    wrap_handler(variant, mode, measured)
    plugins = [VARIANTS[variant][0]] if VARIANTS[variant] else []
    settings = read_settings(
        str(ROOT / "pelicanconf.py"),
        override={
            "PATH": content,
            "OUTPUT_PATH": output,
            "CACHE_PATH": cache,
            "PLUGINS": plugins,
            "PLUGIN_PATHS": [str(ROOT / "plugins")],
            "THEME": str(ROOT / "theme"),
            "CACHE_CONTENT": False,
            "LOAD_CONTENT_CACHE": False,
            "PROMOTE_RELATED_MAX": 5,
            **extra,
        },
    )
    kept: list = []
    signals.all_generators_finalized.connect(kept.extend, weak=False)
    start = time.perf_counter()
    Pelican(settings).run()
    measured["build_s"] = time.perf_counter() - start
    measured["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    articles = next(g.articles for g in kept if hasattr(g, "articles"))
    measured["posts"] = len(articles)
    measured["related"] = {a.slug: related_slugs(variant, a) for a in articles}
    Path(result_path).write_text(json.dumps(measured), encoding="utf-8")


if __name__ == "__main__":
    main()
