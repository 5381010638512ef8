"""Rows to bytes and back: JSON Lines, or Parquet with a fixed schema.

A diagnostics row is the JSON contract's record exactly (``newslint check --format json``'s
``diagnostics`` entries, ``path`` included). In Parquet the contract's keys are typed columns and
any other key a record carries (Word's ``context``) goes, as a JSON object, into ``extra``; reading
a row back gives the record again. A files row is one story: path, bytes, diagnostic count,
error, notices, crashed.
"""

from __future__ import annotations

import io
import json
from typing import Any

FORMATS = ("jsonl", "parquet")
RECORD_KEYS = ("path", "line", "column", "end_line", "end_column", "code", "name", "severity", "message",
               "suggestions", "fix")
FILE_KEYS = ("path", "bytes", "diagnostics", "error", "notices", "crashed")


def _list(item_type, nullable_items: bool = False):
    """A list whose items are named ``element``, as Parquet names them: the schema read back equals it."""
    import pyarrow as pa

    return pa.list_(pa.field("element", item_type, nullable=nullable_items))


def diagnostics_schema():
    import pyarrow as pa

    position = [pa.field(n, pa.int32(), nullable=False) for n in ("line", "column", "end_line", "end_column")]
    edit = pa.struct([*position, pa.field("replacement", pa.string(), nullable=False)])
    fix = pa.struct([pa.field("applicability", pa.string(), nullable=False),
                     pa.field("edits", _list(edit), nullable=False)])
    return pa.schema([
        pa.field("path", pa.string(), nullable=False),
        *position,
        pa.field("code", pa.string(), nullable=False),
        pa.field("name", pa.string(), nullable=False),
        pa.field("severity", pa.string(), nullable=False),  # error, warning or info
        pa.field("message", pa.string(), nullable=False),
        pa.field("suggestions", _list(pa.string()), nullable=False),
        pa.field("fix", fix),  # null when the finding has no fix
        pa.field("extra", pa.string()),  # JSON object of the record's other keys, or null
    ], metadata={"newslint.table": "diagnostics/1"})


def files_schema():
    import pyarrow as pa

    return pa.schema([
        pa.field("path", pa.string(), nullable=False),
        pa.field("bytes", pa.int64()),  # null when the file could not be read
        pa.field("diagnostics", pa.int32(), nullable=False),
        pa.field("error", pa.string()),  # why the story was not linted, or null
        pa.field("notices", _list(pa.string()), nullable=False),
        pa.field("crashed", pa.bool_(), nullable=False),  # a rule raised on this story
    ], metadata={"newslint.table": "files/1"})


SCHEMAS = {"diagnostics": diagnostics_schema, "files": files_schema}


def encode(table: str, rows: list[dict[str, Any]], output_format: str) -> bytes:
    if output_format == "jsonl":
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode("utf-8")
    import pyarrow as pa
    import pyarrow.parquet as pq

    if table == "diagnostics":
        rows = [_row_from_record(r) for r in rows]
    buffer = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMAS[table]()), buffer)
    return buffer.getvalue()


def decode(table: str, data: bytes, output_format: str) -> list[dict[str, Any]]:
    if output_format == "jsonl":
        return [json.loads(line) for line in data.decode("utf-8").splitlines()]
    import pyarrow.parquet as pq

    rows = pq.read_table(io.BytesIO(data)).to_pylist()
    return [_record_from_row(r) for r in rows] if table == "diagnostics" else rows


def _row_from_record(record: dict[str, Any]) -> dict[str, Any]:
    row = {key: record[key] for key in RECORD_KEYS}
    others = {k: v for k, v in record.items() if k not in RECORD_KEYS}
    row["extra"] = json.dumps(others, ensure_ascii=False) if others else None
    return row


def _record_from_row(row: dict[str, Any]) -> dict[str, Any]:
    record = {key: row[key] for key in RECORD_KEYS}
    if row["extra"] is not None:
        record.update(json.loads(row["extra"]))
    return record
