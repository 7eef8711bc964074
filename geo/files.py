"""Files written whole: a new file beside the destination, moved over it in one step.

Used by every stage that writes a file a person or another process reads (exports, the
gazetteer's cache), so that a failure half-way (a full disk) or a concurrent reader never meets a
truncated file, and the file gets the permissions a plain ``open(path, "w")`` would give it.
"""
from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

__all__ = ["write_whole"]


def write_whole(path, write) -> None:
    """Call ``write(temp_path)`` on a new empty file beside ``path``, then move it to ``path``
    (``os.replace``, atomic on one file system). On an error the temporary file is removed and
    ``path`` is as it was; the error propagates.

    The file's mode is what ``open()`` gives: that of the file it replaces, else 0o666 less the
    umask (``tempfile.mkstemp`` makes private 0o600 files: exports others could not read)."""
    path = Path(path)
    tmp = _new_file_beside(path)
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        if os.path.lexists(tmp):
            os.unlink(tmp)


def _new_file_beside(path: Path) -> Path:
    try:
        st = os.stat(path)
        keep = stat.S_IMODE(st.st_mode) if stat.S_ISREG(st.st_mode) else None
    except OSError:
        keep = None
    while True:
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            # O_EXCL: never another's file; mode 0o666 as open() asks, less the umask (by the kernel:
            # reading the umask in Python means setting it, which races other threads).
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        if keep is not None:
            try:
                os.chmod(tmp, keep)
            except OSError:
                os.unlink(tmp)
                raise
        return tmp
