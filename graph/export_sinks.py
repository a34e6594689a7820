"""Where export chunks go: a zip stream, a directory of files, one file, stdout.

The chunks come from :func:`graph.export_formats.export_chunks` as
``(member, bytes)`` pairs; the zip is written with :mod:`zipfile` into a
buffer drained after every chunk (zipfile writes data descriptors when its
output cannot seek), so a zip of any size streams in bounded memory.
"""

from __future__ import annotations

import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, BinaryIO

from graph.export_formats import Chunks


class _Drain:
    """A write-only, non-seekable file whose bytes are taken out as they come."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass

    def take(self) -> bytes:
        data, self.parts = b"".join(self.parts), []
        return data


def zip_stream(chunks: Chunks) -> Iterator[bytes]:
    """The members of ``chunks`` as one deflated zip archive, yielded piece by piece."""
    drain = _Drain()
    with zipfile.ZipFile(drain, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        member: str | None = None
        handle: IO[bytes] | None = None
        for name, data in chunks:
            if name != member:
                if handle is not None:
                    handle.close()
                member, handle = name, archive.open(name, "w", force_zip64=True)
            assert handle is not None
            handle.write(data)
            yield drain.take()
        if handle is not None:
            handle.close()
    yield drain.take()


def write_directory(chunks: Chunks, directory: Path) -> list[Path]:
    """Each member of ``chunks`` as a file in ``directory`` (created); the files written."""
    directory.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    handle: BinaryIO | None = None
    try:
        for name, data in chunks:
            if not written or written[-1].name != name:
                if handle is not None:
                    handle.close()
                written.append(directory / name)
                handle = written[-1].open("wb")
            assert handle is not None
            handle.write(data)
    finally:
        if handle is not None:
            handle.close()
    return written


def write_stream(pieces: Iterator[bytes] | Chunks, out: Path | None) -> None:
    """Every piece into the file ``out`` (``None``: standard output)."""
    target: BinaryIO = sys.stdout.buffer if out is None else out.open("wb")
    try:
        for piece in pieces:
            target.write(piece[1] if isinstance(piece, tuple) else piece)
    finally:
        if out is not None:
            target.close()
        else:
            target.flush()
