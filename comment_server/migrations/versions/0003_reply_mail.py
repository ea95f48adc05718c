"""Reply notifications: mail addresses, subscriptions, the outbox, and a commenter's `verified`.

Revision ID: 0003
Revises: 0004 (written on 0002; chained after 0005 and 0004, merged first)
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0004"  # the order the branches were merged in: 0002, 0005, 0004, 0003
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the mail tables; add commenters.verified."""
    op.add_column("commenters", sa.Column("verified", sa.DateTime, nullable=True))
    op.create_table(
        "mail_addresses",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("digest", sa.String(64), nullable=False, unique=True),
        sa.Column("email", sa.Text, nullable=True),
        sa.Column("commenter", sa.String(16), nullable=False),
        sa.Column("confirmed", sa.DateTime, nullable=True),
        sa.Column("confirm_sent", sa.DateTime, nullable=True),
        sa.Column("quiet_until", sa.DateTime, nullable=True),
        sa.Column("last_mailed", sa.DateTime, nullable=True),
        sa.Column("created", sa.DateTime, nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "mail_subscriptions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("address_id", sa.Integer, sa.ForeignKey("mail_addresses.id"), nullable=False),
        sa.Column("comment_id", sa.Integer, nullable=False),
        sa.Column("thread_id", sa.String(200), nullable=False),
        sa.Column("anyone", sa.Boolean, nullable=False, default=False),
        sa.Column("created", sa.DateTime, nullable=False),
        sa.UniqueConstraint(
            "address_id", "comment_id", name="uq_mail_subscriptions_address_comment"
        ),
    )
    op.create_index("ix_mail_subscriptions_comment", "mail_subscriptions", ["comment_id"])
    op.create_table(
        "mail_outbox",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("address_id", sa.Integer, sa.ForeignKey("mail_addresses.id"), nullable=False),
        sa.Column("comment_id", sa.Integer, nullable=True),
        sa.Column("created", sa.DateTime, nullable=False),
        sa.Column("send_after", sa.DateTime, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False, default=0),
        sa.Column("sent", sa.DateTime, nullable=True),
        sa.Column("failed", sa.DateTime, nullable=True),
        sa.Column("error", sa.Text, nullable=True),
        sa.UniqueConstraint("kind", "address_id", "comment_id", name="uq_mail_outbox_event"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_mail_outbox_due", "mail_outbox", ["sent", "failed", "send_after"])


def downgrade() -> None:
    """Drop the mail tables and commenters.verified."""
    op.drop_table("mail_outbox")
    op.drop_table("mail_subscriptions")
    op.drop_table("mail_addresses")
    with op.batch_alter_table("commenters") as batch:
        batch.drop_column("verified")
