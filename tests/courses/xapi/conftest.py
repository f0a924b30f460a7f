"""Fixtures for xAPI: xAPI switched on with a stand-in LRS, and Ralph, a real LRS, started on a
free port for the session (docs/xapi.md). Without Ralph (`make ralph`) its tests skip on a
laptop and fail in CI."""

import base64
import json
import os
import signal
import subprocess
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.services import require
from tests.support.ports import free_port

ROOT = Path(__file__).resolve().parents[3]
RALPH = ROOT / ".venv-ralph" / "bin" / "ralph"
RALPH_PYTHON = ROOT / ".venv-ralph" / "bin" / "python"
# Ralph's own pydantic model of an xAPI statement, run in Ralph's virtualenv: {id: errors}.
RALPH_VALIDATE = """
import json, sys
from pydantic import ValidationError
from ralph.models.xapi.base.statements import BaseXapiStatement
errors = {}
for statement in json.load(sys.stdin):
    try:
        BaseXapiStatement.model_validate(statement)
    except ValidationError as error:
        errors[statement.get("id")] = str(error)
print(json.dumps(errors))
"""
# `ralph runserver --backend fs` without its two development habits: uvicorn's reloader (it
# watches the working directory and restarts Ralph when any file there changes) and the file
# backend's one write per file (a second POST of new statements fails with a 500 "already
# exists"): the same app, run by uvicorn directly, appending to its file.
RALPH_SERVE = """
import sys
import uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend
FSLRSBackend.default_operation_type = BaseOperationType.APPEND
uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
"""
RALPH_USER, RALPH_PASSWORD = "lms", "ralph-test-secret"
HEADERS = {"X-Experience-API-Version": "1.0.3"}


@pytest.fixture
def xapi_on(settings):
    """xAPI on, with an LRS nobody calls (a test that sends replaces the sender)."""
    settings.XAPI_LRS = [{"name": "main", "endpoint": "http://lrs.invalid/xAPI/"}]
    settings.SITE_URL = "https://academy.example.kg"
    return settings


@dataclass
class Ralph:
    endpoint: str
    data: Path

    def _get(self, url: str) -> dict:
        token = base64.b64encode(f"{RALPH_USER}:{RALPH_PASSWORD}".encode()).decode()
        headers = {**HEADERS, "Authorization": f"Basic {token}"}
        request = urllib.request.Request(url, headers=headers)  # noqa: S310
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            return json.load(response)

    def statements(self) -> list[dict]:
        """Every statement Ralph holds (GET /xAPI/statements, following "more")."""
        found, url = [], self.endpoint + "statements?limit=100"
        while url:
            page = self._get(url)
            found += page["statements"]
            more = page.get("more")
            url = self.endpoint.split("/xAPI/")[0] + more if more else None
        return found

    def invalid(self, statements: list[dict]) -> dict:
        """{statement id: what Ralph's xAPI model finds wrong} (empty: all valid)."""
        done = subprocess.run(  # noqa: S603 - Ralph's own Python, a fixed script
            [RALPH_PYTHON, "-c", RALPH_VALIDATE],
            input=json.dumps(statements),
            capture_output=True,
            text=True,
            check=True,
        )
        return json.loads(done.stdout)

    def lrs_setting(self, name: str = "ralph") -> dict:
        return {
            "name": name,
            "endpoint": self.endpoint,
            "username": RALPH_USER,
            "password": RALPH_PASSWORD,
        }


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=1) as response:  # noqa: S310
            return response.status == 200
    except OSError:
        return False


@pytest.fixture(scope="session")
def ralph_server(tmp_path_factory):
    """Ralph's LRS with the file-system backend, a user with every scope (`ralph auth`), on a
    free port."""
    require("Ralph (an LRS)", RALPH.exists(), "run `make ralph` (docs/xapi.md)")
    home = tmp_path_factory.mktemp("ralph")
    data = home / "data"
    data.mkdir()
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(home),
        "RALPH_APP_DIR": str(home),
        "RALPH_AUTH_FILE": str(home / "auth.json"),
        "RALPH_RUNSERVER_BACKEND": "fs",
    }
    subprocess.run(  # noqa: S603 - our own Ralph, fixed arguments
        [RALPH, "auth", "-u", RALPH_USER, "-p", RALPH_PASSWORD, "-s", "all"]
        + ["-A", RALPH_USER, "https://academy.example.kg", "-w"],
        env=env,
        check=True,
        capture_output=True,
    )
    port = free_port()
    log = (home / "ralph.log").open("wb")
    process = subprocess.Popen(  # noqa: S603 - our own Ralph, fixed arguments
        [RALPH_PYTHON, "-c", RALPH_SERVE, str(port)],
        env={**env, "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(data)},
        cwd=home,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # stopped with anything it started, by this group's id
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while not _answers(base + "/__heartbeat__"):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail("Ralph did not start: " + (home / "ralph.log").read_text()[-2000:])
            time.sleep(0.2)
        yield Ralph(endpoint=base + "/xAPI/", data=data)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
        log.close()


@pytest.fixture
def ralph(ralph_server, settings):
    """Ralph, emptied, as the only LRS of the site."""
    for stored in ralph_server.data.iterdir():
        stored.unlink()
    settings.XAPI_LRS = [ralph_server.lrs_setting()]
    settings.SITE_URL = "https://academy.example.kg"
    return ralph_server
