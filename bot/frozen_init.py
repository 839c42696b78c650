"""A frozen record's constructor without one ``object.__setattr__`` per field (perf79).

``@dataclass(frozen=True)`` writes each field in ``__init__`` through
``object.__setattr__(self, name, value)``: a builtins look-up, a call through a slot wrapper
and the generic attribute machinery per field, because the class's own ``__setattr__``
refuses. The records a turn builds (``Understood`` with 33 fields, ``Named``, ``Turn``,
``Reply``, retrieval hits) paid that ~70 times a turn: ~2 % of a turn's instructions. The
instance's ``__dict__`` holds the same values when written directly.

:func:`quick_init` replaces the generated ``__init__`` with one of the same signature that
writes the fields into ``__dict__``: defaults and ``default_factory`` as the dataclass gives
them, keyword-only fields kept keyword-only, ``__post_init__`` called last. It is built from
``dataclasses.fields`` when the class is made, so a field added later is written too; a
record it cannot mirror exactly (an ``InitVar``, a field outside ``__init__``, ``__slots__``,
a class that is not a frozen dataclass) is refused at import, never built wrong. The
dataclass's own ``__init__`` stays as ``__dataclass_init__`` (tests/test_frozen_init.py holds
the two to the same instance, field for field and in order). Put it on records built every
turn; a record built at load gains nothing worth the line.
"""

from __future__ import annotations

import dataclasses
from operator import itemgetter
from typing import Any, TypeVar, cast

T = TypeVar("T")

_MISSING = dataclasses.MISSING
OWN = "__quick_"
"""The generated ``__init__``'s own names start so; no field's may (refused)."""


_FACTORY: Any = getattr(dataclasses, "_HAS_DEFAULT_FACTORY", object())
"""The default of a field with a ``default_factory`` (the dataclass's own marker, so the
signature reads as the dataclass's): the factory is called when no value is given."""


def quick_init(cls: type[T]) -> type[T]:
    """``cls`` (a frozen dataclass) with an ``__init__`` writing its fields into
    ``__dict__`` (module docstring). Apply above ``@dataclass(frozen=True)``."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen:
        raise TypeError(f"{cls.__qualname__}: quick_init is for frozen dataclasses")
    if "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__qualname__}: quick_init cannot mirror this __init__")
    fields = dataclasses.fields(cast(Any, cls))
    every = cls.__dict__.get("__dataclass_fields__", {})  # its InitVars too
    if len(every) != len(fields) or any(
        not f.init or f.name == "self" or f.name.startswith(OWN) for f in fields
    ):
        raise TypeError(f"{cls.__qualname__}: quick_init cannot mirror this __init__")
    names: dict[str, Any] = {f"{OWN}factory": _FACTORY}
    positional: list[str] = []
    keyword: list[str] = []
    body: list[str] = []
    for n, f in enumerate(fields):
        if f.default is not _MISSING:
            names[f"{OWN}d{n}"] = f.default
            param = f"{f.name}={OWN}d{n}"
            body.append(f"    {OWN}dict[{f.name!r}] = {f.name}")
        elif f.default_factory is not _MISSING:
            names[f"{OWN}f{n}"] = f.default_factory
            param = f"{f.name}={OWN}factory"
            made = f"{OWN}f{n}() if {f.name} is {OWN}factory else {f.name}"
            body.append(f"    {OWN}dict[{f.name!r}] = {made}")
        else:
            param = f.name
            body.append(f"    {OWN}dict[{f.name!r}] = {f.name}")
        (keyword if f.kw_only else positional).append(param)
    if hasattr(cls, "__post_init__"):  # as the dataclass's: after every field, no InitVar
        body.append("    self.__post_init__()")
    signature = ", ".join(["self", *positional, *(["*", *keyword] if keyword else [])])
    source = f"def __init__({signature}):\n    {OWN}dict = self.__dict__\n" + "\n".join(body) + "\n"
    exec(source, names)
    init = names["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__doc__ = cls.__init__.__doc__
    init.__annotations__ = dict(cls.__init__.__annotations__)
    setattr(cls, "__dataclass_init__", cls.__init__)  # noqa: B010 — a new attribute
    setattr(cls, "__init__", init)  # noqa: B010 — mypy refuses a method assigned
    named = [f.name for f in fields]
    values = itemgetter(*named) if len(named) > 1 else (lambda d: (d[named[0]],))
    post = hasattr(cls, "__post_init__")
    setattr(cls, QUICK_FIELDS, (tuple(named), frozenset(named), values, post))
    return cls


QUICK_FIELDS = f"{OWN}fields"
"""A :func:`quick_init` class's field names (in order and as a set), a getter of their values
from an instance's ``__dict__``, and whether it has ``__post_init__``: :func:`quick_replace`."""


def quick_replace(obj: T, /, **changes: Any) -> T:
    """``dataclasses.replace(obj, **changes)``, the same record, for a :func:`quick_init`
    record without its per-field Python loop (perf83: one ``replace`` of ``Understood``'s 34
    fields was ~1,000 bytecodes, 4 % of a routine question's turn). The new record's
    ``__dict__`` holds the fields alone, in field order, as ``__init__`` writes them (a
    ``cached_property`` the old one computed is not carried over, as with ``replace``);
    ``__post_init__`` is called last. A field name it does not have is refused as
    ``replace`` refuses it; any other record goes to ``dataclasses.replace`` itself."""
    kind = type(obj)
    quick = kind.__dict__.get(QUICK_FIELDS)
    if quick is None:
        return cast(T, dataclasses.replace(cast(Any, obj), **changes))
    names, known, values, post = quick
    if not known.issuperset(changes):
        unknown = ", ".join(sorted(set(changes) - known))
        raise TypeError(f"{kind.__qualname__}.__init__() got an unexpected keyword: {unknown}")
    fresh = object.__new__(kind)
    written = fresh.__dict__
    written.update(zip(names, values(obj.__dict__), strict=True))
    written.update(changes)
    if post:
        fresh.__post_init__()  # type: ignore[attr-defined]
    return fresh


__all__ = ["QUICK_FIELDS", "quick_init", "quick_replace"]
