"""Entry point: `python -m incubator_crawler.replica [--port 8000]`."""

from incubator_crawler.replica.server import main

if __name__ == "__main__":
    main()
