"""The Thai report `evidence check` prints for a person at a terminal."""

from __future__ import annotations

from pipeline.check import CheckResult
from pipeline.rubric import Rubric

STATUS_TH = {
    "ok": "ครบ",
    "missing": "ไม่พบ",
    "empty": "ว่าง",
    "placeholder": "ยังไม่กรอก",
    "too_short": "สั้นเกินไป",
}
STATUS_MARK = {"ok": "✓", "missing": "✗", "empty": "✗", "placeholder": "✗", "too_short": "!"}
SEVERITY_TH = {"error": "ข้อผิดพลาด", "warning": "ข้อควรตรวจ"}
PREVIEW_CHARS = 70


def _where(file: str | None, page: int | None) -> str:
    if not file:
        return ""
    return f"{file}" + (f" หน้า {page}" if page else "")


def _preview(text: str) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= PREVIEW_CHARS else one_line[: PREVIEW_CHARS - 1] + "…"


SOURCE_TH = {"option": "ระบุในคำสั่ง (option)", "path": "จากโฟลเดอร์ (path)", "text": "จากเอกสาร (text)"}
SIGNAL_TH = {
    "concrete_figures": "ผลลัพธ์มีตัวเลขเป็นรูปธรรม (concrete figures)",
    "measures_consistent": "ผลที่คาดหวังกับผลจริงวัดสิ่งเดียวกัน (same measures)",
    "problem_linked": "ปัญหาเชื่อมโยงวัตถุประสงค์/กลุ่มเป้าหมาย (problem linked)",
    "references": "มีข้อมูลอ้างอิง/หลักฐานแนบ (references)",
    "routine_duty": "ระบุว่าเป็นภารกิจงานประจำ (routine duty)",
    "innovation_type": "ประเภทนวัตกรรม (innovation type)",
    "efficiency_topics": "ประเด็นตัวชี้วัด 5.2 (efficiency topics)",
}


def _yes(value: bool | None) -> str:
    return {True: "ใช่ (yes)", False: "ไม่ (no)", None: "-"}[value]


VERDICT_TH = {
    "completed_in_period": "แล้วเสร็จในรอบการประเมิน (completed within the period)",
    "completed_outside_period": "แล้วเสร็จนอกรอบการประเมิน (completed outside the period)",
    "in_progress": "อยู่ระหว่างดำเนินการ ผู้ประเมินพิจารณา (in progress; the evaluator decides)",
    "not_stated": "ไม่พบข้อความระบุการแล้วเสร็จ ผู้ประเมินพิจารณา (no completion stated; the evaluator decides)",
    "completed": "แล้วเสร็จ ไม่ทราบปีงบประมาณ (completed; fiscal year unknown)",
}
RULE_TH = {
    "project_statement": "ข้อความว่าโครงการแล้วเสร็จ (project completion statement)",
    "completion_statement": "ข้อความว่าดำเนินการแล้วเสร็จ (completion statement)",
    "in_progress_statement": "ข้อความว่ายังอยู่ระหว่างดำเนินการ (in-progress statement)",
    "continuation_statement": "ข้อความว่าจะดำเนินการต่อ (continuation statement)",
    "implausible_year": "ปี พ.ศ. ห่างจากปีงบประมาณเกิน 5 ปี ไม่นำมาใช้ (implausible year, set aside)",
    "completion_without_date": "ระบุว่าแล้วเสร็จแต่ไม่ระบุวันที่ (completion without a date)",
    "no_statement": "ไม่พบข้อความ (no statement)",
}


def _period_lines(period: dict) -> list[str]:
    if not period:
        return []
    if period.get("fiscal_year") is None:
        head = "ปีงบประมาณ (fiscal year): ไม่ทราบ (unknown)"
    else:
        head = (f"ปีงบประมาณ พ.ศ. {period['fiscal_year']} (fiscal year) {period['start']} ถึง {period['end']}"
                f"  — {SOURCE_TH.get(period['source'], period['source'])}")
    completion = period.get("completion") or {}
    info = [d for d in period["dates"] if d["in_period"] is False and d.get("use") != "completion"]
    out = [head]
    verdict = period.get("verdict")
    out.append(f"  การแล้วเสร็จ เกณฑ์ 1.1 (completion): {VERDICT_TH.get(verdict, verdict or '-')}"
               + (f"  วันที่ (date): {period['completed']}" if period.get("completed") else ""))
    if completion.get("sentence"):
        out.append(f"      “{completion['sentence']}”  ({_where(completion.get('file'), completion.get('page'))})")
        out.append(f"      เลือกโดย (rule): {RULE_TH.get(completion.get('rule'), completion.get('rule'))}")
    out.append(f"  วันที่ที่เขียนในเอกสาร {len(period['dates'])} รายการ (dates written), "
               f"นอกรอบการประเมินที่ไม่ใช่วันแล้วเสร็จ {len(info)} รายการ เพื่อทราบ (outside the year, not the completion: information)")
    for d in info[:3]:
        out.append(f"      · {d['text']} ({d['date']})  {_where(d['file'], d['page'])}")
    out.append("")
    return out


def _novelty_lines(novelty: dict) -> list[str]:
    if not novelty:
        return []
    if novelty.get("compared_with") is None:
        return ["ความใหม่ (novelty): ไม่ได้เปรียบเทียบ ใช้ --db เพื่อเทียบกับผลงานที่เคยส่ง (not compared; use --db)", ""]
    out = [f"ความใหม่ (novelty): เทียบกับผลงานที่เคยส่ง {novelty['compared_with']} รายการ (compared with earlier submissions)"]
    if not novelty["matches"]:
        out.append("  ไม่พบผลงานที่คล้ายกัน (no similar earlier submission)")
    for m in novelty["matches"]:
        out.append(f"  ! คล้าย {m['submission']} (ปีงบประมาณ {m['fiscal_year']}) ร้อยละ {round(m['similarity'] * 100)}")
    out.append("")
    return out


def _signal_value(sig: dict) -> str:
    value = sig["value"]
    if isinstance(value, list):
        if sig["code"] == "innovation_type":
            names = [f"{t['title_th']} ({t['title_en']})" for t in sig["detail"].get("types", [])]
        else:
            names = [t["title_th"] for t in sig["detail"].get("topics", [])]
        return ", ".join(names) or "ไม่พบ (none found)"
    return _yes(value)


def _signal_lines(signals: list[dict]) -> list[str]:
    if not signals:
        return []
    out = ["สัญญาณคุณภาพ เกณฑ์ 2.2 — หลักฐานประกอบการพิจารณา ไม่ใช่คำตัดสิน (quality signals: evidence, not a verdict)"]
    for sig in signals:
        out.append(f"  - {SIGNAL_TH.get(sig['code'], sig['code'])}: {_signal_value(sig)}")
        out.extend(f"      {line}" for line in _signal_detail(sig))
        if sig["evidence"] and (sig["value"] or sig["code"] in ("measures_consistent", "references")):
            ev = sig["evidence"][0]
            out.append(f"      {_preview(ev['text'])}" + (f"  ({_where(ev['file'], ev['page'])})" if ev["file"] else ""))
    out.append("")
    return out


def _titles(items: list[dict]) -> str:
    return ", ".join(f"{m['title_th']} ({m['title_en']})" for m in items) or "-"


def _signal_detail(sig: dict) -> list[str]:
    """What decided a signal, in a line or two: the measures each side states, how a type was found,
    the files that could not be opened."""
    d = sig.get("detail") or {}
    if sig["code"] == "measures_consistent" and "expected" in d:
        lines = [f"ตัวชี้วัดที่คาดหวัง (expected measures): {_titles(d['expected'])}"]
        if d.get("not_reported"):
            lines.append(f"ไม่ได้รายงานผล (not reported): {_titles(d['not_reported'])}")
        if d.get("extra"):
            lines.append(f"รายงานเพิ่มเติม (extra): {_titles(d['extra'])}")
        return lines
    if sig["code"] == "innovation_type" and d.get("inferred"):
        return [f"อนุมานจากเนื้อหา ไม่ได้ระบุในเอกสาร (inferred, not stated) ความมั่นใจ (confidence) {d.get('confidence', 0):.2f}"]
    if sig["code"] == "references" and d.get("unreadable_files"):
        return [f"ไฟล์แนบที่เปิดไม่ได้ ไม่นับ (attachments that cannot be opened, not counted): {', '.join(d['unreadable_files'])}"]
    return []


def _score_lines(score: dict) -> list[str]:
    if not score:
        return []
    out = [f"คะแนนเบื้องต้น (pre-score) ตามเกณฑ์ {score['rubric']}"]
    for part in score["parts"]:
        pts = part["points"] if part["points"] is not None else f"รอผู้ประเมิน (awaits evaluator; automatic {part['automatic_points']:g})"
        out.append(f"  {part['title']}: {pts if isinstance(pts, str) else f'{pts:g}'} / {part['max']:g}")
    level = score["level"] if score["level"] is not None else "รอผู้ประเมินให้คะแนนส่วนที่เหลือ (pending judgement)"
    out.append(f"  คะแนนอัตโนมัติรวม (automatic total): {score['automatic_total']:g} / {score['max']:g}"
               f"  ระดับ (level): {level}  ระดับขั้นต่ำจากคะแนนอัตโนมัติ (provisional level): {score['provisional_level']}")
    out.append("")
    return out


def render_text_report(result: CheckResult, rubric: Rubric) -> str:
    out = [f"ผลการตรวจเอกสาร (evidence check): {result.submission}", f"เกณฑ์ (rubric): {result.rubric}", ""]
    out.append(f"ไฟล์ทั้งหมด {len(result.files)} ไฟล์ (files)")
    for f in result.files:
        if f.error:
            state = f"อ่านไม่ได้ [{f.error['code']}] {f.error['message']}"
        elif f.format == "image":
            state = "ภาพถ่าย หลักฐานประกอบที่ไม่มีข้อความ (photo: evidence without text)"
        else:
            pages = f"{f.pages} หน้า, " if f.pages else ""
            state = f"{pages}อ่านโดย {', '.join(f.read_by) or '-'}"
        out.append(f"  - {f.path}  [{f.form}]  {state}")
    out.append("")
    out.append("เนื้อหาที่ต้องมี 5 หัวข้อ (required contents, criterion 2.1)")
    for key, sec in result.sections.items():
        title = rubric.sections[key].title_th
        line = f"  {STATUS_MARK[sec.status]} {title}: {STATUS_TH[sec.status]}"
        if sec.file:
            line += f"  ({_where(sec.file, sec.page)})"
        out.append(line)
        if sec.inferred:
            out.append(f"      จากหัวข้อ “{sec.heading}” ที่ใช้แทน ผู้ประเมินยืนยัน (taken from a heading that stands for it; the evaluator confirms)")
        if sec.candidate is not None:
            c = sec.candidate
            out.append(f"      บรรทัดที่ใกล้เคียง (nearest line): “{c.heading}” คะแนน (score) {c.score:.2f}  ({_where(c.file, c.page)})")
        if sec.text and sec.status != "placeholder":
            out.append(f"      {_preview(sec.text)}")
        if len(sec.occurrences) > 1:
            out.append(f"      พบ {len(sec.occurrences)} แห่ง (found in {len(sec.occurrences)} places)")
    out.append("")
    out.extend(_period_lines(result.period))
    out.extend(_novelty_lines(result.novelty))
    out.extend(_signal_lines(result.signals))
    out.extend(_score_lines(result.score))
    errors = [f for f in result.flags if f.severity == "error"]
    warnings = [f for f in result.flags if f.severity != "error"]
    if not result.flags:
        out.append("ไม่พบประเด็นที่ต้องแก้ไข (no flags)")
    else:
        out.append(f"ประเด็นที่พบ (flags): ข้อผิดพลาด {len(errors)}, ข้อควรตรวจ {len(warnings)}")
        for flag in errors + warnings:
            where = _where(flag.file, flag.page)
            out.append(f"  [{SEVERITY_TH[flag.severity]}] {flag.code}: {flag.message}" + (f"  — {where}" if where else ""))
    return "\n".join(out)
