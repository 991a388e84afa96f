"""Validation errors that name the place of a problem in the user's terms, in the reader's language.

A :class:`Problem`'s place and reason are :class:`~coop_calc.messages.Msg` catalogue messages (or
plain text that needs no translation); they are put into words only when shown, so the same error reads
in English or German (``summary(lang)``, ``first_line(lang)``, ``Problem.text(lang)``).
"""

from __future__ import annotations

import errno
from dataclasses import dataclass

from .messages import Msg, Text, to_text


@dataclass(frozen=True)
class Problem:
    """One invalid value: where it is (``place``, in user terms) and why it is refused."""

    place: Text
    reason: Text

    def text(self, lang: str = "en") -> str:
        """"place: reason" in ``lang`` (the reason alone when there is no place)."""
        place, reason = to_text(self.place, lang), to_text(self.reason, lang)
        return f"{place}: {reason}" if place else reason

    def __str__(self) -> str:
        return self.text("en")


class ValidationError(ValueError):
    """Raised when a scenario (or part of one) is invalid; carries every problem found.

    ``str(error)`` is the English summary; show users ``summary(lang)`` or ``first_line(lang)``."""

    def __init__(self, problems: list[Problem] | Problem | Text):
        if isinstance(problems, (str, Msg)):
            problems = [Problem("", problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__(self.summary())

    def summary(self, limit: int = 20, lang: str = "en") -> str:
        """All problems in ``lang``, one per line (at most ``limit``, then a count of the rest)."""
        lines = [p.text(lang) for p in self.problems[:limit]]
        if len(self.problems) > limit:
            lines.append(Msg("more_problems", n=len(self.problems) - limit).text(lang))
        return "\n".join(lines)

    def first_line(self, lang: str = "en") -> str:
        """A one-line reason in ``lang``, for the command line's exit message."""
        if not self.problems:
            return Msg("invalid_input").text(lang)
        first = self.problems[0].text(lang)
        more = len(self.problems) - 1
        if more <= 0:
            return first
        return first + " " + Msg("and_one_more" if more == 1 else "and_n_more", n=more).text(lang)


class Collector:
    """Gathers problems while checking a document so that all of them are reported at once."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, place: Text, reason: Text) -> None:
        self.problems.append(Problem(place, reason))

    def raise_if_any(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)


def os_reason(e: OSError) -> Text:
    """Why the system refused a file, in catalogue words for the common cases (the system's own
    ``strerror`` is English on most machines), else the system's text."""
    reasons = {errno.ENOENT: Msg("os_not_found"), errno.EACCES: Msg("os_permission"),
               errno.EPERM: Msg("os_permission"), errno.ENOSPC: Msg("os_no_space"),
               errno.EISDIR: Msg("os_is_folder"), errno.ENOTDIR: Msg("os_not_folder"),
               errno.EROFS: Msg("os_read_only")}
    return reasons.get(e.errno, e.strerror or str(e)) if e.errno is not None else e.strerror or str(e)
