"""botbuilder's activity schema ↔ JSON, without msrest's (de)serializer on every turn.

The schema's models stay what botbuilder's turn works with; only the conversion is ours.
msrest converts value by value through its type system (key extractors, XML checks, a set
comprehension per model): profiled at about a third of a turn's CPU for the incoming
activity alone, and a deep copy plus the same walk again for every reply. Both directions
here use the models' own ``_attribute_map`` — the schema's names and types — and give the
same result as msrest for what Teams sends: unknown keys land in ``additional_properties``
(where botbuilder reads a mention's ``mentioned``), ``iso-8601`` strings become datetimes.

Anything this does not recognise — a value of an unexpected JSON type, a type name it does
not know, a date it cannot read — is handed to msrest itself (:func:`activity_from_json`
falls back to ``Activity.deserialize``), so odd input is refused or accepted exactly as
before.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Callable
from typing import Any

import botbuilder.schema as bf_schema
from botbuilder.schema import Activity
from msrest.serialization import Model


class _Unusual(Exception):
    """A value the fast path does not handle; msrest's deserializer decides."""


def activity_from_json(body: dict[str, Any]) -> Activity:
    """The schema's Activity for a JSON body (``Activity().deserialize(body)``, faster)."""
    try:
        activity = _model(Activity, body)
    except _Unusual:
        return Activity().deserialize(body)
    assert isinstance(activity, Activity)
    return activity


Convert = Callable[[Any], Any]
"""A schema type's reader: the JSON value in, the model's value out, or :class:`_Unusual`."""

_FIELDS: dict[type[Model], dict[str, tuple[str, Convert]] | None] = {}
_CONVERTERS: dict[str, Convert] = {}
_BLANKS: dict[type[Model], dict[str, Any] | None] = {}


def _fields(cls: type[Model]) -> dict[str, tuple[str, Convert]] | None:
    """JSON key → (attribute name, reader) for one model class, kept per class; None for a
    class with subtypes (msrest picks the subtype)."""
    if cls in _FIELDS:
        return _FIELDS[cls]
    found = None
    if not getattr(cls, "_subtype_map", None):
        found = {
            spec["key"]: (attr, _converter(spec["type"]))
            for attr, spec in cls._attribute_map.items()
        }
    _FIELDS[cls] = found
    return found


def _model(cls: type[Model], data: Any) -> Model:
    fields = _fields(cls)
    if fields is None or not isinstance(data, dict):
        raise _Unusual
    values: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in data.items():
        found = fields.get(key)
        if found is None:
            extra[key] = value
        elif value is not None:
            values[found[0]] = found[1](value)
    blank = _BLANKS[cls] if cls in _BLANKS else _blank(cls)
    if blank is None:
        model = cls(**values)
        model.additional_properties = extra
        return model
    model = cls.__new__(cls)
    model.__dict__ = {**blank, **values, "additional_properties": extra}
    return model


def _blank(cls: type[Model]) -> dict[str, Any] | None:
    """The attributes of a new ``cls()`` (all None) when its ``__init__`` only stores its
    arguments, checked once per class; else None, and the class is constructed as usual.
    A copy of it updated with the values is the instance's ``__dict__``: the same instance,
    without a keyword call and msrest's loop over every attribute for each model."""
    blank: dict[str, Any] | None = None
    try:
        sentinels = {attr: object() for attr in cls._attribute_map}
        empty = vars(cls())
        stores_only = vars(cls(**sentinels)) == {**empty, **sentinels} and all(
            value is None or (key == "additional_properties" and value == {})
            for key, value in empty.items()
        )
        if stores_only:
            blank = dict.fromkeys(empty)
    except Exception:  # a class that cannot be checked this way is built as msrest builds it
        blank = None
    _BLANKS[cls] = blank
    return blank


def _converter(kind: str) -> Convert:
    """The reader for a schema type name, made once per name."""
    found = _CONVERTERS.get(kind)
    if found is None:
        found = _CONVERTERS[kind] = _make_converter(kind)
    return found


def _make_converter(kind: str) -> Convert:
    if kind == "str":
        return _str
    if kind == "object":
        return _same
    if kind == "bool":
        return _bool
    if kind == "iso-8601":
        return _datetime
    if kind.startswith("[") and kind.endswith("]"):
        return functools.partial(_list, _converter(kind[1:-1]))
    cls = getattr(bf_schema, kind, None)
    if isinstance(cls, type) and issubclass(cls, Model):
        return functools.partial(_model, cls)
    return _unusual


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise _Unusual
    return value


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise _Unusual
    return value


def _same(value: Any) -> Any:
    return value


def _list(item: Convert, value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise _Unusual
    return [item(one) for one in value]


def _unusual(value: Any) -> Any:
    raise _Unusual


def _datetime(value: Any) -> dt.datetime:
    if not isinstance(value, str):
        raise _Unusual
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise _Unusual from None
    if parsed.tzinfo is None:
        raise _Unusual  # msrest reads these its own way
    return parsed


def activity_json(activity: Any) -> dict[str, Any]:
    """botbuilder's schema model as the JSON the connector takes, without msrest's serializer.

    Walks the model's ``_attribute_map`` (the schema's own names: ``reply_to_id`` →
    ``replyToId``), leaves out what is None, and keeps free-form values (card content, channel
    data) as they are: they are JSON already. The same dict as ``activity.serialize()``.
    """
    result = _model_json(activity)
    return result if isinstance(result, dict) else {}


_KEYS: dict[type[Model], tuple[tuple[str, str], ...]] = {}


def _keys(cls: type[Model]) -> tuple[tuple[str, str], ...]:
    """(attribute name, JSON key) for one model class, kept per class."""
    found = _KEYS.get(cls)
    if found is None:
        found = _KEYS[cls] = tuple((a, spec["key"]) for a, spec in cls._attribute_map.items())
    return found


def _model_json(value: Any) -> Any:
    if isinstance(value, Model):
        out: dict[str, Any] = {}
        for attr, key in _keys(type(value)):
            item = getattr(value, attr, None)
            if item is not None:
                out[key] = item if type(item) is str else _model_json(item)
        return out  # like msrest: unknown keys read in (additional_properties) are not sent
    if isinstance(value, list | tuple):
        return [_model_json(item) for item in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()  # as json_default writes it, whichever encoder runs
    return value  # dicts (card content, channel data) as they are: json.dumps walks them in C


def json_default(value: Any) -> Any:
    """``json.dumps(default=...)`` for a model or a date left inside a free-form dict."""
    if isinstance(value, Model):
        return _model_json(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")
