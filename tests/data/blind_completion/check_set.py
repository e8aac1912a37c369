#!/usr/bin/env python3
"""Self-check of the blind completion set against the files as written (not against the generator).

    /tmp/blind_completion_work/venv/bin/python check_set.py [--words]

* every `text` in `dates` and `invalid_dates` occurs in the extracted text of its file
  (docx: python-docx, paragraphs and table cells in body order; pdf: `pdftotext`), at least
  as many times as truth lists it; for PDFs whitespace is ignored, because pdftotext breaks
  lines (Thai has no spaces between words, so a wrapped line may split a date or sentence);
* every `completion_sentence` occurs in its `file` (same rule);
* an independent count: every month name / abbreviation / d/m/y token found in the extracted
  text must be accounted for by a truth date or invalid date (tokens inside "ก.พ.ร." excluded);
* prints counts per verdict, case and format.
"""
import collections
import json
import re
import subprocess
import sys
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
THM = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
       "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
THA = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
TOKEN = re.compile("|".join([*THM, *(re.escape(a) for a in THA),
                             r"[0-9๐-๙]{1,2}/[0-9๐-๙]{1,2}/[0-9๐-๙]{2,4}"]))


def docx_text(path):
    doc = Document(path)
    out = []
    body = doc.element.body
    for el in body.iterchildren():
        tag = el.tag.split("}")[1]
        if tag == "p":
            out.append("".join(t.text or "" for t in el.iter() if t.tag.endswith("}t")))
        elif tag == "tbl":
            for tc in el.iter():
                if tc.tag.endswith("}tc"):
                    for p in tc.iter():
                        if p.tag.endswith("}p"):
                            out.append("".join(t.text or "" for t in p.iter() if t.tag.endswith("}t")))
    return "\n".join(out)


def pdf_text(path, layout=False):
    cmd = ["pdftotext"] + (["-layout"] if layout else []) + [str(path), "-"]
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def squash(s):
    return re.sub(r"\s+", "", s)


def ntokens(s):
    s = s.replace("ก.พ.ร.", "")
    return len(TOKEN.findall(s))


def main():
    truth = json.loads((HERE / "truth.json").read_text())
    errors, notes = [], []
    wrapped = 0
    texts = {}
    for key, tr in truth.items():
        folder = HERE / "inbox" / key
        files = sorted(p.name for p in folder.iterdir())
        for name in files:
            p = folder / name
            texts[(key, name)] = docx_text(p) if name.endswith(".docx") else pdf_text(p)
        if tr["file"] and tr["file"] not in files:
            errors.append(f"{key}: file {tr['file']} missing")
        # dates
        per_file = collections.defaultdict(collections.Counter)
        for d in tr["dates"]:
            per_file[d["file"]][d["text"]] += 1
        inv_file = {}
        for t in tr["invalid_dates"]:
            hits = [n for n in files if squash(t) in squash(texts[(key, n)])]
            if not hits:
                errors.append(f"{key}: invalid date '{t}' not found")
            else:
                inv_file.setdefault(hits[0], []).append(t)
        for name in files:
            txt = texts[(key, name)]
            sq = squash(txt)
            for t, n in per_file.get(name, {}).items():
                exact = txt.count(t)
                loose = sq.count(squash(t))
                if loose < n and name.endswith(".pdf"):
                    lay = squash(pdf_text(p := folder / name, layout=True)).count(squash(t))
                    if lay >= n:
                        notes.append(f"{key}/{name}: date '{t}' complete only in pdftotext -layout output "
                                     "(default mode drops a hyphen at a line end)")
                        continue
                if loose < n:
                    errors.append(f"{key}/{name}: date '{t}' listed {n}x, found {loose}x")
                elif exact < n:
                    wrapped += 1
            # independent token count
            found = ntokens(txt if name.endswith(".docx") else txt)
            expected = sum(ntokens(t) * n for t, n in per_file.get(name, {}).items())
            expected += sum(ntokens(t) for t in inv_file.get(name, []))
            if found != expected:
                errors.append(f"{key}/{name}: {found} month/date tokens in text, truth accounts for {expected}")
        for name in per_file:
            if name not in files:
                errors.append(f"{key}: dates refer to missing file {name}")
        if tr["completion_sentence"]:
            txt = texts[(key, tr["file"])]
            if tr["completion_sentence"] in txt:
                pass
            elif squash(tr["completion_sentence"]) in squash(txt):
                notes.append(f"{key}: completion sentence found only with whitespace ignored (line wrap in {tr['file']})")
            else:
                errors.append(f"{key}: completion sentence not found in {tr['file']}")
    # statistics
    verdicts = collections.Counter(t["verdict"] for t in truth.values())
    cases = collections.Counter(c for t in truth.values() for c in t["cases"])
    fmt = collections.Counter()
    for key, t in truth.items():
        if t["file"]:
            fmt[("decisive", t["file"].rsplit(".", 1)[1])] += 1
        else:
            kinds = sorted({n.rsplit(".", 1)[1] for (k, n) in texts if k == key})
            fmt[("no statement", "+".join(kinds))] += 1
    nfiles = collections.Counter(n.rsplit(".", 1)[1] for (k, n) in texts)
    print("submissions", len(truth), "files", dict(nfiles))
    print("verdicts", dict(verdicts))
    print("decisive format", {f"{a}:{b}": n for (a, b), n in sorted(fmt.items())})
    print("cases", dict(sorted(cases.items())))
    print("fiscal years", dict(sorted(collections.Counter(t["fiscal_year"] for t in truth.values()).items())))
    print("dates listed", sum(len(t["dates"]) for t in truth.values()),
          "invalid", sum(len(t["invalid_dates"]) for t in truth.values()),
          "date texts split by a PDF line wrap", wrapped)
    if "--words" in sys.argv:
        from pythainlp.tokenize import word_tokenize
        wc = {}
        for key in truth:
            allt = "\n".join(v for (k, n), v in texts.items() if k == key)
            wc[key] = sum(1 for w in word_tokenize(allt, engine="newmm") if w.strip() and re.search(r"\w", w))
        print("words per submission: min", min(wc.values()), "max", max(wc.values()))
        for k, v in sorted(wc.items(), key=lambda kv: kv[1]):
            if v < 300 or v > 1500:
                print("  out of 300-1500:", k, v)
    for n in notes:
        print("NOTE", n)
    for e in errors:
        print("ERROR", e)
    print("errors", len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
