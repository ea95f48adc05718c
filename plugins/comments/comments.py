"""Bake the comment server's export into each post: threaded comments, stars, anchors.

Signals:
    article_generator_init -- hints the system to start reading the export files (posix_fadvise),
        so a cold build does not wait on the disk for them later.
    article_generator_finalized -- every article (drafts, hidden posts and translations too) exists
        by then, so each thread can be matched to its posts and a thread with no post reported;
        and a post that tells of a hard time without a `Support:` of its own is marked as one
        (hard_days.py), before any plugin or template reads it.
    initialized -- puts static/ (js/comments.js, css/comments.css) first in THEME_STATIC_PATHS,
        so they reach the output whatever the theme (a theme's own files of those names win).
    generator_init -- adds templates/ (goldstar/comments.html) after the theme's own templates;
        gives them goldstar_words (the partial's words and the embed's in the page's language);
        keeps the compiled templates in CACHE_PATH (goldstar_support/compiled_templates.py).
    comments_export_changed (bake/, not Pelican's) -- the bake step asks for the threads again
        after the export changed: only the files it names (`files`) are read again, or with
        None every file changed since the last read; returns the posts given other comments.

Settings:
    COMMENTS_PATH (str, "comments") -- the export folder, under PATH: one `<thread>.json` each.
    COMMENTS_MAX_DEPTH (int, 3) -- levels of replies nested under a top-level comment; deeper
        replies are listed flat at the last level, with `in_reply_to` naming the one they answer
        (the export's `reply_to` when it gives one, else the parent).
    COMMENTS_API (str, "") -- read by the theme only: the comment server's address for the embed.
    CACHE_CONTENT, LOAD_CONTENT_CACHE, CACHE_PATH, CHECK_MODIFIED_METHOD (Pelican's) -- when on, a
        read thread is kept in CACHE_PATH/comments_threads and reused while its file is unchanged.
        Within one process (`invoke regenerate`), the generator also keeps what it read, by file.

Attributes added to every article (docs/contracts.md):
    comments_id: str -- the thread id: the `comments_id` metadata, else the slug.
    comments: list[Comment] -- the top-level comments, oldest first; each has the export's fields
        plus `replies` (a list of Comment; the empty tuple when there are none), `anchor: str`
        ("comment-17"), `date: datetime | None` (in TIMEZONE), `locale_date: Markup`
        (DEFAULT_DATE_FORMAT, escaped for HTML once a day), `reply_to: int | None` (the export's),
        `in_reply_to: Comment | None` (the comment it answers, when the page shows it elsewhere
        than right above it: a too-deep reply, or one the server hung from an ancestor),
        `tone: str | None` (the export's: the label the server read in it; None in an export of
        version 1, which the build warns about once), and `badges` (empty), `award` (None) and
        `tone_read` (None) for plugins/gold_stars to fill.
    comment_count: int -- every approved comment of the thread, replies included.
    star_count: int -- the post's own stars.
    comments_since: str | None -- the latest `updated` time of the thread's comments.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from blinker import signal
from pelican import signals
from pelican.cache import FileStampDataCacher
from pelican.generators import ArticlesGenerator

from comment_contract import MAX_REPLY_DEPTH
from goldstar_support.articles import all_articles
from goldstar_support.compiled_templates import keep_compiled_templates
from goldstar_support.dates import localize_content_dates
from goldstar_support.settings import warn_default
from goldstar_support.theme_words import add_theme_words

from .export_reader import LocalDates, Thread, read_export
from .hard_days import mark_hard_days
from .theme_files import add_static_files, add_templates

logger = logging.getLogger(__name__)

DEFAULTS = {"COMMENTS_PATH": "comments", "COMMENTS_MAX_DEPTH": MAX_REPLY_DEPTH}
CACHE_NAME = "comments_threads"
# The shape of a cached thread: change it with the Comment class, so an old cache is read again.
# 3: Comment.reply_to; 4: Comment.tone; 5: the export's tone, Thread.version; 6: Comment.guarded
CACHE_FORMAT = 6
# What the articles generator has read, by file: {name: (((mtime_ns, size), params), ReadResult)}.
READ_FILES = "comments_read_files"
# Sent by the bake step (bake/) with the articles generator when only the export changed.
EXPORT_CHANGED = signal("comments_export_changed")


@dataclass(frozen=True)
class CommentsSettings:
    """The plugin's settings, checked."""

    folder: Path
    max_depth: int


def read_settings(settings: dict) -> CommentsSettings:
    """Return the plugin's settings from Pelican's, warning about (and replacing) bad values."""
    path = settings.get("COMMENTS_PATH", DEFAULTS["COMMENTS_PATH"])
    if not isinstance(path, str) or not path:
        _warn_default("COMMENTS_PATH", path, "a folder name under PATH")
        path = DEFAULTS["COMMENTS_PATH"]
    depth = settings.get("COMMENTS_MAX_DEPTH", DEFAULTS["COMMENTS_MAX_DEPTH"])
    if isinstance(depth, bool) or not isinstance(depth, int) or depth < 1:
        _warn_default("COMMENTS_MAX_DEPTH", depth, "a whole number of at least 1")
        depth = DEFAULTS["COMMENTS_MAX_DEPTH"]
    return CommentsSettings(folder=Path(settings["PATH"]) / path, max_depth=depth)


def _warn_default(key: str, value: object, expected: str) -> None:
    warn_default(logger, "comments", key, value, expected, DEFAULTS[key])


def attach_comments(generator: ArticlesGenerator) -> None:
    """Read every export file and attach each thread to the posts whose thread id matches."""
    config = read_settings(generator.settings)
    # Kept on the generator, not in the module: a new build starts with a new generator.
    read_files = generator.__dict__.setdefault(READ_FILES, {})
    threads = read_threads(config, generator.settings, read_files)
    claimed: set[str] = set()
    for article in all_articles(generator):
        thread_id = thread_id_of(article)
        attach(article, thread_id, threads.get(thread_id))
        if thread_id in threads:
            claimed.add(thread_id)
    _warn_unclaimed(threads, claimed)


def attach_changed_threads(generator: ArticlesGenerator, files=None) -> list | None:
    """Read again the export files *files* changed (every file changed since the last read when
    None) and attach their threads; return the posts given other comments (None: any post)."""
    if files is None:
        attach_comments(generator)
        return None
    config = read_settings(generator.settings)
    read_files = generator.__dict__.setdefault(READ_FILES, {})
    folder = config.folder.resolve()
    names = [Path(path).name for path in files if Path(path).resolve().parent == folder]
    changed, threads = reread_threads(config, generator.settings, read_files, names)
    posts = [article for article in all_articles(generator) if thread_id_of(article) in changed]
    for article in posts:
        attach(article, thread_id_of(article), threads.get(thread_id_of(article)))
    _warn_unclaimed(threads, {thread_id_of(article) for article in posts})
    return posts


def attach(article, thread_id: str, thread: Thread | None) -> None:
    """Give *article* the comments, counts and stars of *thread* (none when it is None)."""
    article.comments_id = thread_id
    article.comments = thread.comments if thread else []
    article.comment_count = thread.count if thread else 0
    article.star_count = thread.stars if thread else 0
    article.comments_since = thread.since if thread else None


def _warn_unclaimed(threads: dict[str, Thread], claimed: set[str]) -> None:
    """Report each thread of *threads* that no post claims."""
    for thread_id in sorted(threads.keys() - claimed):
        _warn(
            threads[thread_id].source,
            f"thread {thread_id!r} matches no post; if the post was renamed, set "
            f"`comments_id: {thread_id}` in its metadata (or delete the file)",
        )


def thread_id_of(article) -> str:
    """Return the thread id of *article*: its `comments_id` metadata, else its slug."""
    return str(article.metadata.get("comments_id") or article.slug)


def read_threads(
    config: CommentsSettings, settings: dict, read_files: dict | None = None
) -> dict[str, Thread]:
    """Read every `*.json` export of the comments folder into threads by id; report problems.

    *read_files* holds what an earlier call read, by file: a file whose stamp is unchanged is not
    read again, and every file read is added to it.
    """
    read_files = {} if read_files is None else read_files
    if not config.folder.is_dir():
        logger.debug("comments: no folder %s; every post starts with no comments", config.folder)
        return {}
    # Pelican's cache serves a build's first read; a later one (the bake) misses changed files only.
    cache = None if read_files else _open_cache(settings)
    reader = _Reader(config, settings, read_files, cache)
    read = [reader.read(entry.name, _stamp(entry)) for entry in _export_entries(config.folder)]
    if cache:
        cache.save_cache()
    threads = [thread for thread in read if thread is not None]
    _warn_toneless(config.folder, threads)
    return one_per_thread(threads)


def _warn_toneless(folder: Path, threads: list[Thread]) -> None:
    """Say once, naming *folder*, that some of its files are exports of version 1: they carry no
    comment's tone, so gold_stars reads the room only for the gold-starred comments."""
    old = sum(thread.version == 1 for thread in threads)
    if not old:
        return
    logger.warning(
        "comments: %s: %d of its %d export files are of version 1, which carries no comment's "
        "tone: badges and gold stars read the room only for gold-starred comments, as before "
        "(an insult or a reader's loss with no gold star can still earn a badge); export again "
        "with this version's comment server (`python -m comment_server export %s`) to give "
        "every comment its tone",
        _display(folder),
        old,
        len(threads),
        _display(folder),
    )


def reread_threads(
    config: CommentsSettings, settings: dict, read_files: dict, names: Iterable[str]
) -> tuple[dict[str, Thread], set[str]]:
    """Read again the export files *names* (a file gone is forgotten), keeping *read_files* up to
    date; return the ids of the threads those files held or hold, and those threads by id (each
    from the file that wins it among every file read)."""
    reader = _Reader(config, settings, read_files, None)
    changed: set[str] = set()
    for name in sorted(set(names)):
        if not name.endswith(".json") or name.startswith("."):
            continue
        kept = read_files.pop(name, None)
        if kept is not None and kept[1].thread is not None:
            changed.add(kept[1].thread.thread)
        stamp = _path_stamp(config.folder / name)
        thread = reader.read(name, stamp) if stamp is not None else None
        if thread is not None:
            changed.add(thread.thread)
    claiming = [
        result.thread
        for _, result in read_files.values()
        if result.thread is not None and result.thread.thread in changed
    ]
    return changed, one_per_thread(claiming)


class _Reader:
    """Reads export files into *read_files*, reusing what is kept there (or in Pelican's cache)
    while a file's stamp is unchanged; reports each file's problems."""

    def __init__(self, config: CommentsSettings, settings: dict, read_files: dict, cache) -> None:
        self.config = config
        self.read_files = read_files
        self.cache = cache
        zone = ZoneInfo(settings["TIMEZONE"]) if settings.get("TIMEZONE") else None
        date_format = settings.get("DEFAULT_DATE_FORMAT", "%a %d %B %Y")
        self.dates = LocalDates(zone, date_format)
        self.names: dict[str, str] = {}
        # A cached thread is reused only if it was read by this version with the same settings.
        self.params = (CACHE_FORMAT, config.max_depth, settings.get("TIMEZONE"), date_format)

    def read(self, name: str, stamp: tuple[int, int] | None) -> Thread | None:
        """Return the thread of the file *name* (None when unusable), reading it if it changed."""
        path = self.config.folder / name
        kept = self.read_files.get(name)
        if kept is not None and stamp is not None and kept[0] == (stamp, self.params):
            result = kept[1]
        else:
            cached = self.cache.get_cached_data(str(path)) if self.cache else None
            if cached is not None and cached[0] == self.params:
                result = cached[1]
            else:
                result = read_export(path, self.dates, self.config.max_depth, self.names)
                if self.cache:
                    self.cache.cache_data(str(path), (self.params, result))
        self.read_files[name] = ((stamp, self.params), result)
        for problem in result.problems:
            _warn(path, problem)
        return result.thread


def one_per_thread(read: list[Thread]) -> dict[str, Thread]:
    """Return the threads of *read* by id; when two files claim one thread, the file named after
    the thread wins (else the first by name) and the other is reported."""
    read.sort(key=lambda t: (t.source.stem != t.thread, t.source.name))
    threads: dict[str, Thread] = {}
    for thread in read:
        if thread.thread in threads:
            _warn(
                thread.source,
                f"thread {thread.thread!r} is already read from "
                f"{threads[thread.thread].source.name}; this file is left out (keep one)",
            )
            continue
        threads[thread.thread] = thread
    return threads


def _export_entries(folder: Path) -> list[os.DirEntry]:
    """Return the `*.json` entries of *folder* not hidden, by name (one listing, no Path per file:
    pathlib's glob took twice as long at 3,000 files, on every bake)."""
    with os.scandir(folder) as entries:
        found = [e for e in entries if e.name.endswith(".json") and not e.name.startswith(".")]
    return sorted(found, key=lambda entry: entry.name)


def _stamp(entry: os.DirEntry) -> tuple[int, int] | None:
    """Return the modification time and size of *entry*'s file, or None if it cannot be read."""
    try:
        status = entry.stat()
    except OSError:
        return None
    return status.st_mtime_ns, status.st_size


def _path_stamp(path: Path) -> tuple[int, int] | None:
    """Return the modification time and size of the file at *path*, or None if it is gone."""
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_mtime_ns, status.st_size


def _open_cache(settings: dict) -> FileStampDataCacher | None:
    """Return Pelican's file cache of read threads if CACHE_CONTENT or LOAD_CONTENT_CACHE is on."""
    caching, loading = settings.get("CACHE_CONTENT"), settings.get("LOAD_CONTENT_CACHE")
    if not (caching or loading):
        return None  # without a cache, skip even the file stamps
    return FileStampDataCacher(settings, CACHE_NAME, caching, loading)


def _warn(path: Path, problem: str) -> None:
    shown = _display(path)
    # Group per file: a file broken in many places shows its first problems, then one summary line.
    summary = f"comments: {shown}: more problems in this file; fix the ones above and build again"
    logger.warning("comments: %s: %s", shown, problem, extra={"limit_msg": summary})


def _display(path: Path) -> str:
    """Return *path* relative to the working folder when it lies inside it, else as it is."""
    absolute = path.resolve()
    try:
        return str(absolute.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def prefetch_exports(generator: ArticlesGenerator) -> None:
    """Ask the system to start reading the export files now, while Pelican reads the posts.

    Only a hint, not a read: on a cold build the files are then in memory when `read_threads`
    reads them (at 10,000 threads, a second less of waiting on the disk), and anything wrong with a
    file is still found and reported by that real read.
    """
    settings = generator.settings
    if settings.get("LOAD_CONTENT_CACHE") or not hasattr(os, "posix_fadvise"):
        return  # cached threads are not read again; Windows and macOS have no such hint
    path = settings.get("COMMENTS_PATH", DEFAULTS["COMMENTS_PATH"])
    if not isinstance(path, str) or not path:
        return  # read_settings warns about it
    try:
        entries = list(os.scandir(Path(settings["PATH"]) / path))
    except OSError:
        return  # no folder: read_threads says what it means
    for entry in entries:
        if entry.name.endswith(".json") and not entry.name.startswith("."):
            _will_need(entry.path)


def _will_need(path: str) -> None:
    """Hint that the file at *path* will be read soon; a file that cannot be opened is skipped."""
    with suppress(OSError):  # the real read reports an unreadable file
        descriptor = os.open(path, os.O_RDONLY)
        try:
            os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_WILLNEED)
        finally:
            os.close(descriptor)


def register() -> None:
    """Connect the plugin to Pelican's signals."""
    # The earliest signal that knows the settings: the hint has all the reading of posts to act.
    signals.article_generator_init.connect(prefetch_exports)
    # A post that tells of a hard time and says nothing of it is one (hard_days.py).
    signals.article_generator_finalized.connect(mark_hard_days)
    signals.article_generator_finalized.connect(attach_comments)
    # Any theme can include the partial and gets the embed's files (docs/existing-site.md).
    signals.initialized.connect(add_static_files)
    signals.generator_init.connect(add_templates)
    signals.generator_init.connect(add_theme_words)
    # A French post's dates in French, no fr_FR locale needed (goldstar_support/dates.py).
    signals.article_generator_finalized.connect(localize_content_dates)
    signals.page_generator_finalized.connect(localize_content_dates)
    signals.generator_init.connect(keep_compiled_templates)
    EXPORT_CHANGED.connect(attach_changed_threads)
