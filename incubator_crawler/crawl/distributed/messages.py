"""Items on the Redis list: one JSON object each, page bytes as base64.

``{"id", "kind", "site", "base_url", "worker", "data"}``; ``kind`` is ``article`` (a normalised item),
``reject`` (``{"item", "reason"}``), ``error`` (a page that could not be fetched),
``removed`` (a stored article answering 404/410) or ``worker`` (a worker's final stats).
JSON rather than pickle: an operator can read the list with ``redis-cli``, and ingest never
unpickles what a worker sent.
"""

from __future__ import annotations

import base64
import json
import uuid
from typing import Any

KINDS = ("article", "reject", "error", "removed", "worker")


def _default(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"$b64": base64.b64encode(value).decode("ascii")}
    if isinstance(value, (set, tuple)):
        return list(value)
    return str(value)


def _hook(obj: dict) -> Any:
    if len(obj) == 1 and "$b64" in obj:
        return base64.b64decode(obj["$b64"])
    return obj


def encode(
    kind: str, site: str, worker: str, data: dict[str, Any], base_url: str | None = None
) -> bytes:
    """One message, with a fresh id (what ingest uses to skip a message it already committed)."""
    message = {
        "id": uuid.uuid4().hex,
        "kind": kind,
        "site": site,
        "base_url": base_url,
        "worker": worker,
        "data": data,
    }
    return json.dumps(message, ensure_ascii=False, default=_default).encode("utf-8")


def decode(raw: bytes) -> dict[str, Any]:
    """The message as a dict, bytes restored; ValueError when it is not one of ours."""
    message = json.loads(raw, object_hook=_hook)
    if not isinstance(message, dict) or message.get("kind") not in KINDS or "id" not in message:
        raise ValueError("not an incubator-crawler item")
    return message
