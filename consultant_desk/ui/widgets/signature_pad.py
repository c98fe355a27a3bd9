"""Draw a signature on screen with a mouse, a pen or a finger.

The pad works on a fixed canvas of pad units (600 x 200 by default, y pointing down) and maps
it, aspect ratio kept, into whatever room the widget gets. Strokes are therefore independent of
the window size and of the screen's pixel density, and convert directly to and from
:class:`~consultant_desk.domain.signature.Signature`, whose PDF renderer scales them into the
signature block.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from itertools import pairwise

from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, QSize, QSizeF, Qt, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QInputDevice,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QTabletEvent,
    QTouchEvent,
    QTransform,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from consultant_desk.domain.signature import Point, Signature, Stroke

DEFAULT_CANVAS = QSizeF(600.0, 200.0)

# Ballpoint blue-black: reads as ink on screen and prints as a signature, not as body text.
INK_COLOR = QColor(18, 32, 92)
# In pad units; about 0.5 mm once the 600-unit canvas is scaled into a ~60 mm signature block.
INK_WIDTH = 2.6
PAPER_COLOR = QColor(255, 255, 255)
GUIDE_COLOR = QColor(150, 156, 170)
HINT_COLOR = QColor(160, 166, 178)
# Hand and sensor jitter below this distance (pad units) only adds points, never shape.
MIN_STEP = 0.8
# Fraction of the canvas height where the signature line sits, as on a paper form.
BASELINE_RATIO = 0.72
PAPER_MARGIN = 2.0


def stroke_path(points: Sequence[QPointF]) -> QPainterPath:
    """A smooth path through ``points``: quadratic curves between successive midpoints.

    Raw input arrives as a polyline whose corners show at every sample; bending through the
    midpoints keeps the curve within the samples while hiding the corners.
    """
    if not points:
        return QPainterPath()
    path = QPainterPath(points[0])
    if len(points) == 1:
        return path
    if len(points) == 2:
        path.lineTo(points[1])
        return path
    for current, following in pairwise(points[1:]):
        midpoint = (current + following) / 2.0
        path.quadTo(current, midpoint)
    path.lineTo(points[-1])
    return path


class SignaturePad(QWidget):
    """A sheet of paper to sign on. Emits :attr:`changed` whenever the strokes change."""

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        canvas_size: QSizeF = DEFAULT_CANVAS,
    ) -> None:
        super().__init__(parent)
        if canvas_size.width() <= 0 or canvas_size.height() <= 0:
            raise ValueError("canvas_size must be positive")
        self._canvas = QSizeF(canvas_size)
        self._strokes: list[list[QPointF]] = []
        self._drawing = False
        # The one finger followed during a touch stroke; others are palms or pinches.
        self._touch_id: int | None = None

        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Signature pad"))
        self.setAccessibleDescription(
            self.tr("Draw your signature with the mouse, a pen or a finger.")
        )

    # -- public API -------------------------------------------------------------------------

    def canvas_size(self) -> QSizeF:
        """The pad's logical width and height, in the units strokes are recorded in."""
        return QSizeF(self._canvas)

    def is_blank(self) -> bool:
        return not self._strokes

    def stroke_count(self) -> int:
        return len(self._strokes)

    def strokes(self) -> tuple[Stroke, ...]:
        """The strokes drawn so far, in pad units, oldest first."""
        return tuple(tuple((p.x(), p.y()) for p in stroke) for stroke in self._strokes)

    def signature(self, signer: str, signed_at: datetime) -> Signature:
        return Signature(
            width=self._canvas.width(),
            height=self._canvas.height(),
            strokes=self.strokes(),
            signer=signer,
            signed_at=signed_at,
        )

    def set_signature(self, signature: Signature | None) -> None:
        """Show ``signature`` (scaled to fit and centred when its pad had another size)."""
        self._drawing = False
        self._touch_id = None
        self._strokes = []
        if signature is not None:
            to_pad = self._mapper_from(signature.width, signature.height)
            self._strokes = [
                [to_pad(point) for point in stroke] for stroke in signature.strokes if stroke
            ]
        self.update()
        self.changed.emit()

    @Slot()
    def clear(self) -> None:
        had_strokes = bool(self._strokes)
        self._strokes.clear()
        self._drawing = False
        self._touch_id = None
        self.update()
        if had_strokes:
            self.changed.emit()

    @Slot()
    def undo_last_stroke(self) -> None:
        if not self._strokes:
            return
        self._strokes.pop()
        self._drawing = False
        self._touch_id = None
        self.update()
        self.changed.emit()

    # -- geometry ---------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(600, 200)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 80)

    def paper_rect(self) -> QRectF:
        """Where the canvas sits inside the widget: as large as fits, aspect ratio kept."""
        room = QRectF(self.rect()).adjusted(
            PAPER_MARGIN, PAPER_MARGIN, -PAPER_MARGIN, -PAPER_MARGIN
        )
        scale = max(
            min(room.width() / self._canvas.width(), room.height() / self._canvas.height()),
            1e-6,
        )
        size = self._canvas * scale
        return QRectF(
            room.center().x() - size.width() / 2,
            room.center().y() - size.height() / 2,
            size.width(),
            size.height(),
        )

    def _to_widget(self) -> QTransform:
        paper = self.paper_rect()
        scale = paper.width() / self._canvas.width()
        return QTransform.fromTranslate(paper.x(), paper.y()).scale(scale, scale)

    def map_to_pad(self, widget_pos: QPointF) -> QPointF:
        """A widget position in pad units, held inside the canvas."""
        inverse, _invertible = self._to_widget().inverted()
        pos = inverse.map(widget_pos)
        return QPointF(
            min(max(pos.x(), 0.0), self._canvas.width()),
            min(max(pos.y(), 0.0), self._canvas.height()),
        )

    def _mapper_from(self, width: float, height: float) -> Callable[[Point], QPointF]:
        if width <= 0 or height <= 0:
            return lambda point: QPointF(point[0], point[1])
        scale = min(self._canvas.width() / width, self._canvas.height() / height)
        dx = (self._canvas.width() - width * scale) / 2
        dy = (self._canvas.height() - height * scale) / 2
        return lambda point: QPointF(point[0] * scale + dx, point[1] * scale + dy)

    # -- drawing ----------------------------------------------------------------------------

    def _begin_stroke(self, widget_pos: QPointF) -> None:
        self._drawing = True
        self._strokes.append([self.map_to_pad(widget_pos)])
        self._update_tail()

    def _extend_stroke(self, widget_pos: QPointF) -> None:
        if not self._drawing or not self._strokes:
            return
        point = self.map_to_pad(widget_pos)
        stroke = self._strokes[-1]
        if QLineF(stroke[-1], point).length() < MIN_STEP:
            return
        stroke.append(point)
        self._update_tail()

    def _end_stroke(self, widget_pos: QPointF) -> None:
        if not self._drawing:
            return
        point = self.map_to_pad(widget_pos)
        stroke = self._strokes[-1]
        if QLineF(stroke[-1], point).length() > 0:
            stroke.append(point)
        self._drawing = False
        self._update_tail()
        self.changed.emit()

    def _cancel_stroke(self) -> None:
        if self._drawing and self._strokes:
            self._strokes.pop()
        self._drawing = False
        self.update()

    def _update_tail(self) -> None:
        # Smoothing bends the last few samples only, so only their neighbourhood is repainted.
        tail = self._strokes[-1][-4:]
        xs = [p.x() for p in tail]
        ys = [p.y() for p in tail]
        area = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        pad = INK_WIDTH * 2
        dirty = self._to_widget().mapRect(area.adjusted(-pad, -pad, pad, pad))
        self.update(dirty.toAlignedRect())

    # -- input ------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self._drawing:
            self._begin_stroke(event.position())
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drawing and event.buttons() & Qt.MouseButton.LeftButton:
            self._extend_stroke(event.position())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._drawing:
            self._end_stroke(event.position())
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:
        # Accepting the tablet event keeps Qt from synthesising a second, mouse, stroke.
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            if not self._drawing:
                self._begin_stroke(event.position())
        elif kind == QEvent.Type.TabletMove:
            self._extend_stroke(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end_stroke(event.position())
        else:
            super().tabletEvent(event)
            return
        event.accept()

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QTouchEvent):
            return self._touch_event(event)
        return super().event(event)

    def _touch_event(self, event: QTouchEvent) -> bool:
        device = event.device()
        # A laptop touchpad reports finger positions on the pad, not on the screen.
        if device is not None and device.type() == QInputDevice.DeviceType.TouchPad:
            event.ignore()
            return False
        kind = event.type()
        if kind == QEvent.Type.TouchCancel:
            self._cancel_stroke()
            self._touch_id = None
            event.accept()
            return True
        points = event.points()
        if kind == QEvent.Type.TouchBegin and points and not self._drawing:
            self._touch_id = points[0].id()
            self._begin_stroke(points[0].position())
        for point in points:
            if point.id() != self._touch_id:
                continue
            if kind == QEvent.Type.TouchEnd or point.state() == point.State.Released:
                self._end_stroke(point.position())
                self._touch_id = None
            elif kind != QEvent.Type.TouchBegin:
                self._extend_stroke(point.position())
        event.accept()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_last_stroke()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            paper = self.paper_rect()
            frame = self.palette().mid().color()
            if self.hasFocus():
                frame = self.palette().highlight().color()
            painter.setPen(QPen(frame, 1.0))
            painter.setBrush(PAPER_COLOR)
            painter.drawRoundedRect(paper.adjusted(0.5, 0.5, -0.5, -0.5), 4.0, 4.0)

            painter.setTransform(self._to_widget())
            self._paint_guide(painter)
            if not self._strokes:
                self._paint_hint(painter)
            self._paint_strokes(painter)
        finally:
            painter.end()

    def _paint_guide(self, painter: QPainter) -> None:
        width, height = self._canvas.width(), self._canvas.height()
        y = height * BASELINE_RATIO
        left, right = width * 0.06, width * 0.94
        guide = QPen(GUIDE_COLOR, 1.0)
        guide.setCosmetic(True)
        painter.setPen(guide)
        painter.drawLine(QPointF(left + height * 0.09, y), QPointF(right, y))
        # The cross at the start of the line, as printed on paper forms.
        arm = height * 0.03
        cx, cy = left + arm, y - arm * 1.6
        cross = QPen(GUIDE_COLOR, 1.5)
        cross.setCosmetic(True)
        painter.setPen(cross)
        painter.drawLine(QPointF(cx - arm, cy - arm), QPointF(cx + arm, cy + arm))
        painter.drawLine(QPointF(cx - arm, cy + arm), QPointF(cx + arm, cy - arm))

    def _paint_hint(self, painter: QPainter) -> None:
        width, height = self._canvas.width(), self._canvas.height()
        font = QFont(self.font())
        font.setItalic(True)
        font.setPixelSize(max(1, round(height * 0.11)))
        painter.setFont(font)
        painter.setPen(HINT_COLOR)
        baseline = height * BASELINE_RATIO
        area = QRectF(width * 0.06 + height * 0.12, 0.0, width * 0.8, baseline - height * 0.04)
        painter.drawText(
            area,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
            self.tr("Sign here"),
        )

    def _paint_strokes(self, painter: QPainter) -> None:
        ink = QPen(INK_COLOR, INK_WIDTH)
        ink.setCapStyle(Qt.PenCapStyle.RoundCap)
        ink.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(ink)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for stroke in self._strokes:
            if all(point == stroke[0] for point in stroke[1:]):
                # A tap is a dot: a zero-length path would paint nothing.
                painter.drawPoint(stroke[0])
            else:
                painter.drawPath(stroke_path(stroke))


def _now() -> datetime:
    return datetime.now().astimezone()


class SignatureDialog(QDialog):
    """Ask ``signer`` to sign; :meth:`signature` gives the result once accepted."""

    def __init__(
        self,
        signer: str,
        parent: QWidget | None = None,
        *,
        existing: Signature | None = None,
        clock: Callable[[], datetime] = _now,
    ) -> None:
        super().__init__(parent)
        self._signer = signer
        self._clock = clock
        self._result: Signature | None = None

        self.setWindowTitle(self.tr("Signature"))
        self.setSizeGripEnabled(True)

        signer_label = QLabel(self.tr("Signer: {name}").format(name=signer), self)
        signer_label.setTextFormat(Qt.TextFormat.PlainText)
        signer_font = QFont(signer_label.font())
        signer_font.setBold(True)
        signer_label.setFont(signer_font)
        signer_label.setObjectName("signerLabel")

        instructions = QLabel(
            self.tr("Sign in the box below with the mouse, a pen or a finger."), self
        )
        instructions.setWordWrap(True)
        muted = instructions.palette()
        muted.setColor(
            QPalette.ColorRole.WindowText, muted.color(QPalette.ColorRole.PlaceholderText)
        )
        instructions.setPalette(muted)

        self._pad = SignaturePad(self)
        if existing is not None:
            self._pad.set_signature(existing)

        undo_keys = QKeySequence(QKeySequence.StandardKey.Undo)
        self._undo_button = QPushButton(self.tr("&Undo"), self)
        self._undo_button.setToolTip(
            self.tr("Remove the last stroke ({shortcut})").format(
                shortcut=undo_keys.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self._clear_button = QPushButton(self.tr("C&lear"), self)
        self._clear_button.setToolTip(self.tr("Start the signature again"))
        for button in (self._undo_button, self._clear_button):
            button.setAutoDefault(False)

        self._buttons = QDialogButtonBox(self)
        self._cancel_button = self._buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._cancel_button.setText(self.tr("Cancel"))
        self._sign_button = self._buttons.addButton(
            self.tr("&Sign"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._sign_button.setDefault(True)

        actions = QHBoxLayout()
        actions.addWidget(self._undo_button)
        actions.addWidget(self._clear_button)
        actions.addStretch(1)
        actions.addWidget(self._buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(signer_label)
        layout.addWidget(instructions)
        layout.addWidget(self._pad, 1)
        layout.addLayout(actions)

        self._undo_button.clicked.connect(self._undo)
        self._clear_button.clicked.connect(self._clear)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self._pad.changed.connect(self._refresh_buttons)
        self._refresh_buttons()
        self._pad.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def pad(self) -> SignaturePad:
        return self._pad

    @property
    def sign_button(self) -> QPushButton:
        return self._sign_button

    @property
    def undo_button(self) -> QPushButton:
        return self._undo_button

    @property
    def clear_button(self) -> QPushButton:
        return self._clear_button

    def signature(self) -> Signature | None:
        """The accepted signature, or None when the dialog was cancelled (or is still open)."""
        return self._result

    def accept(self) -> None:
        # Enter on the default button reaches here even when nothing was drawn.
        if self._pad.is_blank():
            return
        self._result = self._pad.signature(self._signer, self._clock())
        super().accept()

    @classmethod
    def get_signature(
        cls,
        signer: str,
        parent: QWidget | None = None,
        *,
        existing: Signature | None = None,
    ) -> Signature | None:
        """Show the dialog modally; the drawn signature, or None when cancelled."""
        dialog = cls(signer, parent, existing=existing)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.signature()
            return None
        finally:
            dialog.deleteLater()

    @Slot()
    def _undo(self) -> None:
        self._pad.undo_last_stroke()
        # Give the pen its paper back so Ctrl+Z and the next stroke go to the pad.
        self._pad.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _clear(self) -> None:
        self._pad.clear()
        self._pad.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _refresh_buttons(self) -> None:
        has_ink = not self._pad.is_blank()
        self._sign_button.setEnabled(has_ink)
        self._undo_button.setEnabled(has_ink)
        self._clear_button.setEnabled(has_ink)
