"""OCR once and in parallel: worker processes, the OCR cache, failures that stay with their page.

The scans are made here from the committed OCR fixture pages (tests/fixtures/ocr):
three image-only pages (a third of a page each, so Tesseract takes about a
second a page), JPEG-compressed into a PDF as a scanner writes it.  Real
Tesseract throughout, except where a test swaps the worker's job to crash,
hang or count (the pool, the cache and process clean-up are what is tested
there, not the OCR).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pikepdf
import pytest
from test_ocr import needs_tesseract, render_page, simulate_scan

from extractors import ReadSettings, read_file
from extractors.ocr import cache as cache_module
from extractors.ocr.cache import (
    DirectoryOcrCache,
    MemoryOcrCache,
    result_from_json,
    result_to_json,
    use_ocr_cache,
)
from extractors.ocr.engine import OcrLine, OcrResult
from extractors.ocr.pool import OcrProgress, report_ocr_progress
from extractors.pdf.pages import PageOcr
from pipeline import store as st
from pipeline.ocr_cache import LazyStoreOcrCache

TESTS = Path(__file__).resolve().parent
PAGES = [0, 1, 2]


def make_scan(path: Path) -> Path:
    """Three scanned pages: a clean form (top), a skewed noisy Garuda list (top), the form's middle."""
    form = render_page("form_laksaman").convert("L")
    garuda = simulate_scan(render_page("list_garuda"))
    third = form.height // 3
    pages = [
        form.crop((0, 0, form.width, third)),
        garuda.crop((0, 0, garuda.width, garuda.height // 3)),
        form.crop((0, third, form.width, 2 * third)),
    ]
    pages[0].save(path, save_all=True, append_images=pages[1:], resolution=300)
    return path


def insert_degenerate_page(scan: Path, out: Path, at: int = 1) -> Path:
    """The scan with a page 14400 x 0.01 pt inserted: it renders 60001 x 1 px, which Tesseract refuses."""
    with pikepdf.open(scan) as pdf:
        pdf.add_blank_page(page_size=(595, 842))
        page = pdf.pages[-1]
        page.MediaBox = pikepdf.Array([0, 0, 14400, 0.01])
        del pdf.pages[-1]
        pdf.pages.insert(at, page)
        pdf.save(out)
    return out


def children_alive(pid: int = os.getpid()) -> list[int]:
    """Live (not zombie) OCR processes among the descendants of `pid`: workers and Tesseract.

    Descendants, not only children: a file read by `read_file` is read in a reading process
    (`extractors.process.pool`) whose OCR workers are its own children.  Idle reading processes
    themselves, and other children of the test session such as a Prefect server started by a
    fixture, are not counted.
    """
    parent, cmdlines = {}, {}
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":\t", 1) for line in status.read_text().splitlines() if ":\t" in line)
            cmdline = (status.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if fields.get("State", "").startswith("Z"):
            continue
        parent[int(fields["Pid"])] = int(fields.get("PPid", "0").strip() or 0)
        cmdlines[int(fields["Pid"])] = cmdline

    def descends(p: int) -> bool:
        for _ in range(50):
            p = parent.get(p, 0)
            if p == pid:
                return True
            if p <= 1:
                return False
        return False

    return sorted(
        p for p, cmd in cmdlines.items() if descends(p) and ("extractors.ocr.worker" in cmd or "tesseract" in cmd)
    )


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "State:\tZ" not in state


@pytest.fixture(scope="module")
def scan_pdf(tmp_path_factory) -> Path:
    return make_scan(tmp_path_factory.mktemp("scan") / "scan.pdf")


@pytest.fixture(scope="module")
def serial(scan_pdf) -> dict[int, OcrResult]:
    """The three pages OCR'd one after another in this process (no cache)."""
    ocr = PageOcr(scan_pdf, ReadSettings(ocr_workers=1))
    try:
        return ocr.read_pages(PAGES)
    finally:
        ocr.close()


# --- jobs a worker runs instead of the real one (module level: a spawned worker imports them) ---


def fake_result(index: int) -> OcrResult:
    return OcrResult([OcrLine(f"หน้า {index + 1}", (0.0, 0.0, 10.0, 10.0), 90.0)], 90.0)


def crash_on_second_page(path: str, index: int, languages: str, dpi: int) -> OcrResult:
    if index == 1:
        os._exit(3)  # the worker dies as a segfault or the OOM killer would end it
    return fake_result(index)


def hang_in_tesseract(path: str, index: int, languages: str, dpi: int) -> OcrResult:
    """Page 0 is done at once; any other page runs a 'tesseract' (a shell script) that never ends."""
    if index == 0:
        return fake_result(index)
    from pytesseract import pytesseract as engine

    from extractors.ocr.engine import tesseract

    engine.tesseract_cmd = os.environ["FAKE_TESSERACT"]
    Path(os.environ["PID_DIR"], f"worker-{os.getpid()}").touch()
    tesseract("in.png", "out", languages, "")
    return fake_result(index)


def fake_tesseract(tmp_path: Path) -> dict[str, str]:
    pids = tmp_path / "pids"
    pids.mkdir()
    script = tmp_path / "tesseract"
    script.write_text('#!/bin/sh\ntouch "$PID_DIR/tess-$$"\nexec sleep 120\n')
    script.chmod(0o755)
    return {"FAKE_TESSERACT": str(script), "PID_DIR": str(pids)}


def wait_for(condition, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


# --- parallel = serial --------------------------------------------------------------------


@needs_tesseract
def test_parallel_ocr_gives_the_serial_results(scan_pdf, serial):
    assert all(r.error is None and r.lines for r in serial.values())
    ocr = PageOcr(scan_pdf, ReadSettings(ocr_workers=2))
    parallel = ocr.read_pages(PAGES)
    ocr.close()
    assert parallel == serial  # every line, box, confidence and table
    assert list(parallel) == PAGES
    assert ocr.stats == {"cached": 0, "ocr": 3, "failed": 0}
    assert children_alive() == []  # the pool is gone


# --- the cache ------------------------------------------------------------------------------


@needs_tesseract
def test_second_read_is_answered_by_the_cache_without_tesseract(scan_pdf, serial, monkeypatch):
    cache = MemoryOcrCache()
    settings = ReadSettings(ocr_workers=2)
    with use_ocr_cache(cache):
        first = read_file(scan_pdf, settings)
    assert [p.read_by for p in first.pages] == ["ocr"] * 3
    assert cache.misses == 3 and len(cache.entries) == 3
    keys = PageOcr(scan_pdf, settings).page_keys(PAGES)
    assert {i: result_from_json(cache.entries[keys[i]]) for i in PAGES} == serial  # stored as read

    ran: list = []
    monkeypatch.setattr("extractors.ocr.engine.tesseract", lambda *args: ran.append(args))
    monkeypatch.setattr("extractors.pdf.pages.ocr_pages", lambda *a, **k: pytest.fail("workers started"))
    progress: list[OcrProgress] = []
    with use_ocr_cache(cache), report_ocr_progress(progress.append):
        second = read_file(scan_pdf, settings)
    assert ran == []  # Tesseract never ran
    assert cache.hits == 3
    assert second.text() == first.text()
    assert second.pages == first.pages and [n.code for n in second.notices] == [n.code for n in first.notices]
    assert progress == [OcrProgress(str(scan_pdf), 3, 3, 3)]


def test_no_cache_installed_means_no_lookup(scan_pdf):
    ocr = PageOcr(scan_pdf, ReadSettings(ocr_workers=1), job=lambda p, i, lang, dpi: fake_result(i))
    assert ocr.read_pages(PAGES) == {i: fake_result(i) for i in PAGES}
    assert ocr.stats["cached"] == 0


def test_key_follows_page_content_languages_resolution_and_ocr_version(scan_pdf, tmp_path, monkeypatch):
    keys = PageOcr(scan_pdf, ReadSettings()).page_keys(PAGES)
    assert len(set(keys.values())) == 3 and all(k and len(k) == 64 for k in keys.values())
    assert PageOcr(scan_pdf, ReadSettings()).page_keys(PAGES) == keys  # stable

    # The same page in another file (copied object for object) has the same key: the key is the content.
    other = tmp_path / "other.pdf"
    with pikepdf.open(scan_pdf) as pdf, pikepdf.new() as out:
        out.pages.append(pdf.pages[2])
        out.save(other)
    assert PageOcr(other, ReadSettings()).page_keys([0])[0] == keys[2]

    dpi = PageOcr(scan_pdf, ReadSettings(ocr_dpi=200)).page_keys([0])[0]
    lang = PageOcr(scan_pdf, ReadSettings(ocr_languages="tha")).page_keys([0])[0]
    monkeypatch.setattr(cache_module, "ocr_code_version", lambda: "a changed OCR")
    version = PageOcr(scan_pdf, ReadSettings()).page_keys([0])[0]
    assert len({keys[0], dpi, lang, version}) == 4


def test_a_changed_setting_or_version_misses_the_cache(scan_pdf, monkeypatch):
    cache = MemoryOcrCache()
    for i, key in PageOcr(scan_pdf, ReadSettings()).page_keys(PAGES).items():
        cache.put(key, result_to_json(fake_result(i)))
    jobs: list[int] = []

    def job(path, index, languages, dpi):
        jobs.append(index)
        return fake_result(index)

    def read(settings: ReadSettings) -> list[int]:
        jobs.clear()
        PageOcr(scan_pdf, settings, cache=cache, job=job).read_pages(PAGES)
        return list(jobs)

    assert read(ReadSettings(ocr_workers=1)) == []  # all cached
    assert read(ReadSettings(ocr_workers=1, ocr_dpi=200)) == PAGES
    assert read(ReadSettings(ocr_workers=1, ocr_languages="tha")) == PAGES
    monkeypatch.setattr(cache_module, "ocr_code_version", lambda: "a changed OCR")
    assert read(ReadSettings(ocr_workers=1)) == PAGES


def test_ocr_code_version_covers_the_ocr_modules_and_tesseract():
    root = cache_module._PACKAGE_DIR
    files = {p.relative_to(root).as_posix() for p in cache_module._ocr_source_files()}
    assert {"ocr/engine.py", "ocr/tables.py", "thai/normalise.py"} <= files
    assert "pdf/reader.py" not in files  # reading text layers does not change an OCR result
    assert "tesseract" in cache_module._engine_identity().lower()


def test_results_round_trip_through_json_and_files(tmp_path, scan_pdf):
    result = fake_result(0)
    result.angle = 1.25
    assert result_from_json(result_to_json(result)) == result
    folder = DirectoryOcrCache(tmp_path / "cache")
    key = "ab" * 32
    assert folder.get(key) is None
    folder.put(key, result_to_json(result))
    assert result_from_json(DirectoryOcrCache(tmp_path / "cache").get(key)) == result
    with pytest.raises(ValueError):
        result_to_json(OcrResult.failed("TesseractError: no"))  # failures are never cached


def test_store_cache_persists_across_store_instances(db_url, scan_pdf):
    keys = PageOcr(scan_pdf, ReadSettings()).page_keys(PAGES)
    first = st.StoreOcrCache(st.open_store(db_url))
    for i in PAGES:
        first.put(keys[i], result_to_json(fake_result(i)))
    first.put(keys[0], result_to_json(fake_result(0)))  # a second writer of the same page: no error
    assert first.count() == 3
    st.close_stores()  # a new process, as far as the store is concerned

    def no_ocr(path, index, languages, dpi):
        raise AssertionError("OCR ran on a page the store had")

    ocr = PageOcr(scan_pdf, ReadSettings(ocr_workers=1), cache=LazyStoreOcrCache(db_url), job=no_ocr)
    assert ocr.read_pages(PAGES) == {i: fake_result(i) for i in PAGES}
    assert ocr.stats == {"cached": 3, "ocr": 0, "failed": 0}


def test_unreachable_cache_store_still_reads(scan_pdf, tmp_path, caplog):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    cache = LazyStoreOcrCache(f"sqlite:///{blocked}/evidence.db")  # its folder cannot be made
    ocr = PageOcr(scan_pdf, ReadSettings(ocr_workers=1), cache=cache, job=lambda p, i, lang, dpi: fake_result(i))
    assert ocr.read_pages(PAGES) == {i: fake_result(i) for i in PAGES}
    assert "OCR cache unavailable" in caplog.text


# --- failures stay with their page, no process left behind ------------------------------------


@needs_tesseract
def test_a_failing_page_in_the_pool_fails_alone(scan_pdf, serial, tmp_path):
    bad = insert_degenerate_page(scan_pdf, tmp_path / "bad.pdf", at=1)
    ocr = PageOcr(bad, ReadSettings(ocr_workers=2))
    results = ocr.read_pages([0, 1, 2, 3])
    ocr.close()
    assert results[1].error and "TesseractError" in results[1].error and not results[1].lines
    assert [results[i] for i in (0, 2, 3)] == [serial[i] for i in PAGES]
    assert ocr.stats == {"cached": 0, "ocr": 3, "failed": 1}
    assert children_alive() == []


@needs_tesseract
def test_a_failing_page_gives_a_notice_and_the_reader_keeps_the_others(scan_pdf, serial, tmp_path):
    bad = insert_degenerate_page(scan_pdf, tmp_path / "bad.pdf", at=1)
    cache = MemoryOcrCache()  # the good pages are the scan's, object for object: their OCR is reused
    for i, key in PageOcr(scan_pdf, ReadSettings()).page_keys(PAGES).items():
        cache.put(key, result_to_json(serial[i]))
    with use_ocr_cache(cache):
        doc = read_file(bad, ReadSettings(ocr_workers=2))
    assert doc.ok and doc.page_count == 4
    by_page = {n: [b for b in doc.blocks if b.page == n] for n in range(1, 5)}
    assert by_page[2] == [] and all(by_page[n] for n in (1, 3, 4))
    assert any(n.page == 2 for n in doc.notices)
    assert not doc.pages[1].ocr_confidence  # nothing was read there
    assert cache.hits == 3 and len(cache.entries) == 3  # the failure was not cached


@needs_tesseract
def test_a_failing_page_is_flagged_unreadable(scan_pdf, serial, tmp_path):
    bad = insert_degenerate_page(scan_pdf, tmp_path / "bad.pdf", at=1)
    cache = MemoryOcrCache()
    for i, key in PageOcr(scan_pdf, ReadSettings()).page_keys(PAGES).items():
        cache.put(key, result_to_json(serial[i]))
    with use_ocr_cache(cache):
        doc = read_file(bad, ReadSettings(ocr_workers=2))
    assert doc.pages[1].read_by == "none"
    assert [n.code for n in doc.notices if n.page == 2] == ["page_unreadable"]


def test_a_crashed_worker_loses_only_its_page(scan_pdf):
    ocr = PageOcr(scan_pdf, ReadSettings(ocr_workers=2), job=crash_on_second_page)
    results = ocr.read_pages(PAGES)
    assert results[0] == fake_result(0) and results[2] == fake_result(2)
    assert results[1].error and "ended unexpectedly" in results[1].error
    assert children_alive() == []


def test_an_interrupted_read_stops_its_workers_and_their_tesseract(scan_pdf, tmp_path, monkeypatch):
    env = fake_tesseract(tmp_path)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    pids = Path(env["PID_DIR"])

    def interrupt(p: OcrProgress) -> None:
        if p.page is not None:  # page 1 is done; pages 2 and 3 hang in 'tesseract'
            assert wait_for(lambda: len(list(pids.glob("tess-*"))) == 2, 60)
            raise KeyboardInterrupt

    ocr = PageOcr(scan_pdf, ReadSettings(ocr_workers=3), job=hang_in_tesseract)
    with report_ocr_progress(interrupt), pytest.raises(KeyboardInterrupt):
        ocr.read_pages(PAGES)
    started = [int(p.name.split("-")[1]) for p in pids.iterdir()]
    assert len(started) == 4  # two workers, two 'tesseract's
    assert wait_for(lambda: not any(alive(pid) for pid in started), 10), [p for p in started if alive(p)]
    assert children_alive() == []


def test_workers_and_their_tesseract_end_when_the_reader_is_killed(scan_pdf, tmp_path):
    env = {**os.environ, **fake_tesseract(tmp_path), "PYTHONPATH": os.pathsep.join([str(TESTS.parent), str(TESTS)])}
    pids = Path(env["PID_DIR"])
    script = (
        "from pathlib import Path\n"
        "from extractors import ReadSettings\n"
        "from extractors.pdf.pages import PageOcr\n"
        "from test_ocr_parallel import hang_in_tesseract\n"
        "if __name__ == '__main__':\n"
        f"    PageOcr(Path({str(scan_pdf)!r}), ReadSettings(ocr_workers=2), job=hang_in_tesseract).read_pages([1, 2])\n"
    )
    (tmp_path / "reader.py").write_text(script)
    reader = subprocess.Popen([sys.executable, str(tmp_path / "reader.py")], env=env, cwd=tmp_path)
    try:
        assert wait_for(lambda: len(list(pids.glob("tess-*"))) == 2, 60), "workers did not start"
        reader.send_signal(signal.SIGKILL)  # no clean-up possible in the reader itself
        reader.wait()
        started = [int(p.name.split("-")[1]) for p in pids.iterdir()]
        assert len(started) == 4
        assert wait_for(lambda: not any(alive(pid) for pid in started), 15), [p for p in started if alive(p)]
    finally:
        if reader.poll() is None:
            reader.kill()


def test_an_existing_sqlite_store_is_used_without_the_store_package(sqlite_url, tmp_path):
    from pipeline.ocr_cache import DEFAULT_DB_PATH, SqliteOcrCache
    from pipeline.store.db import DEFAULT_DB_PATH as STORE_DEFAULT
    from pipeline.store.ocr_cache import OcrPage

    assert DEFAULT_DB_PATH == STORE_DEFAULT
    new = LazyStoreOcrCache(sqlite_url)  # no file yet: created and migrated by open_store
    new.put("aa" * 32, result_to_json(fake_result(0)))
    assert isinstance(new._cache, st.StoreOcrCache)

    fast = LazyStoreOcrCache(sqlite_url)  # the file and its table exist: plain sqlite3
    assert fast.get("aa" * 32) == result_to_json(fake_result(0))
    assert isinstance(fast._cache, SqliteOcrCache)
    fast.put("bb" * 32, result_to_json(fake_result(1)))
    fast.put("bb" * 32, result_to_json(fake_result(1)))  # already there: nothing happens
    with st.open_store(sqlite_url).session() as s:
        row = s.get(OcrPage, "bb" * 32)
    assert result_from_json(row.result) == fake_result(1) and row.created_at.year >= 2026


# --- the commands: text, then check, OCR each page once ---------------------------------------


@needs_tesseract
def test_text_then_check_ocr_each_page_once_with_progress_on_stderr(scan_pdf, tmp_path):
    """`evidence text` OCRs the scan (progress on stderr, JSON on stdout); `evidence check` runs no OCR.

    A spy on PATH logs every Tesseract run (and its OMP_THREAD_LIMIT), then runs the real one.
    """
    import json
    import shutil

    log = tmp_path / "tesseract-calls"
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    spy = bin_dir / "tesseract"  # logs each call, then runs the real Tesseract
    spy.write_text(
        f'#!/bin/sh\necho "OMP_THREAD_LIMIT=$OMP_THREAD_LIMIT $*" >> "{log}"\nexec {shutil.which("tesseract")} "$@"\n'
    )
    spy.chmod(0o755)
    env = {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "EVIDENCE_OCR_CACHE": f"sqlite:///{tmp_path / 'store' / 'evidence.db'}",
    }
    evidence = str(Path(sys.executable).parent / "evidence")

    def ocr_runs() -> int:
        calls = [c for c in (log.read_text().splitlines() if log.exists() else []) if "--psm" in c]
        assert all(c.startswith("OMP_THREAD_LIMIT=1 ") for c in calls)  # one OpenMP thread per Tesseract
        return len(calls)  # page reads, not --version / --list-langs

    text = subprocess.run(
        [evidence, "text", str(scan_pdf), "--format", "json", "--progress", "--ocr-workers", "2"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
    )
    assert text.returncode == 0, text.stderr
    assert [p["read_by"] for p in json.loads(text.stdout)["pages"]] == ["ocr"] * 3  # stdout: JSON only
    assert "OCR scan.pdf: 3/3" in text.stderr
    first = ocr_runs()
    assert first >= 3

    check = subprocess.run(
        [evidence, "check", str(scan_pdf), "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
    )
    assert check.returncode in (0, 2), check.stderr
    assert json.loads(check.stdout)["files"][0]["read_by"] == ["ocr"]
    assert ocr_runs() == first  # every page came from the cache
    assert "OCR scan.pdf" not in check.stderr  # nothing to OCR, no progress line (and stderr is no terminal)


@pytest.mark.parametrize("python", ["/nonexistent/python", "/bin/false"])
def test_pages_are_read_here_when_no_worker_can_start(scan_pdf, monkeypatch, python):
    """No interpreter to start, or one that exits at once: the pages are read in this process."""
    monkeypatch.setattr(sys, "executable", python)
    ocr = PageOcr(scan_pdf, ReadSettings(ocr_workers=2), job=lambda path, i, lang, dpi: fake_result(i))
    assert ocr.read_pages(PAGES) == {i: fake_result(i) for i in PAGES}
    assert children_alive() == []
