"""What a benchmark's figures were measured on, for the heading of its tables."""

import os
import platform
from datetime import date
from pathlib import Path


def cpu_model(unknown: str = "unknown CPU") -> str:
    """Return the CPU's model name from /proc/cpuinfo, or *unknown* where it names none."""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return unknown


def machine_under_load() -> str:
    """Return the CPU model, cores, Python, date and load average: a server benchmark's figures
    move with what else the machine was running."""
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    return (
        f"{cpu_model()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{date.today()}, load average {load}"
    )
