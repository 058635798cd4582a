"""How a long run reports what it is doing. The library reports to a Progress; the default reports nothing
(the command line shows a rich bar on a terminal: cli/progress.py)."""

from __future__ import annotations


class Progress:
    """Stages of a run, each with an optional total of steps. `active` is False when nobody watches, so a
    run does not pay to count its inputs for a bar nobody sees."""

    active = False

    def stage(self, name: str, total: int | None = None) -> None:
        """A new stage begins (the previous one ends)."""

    def advance(self, steps: int = 1) -> None:
        """Steps of the current stage are done."""

    def close(self) -> None:
        """The run is over."""
