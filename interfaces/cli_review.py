"""Review commands of the `evidence` CLI: ``review`` (the web app) and ``user add|list`` (its accounts).

Exit codes: 0 done, 1 usage error.
"""

from __future__ import annotations

import ipaddress
import sys
from pathlib import Path

import click

from interfaces.cli_ocr import ocr_mode_option

LOOPBACK_HOST = "127.0.0.1"

_db_option = click.option(
    "--db", default=None, metavar="URL", help="SQLAlchemy URL (default: .evidence/evidence.db in the current folder)."
)


def _db_url(db: str | None) -> str:
    from pipeline.store import default_db_url

    return db or default_db_url()


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command("review")
@_db_option
@click.option(
    "--inbox",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="The inbox folder: only its submissions are listed and only its files can be downloaded.",
)
@click.option("--host", default=LOOPBACK_HOST, show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@ocr_mode_option(help="OCR setting of a re-run started from the page without Prefect.")
@click.option(
    "--secure-cookies",
    is_flag=True,
    help="Send the session cookie over HTTPS only (set when users reach the app through HTTPS).",
)
@click.option(
    "--behind-proxy",
    is_flag=True,
    help="Behind a reverse proxy on this machine: trust its X-Forwarded-For/-Proto from 127.0.0.1, so "
    "sign-in limits count the real client address.",
)
def review_command(db, inbox, host, port, ocr, secure_cookies, behind_proxy) -> None:
    """เปิดเว็บสำหรับทบทวนผลการตรวจ (Start the review web app).

    Open http://127.0.0.1:8000 in a browser and sign in with an account made
    by `evidence user add`.  Re-runs go through Prefect when PREFECT_API_URL is
    set (`evidence serve` must be running), otherwise they run in this process.

    \b
    Example:
      $ evidence user add somchai
      $ evidence review --inbox samples/inbox
      $ evidence review --inbox samples/inbox --secure-cookies --behind-proxy   # behind HTTPS (nginx on this machine)
    """
    import uvicorn

    from interfaces.web import ReviewConfig, create_app, load_secret_key
    from pipeline.store.users import list_users

    url = _db_url(db)
    config = ReviewConfig(
        db_url=url,
        secret_key=load_secret_key(),
        inbox=inbox.resolve() if inbox else None,
        ocr=ocr,
        https_only=secure_cookies,
    )
    app = create_app(config)
    if not list_users(app.state.store):
        click.echo(
            "ยังไม่มีบัญชีผู้ใช้ สร้างด้วย `evidence user add NAME` (no accounts yet: create one with `evidence user add NAME`)",
            err=True,
        )
    if not _is_loopback(host):
        click.echo(
            f"คำเตือน: เปิดให้เครื่องอื่นเข้าถึงที่ {host} ควรใช้ HTTPS ผ่าน reverse proxy "
            f"(warning: listening on {host}, reachable from other machines; put HTTPS in front)",
            err=True,
        )
    click.echo(f"เปิดเบราว์เซอร์ที่ (open) http://{host}:{port}/  — หยุดด้วย Ctrl+C (stop with Ctrl+C)")
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level="info",
        server_header=False,
        proxy_headers=behind_proxy,
        forwarded_allow_ips="127.0.0.1" if behind_proxy else None,
    )


@click.group("user")
def user_group() -> None:
    """บัญชีผู้ใช้ของเว็บทบทวนผล (Accounts of the review web app)."""


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return click.prompt("รหัสผ่าน (password)", hide_input=True, confirmation_prompt="ยืนยันรหัสผ่าน (repeat password)")


@user_group.command("add")
@click.argument("name")
@_db_option
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of standard input.")
def user_add(name: str, db, password_stdin: bool) -> None:
    """สร้างบัญชีผู้ใช้ (Create an account; the password is stored as an argon2 hash).

    \b
    Example:
      $ evidence user add somchai
      $ printf '%s\\n' "$PASSWORD" | evidence user add somchai --password-stdin
    """
    from pipeline.store import open_store
    from pipeline.store.users import UserError, create_user

    store = open_store(_db_url(db))
    try:
        user = create_user(store, name, _read_password(password_stdin))
    except UserError as exc:
        raise click.UsageError(str(exc)) from None
    click.echo(f"สร้างบัญชีแล้ว (account created): {user.name}")


@user_group.command("passwd")
@click.argument("name")
@_db_option
@click.option("--password-stdin", is_flag=True, help="Read the new password from the first line of standard input.")
def user_passwd(name: str, db, password_stdin: bool) -> None:
    """ตั้งรหัสผ่านใหม่ (Set a new password for an account).

    \b
    Example:
      $ evidence user passwd somchai
    """
    from pipeline.store import open_store
    from pipeline.store.users import UserError, set_password

    try:
        set_password(open_store(_db_url(db)), name, _read_password(password_stdin))
    except UserError as exc:
        raise click.UsageError(str(exc)) from None
    click.echo(f"เปลี่ยนรหัสผ่านแล้ว (password changed): {name}")


@user_group.command("disable")
@click.argument("name")
@_db_option
def user_disable(name: str, db) -> None:
    """ปิดใช้งานบัญชี (Disable an account; its open sessions end at the next request)."""
    _set_active(name, db, False)
    click.echo(f"ปิดใช้งานแล้ว (disabled): {name}")


@user_group.command("enable")
@click.argument("name")
@_db_option
def user_enable(name: str, db) -> None:
    """เปิดใช้งานบัญชีอีกครั้ง (Enable an account again)."""
    _set_active(name, db, True)
    click.echo(f"เปิดใช้งานแล้ว (enabled): {name}")


def _set_active(name: str, db, active: bool) -> None:
    from pipeline.store import open_store
    from pipeline.store.users import UserError, set_active

    try:
        set_active(open_store(_db_url(db)), name, active)
    except UserError as exc:
        raise click.UsageError(str(exc)) from None


@user_group.command("list")
@_db_option
def user_list(db) -> None:
    """แสดงบัญชีผู้ใช้ทั้งหมด (List the accounts)."""
    from interfaces.web.rendering import bangkok_time
    from pipeline.store import open_store
    from pipeline.store.users import list_users

    users = list_users(open_store(_db_url(db)))
    for u in users:
        state = "ใช้งาน (active)" if u.active else "ปิดใช้งาน (disabled)"
        click.echo(f"{u.name}\t{state}\tสร้างเมื่อ (created) {bangkok_time(u.created_at)}")
    click.echo(f"ทั้งหมด {len(users)} บัญชี ({len(users)} accounts)")


def register_review_commands(cli: click.Group) -> None:
    for command in (review_command, user_group):
        cli.add_command(command)
