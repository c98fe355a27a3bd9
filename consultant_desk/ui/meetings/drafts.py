"""Unsaved meeting notes kept on disk while they are typed, so that no line is ever lost.

The dialog writes its whole content as a small JSON file a moment after each change, through
an atomic write: a crash, a power cut or a closed laptop leaves either the previous draft or
the new one, never half of one. The draft goes once the meeting is saved; until then, opening
the same meeting (or a new meeting for the same engagement) offers it back.

Files live in ``<user data>/drafts/``: ``meeting-<id>.json`` for a stored meeting,
``meeting-new-<engagement id>.json`` (or ``meeting-new.json``) for one not saved yet.
"""

from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from consultant_desk.atomicfile import write_atomically
from consultant_desk.store.location import data_dir
from consultant_desk.ui.meetings.form_state import MeetingForm

log = logging.getLogger(__name__)

DRAFT_FORMAT = 1
NEW_PREFIX = "meeting-new"


def drafts_dir() -> Path:
    return data_dir() / "drafts"


@dataclass(frozen=True)
class Draft:
    path: Path
    saved_at: datetime
    meeting_id: int | None
    # The version of the stored meeting the draft started from (None for a new meeting).
    base_version: int | None
    form: MeetingForm


class DraftStore:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else drafts_dir()

    def path_for(self, meeting_id: int | None, engagement_id: int | None) -> Path:
        if meeting_id is not None:
            return self.folder / f"meeting-{meeting_id}.json"
        if engagement_id is not None:
            return self.folder / f"{NEW_PREFIX}-{engagement_id}.json"
        return self.folder / f"{NEW_PREFIX}.json"

    def write(
        self,
        path: Path,
        form: MeetingForm,
        *,
        meeting_id: int | None,
        base_version: int | None,
        now: datetime | None = None,
    ) -> Draft:
        saved_at = (now or datetime.now(UTC)).astimezone(UTC)
        payload = {
            "format": DRAFT_FORMAT,
            "saved_at": saved_at.isoformat(),
            "meeting_id": meeting_id,
            "base_version": base_version,
            "form": form.to_json(),
        }
        text = json.dumps(payload, ensure_ascii=False, indent=1)
        write_atomically(path, text.encode("utf-8"))
        return Draft(path, saved_at, meeting_id, base_version, form)

    def read(self, path: Path) -> Draft | None:
        """The draft in ``path``; None when there is none or it cannot be read (the file is
        then left alone, for someone to look at)."""
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
            saved_at = datetime.fromisoformat(payload["saved_at"])
            if saved_at.tzinfo is None:
                saved_at = saved_at.replace(tzinfo=UTC)
            meeting_id = payload.get("meeting_id")
            base_version = payload.get("base_version")
            return Draft(
                path,
                saved_at,
                int(meeting_id) if meeting_id is not None else None,
                int(base_version) if base_version is not None else None,
                MeetingForm.from_json(payload["form"]),
            )
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as error:
            log.warning("cannot read the meeting draft %s: %s", path.name, error)
            return None

    def delete(self, path: Path) -> None:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()

    def for_meeting(self, meeting_id: int) -> Draft | None:
        return self.read(self.path_for(meeting_id, None))

    def for_new(self, engagement_id: int | None) -> Draft | None:
        """The newest draft of a meeting never saved: for that engagement when one is given
        (wherever the dialog was opened from), else any."""
        if not self.folder.is_dir():
            return None
        found: list[Draft] = []
        for path in self.folder.glob(f"{NEW_PREFIX}*.json"):
            draft = self.read(path)
            if draft is None:
                continue
            if engagement_id is None or draft.form.engagement_id in (engagement_id, None):
                found.append(draft)
        return max(found, key=lambda draft: draft.saved_at, default=None)
