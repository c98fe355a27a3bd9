"""What a fresh interpreter has imported after running a few lines: the structural guard of
start-up costs (what is loaded is a fact; how long it took is a benchmark's business)."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def modules_after(code: str, env: dict[str, str] | None = None) -> set[str]:
    """The names in ``sys.modules`` of a new Python process once ``code`` has run."""
    script = f"{code}\nimport json as _json, sys as _sys\nprint(_json.dumps(sorted(_sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **(env or {})},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    names: list[str] = json.loads(result.stdout.splitlines()[-1])
    return set(names)


def loaded(modules: set[str], package: str) -> list[str]:
    """The modules of ``package`` (itself or under it) among ``modules``."""
    return sorted(name for name in modules if name == package or name.startswith(f"{package}."))
