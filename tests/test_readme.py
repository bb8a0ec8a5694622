"""The README's examples are true: every ``console`` block is run and its output compared, and
the two install commands at the top work as far as they can without pip.

A ``console`` block is a terminal transcript: a ``$ sellermail ...`` line, then what the terminal
shows (standard output and standard error, in the order they were written) until the next ``$``
line or the end of the block. Each command runs in a fresh folder holding the files the README
shows: a block with ``title="NAME"`` in its info string, or a YAML block whose first line is a
comment naming the file (``# facts.yaml for: ...``). A command that needs a file the README does
not show is skipped, naming the file.
"""

from __future__ import annotations

import ast
import os
import re
import shlex
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")

_FENCE = re.compile(r"^(?P<indent> *)```(?P<info>[^\n`]*)\n(?P<body>.*?)^(?P=indent)```$",
                    re.DOTALL | re.MULTILINE)  # fmt: skip
_TITLE = re.compile(r'title="(?P<name>[^"]+)"')
_NAMED_YAML = re.compile(r"^# (?P<name>[\w.-]+\.ya?ml)\b")
#: An argument that is a file or folder the command reads.
_INPUT = re.compile(r"^[\w./-]+(\.(eml|txt|ya?ml|json|jsonl|csv|xlsx)|/)$")


@dataclass(frozen=True)
class Block:
    info: str
    body: str


def blocks(markdown: str) -> list[Block]:
    found = []
    for match in _FENCE.finditer(markdown):
        indent = len(match["indent"])
        body = "".join(line[indent:] for line in match["body"].splitlines(keepends=True))
        found.append(Block(match["info"].strip(), body))
    return found


def shown_files(markdown: str) -> dict[str, str]:
    """The files the README shows, by name."""
    files: dict[str, str] = {}
    for block in blocks(markdown):
        if title := _TITLE.search(block.info):
            files[title["name"]] = block.body
        elif block.info.split()[:1] == ["yaml"] and (named := _NAMED_YAML.match(block.body)):
            files[named["name"]] = block.body
    return files


@dataclass(frozen=True)
class Example:
    command: str
    expected: str


def examples(markdown: str) -> list[Example]:
    """Every ``$`` command of the console blocks, with the output shown after it."""
    found: list[Example] = []
    for block in blocks(markdown):
        if block.info.split()[:1] != ["console"]:
            continue
        command: str | None = None
        output: list[str] = []
        for line in [*block.body.splitlines(), "$ "]:
            if line.startswith("$ "):
                if command is not None:
                    found.append(Example(command, "\n".join(output)))
                command, output = line[2:], []
            else:
                output.append(line)
    return found


def tidy(text: str) -> str:
    """The only normalisation: trailing whitespace (at the end of each line and of the text)."""
    return "\n".join(line.rstrip() for line in text.rstrip().splitlines())


FILES = shown_files(README)
EXAMPLES = examples(README)


def test_the_readme_has_console_examples_and_shows_their_files() -> None:
    assert len(EXAMPLES) >= 7
    assert {"facts.yaml", "columns.yaml", "draft.txt"} <= set(FILES)


def sellermail(args: list[str], folder: Path) -> str:
    """Run the command as a terminal user would, in ``folder``: standard output and standard
    error in one stream, in the order they were written (unbuffered), no colours, 80 columns."""
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE")}
    env |= {"PYTHONUNBUFFERED": "1", "COLUMNS": "80", "NO_COLOR": "1"}
    done = subprocess.run([sys.executable, "-m", "sellermail", *args], cwd=folder, env=env,
                          stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, encoding="utf-8")  # fmt: skip
    return done.stdout


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.command for e in EXAMPLES])
def test_a_console_example_prints_what_the_readme_shows(example: Example, tmp_path: Path) -> None:
    args = shlex.split(example.command, comments=True)
    assert args[0] == "sellermail", example.command
    needed = [arg for arg in args if _INPUT.match(arg)]
    missing = [name for name in needed if name not in FILES]
    if missing:
        pytest.skip(f"the README does not show {', '.join(missing)}")
    for name in needed:
        (tmp_path / name).write_text(FILES[name], encoding="utf-8")
    assert tidy(sellermail(args[1:], tmp_path)) == tidy(example.expected)


# --- the install commands at the top of the README ---------------------------------------------


def top_commands() -> list[str]:
    """The two numbered commands of the README's first ``sh`` block."""
    first = next(block for block in blocks(README) if block.info == "sh")
    return [line for line in first.body.splitlines() if line and not line.startswith("#")]


def test_the_first_command_renders_a_real_message_offline(tmp_path: Path) -> None:
    install, *_ = top_commands()
    steps = [step.strip() for step in install.split("&&")]
    assert steps[:2] == ["python3 -m venv .venv", ".venv/bin/pip install ."]  # not run here
    program, *args = shlex.split(steps[2])
    assert program == ".venv/bin/sellermail"
    output = sellermail(args, tmp_path)
    assert output.startswith("Hi Emily,\n")
    assert "under tracking number LX123456785CN" in output and "shipped with USPS" in output


def _imported(folder: Path, pattern: str) -> set[str]:
    """The top-level modules that ``folder``'s Python files (``pattern``) import from outside."""
    names: set[str] = set()
    for path in folder.glob(pattern):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module.split(".")[0])
    local = {path.stem for path in folder.glob("*.py")} | {"sellermail"}
    return names - set(sys.stdlib_module_names) - local


def _requirement_names(requirements: list[str]) -> set[str]:
    return {re.split(r"[\s\[<>=!~;]", req, maxsplit=1)[0].lower().replace("_", "-")
            for req in requirements}  # fmt: skip


def _distributions(modules: set[str]) -> dict[str, set[str]]:
    installed = packages_distributions()
    return {module: {d.lower().replace("_", "-") for d in installed.get(module, [module])}
            for module in modules}  # fmt: skip


PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_the_package_declares_every_library_it_imports() -> None:
    """``pip install .`` (the first command) installs what the package imports."""
    declared = _requirement_names(PROJECT["dependencies"])
    undeclared = {module: dists
                  for module, dists in _distributions(_imported(ROOT / "src" / "sellermail", "**/*.py")).items()
                  if not dists & declared}  # fmt: skip
    assert not undeclared


def test_the_second_command_installs_what_the_tests_import() -> None:
    """``pip install '.[test]'`` (the second command) installs what the tests import."""
    _, tests = top_commands()
    extra = re.search(r"pip install '\.\[(\w+)\]'", tests)
    assert extra and tests.endswith("&& .venv/bin/python -m pytest")
    declared = _requirement_names(
        PROJECT["dependencies"] + PROJECT["optional-dependencies"][extra[1]]
    )
    undeclared = {module: dists
                  for module, dists in _distributions(_imported(ROOT / "tests", "*.py")).items()
                  if not dists & declared}  # fmt: skip
    assert not undeclared
