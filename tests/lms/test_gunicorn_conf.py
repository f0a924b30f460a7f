"""gunicorn.conf.py: workers fork from a loaded application with its objects frozen."""

import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.support.ports import free_port

ROOT = Path(__file__).resolve().parents[2]
GUNICORN = Path(sys.executable).parent / "gunicorn"


def _frozen_in_worker(config: str) -> int:
    """What a real gunicorn worker started with this config file reports as frozen."""
    port = free_port()
    command = [str(GUNICORN), "tests.lms.gunicorn_freeze_app:application", "--config", config]
    command += ["--bind", f"127.0.0.1:{port}", "--workers", "1", "--log-level", "error"]
    server = subprocess.Popen(command, cwd=ROOT)  # noqa: S603
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as response:
                    return int(response.read())
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.2)
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_workers_leave_what_the_master_loaded_out_of_their_collections(tmp_path):
    assert _frozen_in_worker(str(ROOT / "gunicorn.conf.py")) > 1000
    # Without the project's settings nothing is frozen: the check above can fail.
    empty = tmp_path / "plain.conf.py"
    empty.write_text("")
    assert _frozen_in_worker(str(empty)) == 0
