"""document content fingerprint, signers and certificate signature; register identity;
legal mentions in the profile

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-05
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PROFILE_COLUMNS = (
    ('legal_form', 60),
    ('share_capital', 40),
    ('rcs_city', 120),
    ('rcs_number', 40),
    ('vat_number', 40),
    ('insurer', 200),
    ('insurance_policy', 60),
)


def upgrade() -> None:
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.add_column(sa.Column('content_sha256', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('signers', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(
            sa.Column('certified', sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.create_index(batch_op.f('ix_document_content_sha256'), ['content_sha256'], unique=False)
        batch_op.drop_constraint('uq_document_kind', type_='unique')
        batch_op.create_unique_constraint(
            batch_op.f('uq_document_kind'), ['kind', 'subject_id', 'version', 'certified']
        )
    op.create_table('register_identity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('token', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_register_identity'))
    )
    with op.batch_alter_table('consultant_profile', schema=None) as batch_op:
        for name, length in PROFILE_COLUMNS:
            batch_op.add_column(
                sa.Column(name, sa.String(length=length), nullable=False, server_default='')
            )


def downgrade() -> None:
    with op.batch_alter_table('consultant_profile', schema=None) as batch_op:
        for name, _ in reversed(PROFILE_COLUMNS):
            batch_op.drop_column(name)
    op.drop_table('register_identity')
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_constraint('uq_document_kind', type_='unique')
        batch_op.create_unique_constraint('uq_document_kind', ['kind', 'subject_id', 'version'])
        batch_op.drop_index(batch_op.f('ix_document_content_sha256'))
        batch_op.drop_column('certified')
        batch_op.drop_column('signers')
        batch_op.drop_column('content_sha256')
