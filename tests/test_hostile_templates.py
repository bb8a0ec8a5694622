"""Hostile user templates: whatever a shared template tries (reading files outside the
templates folders, exhausting time or memory, escaping the sandbox), `sellermail render` ends
quickly with one line `error: template <id>: ...` and exit 2, and nothing leaks."""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import Result
from sellermail.compose import limits
from sellermail.compose.templating import cache_folder

Run = Callable[..., Result]

SECRET = "sk-live-DO-NOT-LEAK-0123456789"
#: Well above what any refusal takes (a few tenths of a second), well below a hang.
QUICK = 10.0

HEADER = """---
id: {id}
title: Thank-you note
category: after-sales
recipient: buyer
fields:
  product:
    type: text
    required: true
---
"""


def write(folder: Path, scenario_id: str, body: str) -> None:
    (folder / f"{scenario_id}.j2").write_text(HEADER.format(id=scenario_id) + body, "utf-8")


def render(run: Run, folder: Path, scenario_id: str) -> tuple[Result, float]:
    start = time.perf_counter()
    result = run("render", scenario_id, "--set", "product=lamp", "--templates-dir", str(folder))
    return result, time.perf_counter() - start


def refused(run: Run, folder: Path, body: str, scenario_id: str = "evil") -> str:
    """Render ``body``; it must be refused in one line, quickly: the line, without its prefix."""
    write(folder, scenario_id, body)
    result, elapsed = render(run, folder, scenario_id)
    assert (result.code, result.out) == (2, ""), result
    assert result.err.startswith(f"error: template {scenario_id}: "), result.err
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert SECRET not in result.err
    assert elapsed < QUICK
    return result.err.removeprefix(f"error: template {scenario_id}: ").strip()


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A secret file outside the templates folder, as an API key in a dotfile would be."""
    secret = tmp_path / "secret.env"
    secret.write_text(f"OPENAI_API_KEY={SECRET}\n", encoding="utf-8")
    return secret


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "templates"
    path.mkdir()
    return path


# Paths: a template reads only files inside the templates folders.


@pytest.mark.parametrize("tag", ["include {!r}", "import {!r} as x", "extends {!r}"])
@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("/etc/passwd", "absolute paths are not allowed"),
        ("/proc/self/environ", "absolute paths are not allowed"),
        ("../secret.env", "'..'"),
        ("sub/../../secret.env", "'..'"),
        ("..\\secret.env", "backslashes"),
        ("C:/Windows/win.ini", "colons"),
    ],
)
def test_a_path_out_of_the_templates_folder_is_refused_without_reading_it(
    run: Run, folder: Path, outside: Path, tag: str, name: str, problem: str
) -> None:
    line = refused(run, folder, "{% " + tag.format(name) + " %}\n")
    assert f"cannot load {name!r}: " in line and problem in line


def test_a_link_out_of_the_templates_folder_is_refused(
    run: Run, folder: Path, outside: Path
) -> None:
    (folder / "_key.j2").symlink_to(outside)
    (folder / "elsewhere").symlink_to(outside.parent, target_is_directory=True)
    assert "links outside the templates folder" in refused(run, folder, '{% include "_key.j2" %}')
    line = refused(run, folder, '{% include "elsewhere/secret.env" %}', "evil2")
    assert "links outside the templates folder" in line


def test_a_scenario_file_linked_from_outside_is_refused(
    run: Run, folder: Path, outside: Path
) -> None:
    (folder / "stolen.j2").symlink_to(outside)
    result, _ = render(run, folder, "stolen")
    assert result.err == "error: template stolen.j2: links outside the templates folder\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_is_refused_without_blocking(run: Run, folder: Path) -> None:
    os.mkfifo(folder / "_pipe.j2")
    assert "is not a regular file" in refused(run, folder, '{% include "_pipe.j2" %}')


def test_a_huge_file_is_refused_before_it_is_read(run: Run, folder: Path) -> None:
    (folder / "_huge.j2").write_bytes(b"x" * (1_000_000 + 1))
    assert "is over 1,000,000 bytes" in refused(run, folder, '{% include "_huge.j2" %}')


@pytest.mark.parametrize("where", ["body", "partial", "front matter"])
def test_a_template_that_is_not_utf8_is_refused_naming_the_byte(
    run: Run, folder: Path, where: str
) -> None:
    gbk = "谢谢您的购买".encode("gbk")
    if where == "partial":
        (folder / "_gbk.j2").write_bytes(gbk)
        assert "is not UTF-8 text" in refused(run, folder, '{% include "_gbk.j2" %}')
        return
    source = HEADER.format(id="gbk").encode()
    if where == "front matter":
        source = source.replace(b"Thank-you note", gbk)
    (folder / "gbk.j2").write_bytes(source + gbk)
    result, _ = render(run, folder, "gbk")
    assert result.err.startswith("error: template gbk.j2: is not UTF-8 text (byte 0x")
    assert result.err.count("\n") == 1


def test_a_refused_file_never_reaches_the_bytecode_cache(
    run: Run, folder: Path, outside: Path
) -> None:
    (folder / "_key.j2").symlink_to(outside)
    refused(run, folder, '{% include "_key.j2" %}')
    write(folder, "fine", "Thanks for the {{ product }}.\n")
    assert render(run, folder, "fine")[0].out == "Thanks for the lamp.\n"
    cache = cache_folder()
    assert cache is not None
    files = list(cache.iterdir())
    assert files and not any(SECRET.encode() in path.read_bytes() for path in files)


# Resource bounds: time, size, depth.

BOMBS = {
    "a huge range": ("{% for i in range(10**9) %}{% endfor %}", "range's length is 1,000,000,000"),
    "nested loops": (
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
        "takes too long (over 500,000 steps)",
    ),
    "loops over a list": (
        "{% set l = range(100000)|list %}{% for a in l %}{% for b in l %}{% endfor %}{% endfor %}",
        "over 500,000 steps",
    ),
    "string multiplication": ("{{ 'x' * 10**9 }}", "would make a repeated value over"),
    "a huge power": ("{{ 10 ** (10 ** 10) }}", "makes a number over 13,000 bits"),
    "squaring a big number": ("{% set n = 2 ** 6000 %}{{ n * n * n }}", "over 13,000 bits"),
    "a recursive macro": (
        "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
        "calls nest over 64 deep",
    ),
    "a macro calling itself twice": (
        "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}{{ f(40) }}",
        "takes too long (over",
    ),
    "a recursive loop": (
        "{% for x in [1] recursive %}{{ loop([1]) }}{% endfor %}",
        "calls nest over 64 deep",
    ),
    "a deeply nested expression": (
        "{{ " + "(" * 500 + "1" + ")" * 500 + " }}",
        "nested too deeply",
    ),
    "deeply nested tags": ("{% if product %}" * 500 + "{% endif %}" * 500, "nested too deeply"),
    "too many nested loops": (
        "{% for i in [1] %}" * 25 + "{% endfor %}" * 25,
        "too many statically nested blocks",
    ),
    "too many tokens": ("{{ product }}" * 7000, "too long to compile (over 20,000 tokens)"),
    "a filter block bomb": (
        "{% filter wordwrap(1) %}{% for i in range(100000) %}abcdefghij {% endfor %}{% endfilter %}",
        "the text is over 1,000,000 characters",
    ),
    "a wordwrap bomb": (
        "{{ ('x' * 90000)|wordwrap(1, wrapstring='y' * 1000) }}",
        "would make a wrapped text over",
    ),
    "wordwrap of a long text": ("{{ ('x ' * 400000)|wordwrap(1) }}", "wordwrap's text length"),
    "a wide center": ("{{ product|center(10**9) }}", "center width is 1,000,000,000"),
    "a wide ljust": ("{{ product.ljust(10**9) }}", "ljust width is 1,000,000,000"),
    "a wide format field": ("{{ '{0:>1000000000}'.format(1) }}", "format width"),
    "a repeated format field": (
        "{{ '{0}{0}{0}{0}{0}{0}{0}{0}{0}{0}{0}{0}'.format('x' * 100000) }}",
        "would make a formatted text over",
    ),
    "a wide % field": ("{{ '%1000000000s' % product }}", "% format width"),
    "a * width": ("{{ '%*s' % (10**9, product) }}", "'*' widths are not allowed"),
    "a replace bomb": ("{{ ('ab' * 400000)|replace('a', 'xxxxxx') }}", "replaced text over"),
    "a translate bomb": ("{{ ('l' * 1000).translate({108: 'x' * 5000}) }}", "translated text"),
    "an expandtabs bomb": ("{{ ('\\t' * 1000).expandtabs(100000) }}", "would make a text over"),
    "a batch bomb": ("{{ [1]|batch(10**9, fill_with=1)|list }}", "batch size is 1,000,000,000"),
    "a slice bomb": ("{{ [1]|slice(10**9)|list }}", "slice count is 1,000,000,000"),
    "a lipsum bomb": ("{{ lipsum(10**6) }}", "lipsum's paragraph count"),
    "nested lists": (
        "{% set a = ['xxxxxxxxxx'] %}"
        + "{% set a = [a, a, a, a, a, a, a, a, a, a] %}" * 6
        + "{{ a }}",
        "makes a value over 1,000,000 characters or items",
    ),
    "concatenation": (
        "{% set b = 'x' * 900000 %}{{ b ~ b }}",
        "would make a joined text over 1,000,000",
    ),
    "many fresh copies": (
        "{% set b = 'x' * 900000 %}{{ [" + ", ".join(f"b ~ {i}" for i in range(30)) + "]|length }}",
        "makes over 16,000,000 characters or items in all",
    ),
    "a growing namespace": (
        "{% set ns = namespace(s='') %}{% for i in range(100000) %}"
        "{% set ns.s = ns.s ~ 'xxxxxxxxxx' %}{% endfor %}",
        "makes over 16,000,000",
    ),
    "a huge text": (
        "{% for i in range(100000) %}" + "x" * 100 + "{% endfor %}",
        "the text is over 1,000,000 characters",
    ),
    "a template including itself": ('{% include "evil.j2" %}', "nested too deeply"),
}


@pytest.mark.parametrize(("body", "problem"), BOMBS.values(), ids=BOMBS.keys())
def test_a_resource_bomb_is_stopped_quickly_with_one_line(
    run: Run, folder: Path, body: str, problem: str
) -> None:
    assert problem in refused(run, folder, body + "\n")


def test_a_slow_template_is_stopped_at_the_time_limit(
    run: Run, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "TIME_LIMIT", 0.3)
    body = (
        "{% set s = range(100000)|list %}{% for i in range(1000) %}{{ s|sort|length }}{% endfor %}"
    )
    start = time.perf_counter()
    assert "takes too long (over 0.3 seconds)" in refused(run, folder, body)
    assert time.perf_counter() - start < 3


def test_every_rendering_has_its_own_budget(run: Run, folder: Path) -> None:
    """Rendering after rendering (a batch), each gets the full budget again."""
    write(folder, "busy", "{% for i in range(100000) %}{% endfor %}" * 3 + "{{ product }}\n")
    for _ in range(5):
        assert render(run, folder, "busy")[0].out == "lamp\n"


# The sandbox: Python internals stay out of reach.

ESCAPES = [
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ joiner.__init__.__globals__ }}",
    "{{ namespace.__init__.__globals__ }}",
    "{{ lipsum.__globals__['os'].environ }}",
    "{{ self._TemplateReference__context }}",
    "{{ self._TemplateReference__context.cycler.__init__.__globals__ }}",
    "{{ config.items() }}",
    "{{ request.application.__globals__ }}",
    "{{ '{0.__class__.__mro__}'.format(product) }}",
    "{{ '{a.__init__.__globals__}'.format_map({'a': cycler}) }}",
    "{{ '{0:{0.__class__}}'.format(product) }}",
    "{{ product|attr('__class__') }}",
    "{{ product|attr('\\x5f\\x5fclass\\x5f\\x5f') }}",
    "{{ (range(3)|map('string')).gi_frame.f_globals }}",
    "{{ dict.mro()[1].__subclasses__() }}",
    "{{ cycler(1, 2).next.__self__ }}",
    "{{ ''.join.__self__ }}",
    "{{ self.__init__.__globals__ }}",
    "{% set l = [1] %}{{ l.append(2) }}",
    "{% set d = {} %}{{ d.update({'a': 1}) }}",
]


@pytest.mark.parametrize("body", ESCAPES)
def test_a_classic_sandbox_escape_gets_nowhere(run: Run, folder: Path, body: str) -> None:
    line = refused(run, folder, body + "\n")
    assert "environ" not in line and "<module" not in line and "uid=" not in line


# Any template at all: a rendering or one line.

PATHS = ["_part.j2", "_loop.j2", "missing.j2", "/etc/passwd", "/proc/self/environ",
         "../secret.env", "a\\b.j2", "_key.j2", "evil.j2"]  # fmt: skip
NUMBERS = st.sampled_from([0, 1, 3, 100, 10**5, 10**6, 10**9])
FILTERS = st.sampled_from(["upper", "center({n})", "wordwrap({n})", "indent({n})",
                           "truncate({n})", "replace('a', 'aa')", "join(', ')", "list|string",
                           "batch({n})|list|string", "format({n})"])  # fmt: skip
_LEAVES = st.one_of(
    st.sampled_from(["Thanks. ", "{{ product }}", "{{ n }}", "{{ m(2) }}", "{{ self }}"]),
    NUMBERS.map(lambda n: f"{{{{ 'x' * {n} }}}}"),
    NUMBERS.map(lambda n: f"{{{{ range({n})|list|length }}}}"),
    NUMBERS.map(lambda n: f"{{{{ lipsum({n}, max={n}) }}}}"),
    st.sampled_from(PATHS).map(lambda path: f"{{% include {path!r} %}}"),
    st.tuples(FILTERS, NUMBERS).map(lambda f: f"{{{{ product|{f[0].format(n=f[1])} }}}}"),
)


def _extend(body: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        st.tuples(body, body).map("".join),
        st.tuples(NUMBERS, body).map(lambda t: f"{{% for n in range({t[0]}) %}}{t[1]}{{% endfor %}}"),
        st.tuples(body, body).map(lambda t: f"{{% if product %}}{t[0]}{{% else %}}{t[1]}{{% endif %}}"),
        st.tuples(FILTERS, NUMBERS, body).map(
            lambda t: f"{{% filter {t[0].format(n=t[1])} %}}{t[2]}{{% endfilter %}}"
        ),
        body.map(lambda b: f"{{% set x %}}{b}{{% endset %}}{{{{ x ~ x ~ x }}}}"),
        body.map(lambda b: f"{{% macro m(k) %}}{b}{{% if k %}}{{{{ m(k - 1) }}}}{{% endif %}}{{% endmacro %}}"),
    )  # fmt: skip


BODIES = st.recursive(_LEAVES, _extend, max_leaves=12).map(
    lambda b: "{% macro m(k) %}{{ k }}{% endmacro %}{% set n = 7 %}" + b
)
_IDS = itertools.count()


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(body=BODIES)
def test_any_template_renders_or_fails_with_one_line(
    run: Run, folder: Path, outside: Path, body: str
) -> None:
    (folder / "_part.j2").write_text("part {{ product }}", encoding="utf-8")
    (folder / "_loop.j2").write_text('{% include "_loop.j2" %}', encoding="utf-8")
    if not (folder / "_key.j2").is_symlink():
        (folder / "_key.j2").symlink_to(outside)
    scenario_id = f"random-{next(_IDS)}"
    write(folder, scenario_id, body)
    result, elapsed = render(run, folder, scenario_id)
    assert elapsed < QUICK
    assert SECRET not in result.out + result.err
    if result.code:
        assert result.code == 2 and result.out == ""
        assert result.err.startswith(f"error: template {scenario_id}: "), result.err
        assert result.err.count("\n") == 1 and "Traceback" not in result.err
    else:
        assert result.err == "" and len(result.out) <= limits.MAX_OUTPUT + 1
