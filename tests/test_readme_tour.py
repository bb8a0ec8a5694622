"""The README's short tour works when followed literally: every line, in order, in an empty
folder, with the installed ``sellermail`` command and a shell (redirections included)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def tour_lines() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## A short tour") :]
    block = section[section.index("```sh\n") + len("```sh\n") :]
    return [line.split("  #")[0].strip() for line in block[: block.index("```")].splitlines()]


def test_every_line_of_the_tour_runs_in_an_empty_folder(tmp_path: Path) -> None:
    bin_dir = Path(sys.executable).parent
    lines = tour_lines()
    assert len(lines) >= 8 and all(line.startswith("sellermail ") for line in lines)
    for line in lines:
        done = subprocess.run(
            f"{bin_dir}/{line}", shell=True, cwd=tmp_path, capture_output=True, text=True,
            timeout=60,
        )  # fmt: skip
        assert done.returncode == 0, f"{line}\n{done.stderr}"
        assert "Traceback" not in done.stderr
        if line.startswith("sellermail check"):
            assert done.stdout == "ok: no violations\n"
    assert (tmp_path / "draft.txt").read_text(encoding="utf-8").strip()
