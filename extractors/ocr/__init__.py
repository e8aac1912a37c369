"""OCR with Tesseract: page images (`engine`), parallel worker processes (`pool`, `worker`), the page cache (`cache`),
ruled tables (`tables`), Thai digits read again by their shapes (`digits`) and dictionary-proven mark fixes (`correct`)."""
