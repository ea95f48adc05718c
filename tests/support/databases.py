"""The test databases: the local PostgreSQL server's admin URL (a database per session is made
from it; GOLDSTAR_TEST_POSTGRES names another server)."""

import os

POSTGRES_ADMIN_URL = os.environ.get(
    "GOLDSTAR_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
