"""Validation errors that name the place of a problem in the user's terms."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One invalid value: where it is (``place``, in user terms) and why it is refused."""

    place: str
    reason: str

    def __str__(self) -> str:
        return f"{self.place}: {self.reason}" if self.place else self.reason


class ValidationError(ValueError):
    """Raised when a scenario (or part of one) is invalid; carries every problem found."""

    def __init__(self, problems: list[Problem] | Problem | str):
        if isinstance(problems, str):
            problems = [Problem("", problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__(self.summary())

    def summary(self, limit: int = 20) -> str:
        """All problems, one per line (at most ``limit``, then a count of the rest)."""
        lines = [str(p) for p in self.problems[:limit]]
        if len(self.problems) > limit:
            lines.append(f"… and {len(self.problems) - limit} more problems")
        return "\n".join(lines)

    def first_line(self) -> str:
        """A one-line reason, for the command line's exit message."""
        first = str(self.problems[0]) if self.problems else "invalid input"
        more = len(self.problems) - 1
        return first + (f" (and {more} more problem{'s' if more > 1 else ''})" if more > 0 else "")


class Collector:
    """Gathers problems while checking a document so that all of them are reported at once."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, place: str, reason: str) -> None:
        self.problems.append(Problem(place, reason))

    def raise_if_any(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)
