"""episode workflow: several categories, remedy asked, playbook checks, closing, due dates;
stage, stage reached and channel of timeline events

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05
"""
from collections.abc import Sequence
from datetime import date, datetime

import sqlalchemy as sa
from alembic import op

import consultant_desk.store.types
from consultant_desk.domain.due_dates import acknowledgement_due, next_action_due, pending_due

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Stages after "acknowledge": an episode there was acknowledged, on a day nobody recorded.
ACKNOWLEDGED_STAGES = ('explain', 'co_build', 'formalize', 'follow_up', 'learn', 'closed')


def upgrade() -> None:
    with op.batch_alter_table('episode', schema=None) as batch_op:
        batch_op.add_column(sa.Column('extra_categories', sa.String(length=200), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('remedy_requested', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('checks', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('mediator_note', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('confirmation_channel', sa.String(length=20), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('satisfaction', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('recourse', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('closed_at', consultant_desk.store.types.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('ack_due_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('acknowledged_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('next_due_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('due_on', sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f('ix_episode_due_on'), ['due_on'], unique=False)
    with op.batch_alter_table('episode_event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('stage', sa.String(length=12), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('stage_to', sa.String(length=12), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('channel', sa.String(length=20), nullable=False, server_default=''))
    # The models set these defaults themselves; the server defaults only filled existing rows.
    with op.batch_alter_table('episode', schema=None) as batch_op:
        for name in ('extra_categories', 'remedy_requested', 'checks', 'mediator_note',
                     'confirmation_channel', 'recourse'):
            batch_op.alter_column(name, server_default=None)
    with op.batch_alter_table('episode_event', schema=None) as batch_op:
        for name in ('stage', 'stage_to', 'channel'):
            batch_op.alter_column(name, server_default=None)
    _fill_due_dates()


def _fill_due_dates() -> None:
    """Due dates of the episodes already there, with the default acknowledgement delays."""
    connection = op.get_bind()
    episode = sa.table(
        'episode',
        sa.column('id', sa.Integer()),
        sa.column('surfaced_at', consultant_desk.store.types.UTCDateTime(timezone=True)),
        sa.column('severity', sa.String()),
        sa.column('stage', sa.String()),
        sa.column('ack_due_on', sa.Date()),
        sa.column('acknowledged_on', sa.Date()),
        sa.column('next_due_on', sa.Date()),
        sa.column('due_on', sa.Date()),
    )
    event = sa.table(
        'episode_event',
        sa.column('episode_id', sa.Integer()),
        sa.column('kind', sa.String()),
        sa.column('occurred_at', consultant_desk.store.types.UTCDateTime(timezone=True)),
        sa.column('next_due', sa.Date()),
    )
    timelines: dict[int, list[tuple[datetime, date | None]]] = {}
    apologies: dict[int, date] = {}
    for episode_id, kind, occurred_at, next_due in connection.execute(
        sa.select(event.c.episode_id, event.c.kind, event.c.occurred_at, event.c.next_due)
    ):
        timelines.setdefault(episode_id, []).append((occurred_at, next_due))
        if kind == 'apology':
            day = occurred_at.date()
            apologies[episode_id] = min(day, apologies.get(episode_id, day))
    updates = []
    for episode_id, surfaced_at, severity, stage in connection.execute(
        sa.select(episode.c.id, episode.c.surfaced_at, episode.c.severity, episode.c.stage)
    ):
        ack_due = acknowledgement_due(surfaced_at, severity)
        acknowledged = apologies.get(episode_id)
        if acknowledged is None and stage in ACKNOWLEDGED_STAGES:
            acknowledged = ack_due
        next_due = next_action_due(timelines.get(episode_id, ()))
        updates.append({
            'ident': episode_id,
            'ack_due_on': ack_due,
            'acknowledged_on': acknowledged,
            'next_due_on': next_due,
            'due_on': None if stage == 'closed' else pending_due(ack_due, acknowledged, next_due),
        })
    if updates:
        connection.execute(
            episode.update().where(episode.c.id == sa.bindparam('ident')).values(
                ack_due_on=sa.bindparam('ack_due_on'),
                acknowledged_on=sa.bindparam('acknowledged_on'),
                next_due_on=sa.bindparam('next_due_on'),
                due_on=sa.bindparam('due_on'),
            ),
            updates,
        )


def downgrade() -> None:
    with op.batch_alter_table('episode_event', schema=None) as batch_op:
        batch_op.drop_column('channel')
        batch_op.drop_column('stage_to')
        batch_op.drop_column('stage')
    with op.batch_alter_table('episode', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_episode_due_on'))
        for name in ('due_on', 'next_due_on', 'acknowledged_on', 'ack_due_on', 'closed_at',
                     'recourse', 'satisfaction', 'confirmation_channel', 'mediator_note',
                     'checks', 'remedy_requested', 'extra_categories'):
            batch_op.drop_column(name)
