"""`evidence server start|stop|status`: the project folder's long-lived local Prefect server.

A thin layer over `flows.managed_server`.  Exit codes: 0 done (status: running),
1 could not start, 3 status: not running.
"""

from __future__ import annotations

import click

EXIT_NOT_RUNNING = 3


@click.group("server")
def server_group() -> None:
    """เซิร์ฟเวอร์ Prefect ประจำโฟลเดอร์นี้ (This folder's long-lived local Prefect server).

    While it runs, `evidence run`, `rerun` and `serve` in this folder use it instead of
    starting a temporary server each time.  State: .evidence/prefect-server.json.

    \b
    Example:
      $ evidence server start
      $ evidence run samples/inbox
      $ evidence server stop
    """


@server_group.command("start")
@click.option(
    "--port",
    type=click.IntRange(1, 65535),
    default=None,
    help="Loopback port (default 4200, or a free one when 4200 is taken).",
)
@click.option("--no-ui", is_flag=True, help="Serve the API only, without Prefect's web UI.")
def start_command(port: int | None, no_ui: bool) -> None:
    """เริ่มเซิร์ฟเวอร์ (Start it, or say where it already runs).

    \b
    Example:
      $ evidence server start
      กำลังทำงานที่ (running at) http://127.0.0.1:4200/api ...
    """
    from flows.managed_server import start

    try:
        state, started = start(port, ui=not no_ui)
    except RuntimeError as exc:
        raise click.ClickException(f"เริ่มเซิร์ฟเวอร์ Prefect ไม่ได้ (could not start the Prefect server): {exc}") from None
    verb = "เริ่มแล้ว (started)" if started else "ทำงานอยู่แล้ว (already running)"
    click.echo(f"{verb}: {state.url} (pid {state.pid}); log {state.log}")
    if not no_ui and started:
        click.echo(f"หน้าจอ Prefect (UI): {state.url.removesuffix('/api')}")


@server_group.command("stop")
def stop_command() -> None:
    """หยุดเซิร์ฟเวอร์ (Stop it).

    \b
    Example:
      $ evidence server stop
    """
    from flows.managed_server import stop

    state = stop()
    if state is None:
        click.echo("ไม่มีเซิร์ฟเวอร์ที่ทำงานอยู่ (no server was running)")
    else:
        click.echo(f"หยุดแล้ว (stopped): {state.url} (pid {state.pid})")


@server_group.command("status")
def status_command() -> None:
    """สถานะของเซิร์ฟเวอร์ (Is it running?  Exit code 0: yes, 3: no).

    \b
    Example:
      $ evidence server status
    """
    from flows.managed_server import running

    state = running()
    if state is None:
        click.echo(
            "ไม่ได้ทำงาน (not running): evidence run จะเริ่มเซิร์ฟเวอร์ชั่วคราวเอง (evidence run starts a temporary server)"
        )
        raise SystemExit(EXIT_NOT_RUNNING)
    click.echo(f"ทำงานอยู่ (running): {state.url} (pid {state.pid}, since {state.started_at}); log {state.log}")
