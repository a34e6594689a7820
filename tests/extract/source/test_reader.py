"""The reader decodes every supported encoding, reduces HTML and refuses bad files."""

from __future__ import annotations

import codecs
import io
import sys
from pathlib import Path

import pytest

from core.errors import BadInput
from extract.source.reader import Source, iter_sources, read_bytes, read_path

TEXT = (
    "【工会动态】\n四川省成都市总工会举办“蓉城工匠”职业技能大赛\n"
    "记者 李明 通讯员 王芳\n近日,成都市总工会党组书记、常务副主席张建国出席开幕式并致辞。\n"
)
TRADITIONAL = "廣東省總工會舉辦職工技能競賽,深圳市總工會副主席當選。\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("gbk"), "gb18030"),
        (TEXT.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
    ],
    ids=["utf8", "utf8-bom", "gb18030", "gbk", "utf16-le-bom", "utf16-be-bom"],
)
def test_each_encoding_round_trips(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(data)
    source = read_path(path)
    assert source == Source(name="page.txt", text=TEXT, encoding=encoding)


def test_bom_is_stripped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + TEXT.encode("utf-8"))
    assert not read_path(path).text.startswith("\ufeff")
    path.write_bytes(TEXT.encode("utf-16"))
    assert not read_path(path).text.startswith("\ufeff")


def test_traditional_characters_kept(tmp_path: Path) -> None:
    path = tmp_path / "big5ish.txt"
    path.write_bytes(TRADITIONAL.encode("gb18030"))
    assert read_path(path).text == TRADITIONAL


HTML = """<!DOCTYPE html><html><head><title>页面</title>
<style>p { color: red }</style><script>var x = "河南省总工会";</script></head>
<body><h1>河南省总工会启动“金秋助学”活动</h1>
<p>近日,河南省总工会
  在郑州市启动活动。</p><p>共资助&nbsp;1200名学生。<br>资金全部到位。</p></body></html>"""


def test_html_is_reduced_to_text_by_extension(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    text = read_path(path).text
    assert text.splitlines() == [
        "河南省总工会启动“金秋助学”活动",
        "近日,河南省总工会 在郑州市启动活动。",
        "共资助\xa01200名学生。",
        "资金全部到位。",
    ]
    assert "var x" not in text and "color" not in text and "页面" not in text


def test_html_is_sniffed_without_extension() -> None:
    source = read_bytes("page", "<p>甘肃省总工会</p><p>兰州市总工会</p>".encode("gb18030"))
    assert source.text == "甘肃省总工会\n兰州市总工会"
    assert source.encoding == "gb18030"


def test_plain_text_with_angle_brackets_is_not_html() -> None:
    text = "职工<张三>获奖\n"
    assert read_bytes("a.txt", text.encode()).text == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b" \n\r\n ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        ("工会".encode() + b"\x00\x01\x02" * 20, "binary"),
        (b"\x01\x02\x03\x04\x05\x06\x07\x08abc" * 10, "binary"),
        (bytes(range(0x80, 0x100)) * 3, "undecodable"),
        (b"<html><body><script>x()</script></body></html>", "empty"),
    ],
    ids=["empty", "whitespace", "png", "nul-in-utf8", "controls", "undecodable", "html-no-text"],
)
def test_bad_files_raise_bad_input_naming_file(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "bad_page.txt"
    path.write_bytes(data)
    with pytest.raises(BadInput) as info:
        read_path(path)
    assert "bad_page.txt" in info.value.message
    assert reason in info.value.message


def test_missing_file_is_bad_input(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="nowhere.txt: no such file"):
        read_path(tmp_path / "nowhere.txt")


def test_directory_yields_good_files_around_a_bad_one(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("辽宁省总工会", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c").write_bytes("湖南省总工会".encode("gb18030"))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.htm").write_text("<p>云南省总工会</p>", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("隐藏", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00")
    items = list(iter_sources([str(tmp_path)]))
    good = [item for item in items if isinstance(item, Source)]
    bad = [item for item in items if isinstance(item, BadInput)]
    assert [(s.name, s.text) for s in good] == [
        ("a.txt", "辽宁省总工会"),
        ("c", "湖南省总工会"),
        ("d.htm", "云南省总工会"),
    ]
    assert len(bad) == 1 and "b.txt" in bad[0].message


def test_globs_and_missing_paths(tmp_path: Path) -> None:
    (tmp_path / "x1.txt").write_text("一", encoding="utf-8")
    (tmp_path / "x2.txt").write_text("二", encoding="utf-8")
    (tmp_path / "y.txt").write_text("三", encoding="utf-8")
    items = list(iter_sources([str(tmp_path / "x*.txt"), str(tmp_path / "z*.txt"), str(tmp_path / "gone.txt")]))
    assert [i.text for i in items if isinstance(i, Source)] == ["一", "二"]
    messages = [i.message for i in items if isinstance(i, BadInput)]
    assert len(messages) == 2
    assert "z*.txt: no file matches" in messages[0]
    assert "gone.txt: no such file" in messages[1]


def test_dash_reads_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(TEXT.encode("gb18030")))
    monkeypatch.setattr(sys, "stdin", stdin)
    (item,) = list(iter_sources(["-"]))
    assert isinstance(item, Source)
    assert (item.name, item.text, item.encoding) == ("<stdin>", TEXT, "gb18030")


def test_stray_control_characters_are_removed_and_page_breaks_become_line_breaks() -> None:
    tail = "无锡市梁溪区总工会开展梁溪职工大阅读行动。" * 3  # a few strays in a page, not binary data
    source = read_bytes("a.txt", ("工会\x01主席\x1b李明\x0c第二页\x7f" + tail).encode())
    assert source.text == "工会主席李明\n第二页" + tail


def test_tags_inside_plain_text_are_reduced_like_html() -> None:
    text = "梁溪区总工会开展活动<script>alert('x')</script>。"
    assert read_bytes("a.txt", text.encode()).text == "梁溪区总工会开展活动。"


@pytest.mark.parametrize("text", ["\u3000\u3000\n", "\u200b \u200b", "<p> </p><script>x()</script>"])
def test_text_that_is_only_whitespace_or_markup_is_refused(text: str) -> None:
    with pytest.raises(BadInput, match="no text"):
        read_bytes("blank.txt", text.encode())
