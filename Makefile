# The two commands README.md promises. Both set up first (idempotent).
.PHONY: setup demo test bench

setup:
	bash scripts/setup.sh

# Run the main job on the bundled samples.
demo: setup
	bash scripts/demo.sh

# The whole test suite (what .ci/run calls).
test: setup
	.venv/bin/python -m pytest -q

bench: setup
	.venv/bin/python bench/extract_speed.py
