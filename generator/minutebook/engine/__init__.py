"""The site engine: MkDocs (or a drop-in successor) over the pages Minutebook wrote, then
the search index. Nothing here makes content."""
