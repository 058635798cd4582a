"""The rich terminal summary: counts, then findings grouped by topic, each claim with outlet, date and the
quoted sentence with the figure (or the event's date) highlighted. Diagnostics and this summary go to the
console given."""

from __future__ import annotations

import re

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from factcheck.api import Report
from factcheck.models import Claim, Finding

STYLE = {"conflict": "bold red", "change": "bold cyan", "agreement": "bold green"}
LABEL = {"conflict": "CONFLICT", "change": "CHANGE", "agreement": "AGREEMENT"}
CONTEXT = 90  # characters of sentence kept either side of the figure
# the two middle columns: when the claim holds and its figure; for an event, when the article was published
# and the date it gives the event
COLUMNS = {"quantity": ("date", "figure"), "event_date": ("published", "event date")}


def _squash(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def quote(report: Report, claim: Claim) -> Text:
    doc = report.document(claim.document)
    text = doc.text if doc else claim.text
    s_start, s_end = claim.sentence or (claim.start, claim.end)
    pre = text[max(s_start, claim.start - CONTEXT):claim.start]
    post = text[claim.end:min(s_end, claim.end + CONTEXT)]
    lead = "…" if claim.start - CONTEXT > s_start else ""
    tail = "…" if claim.end + CONTEXT < s_end else ""
    if lead and " " in pre:  # cut at a word boundary, not inside a word
        pre = pre[pre.index(" ") + 1:]
    if tail and " " in post:
        post = post[:post.rindex(" ")]
    return Text.assemble(lead + _squash(pre), (_squash(claim.text), "bold reverse"), _squash(post) + tail)


def _when(claim: Claim, doc) -> str:
    if claim.kind == "event_date":
        return (doc.published if doc else None) or "undated"
    return claim.as_of or "undated"


def _claims_table(report: Report, finding: Finding) -> Table:
    claims = [c for c in map(report.claim, finding.claims) if c is not None]
    when, what = COLUMNS.get(claims[0].kind if claims else "quantity", COLUMNS["quantity"])
    table = Table(show_header=True, header_style="dim", box=None, padding=(0, 1), expand=True)
    table.add_column("outlet", no_wrap=True, max_width=22)
    table.add_column(when, no_wrap=True)
    table.add_column(what, no_wrap=True)
    table.add_column("sentence", ratio=1)
    for c in claims:
        doc = report.document(c.document)
        outlet = (doc.source if doc and doc.source else "—") + f"\n[dim]{c.document}[/dim]"
        table.add_row(outlet, _when(c, doc), c.describe() or "", quote(report, c))
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
        topic = report.rules.topic(topic_id)
        console.rule(Text(topic_id, style="bold"), align="left")
        if topic:
            console.print(Text(topic.description, style="dim"))
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
