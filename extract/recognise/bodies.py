"""Recognise named bodies: unions, enterprises and other organisations.

A body name ends on a structural suffix (总工会, 有限公司, 局, 学院 …). Its left
edge is the start of the run of name characters before the suffix, moved
right past the last boundary word (verbs, adverbs, prepositions …). A body
must carry something particular: a place, a quoted or proper stem, or a
national prefix; bare level forms (市总工会, 县经发局) are kept with
``props["generic"]`` so the resolver can complete them from context.
"""

from __future__ import annotations

import re

import ahocorasick

from core.vocab import Label
from extract.recognise.body_rules import WHOLE_REGION, declared_after, is_class, level_generic, short_form
from extract.recognise.places import SentencePlaces
from extract.resources.lexicon import Gate, Lexicon
from extract.text.fold import fold
from extract.text.spans import CJK, Found, FoundProps, clean_name, is_place_name, left_run

_TOWNSHIP = re.compile(
    r"(?:^|(?<=[省市县区]))(?:第?[一二三四五六七八九十]{1,3}师)?"
    r"(?:[\u4e00-\u9fff]{2,3}?(?:街道|镇|乡|村|社区|农场|兵团|开发区|高新区|园区)){1,2}$"
)
_LEVEL_CHARS = "省市县区州旗"
_LEVEL_TAIL = re.compile(r"(?<![全各本该])(?:自治区|省|市|县|区)$")
_NATION_ONLY = re.compile(r"^(?:新)?(?:中国|中华|全国|共和国)$")
_LEVEL_ONLY = re.compile(r"^(?:该|本|原)?(?:省|市|县|区|州|自治区|街道|镇|乡|团场|师)$")
# 总 first (a literal re can scan for), its level character checked behind it: the same matches as (?<=[省市县区])总(?!…)
_ABBREV = re.compile(r"总(?<=[省市县区]总)(?![工会经理书记体结部额数量计值监裁队站局司行院决目标要规人面产])")
# 我市/本省/该县 before a proper name: the writer's own place, not part of the name (我市某某局 → 某某局)
_DEIXIS = re.compile(r"[我本该]?[省市县区州]")
_INNER_UNION_TAIL = 4  # characters a union name may run on after another union inside it (…总工会机关|工会)
LABEL_OF = {"union_suffix": "Union", "org_suffix": "Organisation", "party_suffix": "Organisation", "ent_suffix": "Enterprise"}


class BodyFinder:
    """Finds body mentions in a sentence; built once from the lexicon."""

    def __init__(self, lex: Lexicon) -> None:
        self.suffixes = ahocorasick.Automaton()
        for kind, label in LABEL_OF.items():
            for word in lex.get(kind):
                self.suffixes.add_word(word, (word, label))
        self.suffixes.make_automaton()
        self.boundaries = ahocorasick.Automaton()
        for word in lex.get("boundary"):
            self.boundaries.add_word(word, word)
        self.boundaries.make_automaton()
        self.generic = frozenset(lex.get("generic"))
        # characters a suffix may not follow (副局) or precede (局面, 局长): words.csv suffix_not_after/_before
        self._not_after = {s: lex.target("suffix_not_after", s) for s in lex.get("suffix_not_after")}
        self._not_before = {s: lex.target("suffix_not_before", s) for s in lex.get("suffix_not_before")}
        self._verb_before_place = frozenset(lex.get("verb_before_place"))  # 进|呼和浩特…: a verb, not a name's start
        self._township_words = frozenset(lex.get("township_word"))
        # a town names its union and also its government (某镇人民政府); its party committee is read by
        # extract.recognise.listed from the town of the article's unions (小营街道党工委)
        self._township_orgs = frozenset(lex.get("township_org"))
        self._conjunctions = frozenset(lex.get("conjunction"))
        self._leading_conjunctions = frozenset(lex.get("leading_conjunction"))
        self._national = lex.get("national_prefix")
        fixed = "|".join(re.escape(a) for a in sorted(lex.abbreviations, key=len, reverse=True))
        # 安全总监, 完全总经理: a title starting with 总 after a word ending on 全 is no abbreviation (全总)
        self.fixed = re.compile(f"(?:{fixed})(?!监|经理|工程师|会计师|裁|编|指挥)") if fixed else None
        self.fixed_gate = Gate(lex.abbreviations)  # every fixed abbreviation holds one of its characters
        self.generic_words = sorted(self.generic, key=len, reverse=True)
        self._stripped: dict[str, str] = {}
        self._suffix_starts: set[int] = set()
        self._level_words = frozenset(lex.get("place_block"))
        self._zones = tuple(lex.get("zone_word"))
        self._name_words = frozenset(lex.get("name_word"))
        # 即时, 都市: words holding a boundary word, by that word: (held word, the boundary's offset in it)
        self._held: dict[str, list[tuple[str, int]]] = {}
        for held in lex.get("held_word"):
            for word in lex.get("boundary"):
                at = held.find(word)
                if at >= 0:
                    self._held.setdefault(word, []).append((held, at))

    def find(self, text: str, places: list[tuple[int, int]] | None = None, folded: str | None = None) -> list[Found]:
        """Maximal body mentions of a sentence (nested suffix hits are dropped); matched on the simplified
        fold, named as the sentence writes them (總工會 stays 總工會). ``places`` are the sentence's
        :func:`~extract.recognise.places.place_hits` and ``folded`` its fold when the caller has them (found here otherwise)."""
        folded = fold(text) if folded is None else folded
        found = self._find(folded, places)
        if folded == text:
            return found
        return [Found(f.label, f.start, f.end, text[f.start : f.end], f.props) for f in found]

    def _find(self, text: str, place_hits: list[tuple[int, int]] | None) -> list[Found]:
        longest: dict[int, tuple[str, Label]] = {}
        for end, hit in self.suffixes.iter(text):
            if len(hit[0]) > len(longest.get(end, ("", ""))[0]):
                longest[end] = hit
        hits = sorted(longest.items())
        abbrevs = list(_ABBREV.finditer(text)) if "总" in text else []
        if not hits and not abbrevs:
            return self._fixed(text)
        self._suffix_starts = {end + 1 - len(word) for end, (word, _) in hits}
        places = SentencePlaces(text, place_hits)
        found = [f for f in (self._candidate(places, end + 1, hit) for end, hit in hits) if f]
        found += self._abbreviations(places, abbrevs) + self._fixed(text)
        kept = [self._party_office(text, _without_deixis(text, f)) for f in _maximal(found)]
        return kept + [n for f in kept if (n := self._enterprise_of(f)) is not None]

    def _party_office(self, text: str, body: Found) -> Found:
        """某有限公司党委书记、董事长某某: 党委书记 is the office, the company the body (not its committee)."""
        if body.label != "Organisation" or body.props.get("suffix") != "党委" or not text.startswith(("书记", "副书记"), body.end):
            return body
        company = body.text[: -len("党委")]
        suffix = self._enterprise_suffix(company)
        return body if suffix is None else Found("Enterprise", body.start, body.end - 2, company, {"suffix": suffix})

    def _enterprise_of(self, union: Found) -> Found | None:
        """The enterprise an enterprise union is named after (…有限公司工会 → …有限公司)."""
        if union.label != "Union" or union.props.get("suffix") != "工会":
            return None
        inner, name = union.text[: -len("工会")], union.props.get("name", union.text)[: -len("工会")]
        suffix = self._enterprise_suffix(name)
        if suffix is None:
            return None
        props = FoundProps(suffix=suffix, nested=True)
        if "name" in union.props:
            props["name"], props["aliases"] = name, union.props["aliases"][: -len("工会")]
        return Found("Enterprise", union.start, union.end - 2, inner, props)

    def _enterprise_suffix(self, name: str) -> str | None:
        """The enterprise suffix ``name`` ends on, when something stands before it (…有限公司), else None."""
        for _, (word, label) in self.suffixes.iter(name):
            if label == "Enterprise" and name.endswith(word) and len(name) > len(word) + 1:
                return str(word)
        return None

    def _candidate(self, places: SentencePlaces, end: int, hit: tuple[str, Label]) -> Found | None:
        suffix, label = hit
        text, stop = places.text, end - len(suffix)
        if not self._suffix_ends_word(text, end, suffix):
            return None
        start = self._whole_region(text, self._left_edge(places, stop), stop)
        if label != "Enterprise":
            start = self._place_start(places, start, stop)
        else:
            start = self._enterprise_start(places, self._after_inner_company(text, start, stop), stop)
        stem, has_place = text[start:stop], places.within(start, stop)
        name = clean_name(stem)
        # 四川省委, 六安市政府, 上城|区委, 丰|县委: a region's own body, its stem the region's name (which
        # may open on a numeral, a generic word) or the part of it that runs into the suffix
        own = is_place_name(name) or (suffix[:1] in _LEVEL_CHARS and is_place_name(name + suffix[0]))
        has_place = has_place or own
        if not name or is_class(name):
            return None
        generic = _LEVEL_ONLY.match(name) is not None or (label != "Enterprise" and level_generic(stem) and not has_place)
        if generic and (label == "Enterprise" or (start > 0 and text[start - 1] in "各每")):
            return None  # 各区产业局: every district's bureau, not one body
        level_tail = _LEVEL_TAIL.search(stem)
        zone = stem.endswith(self._zones)  # 高新区, 开发区: a zone named by its kind is a body's own stem
        if zone and (name in self._zones or not has_place):
            # a bare 高新区总工会 (or one after a word that is no place: 标志着高新区工会): the zone's
            # union named before it on the page, or nothing
            word = next(z for z in self._zones if stem.endswith(z))
            start, generic = stop - len(word), True
        if level_tail and (zone or stem[level_tail.start() - 1 : level_tail.start() + 1] in self._level_words):
            level_tail = None  # 街区, 社区: a word, not a bare level
        if not generic and level_tail and not has_place and not self._particular(stem, name, label, has_place):
            start, generic = start + level_tail.start(), True
        if not generic and not zone and not own and not self._particular(stem, name, label, has_place):
            township = _TOWNSHIP.search(stem)
            if township and stem[township.start() - 1 : township.start() + 1] in self._level_words:
                township = None  # 区域|化社区: the level character starts a word
            if township is None or (label != "Union" and suffix not in self._township_orgs):
                return None
            start = start + township.start()
        if label == "Union" and self._only_generic_after_place(places, start, stop):
            return None
        if suffix == "工会" and _NATION_ONLY.match(name):
            return None  # 中国工会 / 共和国工会 as a phrase: the movement, not a body
        props = FoundProps(suffix=suffix, generic=True) if generic else FoundProps(suffix=suffix)
        short = short_form(text[start:end])
        if short is not None:
            props["name"], props["aliases"] = short[0], short[1] + (suffix if label == "Union" else "")
        elif declared := declared_after(text, end):
            props["name"], props["aliases"] = clean_name(text[start:end]), declared  # 某有限公司(以下简称“Y”)
        return Found(label, start, end, text[start:end], props)

    def _whole_region(self, text: str, start: int, stop: int) -> int:
        """全市X工会联合会: the body of the article's city (keep 市 so the resolver completes it)."""
        if text[start - 2 : start] in WHOLE_REGION and self._strip_generic(clean_name(text[start:stop])):
            return start - 1
        return start

    def _enterprise_start(self, places: SentencePlaces, start: int, stop: int) -> int:
        """An enterprise name starting at a place does not take the verb before it (车开进|呼和浩特…)."""
        i = places.first(start, stop)
        if i is not None and i > start and places.text[i - 1] in self._verb_before_place:
            return i
        return start

    def _after_inner_company(self, text: str, start: int, stop: int) -> int:
        """An enterprise name does not run on far past another company suffix."""
        for end, (word, label) in self.suffixes.iter(text, start, stop):
            if label == "Enterprise" and word.endswith("公司") and stop - (end + 1) > 6:
                start = end + 1
        return start

    def _suffix_ends_word(self, text: str, end: int, suffix: str) -> bool:
        nxt = text[end : end + 1]
        before = text[end - len(suffix) - 1 : end - len(suffix)]
        if before and before in self._not_after.get(suffix, ""):
            return False
        if suffix == "工会" and text[end : end + 3] in ("联合会", "委员会"):
            return False
        return not (nxt and nxt in self._not_before.get(suffix, ""))

    def _left_edge(self, places: SentencePlaces, suffix_start: int) -> int:
        text = places.text
        start = left_run(text, suffix_start)
        if text[start:suffix_start].endswith("》"):
            start = max(text.rfind("《", 0, suffix_start), start - 20)
        plus = text.rfind("+", start, suffix_start)
        start = plus + 1 if plus >= 0 else start
        for end, word in self.boundaries.iter(text, start, suffix_start):
            if end + 1 > suffix_start:
                continue
            leading = word in self._leading_conjunctions and end + 1 - len(word) == start  # 我们和某学院: nothing for 和 to join
            if (
                word in self._conjunctions
                and not leading
                and not self._ends_body(places, start, end + 1 - len(word))
                and places.first(end + 1, suffix_start) != end + 1
                and not text.startswith(self._national, end + 1)
            ):
                continue  # 质量与检测部: a conjunction inside a name; but 某酒店与成都市总工会 / 与中国某银行: a place
                # or a national prefix opens the next body
            if end + 1 in self._suffix_starts and word in self._name_words and end + 1 - len(word) - start >= 2:
                continue  # 物业服务|有限公司: a verb-noun right before the suffix belongs to the name
            if places.covering(end + 1 - len(word), end + 1, suffix_start) and not _verb_place(places, end + 1 - len(word), end + 1):
                continue
            if word in self._held and self._inside_held(text, end + 1 - len(word), suffix_start, self._held[word]):
                continue
            start = max(start, end + 1)
        return _trim_open_quote(text, start, suffix_start)

    @staticmethod
    def _inside_held(text: str, at: int, stop: int, held: list[tuple[str, int]]) -> bool:
        """The boundary word at ``at`` is part of a held word (即时) that ends before the suffix."""
        return any(at - off >= 0 and at - off + len(w) <= stop and text.startswith(w, at - off) for w, off in held)

    def _place_start(self, places: SentencePlaces, start: int, stop: int) -> int:
        """Move the start to the first place name when what precedes it is not part of a name."""
        text = places.text
        i = places.first(start, stop)
        if i is not None:
            pre = text[start:i]
            keep = len(pre) <= 2 or pre.startswith(self._national) or any(True for _ in self.suffixes.iter(pre)) or "“" in pre
            return start if keep else i
        return start

    def _ends_body(self, places: SentencePlaces, start: int, end: int) -> bool:
        """True when ``text[start:end]`` ends on a body suffix or a full place name (a list of bodies)."""
        if any(e + 1 == end for e, _ in self.suffixes.iter(places.text, start, end)):
            return True
        return places.full_ending_at(end, max(start, end - 8))

    def _particular(self, stem: str, name: str, label: str, has_place: bool) -> bool:
        """``name``: the stem's :func:`clean_name`."""
        rest = self._strip_generic(name)
        if len(rest) < 2 and not (label == "Union" and has_place):
            return False
        if label == "Enterprise":
            return bool(CJK.search(rest) or re.search(r"[A-Za-z]{2}", rest))
        # 某公司机关工会: a body inside the union's name; after an inner union, only a short unit name
        # (工会…配齐专职|工会: a clause running on, not a body)
        inner_body = label == "Union" and any(
            e + 1 - len(w) >= 2 and (kind != "Union" or len(name) - e - 1 <= _INNER_UNION_TAIL) for e, (w, kind) in self.suffixes.iter(name)
        )
        return has_place or "“" in stem or name.startswith(self._national) or inner_body

    def _only_generic_after_place(self, places: SentencePlaces, start: int, stop: int) -> bool:
        """两级/基层/产业 … between a place and 工会 (荆州区两级工会): a class of unions, not one body."""
        pos = start
        while (size := places.leading(pos, stop)) > 0:
            pos += size
        rest = clean_name(places.text[pos:stop])
        if rest in self._township_words:
            return False  # 武侯区玉林|街道: a street named like a place
        return pos > start and bool(rest) and not self._strip_generic(rest)

    def _strip_generic(self, name: str) -> str:
        cached = self._stripped.get(name)
        if cached is None:
            cached = self._stripped[name] = self._strip_generic_words(name)
        return cached

    def _strip_generic_words(self, name: str) -> str:
        changed = True
        while changed and name:
            changed = False
            for word in self.generic_words:
                if name.startswith(word) or name.endswith(word):
                    name = name[len(word) :] if name.startswith(word) else name[: -len(word)]
                    changed = True
                    break
        return name

    def _fixed(self, text: str) -> list[Found]:
        """Fixed abbreviations of national bodies (全总)."""
        if self.fixed is None or not self.fixed_gate.open(text):
            return []
        return [Found("Union", m.start(), m.end(), m.group(), {"suffix": ""}) for m in self.fixed.finditer(text)]

    def _abbreviations(self, places: SentencePlaces, matches: list[re.Match[str]]) -> list[Found]:
        """省总 / 市总 / 县总 / 区总 forms (贵州省总 → resolved later)."""
        out, text = [], places.text
        for m in matches:
            start = self._left_edge(places, m.start())
            out.append(Found("Union", start, m.end(), text[start : m.end()], {"suffix": "总", "abbrev": True}))
        return out


def _verb_place(places: SentencePlaces, w_start: int, w_end: int) -> bool:
    """会同|县经发局: a boundary verb that with one level character spells a place reads as the verb
    (the bare 县… form is then resolved from the article, which restores a real 会同县)."""
    size = w_end - w_start + 1
    return size in places.by_start.get(w_start, ()) and w_end < len(places.text) and places.text[w_end] in "省市县区"


def _trim_open_quote(text: str, start: int, stop: int) -> int:
    """Skip an opening quote whose closing quote is not inside the name."""
    while start < stop and text[start] in "“‘「" and text.find("”’」"[("“‘「".index(text[start]))], start, stop) < 0:
        start += 1
    while start < stop and text[start] in "”’」)）·-":
        start += 1
    return _after_open_bracket(text, start, stop)


def _after_open_bracket(text: str, start: int, stop: int) -> int:
    """方某(某有限公司: a bracket opened inside the run and not closed before the suffix
    starts the name (a list row's unit in brackets); (中国)/(集团) close inside and stay."""
    cut = max(text.rfind("(", start, stop), text.rfind("（", start, stop))
    if cut >= 0 and text.find(")", cut, stop) < 0 and text.find("）", cut, stop) < 0:
        return cut + 1
    return start


def _maximal(found: list[Found]) -> list[Found]:
    """Drop mentions inside a longer one; among equals keep the first."""
    priority = {"Union": 0, "Enterprise": 1, "Organisation": 2}
    ordered = sorted(found, key=lambda f: (f.start, -(f.end - f.start), priority.get(f.label, 3)))
    out: list[Found] = []
    for f in ordered:
        if any(o.start <= f.start and f.end <= o.end for o in out):
            continue
        out = [o for o in out if not (f.start <= o.start and o.end <= f.end)]
        out.append(f)
    return out


def _without_deixis(text: str, body: Found) -> Found:
    """The body without a leading 我市 / 本省 (or the level character a boundary word left of 我市): the
    writer's place is no part of a proper name that follows it (我市菏泽某局 → 菏泽某局). A bare level
    form (本市总工会) stays whole for the resolver."""
    if "name" in body.props:
        return body
    m = _DEIXIS.match(body.text)
    if m is None or (m.end() == 1 and (body.start == 0 or text[body.start - 1] not in "我本该")):
        return body
    rest = body.text[m.end() :]
    suffix = body.props.get("suffix", "")
    if len(rest) < len(suffix) + 2 or rest.startswith(suffix) or rest[:1] in "省市县区州":
        return body
    return Found(body.label, body.start + m.end(), body.end, rest, body.props)
