"""PDF text layers: glyphs, lines, blocks and tables, checked page by page and repaired when damaged (`reader.read`)."""
