"""Word documents: .docx from its XML (`reader.read`) and legacy .doc through LibreOffice (`legacy_doc.read`).

Named `word`, not `docx`: python-docx is imported as `docx`.
"""
