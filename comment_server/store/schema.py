"""The tables as SQLAlchemy Core metadata (comment_server/migrations creates them).

Times are naive UTC datetimes to the second. A star on the post itself has comment_id 0, so that the
unique constraint (one star per reader per item) holds on SQLite and PostgreSQL alike (NULLs never
collide in a unique index).
"""

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    true,
)

STATUSES = ("pending", "approved", "rejected", "spam")

metadata = MetaData()

threads = Table(
    "threads",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("title", Text, nullable=True),
    Column("imported_stars", Integer, nullable=False, default=0),
    # Bumped in the transaction of every write that touches the thread: the read cache's validator.
    Column("version", Integer, nullable=False, default=0),
    Column("created", DateTime, nullable=False),
)

comments = Table(
    "comments",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("thread_id", String(200), ForeignKey("threads.id"), nullable=False),
    Column("parent_id", Integer, nullable=True),
    Column("status", String(16), nullable=False),
    Column("author", Text, nullable=False),
    Column("website", Text, nullable=True),
    Column("email", Text, nullable=True),
    Column("markdown", Text, nullable=False),
    Column("html", Text, nullable=False),
    Column("commenter", String(16), nullable=False),
    Column("address_hash", String(32), nullable=True),
    Column("created", DateTime, nullable=False),
    Column("edited", DateTime, nullable=True),
    Column("updated", DateTime, nullable=False),
    Column("by_author", Boolean, nullable=False, default=False),
    Column("gold_stars", Integer, nullable=False, default=0),
    Column("imported_stars", Integer, nullable=False, default=0),
    Column("edit_secret", String(64), nullable=True),
    Column("reply_template", String(200), nullable=True),
    Column("source_id", String(200), nullable=True),
    # JSON {"text", "author", "website"}: the approved version an edit sent back to the queue.
    Column("before_edit", Text, nullable=True),
    # The comment a reply answers when it hangs from an ancestor instead (too deep to nest).
    Column("reply_to", Integer, nullable=True),
    # The keyed hash of the reader token that posted it (None: imported, or the author's reply).
    Column("reader", String(32), nullable=True),
    # The commenter key of the email it gives, when it came from a browser never seen with that
    # email and was kept apart under a key of its own (store/identity.py).
    Column("claimed_commenter", String(16), nullable=True),
    # What reply_drafts.tone reads in it (comment_contract.TONES): the server's reading at the door
    # (moderation on), an export's (imported), else the export's own, once (store/tones.py). The
    # export carries it, so the build never reads a comment's tone itself. None: not read yet.
    Column("tone", String(16), nullable=True),
    # Whether it holds words a reader at risk may write, though its tone is another
    # (reply_drafts.tone.Tone.guarded): read with its tone, and exported with it (version 3), so the
    # build hangs no badge beside it. None: not read yet.
    Column("guarded", Boolean, nullable=True),
    # Whether it waits for the author's thank-you (until they reply): false for an imported
    # comment of another system written long before the import (store/importing.py).
    Column("thanks_due", Boolean, nullable=False, default=True, server_default=true()),
    UniqueConstraint("thread_id", "source_id", name="uq_comments_thread_source"),
    Index("ix_comments_thread_status", "thread_id", "status"),
    Index("ix_comments_status_created", "status", "created"),
    Index("ix_comments_commenter", "commenter"),
    Index("ix_comments_parent", "parent_id"),
    sqlite_autoincrement=True,  # never reuse the id of a deleted comment: it names an anchor
)

stars = Table(
    "stars",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("thread_id", String(200), ForeignKey("threads.id"), nullable=False),
    Column("comment_id", Integer, nullable=False),
    Column("reader", String(32), nullable=False),
    Column("created", DateTime, nullable=False),
    UniqueConstraint("thread_id", "comment_id", "reader", name="uq_stars_item_reader"),
)

commenters = Table(
    "commenters",
    metadata,
    Column("key", String(16), primary_key=True),
    Column("trusted", Boolean, nullable=False, default=False),
    Column("blocked", Boolean, nullable=False, default=False),
    Column("approved_count", Integer, nullable=False, default=0),
    Column("created", DateTime, nullable=False),
    # When the commenter confirmed an email address of theirs (double opt-in of reply mail): a
    # fact of trust that carries across browsers. Null: never.
    Column("verified", DateTime, nullable=True),
)

# Which readers (browsers, by the keyed hash of their token) have commented as which commenter.
commenter_readers = Table(
    "commenter_readers",
    metadata,
    Column("commenter", String(16), primary_key=True),
    Column("reader", String(32), primary_key=True),
    Column("created", DateTime, nullable=False),
    Index("ix_commenter_readers_reader", "reader"),
)

# Signed-in inboxes: the cookie names a row by its id's SHA-256; signing out deletes the row.
admin_sessions = Table(
    "admin_sessions",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("created", DateTime, nullable=False),
    Column("expires", DateTime, nullable=False),
)

# The blog's latest build facts (reply_drafts.site_facts): one row, id 1, replaced whole.
site_facts = Table(
    "site_facts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("document", Text, nullable=False),
    Column("updated", DateTime, nullable=False),
)

# The form tokens comments were sent with (a SHA-256 each): one token, one comment. Rows older than
# a token's life (tokens.FORM_MAX_AGE) are deleted as new ones come.
spent_form_tokens = Table(
    "spent_form_tokens",
    metadata,
    Column("token", String(64), primary_key=True),
    Column("spent", DateTime, nullable=False, index=True),
)

# The first answer of each write sent with an Idempotency-Key, written in the write's transaction:
# `key` is a keyed hash of the endpoint, the reader and the header; `request` a hash of the body.
kept_answers = Table(
    "kept_answers",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("request", String(64), nullable=False),
    Column("status", Integer, nullable=False),
    Column("body", Text, nullable=False),
    Column("created", DateTime, nullable=False, index=True),
)

# Reply notifications (comment_server/mail, migration 0003). An address row outlives its address:
# after an unsubscription or a `forget`, `email` is null and only the keyed `digest` stays, with
# `quiet_until` blocking mail to it (a confirmation asked for again) for a while.
mail_addresses = Table(
    "mail_addresses",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("digest", String(64), nullable=False, unique=True),
    Column("email", Text, nullable=True),
    Column("commenter", String(16), nullable=False),
    Column("confirmed", DateTime, nullable=True),
    Column("confirm_sent", DateTime, nullable=True),
    Column("quiet_until", DateTime, nullable=True),
    Column("last_mailed", DateTime, nullable=True),
    Column("created", DateTime, nullable=False),
    sqlite_autoincrement=True,
)

# One per comment whose replies its commenter wants by mail; `anyone`: not only the author's.
mail_subscriptions = Table(
    "mail_subscriptions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("address_id", Integer, ForeignKey("mail_addresses.id"), nullable=False),
    Column("comment_id", Integer, nullable=False),
    Column("thread_id", String(200), nullable=False),
    Column("anyone", Boolean, nullable=False, default=False),
    Column("created", DateTime, nullable=False),
    UniqueConstraint("address_id", "comment_id", name="uq_mail_subscriptions_address_comment"),
    Index("ix_mail_subscriptions_comment", "comment_id"),
)

# The outbox: written in the transaction of the event (a confirmation asked for, a reply
# approved), drained by the sender (comment_server/mail/sender.py). `kind` is confirm or reply;
# `comment_id` is the reply. A row is done when `sent` (delivered, or dropped: see `error`) or
# `failed` (a permanent refusal, or too many attempts) is set.
mail_outbox = Table(
    "mail_outbox",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(16), nullable=False),
    Column("address_id", Integer, ForeignKey("mail_addresses.id"), nullable=False),
    Column("comment_id", Integer, nullable=True),
    Column("created", DateTime, nullable=False),
    Column("send_after", DateTime, nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("sent", DateTime, nullable=True),
    Column("failed", DateTime, nullable=True),
    Column("error", Text, nullable=True),
    UniqueConstraint("kind", "address_id", "comment_id", name="uq_mail_outbox_event"),
    Index("ix_mail_outbox_due", "sent", "failed", "send_after"),
    sqlite_autoincrement=True,
)
