"""Map pageclean over a dask bag or dataframe, partition by partition.

    import dask.bag as db
    from pageclean.integrations.dask import extract_bag, extract_frame

    records = extract_bag(db.read_text("pages/*.jsonl").map(json.loads))   # dicts with id, html, url
    frame = extract_frame(ddf, html_column="html")                          # adds title, body, … columns

Each record becomes the compact record of :meth:`pageclean.Page.to_record` plus ``id``, ``url`` and
``error`` (None, or the error's type and message): a bad page never fails a partition.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..batch import BatchItem, extract_many
from ..options import Options

__all__ = ["extract_bag", "extract_frame", "extract_partition"]

_COLUMNS = ("title", "body", "credits", "boilerplate_kinds", "authors", "input_kind", "error")


def extract_partition(records: Iterable[Any], *, html_key: str = "html", id_key: str = "id", url_key: str = "url",
                      options: Options | None = None) -> list[dict[str, Any]]:
    """One partition: records are HTML/text strings or bytes, or mappings holding them under ``html_key``."""
    items = []
    for n, rec in enumerate(records):
        if isinstance(rec, dict):
            items.append(BatchItem(str(rec.get(id_key, n)), rec.get(html_key), rec.get(url_key)))  # type: ignore[arg-type]
        else:
            items.append(BatchItem(str(n), rec))
    out = []
    for res in extract_many(items, options=options):
        row: dict[str, Any] = {"id": res.id, "url": res.url}
        if res.page is not None:
            row.update(res.page.to_record(), error=None)
        else:
            row.update(dict.fromkeys(_COLUMNS), error=res.error.to_dict() if res.error else None)
        out.append(row)
    return out


def extract_bag(bag: Any, *, html_key: str = "html", id_key: str = "id", url_key: str = "url",
                options: Options | None = None) -> Any:
    """A bag of records (see :func:`extract_partition`) -> a bag of result dicts."""
    return bag.map_partitions(extract_partition, html_key=html_key, id_key=id_key, url_key=url_key, options=options)


def _frame_partition(df: Any, html_column: str, url_column: str | None, options: Options | None) -> Any:
    import pandas as pd

    records = [{"html": h, "url": (df[url_column].iloc[k] if url_column else None), "id": str(k)}
               for k, h in enumerate(df[html_column].tolist())]
    rows = extract_partition(records, options=options)
    extra = pd.DataFrame({col: [row[col] for row in rows] for col in _COLUMNS}, index=df.index)
    return pd.concat([df, extra], axis=1)


def extract_frame(df: Any, *, html_column: str = "html", url_column: str | None = None,
                  options: Options | None = None) -> Any:
    """A dask dataframe with an HTML column -> the same frame with title, body, credits,
    boilerplate_kinds, authors, input_kind and error columns added."""
    import pandas as pd

    meta = df._meta.assign(**{col: pd.Series(dtype=object) for col in _COLUMNS})
    return df.map_partitions(_frame_partition, html_column, url_column, options, meta=meta)
