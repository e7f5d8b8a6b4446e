"""Entry point: `python -m incubator_crawler.replicas SLUG [--port 8000]`."""

from incubator_crawler.replicas import main

if __name__ == "__main__":
    main()
