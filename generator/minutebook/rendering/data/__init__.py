"""Files for machines: archive.json and its sidecars, structured data, feeds, calendars and
the sitemap, from the model only."""
