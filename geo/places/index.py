"""The gazetteer's lookup index, in a safe format that loads in a fraction of a second.

``scripts/build_gazetteer.py`` writes one index per data pack (``index.arrow`` beside its
``places.tsv.gz`` and ``names.tsv.gz``): an Arrow IPC file of plain columns, so that loading it
runs no code from the file (unlike a pickle) and a damaged file is an error, never a crash.

- ``places``: the pack's places, one row each (the columns of ``places.tsv.gz``).
- ``exact`` / ``variant``: the 64-bit hash of every name key (``normalize`` / ``variant_key``),
  sorted, with where its postings start; a posting is ``place_number << 4 | origin code``.
  Place numbers count across packs in load order, so that a pack may name places of the packs
  before it (the Russian pack adds names to Crimean villages of the core pack).
- ``first``: hashes of the first words of multi-word keys (a scanner's cheap pre-check).
- ``variant_keys``: the variant keys themselves, for "did you mean" suggestions only.

A hash is the first 8 bytes of BLAKE2b of the key: stable across processes and machines, and
with a few million keys a chance collision is about one in a million million.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

__all__ = ["COLUMNS", "ORIGINS", "ORIGIN_CODE", "IndexError_", "Pack", "key_hash", "read_pack", "write_pack"]

#: How a name is known, from most to least trustworthy; scores in geoparse use the order.
ORIGINS = ("native", "ne", "curated", "geonames", "osm", "translit", "district", "generated")
ORIGIN_CODE = {o: i for i, o in enumerate(ORIGINS)}
COLUMNS = ("id", "name", "kind", "country", "admin1", "raion", "lat", "lon", "population",
           "precision", "rank", "native", "category")
FORMAT_VERSION = "1"


class IndexError_(RuntimeError):
    """An index file that cannot be used (damaged, or from another version)."""


def key_hash(key: str) -> int:
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")


@dataclass
class Pack:
    """One loaded index: its places (Arrow table) and its hash tables (numpy arrays)."""

    places: object  # pyarrow.Table
    exact: tuple[np.ndarray, np.ndarray, np.ndarray]  # sorted hashes, starts (len+1), postings
    variant: tuple[np.ndarray, np.ndarray, np.ndarray]
    first: np.ndarray  # sorted hashes of first words of multi-word keys (exact and variant)
    max_words: int
    path: Path


def _table(keys: dict[str, list[int]]):
    """Sorted hashes, posting offsets and postings for a {key: [codes]} table."""
    items = sorted((key_hash(k), codes) for k, codes in keys.items())
    hashes = np.fromiter((h for h, _ in items), dtype=np.uint64, count=len(items))
    lengths = np.fromiter((len(c) for _, c in items), dtype=np.int64, count=len(items))
    starts = np.zeros(len(items) + 1, dtype=np.int64)
    np.cumsum(lengths, out=starts[1:])
    postings = np.fromiter((c for _, codes in items for c in codes), dtype=np.int64, count=int(starts[-1]))
    if len(hashes) > 1 and bool((hashes[1:] == hashes[:-1]).any()):
        raise IndexError_("two name keys share a 64-bit hash: change the hash")
    return hashes, starts, postings


def write_pack(path: Path, places: list[dict], names: list[tuple[int, str, str]], normalize, variant_key) -> None:
    """Write ``places`` (dicts with COLUMNS) and ``names`` ((place number, name, origin)) as an
    index file. Deterministic: the same input gives the same bytes."""
    import pyarrow as pa
    import pyarrow.ipc as ipc

    exact: dict[str, list[int]] = {}
    variant: dict[str, list[int]] = {}
    for number, name, origin in names:
        code = number << 4 | ORIGIN_CODE.get(origin, len(ORIGINS) - 1)
        for key, table in ((normalize(name), exact), (variant_key(name), variant)):
            if not key:
                continue
            bucket = table.setdefault(key, [])
            if not any(c >> 4 == number for c in bucket):
                bucket.append(code)
    first = sorted({key_hash(k.split(" ", 1)[0]) for table in (exact, variant) for k in table if " " in k})
    max_words = min(6, max((len(k.split(" ")) for k in exact), default=1))
    str_cols = [c for c in COLUMNS if c not in ("lat", "lon", "population", "rank")]
    place_cols = {c: pa.array([str(p.get(c) or "") for p in places], pa.string()) for c in str_cols}
    place_cols["lat"] = pa.array([float(p["lat"]) for p in places], pa.float64())
    place_cols["lon"] = pa.array([float(p["lon"]) for p in places], pa.float64())
    place_cols["population"] = pa.array([int(p.get("population") or 0) for p in places], pa.int64())
    place_cols["rank"] = pa.array([float(p.get("rank") or 0) for p in places], pa.float64())
    tables = {"places": pa.table({c: place_cols[c] for c in COLUMNS})}
    for name, keys in (("exact", exact), ("variant", variant)):
        h, s, p = _table(keys)
        tables[name] = pa.table({"hash": h, "start": s[:-1], "count": np.diff(s)})
        tables[f"{name}_postings"] = pa.table({"code": p})
    tables["first"] = pa.table({"hash": np.asarray(first, dtype=np.uint64)})
    vkeys = sorted(variant, key=key_hash)
    tables["variant_keys"] = pa.table({"key": pa.array(vkeys, pa.string())})
    meta = {"format": FORMAT_VERSION, "max_words": str(max_words), "tables": ",".join(tables)}
    options = ipc.IpcWriteOptions(compression="zstd")
    path.parent.mkdir(parents=True, exist_ok=True)
    with pa.OSFile(str(path), "wb") as sink:
        # One IPC stream per table, one after the other, each with its own schema.
        for name, table in tables.items():
            schema = table.schema.with_metadata({**meta, "table": name})
            with ipc.new_stream(sink, schema, options=options) as writer:
                writer.write_table(table)


def read_pack(path: Path) -> Pack:
    """Load an index file; raise IndexError_ for anything that is not one of ours."""
    import pyarrow as pa
    import pyarrow.ipc as ipc

    tables = {}
    try:
        # Read into memory (a few MB): the tables own their buffers, whatever happens to the file.
        source = pa.BufferReader(Path(path).read_bytes())
        while source.tell() < source.size():
            table = ipc.open_stream(source).read_all()
            meta = {k.decode(): v.decode() for k, v in (table.schema.metadata or {}).items()}
            tables[meta.get("table", "")] = (table, meta)
    except (OSError, pa.ArrowException, UnicodeDecodeError, ValueError) as e:
        raise IndexError_(f"{path}: not a usable gazetteer index ({e})") from None
    needed = ("places", "exact", "exact_postings", "variant", "variant_postings", "first")
    if any(t not in tables for t in needed) or tables["places"][1].get("format") != FORMAT_VERSION:
        raise IndexError_(f"{path}: not a gazetteer index of format {FORMAT_VERSION}: rebuild it")

    def hashed(name):
        t = tables[name][0]
        starts = t.column("start").to_numpy()
        counts = t.column("count").to_numpy()
        return (t.column("hash").to_numpy(), np.append(starts, starts[-1] + counts[-1] if len(starts) else 0),
                tables[f"{name}_postings"][0].column("code").to_numpy())

    return Pack(places=tables["places"][0], exact=hashed("exact"), variant=hashed("variant"),
                first=tables["first"][0].column("hash").to_numpy(), max_words=int(tables["places"][1]["max_words"]),
                path=Path(path))


def read_variant_keys(path: Path) -> list[str]:
    """The variant keys of an index file (for fuzzy suggestions; not needed to resolve)."""
    import pyarrow as pa
    import pyarrow.ipc as ipc

    source = pa.BufferReader(Path(path).read_bytes())
    while source.tell() < source.size():
        table = ipc.open_stream(source).read_all()
        if (table.schema.metadata or {}).get(b"table") == b"variant_keys":
            return table.column("key").to_pylist()
    return []


def lookup(table: tuple[np.ndarray, np.ndarray, np.ndarray], h: int) -> np.ndarray:
    """The postings of a hash in a table (empty when the key is not there)."""
    hashes, starts, postings = table
    i = int(np.searchsorted(hashes, np.uint64(h)))
    if i < len(hashes) and int(hashes[i]) == h:
        return postings[starts[i]:starts[i + 1]]
    return postings[:0]


def contains(hashes: np.ndarray, h: int) -> bool:
    i = int(np.searchsorted(hashes, np.uint64(h)))
    return i < len(hashes) and int(hashes[i]) == h
