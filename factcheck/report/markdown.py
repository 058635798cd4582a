"""The Markdown report, for pasting into an editorial ticket (GitHub, GitLab, Jira's Markdown): a summary
table, then conflicts, changes and agreements (agreements folded), each with its claims side by side.

Every piece of article text (sentences, outlets, titles, messages) goes through `escape`: Markdown and HTML
in an article are shown as written, never rendered, and a '|' never breaks a table."""

from __future__ import annotations

import re

from factcheck.api import Report
from factcheck.models import Finding
from factcheck.report.excerpt import columns, excerpt, outlet, speaker_name, what, when

SECTIONS = (("conflict", "Conflicts · تعارضات"), ("change", "Changes · تغيّرات"),
            ("agreement", "Agreements · اتفاقات"))
LABEL = {"conflict": "CONFLICT", "change": "CHANGE", "agreement": "AGREEMENT"}
_SPECIAL = re.compile(r"([\\`*_{}\[\]|~#!])")


def escape(text: str) -> str:
    """Text as literal Markdown: HTML tags and entities shown, emphasis/link/table syntax escaped, one line."""
    text = re.sub(r"\s+", " ", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", text)


def _code(text: str) -> str:
    """An identifier in a code span (ids are ASCII, but a backtick would end the span)."""
    return "`" + text.replace("`", "'") + "`"


def _claims_table(report: Report, f: Finding) -> list[str]:
    claims = [c for c in map(report.claim, f.claims) if c is not None]
    when_head, what_head = columns(claims)
    lines = [f"| outlet | {when_head} | {what_head} | sentence |", "|---|---|---|---|"]
    for c in claims:
        doc = report.document(c.document)
        ex = excerpt(report, c)
        marked = "".join(f"**{escape(t)}**" if role != "office" else escape(t) for t, role in ex.marked)
        sentence = escape(ex.lead + ex.before) + marked + escape(ex.after + ex.tail)
        said = speaker_name(report, c)
        if said:
            sentence += f" <br>*said by {escape(said)}*"
        source = escape(outlet(doc))
        if doc is not None and doc.url and doc.url.lower().startswith(("http://", "https://")):
            source = f"[{source}](<{doc.url.replace('>', '%3E').replace(' ', '%20')}>)"
        source += f" <br>{_code(c.document)}"
        copies = report.wire_copies(c.document)
        if copies:
            source += f" <br>wire text, {len(copies) + 1} outlets"
        lines.append(f"| {source} | {escape(when(c, doc))} | {escape(what(report, c))} | {sentence} |")
    return lines


def _finding(report: Report, f: Finding) -> list[str]:
    state = {True: " · **NEW**", False: " · baseline"}.get(f.new, "") if f.new is not None else ""
    head = f"### {LABEL[f.type]} · {_code(f.topic or 'no topic')} · {f.severity}{state}"
    return [head, "", f"{escape(f.message)} ({_code(f.id)})", "", *_claims_table(report, f), ""]


def render_markdown(report: Report) -> str:
    counts = report.counts()
    out = [f"## factcheck report · تقرير اتساق الحقائق", "",
           f"factcheck {report.version}, {report.generated_at}", "",
           "| documents | claims | conflicts | changes | agreements |" + (" new conflicts |" if report.baseline is not None else ""),
           "|---:|---:|---:|---:|---:|" + ("---:|" if report.baseline is not None else ""),
           f"| {len(report.documents)} | {len(report.claims)} | {counts['conflict']} | {counts['change']} "
           f"| {counts['agreement']} |" + (f" {len(report.failing)} |" if report.baseline is not None else ""), ""]
    if not report.findings:
        out += ["No conflicts, changes or agreements.", ""]
    for kind, title in SECTIONS:
        findings = [f for f in report.findings if f.type == kind]
        if not findings:
            continue
        body = [line for f in findings for line in _finding(report, f)]
        if kind == "agreement":  # corroboration: useful, but not what a ticket is about
            out += [f"<details><summary>{title} ({len(findings)})</summary>", "", *body, "</details>", ""]
        else:
            out += [f"## {title} ({len(findings)})", "", *body]
    if report.errors:
        out += [f"## Input errors ({len(report.errors)})", ""]
        out += [f"- {_code(e.input)}: {escape(e.message)}" for e in report.errors]
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
