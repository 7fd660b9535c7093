#!/usr/bin/env bash
# Installs what the tests and reports need, only when missing: Chromium (browser tests, PDF), PostgreSQL (database tests),
# OpenBLAS (fast analytics), CJK fonts (Chinese in screenshots and PDFs), poppler (PDF pages to PNG). Idempotent.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
[ -e /usr/lib/x86_64-linux-gnu/libopenblas.so.0 ] || need+=(libopenblas0-pthread)
# grep reads all of fc-list's output: with -q it would stop early, fc-list would die of SIGPIPE and pipefail would report the fonts missing.
fc-list 2>/dev/null | grep 'Noto Sans CJK' >/dev/null || need+=(fonts-noto-cjk)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -eq 0 ]; then
  echo "install-deps: everything present"
  exit 0
fi
echo "install-deps: installing ${need[*]}"
SUDO=(); [ "$(id -u)" = 0 ] || SUDO=(sudo)
"${SUDO[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "install-deps: done"
