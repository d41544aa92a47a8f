"""An allow-list HTML sanitiser (nh3, the Ammonia library) for the HTML of page content.

Minutebook escapes every tag a document contains when it writes Markdown; this is the
second line of defence, run over the final HTML of each page's content. It keeps what
Markdown produces (headings, paragraphs, lists, tables, links, emphasis, ids for anchors)
and drops scripts, styles, frames, forms, event handlers and non-http(s) URLs.
"""

from __future__ import annotations

import nh3

ALLOWED_TAGS = {
    "a", "abbr", "blockquote", "br", "caption", "code", "details", "div", "em", "h1", "h2",
    "h3", "h4", "h5", "h6", "hr", "i", "img", "b", "li", "ol", "p", "pre", "span", "strong", "sub",
    "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "*": {"id", "class", "title", "aria-label"},
    "details": {"data-pagefind-ignore"},  # Cite blocks stay out of the search index
    "span": {"data-pagefind-weight"},  # numbers in headings weigh like text in search
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},  # Minutebook's own charts (documents' images
    # are turned into their alt text before any Markdown is written)
    "td": {"align"},
    "th": {"align"},
}
ALLOWED_SCHEMES = {"http", "https", "mailto"}


def sanitise_html(html: str) -> str:
    """The HTML with everything outside the allow-list removed (relative links are kept)."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )
