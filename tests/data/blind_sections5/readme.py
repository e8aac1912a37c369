# -*- coding: utf-8 -*-
"""Writes README.md for blind_sections5 from the submission list and truth."""
import os
from collections import Counter

INTRO = """# blind_sections5 — blind test set for the five required contents

**Written blind.** The author read only the brief and, for file-making mechanics only, `tests/data/blind_sections4/README.md`, `tests/data/blind_sections4/helpers.py` and `tests/data/blind_sections4/make_set.py` (fonts, python-docx settings, LibreOffice conversion, scan degradation, folder layout, truth.json format). Nothing else of the product was opened: no code under pipeline/, extractors/, flows/, interfaces/, bench/, no samples, no tests/*.py, no other tests/data folders, no rubric, yaml or lexicon, and not blind_sections4's content modules, readme.py or truth.json. The product was not run and git was not used. `helpers.py` is blind_sections4's unchanged; `make_set.py` is blind_sections4's with only the set name, default work dir and seeds changed; `readme.py` and `content_*.py` are new. The document kinds were chosen to differ from the kinds and organisations listed in the brief as already used (a สาธารณสุขอำเภอ proposal, กรมการขนส่งทางบก, กรมที่ดิน, อบต., กศน., วิทยาลัยชุมชน, สพป., อุทยานแห่งชาติ, พาณิชย์จังหวัด minutes, สถิติจังหวัด poster, คลังจังหวัด ITA form, กรมป่าไม้ KPI form), and all headings were invented afresh from general knowledge of how Thai offices write these documents. All organisations, people, places, phone numbers and figures are fictional (the provinces ศรีวารินทร์, ภูผาแดง and บางสาคร do not exist).
"""

LAYOUT = """## Layout

- `subs/NN-name/` — one submission per folder (1–2 files each).
- `truth.json` — `{id: {key: {status, file, heading, starts}, notes}}` for `rationale`, `objectives`, `actions`, `expected_results`, `actual_results`. `status` is `ok`, `placeholder` or `missing`. `heading` is the heading as printed, except that a trailing ` :` is dropped. A heading split over two paragraphs is joined with a space (04 `ส่วนที่ ๒` + `กระบวนการขับเคลื่อนโครงการ`, 08 `๖. ผลการดำเนินงาน` + `(ฤดูกาลท่องเที่ยว …)`). `starts` is the first words of the body (for tables/placeholders a short description). Missing keys have `file: null, heading: null, starts: ""`.
- `make_set.py` (+ `helpers.py`, `readme.py`, `content_a.py` 01–04, `content_b.py` 05–08, `content_c.py` 09–12) — regenerate everything with `python make_set.py` (scan degradation uses fixed seeds 5503 and 5508; .docx core properties and zip entry times and the scans' PDF dates are fixed, so .docx files and scans are byte-identical across reruns; the three LibreOffice text PDFs differ only in their embedded creation date/document ID).
"""

RULES = """## Judgement rules

- Status is per submission (any file). Second files in 01 (training timetable) and 12 (cover memo) carry no section of their own.
- `placeholder` = the heading/label is printed but the body is an instruction (`(ระบุ…)`, `(อธิบาย…)`, `(นำ…มาเขียน…)`, `(ให้รายงาน…)`, `(ให้ระบุกิจกรรม…)`), dot leaders, numbered or labelled dot leaders (`๑. ….`, `ขั้นที่ ๑ ….`), an empty cell, or a table whose data rows are empty (05, 07, 11, 12).
- A form that has no item at all for a content gives `missing`, even when the rest of the form is blank (07 has no expected-results item).
- KPI/indicator items with a `ค่าเป้าหมาย` (03 `(๗) ตัวชี้วัดและค่าเป้าหมาย`, 10 `ตัวชี้วัดโครงการ (KPI)`, 11 `ซ.`, 12 `ค่าเป้าหมาย`, 01 `11. การประเมินผล`) are not expected results; in 03 and 10 the targets are output counts. Target groups (`กลุ่มเป้าหมาย`, `กลุ่มผู้รับบริการ`, `พื้นที่และกลุ่มเป้าหมาย`, `เป้าหมาย เชิงปริมาณ`) are not expected results. Roll-out plans (`ก้าวต่อไป`, `แนวทางการพัฒนาต่อไป`, `ข้อเสนอแนะเพื่อการขยายผล`) and meeting decisions about next steps are not expected results.
- Evaluation-method items (`การติดตามและประเมินผลโครงการ`, `ดัชนีชี้วัดผลสำเร็จ`) are not actual results.
- Budget, period, place, concept/theory, definitions, success factors and problems items are not actions or results.
- An executive summary that quotes results (06) is not the results section; the truth cites the chapter.
- A `ตามที่ … นั้น` opener (09 minutes, 12 memo) is not a rationale section.
"""

UNSURE = """## Calls the author is least sure about

1. **03 and 10 expected_results = missing.** Both have a KPI item with targets (03: `๑,๕๐๐ ราย`, `๑๐ ประเภท`; 10: `≥ 100 ชุด`, `≥ 30 หน่วยงาน`). The brief says targets stating an outcome count; the author judged these to be output counts, not outcomes, so they do not count.
2. **09 actions / actual_results = ok from meeting minutes.** The agenda items `๓.๑ การดำเนินงานตามแผนปฏิบัติงานโครงการ…` and `๓.๒ ยอดจำหน่ายและผลที่เกิดขึ้นกับผู้ประกอบการ` are treated as headings. A stricter evaluator might reject minutes as a format altogether.
3. **12 actions = missing.** The KPI form names the supporting innovation (`เครือข่ายเฝ้าระวังและแจ้งเหตุไฟป่าผ่านแอปพลิเคชันไลน์…`) but never says what was done; `แนวทางแก้ไข/ข้อเสนอแนะ` is future-tense.
4. **05 expected_results** cites `12. ผลลัพธ์ (Outcome)`; the dotted `5.2 เชิงคุณภาพ` line could also be read as the (placeholder) expected-results item. Either way the status is placeholder.
5. **10 objectives** — `เป้าหมายการพัฒนา (Objectives)` is counted as objectives (gloss and wording), not as expected results.
6. **02 objectives** worded `เป้าประสงค์ของการพัฒนา (Goals)`; **04** `จุดมุ่งหมายของโครงการ`, **03** `จุดมุ่งหมายของการพัฒนา` — all counted as objectives.
7. **11 actions = ok** although the actions are only a planned step table in a proposal (activities with periods and owners) — the same as an ordinary proposal's วิธีดำเนินการ.
8. **06 / 08 citations** — 06 actions: chapter 2 or its `2.2 ขั้นดำเนินการ (Do)`; 06 results: chapter 3 or 3.1–3.3; 08 results: the joined two-line heading or just `๖. ผลการดำเนินงาน`.
"""


def _cell(s):
    return s.replace("|", "\\|")


def write_readme(here, truth, subs, keys, kind_label, versions, font_file):
    out = [INTRO, LAYOUT]
    kinds = Counter()
    fonts = set()
    for s in subs:
        for f in s["files"]:
            kinds[f["kind"]] += 1
            fonts.add(f.get("font", s["font"]))
    out.append("## How it was made\n")
    for k, v in versions.items():
        out.append("- %s: %s" % (k, v))
    out.append("- Thai fonts (TLWG via fontconfig): " + ", ".join(
        "%s (`%s`)" % (f, os.path.basename(font_file(f))) for f in sorted(fonts)) + ".")
    out.append("- .docx written with python-docx; font set on ascii/hAnsi/cs/eastAsia, `w:szCs`, `w:lang w:bidi=th-TH`. Most headings are bold "
               "body paragraphs; 06 uses Word *Heading 1* for chapter titles; 01 has bold-underlined sub-sections; 02 and 11 open with a 2-column "
               "info table, and 12's whole form is a 2-column label/content table; 10 is a landscape page whose box headings are shaded bold table rows; "
               "04 and 08 break a heading over two bold paragraphs; 01, 03, 05, 08, 09 and 11 have bold heading + plain body on one line for some items "
               "(03 and 08 with ' : ').")
    out.append("- Text PDFs: `soffice --headless --convert-to pdf` (private profile under the work dir) of a .docx built from the same content "
               "(the .docx is not shipped).")
    out.append("- Scans: LibreOffice PDF → `pdftoppm -r 200 -gray` → Pillow: paper tone, rotation within ±1°, small shift, Gaussian blur 0.5 px, "
               "±12 grey-level noise, JPEG quality 60 → image-only PDF at 200 dpi (no text layer).")
    out.append("- Files: %d .docx, %d text PDF, %d scans across %d submissions.\n" % (
        kinds["docx"], kinds["pdf"], kinds["scan"], len(subs)))

    out.append("## Submissions\n")
    out.append("| id | modelled on | files (format) | R | O | A | E | X | what it tests |")
    out.append("|---|---|---|---|---|---|---|---|---|")
    sym = {"ok": "ok", "placeholder": "P", "missing": "–"}
    for s in subs:
        files = "<br>".join("`%s` (%s)" % (f["name"], kind_label[f["kind"]]) for f in s["files"])
        st = " | ".join(sym[truth[s["id"]][k]["status"]] for k in keys)
        out.append("| %s | %s | %s | %s | %s |" % (s["id"], _cell(s["modelled_on"]), files, st, _cell(s["tests"])))
    out.append("\nR = rationale, O = objectives, A = actions, E = expected_results, X = actual_results; P = placeholder, – = missing.\n")

    out.append("## Counts\n")
    n = len(truth) * len(keys)
    c = Counter(e[k]["status"] for e in truth.values() for k in keys)
    out.append("%d submissions × %d keys = %d judgements.\n" % (len(truth), len(keys), n))
    out.append("| status | count | share |")
    out.append("|---|---|---|")
    for st in ("ok", "placeholder", "missing"):
        out.append("| %s | %d | %d%% |" % (st, c[st], round(100.0 * c[st] / n)))
    full = sum(1 for e in truth.values() if all(e[k]["status"] == "ok" for k in keys))
    out.append("\nSubmissions with all five `ok`: %d of %d.\n" % (full, len(truth)))
    out.append("| key | ok | placeholder | missing |")
    out.append("|---|---|---|---|")
    for k in keys:
        ck = Counter(e[k]["status"] for e in truth.values())
        out.append("| %s | %d | %d | %d |" % (k, ck["ok"], ck["placeholder"], ck["missing"]))
    out.append("")
    out.append(RULES)
    out.append("Per-submission notes (also in `truth.json`):\n")
    for s in subs:
        out.append("- **%s** — %s" % (s["id"], truth[s["id"]]["notes"]))
    out.append("")
    out.append(UNSURE)
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
