"""Batch commands of the `evidence` CLI: run, rerun, serve.  Each is a thin call into the library.

Prefect is imported only inside the commands (through ``flows``, which first
sets the Prefect environment defaults), so `evidence text` stays fast.
Exit codes: 0 done, 1 usage error, 2 nothing readable.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, cast

import click

from interfaces.cli_ocr import ocr_mode_option
from interfaces.file_lines import file_line, one_line
from pipeline.labels import CHECK_REASON, label

if TYPE_CHECKING:
    from rich.progress import TaskID

    from extractors.settings import OcrMode

EXIT_UNREADABLE = 2
DASK_WARM_UP_WAIT_S = 10.0  # at the end of a run, how long a Dask warm-up still under way is waited for


def _db_url(db: str | None) -> str:
    from pipeline.store import default_db_url

    return db or default_db_url()


def _quiet_prefect() -> None:
    """Prefect's per-task INFO lines would bury the progress bar; keep warnings and errors."""
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


class _Progress:
    """A rich progress bar on stderr, shown only when stderr is a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.bar = None
        self.task: TaskID | None = None
        if enabled and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.bar = Progress(
                TextColumn("ตรวจ (checking)"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TextColumn("{task.description}"),
                console=Console(stderr=True),
                transient=True,
            )

    def __enter__(self):
        if self.bar:
            self.bar.start()
        return self

    def update(self, outcome, done: int, total: int) -> None:
        if not self.bar:
            return
        if self.task is None:
            self.task = self.bar.add_task("", total=total)
        self.bar.update(self.task, completed=done, description=getattr(outcome, "key", ""))

    def __exit__(self, *exc) -> None:
        if self.bar:
            self.bar.stop()


class _Stream:
    """Text output as things finish: a line per file read (indented), a line per submission checked.

    Files are heard through `pipeline.file_progress` (the checks run in this process's
    threads, Prefect's included; with --dask they run elsewhere and only submissions are shown).
    """

    def __init__(self, inbox: Path, enabled: bool) -> None:
        self.inbox = inbox.resolve()
        self.enabled = enabled
        self.lock = threading.Lock()

    def file(self, event) -> None:  # event: pipeline.file_progress.FileRead
        if not self.enabled:
            return
        from pipeline.file_names import readable_name

        folder = Path(event.submission).resolve()
        key = folder.relative_to(self.inbox).as_posix() if folder.is_relative_to(self.inbox) else folder.name
        error = {"code": event.error_code, "message": event.error_message} if event.error_code else None
        line = file_line(
            f"{readable_name(key)}/{event.path}", event.format, event.read_by, event.characters, error, event.notices
        )
        with self.lock:
            click.echo(f"  {line}")

    def submission(self, outcome) -> None:  # outcome: pipeline.batch.SubmissionOutcome
        if not self.enabled:
            return
        line = _outcome_line(asdict(outcome))
        if line:
            with self.lock:
                click.echo(line)


def _outcome_line(o: dict) -> str | None:
    if o["status"] in ("checked", "failed"):
        err = f" ตรวจไม่สำเร็จ (check failed): {o['error']}" if o["error"] else ""
        return (
            f"{one_line(o['key'])}\tไฟล์ (files) {o['files']}\tอ่านไม่ได้ (unreadable) {o['unreadable']}"
            f"\tข้อสังเกต (flags) {o['flags']}\tเหตุที่ตรวจ (why) {label(CHECK_REASON, o['reason'])}{err}"
        )
    if o["status"] == "busy":
        return f"{one_line(o['key'])}\tกำลังตรวจโดยงานอื่น (being checked by another run)"
    return None


def _print_summary(summary: dict, fmt: str, streamed: bool = False) -> None:
    """The run's summary; `streamed`: the submissions' lines were printed as they finished."""
    if fmt == "json":
        click.echo(json.dumps(summary, ensure_ascii=False))
        return
    for o in [] if streamed else summary.get("outcomes", []):
        line = _outcome_line(o)
        if line:
            click.echo(line)
    click.echo(
        f"ชุดเอกสาร {summary['submissions']} ชุด, ไฟล์ {summary['files']} ไฟล์: ตรวจแล้ว {summary['checked']}, "
        f"ไม่เปลี่ยนแปลง {summary['unchanged']}, ข้อผิดพลาด {summary['errors']}, ใช้เวลา {summary['seconds']:.1f} วินาที "
        f"(submissions {summary['submissions']}, files {summary['files']}: checked {summary['checked']}, "
        f"unchanged {summary['unchanged']}, errors {summary['errors']}, {summary['seconds']:.1f} s)"
    )
    click.echo(f"ฐานข้อมูล (database): {summary['db']}")


def _finish(summary: dict, fmt: str, streamed: bool = False) -> None:
    _print_summary(summary, fmt, streamed)
    if summary["readable_files"] == 0:
        click.echo("ไม่มีไฟล์ที่อ่านได้ (nothing readable)", err=True)
        raise SystemExit(EXIT_UNREADABLE)


def _check_rubric(rubric: Path | None) -> None:
    from pipeline.rubric import RubricError, load_rubric

    try:
        load_rubric(rubric)
    except RubricError as exc:
        raise click.UsageError(str(exc)) from None


_db_option = click.option(
    "--db",
    default=None,
    metavar="URL",
    help="SQLAlchemy URL: sqlite:///file.db or postgresql+psycopg://user@host/db "
    "(default: .evidence/evidence.db in the current folder).",
)
_rubric_option = click.option(
    "--rubric",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Rubric YAML file (default: the bundled innovation rubric).",
)
_format_option = click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
_ocr_option = ocr_mode_option()


@click.command("run")
@click.argument("inbox", type=click.Path(exists=True, file_okay=False, path_type=Path))
@_db_option
@_rubric_option
@_format_option
@_ocr_option
@click.option(
    "--depth",
    type=click.IntRange(min=1),
    default=None,
    help="Folder level of a submission (default: auto; a 25xx year folder adds a level).",
)
@click.option(
    "--dask",
    default=None,
    metavar="ADDRESS",
    help="Run per-submission tasks on Dask: a scheduler address, or 'local' (env EVIDENCE_DASK_ADDRESS).",
)
@click.option("--plain", is_flag=True, help="Run the plain loop without Prefect.")
def run_command(inbox: Path, db, rubric, fmt, ocr, depth, dask, plain) -> None:
    """ตรวจทุกชุดเอกสารใหม่หรือที่เปลี่ยนแปลงใน inbox แล้วบันทึกผล (Check new or changed submissions; store results).

    Each folder under INBOX is one submission (a 25xx fiscal-year folder adds a level:
    INBOX/2566/<agency>/...).  Unchanged submissions are not re-checked.

    \b
    Example:
      $ evidence run samples/inbox
      $ evidence run samples/inbox --db postgresql+psycopg://evidence@127.0.0.1/evidence --format json
    """
    _check_rubric(rubric)
    url, rubric_s = _db_url(db), str(rubric) if rubric else None
    if not plain:
        from pipeline.batch import nothing_to_do

        if nothing_to_do(inbox, url, rubric_s, depth):
            # Every stored check is current: the plain loop records the run in a second or so;
            # starting Prefect's server for it would cost most of a minute (issue 16).
            plain = True
            if fmt == "text":
                click.echo(
                    "ไม่มีชุดเอกสารใหม่หรือที่เปลี่ยนแปลง จึงไม่เริ่ม Prefect (nothing new or changed: Prefect not started)",
                    err=True,
                )
    warming = None
    if not plain:
        from pipeline.settings import load_settings

        address = dask or load_settings().dask_address
        if address:
            from interfaces.dask_warmup import warm_in_background

            warming = warm_in_background(address)  # the workers import while Prefect starts here
        else:
            from extractors.process.pool import POOL

            POOL.prestart()  # the reading process imports while Prefect's server starts
    from pipeline import file_progress

    stream = _Stream(inbox, fmt == "text")

    def on_submission(outcome, done: int, total: int) -> None:
        stream.submission(outcome)
        bar.update(outcome, done, total)

    with _Progress(fmt == "text") as bar, file_progress.listening(stream.file):
        if plain:
            from pipeline.batch import run_batch
            from pipeline.settings import load_settings

            settings = load_settings().read_settings(ocr=ocr)
            summary = run_batch(inbox, url, rubric_s, settings, depth=depth, progress=on_submission).to_dict()
        else:
            _quiet_prefect()
            from flows import progress
            from flows.check_inbox import check_inbox
            from flows.runners import make_task_runner

            progress.add_listener(on_submission)
            try:
                flow = check_inbox.with_options(task_runner=make_task_runner(dask)) if dask else check_inbox
                summary = flow(inbox=str(inbox.resolve()), db=url, rubric=rubric_s, depth=depth, ocr=ocr)
            finally:
                progress.remove_listener(on_submission)
                if warming is not None:
                    warming.join(timeout=DASK_WARM_UP_WAIT_S)  # long done on any real inbox
    _finish(summary, fmt, streamed=stream.enabled)


@click.command("rerun")
@click.argument("submission")
@_db_option
@_rubric_option
@_format_option
@_ocr_option
@click.option("--plain", is_flag=True, help="Run without Prefect.")
def rerun_command(submission: str, db, rubric, fmt, ocr, plain) -> None:
    """ตรวจชุดเอกสารหนึ่งชุดใหม่ (Re-check one submission now, by key or folder path).

    \b
    Example:
      $ evidence rerun 2566/bangrak
      $ evidence rerun samples/inbox/2566/bangrak
    """
    _check_rubric(rubric)
    url, rubric_s = _db_url(db), str(rubric) if rubric else None
    ref = str(Path(submission).resolve()) if Path(submission).exists() else submission
    from pipeline import file_progress

    stream = _Stream(Path(ref).parent if Path(ref).exists() else Path.cwd(), fmt == "text")
    try:
        with file_progress.listening(stream.file):
            summary = _recheck(ref, url, rubric_s, ocr, plain)
    except LookupError as exc:
        raise click.UsageError(str(exc.args[0] if exc.args else exc)) from None
    _finish(summary, fmt)


def _recheck(ref: str, url: str, rubric_s: str | None, ocr: str, plain: bool) -> dict:
    if plain:
        from pipeline.batch import recheck_submission
        from pipeline.settings import load_settings

        settings = load_settings().read_settings(ocr=cast("OcrMode", ocr))
        return recheck_submission(ref, url, rubric_s, settings).to_dict()
    _quiet_prefect()
    from flows.recheck import recheck_submission as recheck_flow

    return recheck_flow(submission=ref, db=url, rubric=rubric_s, ocr=ocr)


@click.command("serve")
@click.option("--cron", default="0 6 * * *", show_default=True, help="When check-inbox runs (Asia/Bangkok time).")
@_db_option
@click.option(
    "--inbox",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Default inbox of the scheduled runs (a run can pass -p inbox=...).",
)
@_rubric_option
@click.option("--dask", default=None, metavar="ADDRESS", help="Dask scheduler address or 'local'.")
def serve_command(cron, db, inbox, rubric, dask) -> None:
    """ให้บริการ flow ทั้งสองเป็น Prefect deployment (Serve both flows as Prefect deployments until stopped).

    Needs a Prefect server (PREFECT_API_URL); check-inbox runs on the cron
    schedule, and both can be started on demand:

    \b
      $ prefect deployment run 'check-inbox/scheduled' -p inbox=/data/inbox
      $ prefect deployment run 'recheck-submission/on-demand' -p submission=2566/bangrak
    """
    from flows.deployments import serve_deployments, valid_cron

    if not valid_cron(cron):
        raise click.UsageError(f"cron ไม่ถูกต้อง (invalid cron expression): {cron!r}")
    _check_rubric(rubric)
    serve_deployments(
        str(inbox.resolve()) if inbox else None, _db_url(db), cron, str(rubric.resolve()) if rubric else None, dask
    )


def register_batch_commands(cli: click.Group) -> None:
    for command in (run_command, rerun_command, serve_command):
        cli.add_command(command)
