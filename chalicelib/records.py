"""Immutable value objects for every webhook's path, without ``dataclasses`` (cold start).

``@dataclass`` costs each cold start twice: importing :mod:`dataclasses` pulls in
:mod:`inspect` (and ``ast``, ``dis``), and every decorated class has its ``__init__``,
``__eq__`` and ``__repr__`` generated as source and ``exec``'d: about 0.6 ms for a
four-field class and 3.5 ms for the 65 fields of ``Settings``, measured on this
machine (``python -m bench.bench_coldstart``). The objects built on every request
(settings, webhooks, events, tasks, claims, deadlines) derive from :class:`Record`
instead: equality, ``repr`` and immutability are written once, here, and a subclass
only declares its fields and a typed ``__init__``.
"""

from __future__ import annotations

from typing import Any, ClassVar, TypeVar

R = TypeVar("R", bound="Record")


class Record:
    """A value object: equal when its fields are, shown by them, frozen once built.

    Fields are the names a subclass annotates in its own body, in order; a subclass
    with ``__slots__`` must slot exactly those (checked when the class is created).
    ``__init__`` sets them through :meth:`Record.__init__`; afterwards any assignment
    raises ``AttributeError``, as a frozen dataclass does. Names in ``_hidden``
    (secrets) never appear in ``repr``.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()
    _hidden: ClassVar[frozenset[str]] = frozenset()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._fields = tuple(name for name, hint in cls.__dict__.get("__annotations__", {}).items()
                            if not str(hint).startswith(("ClassVar", "typing.ClassVar")))
        slots = cls.__dict__.get("__slots__")
        if slots is not None and set(slots) != set(cls._fields):
            raise TypeError(f"{cls.__name__}: __slots__ {sorted(slots)} differ from its fields {sorted(cls._fields)}")

    def __init__(self, **values: Any) -> None:
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable: cannot set {name!r} (use replace())")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable: cannot delete {name!r}")

    def _values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self._fields}

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(tuple(self._values().values()))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={value!r}" for name, value in self._values().items() if name not in self._hidden)
        return f"{type(self).__name__}({shown})"

    def __reduce__(self) -> tuple[Any, ...]:
        # copy and pickle rebuild through __init__ (they would otherwise set the fields one by one).
        return _rebuild, (type(self), self._values())

    def replace(self: R, **changes: Any) -> R:
        """A copy with ``changes`` applied (``dataclasses.replace``); ``__init__`` validates them."""
        return type(self)(**{**self._values(), **changes})


def _rebuild(cls: type[R], values: dict[str, Any]) -> R:
    return cls(**values)
