# -*- coding: utf-8 -*-
"""Writes README.md for blind_sections4 from the submission list and truth."""
import os
from collections import Counter

SYM = {"ok": "ok", "placeholder": "P", "missing": "–"}

HEADER = """# blind_sections4 — blind test set for the five required contents

**Written blind.** The author read only the brief and, for file-making mechanics only, `tests/data/blind_sections3/README.md`, `tests/data/blind_sections3/helpers.py` and `tests/data/blind_sections3/make_set.py` (fonts, python-docx settings, LibreOffice conversion, scan degradation, folder layout, truth.json format). Nothing else of the product was opened: no code under pipeline/, extractors/, flows/, interfaces/, bench/, no samples, no other tests or test data, no rubric, yaml or lexicon, and not blind_sections3's content modules, readme.py or truth.json. The product was not run and git was not used. `make_set.py` and `helpers.py` here are adapted from blind_sections3's (added: Word *Heading 2* blocks, two-column page sections); `readme.py` and `content_*.py` are new. The document kinds were chosen to differ from blind_sections3's table (no vocational-college, รพ.สต., agriculture-office, DSD, prison, PEA QCC, Rajabhat research, school BP, อบจ., Revenue, SSO or ศูนย์ดำรงธรรม documents), and all headings were invented afresh from general knowledge of how Thai offices write these forms. All organisations, people, places and numbers are fictional.

## Layout

- `subs/NN-name/` — one submission per folder (1–2 files each).
- `truth.json` — `{id: {key: {status, file, heading, starts}, notes}}` for `rationale`, `objectives`, `actions`, `expected_results`, `actual_results`. `status` is `ok`, `placeholder` or `missing`. `heading` is the heading as printed, except that a trailing ` :` is dropped. A heading split over two lines/paragraphs (or two paragraphs of a table label cell) is joined — with a space where the break is between words or before an English gloss, without one where it falls inside a Thai phrase or after a `/`. `starts` is the first words of the body (for tables/placeholders a short description). Missing keys have `file: null, heading: null, starts: ""`.
- `make_set.py` (+ `helpers.py`, `readme.py`, `content_a.py` 01–04, `content_b.py` 05–08, `content_c.py` 09–12) — regenerate everything with `python make_set.py` (scan degradation uses fixed seeds 4403 and 4411; .docx core properties and zip entry times and the scans' PDF dates are fixed, so .docx files and scans are byte-identical across reruns; the three LibreOffice text PDFs differ only in their embedded creation date/document ID).
"""


def write_readme(here, truth, subs, keys, kind_label, versions, font_file):
    out = [HEADER]
    out.append("## How it was made\n")
    for k, v in versions.items():
        out.append("- %s: %s" % (k, v))
    fonts = sorted({f.get("font", s["font"]) for s in subs for f in s["files"]})
    out.append("- Thai fonts (TLWG via fontconfig): " + ", ".join(
        "%s (`%s`)" % (f, os.path.basename(font_file(f))) for f in fonts) + ".")
    out.append("- .docx written with python-docx; font set on ascii/hAnsi/cs/eastAsia, `w:szCs`, `w:lang w:bidi=th-TH`. "
               "Most headings are bold body paragraphs; 06 uses Word *Heading 1* (chapters) and *Heading 2* "
               "(sub-sections), 09 *Heading 1* (title) and *Heading 2* (sections); 07's memo items are plain, "
               "non-bold indented paragraphs; 04 and 08 put the headings in the label column of a 2-column table; "
               "05 is a two-column (newspaper) page section.")
    out.append("- Text PDFs: `soffice --headless --convert-to pdf` (private profile under the work dir) of a .docx "
               "built from the same content (the .docx is not shipped). `pdftotext` output has the usual stray "
               "spaces/line breaks around some Thai vowels and tone marks.")
    out.append("- Scans: LibreOffice PDF → `pdftoppm -r 200 -gray` → Pillow: paper tone, rotation within ±1°, small "
               "shift, Gaussian blur 0.5 px, ±12 grey-level noise, JPEG quality 60 → image-only PDF at 200 dpi "
               "(no text layer).")
    kc = Counter(f["kind"] for s in subs for f in s["files"])
    out.append("- Files: %d .docx, %d text PDF, %d scans across %d submissions.\n"
               % (kc["docx"], kc["pdf"], kc["scan"], len(subs)))

    out.append("## Submissions\n")
    out.append("| id | modelled on | files (format) | R | O | A | E | X | what it tests |")
    out.append("|---|---|---|---|---|---|---|---|---|")
    for s in subs:
        files = "<br>".join("`%s` (%s)" % (f["name"], kind_label[f["kind"]]) for f in s["files"])
        st = " | ".join(SYM[truth[s["id"]][k]["status"]] for k in keys)
        out.append("| %s | %s | %s | %s | %s |" % (s["id"], s["modelled"], files, st, s["tests"]))
    out.append("\nR = rationale, O = objectives, A = actions, E = expected_results, X = actual_results; "
               "P = placeholder, – = missing.\n")

    out.append("## Counts\n")
    n = len(truth) * len(keys)
    out.append("%d submissions × %d keys = %d judgements.\n" % (len(truth), len(keys), n))
    c = Counter(e[k]["status"] for e in truth.values() for k in keys)
    out.append("| status | count | share |")
    out.append("|---|---|---|")
    for st in ("ok", "placeholder", "missing"):
        out.append("| %s | %d | %d%% |" % (st, c[st], round(100.0 * c[st] / n)))
    out.append("")
    out.append("| key | ok | placeholder | missing |")
    out.append("|---|---|---|---|")
    for k in keys:
        ck = Counter(e[k]["status"] for e in truth.values())
        out.append("| %s | %d | %d | %d |" % (k, ck["ok"], ck["placeholder"], ck["missing"]))
    out.append("")

    out.append("## Judgement rules\n")
    out.append(RULES)
    out.append("Per-submission notes (also in `truth.json`):\n")
    for s in subs:
        out.append("- **%s** — %s" % (s["id"], truth[s["id"]]["notes"]))
    out.append("")
    out.append("## Calls the author is least sure about\n")
    out.append(UNSURE)
    out.append("## Measurements (recorded by the main engineer, not the author)\n\n")
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))


RULES = """- Status is per submission (any file). Second files in 01 (photo captions) and 07 (training schedule) carry no section of their own.
- `placeholder` = the heading/label is printed but the body is dot leaders, an instruction (`(ระบุ…)`, `(อธิบาย…)`, `(นำ…มาเขียน…)`, `(ให้รายงาน…)`), numbered or labelled dot leaders, an empty cell, or a table whose data rows/result columns are empty (02, 04, 08, 09, 12).
- A heading with real content stays `ok` even if a neighbouring cell is unfilled (02 objectives: indicator cells of rows 2–3 empty).
- KPI/indicator tables with a `ค่าเป้าหมาย` column, `กลุ่มเป้าหมาย`/`ครัวเรือนเป้าหมาย`, and `เป้าหมายโครงการ (ผลผลิต/Output)` are not expected results (01, 03, 05, 08, 09). Roll-out plans (`ความยั่งยืนและการขยายผล`) and recommendations (`ข้อเสนอ`) are not expected results (07, 10).
- Evaluation-method items (`การติดตามและประเมินผล`, `ตัวชี้วัดและวิธีการประเมินผล`) are not actual results (02, 12).
- `วัตถุประสงค์` inside running text is not an objectives section (09, 10). A memo's `ตามที่ … นั้น` opener without a heading is not a rationale section (07).
- Table-of-contents lines (06) are not sections, and their dot leaders are not placeholders.
- Scope/area/period/budget items (`ขอบเขต…`, `พื้นที่ดำเนินการ`, `ระยะเวลา`, `งบประมาณ`) are not actions (04, 06, 11).
"""

UNSURE = """1. **05 expected_results = missing.** The storyboard's only forward-looking content is the KPI table `ตัวชี้วัดและค่าเป้าหมาย (Indicators & Targets)` (e.g. readmission `< ร้อยละ ๑๐`). The brief says targets stated as expected outcomes count, so a reader could call this `ok`; the author followed the KPI-table-is-a-distractor rule.
2. **09 expected_results = missing** for the same reason (`๖.๓ ข้อกำหนดที่สำคัญและตัววัดกระบวนการ` with `ค่าเป้าหมาย ปี ๒๕๖๘`).
3. **07 rationale = missing.** The memo's `ตามที่ ภ.๔ ได้อนุมัติ… นั้น` opener is background of a kind, but it only cites the approval letter and has no heading.
4. **04 actions = missing** — the project name (`โครงการก่อสร้างฝายมีชีวิตและขุดลอกลำห้วยทราย…`) says what will be built, but there is no method/activity row.
5. **12 actual_results = placeholder** (not missing): the results item is printed with an instruction and labelled dot leaders.
6. **10 actions** cites `๒. แนวคิดและวิธีการพัฒนาบริการ (Solution & Implementation)`; `๓. การมีส่วนร่วมของผู้มีส่วนได้ส่วนเสีย (Co-creation)` also describes things done and could be cited as well.
7. **06 / 11 citations** — for 06 the chapter `บทที่ ๓ ผลการจัดการความรู้` or its `๓.๒ ผลการนำความรู้ไปใช้ประโยชน์`; for 06/11 actions the chapter `บทที่ ๒ …` or its first sub-heading. Either is valid.
8. **03 actual_results** — `ข. ผลการดำเนินงานที่เกิดขึ้น` is cited; the part title `ส่วนที่ ๒ ผลการดำเนินงาน` also spans it (and the actions).
"""
