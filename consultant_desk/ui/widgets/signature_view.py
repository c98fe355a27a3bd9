"""A signature as recorded, shown small and read-only; or the blank line left for ink."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen, QTransform
from PySide6.QtWidgets import QSizePolicy, QWidget

from consultant_desk.domain.signature import Signature
from consultant_desk.ui.widgets.signature_pad import (
    GUIDE_COLOR,
    INK_COLOR,
    INK_WIDTH,
    PAPER_COLOR,
    stroke_path,
)


class SignatureView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._signature: Signature | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_signature(self, signature: Signature | None) -> None:
        self._signature = signature
        self.update()

    def signature(self) -> Signature | None:
        return self._signature

    def sizeHint(self) -> QSize:
        return QSize(300, 100)

    def minimumSizeHint(self) -> QSize:
        return QSize(150, 100)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            paper = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
            painter.setPen(QPen(self.palette().mid().color(), 1.0))
            painter.setBrush(PAPER_COLOR)
            painter.drawRoundedRect(paper, 4.0, 4.0)
            line_y = paper.top() + paper.height() * 0.75
            guide = QPen(GUIDE_COLOR, 1.0)
            painter.setPen(guide)
            painter.drawLine(
                QPointF(paper.left() + 12, line_y), QPointF(paper.right() - 12, line_y)
            )
            signature = self._signature
            if signature is None or signature.is_blank or signature.width <= 0:
                return
            area = paper.adjusted(8, 6, -8, -6)
            scale = min(area.width() / signature.width, area.height() / signature.height)
            left = area.left() + (area.width() - signature.width * scale) / 2
            top = area.top() + (area.height() - signature.height * scale) / 2
            painter.setTransform(QTransform(scale, 0, 0, scale, left, top))
            ink = QPen(INK_COLOR, INK_WIDTH)
            ink.setCapStyle(Qt.PenCapStyle.RoundCap)
            ink.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(ink)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for stroke in signature.strokes:
                points = [QPointF(x, y) for x, y in stroke]
                if len(points) == 1:
                    painter.drawPoint(points[0])
                else:
                    painter.drawPath(stroke_path(points))
        finally:
            painter.end()
