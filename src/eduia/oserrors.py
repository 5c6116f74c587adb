"""The reason of a system error, said in the pupil's language rather than the system's English.

``OSError.strerror`` is English on most school machines (« Read-only file system »); a message
that embeds it would switch language mid-sentence. :func:`os_reason` names the common causes
from the catalogue and falls back on the errno name for the rare others.

Examples
--------
>>> import errno
>>> os_reason(OSError(errno.EROFS, "Read-only file system"), language="fr")
'le disque est en lecture seule'
"""

from __future__ import annotations

import errno

from eduia.i18n import t

__all__ = ["os_reason"]

_KEYS = {
    errno.EROFS: "system.read_only",
    errno.EACCES: "system.permission",
    errno.EPERM: "system.permission",
    errno.ENOSPC: "system.disk_full",
    errno.ENOENT: "system.not_found",
    errno.ENOTDIR: "system.not_a_folder",
    errno.EISDIR: "system.is_a_folder",
    errno.EEXIST: "system.exists",
    errno.ENOTEMPTY: "system.not_empty",
    errno.ENAMETOOLONG: "system.name_too_long",
    errno.EIO: "system.io",
    errno.EBUSY: "system.busy",
}
if hasattr(errno, "EDQUOT"):
    _KEYS[errno.EDQUOT] = "system.disk_full"


def os_reason(error: BaseException, language: str | None = None) -> str:
    """A short French (or English) reason for ``error``, to embed in a sentence.

    Parameters
    ----------
    error : BaseException
        Usually an :class:`OSError`; anything else gives the generic reason.
    language : str, optional
        ``"fr"`` or ``"en"``; the current language by default.

    Examples
    --------
    >>> import errno
    >>> os_reason(OSError(errno.ENOSPC, "No space left on device"), language="fr")
    'le disque est plein'
    >>> os_reason(OSError(errno.EXDEV, "Invalid cross-device link"), language="fr")
    'erreur du système (EXDEV)'
    """
    number = getattr(error, "errno", None)
    if isinstance(error, PermissionError) and number is None:
        number = errno.EACCES
    key = _KEYS.get(number) if isinstance(number, int) else None
    if key is not None:
        return t(key, language=language)
    name = errno.errorcode.get(number, type(error).__name__) if isinstance(number, int) else None
    return t("system.other", language=language, name=name or type(error).__name__)
