"""The rich terminal summary: counts, then findings grouped by topic (or office), each claim with outlet, date
and the quoted sentence with the figure (the event's date, the office's holder) highlighted, and who said it
when the claim has a speaker. Diagnostics and this summary go to the console given."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from factcheck.api import Report
from factcheck.models import Claim, Finding
from factcheck.report.excerpt import columns, excerpt, outlet, speaker_name, topic_description, what, when

STYLE = {"conflict": "bold red", "change": "bold cyan", "agreement": "bold green"}
LABEL = {"conflict": "CONFLICT", "change": "CHANGE", "agreement": "AGREEMENT"}
MARK = {"claim": "bold reverse", "holder": "bold reverse", "office": "bold"}  # excerpt roles -> styles
# the summary counts claims by kind
KINDS = (("figures", "quantity"), ("dates", "event_date"), ("offices", "attribute"))


def quote(report: Report, claim: Claim) -> Text:
    """The sentence around the claim, the claim highlighted (for an office, the holder strongest)."""
    ex = excerpt(report, claim)
    return Text.assemble(ex.lead + ex.before, *((t, MARK[role]) for t, role in ex.marked), ex.after + ex.tail)


def _sentence_cell(report: Report, claim: Claim) -> Text:
    cell = quote(report, claim)
    speaker = speaker_name(report, claim)
    if speaker:
        cell.append("\nsaid by ", style="dim")
        cell.append(speaker, style="italic")
    return cell


def _claims_table(report: Report, finding: Finding) -> Table:
    claims = [c for c in map(report.claim, finding.claims) if c is not None]
    when_head, what_head = columns(claims)
    table = Table(show_header=True, header_style="dim", box=None, padding=(0, 1), expand=True)
    table.add_column("outlet", no_wrap=True, max_width=22)
    table.add_column(when_head, no_wrap=True)
    table.add_column(what_head, no_wrap=True)
    table.add_column("sentence", ratio=1)
    for c in claims:
        doc = report.document(c.document)
        cited = Text(outlet(doc))  # Text, not markup: an outlet's name is input, '[b]' and all
        cited.append(f"\n{c.document}", style="dim")
        copies = report.wire_copies(c.document)
        if copies:  # one agency text in several outlets: one source, shown as such
            cited.append(f"\nwire text, {len(copies) + 1} outlets", style="dim")
        table.add_row(cited, when(c, doc), what(report, c), _sentence_cell(report, c))
    return table


def _finding_block(report: Report, f: Finding) -> Group:
    head = Text.assemble((LABEL[f.type], STYLE[f.type]), " ", (f"[{f.severity}]", "dim"), " ", f.message)
    if f.new is True:
        head.append("  NEW", style="bold yellow")
    elif f.new is False:
        head.append("  (baseline)", style="dim")
    head.append(f"  {f.id}", style="dim")
    return Group(head, _claims_table(report, f), Text(""))


def render_terminal(report: Report, console: Console) -> None:
    counts = report.counts()
    unaligned = sum(1 for c in report.claims if c.topic is None)
    summary = Table.grid(padding=(0, 2))
    summary.add_row("documents", str(len(report.documents)), "claims", str(len(report.claims)),
                    "matched no topic", str(unaligned))
    kinds = [sum(1 for c in report.claims if c.kind == kind) for _, kind in KINDS]
    summary.add_row(*(cell for (label, _), n in zip(KINDS, kinds) for cell in (label, str(n))))
    summary.add_row(Text("conflicts", style=STYLE["conflict"]), str(counts["conflict"]),
                    Text("changes", style=STYLE["change"]), str(counts["change"]),
                    Text("agreements", style=STYLE["agreement"]), str(counts["agreement"]))
    if report.baseline is not None:
        summary.add_row("new conflicts", str(len(report.failing)), "in baseline",
                        str(len(report.conflicts) - len(report.failing)), "", "")
    if report.errors:
        summary.add_row(Text("input errors", style="yellow"), str(len(report.errors)), "", "", "", "")
    console.print(Panel(summary, title=f"factcheck {report.version}", title_align="left", expand=False))

    by_topic: dict[str, list[Finding]] = {}
    for f in report.findings:
        by_topic.setdefault(f.topic or "(no topic)", []).append(f)
    for topic_id, findings in by_topic.items():
        description = topic_description(report, topic_id, findings)
        console.rule(Text(topic_id, style="bold"), align="left")
        if description:
            console.print(Text(description, style="dim"))
        console.print()
        for f in findings:
            console.print(_finding_block(report, f))
    if not report.findings:
        console.print(Text("No findings: no two articles disagree on any topic.", style="green"))

    if report.errors:
        console.rule(Text("input errors", style="yellow"), align="left")
        for e in report.errors:
            console.print(Text.assemble((e.input, "yellow"), ": ", e.message))
    failing = report.failing
    if failing:
        word = "new conflict" if report.baseline is not None else "conflict"
        console.print(Text(f"{len(failing)} {word}{'s' if len(failing) != 1 else ''}: exit 1", style="bold red"))
