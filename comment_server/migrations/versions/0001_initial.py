"""Create threads, comments, stars and commenters.

Revision ID: 0001
Revises:
Create Date: 2026-01-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the four tables and their indexes."""
    op.create_table(
        "threads",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("title", sa.Text, nullable=True),
        sa.Column("imported_stars", sa.Integer, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("created", sa.DateTime, nullable=False),
    )
    op.create_table(
        "comments",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("thread_id", sa.String(200), sa.ForeignKey("threads.id"), nullable=False),
        sa.Column("parent_id", sa.Integer, nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("author", sa.Text, nullable=False),
        sa.Column("website", sa.Text, nullable=True),
        sa.Column("email", sa.Text, nullable=True),
        sa.Column("markdown", sa.Text, nullable=False),
        sa.Column("html", sa.Text, nullable=False),
        sa.Column("commenter", sa.String(16), nullable=False),
        sa.Column("address_hash", sa.String(32), nullable=True),
        sa.Column("created", sa.DateTime, nullable=False),
        sa.Column("edited", sa.DateTime, nullable=True),
        sa.Column("updated", sa.DateTime, nullable=False),
        sa.Column("by_author", sa.Boolean, nullable=False),
        sa.Column("gold_stars", sa.Integer, nullable=False),
        sa.Column("imported_stars", sa.Integer, nullable=False),
        sa.Column("edit_secret", sa.String(64), nullable=True),
        sa.Column("reply_template", sa.String(200), nullable=True),
        sa.Column("source_id", sa.String(200), nullable=True),
        sa.UniqueConstraint("thread_id", "source_id", name="uq_comments_thread_source"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_comments_thread_status", "comments", ["thread_id", "status"])
    op.create_index("ix_comments_status_created", "comments", ["status", "created"])
    op.create_index("ix_comments_commenter", "comments", ["commenter"])
    op.create_index("ix_comments_parent", "comments", ["parent_id"])
    op.create_table(
        "stars",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("thread_id", sa.String(200), sa.ForeignKey("threads.id"), nullable=False),
        sa.Column("comment_id", sa.Integer, nullable=False),
        sa.Column("reader", sa.String(32), nullable=False),
        sa.Column("created", sa.DateTime, nullable=False),
        sa.UniqueConstraint("thread_id", "comment_id", "reader", name="uq_stars_item_reader"),
    )
    op.create_table(
        "commenters",
        sa.Column("key", sa.String(16), primary_key=True),
        sa.Column("trusted", sa.Boolean, nullable=False),
        sa.Column("blocked", sa.Boolean, nullable=False),
        sa.Column("approved_count", sa.Integer, nullable=False),
        sa.Column("created", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    """Drop the four tables."""
    op.drop_table("commenters")
    op.drop_table("stars")
    op.drop_table("comments")
    op.drop_table("threads")
