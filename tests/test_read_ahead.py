"""Reading a submission's files ahead (extractors.read_ahead): the same documents, the caller's context, a clean stop."""

from __future__ import annotations

import threading
from pathlib import Path

import extractors.read_ahead as read_ahead
from extractors import ReadSettings, read_file
from extractors.ocr.cache import current_ocr_cache, use_ocr_cache
from extractors.read_ahead import ReadAhead
from pipeline.check import check_submission, submission_files
from pipeline.file_names import submission_root
from pipeline.ocr_cache import LazyStoreOcrCache

SUBMISSION = Path("samples/inbox/2566/medical-dept")  # .docx, text-layer PDFs and a photo
SETTINGS = ReadSettings(ocr="off")


def test_documents_read_ahead_are_the_ones_read_file_gives_in_any_order_asked():
    files = submission_files(SUBMISSION)
    with ReadAhead(files, SETTINGS, SUBMISSION) as ahead:
        got = {f: ahead.read(f) for f in reversed(files)}
    for f in files:
        doc, seconds = got[f]
        assert doc == read_file(f, SETTINGS, root=SUBMISSION)
        assert seconds > 0
    assert {d.format for d, _ in got.values()} >= {"docx", "pdf", "image"}


def test_a_file_not_planned_is_read_when_asked():
    planned, other = submission_files(SUBMISSION)[:1], submission_files(SUBMISSION)[-1]
    with ReadAhead(planned, SETTINGS, SUBMISSION) as ahead:
        doc, _ = ahead.read(other)
    assert doc == read_file(other, SETTINGS, root=SUBMISSION)


def test_the_reading_thread_sees_the_callers_ocr_cache(tmp_path, monkeypatch):
    seen = []

    def recording_read_file(path, settings, root=None):
        seen.append(current_ocr_cache())
        return read_file(path, settings, root=root)

    monkeypatch.setattr(read_ahead, "read_file", recording_read_file)
    cache = LazyStoreOcrCache(f"sqlite:///{tmp_path / 'evidence.db'}")
    files = submission_files(SUBMISSION)[:2]
    reading = ReadAhead(files, SETTINGS, SUBMISSION)  # made before the cache is installed, as the CLI does
    with use_ocr_cache(cache), reading as ahead:
        for f in files:
            ahead.read(f)
    assert seen == [cache, cache]


def test_leaving_the_block_stops_after_the_file_being_read(monkeypatch):
    started, release = [], threading.Event()

    def gated_read_file(path, settings, root=None):
        started.append(path)
        if len(started) > 1:  # the second file is held until the caller has left the block
            release.wait(10)
        return read_file(path, settings, root=root)

    monkeypatch.setattr(read_ahead, "read_file", gated_read_file)
    files = submission_files(SUBMISSION)
    with ReadAhead(files, SETTINGS, SUBMISSION) as ahead:
        ahead.read(files[0])
        threading.Timer(0.3, release.set).start()  # lets the second file finish while the block is left
    assert len(started) == 2 < len(files)  # the file being read was finished, the rest never started


def test_a_check_with_files_read_ahead_is_the_check_without():
    settings = ReadSettings(ocr="off")
    plain = check_submission(SUBMISSION, settings=settings).to_dict()
    with ReadAhead(submission_files(SUBMISSION), settings, submission_root(SUBMISSION)) as ahead:
        ahead_result = check_submission(SUBMISSION, settings=settings, reader=ahead).to_dict()
    assert ahead_result == plain
