"""Render the resolved archive: Markdown pages with front matter, and archive.json."""
