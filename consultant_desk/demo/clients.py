"""Clients and their contacts, from the countries, names and places of
resources/demo/clients.toml."""

from __future__ import annotations

from sqlalchemy.orm import Session

from consultant_desk.demo import texts as txt
from consultant_desk.demo.base import GeneratorBase
from consultant_desk.demo.records import (
    ClientPlan,
    Person,
)
from consultant_desk.store.models import (
    Client,
    Contact,
)


def _surnames(country: txt.Country) -> tuple[str, ...]:
    return {
        "QC": txt.QUEBEC_SURNAMES,
        "BE": txt.BELGIAN_SURNAMES,
        "CH": txt.SWISS_SURNAMES,
        "GB": txt.ENGLISH_SURNAMES,
        "IE": txt.IRISH_SURNAMES,
    }.get(country.code, txt.FRENCH_SURNAMES)


class ClientsPart(GeneratorBase):
    # --- Clients and contacts

    def _plan_clients(self) -> None:
        countries = txt.COUNTRIES
        chosen = self._covering(countries, self.plan.clients, [c.weight for c in countries])
        for country in chosen:
            postcode, city, phone = self.rng.choice(country.cities)
            name = self._company_name(country, city)
            domain = f"{self._slug(name)[:40].strip('-')}.{country.domain}"
            street = self.rng.choice(country.streets)
            address = country.address.format(
                number=self.rng.randint(1, 240),
                street=street,
                Street=street[0].upper() + street[1:],
                postcode=postcode + self._fill(country.postcode_suffix),
                city=city,
            )
            roles = self.rng.sample(txt.CONTACT_ROLES, self.rng.choice((1, 2, 2, 3)))
            contacts = [self._person(country, role, domain, phone) for role in roles]
            mailbox = "contact" if country.language == txt.FR else "hello"
            self.clients.append(
                ClientPlan(
                    country=country,
                    name=name,
                    city=city,
                    address=address,
                    registration=self._fill(country.registration),
                    email=f"{mailbox}@{domain}",
                    phone=self._fill(phone),
                    notes=self.rng.choice(txt.CLIENT_NOTES)[country.language],
                    contacts=contacts,
                )
            )

    def _company_name(self, country: txt.Country, city: str) -> str:
        for attempt in range(60):
            surname = self.rng.choice(_surnames(country))
            if country.language == txt.FR:
                name = self.rng.choice(txt.FRENCH_COMPANY_PATTERNS).format(
                    surname=surname,
                    place=self.rng.choice(txt.FRENCH_PLACES),
                    place2=self.rng.choice(txt.FRENCH_PLACES_PLURAL),
                )
            else:
                name = self.rng.choice(txt.ENGLISH_COMPANY_PATTERNS).format(
                    surname=surname, place=self.rng.choice(country.places)
                )
            if country.language == txt.EN or self.rng.random() < 0.7:
                name = f"{name} {self.rng.choice(country.legal_forms)}"
            if attempt >= 40:
                name = f"{name} ({city})"
            if attempt >= 50:
                name = f"{name} {self._fill('###')}"
            if name.casefold() not in self.taken_names:
                self.taken_names.add(name.casefold())
                return name
        raise RuntimeError("no free client name")  # pragma: no cover - digits make it unique

    def _person(
        self, country: txt.Country, role: tuple[str, str, str], domain: str, phone: str
    ) -> Person:
        if country.code == "IE":
            first, gender = self.rng.choice(txt.IRISH_FIRST_NAMES + txt.ENGLISH_FIRST_NAMES)
        elif country.language == txt.EN:
            first, gender = self.rng.choice(txt.ENGLISH_FIRST_NAMES)
        else:
            first, gender = self.rng.choice(txt.FRENCH_FIRST_NAMES)
        surname = self.rng.choice(_surnames(country))
        local = f"{self._slug(first)}.{self._slug(surname)}".replace("-", "")
        title = role[2] if country.language == txt.EN else role[0] if gender == "f" else role[1]
        return Person(first, surname, gender, title, f"{local}@{domain}", self._fill(phone))

    def _write_clients(self, session: Session) -> None:
        rows = [
            {
                "name": client.name,
                "language": "fr" if client.lang == txt.FR else "en",
                "registration": client.registration,
                "address": client.address,
                "email": client.email,
                "phone": client.phone,
                "notes": client.notes,
                "archived_at": None,
                "version": 1,
                "created_at": client.created,
                "updated_at": client.created,
            }
            for client in self.clients
        ]
        for client, new_id in zip(
            self.clients, self._insert_ids(session, Client, rows, ("name",)), strict=True
        ):
            client.id = new_id
        contacts = [
            {
                "client_id": client.id,
                "name": person.name,
                "role": person.role,
                "email": person.email,
                "phone": person.phone,
                "is_primary": position == 0,
                "version": 1,
            }
            for client in self.clients
            for position, person in enumerate(client.contacts)
        ]
        self._insert(session, Contact, contacts)
        self.summary.clients += len(rows)
        self.summary.contacts += len(contacts)
