#!/usr/bin/env bash
# The main job on the bundled samples: check every submission in the sample
# inbox through the Prefect flow and store the results (SQLite in .evidence/,
# the folder's local Prefect server, started here and left running for later
# runs), then show one submission's report.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.venv/bin:$PATH"
echo "== evidence server start  (this folder's Prefect server, kept for later runs; evidence server stop ends it) =="
evidence server start
echo
echo "== evidence run samples/inbox  (Prefect flow check-inbox; results in .evidence/evidence.db) =="
evidence run samples/inbox
echo
echo "== evidence check samples/inbox/2566/sso-rayong  (one submission's report) =="
evidence check samples/inbox/2566/sso-rayong
echo
echo "== evidence files samples/bad  (bad input: a clear error per file, the rest goes on) =="
evidence files samples/bad
