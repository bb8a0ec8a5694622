"""The suite leaves the developer's own folders alone: conftest gives every test its own HOME and
XDG folders, and what a render and a batch write lands there, not in the real cache."""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from conftest import REAL_HOME, ROOT, STARTUP_ENV, Result
from fakeserver import FakeLLM, Reply

Run = Callable[..., Result]


def _real_cache() -> Path:
    """The user's sellermail cache folder as the test process found it (the XDG rule)."""
    base = Path(STARTUP_ENV.get("XDG_CACHE_HOME", "").strip())
    return (base if base.is_absolute() else REAL_HOME / ".cache") / "sellermail"


def _snapshot(folder: Path) -> dict[Path, tuple[int, int]]:
    if not folder.is_dir():
        return {}
    return {p: (p.stat().st_mtime_ns, p.stat().st_size) for p in folder.rglob("*") if p.is_file()}


def _holding(paths: Iterable[Path], marker: str) -> list[Path]:
    """The files among ``paths`` whose bytes contain ``marker``."""
    return [path for path in paths if marker.encode() in path.read_bytes()]


def test_the_environment_points_at_the_tests_own_folders(tmp_path: Path) -> None:
    assert Path.home() != REAL_HOME
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
        assert Path(os.environ[name]).is_relative_to(Path.home()), name
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SELLERMAIL_MODEL"):
        assert name not in os.environ, name
    child = subprocess.run([sys.executable, "-c", "import pathlib; print(pathlib.Path.home())"],
                           capture_output=True, text=True, check=True)  # fmt: skip
    assert child.stdout.strip() == str(Path.home())  # subprocesses inherit it


def test_a_render_and_a_batch_write_to_the_tests_cache_not_the_users(
    run: Run, tmp_path: Path
) -> None:
    """What this test writes carries a marker no other run writes: its own template folder (in
    the compiled templates' file names) and a buyer's name (in the cached replies). Only files
    of the real cache that changed while it ran are read, and none may hold a marker, so
    another process using the real cache at the same time does not make this test fail."""
    real = _real_cache()
    before = _snapshot(real)
    templates = tmp_path / "templates"
    templates.mkdir()
    shutil.copy(ROOT / "templates" / "shipping-in-transit.j2", templates)
    marker_name = f"Isolde{secrets.token_hex(8)}"
    facts = ["--set", "tracking_number=LX123456785CN", "--set", f"buyer_name={marker_name}"]

    rendered = run("render", "shipping-in-transit", *facts, "--templates-dir", str(templates))
    assert rendered.code == 0, rendered.err
    source = tmp_path / "in.csv"
    source.write_text(f"order_id,buyer_name,tracking_number\n113-4567890-1234567,{marker_name},"
                      "LX123456785CN\n", encoding="utf-8")  # fmt: skip
    with FakeLLM([Reply(echo=True)]) as server:
        batch = run("batch", str(source), "--out", str(tmp_path / "out.jsonl"), "--scenario",
                    "shipping-in-transit", "--templates-dir", str(templates), "--base-url",
                    server.url, "--model", "fake")  # fmt: skip
    assert batch.code == 0, batch.err
    child = subprocess.run([sys.executable, "-m", "sellermail", "render", "shipping-in-transit",
                            *facts, "--templates-dir", str(templates)],
                           capture_output=True, text=True)  # fmt: skip
    assert child.returncode == 0, child.stderr

    after = _snapshot(real)
    changed = [path for path, stamp in after.items() if before.get(path) != stamp]
    assert not _holding(changed, str(templates)), "compiled templates went to the real cache"
    assert not _holding(changed, marker_name), "model replies went to the real cache"
    isolated = Path(os.environ["XDG_CACHE_HOME"]) / "sellermail"
    assert _holding((isolated / "jinja").iterdir(), str(templates))
    assert _holding(isolated.glob("responses.sqlite3*"), marker_name)
