"""Bodies the suffix scan cannot see alone, read from the structure around other mentions.

* a department listed right after a bare level form shares its level
  (县经发局、科技局 → 县科技局, resolved later to the article's county);
* a level abbreviation sharing the 总 of the next one (省、市总 → 省总 and 市总);
* a publication named in 《》 before its kind (《X》杂志 → X杂志);
* a combined party committee and government (X省委省政府) is two bodies; the
  combined string is an alias of the committee only (gold/REVIEW rule 9);
* a township's party working committee (X街道党工委), the township read from
  the unions the article names (杭州市上城区小营街道总工会 → 小营街道);
* a bare 总工会 in an office chain after a place's party committee or government
  (某街道党工委副书记、总工会主席某某) is that place's 总工会.
The new mentions are added to the sentence before resolution.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from extract.resources.lexicon import Lexicon
from extract.text.spans import Found, FoundProps

_SHARED_TOTAL = re.compile(r"([省市县区])(?=[、和及与]?[省市县区]总)")
_PUBLICATION = re.compile(r"《([^《》“”]{2,12})》(杂志社|杂志|报社|出版社|电视台)")
_COMBINED = re.compile(r"^(.*?)([省市州县区])委\2((?:人民)?政府)$")
_TOWNSHIP_COMMITTEE = re.compile(r"(街道|镇|乡)(党工委|党委)")
_LINK = re.compile(r"[、和及与]")
_LEVEL = "省市州县区"
_CHAINED_UNION = re.compile(r"([^，,。；;：:、“”]{1,8})、(总工会)")
_PLACE_BODY = ("党工委", "党委", "政府", "委")


class ListedBodies:
    """Adds the bodies a sentence names through the structure around its other mentions."""

    def __init__(self, lex: Lexicon) -> None:
        suffixes = "|".join(re.escape(s) for s in lex.get("org_suffix"))
        self.titles = lex.get("title")
        self.department = re.compile(rf"[、和及与]((?:(?![的等各和及与、])[\u4e00-\u9fff]){{1,8}}?({suffixes}))(?=[、和及与等，,。；;]|$)")

    def find(self, text: str, found: list[Found], townships: Iterable[str]) -> list[Found]:
        """The extra mentions of one sentence (``found`` is what the sentence already has)."""
        out = self._departments(text, found) + _shared_total(text) + _publications(text)
        out += _township_committees(text, tuple(townships))
        out += self._chained_unions(text, found + out)
        return [f for f in out if not any(g.start < f.end and f.start < g.end for g in found)]

    def _departments(self, text: str, found: list[Found]) -> list[Found]:
        out: list[Found] = []
        for f in found:
            if f.label != "Organisation" or not f.props.get("generic") or f.text[:1] not in _LEVEL:
                continue
            end = f.end
            while (m := self.department.match(text, end)) is not None and m.group(1)[:1] not in _LEVEL:
                props = FoundProps(name=f.text[0] + m.group(1), generic=True, suffix=m.group(2), anchor_back=m.start(1) - f.start)
                out.append(Found("Organisation", m.start(1), m.end(1), m.group(1), props))
                end = m.end()
        return out

    def _chained_unions(self, text: str, found: list[Found]) -> list[Found]:
        """某街道党工委副书记、总工会主席: the 总工会 of the committee's place."""
        if "、总工会" not in text:
            return []
        out: list[Found] = []
        for f in found:
            suffix = next((s for s in _PLACE_BODY if f.label == "Organisation" and f.text.endswith(s)), "")
            m = _CHAINED_UNION.match(text, f.end) if suffix else None
            if m is None or len(f.text) - len(suffix) < 2 or not any(t in m.group(1) for t in self.titles):
                continue
            name = f.props.get("name", f.text)[: -len(suffix)] + "总工会"
            out.append(Found("Union", m.start(2), m.end(2), m.group(2), {"name": name, "suffix": "总工会"}))
        return out


def _shared_total(text: str) -> list[Found]:
    if "总" not in text:
        return []
    return [
        Found("Union", m.start(), m.end(), m.group(1), {"name": m.group(1) + "总", "abbrev": True, "generic": True, "suffix": "总"})
        for m in _SHARED_TOTAL.finditer(text)
    ]


def _publications(text: str) -> list[Found]:
    if "《" not in text:
        return []
    return [
        Found("Organisation", m.start(), m.end(), m.group(), {"name": m.group(1) + m.group(2), "suffix": m.group(2)})
        for m in _PUBLICATION.finditer(text)
    ]


def _township_committees(text: str, townships: tuple[str, ...]) -> list[Found]:
    out: list[Found] = []
    if "党" not in text:
        return out
    for m in _TOWNSHIP_COMMITTEE.finditer(text):
        for place in sorted(townships, key=len, reverse=True):
            start = m.end(1) - len(place)
            if start >= 0 and text.startswith(place, start):
                out.append(Found("Organisation", start, m.end(), text[start : m.end()], {"suffix": m.group(2)}))
                break
    return out


def townships_of(union_texts: Iterable[str]) -> set[str]:
    """Township names (小营街道) inside the article's union names: the part after a county-level place."""
    out: set[str] = set()
    for name in union_texts:
        for m in re.finditer(r"(街道|镇|乡)", name):
            for k in (4, 3, 2):
                start = m.start() - k
                if start >= 0 and (start == 0 or name[start - 1] in "区县市") and not any(c in _LEVEL for c in name[start : m.start()]):
                    out.add(name[start : m.end()])
                    break
    return out


def split_combined(found: list[Found]) -> list[Found]:
    """陕西省委省政府 → 陕西省委 (alias: the combined string) and 陕西省政府."""
    out: list[Found] = []
    for f in found:
        m = _COMBINED.match(f.text) if f.label == "Organisation" else None
        if f.label != "Organisation" or f.props.get("generic") or m is None or not m.group(1):
            out.append(f)
            continue
        committee_end = f.start + len(m.group(1)) + 2
        out.append(Found("Organisation", f.start, committee_end, f.text[: committee_end - f.start], {"suffix": "委", "aliases": f.text}))
        gov = m.group(1) + m.group(2) + m.group(3)
        out.append(Found("Organisation", committee_end, f.end, f.text[committee_end - f.start :], {"name": gov, "suffix": m.group(3)}))
    return out
