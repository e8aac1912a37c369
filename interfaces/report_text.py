"""The Thai report `evidence check` prints for a person at a terminal, from the typed result."""

from __future__ import annotations

from pipeline.labels import (
    COMPLETION_RULE,
    COMPLETION_VERDICT,
    FISCAL_YEAR_SOURCE,
    SECTION_MARK,
    SECTION_STATUS,
    SEVERITY,
    SIGNALS,
    YES_NO,
    label,
    thai,
)
from pipeline.result import EvidenceCheck, Named, Novelty, Period, Score, Signal
from pipeline.rubric import Rubric

PREVIEW_CHARS = 70


def _where(file: str | None, page: int | None) -> str:
    if not file:
        return ""
    return f"{file}" + (f" หน้า {page}" if page else "")


def _preview(text: str) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= PREVIEW_CHARS else one_line[: PREVIEW_CHARS - 1] + "…"


def _period_lines(period: Period) -> list[str]:
    if period.fiscal_year is None:
        head = "ปีงบประมาณ (fiscal year): ไม่ทราบ (unknown)"
    else:
        head = (
            f"ปีงบประมาณ พ.ศ. {period.fiscal_year} (fiscal year) {period.start} ถึง {period.end}"
            f"  — {label(FISCAL_YEAR_SOURCE, period.source)}"
        )
    completion = period.completion
    info = [d for d in period.dates if d.in_period is False and d.use != "completion"]
    out = [head]
    out.append(
        f"  การแล้วเสร็จ เกณฑ์ 1.1 (completion): {label(COMPLETION_VERDICT, period.verdict)}"
        + (f"  วันที่ (date): {period.completed}" if period.completed else "")
    )
    if completion is not None and completion.sentence:
        out.append(f"      “{completion.sentence}”  ({_where(completion.file, completion.page)})")
        out.append(f"      เลือกโดย (rule): {label(COMPLETION_RULE, completion.rule)}")
    out.append(
        f"  วันที่ที่เขียนในเอกสาร {len(period.dates)} รายการ (dates written), "
        f"นอกรอบการประเมินที่ไม่ใช่วันแล้วเสร็จ {len(info)} รายการ เพื่อทราบ (outside the year, not the completion: information)"
    )
    for d in info[:3]:
        out.append(f"      · {d.text} ({d.date})  {_where(d.file, d.page)}")
    out.append("")
    return out


def _novelty_lines(novelty: Novelty) -> list[str]:
    if novelty.compared_with is None:
        return ["ความใหม่ (novelty): ไม่ได้เปรียบเทียบ ใช้ --db เพื่อเทียบกับผลงานที่เคยส่ง (not compared; use --db)", ""]
    out = [f"ความใหม่ (novelty): เทียบกับผลงานที่เคยส่ง {novelty.compared_with} รายการ (compared with earlier submissions)"]
    if not novelty.matches:
        out.append("  ไม่พบผลงานที่คล้ายกัน (no similar earlier submission)")
    for m in novelty.matches:
        out.append(f"  ! คล้าย {m.submission} (ปีงบประมาณ {m.fiscal_year}) ร้อยละ {round(m.similarity * 100)}")
    out.append("")
    return out


def _signal_value(sig: Signal) -> str:
    if isinstance(sig.value, list):
        if sig.code == "innovation_type":
            names = [f"{t.title_th} ({t.title_en})" for t in sig.named("types")]
        else:
            names = [t.title_th for t in sig.named("topics")]
        return ", ".join(names) or "ไม่พบ (none found)"
    return label(YES_NO, sig.value)


def _signal_lines(signals: list[Signal]) -> list[str]:
    if not signals:
        return []
    out = ["สัญญาณคุณภาพ เกณฑ์ 2.2 — หลักฐานประกอบการพิจารณา ไม่ใช่คำตัดสิน (quality signals: evidence, not a verdict)"]
    for sig in signals:
        out.append(f"  - {label(SIGNALS, sig.code)}: {_signal_value(sig)}")
        out.extend(f"      {line}" for line in _signal_detail(sig))
        if sig.evidence and (sig.value or sig.code in ("measures_consistent", "references")):
            ev = sig.evidence[0]
            out.append(f"      {_preview(ev.text)}" + (f"  ({_where(ev.file, ev.page)})" if ev.file else ""))
    out.append("")
    return out


def _titles(items: list[Named]) -> str:
    return ", ".join(f"{m.title_th} ({m.title_en})" for m in items) or "-"


MAX_DECIDING_WORDS = 4


def _deciding_words(topic: Named, titles: dict[str, str]) -> str:
    """The words that found a 5.2 topic ("กระดาษ … ลดลง", "LINE"), or the topics that imply it."""
    if topic.keywords:
        return " · ".join(topic.keywords[:MAX_DECIDING_WORDS])
    implied = ", ".join(titles.get(t, t) for t in topic.implied_by)
    return f"ตามประเด็น (implied by) {implied}" if implied else "-"


def _signal_detail(sig: Signal) -> list[str]:
    """What decided a signal, in a line or two: the measures each side states, how a type was found,
    the files that could not be opened."""
    if sig.code == "measures_consistent" and sig.has_measures:
        lines = [f"ตัวชี้วัดที่คาดหวัง (expected measures): {_titles(sig.named('expected'))}"]
        if sig.named("not_reported"):
            lines.append(f"ไม่ได้รายงานผล (not reported): {_titles(sig.named('not_reported'))}")
        if sig.named("extra"):
            lines.append(f"รายงานเพิ่มเติม (extra): {_titles(sig.named('extra'))}")
        return lines
    if sig.code == "innovation_type" and sig.inferred:
        lines = [f"อนุมานจากเนื้อหา ไม่ได้ระบุในเอกสาร (inferred, not stated) ความมั่นใจ (confidence) {sig.confidence:.2f}"]
        if sig.cues():
            lines.append(f"ตัดสินจาก (decided by): {', '.join(sig.cues()[:MAX_DECIDING_WORDS])}")
        return lines
    if sig.code == "efficiency_topics":
        topics = sig.named("topics")
        titles = {t.id: t.title_th for t in topics}
        return [f"{t.title_th}: {_deciding_words(t, titles)}" for t in topics]
    if sig.code == "references" and sig.unreadable_files:
        return [
            f"ไฟล์แนบที่เปิดไม่ได้ ไม่นับ (attachments that cannot be opened, not counted): {', '.join(sig.unreadable_files)}"
        ]
    return []


def _score_lines(score: Score) -> list[str]:
    out = [f"คะแนนเบื้องต้น (pre-score) ตามเกณฑ์ {score.rubric}"]
    for part in score.parts:
        pts = (
            f"{part.points:g}"
            if part.points is not None
            else f"รอผู้ประเมิน (awaits evaluator; automatic {part.automatic_points:g})"
        )
        out.append(f"  {part.title}: {pts} / {part.max:g}")
    level = score.level if score.level is not None else "รอผู้ประเมินให้คะแนนส่วนที่เหลือ (pending judgement)"
    out.append(
        f"  คะแนนอัตโนมัติรวม (automatic total): {score.automatic_total:g} / {score.max:g}"
        f"  ระดับ (level): {level}  ระดับขั้นต่ำจากคะแนนอัตโนมัติ (provisional level): {score.provisional_level}"
    )
    out.append("")
    return out


def render_text_report(result: EvidenceCheck, rubric: Rubric) -> str:
    out = [f"ผลการตรวจเอกสาร (evidence check): {result.submission}", f"เกณฑ์ (rubric): {result.rubric}", ""]
    out.append(f"ไฟล์ทั้งหมด {len(result.files)} ไฟล์ (files)")
    for f in result.files:
        if f.error:
            state = f"อ่านไม่ได้ [{f.error.code}] {f.error.message}"
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
        line = f"  {SECTION_MARK[sec.status]} {title}: {label(SECTION_STATUS, sec.status)}"
        if sec.file:
            line += f"  ({_where(sec.file, sec.page)})"
        out.append(line)
        if sec.inferred:
            out.append(
                f"      จากหัวข้อ “{sec.heading}” ที่ใช้แทน ผู้ประเมินยืนยัน (taken from a heading that stands for it; the evaluator confirms)"
            )
        if sec.candidate is not None:
            c = sec.candidate
            out.append(
                f"      บรรทัดที่ใกล้เคียง (nearest line): “{c.heading}” คะแนน (score) {c.score:.2f}  ({_where(c.file, c.page)})"
            )
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
            out.append(
                f"  [{thai(SEVERITY, flag.severity)}] {flag.code}: {flag.message}" + (f"  — {where}" if where else "")
            )
    return "\n".join(out)
