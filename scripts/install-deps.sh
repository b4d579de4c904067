#!/bin/sh
# Installs the C library cmark (and pkg-config) when they are missing.
# Debian/Ubuntu: apt-get (with sudo when not root). macOS: Homebrew.
set -eu
have_cmark() {
    command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libcmark
}
if have_cmark; then
    exit 0
fi
echo "journal: libcmark not found; installing it..." >&2
case "$(uname -s)" in
Darwin)
    if ! command -v brew >/dev/null 2>&1; then
        echo "journal: install Homebrew (https://brew.sh) or cmark and pkg-config by hand, then run make again." >&2
        exit 1
    fi
    brew install cmark pkg-config
    ;;
*)
    if command -v apt-get >/dev/null 2>&1; then
        SUDO=""
        if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libcmark-dev cmark pkg-config
    else
        echo "journal: no apt-get here; install the cmark library (libcmark-dev or cmark) and pkg-config, then run make again." >&2
        exit 1
    fi
    ;;
esac
have_cmark || { echo "journal: cmark is still not visible to pkg-config." >&2; exit 1; }
