"""Links on pages: article links and list dates (links), the next page (pagination), nav channels
(channels), sitemaps/feeds as a second source of article links (feeds), and the links to
attached files (attachments)."""
