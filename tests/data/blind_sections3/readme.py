# -*- coding: utf-8 -*-
"""Writes README.md for blind_sections3 (called by make_set.py)."""
import os
from collections import Counter


def write_readme(here, truth, subs, keys, kind_label, vers, font_file):
    by_status = Counter()
    by_key = {k: Counter() for k in keys}
    for e in truth.values():
        for k in keys:
            by_status[e[k]["status"]] += 1
            by_key[k][e[k]["status"]] += 1
    total = sum(by_status.values())
    fonts = sorted({f.get("font", s["font"]) for s in subs for f in s["files"]})
    kinds = Counter(f["kind"] for s in subs for f in s["files"])
    L = []
    a = L.append
    a("# blind_sections3 — blind test set for the five required contents")
    a("")
    a("**Written blind.** The author read only the brief and, for file-making mechanics only, "
      "`tests/data/blind_sections2/README.md` and `tests/data/blind_sections2/make_set.py` (font setup, "
      "LibreOffice conversion, scan degradation, folder layout). Nothing else of the product was opened: no "
      "code under extractors/, pipeline/, flows/, interfaces/, bench/, no other tests or test data, no samples, "
      "no rubric or lexicon, and not blind_sections2's content modules or truth.json. The product was not "
      "run and git was not used. Headings were invented afresh (not copied from blind_sections2) from general "
      "knowledge of how Thai government offices write proposals, reports, award forms and memos. All "
      "organisations, people and numbers are fictional.")
    a("")
    a("## Layout")
    a("")
    a("- `subs/NN-name/` — one submission per folder (1–2 files each).")
    a("- `truth.json` — `{id: {key: {status, file, heading, starts}, notes}}` for " +
      ", ".join("`%s`" % k for k in keys) + ". `status` is `ok`, `placeholder` or `missing`. "
      "`heading` is the heading as printed; a heading split over two lines/paragraphs (or two paragraphs "
      "of a table label cell) is joined — with a space where the break is between words or before an "
      "English gloss, without one where it falls inside a Thai phrase. `starts` is the first words of the "
      "body (for tables/placeholders a short description). Missing keys have `file: null, heading: null, "
      "starts: \"\"`.")
    a("- `make_set.py` (+ `helpers.py`, `readme.py`, `content_a.py` 01–04, `content_b.py` 05–08, "
      "`content_c.py` 09–12) — regenerate everything with `python make_set.py` "
      "(scan degradation uses fixed seeds 5105 and 1212).")
    a("")
    a("## How it was made")
    a("")
    for k, v in vers.items():
        a("- %s: %s" % (k, v))
    a("- Thai fonts (TLWG via fontconfig): " + ", ".join(
        "%s (`%s`)" % (f, os.path.basename(font_file(f))) for f in fonts) + "; Laksaman not used.")
    a("- .docx written with python-docx; font set on ascii/hAnsi/cs/eastAsia, `w:szCs`, "
      "`w:lang w:bidi=th-TH`. Headings are bold body paragraphs (08 also has underlined sub-headings); "
      "07's chapter titles use Word's *Heading 1* style; 04 and 11 put the headings in the label column "
      "of a 2-column table.")
    a("- Text PDFs: `soffice --headless --convert-to pdf` of a .docx built from the same content "
      "(the .docx is not shipped). As with real LibreOffice/Word Thai PDFs, `pdftotext` output has "
      "stray spaces/line breaks around some vowels and tone marks (e.g. 'เป็ น', 'การตัง / ้ เป้ าหมาย').")
    a("- Scans: LibreOffice PDF → `pdftoppm -r 200 -gray` → Pillow: paper tone, rotation within ±1°, "
      "small shift, Gaussian blur 0.5 px, ±12 grey-level noise, JPEG quality 60 → image-only PDF at "
      "200 dpi (no text layer).")
    a("- Files: %d .docx, %d text PDF, %d scans across %d submissions."
      % (kinds["docx"], kinds["pdf"], kinds["scan"], len(subs)))
    a("")
    a("## Submissions")
    a("")
    a("| id | modelled on | files (format) | R | O | A | E | X | what it tests |")
    a("|---|---|---|---|---|---|---|---|---|")
    ab = {"ok": "ok", "placeholder": "P", "missing": "–"}
    for s in subs:
        e = truth[s["id"]]
        files = "<br>".join("`%s` (%s)" % (f["name"], kind_label[f["kind"]]) for f in s["files"])
        st = " | ".join(ab[e[k]["status"]] for k in keys)
        a("| %s | %s | %s | %s | %s |" % (s["id"], s["model"], files, st, s["tests"]))
    a("")
    a("R = rationale, O = objectives, A = actions, E = expected_results, X = actual_results; "
      "P = placeholder, – = missing.")
    a("")
    a("## Counts")
    a("")
    a("%d submissions × 5 keys = %d judgements." % (len(truth), total))
    a("")
    a("| status | count | share |")
    a("|---|---|---|")
    for st in ("ok", "placeholder", "missing"):
        a("| %s | %d | %.0f%% |" % (st, by_status[st], 100.0 * by_status[st] / total))
    a("")
    a("| key | ok | placeholder | missing |")
    a("|---|---|---|---|")
    for k in keys:
        a("| %s | %d | %d | %d |" % (k, by_key[k]["ok"], by_key[k]["placeholder"], by_key[k]["missing"]))
    a("")
    a("## Judgement rules")
    a("")
    a("- Status is per submission (any file). Second files in 01, 07 and 09 (Gantt, cover memo, budget) "
      "carry no section of their own.")
    a("- `placeholder` = the heading/label is printed but the body is dot leaders, an instruction "
      "(`(ระบุ…)`, `(โปรดระบุ)`, `(ให้กรอก…)`), bare numbering, numbered dot leaders, an empty cell, or a "
      "table whose result column is empty.")
    a("- `เป้าหมาย` counts as expected results when it states an outcome (06 Target Setting, 08 ด้านคุณภาพ); "
      "`กลุ่มเป้าหมาย` and KPI tables with a `ค่าเป้าหมาย` column never do (02, 03, 09, 10).")
    a("- Evaluation-method sections (`การประเมินผล`, `การวัดและประเมินผล`) are not actual results (01, 02, 04).")
    a("- `วัตถุประสงค์` inside running text is not an objectives section (03, 06, 07, 11, 12).")
    a("- Award/best-practice results headings containing `ประโยชน์ที่ได้รับ` that report measured, achieved "
      "results are actual results, not expected (08).")
    a("")
    a("Per-submission notes (also in `truth.json`):")
    a("")
    for sid, e in truth.items():
        a("- **%s** — %s" % (sid, e["notes"]))
    a("")
    a("## Calls the author is least sure about")
    a("")
    a("1. **08 expected_results = ok** via the sub-heading `เป้าหมาย` (ด้านปริมาณ/ด้านคุณภาพ) inside the compound "
      "`จุดประสงค์และเป้าหมายของการดำเนินงาน`; a stricter reader could call it a target, i.e. missing.")
    a("2. **06 expected_results = ok** via `3. Target Setting / การตั้งเป้าหมาย`, and **06 objectives = missing** "
      "(QC Story has no objectives step; some would read the target as the objective).")
    a("3. **10 actual_results = placeholder** — the report part is printed but unfilled (could be argued "
      "`missing`).")
    a("4. **01 expected_results** — both `๗. เป้าหมาย` (with a เชิงคุณภาพ pass-rate target) and "
      "`๑๑. ผลที่คาดว่าจะเกิด` exist; the truth cites ๑๑.")
    a("5. **12 rationale = ok** under the memo item `๑. เหตุผลความจำเป็นและความเป็นมา :` with inline body; "
      "**12 actions** under `สิ่งที่ได้ดำเนินการ`, an unusual wording.")
    a("6. **07 actions** cites the chapter `บทที่ ๓ ระเบียบวิธีวิจัย`; `๓.๓ ขั้นตอนการดำเนินการวิจัย` is "
      "equally valid.")
    a("")
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))
