"""Keep each comment's tone: `comments.tone`, the label reply_drafts.tone reads in it, which the
export carries (version 2) so that the build never reads a comment's tone itself.

The comments already stored have none yet: the export reads each one's once, and stores it
(comment_server/store/tones.py), as it does for any comment stored without one.

Revision ID: 0006
Revises: 0003
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add comments.tone."""
    op.add_column("comments", sa.Column("tone", sa.String(16), nullable=True))


def downgrade() -> None:
    """Drop comments.tone."""
    with op.batch_alter_table("comments") as batch:
        batch.drop_column("tone")
