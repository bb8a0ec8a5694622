"""Screenshots of the web page's four views for the README (docs/screenshots/*.png), taken in
Debian's Chromium against `sellermail serve` with example data from the repository.

Usage: python scripts/screenshots.py [--lang en|zh]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from browser import chromium, console_errors, missing, served  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
INBOX = [ROOT / "tests" / "corpus" / "inbound" / name for name in (
    "004-wo-bleibt-paket-dhl-de.eml", "001-where-is-parcel-us.txt",
    "003-late-heater-threat-1star.eml")]  # fmt: skip
DRAFT = ("Hi Emily,\n\nYour package was shipped under tracking number LX123456758CN and will "
         "arrive in 7–10 days.\n\nHappy with your order? Please leave us a 5-star review!\n\n"
         "Maple Home Customer Service")  # fmt: skip
SHEET = ("订单号,买家姓名,跟踪号,物流商\n113-4567890-1234567,Emily Chen,LX123456785CN,USPS\n"
         "113-4567890-2234567,Jürgen Weiß,JJD000390015882736451,DHL\n"
         "113-4567890-3234567,Sam Lee,LX12,USPS\n")  # fmt: skip


def shoot(driver: object, name: str) -> None:
    time.sleep(0.3)
    driver.execute_script("window.scrollTo(0, 0)")  # type: ignore[attr-defined]
    driver.save_screenshot(str(OUT / name))  # type: ignore[attr-defined]
    print(OUT / name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en", choices=("en", "zh"))
    lang = parser.parse_args().lang
    if problem := missing():
        sys.exit(f"screenshots: {problem}")
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    OUT.mkdir(parents=True, exist_ok=True)
    suffix = "" if lang == "en" else "-zh"
    with served() as url, chromium(width=1400, height=900) as driver:
        find = lambda selector: driver.find_element(By.CSS_SELECTOR, selector)  # noqa: E731
        until = lambda condition: WebDriverWait(driver, 15).until(condition)  # noqa: E731

        driver.get(f"{url}?scenario=shipping-in-transit&lang={lang}")
        for name, value in {"order_id": "113-4567890-1234567", "tracking_number": "LX123456785CN",
                            "carrier": "USPS", "buyer_name": "Emily Chen",
                            "store_name": "Maple Home"}.items():  # fmt: skip
            find(f"form#compose [name={name}]").send_keys(value)
        find("button[name=render]").click()
        until(lambda d: find("#result .body").text)
        shoot(driver, f"compose{suffix}.png")

        driver.get(f"{url}check?scenario=shipping-in-transit&lang={lang}")
        find("form#check [name=facts]").send_keys(
            "tracking_number: LX123456785CN\nbuyer_name: Emily Chen\nstore_name: Maple Home\n"
        )
        find("form#check [name=draft]").send_keys(DRAFT)
        find("button[name=check]").click()
        until(lambda d: d.find_elements(By.CSS_SELECTOR, "#verdict mark"))
        shoot(driver, f"check{suffix}.png")

        driver.get(f"{url}inbox?lang={lang}")
        find("input[name=messages]").send_keys("\n".join(str(path) for path in INBOX))
        until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#messages tbody tr")) == len(INBOX))
        shoot(driver, f"inbox{suffix}.png")

        driver.set_window_size(1400, 1250)  # the batch's mapping, errors and progress
        sheet = Path(tempfile.mkdtemp()) / "orders.csv"
        sheet.write_text(SHEET, encoding="utf-8")
        driver.get(f"{url}batch?lang={lang}")
        find("input[name=sheet]").send_keys(str(sheet))
        find("form#batch .picker-search").send_keys("shipping-in-transit")
        find("button[name=upload]").click()
        until(lambda d: find("#preview").is_displayed())
        find("input[name=offline]").click()
        find("button[name=run]").click()
        until(lambda d: find("#preview .downloads").is_displayed())
        shoot(driver, f"batch{suffix}.png")
        if errors := console_errors(driver):
            sys.exit(f"screenshots: console errors: {errors}")


if __name__ == "__main__":
    main()
