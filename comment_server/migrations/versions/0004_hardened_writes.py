"""Harden the writes: spent form tokens, the answers of writes sent with an Idempotency-Key, the
version of a comment before an edit sent it back to the queue, and the comment a reply too deep
to nest answers.

Revision ID: 0004
Revises: 0005 (written on 0002; chained after 0005, merged first)
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create spent_form_tokens and kept_answers; add comments.before_edit and reply_to."""
    op.create_table(
        "spent_form_tokens",
        sa.Column("token", sa.String(64), primary_key=True),
        sa.Column("spent", sa.DateTime, nullable=False),
    )
    op.create_index("ix_spent_form_tokens_spent", "spent_form_tokens", ["spent"])
    op.create_table(
        "kept_answers",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("request", sa.String(64), nullable=False),
        sa.Column("status", sa.Integer, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("created", sa.DateTime, nullable=False),
    )
    op.create_index("ix_kept_answers_created", "kept_answers", ["created"])
    op.add_column("comments", sa.Column("before_edit", sa.Text, nullable=True))
    op.add_column("comments", sa.Column("reply_to", sa.Integer, nullable=True))


def downgrade() -> None:
    """Drop what upgrade added."""
    op.drop_column("comments", "reply_to")
    op.drop_column("comments", "before_edit")
    op.drop_table("kept_answers")
    op.drop_table("spent_form_tokens")
