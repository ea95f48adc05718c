"""Keep a thread's reply links whole when an importer leaves comments out; order parents first."""

from dataclasses import replace

from comment_server.importers.records import ImportedComment, ImportedThread


def whole_thread(
    thread: str,
    title: str | None,
    comments: list[ImportedComment],
    removed: dict[str, str | None],
) -> ImportedThread:
    """Return the thread *thread* of *comments*, each reply pointed past the *removed* comments
    (see reattach_replies) and every parent before its replies."""
    return ImportedThread(
        thread=thread, title=title, comments=parents_first(reattach_replies(comments, removed))
    )


def reattach_replies(
    comments: list[ImportedComment], removed: dict[str, str | None]
) -> list[ImportedComment]:
    """Point each reply whose parent was removed (or never existed) at its nearest kept ancestor.

    *removed* maps the source id of each left-out comment (deleted at the source) to its parent's.
    This is what the server does when the author deletes a comment: its replies move up a level.
    """
    kept = {comment.source_id for comment in comments}
    parent_of: dict[str, str | None] = {}
    for comment in comments:
        parent = comment.parent_source_id
        seen: set[str] = set()
        while parent is not None and parent not in kept:
            if parent in seen or parent not in removed:
                parent = None  # a loop, or a parent that is not in the thread at all
                break
            seen.add(parent)
            parent = removed[parent]
        parent_of[comment.source_id] = parent
    _break_loops(parent_of)
    return [replace(c, parent_source_id=parent_of[c.source_id]) for c in comments]


def _break_loops(parent_of: dict[str, str | None]) -> None:
    """Cut the link that closes each loop of parents (a reply to itself, a→b→a), in place."""
    settled: set[str] = set()
    for start in parent_of:
        path: list[str] = []
        on_path: set[str] = set()
        node: str | None = start
        while node is not None and node not in settled:
            if node in on_path:
                parent_of[path[-1]] = None
                break
            path.append(node)
            on_path.add(node)
            node = parent_of.get(node)
        settled.update(on_path)


def parents_first(comments: list[ImportedComment]) -> list[ImportedComment]:
    """Return *comments* oldest first, with every parent before its replies."""
    by_id = {comment.source_id: comment for comment in comments}
    ordered: list[ImportedComment] = []
    placed: set[str] = set()
    for comment in sorted(comments, key=lambda c: c.created):
        chain: list[ImportedComment] = []  # the comment and its unplaced ancestors, newest first
        current: ImportedComment | None = comment
        while current is not None and current.source_id not in placed:
            placed.add(current.source_id)  # marked before placing, so a loop of parents stops here
            chain.append(current)
            current = by_id.get(current.parent_source_id or "")
        ordered.extend(reversed(chain))
    return ordered
