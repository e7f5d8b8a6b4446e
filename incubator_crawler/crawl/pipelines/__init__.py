"""Item pipelines, one normalisation step each; :func:`normalize_item` runs them all in order."""

from __future__ import annotations

from typing import Any

from .attachments import AttachmentsPipeline
from .base import StepPipeline, adapt
from .category import CategoryPipeline
from .clean_body import CleanBodyPipeline
from .clean_title import CleanTitlePipeline
from .normalize_dates import NormalizeDatesPipeline
from .require_fields import RequireFieldsPipeline
from .split_people import SplitPeoplePipeline
from .store_archive import StoreArchivePipeline

#: Every item pipeline with its Scrapy priority, in order; ``settings.ITEM_PIPELINES`` is built
#: from it. Title before body: the body drops a repeated title; the archive writer comes last.
PIPELINES = (
    (CleanTitlePipeline, 100),
    (NormalizeDatesPipeline, 200),
    (SplitPeoplePipeline, 300),
    (CategoryPipeline, 400),
    (CleanBodyPipeline, 500),
    (RequireFieldsPipeline, 800),
    (AttachmentsPipeline, 850),
    (StoreArchivePipeline, 900),
)

#: The normalisation steps, in pipeline order.
STEPS = tuple(cls.step for cls, _ in PIPELINES if issubclass(cls, StepPipeline))


def item_pipelines() -> dict[str, int]:
    """``PIPELINES`` as Scrapy's ``ITEM_PIPELINES`` setting: dotted class path → priority."""
    return {f"{cls.__module__}.{cls.__qualname__}": priority for cls, priority in PIPELINES}


def normalize_item(item: Any) -> Any:
    """Apply every normalisation step to ``item`` in place, as the Scrapy pipelines would."""
    normalize_steps(item)
    return item


def normalize_steps(item: Any) -> dict[str, list[str]]:
    """Apply every normalisation step to ``item`` in place; each step's outcomes by pipeline name."""
    adapter = adapt(item)  # ItemAdapter costs ~17 µs a page to build (see ArticleFields)
    # STEPS read at call time, so a step added to it (a test's) runs too, under its own name.
    names = {cls.step: cls.name for cls, _ in PIPELINES if issubclass(cls, StepPipeline)}
    return {names.get(step, step.__name__): step(adapter) for step in STEPS}
