#!/usr/bin/env bash
# Set up everything the product and its tests need on a fresh Debian/Ubuntu machine:
# system packages (only those missing), uv, and the locked Python environment in .venv.
# Idempotent: a second run installs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  tesseract-ocr tesseract-ocr-tha   # OCR for scanned pages and damaged text layers
  poppler-utils                     # pdftoppm: page images (samples, review)
  fonts-thai-tlwg                   # Thai fonts LibreOffice embeds in sample PDFs
  libreoffice-writer-nogui          # converts legacy .doc; regenerates samples
  postgresql                        # throwaway server for the storage tests (scripts/test-postgres.sh)
  chromium                          # headless browser for the review app's page tests (Playwright drives it)
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing system packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

UV_VERSION=0.13.8
if ! command -v uv >/dev/null 2>&1 || [ "$(uv --version | awk '{print $2}')" != "$UV_VERSION" ]; then
  echo "setup: installing uv $UV_VERSION"
  python3 -m pip install -q "uv==$UV_VERSION"
fi

# Exactly the versions in uv.lock; fails if pyproject.toml and uv.lock disagree.
# Bytecode is compiled once here: where PYTHONDONTWRITEBYTECODE is set (as on CI) every
# run would otherwise compile the libraries' sources again (measured ~4.6 s a run, issue 16).
uv sync --frozen -q --compile-bytecode
.venv/bin/python -m compileall -q -j 0 pipeline extractors interfaces flows >/dev/null
echo "setup: ready (.venv)"
