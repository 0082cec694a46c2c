"""PLOVER table: every type has a CAMEO root, quad class and Goldstein value."""

from __future__ import annotations

import pytest

from pipeline.plover import TYPES, cameo_for, modes_for


def test_every_type_has_a_cameo_row() -> None:
    for t in TYPES:
        root, quad, goldstein = cameo_for(t)
        assert 1 <= int(root) <= 20 and quad in (1, 2, 3, 4) and -10 <= goldstein <= 10


def test_known_values() -> None:
    assert cameo_for("AGREE") == ("03", 1, 4.0)
    assert cameo_for("CONCEDE")[1] == 1  # PLOVER groups CONCEDE as verbal cooperation
    assert cameo_for("ASSAULT", "aerial") == ("19", 4, -10.0)
    assert cameo_for("ACCUSE", "investigate")[0] == "09"
    assert cameo_for("SANCTION") == ("16", 4, -4.0)
    assert "release" in modes_for("RETREAT")


def test_unknown_type_is_an_error_not_a_default() -> None:
    with pytest.raises(ValueError):
        cameo_for("DEMAND")
