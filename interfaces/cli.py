"""The `evidence` command line.  Each command is a thin call into the library.

Exit codes (every command): 0 done, 1 usage error, 2 nothing readable.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import cast

import click

from extractors import ReadSettings, read_file
from extractors.model import Document
from extractors.settings import OcrMode
from interfaces.cli_batch import register_batch_commands
from interfaces.cli_ocr import ocr_mode_option, ocr_options, ocr_reading
from interfaces.cli_review import register_review_commands
from interfaces.cli_server import server_group
from interfaces.file_lines import file_line
from pipeline.file_names import readable_name, submission_files, submission_root
from pipeline.settings import SettingsError

EXIT_OK, EXIT_USAGE, EXIT_UNREADABLE = 0, 1, 2

TEXT_SCHEMA = "evidence-text/1"


def _settings(ocr: str, ocr_workers: int | None = None) -> ReadSettings:
    """The environment's reading settings (pipeline/settings.py) with the options given on top."""
    from pipeline.settings import load_settings

    return load_settings().read_settings(ocr=cast(OcrMode, ocr), ocr_workers=ocr_workers)  # click.Choice of the modes


def _echo_err(message: str) -> None:
    click.echo(message, err=True)


_PUA = re.compile("[\ue000-\uf8ff]")


def dumps_json(data: dict) -> str:
    """Readable JSON (Thai as is) in which Private Use Area code points never appear.

    `raw_text` keeps what a legacy-font PDF really encodes (e.g. U+F70A); it is
    written as a JSON escape ("\\uf70a"), which decodes to the same string, so no
    output a person reads carries PUA glyphs.
    """
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _PUA.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def document_to_json(doc: Document) -> dict:
    """The `evidence text --format json` object: schema tag first, then the document."""
    return {"schema": TEXT_SCHEMA, **doc.to_dict()}


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli() -> None:
    """อ่านและตรวจหลักฐานตัวชี้วัด (Read and check Thai KPI evidence files)."""


@cli.command("text")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@ocr_mode_option()
@ocr_options
def text_command(
    file: Path, fmt: str, ocr: str, ocr_cache: str | None, ocr_workers: int | None, progress: bool | None
) -> None:
    """แสดงข้อความที่อ่านได้จากไฟล์ (What the product read from one file).

    Pages read by OCR are kept in the OCR cache (--ocr-cache), so reading the
    same file again, or checking it, does not OCR them again.

    \b
    Example:
      $ evidence text "samples/inbox/2566/bangrak/แบบฟอร์ม 4.pdf"
      $ evidence text form.pdf --format json | jq '.pages'
      $ evidence text scan.pdf --ocr-cache off --ocr-workers 2
    """
    with ocr_reading(ocr_cache, progress):
        doc = read_file(file, _settings(ocr, ocr_workers))
    if fmt == "json":
        click.echo(dumps_json(document_to_json(doc)))
    else:
        if doc.ok:
            click.echo(doc.text())
    for n in doc.notices:
        _echo_err(f"หมายเหตุ (note) [{n.code}]: {n.message}")
    if not doc.ok:
        assert doc.error is not None  # Document.ok means error is None
        _echo_err(f"อ่านไฟล์ไม่ได้ (cannot read) {file} [{doc.error.code}]: {doc.error.message}")
        raise SystemExit(EXIT_UNREADABLE)
    if doc.ok and not doc.text().strip() and doc.format != "image":
        _echo_err(f"ไม่พบข้อความในไฟล์ (no text found in) {file}")


@cli.command("files")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@ocr_mode_option()
@ocr_options
def files_command(
    folder: Path, fmt: str, ocr: str, ocr_cache: str | None, ocr_workers: int | None, progress: bool | None
) -> None:
    """อ่านทุกไฟล์ในโฟลเดอร์และรายงานผลรายไฟล์ (Read every file in a folder; one outcome per file).

    \b
    Example:
      $ evidence files samples/bad
    """
    settings = _settings(ocr, ocr_workers)
    paths = submission_files(folder)  # links and special files too: each gets its own outcome
    rows = []
    with ocr_reading(ocr_cache, progress):
        for path in paths:
            rows.append(_file_row(folder, path, read_file(path, settings, root=folder)))
            if fmt == "text":  # streamed: each file's outcome as soon as it is known
                click.echo(_file_line(rows[-1]))
    if fmt == "json":
        click.echo(json.dumps({"folder": str(folder), "files": rows}, ensure_ascii=False, indent=2))
    else:
        bad = sum(1 for r in rows if r["error"])
        click.echo(f"อ่านได้ {len(rows) - bad} ไฟล์, อ่านไม่ได้ {bad} ไฟล์ (read {len(rows) - bad}, unreadable {bad})")
    if rows and all(r["error"] for r in rows):
        raise SystemExit(EXIT_UNREADABLE)


def _seconds_since_start() -> float:
    """Seconds since this process started (interpreter start-up and imports so far).

    From the kernel's own clock where there is one: /proc/uptime against the process's start in
    clock ticks (/proc/self/stat), both counted from boot, to 10 ms.  psutil's create_time adds
    the boot time, which Linux gives in whole seconds: it read up to a second too long.
    """
    import os
    import time

    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            start_ticks = int(f.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as f:
            uptime = float(f.read().split()[0])
        return max(0.0, uptime - start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        import psutil

        return max(0.0, time.time() - psutil.Process().create_time())


def _echo_profile(timer) -> None:
    """The --profile table on stderr: one line per stage, then each file's reading."""
    d = timer.to_dict()
    _echo_err("เวลาแต่ละขั้นตอน (seconds per stage)")
    for name, sec in d["seconds"].items():
        _echo_err(f"  {name:24} {sec:8.3f} s")
    _echo_err(f"  {'total':24} {d['total']:8.3f} s")
    for f in d["files"]:
        _echo_err(f"    อ่าน (read) {f['path']}: {f['seconds']:.3f} s [{', '.join(f['read_by']) or '-'}]")


def _file_line(r: dict) -> str:
    return file_line(r["path"], r["format"], r["read_by"], r["characters"], r["error"], r["notices"])


def _file_row(folder: Path, path: Path, doc: Document) -> dict:
    error: dict | None = None
    if not doc.ok:
        assert doc.error is not None  # Document.ok means error is None
        error = {"code": doc.error.code, "message": doc.error.message}
    return {
        "path": readable_name(str(path.relative_to(folder))),
        "format": doc.format,
        "pages": doc.page_count,
        "read_by": doc.read_by,
        "characters": len(doc.text()),
        "error": error,
        "notices": [n.code for n in doc.notices],
    }


@cli.command("check")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option(
    "--rubric",
    "rubric_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Rubric YAML file (default: the bundled innovation rubric).",
)
@ocr_mode_option()
@click.option(
    "--fiscal-year",
    "fiscal_year",
    type=click.IntRange(2400, 2700),
    default=None,
    help="ปีงบประมาณ พ.ศ. (fiscal year, B.E.), e.g. 2566. Default: a 25xx folder in PATH, else the documents' own statement.",
)
@click.option(
    "--db",
    "db_url",
    default=None,
    help="Evidence store URL to compare with earlier submissions (novelty), e.g. sqlite:///.evidence/evidence.db.",
)
@click.option(
    "--profile",
    is_flag=True,
    help="Seconds per stage (start-up and imports, reading per file, sections, period, signals, …): "
    "a table on stderr, and `profile` in the JSON.",
)
@ocr_options
def check_command(
    path: Path,
    fmt: str,
    rubric_path: Path | None,
    ocr: str,
    fiscal_year: int | None,
    db_url: str | None,
    ocr_cache: str | None,
    ocr_workers: int | None,
    progress: bool | None,
    profile: bool,
) -> None:
    """ตรวจว่าเอกสารที่ส่งมีเนื้อหาครบ 5 หัวข้อหรือไม่ (Find the five required sections; flag gaps).

    PATH is one agency's submission folder (subfolders included) or a single file.
    Also: required forms, the evaluation period, novelty against earlier
    submissions (--db), quality signals and the pre-score.  Pages read by OCR
    are kept in the OCR cache (--ocr-cache, default the --db store, else
    .evidence/evidence.db here) and never OCR'd twice.
    Exit code 0: checked (with or without flags); 1: usage error; 2: nothing readable.

    \b
    Example:
      $ evidence check samples/inbox/2566/bangrak
      $ evidence check samples/inbox/2566/bangrak --format json | jq '.flags'
      $ evidence check my-folder --fiscal-year 2567 --db sqlite:///.evidence/evidence.db
    """
    import time

    from extractors.process.pool import POOL
    from extractors.read_ahead import ReadAhead

    POOL.prestart()  # the reading process imports while this one loads the settings
    settings = _settings(ocr, ocr_workers)
    # The files are read from here on, in a thread, while this one imports and loads the pipeline.
    # (A second reading process was measured slower: three processes starting on two cores.)
    reading = ReadAhead(submission_files(path), settings, submission_root(path))
    with ocr_reading(ocr_cache, progress, db_url), reading as ahead:
        from interfaces.report_text import render_text_report
        from pipeline.check import check_submission
        from pipeline.rubric import RubricError, load_rubric
        from pipeline.signals import load_in_background
        from pipeline.stage_timer import StageTimer

        load_in_background()  # spaCy (the concrete-figures signal) loads while the files are read

        timer = StageTimer() if profile else None
        if timer is not None:
            timer.add("start-up and imports", _seconds_since_start())

        try:
            rubric = load_rubric(rubric_path)
        except RubricError as exc:
            raise click.UsageError(str(exc)) from None
        earlier = None
        if db_url:
            from pipeline import store as st

            try:
                earlier = st.earlier_fingerprints(st.open_store(db_url), path)
            except Exception as exc:  # a bad URL or an unreachable server is the user's to fix
                raise click.UsageError(f"เปิดฐานข้อมูลไม่ได้ (cannot open the store) {db_url}: {exc}") from None
        result = check_submission(
            path, rubric, settings, fiscal_year=fiscal_year, earlier=earlier, timer=timer, reader=ahead
        ).model()
    if fmt == "json":
        started = time.perf_counter()
        data = result.json_dict()
        if timer is not None:
            timer.add("report", time.perf_counter() - started)
            data["profile"] = timer.to_dict()
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        started = time.perf_counter()
        click.echo(render_text_report(result, rubric))
        if timer is not None:
            timer.add("report", time.perf_counter() - started)
    if timer is not None:
        _echo_profile(timer)
    if result.readable_files == 0:
        _echo_err(f"ไม่มีไฟล์ที่อ่านได้ใน {path} (nothing readable)")
        raise SystemExit(EXIT_UNREADABLE)


register_batch_commands(cli)  # run, rerun, serve (interfaces/cli_batch.py)
cli.add_command(server_group)  # server start|stop|status (interfaces/cli_server.py)
register_review_commands(cli)  # review, user (interfaces/cli_review.py)


def main(argv: list[str] | None = None) -> int:
    """Console-script entry point: click's usage errors exit 1, not click's default 2."""
    try:
        cli.main(args=argv, prog_name="evidence", standalone_mode=False)
    except click.exceptions.UsageError as exc:
        exc.show()
        return EXIT_USAGE
    except SettingsError as exc:  # an EVIDENCE_* variable the product cannot use
        _echo_err(str(exc))
        return EXIT_USAGE
    except click.exceptions.Abort:
        _echo_err("ยกเลิก (aborted)")
        return EXIT_USAGE
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except SystemExit as exc:
        return int(exc.code or 0)
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
