"""Facts: file formats, --set assignments, defaults, precedence and the errors users see."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sellermail.compose import catalogue
from sellermail.compose.facts import parse_assignments, read_facts_file, resolve
from sellermail.errors import FactError, SellermailError

TRANSIT = "shipping-in-transit"


def scenario(scenario_id: str = TRANSIT) -> catalogue.Scenario:
    return catalogue.get(scenario_id)


def test_set_assignments_split_on_the_first_equals_sign() -> None:
    assert parse_assignments(["status=is at the depot = A", "carrier=UPS"]) == {
        "status": "is at the depot = A",
        "carrier": "UPS",
    }


def test_repeated_set_of_a_field_collects_every_value() -> None:
    assert parse_assignments(["specs=Red", "specs=Size M"]) == {"specs": ["Red", "Size M"]}


def test_a_one_value_field_set_twice_keeps_the_last_but_a_list_from_a_file_is_refused(
    tmp_path: Path,
) -> None:
    repeated = parse_assignments(["carrier=UPS", "carrier=DHL"])
    assert (
        resolve(scenario(), {"tracking_number": "LX123456785CN"}, repeated).values["carrier"]
        == "DHL"
    )
    path = tmp_path / "facts.yaml"
    path.write_text("tracking_number: LX123456785CN\ncarrier: [UPS, DHL]\n", encoding="utf-8")
    with pytest.raises(
        FactError, match=r"^carrier: expected one value, got a list \['UPS', 'DHL'\]$"
    ):
        resolve(scenario(), read_facts_file(path))


def test_check_with_a_field_set_twice_holds_the_draft_to_the_last(run: Any) -> None:
    from sellermail.compose.render import render

    facts = {"tracking_number": "LX123456785CN"}
    draft = render(TRANSIT, facts, overrides=parse_assignments(["carrier=DHL"])).body
    result = run("check", TRANSIT, "-", "--set", "tracking_number=LX123456785CN",
                 "--set", "carrier=UPS", "--set", "carrier=DHL", stdin=draft)  # fmt: skip
    assert result.code == 0, result.out


@pytest.mark.parametrize("bad", ["carrier", "=UPS", "Carrier=UPS", "car rier=UPS"])
def test_set_without_field_equals_value_is_refused(bad: str) -> None:
    with pytest.raises(SellermailError, match=r"^--set: .* is not field=value$"):
        parse_assignments([bad])


def test_defaults_fill_omitted_fields() -> None:
    facts = resolve(scenario(), {"tracking_number": "LX123456785CN"})
    assert str(facts.values["transit_days"]) == "7–15"
    assert "status" not in facts.values  # no default asserts where the parcel is
    assert facts.values["signer"] == "Customer Service"
    assert facts.given == {"tracking_number"}


def test_signer_default_uses_the_store_name() -> None:
    facts = resolve(scenario(), {"tracking_number": "LX123456785CN", "store_name": "Maple Home"})
    assert facts.values["signer"] == "Maple Home Customer Service"


def test_later_sources_win_over_earlier_ones() -> None:
    file_facts = {"tracking_number": "LX123456785CN", "carrier": "USPS"}
    facts = resolve(scenario(), file_facts, {"carrier": "UPS"})
    assert facts.values["carrier"] == "UPS"


def test_missing_required_field_names_it() -> None:
    with pytest.raises(FactError, match=r"^tracking_number: is required"):
        resolve(scenario(), {"carrier": "USPS"})


def test_blank_required_field_counts_as_missing() -> None:
    with pytest.raises(FactError, match=r"^tracking_number: is required"):
        resolve(scenario(), {"tracking_number": "  "})


def test_unknown_field_is_an_error_with_a_suggestion() -> None:
    with pytest.raises(FactError) as info:
        resolve(scenario(), {"tracking_number": "LX123456785CN", "tracking_numbr": "x"})
    assert str(info.value) == (
        "tracking_numbr: is not a field of shipping-in-transit (did you mean 'tracking_number'?)"
    )


def test_marketplace_sets_the_currency_of_bare_amounts() -> None:
    spec = scenario("return-size-mismatch")
    facts = resolve(
        spec, {"product": "linen shirt", "partial_refund": "9,90", "marketplace": "Amazon.de"}
    )
    assert str(facts.values["partial_refund"]) == "€9.90"


def test_yaml_facts_keep_every_scalar_as_written(tmp_path: Path) -> None:
    path = tmp_path / "facts.yaml"
    path.write_text(
        "tracking_number: 0123456789\nstatus: yes\ndate: 2014-01-23\n", encoding="utf-8"
    )
    assert read_facts_file(path) == {
        "tracking_number": "0123456789",
        "status": "yes",
        "date": "2014-01-23",
    }


def test_json_facts_and_a_utf8_bom_are_read(tmp_path: Path) -> None:
    path = tmp_path / "facts.json"
    path.write_text('\ufeff{"buyer_name": "王芳", "asins": ["B08N5WRWNW"]}', encoding="utf-8")
    assert read_facts_file(path) == {"buyer_name": "王芳", "asins": ["B08N5WRWNW"]}


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("facts.yaml", "a: [1,\n", "invalid YAML at line"),
        ("facts.json", "{'a': 1}", "invalid JSON at line 1"),
        ("facts.yaml", "- a\n- b\n", "must be a mapping of field: value"),
    ],
)
def test_unreadable_facts_files_get_one_clear_line(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SellermailError) as info:
        read_facts_file(path)
    assert str(info.value).startswith(f"facts file {str(path)!r}: ")
    assert message in str(info.value)


def test_missing_facts_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(SellermailError, match="no such file"):
        read_facts_file(tmp_path / "nope.yaml")


def test_empty_facts_file_is_no_facts(tmp_path: Path) -> None:
    path = tmp_path / "facts.yaml"
    path.write_text("# nothing yet\n", encoding="utf-8")
    assert read_facts_file(path) == {}
