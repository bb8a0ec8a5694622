"""The web page in real Chromium (Debian's chromium and chromium-driver; CI installs them),
served by ``sellermail serve`` started here: compose renders, a wrong value shows the CLI's
line beside its field, a refused channel says why, a fact ``<script>`` shows as text, a checked
draft is highlighted, a dropped message opens in the composer, a batch runs; no console errors."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from browser import chromium, console_errors, missing, served

pytestmark = pytest.mark.skipif(missing() is not None, reason=f"no browser: {missing()}")
CORPUS = Path(__file__).parent / "corpus" / "inbound"


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with served() as address:
        yield address


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as driver:
        yield driver


@pytest.fixture
def page(browser: Any, url: str) -> Iterator[Any]:
    """The browser, its console emptied before the test and checked for errors after it."""
    browser.get(url + "?lang=en")
    console_errors(browser)
    yield browser
    assert console_errors(browser) == []


def wait(driver: Any, condition: Any, timeout: float = 10) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(condition)


def css(driver: Any, selector: str) -> Any:
    from selenium.webdriver.common.by import By

    return driver.find_element(By.CSS_SELECTOR, selector)


def visible_text(driver: Any, selector: str) -> str:
    return wait(driver, lambda d: css(d, selector).text.strip() or False)  # type: ignore[no-any-return]


def pick(driver: Any, form: str, scenario: str) -> None:
    """Choose ``scenario`` in the form's picker by typing in its search box."""
    search = css(driver, f"{form} .picker-search")
    search.clear()
    search.send_keys(scenario)
    wait(driver, lambda d: f"scenario={scenario}" in d.current_url or d.execute_script(
        f"return document.querySelector('{form} select[name=scenario]').value") == scenario)  # fmt: skip


def test_compose_renders_the_message_and_shows_a_wrong_value_beside_its_field(
    page: Any, url: str
) -> None:
    pick(page, "form#compose", "shipping-in-transit")
    wait(
        page,
        lambda d: css(d, "form#compose").get_attribute("data-scenario") == "shipping-in-transit",
    )
    css(page, "form#compose [name=tracking_number]").send_keys("LX12")
    css(page, "button[name=render]").click()
    assert visible_text(page, "[data-error-for=tracking_number]") == (
        "tracking_number: 'LX12' is not a tracking number (expected 8-40 letters and digits)"
    )
    field = css(page, "[data-field=tracking_number]")
    assert field.find_element("css selector", "[data-error-for=tracking_number]").is_displayed()

    tracking = css(page, "form#compose [name=tracking_number]")
    tracking.clear()
    tracking.send_keys("LX123456785CN")
    css(page, "form#compose [name=buyer_name]").send_keys("Emily")
    css(page, "form#compose [name=store_name]").send_keys("<script>window.hacked=1</script>")
    css(page, "button[name=render]").click()
    body = visible_text(page, "#result .body")
    assert body.startswith("Hi Emily,") and "LX123456785CN" in body
    assert "<script>window.hacked=1</script> Customer Service" in body  # shown as text
    assert page.execute_script("return window.hacked === undefined")
    assert css(page, "[data-error-for=tracking_number]").text == ""


def test_polish_shows_its_source_and_attempts(page: Any, url: str) -> None:
    page.get(url + "?scenario=shipping-in-transit&lang=en")
    css(page, "form#compose [name=tracking_number]").send_keys("LX123456785CN")
    css(page, "button[name=polish]").click()
    source = visible_text(page, "#result .meta")
    assert "the deterministic text (no model configured)" in source and "0 attempts" in source
    assert "LX123456785CN" in css(page, "#result .body").text
    assert "no API key" in css(page, "#result .notes").text


def test_a_refused_channel_says_why(page: Any, url: str) -> None:
    page.get(url + "?scenario=vip-invitation&lang=en")
    from selenium.webdriver.support.ui import Select

    css(page, "form#compose [name=program_name]").send_keys("Maple Club")
    channel = Select(css(page, "select[name=channel]"))
    assert channel.first_selected_option.get_attribute("value") == "email"  # where it is sent
    assert not css(page, "#refused-reason").is_displayed()
    channel.select_by_value("amazon")
    assert "marketing" in css(page, "#refused-reason").text
    css(page, "button[name=render]").click()
    assert visible_text(page, "[data-error-for=channel]").startswith(
        "channel: vip-invitation is refused on amazon: Amazon does not allow marketing"
    )


def test_a_subject_and_body_come_apart_with_copy_buttons(page: Any, url: str) -> None:
    page.get(url + "?scenario=ip-complaint-retraction&lang=en")
    wait(page, lambda d: "email" in css(d, "select[name=channel]").get_attribute("value"))
    for name, value in {"store_name": "Maple Home", "rights_owner": "Acme IP Ltd",
                        "asins": "B08N5WRWNW", "complaint_id": "1234567890",
                        "reason": "we bought the units from Acme's authorised distributor",
                        "evidence": "invoice 2024-118 from Acme's authorised distributor"}.items():  # fmt: skip
        fields = page.find_elements("css selector", f"form#compose [name={name}]")
        if fields:
            fields[0].send_keys(value)
    css(page, "button[name=render]").click()
    wait(page, lambda d: css(d, "#result .subject").text or css(d, "[data-error-for]:not(:empty)"))
    if not css(page, "#result .subject").text:
        errors = [e.text for e in page.find_elements("css selector", "[data-error-for]") if e.text]
        pytest.fail(f"render refused: {errors}")
    assert (
        css(page, "[data-copy=subject]").is_displayed()
        and css(page, "[data-copy=body]").is_displayed()
    )


def test_a_checked_draft_has_its_offending_words_highlighted(page: Any, url: str) -> None:
    page.get(url + "check?scenario=shipping-in-transit&lang=en")
    css(page, "form#check [name=facts]").send_keys("tracking_number: LX123456785CN\n")
    css(page, "form#check [name=draft]").send_keys(
        "Hi there,\n\nYour package LX123456758CN is on its way.\n\nPlease leave us a 5-star review!"
    )
    css(page, "button[name=check]").click()
    wait(page, lambda d: d.find_elements("css selector", "#verdict mark"))
    marks = [m.text for m in page.find_elements("css selector", "#verdict mark")]
    assert "LX123456758CN" in marks and "5-star review" in marks
    missing = css(page, "#verdict .missing").text
    assert (
        "tracking_number" in missing
        and "tracking_number" not in css(page, "#verdict .violations").text
    )


def test_a_dropped_message_opens_its_reply_in_the_composer_with_its_facts_marked(
    page: Any, url: str
) -> None:
    page.get(url + "inbox?lang=en")
    path = CORPUS / "004-wo-bleibt-paket-dhl-de.eml"
    css(page, "input[name=messages]").send_keys(str(path))
    wait(page, lambda d: path.name in css(d, "#messages tbody").text)
    row = css(page, "#messages tbody tr")
    assert "buyer-where-is-my-order" in row.text and "de" in row.text
    row.find_element("css selector", "button").click()
    wait(page, lambda d: d.find_elements("css selector", ".field.taken"))
    taken = css(page, ".field.taken")
    name = taken.get_attribute("data-field")
    assert css(page, f"form#compose [name={name}]").get_attribute("value")
    assert taken.find_element("css selector", ".from-message").is_displayed()


def test_a_batch_shows_its_columns_runs_with_progress_and_offers_its_results(
    page: Any, url: str, tmp_path: Path
) -> None:
    sheet = tmp_path / "orders.csv"
    sheet.write_text("订单号,跟踪号\n113-4567890-1234567,LX123456785CN\n113-4567890-1234568,LX12\n",
                     encoding="utf-8")  # fmt: skip
    page.get(url + "batch?lang=en")
    css(page, "input[name=sheet]").send_keys(str(sheet))
    pick(page, "form#batch", "shipping-in-transit")
    css(page, "button[name=upload]").click()
    wait(page, lambda d: css(d, "#preview").is_displayed())
    assert "跟踪号\ntracking_number" in css(page, "#preview .mapping").text.replace(" ", "\n")
    assert "Row 3: tracking_number: 'LX12'" in css(page, "#preview .row-errors").text
    css(page, "input[name=offline]").click()
    css(page, "button[name=run]").click()
    wait(page, lambda d: css(d, "#preview .downloads").is_displayed())
    assert css(page, "#progress").get_attribute("value") == css(page, "#progress").get_attribute(
        "max"
    )
    assert (
        css(page, "#preview .downloads a[data-format=csv]")
        .get_attribute("href")
        .endswith("results.csv")
    )


def test_the_page_follows_the_browsers_language_and_switches(url: str) -> None:
    with chromium(language="zh-CN") as driver:
        driver.get(url)
        assert css(driver, "button[name=render]").text == "生成"
        css(driver, "a.switch").click()
        wait(driver, lambda d: css(d, "button[name=render]").text == "Render")
        assert console_errors(driver) == []
