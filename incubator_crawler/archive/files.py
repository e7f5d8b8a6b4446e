"""The archive's files: attachments stored once by content, ``<sha256[:2]>/<sha256><ext>``."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from urllib.parse import urlsplit


def store_file(files_dir: Path, content: bytes, url: str) -> tuple[str, str]:
    """Write ``content`` content-addressed under ``files_dir`` (once); return (sha256, relative path)."""
    sha = hashlib.sha256(content).hexdigest()
    ext = os.path.splitext(urlsplit(url).path)[1].lower()[:8]
    relative = Path(sha[:2]) / f"{sha}{ext}"
    target = files_dir / relative
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(target.suffix + ".part")
        partial.write_bytes(content)
        os.replace(partial, target)  # never a half-written file under the final name
    return sha, str(relative)
