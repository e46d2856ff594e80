"""The figures every report opens with, computed once for all formats."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Summary:
    conflicts: list
    agrees: list
    singles: list
    claims: int

    @property
    def by_status(self) -> dict[str, list]:
        """Findings by status, conflicts first: the order every report lists them in."""
        return {"conflict": self.conflicts, "agree": self.agrees, "single_source": self.singles}

    @classmethod
    def of(cls, result) -> "Summary":
        findings = result.findings
        return cls(conflicts=[f for f in findings if f.status == "conflict"],
                   agrees=[f for f in findings if f.status == "agree"],
                   singles=[f for f in findings if f.status == "single_source"],
                   claims=sum(len(v) for v in result.claims.values()))
