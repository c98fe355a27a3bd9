#!/usr/bin/env bash
# Install Consultant Desk into ./.venv (first run only) and start it.
#
#   bash scripts/run.sh [consultant-desk arguments...]
#
# Works from any directory. The installation is editable (`pip install -e .`), so source
# changes need no reinstall; it is redone only when pyproject.toml changes.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

venv=.venv
stamp_dir="$venv/.consultant-desk"

# A venv whose interpreter no longer runs (moved folder, removed Python) is rebuilt.
if [[ -x "$venv/bin/python" ]] && ! "$venv/bin/python" -c '' 2>/dev/null; then
    echo "run.sh: $venv is broken, recreating it" >&2
    python3 -m venv --clear "$venv"
elif [[ ! -x "$venv/bin/python" ]]; then
    echo "run.sh: creating $venv" >&2
    python3 -m venv "$venv"
fi

# The stamp records the pyproject.toml the venv was installed from. The development
# install (scripts/test.sh, `.[dev]`) is a superset of this one and counts too.
wanted="$(sha256sum pyproject.toml | cut -d' ' -f1)"
installed=""
for extras in base dev; do
    if [[ -f "$stamp_dir/$extras" && "$(cat "$stamp_dir/$extras")" == "$wanted" ]]; then
        installed=yes
    fi
done
if [[ -z "$installed" || ! -x "$venv/bin/consultant-desk" ]]; then
    echo "run.sh: installing Consultant Desk into $venv" >&2
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e .
    mkdir -p "$stamp_dir"
    echo "$wanted" >"$stamp_dir/base"
fi

exec "$venv/bin/consultant-desk" "$@"
