"""Know readers by the browser, not by a typed email; keep inbox sessions server-side.

- `comments.reader` (the keyed hash of the server-issued reader token that posted it) and
  `comments.claimed_commenter` (the commenter key of the email it gives, when it was posted from a
  browser never seen with that email, so it was kept apart under a key of its own);
- `commenter_readers`: which readers (browsers) have commented as which commenter;
- `admin_sessions`: one row per signed-in inbox; signing out deletes it.

Revision ID: 0005
Revises: 0002
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the two comment columns and the two tables."""
    op.add_column("comments", sa.Column("reader", sa.String(32), nullable=True))
    op.add_column("comments", sa.Column("claimed_commenter", sa.String(16), nullable=True))
    op.create_table(
        "commenter_readers",
        sa.Column("commenter", sa.String(16), primary_key=True),
        sa.Column("reader", sa.String(32), primary_key=True),
        sa.Column("created", sa.DateTime, nullable=False),
    )
    op.create_index("ix_commenter_readers_reader", "commenter_readers", ["reader"])
    op.create_table(
        "admin_sessions",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("created", sa.DateTime, nullable=False),
        sa.Column("expires", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    """Drop the two tables and the two comment columns."""
    op.drop_table("admin_sessions")
    op.drop_index("ix_commenter_readers_reader", "commenter_readers")
    op.drop_table("commenter_readers")
    with op.batch_alter_table("comments") as batch:
        batch.drop_column("claimed_commenter")
        batch.drop_column("reader")
