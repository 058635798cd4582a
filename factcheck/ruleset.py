"""Finds and loads the rules directory: lexicons, topics and the entity catalogue."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.engine.topics import Topic, load_topics
from factcheck.entities.catalogue import Catalogue, load_catalogue
from factcheck.errors import RulesError
from factcheck.facts.lexicon import FactLexicon, load_facts
from factcheck.lexicons import Lexicon, load_lexicon


@dataclass(frozen=True)
class RuleSet:
    path: Path
    lexicon: Lexicon
    topics: tuple[Topic, ...]
    catalogue: Catalogue = field(default_factory=Catalogue)
    facts: FactLexicon = field(default_factory=FactLexicon)

    def topic(self, topic_id: str) -> Topic | None:
        return next((t for t in self.topics if t.id == topic_id), None)


def default_rules_dir() -> Path:
    """--rules, else $FACTCHECK_RULES, else ./rules, else the rules/ beside the installed package."""
    env = os.environ.get("FACTCHECK_RULES")
    if env:
        return Path(env)
    here = Path("rules")
    if (here / "lexicons").is_dir():
        return here
    return Path(__file__).resolve().parent.parent / "rules"


def load_rules(rules_dir: Path | str | None = None) -> RuleSet:
    path = Path(rules_dir) if rules_dir else default_rules_dir()
    if not path.is_dir():
        raise RulesError("rules directory not found (pass --rules DIR or set FACTCHECK_RULES)", str(path))
    return RuleSet(path, load_lexicon(path), tuple(load_topics(path)), load_catalogue(path),
                   load_facts(path))
