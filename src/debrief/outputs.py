"""Where Debrief writes: output folders checked before the work starts, files written atomically,
and CSV cells that a spreadsheet cannot run.

* :func:`check_out_dir` — call it before a long run: an ``--out`` that is a file, a folder that
  cannot be created or written, or a target name that is a folder is a clear
  :class:`~debrief.errors.OutputError` at once, not a traceback after the work.
* :func:`write_files` — writes a set of files into one folder so that the folder holds either
  all of the new files or the previous ones: every file goes to a temporary name first and the
  renames happen only once all are written; a failure removes the temporary files.
* :func:`csv_text` / :func:`csv_cell` — CSV whose text cells starting with ``=``, ``+``, ``-``,
  ``@``, tab or carriage return are prefixed with ``'`` (OWASP's CSV-injection rule), so strings
  from data never become formulas when the file is opened in a spreadsheet. Numbers stay numbers.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from debrief.errors import OutputError

__all__ = ["check_out_dir", "csv_cell", "csv_text", "write_files"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_UMASK = os.umask(0o022)
os.umask(_UMASK)


def _nearest_existing(path: Path) -> Path:
    p = path
    while not p.exists() and not p.is_symlink():
        if p.parent == p:
            break
        p = p.parent
    return p


def check_out_dir(out: str | Path, names: Iterable[str] = (), *, what: str = "--out") -> Path:
    """Check, before any work, that ``out`` is (or can be created as) a writable folder and that
    none of ``names`` inside it is a folder; return it as a Path. Nothing is created."""
    path = Path(out).expanduser()
    if path.exists() and not path.is_dir():
        raise OutputError(
            f"cannot write into {what}: it is a file, not a folder",
            where=str(path),
            fix=f"choose a folder for {what} (it is created when missing)",
        )
    base = _nearest_existing(path.absolute())
    if not base.is_dir():
        raise OutputError(
            f"cannot create the {what} folder: {base} is a file",
            where=str(path),
            fix=f"remove or rename {base}, or choose another {what}",
        )
    if not os.access(base, os.W_OK | os.X_OK):
        raise OutputError(
            f"cannot write into {what}: {'that folder' if base == path.absolute() else base} "
            "is not writable",
            where=str(path),
            fix=f"choose a folder you may write to for {what}, or change its permissions",
        )
    for name in names:
        target = path / name
        if target.is_dir():
            raise OutputError(
                f"cannot write {name}: a folder of that name is in the way",
                where=str(target),
                fix=f"remove or rename that folder, or choose another {what}",
            )
    return path


def write_files(out: str | Path, files: Mapping[str, str | bytes]) -> dict[str, Path]:
    """Write ``files`` (plain name -> text or bytes) into the folder ``out``, all or nothing:
    each goes to a temporary file in ``out``, and only when every one is written are they
    renamed over their targets. On failure the temporary files are removed and the folder holds
    what it held before. Return the paths written by name."""
    folder = check_out_dir(out, files)
    for name in files:
        if Path(name).name != name or name in ("", ".", ".."):
            raise ValueError(f"output name {name!r} must be a plain file name")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"cannot create the output folder: {exc.strerror or exc}",
            where=str(folder),
            fix="choose a folder you may write to",
        ) from None
    staged: list[tuple[Path, Path]] = []
    try:
        for name, content in files.items():
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
            staged.append((Path(tmp), folder / name))
            with os.fdopen(fd, "wb") as fh:
                fh.write(content if isinstance(content, bytes) else content.encode("utf-8"))
                fh.flush()
                os.fsync(fh.fileno())
        for tmp, _ in staged:
            os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; give what open() would
        for tmp, target in staged:
            os.replace(tmp, target)
    except OSError as exc:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise OutputError(
            f"cannot write the output: {exc.strerror or exc}",
            where=str(exc.filename or folder),
            fix="free disk space or choose a folder you may write to; the folder holds what "
            "it held before",
        ) from None
    except BaseException:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise
    return {name: folder / name for name in files}


def csv_cell(value: Any) -> Any:
    """``value`` safe for a CSV opened in a spreadsheet: a string starting with ``=``, ``+``,
    ``-``, ``@``, tab or carriage return gets a leading ``'``; other values are unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_text(rows: Iterable[Mapping[str, Any]], fieldnames: Iterable[str] | None = None) -> str:
    """CSV text of ``rows`` (header from ``fieldnames`` or the first row), every cell through
    :func:`csv_cell`. No rows and no fieldnames: an empty string."""
    rows = list(rows)
    names = list(fieldnames) if fieldnames is not None else (list(rows[0]) if rows else [])
    if not names:
        return ""
    buf = io.StringIO()
    # rows end in CRLF (RFC 4180): Python 3.11's writer quotes a cell only for the characters of
    # its line terminator, so with LF a bare CR inside a cell went out unquoted and split the row
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([csv_cell(n) for n in names])
    for row in rows:
        w.writerow([csv_cell(row.get(n)) for n in names])
    return buf.getvalue()
