"""Real Chromium for the web page's tests and screenshots: Debian's ``chromium`` driven by
Selenium through Debian's ``chromedriver`` (never a download: the driver's path is given, so
Selenium Manager is not asked), and ``sellermail serve`` started on a free port."""

from __future__ import annotations

import os
import selectors
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1400,1000")  # fmt: skip


def missing() -> str | None:
    """Why the browser cannot run here, or ``None``."""
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not os.access(path, os.X_OK):
            return f"{path} is missing (apt-get install {package})"
    return None


@contextmanager
def served(*args: str, timeout: float = 20) -> Iterator[str]:
    """``sellermail serve --port 0`` in a process of its own; yields the URL it prints."""
    process = subprocess.Popen(
        [sys.executable, "-m", "sellermail", "serve", "--port", "0", *args],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        selector = selectors.DefaultSelector()
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(timeout):
            raise RuntimeError(f"sellermail serve printed no URL in {timeout} s")
        line = process.stdout.readline()
        assert line.startswith("sellermail: serving on http://127.0.0.1:"), line
        yield line.split()[3]
    finally:
        process.terminate()
        process.wait(10)


@contextmanager
def chromium(*, width: int = 1400, height: int = 1000, language: str = "en-US") -> Iterator[Any]:
    """A headless Chromium with a fresh profile, its console log kept."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager, if ever asked, fetches nothing
    profile = tempfile.mkdtemp(prefix="sellermail-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--window-size={width},{height}")
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--lang={language}")
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def console_errors(driver: Any) -> list[str]:
    """The console's errors since the last call (warnings and logs are not errors). Chromium
    also logs every 4xx answer as an error: a 422 from the API is a mistake the page shows
    beside its field, the contract's answer, so those alone are left out."""
    return [
        entry["message"]
        for entry in driver.get_log("browser")
        if entry["level"] == "SEVERE"
        and not (
            entry.get("source") == "network"
            and "/api/" in entry["message"]
            and "status of 422" in entry["message"]
        )
    ]
