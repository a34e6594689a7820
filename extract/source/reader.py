"""Read source pages: decode their bytes, reduce HTML to text, expand paths.

Decoding order: strict UTF-8 (with or without BOM), then UTF-16/UTF-32 BOMs,
then ``charset-normalizer``, then GB18030 as a last try. Binary data (NUL
characters or many control characters) is refused, as are empty files.
Traditional characters are kept as written.

:func:`clean_text` is the one cleaning step for every input path (files here,
``POST /articles`` in the API): binary refused, stray control characters
removed (form feeds and the like become line breaks), HTML (a page, or tags
such as ``<script>`` inside text) reduced to its text, and text that is empty
or only whitespace refused.
"""

from __future__ import annotations

import codecs
import glob
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from bs4 import BeautifulSoup
from bs4.element import NavigableString, Tag
from charset_normalizer import from_bytes

from core.errors import BadInput

TEXT_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".md", ""})
HTML_SUFFIXES = frozenset({".html", ".htm"})
STDIN_NAME = "<stdin>"
MAX_CONTROL_RATIO = 0.05
CHAOS_MARGIN = 0.1

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_HTML_SNIFF = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]|<p[\s>]", re.IGNORECASE)
_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")
_BLOCK_TAGS = (
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "title",
    "blockquote",
    "pre",
    "hr",
)
_DROP_TAGS = ("script", "style", "noscript", "template", "head")
_ALLOWED_CONTROLS = frozenset("\n\r\t\f\v")
_LINE_BREAKS = str.maketrans({"\f": "\n", "\v": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n"})
_STRAY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_INVISIBLE = re.compile(r"[\s\u200b-\u200d\u2060\ufeff]+")
_HTML_TAG = re.compile(
    r"<(?:!--|!doctype\s|/?(?:html|head|body|meta|link|title|script|style|noscript|template|iframe|frame|object|embed"
    r"|svg|math|form|input|button|textarea|select|img|a|b|i|u|em|strong|span|font|center|small|big|sub|sup"
    r"|p|div|br|hr|h[1-6]|ul|ol|li|dl|dt|dd|table|thead|tbody|tr|td|th|pre|blockquote|section|article|header|footer|nav)"
    r"(?:\s[^<>]*)?/?>)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Source:
    """One readable source page: its file name, its text and how it was encoded."""

    name: str
    text: str
    encoding: str


def read_path(path: Path) -> Source:
    """Read and decode one file; raise :class:`BadInput` naming it and the reason."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise _bad(str(path), "no such file") from exc
    except IsADirectoryError as exc:
        raise _bad(str(path), "is a directory") from exc
    except OSError as exc:
        raise _bad(str(path), f"cannot be read ({exc.strerror or exc})") from exc
    return _source(path.name, str(path), data, is_html=path.suffix.lower() in HTML_SUFFIXES)


def read_bytes(name: str, data: bytes) -> Source:
    """Decode the bytes of a page called ``name`` (HTML is sniffed)."""
    return _source(name, name, data, is_html=Path(name).suffix.lower() in HTML_SUFFIXES)


def iter_sources(paths: Sequence[str]) -> Iterator[Source | BadInput]:
    """Expand files, directories, globs and ``-`` (stdin); yield bad files as errors."""
    for arg in paths:
        if arg == "-":
            yield _attempt(lambda: read_bytes(STDIN_NAME, sys.stdin.buffer.read()))
            continue
        for item in _expand(arg):
            if isinstance(item, BadInput):
                yield item
            else:
                yield _attempt(partial(read_path, item))


def decode(label: str, data: bytes) -> tuple[str, str]:
    """Decode ``data`` to text; return (text, encoding) or raise :class:`BadInput`."""
    if not data.strip():
        raise _bad(label, "empty file")
    text, encoding = _decode_any(label, data)
    _refuse_binary(label, text)
    return text, encoding


def html_to_text(markup: str) -> str:
    """Reduce HTML to its text, one line per paragraph or block; scripts dropped."""
    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for node in soup.find_all(string=True):
        if type(node) is not NavigableString:  # doctype, comment, CDATA, processing instruction
            node.extract()
        elif not _inside_pre(node):
            node.replace_with(_HTML_SPACE.sub(" ", str(node)))
    for tag in soup.find_all(_BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    lines = (line.strip() for line in soup.get_text().splitlines())
    return "\n".join(line for line in lines if line)


def looks_like_html(text: str) -> bool:
    """True when the start of ``text`` carries an html, body or p tag, or any HTML tag or comment appears in it."""
    return _HTML_SNIFF.search(text[:4096]) is not None or _HTML_TAG.search(text) is not None


def clean_text(label: str, text: str, *, is_html: bool = False) -> str:
    """``text`` ready to extract from; :class:`BadInput` naming ``label`` when it is binary or has no text.

    NUL or many control characters: refused as binary. Other control
    characters: removed (form feed, vertical tab, NEL and the Unicode line and
    paragraph separators become line breaks). HTML: reduced to its text,
    scripts and styles dropped. Nothing but whitespace left: refused.
    """
    _refuse_binary(label, text)
    text = _STRAY_CONTROLS.sub("", text.translate(_LINE_BREAKS))
    if is_html or looks_like_html(text):
        text = html_to_text(text)
    if not _INVISIBLE.sub("", text):
        raise _bad(label, "no text (empty, or only whitespace and markup)")
    return text


def _source(name: str, label: str, data: bytes, *, is_html: bool) -> Source:
    text, encoding = decode(label, data)
    return Source(name=name, text=clean_text(label, text, is_html=is_html), encoding=encoding)


def _decode_any(label: str, data: bytes) -> tuple[str, str]:
    try:
        if data.startswith(codecs.BOM_UTF8):
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff"), encoding
            except UnicodeDecodeError as exc:
                raise _bad(label, f"undecodable {encoding} after its BOM") from exc
    if b"\x00" in data:
        raise _bad(label, "binary data (NUL bytes)")
    detected = _detect(data)
    if detected is not None:
        return detected
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as exc:
        raise _bad(label, "undecodable (not UTF-8, UTF-16, GB18030 or a detectable encoding)") from exc


def _detect(data: bytes) -> tuple[str, str] | None:
    """charset-normalizer's reading; among its equally clean candidates, the most Han one.

    Short GBK pages are as clean in cp949 or UTF-16-BE as in GB18030, so the
    tie is broken by the share of CJK ideographs, then in favour of GB18030.
    """
    matches = list(from_bytes(data))
    if not matches:
        return None
    ceiling = matches[0].chaos + CHAOS_MARGIN
    plausible = [m for m in matches if m.chaos <= ceiling]
    best = max(plausible, key=lambda m: (_han_share(str(m)), "gb18030" in m.could_be_from_charset))
    return str(best), codecs.lookup(best.encoding).name


def _han_share(text: str) -> float:
    visible = [ch for ch in text if not ch.isspace()]
    han = sum(1 for ch in visible if "\u4e00" <= ch <= "\u9fff")
    return han / len(visible) if visible else 0.0


def _refuse_binary(label: str, text: str) -> None:
    if "\x00" in text:
        raise _bad(label, "binary data (NUL characters)")
    controls = sum(1 for ch in text if ch < " " and ch not in _ALLOWED_CONTROLS)
    if text and controls / len(text) > MAX_CONTROL_RATIO:
        raise _bad(label, f"binary data ({controls} control characters in {len(text)})")


def _expand(arg: str) -> Iterator[Path | BadInput]:
    path = Path(arg)
    if path.is_dir():
        yield from _walk(path)
    elif glob.has_magic(arg):
        matches = sorted(glob.glob(arg, recursive=True))
        if not matches:
            yield _bad(arg, "no file matches this pattern")
        for match in matches:
            found = Path(match)
            yield from (_walk(found) if found.is_dir() else [found])
    else:
        yield path


def _walk(directory: Path) -> Iterator[Path]:
    for path in sorted(directory.rglob("*")):
        relative = path.relative_to(directory).parts
        if any(part.startswith(".") for part in relative):
            continue
        if path.is_file() and path.suffix.lower() in TEXT_SUFFIXES:
            yield path


def _attempt(read: Callable[[], Source]) -> Source | BadInput:
    try:
        return read()
    except BadInput as exc:
        return exc


def _inside_pre(node: NavigableString) -> bool:
    return any(isinstance(parent, Tag) and parent.name == "pre" for parent in node.parents)


def _bad(label: str, reason: str) -> BadInput:
    return BadInput(f"{label}: {reason}", details={"path": label, "reason": reason})
