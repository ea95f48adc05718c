"""What the tests share: paths and third-party material, ports and a live comment server, real
Pelican builds of tiny sites and of the demo, the browser's helpers, and Goldstar installed as
others install it (a wheel, environments of its own, a pelican-quickstart site).

Test modules import from here, never from each other; conftest.py files hold only fixtures.
Benchmarks reuse it too (they run from the project's root).
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the project's root: pelicanconf.py, content/, theme/
