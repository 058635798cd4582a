"""The evaluation set (tests/data/eval) scored against its gold annotations, with the floors of issue 6.
The scorer is tests/evaluation.py; `python -m tests.evaluation` prints the table in the README."""

from __future__ import annotations

import pytest

from tests.evaluation import evaluate

CONFLICT_PRECISION, CONFLICT_RECALL, CHANGE_RECALL, FALSE_ALARMS = 0.9, 0.9, 0.85, 0.02


@pytest.fixture(scope="module")
def score():
    return evaluate()


def test_evaluation_conflicts(score):
    assert score.conflict_precision >= CONFLICT_PRECISION, score.conflicts_false
    assert score.conflict_recall >= CONFLICT_RECALL, sorted(score.conflicts_gold - score.conflicts_found, key=str)


def test_evaluation_changes(score):
    missed = [c for i, c in enumerate(score.changes_gold) if i not in score.changes_matched]
    assert score.change_recall >= CHANGE_RECALL, missed


def test_evaluation_no_false_alarm_on_different_facts(score):
    assert score.different_pairs >= 20
    assert score.false_alarm_rate <= FALSE_ALARMS, score.false_alarms
