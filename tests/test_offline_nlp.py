"""PyThaiNLP must run offline: bundled data only, no download attempt, ever."""

import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# Run in a fresh interpreter whose sockets refuse to connect, so any network
# access by PyThaiNLP or spaCy fails loudly instead of silently succeeding.
PROBE = textwrap.dedent(
    """
    import socket, os, json
    def refuse(*a, **k):
        raise RuntimeError("network access attempted")
    socket.socket.connect = refuse
    socket.create_connection = refuse
    from extractors.thai import nlp as thai_nlp
    tokens = thai_nlp.word_tokenize("ผลลัพธ์ที่เกิดขึ้นจริงอย่างเป็นรูปธรรม")
    import spacy
    nlp = spacy.blank("th")
    doc = nlp("วัตถุประสงค์ของโครงการ")
    print(json.dumps({
        "tokens": tokens,
        "spacy": [t.text for t in doc],
        "offline": os.environ["PYTHAINLP_OFFLINE"],
        "read_only": os.environ["PYTHAINLP_READ_ONLY"],
        "data": os.environ["PYTHAINLP_DATA"],
        "dictionary": len(thai_nlp.thai_dictionary()),
    }, ensure_ascii=False))
    """
)


def test_tokenizer_dictionary_and_spacy_work_with_network_refused(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, cwd=REPO, timeout=120)
    assert out.returncode == 0, out.stderr
    import json

    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["tokens"] == ["ผลลัพธ์", "ที่", "เกิดขึ้น", "จริง", "อย่าง", "เป็น", "รูปธรรม"]
    assert result["spacy"] == ["วัตถุประสงค์", "ของ", "โครงการ"]
    assert result["offline"] == "1" and result["read_only"] == "1"
    assert Path(result["data"]) == REPO / "extractors" / "data" / "pythainlp"
    assert result["dictionary"] > 50_000
    # Nothing was written to the home directory's default PyThaiNLP data folder.
    assert not (tmp_path / "pythainlp-data").exists()
