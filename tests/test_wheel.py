"""The real wheel: it carries the templates and, installed elsewhere, renders every scenario."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(
    not (ROOT / "pyproject.toml").is_file(), reason="needs the source checkout"
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(dist),
            str(ROOT),
        ],
        check=True,
        env={**os.environ, "SELLERMAIL_PURE_PYTHON": "1"},  # what it carries, not compiled
    )
    return next(dist.glob("sellermail-*.whl"))


def test_the_wheel_carries_every_template(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {
        name.removeprefix("sellermail/templates/")
        for name in names
        if name.startswith("sellermail/templates/")
    }
    folder = ROOT / "templates"
    in_tree = {path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file()}
    assert shipped == in_tree
    assert len([name for name in shipped if not name.startswith("_") and "/" not in name]) == 24
    for language in ("de", "fr", "es", "it", "ja"):  # the buyer messages in each language
        assert f"{language}/_tone.j2" in shipped and f"{language}/shipping-in-transit.j2" in shipped


def test_the_installed_wheel_renders_every_scenario_from_another_folder(
    wheel: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(site),
            str(wheel),
        ],
        check=True,
    )
    script = (
        "import json, sellermail\n"
        "from sellermail.compose.catalogue import TONES\n"
        "out = {'file': sellermail.__file__, 'rendered': 0}\n"
        "for s in sellermail.scenarios():\n"
        "    for tone in TONES:\n"
        "        sellermail.render(s, s.example, tone=tone, channel=s.channels[0])\n"
        "        out['rendered'] += 1\n"
        "from sellermail.triage.message import parse_message\n"
        "from sellermail.triage.classify import triage\n"
        "out['kind'] = triage(parse_message(b'Where is my order?', 'x')).kind\n"
        "print(json.dumps(out))\n"
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = os.environ | {"PYTHONPATH": str(site)}
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    data = json.loads(result.stdout)
    assert data["file"].startswith(str(site))
    assert data["rendered"] == 24 * 6
    assert data["kind"] == "buyer-where-is-my-order"  # inbound/ ships in the wheel


def test_the_wheel_carries_the_web_pages_templates_and_static_files(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    web = ROOT / "src" / "sellermail" / "web"
    in_tree = {
        f"sellermail/web/{path.relative_to(web).as_posix()}"
        for path in web.rglob("*")
        if path.is_file() and path.suffix in (".html", ".js", ".css", ".svg", ".yaml")
    }
    assert {"sellermail/web/static/compose.js", "sellermail/web/templates/compose.html",
            "sellermail/web/ui.yaml"} <= in_tree  # fmt: skip
    assert in_tree <= names
