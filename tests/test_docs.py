"""The README documents what exists: both Quick start commands and every CLI command."""

import re

from factcheck.cli.app import app
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_docs_quick_start_holds_exactly_the_two_commands():
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = [l.split("#")[0].strip() for block in re.findall(r"```sh\n(.*?)```", section, re.S)
                for l in block.splitlines() if l.strip()]
    assert commands == ["make report", "make test"]


def test_docs_every_cli_command_is_documented():
    import typer.main

    cli = typer.main.get_command(app)
    names = []
    for name, cmd in cli.commands.items():
        sub = getattr(cmd, "commands", None)
        names += [f"{name} {s}" for s in sub] if sub else [name]
    assert names
    for n in names:
        assert f"factcheck {n}" in README, f"'factcheck {n}' is not in the README"
