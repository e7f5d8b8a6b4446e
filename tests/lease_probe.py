"""Run ``incubator-crawler ARGS`` (a worker) and record what a kill -9 would leave at each lease's end.

``python tests/lease_probe.py OUT.json crawl ... --redis URL``: every request the worker queues
(with the page that linked it) and, each time a lease ends, the URLs whose items are in Redis
at that moment, in the order they happened, go to OUT.json. Used by
``test_distributed_leases.py``: a lease may end only once all its page led to is in Redis.
"""

from __future__ import annotations

import json
import sys

from incubator_crawler.cli import cli
from incubator_crawler.crawl.distributed import keys, messages
from incubator_crawler.crawl.distributed.scheduler import LEASE, LeasingScheduler


def item_url(raw: bytes) -> str | None:
    """The page URL a Redis item message is about."""
    message = messages.decode(raw)
    data = message["data"]
    if message["kind"] == "reject":
        return data["item"].get("url")
    return data.get("url")


def main(out: str, args: list[str]) -> None:
    """Run the CLI with the scheduler's enqueue and release observed; write the events."""
    events: list[dict] = []
    enqueue, release = LeasingScheduler.enqueue_request, LeasingScheduler.release

    def observed_enqueue(self, request):
        queued = enqueue(self, request)
        referer = request.headers.get("Referer")
        events.append({"queued": request.url, "from": referer.decode() if referer else None})
        return queued

    def observed_release(self, request):
        if request.meta.get(LEASE):
            items = [item_url(raw) for raw in self.server.lrange(keys.ITEMS, 0, -1)]
            events.append({"released": request.url, "items": items})
        return release(self, request)

    LeasingScheduler.enqueue_request = observed_enqueue
    LeasingScheduler.release = observed_release
    try:
        cli.main(args, prog_name="incubator-crawler", standalone_mode=False)
    except SystemExit:
        pass
    finally:
        with open(out, "w", encoding="utf-8") as file:
            json.dump(events, file)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
