"""Inbox layout and change detection (no database)."""

from __future__ import annotations

import os

import pytest

from pipeline.inbox import StoredFile, content_hash, find_submissions, scan_inbox


def _touch(path, data=b"x"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.fixture
def layout(tmp_path):
    root = tmp_path / "inbox"
    _touch(root / "2566" / "bangrak" / "a.docx")
    _touch(root / "2566" / "bangrak" / "evidence" / "b.pdf")
    _touch(root / "2567" / "chatuchak" / "a.pdf")
    _touch(root / "2566" / "loose-in-year.pdf")
    _touch(root / "agency-no-year" / "x.docx")
    _touch(root / "loose.pdf")
    _touch(root / ".hidden" / "x.pdf")
    _touch(root / "2566" / "bangrak" / ".DS_Store")
    (root / "empty-folder").mkdir()
    return root


def test_auto_layout_year_level_and_loose_files(layout):
    subs = {s.key: s for s in scan_inbox(layout).submissions}
    assert sorted(subs) == ["2566/bangrak", "2566/loose-in-year.pdf", "2567/chatuchak", "agency-no-year", "loose.pdf"]
    assert (subs["2566/bangrak"].fiscal_year, subs["2566/bangrak"].agency) == (2566, "bangrak")
    assert (subs["agency-no-year"].fiscal_year, subs["agency-no-year"].agency) == (None, "agency-no-year")
    assert [f.name for f in subs["2566/bangrak"].files] == ["a.docx", "evidence/b.pdf"]
    assert [f.path for f in subs["2566/bangrak"].files] == ["2566/bangrak/a.docx", "2566/bangrak/evidence/b.pdf"]
    assert subs["loose.pdf"].is_single_file and subs["loose.pdf"].files[0].name == "loose.pdf"


def test_every_visible_file_belongs_to_exactly_one_submission(layout):
    scan = scan_inbox(layout)
    listed = sorted(f.path for s in scan.submissions for f in s.files)
    on_disk = sorted(
        p.relative_to(layout).as_posix()
        for p in layout.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(layout).parts)
    )
    assert listed == on_disk


def test_depth_one_treats_year_folders_as_submissions(layout):
    keys = [s.key for s in find_submissions(layout, depth=1)]
    assert "2566" in keys and "2566/bangrak" not in keys


def test_depth_two_always_goes_one_level_down(layout):
    keys = [s.key for s in find_submissions(layout, depth=2)]
    assert "agency-no-year/x.docx" in keys and "2566/bangrak" in keys


def test_depth_must_be_positive(layout):
    with pytest.raises(ValueError):
        find_submissions(layout, depth=0)


def test_stored_hash_reused_when_size_and_mtime_match(layout):
    first = scan_inbox(layout)
    f = first.submissions[0].files[0]
    assert f.hashed
    fake = "f" * 64  # proves the file was not read again
    second = scan_inbox(layout, {f.path: StoredFile(f.size, f.mtime_ns, fake)})
    again = second.submissions[0].files[0]
    assert (again.sha256, again.hashed) == (fake, False)
    assert second.hashed_count == first.hashed_count - 1


def test_changed_mtime_or_size_is_rehashed(layout):
    f = scan_inbox(layout).submissions[0].files[0]
    os.utime(layout / f.path, ns=(f.mtime_ns + 10**9, f.mtime_ns + 10**9))
    again = scan_inbox(layout, {f.path: StoredFile(f.size, f.mtime_ns, "f" * 64)}).submissions[0].files[0]
    assert again.hashed and again.sha256 == f.sha256
    _touch(layout / f.path, b"longer content")
    again = scan_inbox(layout, {f.path: StoredFile(f.size, again.mtime_ns, f.sha256)}).submissions[0].files[0]
    assert again.hashed and again.sha256 != f.sha256


def test_content_hash_is_order_free_and_path_sensitive():
    a = content_hash([("a.docx", "1"), ("b.pdf", "2")])
    assert a == content_hash([("b.pdf", "2"), ("a.docx", "1")])
    assert a != content_hash([("a.docx", "1"), ("c.pdf", "2")])
    assert a != content_hash([("a.docx", "1"), ("b.pdf", "3")])


def test_inbox_must_be_a_folder(tmp_path):
    with pytest.raises(NotADirectoryError):
        scan_inbox(tmp_path / "missing")
