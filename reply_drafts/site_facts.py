"""Read the facts the blog's build recorded for the drafts (the thank_you plugin's facts file).

The file is optional: without it drafts still work, with the post title the comment server
kept and no related post to suggest.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

FORMAT = "goldstar-thank-you-facts"
VERSIONS = (1,)


@dataclass(frozen=True)
class ThreadFacts:
    """What the build knows about one thread's post."""

    title: str = ""
    url: str = ""
    related: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class SiteFacts:
    """The build's facts: the author's template settings and each thread's post."""

    language: str = "en"
    template_dirs: tuple[str, ...] = ()
    disabled: frozenset = frozenset()
    threads: dict = field(default_factory=dict)
    problem: str = ""

    def thread(self, thread: str) -> ThreadFacts:
        """Return the facts of *thread*, empty when the build did not see it."""
        return self.threads.get(thread, ThreadFacts())


def _thread(raw: object) -> ThreadFacts:
    if not isinstance(raw, dict):
        return ThreadFacts()
    related = tuple(
        (str(item["title"]), str(item["url"]))
        for item in raw.get("related") or []
        if isinstance(item, dict) and item.get("title") and item.get("url")
    )
    return ThreadFacts(str(raw.get("title") or ""), str(raw.get("url") or ""), related)


def _strings(raw: object) -> tuple[str, ...]:
    return tuple(item for item in raw if isinstance(item, str)) if isinstance(raw, list) else ()


def load_site_facts(path: str | Path) -> SiteFacts:
    """Return the facts in the file at *path*; a missing or broken file gives none and a problem."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return SiteFacts(problem=f"{path} does not exist yet; build the site (invoke build) first")
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        return SiteFacts(problem=f"{path}: {error}; build the site again to rewrite it")
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return SiteFacts(problem=f"{path} is not a thank_you facts file; build the site again")
    if data.get("version") not in VERSIONS:
        return SiteFacts(
            problem=f"{path}: unknown version {data.get('version')!r}; update Goldstar"
        )
    threads = data.get("threads") if isinstance(data.get("threads"), dict) else {}
    language = data.get("language")
    return SiteFacts(
        language=language if isinstance(language, str) and language else "en",
        template_dirs=_strings(data.get("template_dirs")),
        disabled=frozenset(_strings(data.get("disabled"))),
        threads={str(key): _thread(value) for key, value in threads.items()},
    )
