"""rules/lexicons/facts.yml: loading and errors (factcheck/facts/lexicon.py)."""

from __future__ import annotations

import shutil

import pytest

from factcheck.errors import RulesError
from factcheck.facts.lexicon import load_facts
from tests.conftest import RULES


def test_lexicon_loads_attributes_and_groups(rules):
    facts = rules.facts
    deaths = facts.attribute("deaths")
    assert deaths.mutable and deaths.cumulative and "killed" in deaths.nouns
    assert facts.group("killed") == facts.group("person") == "people" and facts.group("hectare") == "hectare"
    exact, prefixes = facts.key_words()
    assert "قتل" in prefixes and "ضحايا" in exact


def test_lexicon_missing_file_means_no_automatic_keys(tmp_path):
    (tmp_path / "lexicons").mkdir()
    assert load_facts(tmp_path).attributes == ()


def test_lexicon_attribute_without_mutable_names_file_and_line(tmp_path):
    shutil.copytree(RULES, tmp_path / "rules")
    path = tmp_path / "rules" / "lexicons" / "facts.yml"
    text = path.read_text(encoding="utf-8").replace("attributes:\n", "attributes:\n  arrests:\n    words: [اعتقل*]\n", 1)
    path.write_text(text, encoding="utf-8")
    line = text.splitlines().index("  arrests:") + 1
    with pytest.raises(RulesError) as err:
        load_facts(tmp_path / "rules")
    assert "arrests" in str(err.value) and f"facts.yml:{line}" in str(err.value)
