"""Named rules and the resolver that decides between them.

Each stage of the quantity reader (:mod:`.quantities.stage_mention`, :mod:`.quantities.stage_unit`,
:mod:`.quantities.kind`, :mod:`.quantities.stage_context`, :mod:`.quantities.stage_carry`) and the roles of the
structure stage (:mod:`.structure.roles`) are lists of small functions, each with a name and a docstring
saying what it sees. A *deciding* rule looks at one figure (or label) and proposes a value (a unit, a kind, a
reason to reject, a role) or nothing; it never changes anything, so no rule's effect depends on which rules
ran before it. A :class:`RuleSet` holds such rules in its stated precedence (first = strongest) and its
resolver takes the strongest proposal. Because the rules are pure, the resolver may stop at the first proposal
it meets in precedence order: that is a saving, not a meaning (``proposals`` runs them all, for tests and tracing).
"""
from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

C = TypeVar("C")
T = TypeVar("T")


@dataclass(frozen=True)
class Rule(Generic[C, T]):
    """One named rule: ``propose(context)`` returns a proposal or None (no opinion)."""

    name: str
    propose: Callable[[C], T | None]

    @property
    def doc(self) -> str:
        """What the rule decides and why (its function's docstring)."""
        return inspect.getdoc(self.propose) or ""


class RuleSet(Generic[C, T]):
    """Deciding rules in stated precedence: the first rule that proposes something decides."""

    def __init__(self, name: str, *functions: Callable[[C], T | None]) -> None:
        self.name = name
        self.rules: tuple[Rule[C, T], ...] = tuple(Rule(f.__name__.lstrip("_"), f) for f in functions)
        names = [r.name for r in self.rules]
        if len(set(names)) != len(names):
            raise ValueError(f"rule set {name!r} names a rule twice: {names}")

    def __iter__(self) -> Iterator[Rule[C, T]]:
        return iter(self.rules)

    def rule(self, name: str) -> Rule[C, T]:
        """The rule called ``name``."""
        for r in self.rules:
            if r.name == name:
                return r
        raise KeyError(f"rule set {self.name!r} has no rule {name!r}")

    def decide(self, ctx: C) -> tuple[str, T] | None:
        """The strongest proposal for ``ctx`` and the name of the rule that made it, or None."""
        for r in self.rules:
            value = r.propose(ctx)
            if value is not None:
                return r.name, value
        return None

    def proposals(self, ctx: C) -> dict[str, T]:
        """Every rule's proposal for ``ctx`` (rules with no opinion left out), in precedence order."""
        out = {}
        for r in self.rules:
            value = r.propose(ctx)
            if value is not None:
                out[r.name] = value
        return out
