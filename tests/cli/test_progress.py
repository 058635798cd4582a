"""The progress bar: on stderr when it is a terminal, never in a report, never in a pipe."""

import json
import os
import pty
import subprocess

from factcheck.cli.progress import RichProgress, progress_for
from factcheck.progress import Progress
from tests.cli.test_check import EXE
from tests.conftest import ROOT


def test_progress_bar_only_on_a_terminal():
    import io

    from rich.console import Console

    assert type(progress_for(Console(file=io.StringIO()))) is Progress
    bar = progress_for(Console(file=io.StringIO(), force_terminal=True))
    assert isinstance(bar, RichProgress)
    bar.close()


def test_progress_counts_each_input(rules, tmp_path):
    from factcheck.api import check_corpus
    from tests.conftest import CORPUS

    class Recorder(Progress):
        active = True

        def __init__(self):
            self.stages, self.steps = [], 0

        def stage(self, name, total=None):
            self.stages.append((name, total))

        def advance(self, steps=1):
            self.steps += steps

    bad = tmp_path / "x.jsonl"
    bad.write_text('{"id": "a", "text": "نص"}\nnot json\n\n', encoding="utf-8")
    rec = Recorder()
    check_corpus([CORPUS, bad], rules, progress=rec)
    assert rec.stages == [("reading articles", 7), ("extracting claims", 6), ("lining up facts", None)]
    assert rec.steps == 7 + 6  # 5 articles, a document and an error from the JSON lines; 6 extracted


def test_progress_on_a_terminal_stderr_and_clean_json_on_stdout():
    master, slave = pty.openpty()
    proc = subprocess.Popen([EXE, "check", "corpus/", "--format", "json"], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=slave, env={**os.environ, "TERM": "xterm", "COLUMNS": "100"})
    os.close(slave)
    seen = []
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen.append(chunk)
    stdout = proc.stdout.read()
    assert proc.wait(timeout=300) == 0
    os.close(master)
    assert "reading articles" in b"".join(seen).decode("utf-8", "replace")
    assert json.loads(stdout)["summary"]["documents"] == 5
