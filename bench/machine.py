"""What machine a benchmark ran on, and what a measured block cost it (wall, CPU, peak memory), for the
figures in docs/benchmarks.md."""

from __future__ import annotations

import datetime as _dt
import gc
import os
import platform
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import scipy


def cpu_model() -> str:
    """The CPU's model name from /proc/cpuinfo (Linux), else what the platform module knows."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown"


def cores() -> int:
    """Cores this process may use (the affinity mask where the OS has one)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def machine() -> str:
    """CPU, cores, memory, library versions, the engine's commit and the load, in one line."""
    cpu, usable = cpu_model(), cores()
    mem = ""
    try:
        kb = int(next(x for x in Path("/proc/meminfo").read_text().splitlines() if x.startswith("MemTotal")).split()[1])
        mem = f", {kb / 2**20:.0f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    try:
        head = subprocess.run(["git", "-C", str(Path(__file__).resolve().parent.parent), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        head = "?"
    return (f"{cpu}, nproc {usable}{mem}; Python {platform.python_version()}, numpy {np.__version__},"
            f" scipy {scipy.__version__}; engine at commit {head or '?'};"
            f" load average at start {load} ({_dt.date.today().isoformat()})")


def _status_kb(key: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def _reset_peak() -> bool:
    """Reset the process's peak RSS (Linux ≥ 4.0); False where that is not possible."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


@contextmanager
def measured():
    """Yields a dict filled on exit with wall, cpu (process, all threads), peak_mb and above_mb
    (peak resident memory of the process during the block, and its rise above the start)."""
    gc.collect()
    ok = _reset_peak()
    rss0 = _status_kb("VmRSS") or 0
    out: dict = {}
    c0, t0 = time.process_time(), time.perf_counter()
    try:
        yield out
    finally:
        out["wall"] = time.perf_counter() - t0
        out["cpu"] = time.process_time() - c0
        peak = _status_kb("VmHWM") if ok else None
        if peak is None:
            import resource
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        out["peak_mb"] = peak / 1024
        out["above_mb"] = max(peak - rss0, 0) / 1024 if ok else float("nan")
