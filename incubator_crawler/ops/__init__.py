"""Operating the crawler unattended: the archive lock, site health, schedules."""
