"""The sandbox user templates run in: Jinja2's immutable sandbox, bounded.

:class:`BoundedEnvironment` is an :class:`~jinja2.sandbox.ImmutableSandboxedEnvironment` (no
private attributes, no Python internals, no changing lists or dicts) whose every rendering stays
within the bounds of :mod:`sellermail.compose.limits`:

- compiling: at most :data:`~sellermail.compose.limits.MAX_TOKENS` tokens per template;
- loops: every ``{% for %}`` is compiled as a loop over ``environment.sellermail_loop(...)``,
  which counts each iteration as a step; ``range()`` has at most
  :data:`~sellermail.compose.limits.MAX_ITEMS` numbers;
- values: arithmetic, ``~``, list and dict literals, filters, calls, slices and printed values
  are checked (before, where the size is known: :mod:`sellermail.compose.guards`) and counted;
- text: the environment's ``concat`` (a rendering, a macro, a block) refuses a text over
  :data:`~sellermail.compose.limits.MAX_OUTPUT` characters; calls nest at most
  :data:`~sellermail.compose.limits.MAX_DEPTH` deep.

Going over a bound raises :class:`~sellermail.compose.sources.TemplateRefused`, a one-line
:class:`~sellermail.errors.ScenarioError`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, cast

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.environment import TemplateModule
from jinja2.lexer import TokenStream
from jinja2.runtime import markup_join, str_join
from jinja2.sandbox import (
    ImmutableSandboxedEnvironment,
    SandboxedEscapeFormatter,
    SandboxedFormatter,
)
from jinja2.utils import generate_lorem_ipsum
from jinja2.visitor import NodeTransformer

from sellermail.compose.guards import (
    FILTER_CHECKS,
    check_binop,
    check_format_spec,
    check_method,
    join_checked,
)
from sellermail.compose.limits import (
    MAX_DEPTH,
    MAX_ITEMS,
    MAX_TOKENS,
    bounded_join,
    bounded_list,
    budget,
    check_count,
    check_size,
    current,
    made,
    tick,
)
from sellermail.compose.sources import TemplateRefused


def loop_items(iterable: Iterable[Any]) -> Iterator[Any]:
    """The items of a ``{% for %}`` loop, each a step of the budget."""
    for item in iterable:
        tick()
        yield item


@jinja2.pass_eval_context
def concat_values(eval_ctx: jinja2.nodes.EvalContext, *values: Any) -> str:
    """``a ~ b ~ ...``, refused before it is joined when the parts are too big."""
    join_checked(values)
    return markup_join(values) if eval_ctx.autoescape else str_join(values)


def identity(value: Any) -> Any:
    """A list, tuple or dict literal: ``environment.call`` checks and counts it."""
    return value


def bounded_range(*args: int) -> range:
    numbers = range(*args)
    try:
        size = len(numbers)
    except OverflowError:
        size = MAX_ITEMS + 1
    check_count(size, "a range's length", MAX_ITEMS)
    return numbers


def bounded_lipsum(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> str:
    check_count(n, "lipsum's paragraph count", 100)
    check_count(max, "lipsum's word count", 1_000)
    return generate_lorem_ipsum(n, html, min, max)


def finalize(value: Any) -> Any:
    """Every printed value: ``None`` (an absent optional field) is an error, not "None"."""
    if value is None:
        raise TemplateRefused("printed an absent optional field; guard it with {% if %}")
    tick()
    return made(value)


def _bounded_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    check = FILTER_CHECKS.get(name)
    skip = 1 if getattr(func, "jinja_pass_arg", None) is not None else 0

    @functools.wraps(func)
    def bounded(*args: Any, **kwargs: Any) -> Any:
        tick()
        if check is not None and len(args) > skip:
            args = (*args[:skip], check(*args[skip:], **kwargs), *args[skip + 1 :])
        return made(func(*args, **kwargs))

    bounded.sellermail_bounded = True  # type: ignore[attr-defined]
    return bounded


class _Filters(dict[str, Callable[..., Any]]):
    """The filters, each wrapped by :func:`_bounded_filter` when first looked up (as a
    compiled template and Jinja's constant folding do): wrapping all of them would cost every
    start a little for filters that are never used."""

    def __getitem__(self, name: str) -> Callable[..., Any]:
        func = super().__getitem__(name)
        if not getattr(func, "sellermail_bounded", False):
            func = _bounded_filter(name, func)
            super().__setitem__(name, func)
        return func

    def get(self, name: str, default: Any = None) -> Any:
        return self.__getitem__(name) if name in self else default


class _Bounds(NodeTransformer):
    """Rewrites a parsed template so that loops, ``~`` and literals go through the budget."""

    def __init__(self, environment: jinja2.Environment) -> None:
        self.environment = environment

    def _call(self, helper: str, args: list[nodes.Expr], lineno: int) -> nodes.Call:
        call = nodes.Call(nodes.EnvironmentAttribute(helper), args, [], None, None)
        call.set_lineno(lineno).set_environment(self.environment)
        return call

    # generic_visit() rewrites a node's children in place.

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        node.iter = self._call("sellermail_loop", [cast(nodes.Expr, node.iter)], node.lineno)
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        return self._call("sellermail_concat", list(node.nodes), node.lineno)

    def _literal(self, node: nodes.Expr) -> nodes.Node:
        self.generic_visit(node)
        if getattr(node, "ctx", "load") != "load":
            return node
        try:
            node.as_const()
        except nodes.Impossible:
            return self._call("sellermail_value", [node], node.lineno)
        return node

    visit_List = visit_Tuple = visit_Dict = _literal


class _Generator(CodeGenerator):
    def visit_Template(self, node: nodes.Template, frame: Frame | None = None) -> None:
        _Bounds(self.environment).visit(node)
        super().visit_Template(node, frame)


class _BoundedFormatter(SandboxedFormatter):
    """``str.format``: widths checked, the text refused once over the limit."""

    size = 0

    def format_field(self, value: Any, format_spec: str) -> Any:
        check_format_spec(format_spec)
        text = super().format_field(value, format_spec)
        self.size += len(text)
        check_size(self.size, "a formatted text")
        return text


class _BoundedEscapeFormatter(_BoundedFormatter, SandboxedEscapeFormatter):
    pass


class BoundedTemplate(jinja2.Template):
    """A template whose rendering has a budget (its own, or the one under way)."""

    def render(self, *args: Any, **kwargs: Any) -> str:
        with budget():
            return super().render(*args, **kwargs)

    def make_module(
        self,
        vars: dict[str, Any] | None = None,
        shared: bool = False,
        locals: Mapping[str, Any] | None = None,
    ) -> TemplateModule:
        context = self.new_context(vars, shared, locals)
        return TemplateModule(self, context, bounded_list(self.root_render_func(context)))


class BoundedEnvironment(ImmutableSandboxedEnvironment):
    """See the module's docstring."""

    intercepted_binops = frozenset({"+", "-", "*", "/", "//", "%", "**"})
    code_generator_class = _Generator
    template_class = BoundedTemplate
    concat = staticmethod(bounded_join)  # type: ignore[assignment]
    sellermail_loop = staticmethod(loop_items)
    sellermail_concat = staticmethod(concat_values)
    sellermail_value = staticmethod(identity)

    def __init__(self, **options: Any) -> None:
        options.setdefault("finalize", finalize)
        super().__init__(**options)
        self.globals["range"] = bounded_range
        self.globals["lipsum"] = bounded_lipsum
        self.filters = _Filters(self.filters)

    def _tokenize(
        self, source: str, name: str | None, filename: str | None = None, state: str | None = None
    ) -> TokenStream:
        # Compiling costs time in proportion to the tokens: count them as the parser reads.
        stream = super()._tokenize(source, name, filename, state)
        return TokenStream(_counted(stream), name, filename)

    def call(self, context: jinja2.runtime.Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        tick()
        args = check_method(obj, args, kwargs)
        spent = current()
        if spent is None:
            return made(super().call(context, obj, *args, **kwargs))
        if spent.depth >= MAX_DEPTH:
            raise TemplateRefused(
                f"calls nest over {MAX_DEPTH} deep (a macro or loop calling itself?)"
            )
        spent.depth += 1
        try:
            return made(super().call(context, obj, *args, **kwargs))
        finally:
            spent.depth -= 1

    def call_binop(
        self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any
    ) -> Any:
        tick()
        check_binop(operator, left, right)
        return made(super().call_binop(context, operator, left, right))

    def getattr(self, obj: Any, attribute: str) -> Any:
        tick()
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        tick()
        value = super().getitem(obj, argument)
        return made(value) if isinstance(argument, slice) else value

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """``str.format`` and ``str.format_map`` with :class:`_BoundedFormatter` (Jinja's own
        method, with a formatter that checks widths and sizes)."""
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        owner: str = value.__self__
        is_map = value.__name__ == "format_map"
        kind = type(owner)

        def bounded(*args: Any, **kwargs: Any) -> str:
            formatter: _BoundedFormatter
            if hasattr(owner, "__html__"):  # markupsafe.Markup
                formatter = _BoundedEscapeFormatter(self, escape=owner.escape)  # type: ignore[attr-defined]
            else:
                formatter = _BoundedFormatter(self)
            if is_map:
                if kwargs or len(args) != 1:
                    raise TypeError("format_map() takes exactly one argument")
                return kind(formatter.vformat(owner, (), args[0]))
            return kind(formatter.vformat(owner, args, kwargs))

        return functools.update_wrapper(bounded, value)


def _counted(stream: TokenStream) -> Iterator[jinja2.lexer.Token]:
    for count, token in enumerate(stream, start=1):
        if count > MAX_TOKENS:
            raise TemplateRefused(f"is too long to compile (over {MAX_TOKENS:,} tokens)")
        if count % 1000 == 0:
            tick()
        yield token
