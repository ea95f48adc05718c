"""Fixtures of the packaging tests: one wheel of this checkout, the environments it goes into."""

from pathlib import Path

import pytest

from tests.support.packaging import build_wheel, plugins_venv, server_venv


@pytest.fixture(scope="session")
def wheel(tmp_path_factory) -> Path:
    """The wheel of this checkout, built once."""
    return build_wheel(tmp_path_factory.mktemp("wheel"))


@pytest.fixture(scope="session")
def server_python(tmp_path_factory, wheel: Path) -> Path:
    """The python of a new environment with `goldstar[server]` installed from the wheel."""
    return server_venv(tmp_path_factory.mktemp("server-venv") / "venv", wheel)


@pytest.fixture(scope="session")
def plugins_python(tmp_path_factory, wheel: Path) -> Path:
    """The python of a new environment with the wheel alone (see tests.support.packaging)."""
    return plugins_venv(tmp_path_factory.mktemp("plugins-venv") / "venv", wheel)
