# The two commands README.md promises. Both set up first (idempotent).
.PHONY: setup demo test lint bench

setup:
	bash scripts/setup.sh

# Run the main job on the bundled samples.
demo: setup
	bash scripts/demo.sh

# The whole test suite (what .ci/run calls): the linters and the type checker first, then the tests.
test: setup lint
	.venv/bin/python -m pytest -q

lint: setup
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .
	.venv/bin/mypy

bench: setup
	.venv/bin/python bench/extract_speed.py
