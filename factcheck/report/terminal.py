"""The rich terminal summary: counts, then findings grouped by topic (or office), each claim with outlet, date
and the quoted sentence with the figure (the event's date, the office's holder) highlighted, and who said it
when the claim has a speaker. Diagnostics and this summary go to the console given."""

from __future__ import annotations

import re

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from factcheck.api import OFFICE_PREFIX, Report
from factcheck.engine.office_findings import holder_name, office_name
from factcheck.models import Claim, Finding

STYLE = {"conflict": "bold red", "change": "bold cyan", "agreement": "bold green"}
LABEL = {"conflict": "CONFLICT", "change": "CHANGE", "agreement": "AGREEMENT"}
CONTEXT = 90  # characters of sentence kept either side of the figure
# the two middle columns: when the claim holds and its figure; for an event, when the article was published
# and the date it gives the event; for an office, when the claim holds and who holds it
COLUMNS = {"quantity": ("date", "figure"), "event_date": ("published", "event date"),
           "attribute": ("date", "holder")}
# the summary counts claims by kind
KINDS = (("figures", "quantity"), ("dates", "event_date"), ("offices", "attribute"))


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
    return Text.assemble(lead + _squash(pre), *_marked(claim), _squash(post) + tail)


def _marked(claim: Claim) -> list[tuple[str, str]]:
    """The claim's own text, highlighted; for an office, the holder's name strongest and the office in bold."""
    a = claim.attribute
    at = claim.text.rfind(a.holder_text) if a is not None and a.holder_text else -1
    if at < 0:
        return [(_squash(claim.text), "bold reverse")]
    end = at + len(a.holder_text)
    parts = [(_squash(claim.text[:at]), "bold"), (_squash(a.holder_text), "bold reverse"),
             (_squash(claim.text[end:]), "bold")]
    return [p for p in parts if p[0]]


def speaker_name(report: Report, claim: Claim) -> str | None:
    """Who the claim quotes: the catalogue's name for a known speaker (short, and the same in every article,
    as in the holder column), else the speaker as written, else the words of their unlisted id."""
    entity = report.rules.catalogue.get(claim.speaker)
    if entity is not None:
        return entity.display
    if claim.speaker_text:
        return _squash(claim.speaker_text)
    return claim.speaker.removeprefix("unlisted:").replace("_", " ") if claim.speaker else None


def _sentence_cell(report: Report, claim: Claim) -> Text:
    cell = quote(report, claim)
    speaker = speaker_name(report, claim)
    if speaker:
        cell.append("\nsaid by ", style="dim")
        cell.append(speaker, style="italic")
    return cell


def _what(report: Report, claim: Claim) -> str:
    if claim.attribute is not None:
        return holder_name(report.rules.catalogue, claim.attribute)
    return claim.describe() or ""


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
        copies = report.wire_copies(c.document)
        if copies:  # one agency text in several outlets: one source, shown as such
            outlet += f"\n[dim]wire text, {len(copies) + 1} outlets[/dim]"
        table.add_row(outlet, _when(c, doc), _what(report, c), _sentence_cell(report, c))
    return table


def _finding_block(report: Report, f: Finding) -> Group:
    head = Text.assemble((LABEL[f.type], STYLE[f.type]), " ", (f"[{f.severity}]", "dim"), " ", f.message)
    if f.new is True:
        head.append("  NEW", style="bold yellow")
    elif f.new is False:
        head.append("  (baseline)", style="dim")
    head.append(f"  {f.id}", style="dim")
    return Group(head, _claims_table(report, f), Text(""))


def _description(report: Report, topic_id: str, findings: list[Finding]) -> str | None:
    """The topic file's description; for an office, which office it is (offices have no topic file)."""
    topic = report.rules.topic(topic_id)
    if topic is not None:
        return topic.description
    if not topic_id.startswith(OFFICE_PREFIX):
        return None
    claim = next((c for f in findings for c in map(report.claim, f.claims) if c and c.attribute), None)
    if claim is None:
        return None
    name = office_name(report.rules.catalogue, claim.attribute.role, claim.attribute.scope)
    return f"Who holds the office of {name}, as the articles name the holder over time."


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
        description = _description(report, topic_id, findings)
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
