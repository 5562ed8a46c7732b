"""The dossier's words in each language it is written in: English, French and German.

A dossier is read by an authority abroad, not by the person using Satchel, so its language
is chosen for the reader, whatever language the app speaks. The words live here, in the
core, next to the codes they name; ``tests/dossier/`` checks that every code the case
model has (fields, choices, stages, checks, results, event kinds) has its word in every
language, so a field added later cannot print as a bare code.
"""

from __future__ import annotations

from datetime import date

LANGUAGES = ("en", "fr", "de")

_W = dict[str, tuple[str, str, str]]

# Headings and sentences of the document itself. "{...}" are filled in by the renderer.
TEXT: _W = {
    "title": ("Case dossier", "Dossier de la personne", "Fallakte"),
    "subtitle": (
        "Prepared for a request for entry documents or international protection",
        "Établi à l'appui d'une demande de visa ou de protection internationale",
        "Erstellt zur Unterstützung eines Antrags auf Einreise oder internationalen Schutz",
    ),
    "prepared": (
        "Prepared on {date} by {organisation}.",
        "Établi le {date} par {organisation}.",
        "Erstellt am {date} von {organisation}.",
    ),
    "reference": (
        "Case reference: {case}",
        "Référence du dossier : {case}",
        "Aktenzeichen: {case}",
    ),
    "profile": (
        "Content: {profile}.",
        "Contenu : {profile}.",
        "Inhalt: {profile}.",
    ),
    "page": ("Page {page} of {pages}", "Page {page} sur {pages}", "Seite {page} von {pages}"),
    "confidential": (
        "Confidential: contains personal data of a person at risk.",
        "Confidentiel : contient des données personnelles d'une personne en danger.",
        "Vertraulich: enthält personenbezogene Daten einer gefährdeten Person.",
    ),
    "person": ("1. The person", "1. La personne", "1. Die Person"),
    "service": ("2. Military service", "2. Service militaire", "2. Militärdienst"),
    "desertion": ("3. Desertion", "3. Désertion", "3. Desertion"),
    "risk": ("4. Risk at home and in transit", "4. Risques encourus", "4. Gefährdung"),
    "statements": (
        "5. Statements against the war",
        "5. Déclarations contre la guerre",
        "5. Erklärungen gegen den Krieg",
    ),
    "vetting": ("6. Vetting", "6. Vérifications", "6. Überprüfung"),
    "timeline": ("7. Timeline", "7. Chronologie", "7. Chronologie"),
    "documents": ("8. Attached documents", "8. Pièces jointes", "8. Beigefügte Dokumente"),
    "left_out": (
        "9. What this dossier leaves out",
        "9. Ce que ce dossier ne contient pas",
        "9. Was diese Akte nicht enthält",
    ),
    "stage_line": (
        "Stage of the case: {stage}",
        "Étape du dossier : {stage}",
        "Stand des Verfahrens: {stage}",
    ),
    "description": ("Description", "Description", "Beschreibung"),
    "none": ("none recorded", "aucune information", "keine Angaben"),
    "not_given": ("not given", "non renseigné", "nicht angegeben"),
    "statements_intro": (
        "In date order, as recorded, with the source of each.",
        "Par ordre chronologique, telles qu'enregistrées, avec la source de chacune.",
        "In zeitlicher Reihenfolge, wie erfasst, jeweils mit Quelle.",
    ),
    "undated": ("undated", "sans date", "ohne Datum"),
    "source": ("Source: {source}", "Source : {source}", "Quelle: {source}"),
    "translation": (
        "Translation ({language}) by {translator}:",
        "Traduction ({language}) par {translator} :",
        "Übersetzung ({language}) von {translator}:",
    ),
    "vetting_summary": (
        "{passed} of {required} required checks passed.",
        "{passed} vérifications obligatoires réussies sur {required}.",
        "{passed} von {required} Pflichtprüfungen bestanden.",
    ),
    "vetting_complete": (
        "Every required check has passed.",
        "Toutes les vérifications obligatoires sont réussies.",
        "Alle Pflichtprüfungen sind bestanden.",
    ),
    "vetting_incomplete": (
        "Not every required check has passed: this case is not cleared.",
        "Toutes les vérifications obligatoires ne sont pas réussies : ce dossier n'est pas validé.",
        "Nicht alle Pflichtprüfungen sind bestanden: dieser Fall ist nicht freigegeben.",
    ),
    "check": ("Check", "Vérification", "Prüfung"),
    "result": ("Result", "Résultat", "Ergebnis"),
    "checked_on": ("Date", "Date", "Datum"),
    "reviewer": ("Reviewer", "Vérifié par", "Geprüft von"),
    "required": ("required", "obligatoire", "Pflicht"),
    "attestations": ("Signed sign-offs", "Validations signées", "Signierte Freigaben"),
    "attestation_line": (
        "{decision} by {signer} on {date}",
        "{decision} par {signer} le {date}",
        "{decision} von {signer} am {date}",
    ),
    "attestations_not_counted": (
        "Signatures that do not count (made over earlier checks, or by a key not verified "
        "in person): {count}",
        "Signatures non retenues (faites sur des vérifications antérieures, ou par une clé "
        "non vérifiée en personne) : {count}",
        "Nicht gezählte Signaturen (über frühere Prüfungen oder mit einem nicht persönlich "
        "verifizierten Schlüssel): {count}",
    ),
    "no_attestations": (
        "No signed sign-off is recorded for this case.",
        "Aucune validation signée n'est enregistrée pour ce dossier.",
        "Für diesen Fall ist keine signierte Freigabe erfasst.",
    ),
    "documents_intro": (
        "Each document handed over with this dossier can be matched to this list by its "
        "SHA-256 fingerprint.",
        "Chaque document remis avec ce dossier peut être rapproché de cette liste par son "
        "empreinte SHA-256.",
        "Jedes mit dieser Akte übergebene Dokument lässt sich über seinen SHA-256-Fingerabdruck "
        "dieser Liste zuordnen.",
    ),
    "file": ("File", "Fichier", "Datei"),
    "kind": ("Type", "Type", "Art"),
    "size": ("Size", "Taille", "Größe"),
    "removed": (
        "Metadata removed on import: {what}",
        "Métadonnées retirées à l'import : {what}",
        "Beim Import entfernte Metadaten: {what}",
    ),
    "left_out_intro": (
        "These parts of the case were deliberately not included ({profile}):",
        "Ces éléments du dossier n'ont volontairement pas été inclus ({profile}) :",
        "Diese Teile des Falls wurden bewusst nicht aufgenommen ({profile}):",
    ),
    "nothing_left_out": (
        "Nothing was left out.",
        "Rien n'a été omis.",
        "Nichts wurde ausgelassen.",
    ),
    "section_left_out": (
        "{section}: left out entirely",
        "{section} : entièrement omis",
        "{section}: vollständig ausgelassen",
    ),
    "kb": ("{size} KB", "{size} Ko", "{size} KB"),
    "yes": ("yes", "oui", "ja"),
    "no": ("no", "non", "nein"),
}

# What each redaction profile means, as the heading's "Content:" line says it.
PROFILES: _W = {
    "referral": (
        "what a partner pleading for entry documents needs",
        "ce dont un partenaire a besoin pour plaider une demande de visa",
        "was eine Partnerorganisation für einen Einreiseantrag braucht",
    ),
    "status": (
        "the stage and the timeline only",
        "l'étape et la chronologie seulement",
        "nur Stand und Chronologie",
    ),
    "full": ("the whole case", "l'intégralité du dossier", "der vollständige Fall"),
}

# The case model's fields (app/store/fields.py), by code.
FIELDS: _W = {
    "name": ("Name", "Nom", "Name"),
    "name_latin": ("Name (Latin letters)", "Nom (alphabet latin)", "Name (lateinische Schrift)"),
    "name_cyrillic": ("Name (Cyrillic)", "Nom (cyrillique)", "Name (kyrillisch)"),
    "aliases": ("Other names", "Autres noms", "Andere Namen"),
    "birth_date": ("Date of birth", "Date de naissance", "Geburtsdatum"),
    "birth_place": ("Place of birth", "Lieu de naissance", "Geburtsort"),
    "citizenship": ("Citizenship", "Nationalité", "Staatsangehörigkeit"),
    "internal_passport": (
        "Internal passport",
        "Passeport intérieur",
        "Inlandspass",
    ),
    "passport_status": (
        "International passport",
        "Passeport international",
        "Reisepass",
    ),
    "passport_expiry": (
        "Passport valid until",
        "Passeport valable jusqu'au",
        "Reisepass gültig bis",
    ),
    "contacts": ("Contact details", "Coordonnées", "Kontaktdaten"),
    "city": ("Current city", "Ville actuelle", "Aktueller Aufenthaltsort"),
    "kz_address": ("Address in Kazakhstan", "Adresse au Kazakhstan", "Adresse in Kasachstan"),
    "service_status": ("Kind of service", "Statut militaire", "Art des Dienstes"),
    "rank": ("Rank", "Grade", "Dienstgrad"),
    "branch": ("Branch", "Armée", "Teilstreitkraft"),
    "unit": ("Military unit", "Unité militaire", "Truppenteil"),
    "service_from": ("Service from", "En service depuis", "Dienst seit"),
    "service_to": ("Service until", "En service jusqu'au", "Dienst bis"),
    "deployed_ukraine": (
        "Deployed to Ukraine",
        "Déployé en Ukraine",
        "In der Ukraine eingesetzt",
    ),
    "deployment_places": ("Places of deployment", "Lieux de déploiement", "Einsatzorte"),
    "desertion_date": ("Date of desertion", "Date de la désertion", "Datum der Desertion"),
    "desertion_route": ("Route after deserting", "Itinéraire après la désertion", "Fluchtweg"),
    "criminal_article": (
        "Criminal code article at home",
        "Article du code pénal (Russie)",
        "Strafrechtsartikel (Russland)",
    ),
    "criminal_case_number": (
        "Criminal case number",
        "Numéro de l'affaire pénale",
        "Aktenzeichen des Strafverfahrens",
    ),
    "wanted": (
        "On a wanted list",
        "Inscrit sur une liste de recherche",
        "Zur Fahndung ausgeschrieben",
    ),
    "detention_risk": (
        "Risk of detention in Kazakhstan",
        "Risque de détention au Kazakhstan",
        "Risiko der Inhaftierung in Kasachstan",
    ),
    "deportation_risk": (
        "Risk of deportation from Kazakhstan",
        "Risque d'expulsion du Kazakhstan",
        "Risiko der Abschiebung aus Kasachstan",
    ),
    "family_pressure": (
        "Pressure on the family",
        "Pressions sur la famille",
        "Druck auf die Familie",
    ),
    "risk": ("Overall risk", "Risque global", "Gesamtrisiko"),
    "stage": ("Stage", "Étape", "Stand"),
    "lawyer": (
        "Lawyer in charge",
        "Juriste responsable",
        "Zuständige Anwältin / zuständiger Anwalt",
    ),
    "next_action": ("Next action", "Prochaine action", "Nächster Schritt"),
    "deadline": ("Deadline", "Échéance", "Frist"),
    "rejection_reason": ("Reason for rejection", "Motif du refus", "Ablehnungsgrund"),
    # Parts of a case that are not single fields, as the "left out" list names them.
    "evidence": ("Evidence for the checks", "Preuves des vérifications", "Nachweise der Prüfungen"),
    "reviewer": ("Reviewers of the checks", "Auteurs des vérifications", "Prüfende"),
    "checks": ("Vetting checks", "Vérifications", "Prüfungen"),
    "statements": ("Statements", "Déclarations", "Erklärungen"),
    "events": ("Timeline", "Chronologie", "Chronologie"),
    "notes": ("Internal notes", "Notes internes", "Interne Notizen"),
    "attachments": ("Attached documents", "Pièces jointes", "Beigefügte Dokumente"),
    "referrals": ("Referrals", "Transmissions", "Weiterleitungen"),
    "services": ("Military service", "Service militaire", "Militärdienst"),
    "risks": ("Risks", "Risques", "Gefährdung"),
    "persons": ("The person", "La personne", "Die Person"),
}

# Values of the choice fields, by code.
CHOICES: _W = {
    "has": ("has one", "oui", "vorhanden"),
    "expired": ("expired", "expiré", "abgelaufen"),
    "none": ("none", "aucun", "keiner"),
    "career": ("career officer", "militaire de carrière", "Berufssoldat"),
    "contract": ("contract soldier", "militaire sous contrat", "Zeitsoldat (Vertrag)"),
    "mobilized": ("mobilized", "mobilisé", "mobilisiert"),
    "conscript": ("conscript", "appelé", "Wehrpflichtiger"),
    "reservist": ("reservist", "réserviste", "Reservist"),
    "low": ("low", "faible", "gering"),
    "medium": ("medium", "moyen", "mittel"),
    "high": ("high", "élevé", "hoch"),
    "critical": ("critical", "critique", "kritisch"),
}

STAGES: _W = {
    "intake": ("intake", "accueil", "Aufnahme"),
    "vetting": ("vetting", "vérification", "Überprüfung"),
    "cleared": ("cleared", "validé", "freigegeben"),
    "rejected": ("rejected", "refusé", "abgelehnt"),
    "referred": ("referred to a partner", "transmis à un partenaire", "an Partner weitergeleitet"),
    "documents_requested": (
        "entry documents requested",
        "documents d'entrée demandés",
        "Einreisedokumente beantragt",
    ),
    "entry_approved": ("entry approved", "entrée accordée", "Einreise genehmigt"),
    "departed": ("departed", "parti", "ausgereist"),
    "arrived": ("arrived", "arrivé", "angekommen"),
    "asylum_filed": ("asylum claim filed", "demande d'asile déposée", "Asylantrag gestellt"),
    "protection_granted": (
        "protection granted",
        "protection accordée",
        "Schutz gewährt",
    ),
    "closed": ("closed", "clos", "abgeschlossen"),
}

CHECKS: _W = {
    "identity_documents": (
        "Identity documents",
        "Documents d'identité",
        "Identitätsdokumente",
    ),
    "military_documents": ("Military documents", "Documents militaires", "Militärische Dokumente"),
    "interview_consistency": (
        "Consistency of the interviews",
        "Cohérence des entretiens",
        "Widerspruchsfreiheit der Befragungen",
    ),
    "osint_crosscheck": (
        "Open-source cross-check",
        "Recoupement en sources ouvertes",
        "Abgleich mit offenen Quellen",
    ),
    "plant_screening": (
        "Screening for infiltration",
        "Contrôle d'infiltration",
        "Prüfung auf Einschleusung",
    ),
    "war_crimes_screening": (
        "Screening for war crimes",
        "Contrôle des crimes de guerre",
        "Prüfung auf Kriegsverbrechen",
    ),
    "references": ("References", "Références", "Referenzen"),
}

RESULTS: _W = {
    "pass": ("passed", "réussie", "bestanden"),
    "fail": ("failed", "échouée", "nicht bestanden"),
    "inconclusive": ("inconclusive", "non concluante", "ohne eindeutiges Ergebnis"),
    "not_done": ("not done", "non effectuée", "nicht durchgeführt"),
}

EVENTS: _W = {
    "interview": ("Interview", "Entretien", "Befragung"),
    "document_received": ("Document received", "Document reçu", "Dokument erhalten"),
    "referral_sent": ("Referral sent", "Dossier transmis", "Fall weitergeleitet"),
    "decision": ("Decision", "Décision", "Entscheidung"),
    "travel": ("Travel", "Voyage", "Reise"),
    "contact": ("Contact", "Contact", "Kontakt"),
    "other": ("Other", "Autre", "Sonstiges"),
}

LANGUAGE_NAMES: _W = {
    "en": ("English", "anglais", "Englisch"),
    "fr": ("French", "français", "Französisch"),
    "de": ("German", "allemand", "Deutsch"),
    "ru": ("Russian", "russe", "Russisch"),
    "uk": ("Ukrainian", "ukrainien", "Ukrainisch"),
    "kk": ("Kazakh", "kazakh", "Kasachisch"),
}


class Words:
    """The dossier's words in one language: ``words.text("title")``, ``words.stage(code)``."""

    def __init__(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(language)
        self.language = language
        self._index = LANGUAGES.index(language)

    def __repr__(self) -> str:
        return f"Words({self.language!r})"

    def _pick(self, table: _W, code: str) -> str:
        entry = table.get(code)
        return code if entry is None else entry[self._index]

    def text(self, key: str, **values: object) -> str:
        return TEXT[key][self._index].format(**values)

    def field(self, code: str) -> str:
        return self._pick(FIELDS, code)

    def choice(self, code: str) -> str:
        return self._pick(CHOICES, code)

    def stage(self, code: str) -> str:
        return self._pick(STAGES, code)

    def check(self, code: str) -> str:
        return self._pick(CHECKS, code)

    def result(self, code: str) -> str:
        return self._pick(RESULTS, code)

    def event(self, code: str) -> str:
        return self._pick(EVENTS, code)

    def profile(self, code: str) -> str:
        return self._pick(PROFILES, code)

    def language_name(self, code: str) -> str:
        return self._pick(LANGUAGE_NAMES, code)

    def number(self, value: int) -> str:
        """A whole number with its thousands grouped the reader's way: ``1,563`` in
        English, ``1.563`` in German, ``1 563`` in French (a no-break space)."""
        grouped = f"{value:,}"
        return grouped.replace(",", {"de": ".", "fr": "\u00a0"}.get(self.language, ","))

    def date(self, iso: str) -> str:
        """A date the vault keeps as ISO text (or the day of an ISO moment) as the reader's
        language writes it: ``02.04.1996``, ``02/04/1996``, ``2 April 1996``. Text that is
        not a date is printed as it is."""
        try:
            day = date.fromisoformat(iso[:10])
        except ValueError:
            return iso
        if self.language == "de":
            return f"{day.day:02}.{day.month:02}.{day.year}"
        if self.language == "fr":
            return f"{day.day:02}/{day.month:02}/{day.year}"
        return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")  # fmt: skip
