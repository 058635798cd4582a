"""The factcheck command line: one Typer app. Exit codes: 0 clean, 1 new conflicts, 2 usage/input errors."""

from __future__ import annotations

import json
import os
from collections import Counter
import sys
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.text import Text

from factcheck import __version__
from factcheck.errors import FactcheckError, UsageError

app = typer.Typer(
    name="factcheck",
    help="Cross-document fact consistency checks for Arabic news.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)
baseline_app = typer.Typer(help="Accepted conflicts, so that CI fails only on new ones.", no_args_is_help=True)
rules_app = typer.Typer(help="Inspect and test the rules directory.", no_args_is_help=True)
app.add_typer(baseline_app, name="baseline")
app.add_typer(rules_app, name="rules")

err = Console(stderr=True)
DEFAULT_LEDGER = Path("reports") / "ledger.sqlite"


class Format(str, Enum):
    rich = "rich"
    json = "json"
    html = "html"
    markdown = "markdown"
    sarif = "sarif"


def _render(report, format: Format) -> str:
    """The report as text in a file format (all but rich, which prints to a console)."""
    if format is Format.json:
        from factcheck.report.json_report import render_json

        return render_json(report)
    if format is Format.html:
        from factcheck.report.html_report import render_html

        return render_html(report)
    if format is Format.markdown:
        from factcheck.report.markdown import render_markdown

        return render_markdown(report)
    from factcheck.report.sarif import render_sarif

    return render_sarif(report)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True,
                                                    help="Show the version and exit.")] = None,
) -> None:
    """factcheck reads Arabic news articles, extracts the figures they state and reports conflicts and
    changes across articles."""


PathsArg = Annotated[list[Path], typer.Argument(help="Directories (.md/.txt, recursively) and .jsonl/.jsonl.gz files.")]
RulesOpt = Annotated[Optional[Path], typer.Option("--rules", help="Rules directory (default: ./rules).")]


def _fail(exc: FactcheckError) -> None:
    err.print(f"[bold red]error[/]: {exc}", markup=True, highlight=False)
    if os.environ.get("FACTCHECK_DEBUG"):
        raise exc
    raise typer.Exit(2)


class Engine(str, Enum):
    local = "local"
    dask = "dask"


LedgerOpt = Annotated[Path, typer.Option("--ledger", help="The claims ledger: unchanged articles are not read "
                                         "or extracted again.")]
NoLedgerOpt = Annotated[bool, typer.Option("--no-ledger", help="Read and extract everything; keep no ledger.")]
JobsOpt = Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Worker processes for extraction "
                                                "(default: all cores).")]
EngineOpt = Annotated[Engine, typer.Option("--engine", help="Where extraction runs: this machine, or a Dask "
                                           "cluster (with --scheduler).")]
SchedulerOpt = Annotated[Optional[str], typer.Option("--scheduler", help="Dask scheduler address "
                                                     "(tcp://host:8786), for --engine dask.")]


@dataclass
class RunOptions:
    ledger: Path | None
    jobs: int | None
    engine: Engine
    scheduler: str | None


def _run(paths: list[Path], rules: Path | None, baseline: set[str] | None, options: RunOptions):
    from factcheck.api import check_corpus
    from factcheck.cli.progress import progress_for
    from factcheck.extraction.local import default_jobs

    if options.scheduler and options.engine is not Engine.dask:
        raise UsageError("--scheduler is for --engine dask")
    progress = progress_for(err)
    try:
        report = check_corpus(paths, rules, baseline=baseline, progress=progress, ledger=options.ledger,
                              jobs=options.jobs or default_jobs(), engine=options.engine.value,
                              scheduler=options.scheduler)
    finally:
        progress.close()
    if not report.documents:
        _list_errors(report.errors, "")
        raise UsageError("no input could be read")
    _list_errors(report.errors, "skipped ")
    return report


SHOWN_ERRORS = 20  # input errors listed on stderr; all of them are in every report format


def _list_errors(errors, prefix: str) -> None:
    for e in errors[:SHOWN_ERRORS]:
        err.print(Text.assemble((prefix, "yellow"), (e.input, "yellow" if not prefix else ""), f": {e.message}"),
                  highlight=False)
    if len(errors) > SHOWN_ERRORS:
        counts = Counter(e.message for e in errors)
        common = ", ".join(f"{m} ({n})" for m, n in counts.most_common(3))
        err.print(f"… and {len(errors) - SHOWN_ERRORS} more input errors, {len(errors)} in all (most: {common}); "
                  "every one is in the report", highlight=False)


@app.command()
def check(
    paths: PathsArg,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.rich,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to FILE instead of stdout.")] = None,
    baseline: Annotated[Optional[Path], typer.Option("--baseline", help="Fail only on conflicts not in this baseline.")] = None,
    rules: RulesOpt = None,
    ledger: LedgerOpt = DEFAULT_LEDGER,
    no_ledger: NoLedgerOpt = False,
    jobs: JobsOpt = None,
    engine: EngineOpt = Engine.local,
    scheduler: SchedulerOpt = None,
) -> None:
    """Check a corpus: claims, conflicts, changes. Exit 1 on a (new) conflict, 2 on a usage or input error."""
    try:
        from factcheck.baseline import read_baseline
        from factcheck.cli.output import guard_output, write_text

        if output is not None:
            guard_output(output, paths)
        accepted = read_baseline(baseline) if baseline else None
        report = _run(paths, rules, accepted, RunOptions(None if no_ledger else ledger, jobs, engine, scheduler))
        if format is not Format.rich:
            write_text(output, _render(report, format))
        else:
            from factcheck.report.terminal import render_terminal

            if output is None:
                render_terminal(report, Console(highlight=False))
            else:
                with open(os.devnull, "w") as sink:
                    console = Console(file=sink, record=True, width=120, highlight=False)
                    render_terminal(report, console)
                write_text(output, console.export_text())
    except FactcheckError as exc:
        _fail(exc)
    raise typer.Exit(1 if report.failing else 0)


@baseline_app.command("create")
def baseline_create(
    paths: PathsArg,
    output: Annotated[Path, typer.Option("--output", "-o", help="The baseline file to write.")],
    force: Annotated[bool, typer.Option("--force", help="Replace an existing baseline file.")] = False,
    rules: RulesOpt = None,
    ledger: LedgerOpt = DEFAULT_LEDGER,
    no_ledger: NoLedgerOpt = False,
    jobs: JobsOpt = None,
    engine: EngineOpt = Engine.local,
    scheduler: SchedulerOpt = None,
) -> None:
    """Record the current conflicts as accepted: `check --baseline FILE` then fails only on new ones."""
    try:
        from factcheck.baseline import baseline_json
        from factcheck.cli.output import guard_output, write_text

        guard_output(output, paths)
        if output.exists() and not force:
            raise UsageError("baseline exists; pass --force to replace it", str(output))
        report = _run(paths, rules, None, RunOptions(None if no_ledger else ledger, jobs, engine, scheduler))
        data = baseline_json(report.findings)
        write_text(output, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        err.print(f"wrote {len(data['findings'])} accepted conflict(s) to {output}", highlight=False)
    except FactcheckError as exc:
        _fail(exc)


@app.command()
def mentions(
    file: Annotated[str, typer.Argument(help="JSON lines {\"id\", \"text\", \"published\"?}; '-' for stdin.")] = "-",
    rules: RulesOpt = None,
) -> None:
    """Print the number mentions of each input line as JSON lines (for debugging and conformance tests)."""
    try:
        from factcheck.cli.mentions import run_mentions

        stream = sys.stdin if file == "-" else open(file, encoding="utf-8")  # noqa: SIM115
        try:
            bad = run_mentions(stream, file if file != "-" else "<stdin>", rules, sys.stdout, err)
        finally:
            if stream is not sys.stdin:
                stream.close()
    except FileNotFoundError:
        _fail(UsageError("no such file", file))
    except FactcheckError as exc:
        _fail(exc)
    raise typer.Exit(2 if bad else 0)


@rules_app.command("test")
def rules_test(rules: RulesOpt = None) -> None:
    """Run the conflict / ok / ignore examples in every topic file."""
    try:
        from factcheck.engine.ruletests import run_topic_tests
        from factcheck.ruleset import load_rules

        ruleset = load_rules(rules)
        failures = [f for t in ruleset.topics for f in run_topic_tests(t, ruleset)]
    except FactcheckError as exc:
        _fail(exc)
    for f in failures:
        err.print(f"[red]FAIL[/] {f}", highlight=False)
    total = sum(len(t.tests.get(k, [])) for t in ruleset.topics for k in ("conflict", "ok", "ignore"))
    typer.echo(f"{total - len(failures)} passed, {len(failures)} failed")
    raise typer.Exit(1 if failures else 0)


def _skip_torch() -> None:
    """thinc (under spaCy) imports torch when it is installed: 1.5 s of every run, and factcheck's
    command line never uses it (camel-tools needs torch only for its neural models). Library users and
    FACTCHECK_ALLOW_TORCH=1 keep the normal import."""
    if "torch" not in sys.modules and not os.environ.get("FACTCHECK_ALLOW_TORCH"):
        sys.modules["torch"] = None  # type: ignore[assignment]  # import torch -> ImportError


def main() -> None:
    _skip_torch()
    try:
        app()
    except (KeyboardInterrupt, BrokenPipeError):
        raise SystemExit(130) from None
    except Exception as exc:  # a bug, not a user error: say so, and how to see the traceback
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        err.print(f"[bold red]internal error[/] [E900]: {type(exc).__name__}: {exc} "
                  "(set FACTCHECK_DEBUG=1 for the traceback)", highlight=False)
        raise SystemExit(2) from None
