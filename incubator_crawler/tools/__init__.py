"""What is done with the archive once it is written: export, report, serve, history, reprocess,
and saving fixtures. Each module is called by one group of CLI commands (``cli/``)."""
