"""Damaged inputs for the fault suite, made on the fly in a test's folder (no binaries kept).

Each function writes one kind of broken file and returns its path; bombs are streamed, so
they cost little memory to make.
"""

from __future__ import annotations

import gzip
import io
import struct
import tarfile
import zipfile
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

ID_A: Final = "0123456789abcdef"
ID_B: Final = "fedcba9876543210"
NAME_A: Final = f"001_{ID_A}.txt"
NAME_B: Final = f"002_{ID_B}.txt"
SEED_A: Final = "Erster Titel\n\nEr sagte: „Ja.“\n".encode()
SEED_B: Final = "Zweiter Titel\n\nSie sagte: „Nein.“\n".encode()
MIB: Final = 1024 * 1024

_LOCAL_HEADER: Final = b"PK\x03\x04"
_CENTRAL_HEADER: Final = b"PK\x01\x02"
_END_OF_DIRECTORY: Final = b"PK\x05\x06"
#: Compression method 97 (WavPack): valid in the zip specification, unknown to zipfile.
_UNSUPPORTED_METHOD: Final = 97
_UTF8_NAME_FLAG: Final = 0x800


def seed_text(paragraph: str) -> bytes:
    return f"Titel\n\n{paragraph}\n".encode()


def write_zip(path: Path, members: Iterable[tuple[str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return path


def write_tar(path: Path, members: Iterable[tuple[str, bytes]], mode: str = "w:gz") -> Path:
    with tarfile.open(path, mode) as archive:  # type: ignore[call-overload]
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


def _patched(data: bytes, marker: bytes, offset: int, value: bytes) -> bytes:
    start = data.index(marker) + offset
    return data[:start] + value + data[start + len(value) :]


def zip_with_unsupported_method(path: Path) -> Path:
    """Member A needs compression method 97, which zipfile cannot unpack; B is fine."""
    data = write_zip(path, [(NAME_A, SEED_A), (NAME_B, SEED_B)]).read_bytes()
    method = struct.pack("<H", _UNSUPPORTED_METHOD)
    data = _patched(data, _LOCAL_HEADER, 8, method)
    data = _patched(data, _CENTRAL_HEADER, 10, method)
    path.write_bytes(data)
    return path


def zip_with_undecodable_local_name(path: Path) -> Path:
    """Member A's local header claims a UTF-8 name but starts with byte 0xFF; B is fine."""
    data = write_zip(path, [(NAME_A, SEED_A), (NAME_B, SEED_B)]).read_bytes()
    flag = struct.pack("<H", _UTF8_NAME_FLAG)
    data = _patched(data, _LOCAL_HEADER, 6, flag)
    data = _patched(data, _LOCAL_HEADER, 30, b"\xff")
    data = _patched(data, _CENTRAL_HEADER, 8, flag)
    path.write_bytes(data)
    return path


def zip_with_shifted_directory(path: Path, shift: int = 1000) -> Path:
    """The end record's central-directory offset is ``shift`` bytes too far."""
    data = write_zip(path, [(NAME_A, SEED_A), (NAME_B, SEED_B)]).read_bytes()
    end = data.index(_END_OF_DIRECTORY)
    (offset,) = struct.unpack("<I", data[end + 16 : end + 20])
    path.write_bytes(_patched(data, _END_OF_DIRECTORY, 16, struct.pack("<I", offset + shift)))
    return path


def zip_bomb(path: Path, size: int, *, name: str = NAME_A, byte: bytes = b"\x00") -> Path:
    """A zip whose member ``name`` unpacks to ``size`` copies of ``byte``, then a good member."""
    chunk = byte * MIB
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open(name, "w", force_zip64=True) as member:
            left = size
            while left > 0:
                member.write(chunk[: min(left, MIB)])
                left -= MIB
        archive.writestr(NAME_B, SEED_B)
    return path


def repetitive_seed(size: int) -> bytes:
    """A valid seed article of about ``size`` bytes that packs about 1000 to 1."""
    return b"Titel\n\n" + b"a" * size + b".\n"


def jsonl_gz(path: Path, lines: Iterable[str]) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as stream:
        for line in lines:
            stream.write(line + "\n")
    return path


def nested_json(depth: int) -> str:
    """A JSON object nested ``depth`` levels deep under the key ``x``."""
    return '{"id": "' + ID_A + '", "x": ' + "[" * depth + "]" * depth + "}"
