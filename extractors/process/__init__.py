"""The reading process each file is read in, under its time and memory budgets (`pool`, `worker`, pipe `frames`)."""
