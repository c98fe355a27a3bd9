"""Child process for the crash test: writes through the services, reports each commit.

It prints ``committed <name>`` only after the service call returned, i.e. after COMMIT;
the parent kills it at a random moment and then checks that every reported write survived.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from decimal import Decimal

from consultant_desk.services.clients import ClientData, ContactData, create_client, update_client
from consultant_desk.services.engagements import EngagementData, create_engagement
from consultant_desk.store.database import Database
from consultant_desk.store.models import Episode


def main(url: str, prefix: str) -> None:
    db = Database(url)
    number = 0
    while True:
        number += 1
        name = f"{prefix}-{number}"
        client = create_client(db, ClientData(name=name), [ContactData(name=f"Contact {name}")])
        update_client(db, client.id, ClientData(name=name, notes="x" * 2000), expected_version=1)
        engagement = create_engagement(db, EngagementData(client.id, name, f"Mission {name}"))
        with db.transaction() as session:
            session.add(
                Episode(
                    engagement_id=engagement.id,
                    surfaced_at=datetime.now(UTC),
                    channel="email",
                    category="delay",
                    intensity=int(Decimal(number % 5) + 1),
                )
            )
        print(f"committed {name}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
