"""User settings: thresholds, owners, dates. Parsed with pydantic, ``extra="forbid"``.

Settings come from a YAML file (``--config debrief.yaml``) or the defaults. An unknown key is an
error with a "did you mean" hint, so a typo never silently falls back to a default.

The file has the core keys below (``currency``, ``people``, ``facilitators``) and one section per
stage or review that has
settings. Each section is a :class:`Section` model declared by its stage
(:class:`debrief.registry.Stage` ``section``/``settings``) or review
(:func:`debrief.registry.add_section`), so adding a stage with settings touches its own package
only. A section that is not given takes its defaults. The sections are those declared so far:
commands read settings with :func:`debrief.engine.load_settings`, which declares every stage first.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from debrief.registry import SECTIONS

_EMAIL = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+$")


def email_address(value: str) -> str:
    """``value`` trimmed, when it is an email address; a ValueError otherwise."""
    value = value.strip()
    if not _EMAIL.match(value):
        raise ValueError(f"{value!r} is not an email address")
    return value


class Section(BaseModel):
    """A settings section: frozen, and an unknown key is an error."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Settings(BaseModel):
    """Every setting: the core keys, and one section per declared stage or review
    (``settings.funnel.alpha``)."""

    model_config = ConfigDict(extra="allow", frozen=True)

    currency: str = "USD"
    #: Owners and facilitators by name -> email address (``debrief tick`` invites and reminds).
    people: dict[str, str] = Field(default_factory=dict)
    #: Facilitators of the meetings, in rotation; never the meeting's (the campaign's) owner.
    facilitators: list[str] = Field(default_factory=list)

    @field_validator("people")
    @classmethod
    def _people(cls, v: dict[str, str]) -> dict[str, str]:
        return {name: email_address(addr) for name, addr in v.items()}

    @model_validator(mode="before")
    @classmethod
    def _sections(cls, data: Any) -> Any:
        """Each key that is not a core key must name a declared section; its value becomes that
        section's model."""
        if not isinstance(data, dict):
            return data
        out = dict(data)
        for key in [k for k in data if k not in cls.model_fields]:
            if key not in SECTIONS:
                raise ValueError(f"unknown key {key!r}{_hint(key, _keys(cls))}")
            model = SECTIONS.get(key)
            value = data[key]
            out[key] = value if isinstance(value, model) else model.model_validate(value or {})
        return out

    def __getattr__(self, name: str) -> Any:
        try:
            return super().__getattr__(name)  # type: ignore[misc]
        except AttributeError:
            if name in SECTIONS:  # a section not given: its defaults
                return SECTIONS.get(name)()
            raise


class ConfigError(ValueError):
    """A settings file that cannot be used; the message names the file, key and problem."""


def _keys(model: type[BaseModel]) -> list[str]:
    return [*model.model_fields, *SECTIONS]


def _hint(key: str, valid: list[str]) -> str:
    close = difflib.get_close_matches(str(key), valid, n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _errors(exc: ValidationError, prefix: tuple[Any, ...], model: type[BaseModel]) -> list[str]:
    lines = []
    for err in exc.errors():
        loc = (*prefix, *err["loc"])
        where = ".".join(str(p) for p in loc)
        if err["type"] == "extra_forbidden":
            msg = "unknown key" + _hint(str(err["loc"][-1]), list(_fields_at(model, err["loc"])))
        else:
            msg = err["msg"]
        lines.append(f"{where}: {msg}")
    return lines


def _fields_at(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    node: Any = model
    for part in loc[:-1]:
        field = node.model_fields.get(part) if isinstance(node, type) else None
        if field is None or not isinstance(field.annotation, type):
            return []
        node = field.annotation
    return list(node.model_fields) if isinstance(node, type) else []


def parse_settings(data: dict[str, Any] | None, source: str = "settings") -> Settings:
    """Settings from a mapping, with errors that name the key and suggest the right one."""
    data = dict(data or {})
    lines: list[str] = []
    core = {k: v for k, v in data.items() if k in Settings.model_fields}
    sections: dict[str, Any] = {}
    for key, value in data.items():
        if key in Settings.model_fields:
            continue
        if key not in SECTIONS:
            lines.append(f"{key}: unknown key{_hint(key, _keys(Settings))}")
            continue
        model = SECTIONS.get(key)
        try:
            sections[key] = model.model_validate(value or {})
        except ValidationError as exc:
            lines += _errors(exc, (key,), model)
    try:
        settings = Settings.model_validate({**core, **sections})
    except ValidationError as exc:
        lines += _errors(exc, (), Settings)
    if lines:
        raise ConfigError("\n".join(f"{source}: {line}" for line in lines))
    return settings


def load_settings(path: str | Path | None) -> Settings:
    """Settings from a YAML file, or the defaults when ``path`` is None."""
    if path is None:
        return Settings()
    import yaml  # only a settings file needs it (the import is ~10 ms of every command's start)

    p = Path(path)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{p}: cannot read settings: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{p}: settings must be a mapping of keys to values")
    return parse_settings(data, str(p))
