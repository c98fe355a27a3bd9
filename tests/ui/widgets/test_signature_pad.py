from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSizeF, Qt
from PySide6.QtGui import QKeySequence, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from consultant_desk.domain.signature import Signature
from consultant_desk.ui.widgets.signature_pad import SignatureDialog, SignaturePad, stroke_path

# The offscreen platform cannot pass a dialog's size limits on to a window system.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SIGNED_AT = datetime(2025, 3, 14, 10, 30, tzinfo=UTC)


def draw(pad: SignaturePad, points: list[tuple[int, int]]) -> None:
    """Drag the mouse through ``points`` (widget pixels) as one stroke."""
    first, *rest = (QPoint(x, y) for x, y in points)
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, first)
    for point in rest:
        QTest.mouseMove(pad, point)
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rest[-1])


@pytest.fixture
def pad(qtbot: QtBot) -> SignaturePad:
    widget = SignaturePad()
    qtbot.addWidget(widget)
    # Twice the canvas: one widget pixel is half a pad unit, and the paper fills the widget.
    widget.resize(1204, 404)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def test_a_new_pad_is_blank(pad: SignaturePad) -> None:
    assert pad.is_blank()
    assert pad.strokes() == ()
    assert pad.signature("A", SIGNED_AT).is_blank


def test_mouse_drag_records_one_stroke_in_pad_units(qtbot: QtBot, pad: SignaturePad) -> None:
    with qtbot.waitSignal(pad.changed):
        draw(pad, [(102, 202), (202, 252), (302, 202)])

    assert pad.stroke_count() == 1
    (stroke,) = pad.strokes()
    assert stroke[0] == pytest.approx((50.0, 100.0))
    assert stroke[-1] == pytest.approx((150.0, 100.0))
    assert len(stroke) == 3
    assert not pad.is_blank()


def test_points_outside_the_paper_are_held_on_its_edge(pad: SignaturePad) -> None:
    draw(pad, [(600, 200), (2000, -300)])

    (stroke,) = pad.strokes()
    assert stroke[-1] == pytest.approx((600.0, 0.0))


def test_a_click_is_a_dot(pad: SignaturePad) -> None:
    QTest.mouseClick(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(40, 40))

    assert pad.stroke_count() == 1
    assert len(pad.strokes()[0]) == 1


def test_right_button_does_not_draw(pad: SignaturePad) -> None:
    QTest.mouseClick(
        pad, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, QPoint(40, 40)
    )

    assert pad.is_blank()


def test_undo_removes_the_last_stroke_only(qtbot: QtBot, pad: SignaturePad) -> None:
    draw(pad, [(100, 100), (200, 200)])
    draw(pad, [(300, 100), (400, 200)])
    first = pad.strokes()[0]

    with qtbot.waitSignal(pad.changed):
        pad.undo_last_stroke()

    assert pad.strokes() == (first,)


def test_ctrl_z_undoes_when_the_pad_has_focus(qtbot: QtBot, pad: SignaturePad) -> None:
    draw(pad, [(100, 100), (200, 200)])
    draw(pad, [(300, 100), (400, 200)])
    pad.setFocus()

    QTest.keySequence(pad, QKeySequence(QKeySequence.StandardKey.Undo))

    assert pad.stroke_count() == 1


def test_undo_on_a_blank_pad_changes_nothing(qtbot: QtBot, pad: SignaturePad) -> None:
    with qtbot.assertNotEmitted(pad.changed):
        pad.undo_last_stroke()
    assert pad.is_blank()


def test_clear_empties_the_pad(qtbot: QtBot, pad: SignaturePad) -> None:
    draw(pad, [(100, 100), (200, 200)])
    draw(pad, [(300, 100), (400, 200)])

    with qtbot.waitSignal(pad.changed):
        pad.clear()

    assert pad.is_blank()
    assert pad.strokes() == ()


def test_signature_round_trips_through_the_domain_and_json(pad: SignaturePad) -> None:
    draw(pad, [(100, 300), (160, 120), (220, 300), (280, 140)])
    draw(pad, [(500, 250), (900, 260)])

    signature = pad.signature("Marie Dupont", SIGNED_AT)
    assert (signature.width, signature.height) == (600.0, 200.0)
    assert signature.signer == "Marie Dupont"
    assert signature.signed_at == SIGNED_AT

    restored = Signature.from_json(signature.to_json())
    other = SignaturePad()
    other.set_signature(restored)
    assert other.stroke_count() == 2
    for got, expected in zip(other.strokes(), signature.strokes, strict=True):
        assert len(got) == len(expected)
        for got_point, expected_point in zip(got, expected, strict=True):
            assert got_point == pytest.approx(expected_point, abs=0.01)
    other.deleteLater()


def test_set_signature_fits_another_pad_size(qtbot: QtBot) -> None:
    pad = SignaturePad(canvas_size=QSizeF(300, 100))
    qtbot.addWidget(pad)
    foreign = Signature(width=600, height=100, strokes=(((0.0, 0.0), (600.0, 100.0)),))

    pad.set_signature(foreign)

    # Half the scale, centred vertically: (300 x 50) in a 300 x 100 canvas.
    assert pad.strokes() == (((0.0, 25.0), (300.0, 75.0)),)


def test_set_signature_none_clears(qtbot: QtBot, pad: SignaturePad) -> None:
    draw(pad, [(100, 100), (200, 200)])
    with qtbot.waitSignal(pad.changed):
        pad.set_signature(None)
    assert pad.is_blank()


def test_stroke_path_passes_through_the_end_points() -> None:
    points = [QPointF(0, 0), QPointF(10, 10), QPointF(20, 0), QPointF(30, 10)]
    path = stroke_path(points)
    assert path.pointAtPercent(0.0) == QPointF(0, 0)
    assert path.currentPosition() == QPointF(30, 10)
    assert stroke_path([]).isEmpty()


def test_the_pad_paints_ink(pad: SignaturePad) -> None:
    blank = pad.grab().toImage()
    draw(pad, [(100, 300), (500, 300)])
    inked = pad.grab().toImage()

    assert blank != inked
    ink = inked.pixelColor(300, 300)
    assert ink.blue() > ink.red()
    assert ink.lightness() < 128


# -- dialog -------------------------------------------------------------------------------


@pytest.fixture
def dialog(qtbot: QtBot) -> SignatureDialog:
    widget = SignatureDialog("Marie Dupont", clock=lambda: SIGNED_AT)
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def test_dialog_shows_the_signer(dialog: SignatureDialog) -> None:
    label = dialog.findChild(QLabel, "signerLabel")
    assert isinstance(label, QLabel)
    assert "Marie Dupont" in label.text()


def test_sign_is_disabled_while_the_pad_is_blank(dialog: SignatureDialog) -> None:
    assert not dialog.sign_button.isEnabled()
    assert not dialog.undo_button.isEnabled()

    draw(dialog.pad, [(50, 50), (150, 90)])
    assert dialog.sign_button.isEnabled()

    QTest.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert dialog.pad.is_blank()
    assert not dialog.sign_button.isEnabled()


def test_clear_button_empties_the_pad(dialog: SignatureDialog) -> None:
    draw(dialog.pad, [(50, 50), (150, 90)])
    QTest.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert dialog.pad.is_blank()
    assert not dialog.sign_button.isEnabled()


def test_sign_returns_the_signature(qtbot: QtBot, dialog: SignatureDialog) -> None:
    draw(dialog.pad, [(50, 50), (150, 90), (250, 60)])

    with qtbot.waitSignal(dialog.accepted):
        QTest.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)

    signature = dialog.signature()
    assert signature is not None
    assert signature.signer == "Marie Dupont"
    assert signature.signed_at == SIGNED_AT
    assert signature.strokes == dialog.pad.strokes()


def test_cancel_returns_nothing(qtbot: QtBot, dialog: SignatureDialog) -> None:
    draw(dialog.pad, [(50, 50), (150, 90)])
    with qtbot.waitSignal(dialog.rejected):
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.signature() is None


def test_enter_on_a_blank_pad_does_not_sign(dialog: SignatureDialog) -> None:
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.signature() is None


def test_dialog_shows_an_existing_signature(qtbot: QtBot) -> None:
    existing = Signature(width=600, height=200, strokes=(((10.0, 10.0), (90.0, 90.0)),))
    widget = SignatureDialog("Jean Martin", existing=existing)
    qtbot.addWidget(widget)
    assert widget.pad.strokes() == existing.strokes
    assert widget.sign_button.isEnabled()


def send_tablet(pad: SignaturePad, kind: QEvent.Type, x: float, y: float) -> None:
    pen = QPointingDevice.primaryPointingDevice()
    pos = QPointF(x, y)
    buttons = (
        Qt.MouseButton.NoButton if kind == QEvent.Type.TabletRelease else Qt.MouseButton.LeftButton
    )
    event = QTabletEvent(
        kind,
        pen,
        pos,
        QPointF(pad.mapToGlobal(pos)),
        0.5,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        Qt.KeyboardModifier.NoModifier,
        Qt.MouseButton.LeftButton,
        buttons,
    )
    QApplication.sendEvent(pad, event)
    assert event.isAccepted()


def test_a_pen_draws_a_stroke(pad: SignaturePad) -> None:
    send_tablet(pad, QEvent.Type.TabletPress, 102, 102)
    send_tablet(pad, QEvent.Type.TabletMove, 202, 152)
    send_tablet(pad, QEvent.Type.TabletRelease, 302, 102)

    (stroke,) = pad.strokes()
    assert [coordinate for point in stroke for coordinate in point] == pytest.approx(
        [50.0, 50.0, 100.0, 75.0, 150.0, 50.0]
    )


def test_a_finger_draws_a_stroke_and_a_second_finger_is_ignored(pad: SignaturePad) -> None:
    screen = QTest.createTouchDevice()
    QTest.touchEvent(pad, screen).press(0, QPoint(102, 102)).commit()
    QTest.touchEvent(pad, screen).move(0, QPoint(202, 152)).press(1, QPoint(900, 300)).commit()
    QTest.touchEvent(pad, screen).move(0, QPoint(302, 102)).move(1, QPoint(950, 350)).commit()
    QTest.touchEvent(pad, screen).release(0, QPoint(302, 102)).release(1, QPoint(950, 350)).commit()

    assert pad.stroke_count() == 1
    (stroke,) = pad.strokes()
    # QTest places touch points off by the offscreen window frame: compare the shape only.
    (x0, y0), (x1, y1) = stroke[0], stroke[-1]
    assert (x1 - x0, y1 - y0) == pytest.approx((100.0, 0.0))
    assert len(stroke) == 3
