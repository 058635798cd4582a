"""The progress bar of long runs: rich, on stderr, and only when stderr is a terminal, so it never mixes
with a report on stdout or in a file, nor with a CI log."""

from __future__ import annotations

from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress as Bar, SpinnerColumn, TextColumn,
                           TimeElapsedColumn, TimeRemainingColumn)

from factcheck.progress import Progress


class RichProgress(Progress):
    """One bar per stage; a stage without a total is a spinner. The bars vanish when the run ends."""

    active = True

    def __init__(self, console: Console) -> None:
        self._bar = Bar(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), TextColumn("eta"), TimeRemainingColumn(), console=console,
                        transient=True)
        self._task = None
        self._bar.start()

    def stage(self, name: str, total: int | None = None) -> None:
        if self._task is not None:
            self._bar.update(self._task, visible=False)
        self._task = self._bar.add_task(name, total=total)

    def advance(self, steps: int = 1) -> None:
        if self._task is not None:
            self._bar.advance(self._task, steps)

    def close(self) -> None:
        self._bar.stop()


def progress_for(console: Console) -> Progress:
    """A bar when the console is an interactive terminal, else the silent default."""
    if console.is_terminal and not console.is_dumb_terminal:
        return RichProgress(console)
    return Progress()
