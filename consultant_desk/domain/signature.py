"""A hand-drawn signature as vector strokes, independent of any toolkit.

Coordinates are in the pad's own units (0..width, 0..height, y pointing down, as on screen);
the PDF side scales them into the signature block.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

Point = tuple[float, float]
Stroke = tuple[Point, ...]


@dataclass(frozen=True)
class Signature:
    width: float
    height: float
    strokes: tuple[Stroke, ...] = ()
    signer: str = ""
    signed_at: datetime | None = field(default=None)

    @property
    def is_blank(self) -> bool:
        return not any(len(stroke) > 0 for stroke in self.strokes)

    def to_json(self) -> str:
        return json.dumps(
            {
                "width": self.width,
                "height": self.height,
                "strokes": [[[round(x, 2), round(y, 2)] for x, y in s] for s in self.strokes],
                "signer": self.signer,
                "signed_at": self.signed_at.isoformat() if self.signed_at else None,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> Signature:
        data = json.loads(text)
        signed_at = data.get("signed_at")
        return cls(
            width=float(data["width"]),
            height=float(data["height"]),
            strokes=tuple(
                tuple((float(x), float(y)) for x, y in stroke) for stroke in data["strokes"]
            ),
            signer=str(data.get("signer", "")),
            signed_at=datetime.fromisoformat(signed_at) if signed_at else None,
        )
