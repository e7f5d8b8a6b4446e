"""Listing pages: article links and list dates (links), the next page (pagination), nav channels
(channels), and sitemaps/feeds as a second source of article links (feeds)."""
