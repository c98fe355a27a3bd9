#!/usr/bin/env bash
# Install Consultant Desk with its development tools and run the whole test suite.
#
#   bash scripts/test.sh [pytest arguments...]
#
# Works on a fresh machine and from any directory:
#   1. creates ./.venv when missing and installs the package with `pip install -e '.[dev]'`
#      (redone only when pyproject.toml changes);
#   2. installs the system tools the tests use, when one is missing and the script runs as
#      root with apt-get (Debian, Ubuntu): a PostgreSQL server, poppler-utils and qpdf to
#      inspect the PDFs, the libraries Qt loads even on the offscreen platform, and Xvfb with
#      the xcb libraries for a test run on a virtual display. Otherwise it names what is
#      missing; the tests that need it are then skipped, visibly.
#      CONSULTANT_DESK_NO_APT=1 turns the installation off;
#   3. runs pytest (QT_QPA_PLATFORM=offscreen unless set) and returns its exit status. An
#      empty run (pytest exit 5) returns 0 with a warning. With CI set, a PostgreSQL server
#      that cannot start fails the tests instead of skipping them.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

say() { printf 'test.sh: %s\n' "$*" >&2; }

# --- 1. Python environment ------------------------------------------------------------------

venv=.venv
stamp_dir="$venv/.consultant-desk"

if [[ -x "$venv/bin/python" ]] && ! "$venv/bin/python" -c '' 2>/dev/null; then
    say "$venv is broken, recreating it"
    python3 -m venv --clear "$venv"
elif [[ ! -x "$venv/bin/python" ]]; then
    say "creating $venv"
    python3 -m venv "$venv"
fi

wanted="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [[ ! -f "$stamp_dir/dev" || "$(cat "$stamp_dir/dev")" != "$wanted" ]]; then
    say "installing Consultant Desk with its development extras into $venv"
    started=$SECONDS
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e '.[dev]'
    mkdir -p "$stamp_dir"
    echo "$wanted" >"$stamp_dir/dev"
    say "pip install took $((SECONDS - started)) s"
fi

# --- 2. System tools --------------------------------------------------------------------------

# Every Debian package below comes with the probes that tell whether it is present: a command
# (looked up on PATH), a shared library soname (looked up in the ldconfig cache), or
# `pg:<program>` for a PostgreSQL server program, which Debian keeps off PATH.
packages_and_probes=(
    # Servers and PDF inspection tools.
    "postgresql pg:initdb pg:pg_ctl"
    "poppler-utils pdftoppm pdffonts pdftotext"
    "qpdf qpdf"
    # What the Qt libraries link against, even on the offscreen platform
    # (QtCore, QtGui, QtWidgets, QtPdf, QtPrintSupport, QtSvg and the offscreen plugin).
    "libglib2.0-0 libglib-2.0.so.0 libgthread-2.0.so.0"
    "libgl1 libGL.so.1"
    "libegl1 libEGL.so.1"
    "libx11-6 libX11.so.6"
    "libxkbcommon0 libxkbcommon.so.0"
    "libfontconfig1 libfontconfig.so.1"
    "libfreetype6 libfreetype.so.6"
    "libdbus-1-3 libdbus-1.so.3"
    # A virtual display, and what the xcb platform plugin needs on it.
    "xvfb Xvfb"
    "xauth xauth"
    "libx11-xcb1 libX11-xcb.so.1"
    "libxkbcommon-x11-0 libxkbcommon-x11.so.0"
    "libxcb-cursor0 libxcb-cursor.so.0"
    "libxcb-icccm4 libxcb-icccm.so.4"
    "libxcb-image0 libxcb-image.so.0"
    "libxcb-keysyms1 libxcb-keysyms.so.1"
    "libxcb-randr0 libxcb-randr.so.0"
    "libxcb-render-util0 libxcb-render-util.so.0"
    "libxcb-shape0 libxcb-shape.so.0"
    "libxcb-xkb1 libxcb-xkb.so.1"
    "libxcb-util1 libxcb-util.so.1"
    "libxcb-shm0 libxcb-shm.so.0"
    "libxcb-sync1 libxcb-sync.so.1"
    "libxcb-xfixes0 libxcb-xfixes.so.0"
    "libxcb-render0 libxcb-render.so.0"
)

ldconfig_bin="$(command -v ldconfig || echo /sbin/ldconfig)"
known_libraries="$("$ldconfig_bin" -p 2>/dev/null | awk 'NR > 1 { print $1 }' || true)"

present() {
    local probe=$1
    case "$probe" in
    pg:*)
        command -v "${probe#pg:}" >/dev/null 2>&1 && return 0
        compgen -G "/usr/lib/postgresql/*/bin/${probe#pg:}" >/dev/null
        ;;
    *.so.*)
        grep -qxF "$probe" <<<"$known_libraries"
        ;;
    *)
        command -v "$probe" >/dev/null 2>&1
        ;;
    esac
}

missing=()
for entry in "${packages_and_probes[@]}"; do
    read -r package probes <<<"$entry"
    for probe in $probes; do
        if ! present "$probe"; then
            missing+=("$package")
            break
        fi
    done
done

if ((${#missing[@]})); then
    if [[ "${CONSULTANT_DESK_NO_APT:-}" == 1 ]]; then
        say "missing system packages (CONSULTANT_DESK_NO_APT=1, not installing): ${missing[*]}"
    elif [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
        say "installing system packages: ${missing[*]}"
        started=$SECONDS
        export DEBIAN_FRONTEND=noninteractive
        # A fresh machine may be running its own upgrades: wait for the lock rather than fail.
        apt_options=(-q -o DPkg::Lock::Timeout=600)
        apt-get "${apt_options[@]}" update >/dev/null
        apt-get "${apt_options[@]}" install -y --no-install-recommends "${missing[@]}" >/dev/null
        say "apt-get took $((SECONDS - started)) s"
    else
        say "WARNING: missing system packages: ${missing[*]}"
        say "WARNING: install them (Debian: sudo apt-get install ${missing[*]});" \
            "the tests that need them will be skipped"
    fi
fi

# --- 3. Tests ---------------------------------------------------------------------------------

# In CI every tool above is installed, so a PostgreSQL server that fails to start is an error
# there rather than a skipped test (see tests/pgserver.py).
if [[ -n "${CI:-}" && "${CI}" != false ]]; then
    export CONSULTANT_DESK_TEST_REQUIRE_POSTGRES="${CONSULTANT_DESK_TEST_REQUIRE_POSTGRES:-1}"
fi
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"

status=0
"$venv/bin/python" -m pytest "$@" || status=$?
if ((status == 5)); then
    say "WARNING: pytest collected no test (exit 5); reporting success"
    status=0
fi
exit "$status"
