"""Partners: the organisations (or people acting alone) cases are referred to, the people at
them, and the referrals themselves."""

from __future__ import annotations

import unicodedata
from datetime import date
from typing import Any

from app.confusables import confusable
from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, NotFoundError, terms
from app.store import audit
from app.store.base import StoreBase
from app.store.fields import check_text, date_text
from app.store.records import insert_record, read_columns, read_record, update_record, utc_now

REFERRAL_STATUSES = ("sent", "received", "accepted", "declined", "closed")
PARTNER_KINDS = ("organisation", "person")


class PartnersMixin(StoreBase):
    """Partners, the people at them, and referrals of cases to them."""

    def add_partner(
        self,
        name: str,
        *,
        country: str | None = None,
        kind: str = "organisation",
        notes: str | None = None,
    ) -> str:
        """Add a partner organisation (or a person acting alone) that cases can be referred to."""
        if kind not in PARTNER_KINDS:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Core", "A partner is one of: {kinds}."),
                kinds=", ".join(PARTNER_KINDS),
            )
        values = {
            "name": check_text(name, QT_TRANSLATE_NOOP("Core", "partner name"), required=True),
            "country": check_text(country or "", QT_TRANSLATE_NOOP("Core", "country")),
            "kind": kind,
            "notes": check_text(notes or "", QT_TRANSLATE_NOOP("Core", "partner notes")),
        }
        with self.transaction():
            partner_id = insert_record(self._conn, "partners", self.origin, values)
            audit.append(self._conn, "partner.add", partner_id, {}, utc_now())
        return partner_id

    def list_partners(self) -> list[dict[str, Any]]:
        return read_record(self._conn, "partners", "1 ORDER BY name COLLATE NOCASE, id", ())

    def get_partner(self, partner_id: str) -> dict[str, Any]:
        rows = read_record(self._conn, "partners", "id = ?", (partner_id,))
        if not rows:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Core", "No partner matches '{partner_id}'."),
                partner_id=partner_id[:40],
            )
        partner = rows[0]
        partner["contacts"] = self.list_partner_contacts(partner_id)
        return partner

    def add_partner_contact(
        self,
        name: str,
        *,
        partner_id: str | None = None,
        handle: str | None = None,
        age_recipient: str | None = None,
        signing_key: str | None = None,
        key_verified: bool = False,
    ) -> str:
        """Add a person at a partner organisation (a name, a handle, keys if known).

        Not a correspondent: the vaults and age keys bundles are sealed for are added from
        their cards by :func:`app.exchange.contacts.add_contact` (``kind`` ``satchel`` or ``age``);
        both live in the ``contacts`` table, and the names say which is meant."""
        if partner_id is not None:
            self.get_partner(partner_id)
        values = {
            "partner_id": partner_id,
            "name": check_text(name, QT_TRANSLATE_NOOP("Core", "contact name"), required=True),
            "handle": check_text(handle or "", QT_TRANSLATE_NOOP("Core", "contact handle")),
            "age_recipient": check_text(
                age_recipient or "", QT_TRANSLATE_NOOP("Core", "age recipient")
            ),
            "signing_key": check_text(signing_key or "", QT_TRANSLATE_NOOP("Core", "signing key")),
            "key_verified": int(bool(key_verified)),
        }
        with self.transaction():
            self.refuse_look_alike_contact(str(values["name"]))
            contact_id = insert_record(self._conn, "contacts", self.origin, values)
            detail = {"partner": partner_id, "key_verified": bool(key_verified)}
            audit.append(self._conn, "contact.add", contact_id, detail, utc_now())
        return contact_id

    def refuse_look_alike_contact(self, name: str) -> None:
        """Refuse a contact name that looks like another contact's (UTS #39 skeletons,
        ``app.confusables``) without being the same name: on screen one could be taken for
        the other ("Ay" beside Cyrillic "Аy"), so the user chooses a clearly different one.
        Every way a contact is added goes through here."""
        wanted = _fold_name(name)
        for row in read_record(self._conn, "contacts", "1", ()):
            other = str(row["name"])
            if _fold_name(other) != wanted and confusable(other, name):
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "The name '{name}' looks like the contact '{other}' and could be "
                        "mistaken for it; add it under a clearly different name (--name). "
                        "Nothing was added.",
                    ),
                    name=name,
                    other=other,
                )

    def list_partner_contacts(self, partner_id: str | None = None) -> list[dict[str, Any]]:
        """The people at one partner organisation (every contact row when None)."""
        if partner_id is None:
            return read_record(self._conn, "contacts", "1 ORDER BY name COLLATE NOCASE, id", ())
        return read_record(
            self._conn, "contacts", "partner_id = ? ORDER BY name COLLATE NOCASE, id", (partner_id,)
        )

    def set_contact_key_verified(self, contact_id: str, verified: bool) -> None:
        """Record whether the contact's key was compared in person."""
        with self.transaction():
            if not read_columns(self._conn, "contacts", contact_id, ["id"]):
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Core", "No contact matches '{contact_id}'."),
                    contact_id=contact_id[:40],
                )
            update_record(self._conn, "contacts", contact_id, {"key_verified": int(bool(verified))})
            audit.append(
                self._conn, "contact.verify", contact_id, {"verified": bool(verified)}, utc_now()
            )

    def add_referral(
        self,
        case_id: str,
        partner_id: str,
        *,
        sent_on: date | str | None = None,
        note: str | None = None,
        status: str = "sent",
    ) -> str:
        """Refer a case to a partner; only a fully vetted case can be referred."""
        case_id = self.resolve_case_id(case_id)
        self.get_partner(partner_id)
        values = {
            "partner_id": partner_id,
            "status": _referral_status(status),
            "sent_on": date_text(sent_on, QT_TRANSLATE_NOOP("Core", "referral date")),
            "note": check_text(note or "", QT_TRANSLATE_NOOP("Core", "referral note")),
        }
        with self.transaction():
            self._require_referable(case_id)
            referral_id = insert_record(
                self._conn, "referrals", self.origin, {"case_id": case_id, **values}
            )
            self._touch(case_id)
            detail = {"case": case_id, "partner": partner_id}
            audit.append(self._conn, "referral.add", referral_id, detail, utc_now())
        return referral_id

    def set_referral_status(self, referral_id: str, status: str) -> None:
        value = _referral_status(status)
        with self.transaction():
            found = read_columns(self._conn, "referrals", referral_id, ["case_id"])
            if not found:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Core", "No referral matches '{referral_id}'."),
                    referral_id=referral_id[:40],
                )
            if update_record(self._conn, "referrals", referral_id, {"status": value}):
                self._touch(str(found["case_id"]))
                audit.append(
                    self._conn, "referral.status", referral_id, {"status": value}, utc_now()
                )


def _referral_status(status: str) -> str:
    value = (status or "").strip().lower()
    if value not in REFERRAL_STATUSES:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Core", "'{status}' is not a referral status; use one of: {statuses}."
            ),
            status=status[:40],
            statuses=terms("referral", REFERRAL_STATUSES),
        )
    return value


def _fold_name(name: object) -> str:
    """A contact name as compared for sameness: NFC, trimmed, case-folded."""
    return unicodedata.normalize("NFC", str(name)).strip().casefold()
