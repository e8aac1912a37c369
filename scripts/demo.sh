#!/usr/bin/env bash
# The main job on the bundled samples: read every submitted file in the sample
# inbox and report one outcome per file (bad files included, none skipped).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.venv/bin:$PATH"
echo "== evidence files samples/inbox (one outcome per file) =="
evidence files samples/inbox
echo
echo "== evidence files samples/bad (bad input: a clear error each, the batch goes on) =="
evidence files samples/bad || true
