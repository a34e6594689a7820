"""Short forms an article declares (以下简称Y) or implies (a company's brand): later Y / Y工会 are that body."""

from __future__ import annotations

from collections import defaultdict

from extract.recognise.brands import brand_forms
from extract.relate.sentence import RelationFinder
from extract.resolve import SentenceRecord
from extract.resources.lexicon import Words
from extract.text.spans import Found


def complete_short_forms(records: list[SentenceRecord], finder: RelationFinder) -> None:
    """某有限公司(以下简称Y)工会 or 某有限公司(以下简称Y) declares Y: later Y工会 / Y in the article is that union / enterprise."""
    short: dict[int, dict[str, Found]] = defaultdict(dict)
    for r in records:
        for m in r.mentions:
            if m is not None and m.label == "Enterprise":
                _add_brands(short[r.article], m.found)
            if m is None or "aliases" not in m.found.props or "name" not in m.found.props:
                continue
            f = m.found
            short[r.article][f.props["aliases"]] = f
            if f.label == "Union":  # the enterprise's own short form: Y工会 minus 工会
                ent = f.props["aliases"][: -len(f.props.get("suffix", ""))]
                if len(ent) >= 2:
                    name = f.props["name"][: -len(f.props.get("suffix", ""))]
                    short[r.article].setdefault(ent, Found("Enterprise", 0, 0, ent, {"name": name, "aliases": ent}))
            elif f.label == "Enterprise":  # the union of a declared enterprise: Y工会
                union = f.props["aliases"] + "工会"
                short[r.article].setdefault(
                    union, Found("Union", 0, 0, union, {"name": f.props["name"] + "工会", "aliases": union, "suffix": "工会"})
                )
    patterns = {a: Words(forms) for a, forms in short.items() if forms}
    for r in records:
        forms = short.get(r.article)
        if forms and _add_short(r, forms, patterns[r.article]):
            r.relations = finder.find(r.sentence.text, [m.found for m in r.mentions if m is not None])


def _add_brands(forms: dict[str, Found], ent: Found) -> None:
    """A company named in full: its brand forms (:mod:`extract.recognise.brands`) and their 工会 stand for it and its union."""
    name = ent.props.get("name", ent.text)
    for brand in brand_forms(name):
        forms.setdefault(brand, Found("Enterprise", 0, 0, brand, {"name": name, "aliases": brand}))
        union = brand + "工会"
        forms.setdefault(union, Found("Union", 0, 0, union, {"name": name + "工会", "aliases": union, "suffix": "工会"}))


def _add_short(r: SentenceRecord, forms: dict[str, Found], pattern: Words) -> bool:
    text = r.sentence.text
    found: list[Found] = []
    for start, end in pattern.finditer(text):
        model = forms[text[start:end]]
        props = model.props.copy()
        props.pop("aliases", None)
        found.append(Found(model.label, start, end, text[start:end], props))
    return r.add_free_mentions(found)
