#!/usr/bin/env bash
# Installs missing Debian packages for a make target, or says how to:
#
#   Tests/install-packages.sh WHAT PACKAGE...
#
# With no PACKAGE there is nothing to do. As root with apt-get, installs them; otherwise prints the
# apt-get line to run and exits 1. WHAT names what needs them, for the message.
set -euo pipefail
what=$1
shift
[ $# -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing for $what: $*"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
else
    echo "error: $what needs: $* (install them with: sudo apt-get install $*)" >&2
    exit 1
fi
