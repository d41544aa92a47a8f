"""Pages for readers: Markdown with front matter, one per record, from the model only."""
