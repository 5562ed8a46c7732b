"""Strict JSON for data that arrives from outside: one meaning per document or an error.

Duplicate keys, NaN and Infinity, invalid UTF-8 and deep nesting are refused (Python's
``json`` accepts the first three silently), so a crafted bundle cannot show one thing to
one reader and another to the next.
"""

from __future__ import annotations

import json
from typing import Any

from app.exchange.bundle.errors import malformed

MAX_DEPTH = 8


def loads(data: bytes) -> Any:
    """Parse ``data`` strictly; MalformedBundleError on anything doubtful."""
    try:
        text = data.decode("utf-8", errors="strict")
        value = json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_refuse)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise malformed() from None
    if _depth(value) > MAX_DEPTH:
        raise malformed()
    return value


def dumps(value: Any) -> bytes:
    """Deterministic JSON: sorted keys, no spaces, UTF-8 (same data, same bytes)."""
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text.encode("utf-8")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError("duplicate key")
        result[key] = value
    return result


def _refuse(constant: str) -> Any:
    raise ValueError(f"{constant} is not JSON")


def _depth(value: Any) -> int:
    if isinstance(value, dict):
        children: Any = value.values()
    elif isinstance(value, list):
        children = value
    else:
        return 0
    deepest = 0
    for child in children:
        if isinstance(child, dict | list):  # a scalar adds nothing: no call for it
            deepest = max(deepest, _depth(child))
    return 1 + deepest
