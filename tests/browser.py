"""Drive Debian's headless Chromium over the DevTools protocol, with nothing but the stdlib.

The review tests need what ``--dump-dom`` cannot give: console errors, script results, focus,
screenshots at a chosen width and print output. This is a deliberately small client: one
WebSocket to the browser, one page (a flat session), commands answered in order, and the events
the tests look at (load, console, exceptions, log entries) collected on the way.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import re
import secrets
import shutil
import socket
import struct
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["Browser", "BrowserUnavailableError", "find_chromium", "open_browser"]

#: Debian's package installs the browser here; `which` finds it elsewhere.
CHROMIUM_PATHS = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
TIMEOUT = 60.0
_LISTENING = re.compile(r"DevTools listening on (ws://[^\s]+)")
_OPCODE_TEXT, _OPCODE_CLOSE, _OPCODE_PING, _OPCODE_PONG = 0x1, 0x8, 0x9, 0xA
_FIN = 0x80
_MASKED = 0x80
_SHORT_LENGTH, _MEDIUM_LENGTH = 126, 127
_MEDIUM_LIMIT = 1 << 16


class BrowserUnavailableError(RuntimeError):
    """Chromium is not installed or does not start."""


def find_chromium() -> str | None:
    """The path of a Chromium binary, or None."""
    for path in CHROMIUM_PATHS:
        if Path(path).is_file():
            return path
    return shutil.which("chromium")


class _WebSocket:
    """A client WebSocket (RFC 6455) for text messages: enough for the DevTools protocol."""

    def __init__(self, url: str) -> None:
        match = re.fullmatch(r"ws://([^/:]+):(\d+)(/.*)", url)
        if match is None:
            raise BrowserUnavailableError(f"unexpected DevTools address {url!r}")
        host, port, path = match.group(1), int(match.group(2)), match.group(3)
        self._socket = socket.create_connection((host, port), timeout=TIMEOUT)
        key = base64.b64encode(secrets.token_bytes(16)).decode()
        request = (
            f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
            f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
        )
        self._socket.sendall(request.encode())
        response = b""
        while b"\r\n\r\n" not in response:
            chunk = self._socket.recv(4096)
            if not chunk:
                raise BrowserUnavailableError("DevTools closed the connection during the handshake")
            response += chunk
        head, _, self._buffer = response.partition(b"\r\n\r\n")
        if b" 101 " not in head.split(b"\r\n", 1)[0]:
            raise BrowserUnavailableError(f"DevTools refused the WebSocket: {head[:200]!r}")

    def send(self, text: str) -> None:
        payload = text.encode()
        length = len(payload)
        if length < _SHORT_LENGTH:
            header = struct.pack("!BB", _FIN | _OPCODE_TEXT, _MASKED | length)
        elif length < _MEDIUM_LIMIT:
            header = struct.pack("!BBH", _FIN | _OPCODE_TEXT, _MASKED | _SHORT_LENGTH, length)
        else:
            header = struct.pack("!BBQ", _FIN | _OPCODE_TEXT, _MASKED | _MEDIUM_LENGTH, length)
        mask = secrets.token_bytes(4)
        repeated = (mask * (length // 4 + 1))[:length]
        masked = (int.from_bytes(payload, "big") ^ int.from_bytes(repeated, "big")).to_bytes(
            length, "big"
        )
        self._socket.sendall(header + mask + masked)

    def _read(self, count: int) -> bytes:
        while len(self._buffer) < count:
            chunk = self._socket.recv(max(65536, count - len(self._buffer)))
            if not chunk:
                raise BrowserUnavailableError("the browser closed the DevTools connection")
            self._buffer += chunk
        data, self._buffer = self._buffer[:count], self._buffer[count:]
        return data

    def receive(self) -> str:
        message = b""
        while True:
            first, second = self._read(2)
            opcode, length = first & 0x0F, second & 0x7F
            if length == _SHORT_LENGTH:
                (length,) = struct.unpack("!H", self._read(2))
            elif length == _MEDIUM_LENGTH:
                (length,) = struct.unpack("!Q", self._read(8))
            payload = self._read(length)
            if opcode == _OPCODE_PING:
                self._send_control(_OPCODE_PONG, payload)
                continue
            if opcode == _OPCODE_CLOSE:
                raise BrowserUnavailableError("the browser closed the DevTools connection")
            message += payload
            if first & _FIN:
                return message.decode()

    def _send_control(self, opcode: int, payload: bytes) -> None:
        mask = secrets.token_bytes(4)
        masked = bytes(byte ^ mask[number % 4] for number, byte in enumerate(payload))
        self._socket.sendall(
            struct.pack("!BB", _FIN | opcode, _MASKED | len(payload)) + mask + masked
        )

    def close(self) -> None:
        self._socket.close()


class Browser:
    """One headless Chromium with one page; every call waits for its answer."""

    def __init__(self, socket_: _WebSocket) -> None:
        self._socket = socket_
        self._next_id = 0
        self.events: list[dict[str, Any]] = []
        target = self._call("Target.createTarget", {"url": "about:blank"})["targetId"]
        attached = self._call("Target.attachToTarget", {"targetId": target, "flatten": True})
        self._session: str | None = attached["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.call(f"{domain}.enable")

    def _call(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        session = getattr(self, "_session", None)
        if session is not None:
            message["sessionId"] = session
        self._socket.send(json.dumps(message))
        while True:
            answer = json.loads(self._socket.receive())
            if answer.get("id") == self._next_id:
                if "error" in answer:
                    raise BrowserUnavailableError(f"{method} failed: {answer['error']}")
                result: dict[str, Any] = answer.get("result", {})
                return result
            if "method" in answer:
                self.events.append(answer)

    def call(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        """Send a command to the page and return its result."""
        return self._call(method, params)

    def _wait_for(self, method: str) -> None:
        deadline = time.monotonic() + TIMEOUT
        while not any(event["method"] == method for event in self.events):
            if time.monotonic() > deadline:
                raise BrowserUnavailableError(f"no {method} within {TIMEOUT} s")
            self.events.append(json.loads(self._socket.receive()))

    def open(self, url: str) -> None:
        """Load ``url`` and wait for its load event; forget the events of the previous page."""
        self.events.clear()
        self.call("Page.navigate", {"url": url})
        self._wait_for("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        """The JSON value of a JavaScript expression in the page."""
        answer = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in answer:
            raise BrowserUnavailableError(f"script failed: {answer['exceptionDetails']}")
        return answer["result"].get("value")

    def console_errors(self) -> list[str]:
        """Console errors, uncaught exceptions and failed loads since the page was opened."""
        found: list[str] = []
        for event in self.events:
            params = event.get("params", {})
            if event["method"] == "Runtime.exceptionThrown":
                found.append(json.dumps(params.get("exceptionDetails", {}))[:300])
            elif event["method"] == "Runtime.consoleAPICalled" and params.get("type") in {
                "error",
                "assert",
            }:
                found.append(json.dumps(params.get("args", []))[:300])
            elif event["method"] == "Log.entryAdded" and params["entry"]["level"] == "error":
                found.append(str(params["entry"].get("text"))[:300])
        return found

    def set_width(self, width: int, *, height: int = 900, mobile: bool = False) -> None:
        self.call(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
        )

    def screenshot(self, path: Path, *, full_page: bool = True) -> None:
        answer = self.call(
            "Page.captureScreenshot",
            {"format": "png", "captureBeyondViewport": full_page},
        )
        path.write_bytes(base64.b64decode(answer["data"]))

    def print_pdf(self, path: Path) -> None:
        answer = self.call("Page.printToPDF", {"printBackground": True})
        path.write_bytes(base64.b64decode(answer["data"]))


def _listening_address(stream: IO[bytes]) -> str:
    deadline = time.monotonic() + TIMEOUT
    seen: list[str] = []
    while time.monotonic() < deadline:
        line = stream.readline().decode(errors="replace")
        if not line:
            break
        seen.append(line.rstrip())
        match = _LISTENING.search(line)
        if match:
            return match.group(1)
    raise BrowserUnavailableError("chromium did not start: " + " | ".join(seen[-5:]))


@contextlib.contextmanager
def open_browser(executable: str) -> Iterator[Browser]:
    """Start headless Chromium with a throw-away profile; stop it afterwards."""
    with tempfile.TemporaryDirectory(prefix="newscorpus-chromium-") as profile:
        command = [
            executable,
            "--headless",
            # The tests only open pages they wrote themselves; CI runs as root, where
            # Chromium's sandbox cannot start.
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--no-default-browser-check",
            "--hide-scrollbars",
            "--remote-debugging-port=0",
            f"--user-data-dir={profile}",
            "about:blank",
        ]
        process = subprocess.Popen(  # noqa: S603 - a fixed command line, no shell
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env={**os.environ, "LANG": "C.UTF-8"},
        )
        drain: threading.Thread | None = None
        try:
            assert process.stderr is not None
            connection = _WebSocket(_listening_address(process.stderr))
            # Nobody reads stderr from here on: drain it so the browser never blocks on it.
            drain = threading.Thread(target=process.stderr.read, daemon=True)
            drain.start()
            try:
                yield Browser(connection)
            finally:
                connection.close()
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            if process.stderr is not None:
                if drain is not None:
                    drain.join(timeout=10)
                process.stderr.close()
