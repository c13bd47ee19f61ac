"""The result of the layout step: one role and one reason per line."""

from __future__ import annotations

from dataclasses import dataclass, field

from warta.blocks import Role


@dataclass(slots=True)
class Layout:
    """Roles and reasons, one per line."""

    roles: list[Role]
    reasons: list[str]
    body: list[int] = field(default_factory=list)


def set_role(layout: Layout, i: int, role: Role, reason: str) -> None:
    layout.roles[i] = role
    layout.reasons[i] = reason
