"""The OCR cache in the evidence store (table ``ocr_pages``, migration 0004).

`StoreOcrCache(store)` implements `extractors.ocr.cache.OcrCache`: the OCR
result of a page (JSON text) by its key.  Every command that reads files
installs one (``with use_ocr_cache(...)``), so a page OCR'd by `evidence
text`, `evidence check`, `evidence run` or a re-check is never OCR'd again
while the store is kept (`pipeline.ocr_cache.LazyStoreOcrCache` opens the
store only when a page needs OCR).

Concurrent writers of the same key (two runs reading the same page) are
harmless: the first row stays, the second insert does nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, String, Text, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, mapped_column

from .db import Store, utcnow
from .models import Base


class OcrPage(Base):
    __tablename__ = "ocr_pages"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    result: Mapped[str] = mapped_column(Text)  # extractors.ocr.cache.result_to_json
    created_at: Mapped[datetime] = mapped_column(DateTime)


class StoreOcrCache:
    """OCR results in a store's ``ocr_pages`` table."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, key: str) -> str | None:
        with self.store.session() as s:
            return s.scalar(select(OcrPage.result).where(OcrPage.key == key))

    def put(self, key: str, value: str) -> None:
        row = {"key": key, "result": value, "created_at": utcnow()}
        if self.store.dialect in ("sqlite", "postgresql"):
            insert: Callable[..., Any]  # the sqlite or the postgresql insert: both have on_conflict_do_nothing
            if self.store.dialect == "sqlite":
                from sqlalchemy.dialects.sqlite import insert
            else:
                from sqlalchemy.dialects.postgresql import insert
            with self.store.session() as s, s.begin():
                s.execute(insert(OcrPage).values(**row).on_conflict_do_nothing(index_elements=["key"]))
            return
        try:
            with self.store.session() as s, s.begin():
                s.add(OcrPage(**row))
        except IntegrityError:
            pass  # another process stored this page first: same content, same result

    def count(self) -> int:
        from sqlalchemy import func

        with self.store.session() as s:
            return s.scalar(select(func.count()).select_from(OcrPage)) or 0
