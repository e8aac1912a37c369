"""Seconds per stage of a check, for `evidence check --profile` and the benches.

A `StageTimer` is passed down (never a global); each stage is timed with
`with timer.stage("sections"): ...` and the seconds add up per name.  Reading
is timed per file and split by how the pages were read (text layer, OCR, .doc
conversion shows as the file's read time).
"""

from __future__ import annotations

import time
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class StageTimer:
    seconds: dict[str, float] = field(default_factory=dict)
    files: list[dict] = field(default_factory=list)  # per file: path, seconds, read_by

    @contextmanager
    def stage(self, name: str):
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - started

    def add(self, name: str, seconds: float) -> None:
        self.seconds[name] = self.seconds.get(name, 0.0) + seconds

    def to_dict(self) -> dict:
        return {
            "seconds": {k: round(v, 3) for k, v in self.seconds.items()},
            "total": round(sum(self.seconds.values()), 3),
            "files": [{**f, "seconds": round(f["seconds"], 3)} for f in self.files],
        }


@contextmanager
def maybe(timer: StageTimer | None, name: str):
    """`timer.stage(name)`, or nothing when no timer was given."""
    if timer is None:
        yield
    else:
        with timer.stage(name):
            yield
