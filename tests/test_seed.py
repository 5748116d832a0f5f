"""The canonical seed page splits exactly as the issue describes it."""

from __future__ import annotations

from pathlib import Path

import pageclean
from pageclean import BlockKind, BoilerplateKind, CreditKind, InputKind, Role

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_3ce5e01fc14fc6fa.txt"


def _page() -> pageclean.Page:
    return pageclean.extract(SEED.read_text(encoding="utf-8"))


def test_seed_title() -> None:
    page = _page()
    assert page.input_kind is InputKind.TEXT
    assert page.title == "Any invasion of Ukraine will be met with swift response: Blinken"


def test_seed_body_span_and_headings() -> None:
    page = _page()
    assert page.body.startswith("US Secretary of State Antony Blinken told Russian Foreign Minister")
    assert page.body.endswith("The region is one of several sources of friction between Russia and Ukraine.")
    headings = [b.text for b in page.blocks if b.kind is BlockKind.HEADING]
    assert headings == ["‘Interim talks’", "Separatists in east Ukraine"]
    assert all(b.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING) for b in page.blocks)
    # every paragraph of the article, and nothing else
    expected_paragraphs = [p for p in SEED.read_text(encoding="utf-8").split("\n\n")[1:-2] if p.strip()]
    assert [b.text for b in page.blocks] == [p.strip() for p in expected_paragraphs]


def test_seed_credit() -> None:
    page = _page()
    assert len(page.credits) == 1
    credit = page.credits[0]
    assert (credit.kind, credit.source, credit.text) == (CreditKind.AGENCY, "Anadolu Agency", "Source: Anadolu")
    assert page.text[credit.start:credit.end] == "Source: Anadolu"


def test_seed_weather_block_runs_to_the_end() -> None:
    page = _page()
    assert len(page.boilerplate) == 1
    weather = page.boilerplate[0]
    assert weather.kind is BoilerplateKind.WEATHER
    assert weather.text.startswith("Thu 21:00\nbroken clouds\n17.7")
    assert weather.end == len(page.text.rstrip())
    assert weather.text.endswith("Tue\n17.05\nmostlycloudy")


def test_seed_segments_in_order() -> None:
    page = _page()
    roles = [s.role for s in page.segments]
    assert roles[0] is Role.TITLE
    assert roles[-2:] == [Role.CREDIT, Role.BOILERPLATE]
    assert set(roles[1:-2]) == {Role.BODY}
