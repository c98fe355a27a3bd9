"""Demo data: a believable consulting practice, generated in one transaction.

French-speaking clients (France, Belgium, Québec, Switzerland) and English-speaking ones (UK,
Ireland); engagements in every status with their scoping terms; dissatisfaction episodes at
every stage of the recovery playbook with their timeline, meetings, remediation offers and the
feedback clients gave (or did not give).

The content depends only on the seed; dates are laid out around ``today`` so that the data
looks current. Everything is planned in memory, then written table by table with one Core
``INSERT`` executemany each, all inside a single transaction: the large size writes a quarter
of a million rows in seconds, on SQLite as on PostgreSQL. The ids of new parent rows are read
back by a key unique within the batch (see ``GeneratorBase._insert_ids``).

One module per aggregate (clients, engagements, scoping, meetings, offers, episodes,
feedback), each a part of the generator built on the parts it needs; their words are in
``resources/demo/*.toml`` (``texts``). Only the command line imports this package.
"""

from consultant_desk.demo.generator import DemoRefusedError, fill_demo
from consultant_desk.demo.records import DemoSize, DemoSummary

__all__ = ["DemoRefusedError", "DemoSize", "DemoSummary", "fill_demo"]
