"""Each source file as a readable HTML page, `sources/<hash>/index.html`, written whole by
Minutebook (the site engine copies it as it is): declared UTF-8, so a "£" never shows as
"Â£" whatever the server says; every line escaped and given its own anchor (`#L80`), so a
citation's "lines 80-96" leads to `#L80-L96`, which a small script
(`assets/source.js`) highlights and scrolls to. The plain-text copy (`sources/<hash>.txt`)
stays beside it for machines and the open data.

Nothing here reads the text as markup: every line goes through `html.escape`, and the
page's own links (the publisher's original, the pages made from the file) are escaped too.
"""

from __future__ import annotations

from html import escape

from ..model import Source

#: The lines of a page are numbered from 1, as the parser and every citation number them.
LINE_ANCHOR = "L{}"

STYLE_AND_SCRIPT = (
    '<link rel="stylesheet" href="../../assets/source.css">\n'
    '<script src="../../assets/source.js" defer></script>\n'
)


def source_lines(text: str) -> list[str]:
    """The file's lines as the parser numbers them (split on newlines, from 1)."""
    return [line.removesuffix("\r") for line in text.split("\n")]


def source_page(
    source: Source,
    *,
    text_href: str,
    home_href: str,
    papers: list[tuple[str, str]],
) -> str:
    """The HTML page of one source file. `text_href`: its plain-text copy; `home_href`: the
    site's home page; `papers`: (href, title) of the pages made from it. All hrefs are
    relative to the page, so the site works under any base URL."""
    title = f"Source text: {source.file}"
    out = [
        "<!doctype html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        STYLE_AND_SCRIPT.rstrip("\n"),
        "</head>",
        "<body>",
        "<main>",
        "<article>",
        '<header class="src-header">',
        f'<p><a href="{escape(home_href)}">Home</a></p>',
        f"<h1>{escape(title)}</h1>",
        "<p>The text of the published file, line by line, as this archive read it. "
        "Each line number is a link to that line; citations link a range of lines.</p>",
    ]
    facts = []
    if source.publisher:
        said = f"Published by {escape(source.publisher)}"
        if source.published:
            said += f" on {source.published:%-d %B %Y}"
        if source.published_url:
            said += f': <a href="{escape(source.published_url)}">original document</a>'
        facts.append(said)
    facts.append(f'<a href="{escape(text_href)}">Plain text</a> (sha256 of the file: '
                 f"<code>{escape(source.sha256)}</code>)")  # fmt: skip
    out += [f"<p>{fact}</p>" for fact in facts]
    if papers:
        out.append("<p>Read on these pages:</p>")
        out.append("<ul>")
        out += [f'<li><a href="{escape(href)}">{escape(name)}</a></li>' for href, name in papers]
        out.append("</ul>")
    out += ["</header>", '<div class="src-text">']
    for number, line in enumerate(source_lines(source.text), start=1):
        anchor = LINE_ANCHOR.format(number)
        out.append(
            f'<div class="src-line" id="{anchor}"><a class="src-n" href="#{anchor}">{number}</a>'
            f'<span class="src-t">{escape(line)}</span></div>'
        )
    out += ["</div>", "</article>", "</main>", "</body>", "</html>"]
    return "\n".join(out) + "\n"
