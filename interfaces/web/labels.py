"""The pages' labels: the product's one label table (pipeline/labels.py), section titles from the rubric."""

from pipeline.labels import (  # noqa: F401
    COMPLETION_VERDICT,
    DECISION,
    RERUN_STATUS,
    REVIEW_EVENT,
    REVIEW_STATE,
    SECTION_STATUS,
    SEVERITY,
    SIGNALS,
    label,
    section_titles,
)

SECTIONS = section_titles()
