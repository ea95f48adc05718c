"""`python -m thanks_queue`: the thank-you queue (see thanks_queue.cli)."""

import sys

from thanks_queue.cli import main

sys.exit(main())
