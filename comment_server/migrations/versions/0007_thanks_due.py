"""Keep whether a comment waits for the author's thank-you: `comments.thanks_due`.

A comment written here waits until the author replies. An import of another system's comments
(Isso, Disqus, WordPress) brings years of history that the blogger answered there, or chose not to:
those written long before the import come in not waiting (comment_server/store/importing.py), so
`invoke thanks` does not ask for replies to comments of 2013. The comments already stored wait, as
they did.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add comments.thanks_due, true for every comment already stored."""
    op.add_column(
        "comments",
        sa.Column("thanks_due", sa.Boolean, nullable=False, server_default=sa.true()),
    )


def downgrade() -> None:
    """Drop comments.thanks_due."""
    with op.batch_alter_table("comments") as batch:
        batch.drop_column("thanks_due")
