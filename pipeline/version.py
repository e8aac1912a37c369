"""The pipeline's version: part of every stored check and of the task cache key.

Bump it whenever reading, section finding or flagging changes what a check
would say about the same files: the next batch then re-checks everything.
"""

PIPELINE_VERSION = "7"
