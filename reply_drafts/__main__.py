"""`python -m reply_drafts`: the thank-you queue (see reply_drafts.cli)."""

import sys

from reply_drafts.cli import main

sys.exit(main())
