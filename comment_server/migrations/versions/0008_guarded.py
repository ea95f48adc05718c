"""Keep whether a comment holds words a reader at risk may write: `comments.guarded`.

The tone reader calls such a comment by another label ("I'm so done with life lol. Great recipe
though." reads as praise) and marks it guarded (reply_drafts.tone.Tone.guarded): the drafts
neither star nor quote it, and the export carries it (version 3) so that the build hangs no
badge beside it. The comments already stored have none yet (None): the export reads each one's
once, with its tone, and stores it (comment_server/store/tones.py).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add comments.guarded, unknown (None) for every comment already stored."""
    op.add_column("comments", sa.Column("guarded", sa.Boolean, nullable=True))


def downgrade() -> None:
    """Drop comments.guarded."""
    with op.batch_alter_table("comments") as batch:
        batch.drop_column("guarded")
