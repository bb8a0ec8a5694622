"""Wheel build hook: compile the guard's hot modules to C with mypyc.

The guard checks thousands of drafts a second; its modules are fully typed (mypy --strict), so
mypyc turns them into C extensions that run the same code about a third faster. The modules to
compile are listed in pyproject.toml (``[tool.hatch.build.targets.wheel.hooks.custom]
compile``). They are compiled in a temporary copy of the sources, so the checkout never holds a
stale extension that would shadow an edited ``.py`` file; the wheel carries both (Python picks
the extension). Editable installs stay pure Python, and so does a wheel built where no C compiler
or no Python headers or no mypyc exist (with a warning), or with ``SELLERMAIL_PURE_PYTHON=1``.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

PURE = "SELLERMAIL_PURE_PYTHON"


def _why_not_compiled() -> str | None:
    """Why this machine cannot compile, or None when it can."""
    if os.environ.get(PURE, "") not in ("", "0"):
        return f"{PURE} is set"
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler})"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").is_file():
        return "no Python headers (Python.h)"
    if importlib.util.find_spec("mypyc") is None:  # a build without isolation, without mypy
        return "mypyc is not installed"
    return None


class CompileHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        self._work: str | None = None
        if self.target_name != "wheel" or version == "editable":
            return
        reason = _why_not_compiled()
        if reason:
            self.app.display_warning(f"sellermail: building pure Python ({reason})")
            return
        source = Path(self.root) / "src"
        modules = sorted(
            path.relative_to(source).as_posix()
            for pattern in self.config.get("compile", [])
            for path in source.glob(pattern)
            if path.name != "__init__.py"
        )
        self._work = tempfile.mkdtemp(prefix="sellermail-mypyc-")
        work = Path(self._work)
        shutil.copytree(source / "sellermail", work / "sellermail", ignore=_not_python)
        environment = {**os.environ, "MYPYPATH": str(Path(self.root) / "typings")}
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "mypyc",
                "--ignore-missing-imports",
                "--follow-imports=silent",
                *modules,
            ],
            cwd=work,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            check=False,
        )
        if done.returncode:
            raise RuntimeError(f"mypyc failed to compile the guard:\n{done.stdout[-4000:]}")
        extension = sysconfig.get_config_var("EXT_SUFFIX")
        for built in work.rglob(f"*{extension}"):
            relative = built.relative_to(work)
            if relative.parts[0] != "build":
                build_data["force_include"][str(built)] = relative.as_posix()
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if self._work:
            shutil.rmtree(self._work, ignore_errors=True)


def _not_python(folder: str, names: list[str]) -> list[str]:
    return [
        name
        for name in names
        if name == "__pycache__" or not (name.endswith(".py") or (Path(folder) / name).is_dir())
    ]
