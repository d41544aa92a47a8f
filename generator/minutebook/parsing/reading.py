"""Read source files from `content/documents` into text, whatever their bytes.

Documents come from outside, so nothing here trusts them: a BOM, CRLF line endings or a
Windows code page give the same text as clean UTF-8; undecodable bytes are replaced and
reported with their byte offset; binary and empty files are reported and skipped. Nothing
here looks at a file's name beyond reporting it.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from ..errors import Diagnostics

#: Sizes past which a document is reported (it is still read in full).
LARGE_DOCUMENT_BYTES = 5_000_000
LONG_LINE_CHARACTERS = 100_000

#: File names that are never documents (editor and OS litter).
IGNORED_NAMES = frozenset({".DS_Store", "Thumbs.db", ".gitkeep"})


@dataclass(frozen=True)
class SourceText:
    file: str
    sha256: str
    text: str


#: How a file that is certainly not text starts (PDF, ZIP/Office, OLE Office, PNG, GIF, JPEG).
BINARY_SIGNATURES = (
    b"%PDF-",
    b"PK\x03\x04",
    b"\xd0\xcf\x11\xe0",
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
)
#: Control bytes that text never holds (tab, newlines, form feed and ESC are left out).
BINARY_CONTROLS = frozenset(range(0x09)) | frozenset(range(0x0E, 0x20)) - {0x1B}
#: A file whose first 8 KB hold more control bytes than this share is binary; fewer are
#: stray bytes in a text file (a NUL left by a conversion), reported by line and removed.
BINARY_CONTROL_SHARE = 0.05
SAMPLE_BYTES = 8192
#: Byte order marks, longest first (UTF-32's little-endian mark starts like UTF-16's).
BYTE_ORDER_MARKS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
#: NUL bytes reported one by one, per file; the rest are counted.
NUL_LINES_REPORTED = 5


def is_binary(data: bytes) -> bool:
    """Whether the bytes are a binary file (judged from their start, so linear at most)."""
    if data.startswith(BINARY_SIGNATURES):
        return True
    sample = data[:SAMPLE_BYTES]
    controls = sum(sample.count(bytes([b])) for b in BINARY_CONTROLS if bytes([b]) in sample)
    return controls > BINARY_CONTROL_SHARE * len(sample)


def _unicode_by_bom(data: bytes, file: str, diagnostics: Diagnostics) -> str | None:
    """Text a byte order mark says is UTF-16 or UTF-32, decoded so (None: no such mark)."""
    for mark, codec in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                diagnostics.warn(
                    file,
                    None,
                    "undecodable-bytes",
                    f"bad {codec.upper()} from byte offset {exc.start}; replaced with U+FFFD",
                )
                return data.decode(codec, errors="replace")
    return None


def _without_nul(text: str, file: str, diagnostics: Diagnostics) -> str:
    """The text with its NUL characters removed, each line that held one reported (a NUL
    goes raw into pages and ends strings in C tools; the rest of the line is kept)."""
    if "\x00" not in text:
        return text
    lines = text.split("\n")
    numbers = [n for n, line in enumerate(lines, start=1) if "\x00" in line]
    for number in numbers[:NUL_LINES_REPORTED]:
        diagnostics.warn(file, number, "nul-byte", "NUL character removed from the line")
    if len(numbers) > NUL_LINES_REPORTED:
        diagnostics.warn(
            file,
            numbers[NUL_LINES_REPORTED],
            "nul-byte",
            f"NUL characters removed from {len(numbers) - NUL_LINES_REPORTED:,} more lines",
        )
    return text.replace("\x00", "")


def has_visible_text(text: str) -> bool:
    """Whether any character would show: not only spaces, byte order marks, zero-width and
    direction marks (stops at the first visible one, so cheap on any real document)."""
    return any(c.isprintable() and not c.isspace() for c in text)


def decode(data: bytes, file: str, diagnostics: Diagnostics) -> str | None:
    """Decode bytes to text with newlines normalised to ``\\n``; None if not a text file."""
    if not data.strip():
        diagnostics.warn(file, None, "empty-file", "file is empty; skipped")
        return None
    text = _unicode_by_bom(data, file, diagnostics)
    if text is None and is_binary(data):
        offset = next((k for k, b in enumerate(data[:SAMPLE_BYTES]) if b in BINARY_CONTROLS), 0)
        byte = "NUL byte" if data[offset] == 0 else f"control byte 0x{data[offset]:02x}"
        diagnostics.warn(
            file, None, "binary-file", f"{byte} at byte offset {offset}: not a text file; skipped"
        )
        return None
    if text is None:
        text = _decode_8bit(data.removeprefix(b"\xef\xbb\xbf"), file, diagnostics)
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not has_visible_text(text):
        diagnostics.warn(
            file,
            None,
            "invisible-file",
            "nothing visible: only spaces, byte order marks or invisible characters; skipped",
        )
        return None
    return _without_nul(text, file, diagnostics)


def _decode_8bit(data: bytes, file: str, diagnostics: Diagnostics) -> str:
    """UTF-8, else Windows-1252, else UTF-8 with replacement characters; reported."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1252")
            diagnostics.warn(
                file,
                None,
                "not-utf8",
                f"not UTF-8 (first bad byte at offset {exc.start}); decoded as Windows-1252",
            )
        except UnicodeDecodeError:
            text = data.decode("utf-8", errors="replace")
            diagnostics.warn(
                file,
                None,
                "undecodable-bytes",
                f"bytes that are neither UTF-8 nor Windows-1252 from offset {exc.start}; "
                "replaced with U+FFFD",
            )
        return text


def report_oversize(data: bytes, text: str, file: str, diagnostics: Diagnostics) -> None:
    """Very large files and very long lines are read in full, but said: they are usually a
    conversion gone wrong (a table flattened onto one line, a file concatenated twice)."""
    if len(data) > LARGE_DOCUMENT_BYTES:
        diagnostics.warn(
            file, None, "large-document", f"{len(data):,} bytes; read in full, check the conversion"
        )
    # Offsets in characters as we go; in bytes only up to each long line (encoding every
    # line to count its bytes cost more than the rest of reading).
    position, counted, start = 0, 0, 0
    for number, line in enumerate(text.split("\n"), start=1):
        if len(line) > LONG_LINE_CHARACTERS:
            start += len(text[counted:position].encode("utf-8"))
            counted = position
            diagnostics.warn(
                file,
                number,
                "long-line",
                f"line of {len(line):,} characters (from byte offset about "
                f"{start:,}); read in full, check the conversion",
            )
        position += len(line) + 1


def document_paths(documents_dir: Path, diagnostics: Diagnostics | None = None) -> list[Path]:
    """Every candidate document file, in a stable order.

    Only regular files inside `documents_dir` are documents: a symbolic link is never
    followed (a committed link to ``/etc/passwd`` or ``../../.git/config`` would publish
    that file), and nothing in a hidden folder (``.git/``, ``.drafts/``) or with a hidden
    name is read. Each thing skipped is named in a warning, except the OS and editor litter
    of `IGNORED_NAMES`. The walk never follows a link, so a link loop cannot stall it."""
    found: list[Path] = []

    def skip(path: Path, why: str) -> None:
        if diagnostics is not None:
            file = path.relative_to(documents_dir).as_posix()
            diagnostics.warn(file, None, "skipped-file", f"{why}; not read")

    for folder, subfolders, files in os.walk(documents_dir, followlinks=False):
        here = Path(folder)
        for name in sorted(subfolders):
            path = here / name
            if path.is_symlink():
                skip(path, "a symbolic link to a folder")
                subfolders.remove(name)
            elif name.startswith("."):
                skip(path, "a hidden folder")
                subfolders.remove(name)
        for name in files:
            path = here / name
            if name in IGNORED_NAMES:
                continue
            if path.is_symlink():
                skip(path, "a symbolic link (only regular files are documents)")
            elif name.startswith("."):
                skip(path, "a hidden file")
            elif not stat.S_ISREG(path.lstat().st_mode):
                skip(path, "not a regular file")
            else:
                found.append(path)
    return sorted(found)


def read_source(path: Path, root: Path, diagnostics: Diagnostics) -> SourceText | None:
    data = path.read_bytes()
    file = path.relative_to(root).as_posix()
    text = decode(data, file, diagnostics)
    if text is None:
        return None
    report_oversize(data, text, file, diagnostics)
    return SourceText(file=file, sha256=hashlib.sha256(data).hexdigest(), text=text)


#: How a file manager or a person names a copy of a file: "x (copy).txt", "x - Copy.txt",
#: "Copy of x.txt", "x (2).txt", "x_copy.txt", "x copy 2.txt".
COPY_NAME = re.compile(
    r"(?:^|/)copy[ _-]of[ _-]|[ _-]\(?copy\)?(?:[ _-]?\d{1,3})?(?=\.[^./]{1,10}$|$)"
    r"|[ _-]\(\d{1,3}\)(?=\.[^./]{1,10}$|$)",
    re.IGNORECASE,
)


def looks_like_a_copy(file: str) -> bool:
    return COPY_NAME.search(file) is not None


def read_sources(documents_dir: Path, diagnostics: Diagnostics) -> list[SourceText]:
    """Read every document; drop exact duplicates (same text) with a warning.

    Of files with the same text, the first listed is kept, unless it is named like a copy
    ("minutes (copy).txt" sorts before "minutes.txt") and another is not: a copy never
    takes the original's records or its name. The others are named in a warning.
    """
    sources: list[SourceText] = []
    for path in document_paths(documents_dir, diagnostics):
        try:
            source = read_source(path, documents_dir, diagnostics)
        except OSError as exc:  # not allowed to read it, or gone since the folder was listed
            file = path.relative_to(documents_dir).as_posix()
            diagnostics.warn(file, None, "unreadable-file", f"{exc.strerror or exc}; skipped")
            continue
        if source is not None:
            sources.append(source)
    by_text: dict[str, list[SourceText]] = {}
    for source in sources:
        by_text.setdefault(hashlib.sha256(source.text.encode("utf-8")).hexdigest(), []).append(
            source
        )
    skipped: set[str] = set()
    for same in by_text.values():
        kept, *copies = sorted(same, key=lambda s: looks_like_a_copy(s.file))  # stable
        for copy in sorted(copies, key=lambda s: s.file):
            diagnostics.warn(
                copy.file, None, "duplicate-document", f"same text as {kept.file}; skipped"
            )
            skipped.add(copy.file)
    return [source for source in sources if source.file not in skipped]
