"""Write the browsing styles from one source, ``browse/style.json``.

- ``browse/bloom/unionkg-perspective.json``: a Bloom / Explore perspective
  (categories, relationship captions, search phrases, scene actions). The
  search phrases are ``bloom/search-phrases/*.cypher`` and the scene actions
  ``bloom/scene-actions/*.cypher``, one query a file with a comment header.
- ``browse/unionkg.grass``: the same captions and colours for Neo4j Browser.
- ``api/static/style.json``: the same again for the built-in explorer.

Run ``uv run python browse/make_styles.py`` after editing any of them; a test
fails while the written files differ from what this script would write.
"""

from __future__ import annotations

import json
import re
import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
STYLE = HERE / "style.json"
PHRASES_DIR = HERE / "bloom" / "search-phrases"
ACTIONS_DIR = HERE / "bloom" / "scene-actions"
PERSPECTIVE = HERE / "bloom" / "unionkg-perspective.json"
GRASS = HERE / "unionkg.grass"
EXPLORER_STYLE = HERE.parent / "api" / "static" / "style.json"

# Fixed, so that the written files only change when their sources do.
STAMP = 1_767_225_600_000  # 2026-01-01T00:00:00Z in ms
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/unionkg/unionkg/browse")
BLOOM_VERSION = "2.21.0"
_HEADER = re.compile(r"^//\s*(phrase|action|description|param):\s*(.*?)\s*$")
_PARAM = re.compile(r"^\$(\w+)\s+(label|cypher):\s*(.+)$")


@dataclass(frozen=True)
class Param:
    """A search-phrase parameter and where Bloom takes its suggestions from."""

    name: str
    label: str | None = None
    prop: str | None = None
    cypher: str | None = None


@dataclass(frozen=True)
class SavedCypher:
    """A search phrase or a scene action read from its ``.cypher`` file."""

    key: str
    title: str
    description: str
    cypher: str
    params: list[Param] = field(default_factory=list)


def read_saved_cypher(path: Path) -> SavedCypher:
    """Parse one ``.cypher`` file: ``// phrase:`` or ``// action:``, ``// description:``, ``// param:`` lines, then the query."""
    meta: dict[str, str] = {}
    params: list[Param] = []
    body: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _HEADER.match(line.strip()) if not body else None
        if match and match.group(1) == "param":
            params.append(_param(path, match.group(2)))
        elif match:
            meta[match.group(1)] = match.group(2)
        elif line.strip() or body:
            body.append(line)
    title = meta.get("phrase") or meta.get("action")
    if not title:
        raise ValueError(f"{path.name}: needs a '// phrase:' or '// action:' line")
    return SavedCypher(path.stem, title, meta.get("description", ""), "\n".join(body).strip(), params)


def _param(path: Path, text: str) -> Param:
    match = _PARAM.match(text)
    if not match:
        raise ValueError(f"{path.name}: bad param line {text!r} (want '$name label: Label.prop' or '$name cypher: ...')")
    name, kind, value = match.groups()
    if kind == "cypher":
        return Param(name, cypher=value)
    label, _, prop = value.partition(".")
    return Param(name, label=label, prop=prop or "name")


def saved(directory: Path) -> list[SavedCypher]:
    """Every saved query of a directory, in file-name order."""
    return [read_saved_cypher(p) for p in sorted(directory.glob("*.cypher"))]


def _id(kind: str, key: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{kind}/{key}"))


def _caption(key: str, kind: str) -> dict[str, Any]:
    return {"key": key, "type": kind, "isCaption": True, "inTooltip": True, "styles": [], "isGdsData": False}


def categories(style: dict[str, Any]) -> list[dict[str, Any]]:
    """One Bloom category a label, captioned by its caption property."""
    return [
        {
            "id": i, "name": label, "labels": [label],
            "properties": [{"name": k, "exclude": k == "text", "dataType": t} for k, t in spec["properties"].items()],
            "color": spec["color"], "size": spec["size"], "icon": spec["icon"],
            "textSize": 1, "textAlign": "top",
            "captionKeys": [spec["caption"]], "captions": [_caption(spec["caption"], "property")],
            "styleRules": [], "createdAt": STAMP, "lastEditedAt": STAMP,
        }
        for i, (label, spec) in enumerate(style["labels"].items(), start=1)
    ]


def _rel_properties(style: dict[str, Any], rel: str) -> dict[str, str]:
    props = dict(style["relationships"][rel]["properties"])
    if rel in style["evidence_relationships"]:
        props.update(style["evidence_properties"])
    return props


def relationship_types(style: dict[str, Any]) -> list[dict[str, Any]]:
    """One Bloom relationship type each; captioned by a property where the style names one, else by the type."""
    out = []
    for rel, spec in style["relationships"].items():
        caption = spec["caption"]
        out.append({
            "id": rel, "name": rel, "color": spec["color"], "size": spec["width"],
            "properties": [{"propertyKey": k, "type": rel, "dataType": t} for k, t in _rel_properties(style, rel).items()],
            "textSize": 1, "textAlign": "top",
            "captionKeys": [caption] if caption else ["0_REL_TYPE_CAPTION_KEY"],
            "captions": [_caption(caption, "property") if caption else _caption(rel, "relationship")],
            "styleRules": [],
        })
    return out


def templates(phrases: list[SavedCypher]) -> list[dict[str, Any]]:
    """Bloom search phrases ("templates") with their parameters."""
    return [
        {
            "name": p.title, "id": f"tmpl:{_id('phrase', p.key)}", "createdAt": STAMP + i,
            "text": p.title, "description": p.description, "cypher": p.cypher,
            "isUpdateQuery": False, "hasCypherErrors": False,
            "params": [
                {"name": f"${q.name}", "dataType": "String", "collapsed": False,
                 "suggestionLabel": q.label, "suggestionProp": q.prop, "suggestionBoolean": False, "cypher": q.cypher}
                for q in p.params
            ],
        }
        for i, p in enumerate(phrases)
    ]


def scene_actions(actions: list[SavedCypher]) -> list[dict[str, Any]]:
    """Bloom scene actions (``$nodes`` / ``$relationships`` are the selection's element ids)."""
    return [
        {"name": a.title, "id": _id("action", a.key), "createdAt": STAMP + i, "description": a.description,
         "cypher": a.cypher, "isUpdateQuery": False, "hasCypherErrors": False,
         "categories": None, "relationshipTypes": None}
        for i, a in enumerate(actions)
    ]


def perspective(style: dict[str, Any], phrases: list[SavedCypher], actions: list[SavedCypher]) -> dict[str, Any]:
    """The whole perspective document."""
    rels = style["relationships"]
    return {
        "name": "unionkg — 工会知识图谱", "id": _id("perspective", "unionkg"), "version": BLOOM_VERSION,
        "type": "STANDARD_PERSPECTIVE", "createdAt": STAMP, "lastEditedAt": STAMP,
        "categories": categories(style),
        "labels": {
            label: [{"propertyKey": k, "type": label, "dataType": t} for k, t in spec["properties"].items()]
            for label, spec in style["labels"].items()
        },
        "relationshipTypes": relationship_types(style),
        "palette": {"colors": [s["color"] for s in style["labels"].values()], "currentIndex": 0},
        "templates": templates(phrases),
        "sceneActions": scene_actions(actions),
        "hiddenRelationshipTypes": [], "hiddenCategories": [], "hideUncategorisedData": False,
        "isAuto": False, "parentPerspectiveId": None, "history": [],
        "metadata": {
            "pathSegments": [
                {"source": s, "relationshipType": rel, "target": t}
                for rel, spec in rels.items() for s in spec["from"] for t in spec["to"]
            ],
            "indexes": [
                {"label": label, "type": "native", "propertyKeys": [{"key": "id", "metadataProp": False}]}
                for label in style["labels"]
            ] + [{"label": None, "type": "fulltext", "name": "entity_names",
                  "propertyKeys": [{"key": "name", "metadataProp": False}, {"key": "aliases", "metadataProp": False}]}],
        },
    }


def grass(style: dict[str, Any]) -> str:
    """A Neo4j Browser style sheet with the same colours and captions."""
    lines = [
        "/* unionkg — Neo4j Browser style. Written by browse/make_styles.py from browse/style.json. */",
        "node {\n  diameter: 50px;\n  color: #A5ABB6;\n  border-color: #9AA1AC;\n  border-width: 2px;\n"
        "  text-color-internal: #FFFFFF;\n  font-size: 10px;\n}",
        "relationship {\n  color: #A5ABB6;\n  shaft-width: 1px;\n  font-size: 8px;\n  padding: 3px;\n"
        "  text-color-external: #000000;\n  text-color-internal: #FFFFFF;\n  caption: \"<type>\";\n}",
    ]
    for label, spec in style["labels"].items():
        lines.append(
            f"node.{label} {{\n  color: {spec['color']};\n  border-color: {spec['border']};\n"
            f"  text-color-internal: {spec['text']};\n  diameter: {round(50 * spec['size'])}px;\n"
            f"  caption: \"{{{spec['caption']}}}\";\n}}"
        )
    for rel, spec in style["relationships"].items():
        caption = f"{{{spec['caption']}}}" if spec["caption"] else "<type>"
        lines.append(
            f"relationship.{rel} {{\n  color: {spec['color']};\n  shaft-width: {spec['width']}px;\n"
            f"  caption: \"{caption}\";\n}}"
        )
    return "\n".join(lines) + "\n"


def explorer_style(style: dict[str, Any]) -> dict[str, Any]:
    """What the explorer needs: names in Chinese, colours and captions."""
    keep_label = ("zh", "color", "border", "text", "size", "caption")
    keep_rel = ("zh", "color", "width", "caption")
    return {
        "labels": {k: {f: v[f] for f in keep_label} for k, v in style["labels"].items()},
        "relationships": {k: {f: v[f] for f in keep_rel} for k, v in style["relationships"].items()},
    }


def load_style() -> dict[str, Any]:
    """``browse/style.json``."""
    data: dict[str, Any] = json.loads(STYLE.read_text(encoding="utf-8"))
    return data


def outputs() -> dict[Path, str]:
    """Every written file and its text."""
    style = load_style()
    dump = lambda data: json.dumps(data, ensure_ascii=False, indent=2) + "\n"  # noqa: E731
    return {
        PERSPECTIVE: dump(perspective(style, saved(PHRASES_DIR), saved(ACTIONS_DIR))),
        GRASS: grass(style),
        EXPLORER_STYLE: dump(explorer_style(style)),
    }


def main() -> int:
    """Write the files; print what changed."""
    for path, text in outputs().items():
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if old != text:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
