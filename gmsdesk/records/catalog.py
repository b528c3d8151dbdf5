"""Every synced record type, declared once. Storage specs, the server's field whitelist and
checks, both sides of the merge, generic validation, conflict display, export headers and change
routing all read these declarations; a test holds the migrations against them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from gmsdesk.i18n import QT_TRANSLATE_NOOP
from gmsdesk.records.fields import (
    Bool,
    Code,
    Date,
    DateTime,
    Decimal,
    Integer,
    Json,
    Money,
    Ref,
    Text,
)
from gmsdesk.records.types import RecordType, Registry, Rule

# -- code sets (one per concept) -----------------------------------------------------------------

COUNTRIES: dict[str, str] = {
    "KH": QT_TRANSLATE_NOOP("Country", "Cambodia"),
    "LA": QT_TRANSLATE_NOOP("Country", "Lao PDR"),
    "MM": QT_TRANSLATE_NOOP("Country", "Myanmar"),
    "TH": QT_TRANSLATE_NOOP("Country", "Thailand"),
    "VN": QT_TRANSLATE_NOOP("Country", "Viet Nam"),
    "YN": QT_TRANSLATE_NOOP("Country", "Yunnan (China)"),
}
# One gender code set for SMEs' contacts and people alike, so headquarters can count by sex.
GENDERS: dict[str, str] = {
    "female": QT_TRANSLATE_NOOP("Gender", "Female"),
    "male": QT_TRANSLATE_NOOP("Gender", "Male"),
    "other": QT_TRANSLATE_NOOP("Gender", "Other"),
}
# What releases before schema 6 wrote for people (and what typed input may say).
GENDER_ALIASES = {"f": "female", "m": "male", "x": "other"}
TRACKS: dict[str, str] = {
    "basic": QT_TRANSLATE_NOOP("Training", "Basic"),
    "advanced": QT_TRANSLATE_NOOP("Training", "Advanced"),
}
WORKSHOP_STATUSES: dict[str, str] = {
    "planned": QT_TRANSLATE_NOOP("Training", "Planned"),
    "running": QT_TRANSLATE_NOOP("Training", "Running"),
    "done": QT_TRANSLATE_NOOP("Training", "Done"),
}
PROGRESS_STATUSES: dict[str, str] = {
    "not_started": QT_TRANSLATE_NOOP("Training", "Not started"),
    "in_progress": QT_TRANSLATE_NOOP("Training", "In progress"),
    "completed": QT_TRANSLATE_NOOP("Training", "Completed"),
}
SERVICE_TYPES: dict[str, str] = {
    "website": QT_TRANSLATE_NOOP("Training", "Website set-up"),
    "listing": QT_TRANSLATE_NOOP("Training", "Catalogue or e-marketplace listing"),
    "content": QT_TRANSLATE_NOOP("Training", "Content creation"),
    "translation": QT_TRANSLATE_NOOP("Training", "Translation"),
    "payment": QT_TRANSLATE_NOOP("Training", "Online payment set-up"),
    "training": QT_TRANSLATE_NOOP("Training", "Training"),
    "advice": QT_TRANSLATE_NOOP("Training", "Advice"),
}
CHANNELS: dict[str, str] = {
    "email": QT_TRANSLATE_NOOP("Training", "E-mail"),
    "website": QT_TRANSLATE_NOOP("Training", "Website"),
    "emarketplace": QT_TRANSLATE_NOOP("Training", "E-marketplace"),
    "social_media": QT_TRANSLATE_NOOP("Training", "Social media"),
    "phone": QT_TRANSLATE_NOOP("Training", "Phone"),
    "fax": QT_TRANSLATE_NOOP("Training", "Fax"),
    "other": QT_TRANSLATE_NOOP("Training", "Other"),
}
INQUIRY_OUTCOMES: dict[str, str] = {
    "no_reply": QT_TRANSLATE_NOOP("Training", "No reply"),
    "in_discussion": QT_TRANSLATE_NOOP("Training", "In discussion"),
    "order": QT_TRANSLATE_NOOP("Training", "Order"),
    "lost": QT_TRANSLATE_NOOP("Training", "Lost"),
}
# Where an SME is online: what the pilots counted (registered on a portal vs displaying).
PRESENCE_KINDS: dict[str, str] = {
    "website": QT_TRANSLATE_NOOP("Presence", "Own website"),
    "portal": QT_TRANSLATE_NOOP("Presence", "Agency portal"),
    "emarketplace": QT_TRANSLATE_NOOP("Presence", "E-marketplace"),
    "social_media": QT_TRANSLATE_NOOP("Presence", "Social media page"),
    "eprocurement": QT_TRANSLATE_NOOP("Presence", "E-procurement registration"),
}
PRESENCE_STATUSES: dict[str, str] = {
    "registered": QT_TRANSLATE_NOOP("Presence", "Registered"),
    "displaying": QT_TRANSLATE_NOOP("Presence", "Displaying products"),
    "inactive": QT_TRANSLATE_NOOP("Presence", "Inactive"),
}
# Awareness-raising that is not a training workshop.
EVENT_KINDS: dict[str, str] = {
    "road_show": QT_TRANSLATE_NOOP("Events", "Road show"),
    "media_campaign": QT_TRANSLATE_NOOP("Events", "Media campaign"),
    "launch": QT_TRANSLATE_NOOP("Events", "Launch"),
    "consultation": QT_TRANSLATE_NOOP("Events", "Stakeholder consultation"),
    "seminar": QT_TRANSLATE_NOOP("Events", "Seminar"),
    "other": QT_TRANSLATE_NOOP("Events", "Other"),
}
# The currency a fee or an order is in unless the officer says otherwise, by economy.
DEFAULT_CURRENCIES: dict[str, str] = {
    "KH": "USD", "LA": "LAK", "MM": "MMK", "TH": "THB", "VN": "VND", "YN": "CNY",
}
# Digits after the decimal point in each currency's own minor unit (ISO 4217); 2 otherwise.
CURRENCY_DECIMALS: dict[str, int] = {
    "KHR": 0, "LAK": 0, "MMK": 0, "VND": 0, "JPY": 0, "KRW": 0,
}
# ISO 3166-1 alpha-2 (officially assigned), for where an inquiry came from; YN is Yunnan.
ISO_COUNTRIES = tuple(sorted({
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW", "YN",
}))

PHONE = r"(?=(?:\D*\d){6})[\d\s+().\-/]+"
EMAIL = r"[^@\s]+@[^@\s]+\.[^@\s]+"
WEBSITE = r"(https?://)?[\w.-]+\.[\w-]{2,}(/\S*)?"
CURRENCY = r"[A-Z]{3}"

MSG_PHONE = QT_TRANSLATE_NOOP("Validation",
                              "Use digits, spaces and + - ( ) only, at least 6 digits.")
MSG_EMAIL = QT_TRANSLATE_NOOP("Validation", "This does not look like an e-mail address.")
MSG_GENDER = QT_TRANSLATE_NOOP("Validation", "Choose female, male or other.")
MSG_COUNTRY = QT_TRANSLATE_NOOP("Validation", "Choose one of the six economies.")


def _female_within_total(values: Mapping[str, Any]) -> dict[str, str]:
    total, female = values.get("employees_total"), values.get("employees_female")
    if isinstance(total, int) and isinstance(female, int) and female > total:
        return {"employees_female": QT_TRANSLATE_NOOP("Validation",
                                       "Female employees cannot be more than all employees.")}
    return {}


# Fields that several record types share, declared once.
ECONOMY = Code("country", COUNTRIES, QT_TRANSLATE_NOOP("Field", "Economy"), context="Country",
               message=MSG_COUNTRY)
TRACK = Code("track", TRACKS, QT_TRANSLATE_NOOP("Field", "Track"), context="Training",
             default="basic", message=QT_TRANSLATE_NOOP("Validation", "Choose basic or advanced."))
PHONE_FIELD = Text("phone", QT_TRANSLATE_NOOP("Field", "Phone"), pattern=PHONE, message=MSG_PHONE)
EMAIL_FIELD = Text("email", QT_TRANSLATE_NOOP("Field", "E-mail"), pattern=EMAIL, message=MSG_EMAIL)
TITLE = Text("title", QT_TRANSLATE_NOOP("Field", "Title"), required=True, max=300,
             message=QT_TRANSLATE_NOOP("Validation", "Enter a title."))


def _gender(name: str, label: str) -> Any:
    return Code(name, GENDERS, label, context="Gender", aliases=GENDER_ALIASES,
                message=MSG_GENDER)


AGENCY_SERVICES = ("website", "listing", "content", "translation", "payment", "training",
                   "advice")
TARGET_SCOPES: dict[str, str] = {
    "programme": QT_TRANSLATE_NOOP("Network", "Whole programme"),
    "economy": QT_TRANSLATE_NOOP("Network", "Economy"),
    "agency": QT_TRANSLATE_NOOP("Network", "Agency"),
    "province": QT_TRANSLATE_NOOP("Network", "Province"),
}
RETIRED = Bool("retired", QT_TRANSLATE_NOOP("Field", "Retired"))


def _offered_services(values: Mapping[str, Any]) -> dict[str, str]:
    offered = values.get("services")
    if isinstance(offered, list) and any(
            not isinstance(s, dict) or s.get("type") not in AGENCY_SERVICES for s in offered):
        return {"services": QT_TRANSLATE_NOOP("Validation", "Choose services from the list.")}
    return {}


# An agency of the support network, as headquarters describes it to every agency. The server
# makes one when an agency is added; headquarters completes it. `agency` is the server's id.
AGENCY_PROFILES = RecordType(
    "agency_profiles", Rule.LWW, QT_TRANSLATE_NOOP("Records", "Agency"),
    (Text("agency", QT_TRANSLATE_NOOP("Field", "Agency code"), required=True, max=64),
     Text("name", QT_TRANSLATE_NOOP("Field", "Agency name"), required=True,
          message=QT_TRANSLATE_NOOP("Validation", "Enter the agency's name.")),
     # {"km": "...", "th": "..."}: the name in each language headquarters knows it in.
     Json("names", QT_TRANSLATE_NOOP("Field", "Name in other languages"), shape="object",
          max_bytes=8_000, default="{}"),
     Bool("hq", QT_TRANSLATE_NOOP("Field", "Headquarters")),
     Code("country", COUNTRIES, QT_TRANSLATE_NOOP("Field", "Economy"), context="Country",
          message=MSG_COUNTRY),
     Json("provinces", QT_TRANSLATE_NOOP("Field", "Provinces served"), shape="list",
          max_bytes=8_000, default="[]"),
     Text("address", QT_TRANSLATE_NOOP("Field", "Address"), max=500),
     Text("contact_name", QT_TRANSLATE_NOOP("Field", "Contact person")),
     PHONE_FIELD,
     EMAIL_FIELD,
     Text("website", QT_TRANSLATE_NOOP("Field", "Website"), pattern=WEBSITE,
          message=QT_TRANSLATE_NOOP("Validation", "This does not look like a web address.")),
     # Language codes the staff speak with SMEs ("km", "en", "ja").
     Json("languages", QT_TRANSLATE_NOOP("Field", "Languages spoken"), shape="list",
          max_bytes=2_000, default="[]"),
     # [{"type": "translation", "fee": "50", "currency": "USD", "languages": ["km-ja"]}]
     Json("services", QT_TRANSLATE_NOOP("Field", "E-business services offered"), shape="list",
          max_bytes=20_000, default="[]"),
     Text("notes", QT_TRANSLATE_NOOP("Field", "Notes"), max=5000)),
    summary=("name",),
    cross_checks=(_offered_services,),
    published=True)

SECTORS = RecordType(
    "sectors", Rule.LWW, QT_TRANSLATE_NOOP("Records", "Sector"),
    (Text("code", QT_TRANSLATE_NOOP("Field", "Code"), required=True, max=64),
     Text("label", QT_TRANSLATE_NOOP("Field", "Sector"), required=True)),
    summary=("label",),
    published=True)

SMES = RecordType(
    "smes", Rule.LWW, QT_TRANSLATE_NOOP("Records", "SME"),
    (Text("name", QT_TRANSLATE_NOOP("Field", "Business name"), required=True,
          message=QT_TRANSLATE_NOOP("Validation", "Enter the business name.")),
     Text("name_local", QT_TRANSLATE_NOOP("Field", "Name in local script")),
     Text("registration_no", QT_TRANSLATE_NOOP("Field", "Registration number")),
     Text("sector", QT_TRANSLATE_NOOP("Field", "Sector"), max=64),
     ECONOMY,
     Text("province", QT_TRANSLATE_NOOP("Field", "Province")),
     Text("district", QT_TRANSLATE_NOOP("Field", "District")),
     Text("address", QT_TRANSLATE_NOOP("Field", "Address"), max=500),
     PHONE_FIELD,
     EMAIL_FIELD,
     Text("website", QT_TRANSLATE_NOOP("Field", "Website"), pattern=WEBSITE,
          message=QT_TRANSLATE_NOOP("Validation", "This does not look like a web address.")),
     Text("contact_name", QT_TRANSLATE_NOOP("Field", "Owner or contact person")),
     _gender("contact_gender", QT_TRANSLATE_NOOP("Field", "Gender of contact")),
     Integer("employees_total", QT_TRANSLATE_NOOP("Field", "Employees"), min=0, max=10_000_000),
     Integer("employees_female", QT_TRANSLATE_NOOP("Field", "Female employees"), min=0,
             max=10_000_000),
     Integer("year_founded", QT_TRANSLATE_NOOP("Field", "Year founded"), min=1800, max=2700,
             message=QT_TRANSLATE_NOOP("Validation", "Enter a year between 1900 and this year.")),
     Bool("uses_fax", QT_TRANSLATE_NOOP("Field", "Fax")),
     Bool("uses_fixed_phone", QT_TRANSLATE_NOOP("Field", "Fixed-line phone")),
     Bool("uses_mobile", QT_TRANSLATE_NOOP("Field", "Mobile phone")),
     Bool("uses_email", QT_TRANSLATE_NOOP("Field", "E-mail")),
     Bool("uses_website", QT_TRANSLATE_NOOP("Field", "Own website")),
     Bool("uses_social_media", QT_TRANSLATE_NOOP("Field", "Social media")),
     Bool("uses_emarketplace", QT_TRANSLATE_NOOP("Field", "E-marketplace")),
     Bool("uses_online_payment", QT_TRANSLATE_NOOP("Field", "Online payment")),
     Text("notes", QT_TRANSLATE_NOOP("Field", "Notes"), max=5000),
     Bool("uses_eprocurement", QT_TRANSLATE_NOOP("Field", "E-procurement"))),
    local=("ict_level", "search_text", "name_fold", "local_fold", "name_key", "local_key",
           "phone_key", "regno_key"),
    summary=("name", "province"),
    cross_checks=(_female_within_total,))

MODULES = RecordType(
    "modules", Rule.LWW, QT_TRANSLATE_NOOP("Records", "Training module"),
    (Text("code", QT_TRANSLATE_NOOP("Field", "Code"), required=True, max=40),
     TRACK,
     TITLE,
     Text("description", QT_TRANSLATE_NOOP("Field", "Description"), max=2000),
     Integer("position", QT_TRANSLATE_NOOP("Field", "Position"), min=0),
     RETIRED),
    summary=("code", "title"),
    published=True)

WORKSHOPS = RecordType(
    "workshops", Rule.LWW, QT_TRANSLATE_NOOP("Records", "Workshop"),
    (TITLE,
     TRACK,
     Json("modules", QT_TRANSLATE_NOOP("Field", "Modules"), shape="list", max_bytes=20_000,
          default="[]"),
     Date("start_date", QT_TRANSLATE_NOOP("Field", "First day")),
     Date("end_date", QT_TRANSLATE_NOOP("Field", "Last day")),
     Text("venue", QT_TRANSLATE_NOOP("Field", "Venue"), max=300),
     ECONOMY,
     Text("province", QT_TRANSLATE_NOOP("Field", "Province"), max=300),
     Text("trainers", QT_TRANSLATE_NOOP("Field", "Trainers"), max=300),
     Text("partner", QT_TRANSLATE_NOOP("Field", "Partner"), max=300),
     Code("status", WORKSHOP_STATUSES, QT_TRANSLATE_NOOP("Field", "Status"), context="Training",
          default="planned", message=QT_TRANSLATE_NOOP("Validation",
                                                       "Choose planned, running or done.")),
     Text("notes", QT_TRANSLATE_NOOP("Field", "Notes"), max=5000),
     # Who may get a certificate: present on at least this share of the days (100: every
     # day). Travels with the workshop so every laptop agrees; empty (a workshop made by an
     # older release) means the agency's default on each laptop (storage's `attendance_rule`).
     Integer("attendance_percent", QT_TRANSLATE_NOOP("Field", "Attendance for a certificate"),
             min=0, max=100, message=QT_TRANSLATE_NOOP(
                 "Validation", "Enter a share of the days from 0 to 100 %."))),
    summary=("title", "start_date"))

SESSIONS = RecordType(
    "workshop_sessions", Rule.LWW, QT_TRANSLATE_NOOP("Records", "Workshop day"),
    (Ref("workshop_id", "workshops", QT_TRANSLATE_NOOP("Field", "Workshop"), required=True),
     Date("day", QT_TRANSLATE_NOOP("Field", "Day"), required=True),
     Text("label", QT_TRANSLATE_NOOP("Field", "Label"))),
    summary=("day",))

PEOPLE = RecordType(
    "people", Rule.LWW, QT_TRANSLATE_NOOP("Records", "Person"),
    (Text("name", QT_TRANSLATE_NOOP("Field", "Name"), required=True,
          message=QT_TRANSLATE_NOOP("Validation", "Enter the person's name.")),
     Text("name_latin", QT_TRANSLATE_NOOP("Field", "Name in Latin letters")),
     _gender("gender", QT_TRANSLATE_NOOP("Field", "Gender")),
     Text("role", QT_TRANSLATE_NOOP("Field", "Role")),
     PHONE_FIELD,
     EMAIL_FIELD,
     Ref("sme_id", "smes", QT_TRANSLATE_NOOP("Field", "SME"))),
    local=("search_text", "phone_key"),
    summary=("name",))

PARTICIPANTS = RecordType(
    "participants", Rule.LWW, QT_TRANSLATE_NOOP("Records", "Participant"),
    (Ref("workshop_id", "workshops", QT_TRANSLATE_NOOP("Field", "Workshop"), required=True),
     Ref("person_id", "people", QT_TRANSLATE_NOOP("Field", "Person"), required=True),
     Decimal("pre_score", QT_TRANSLATE_NOOP("Field", "Pre-test score"), min=0, max=100),
     Decimal("post_score", QT_TRANSLATE_NOOP("Field", "Post-test score"), min=0, max=100),
     Text("certificate_no", QT_TRANSLATE_NOOP("Field", "Certificate number"), max=64),
     Date("certificate_issued_on", QT_TRANSLATE_NOOP("Field", "Certificate issued on"))),
    summary=("person_id", "workshop_id"))

ATTENDANCE = RecordType(
    "attendance", Rule.LWW, QT_TRANSLATE_NOOP("Records", "Attendance"),
    (Ref("workshop_id", "workshops", QT_TRANSLATE_NOOP("Field", "Workshop"), required=True),
     Ref("session_id", "workshop_sessions", QT_TRANSLATE_NOOP("Field", "Day"), required=True),
     Ref("person_id", "people", QT_TRANSLATE_NOOP("Field", "Person"), required=True),
     Bool("present", QT_TRANSLATE_NOOP("Field", "Present")),
     DateTime("marked_at", QT_TRANSLATE_NOOP("Field", "Marked on"))),
    summary=("person_id", "session_id"))

PROGRESS = RecordType(
    "module_progress", Rule.FORWARD, QT_TRANSLATE_NOOP("Records", "Module progress"),
    (Ref("workshop_id", "workshops", QT_TRANSLATE_NOOP("Field", "Workshop"), required=True),
     Ref("person_id", "people", QT_TRANSLATE_NOOP("Field", "Person"), required=True),
     Text("module", QT_TRANSLATE_NOOP("Field", "Module"), required=True, max=40),
     Code("status", PROGRESS_STATUSES, QT_TRANSLATE_NOOP("Field", "Status"), context="Training",
          default="not_started",
          message=QT_TRANSLATE_NOOP("Validation", "Choose not started, in progress or completed.")),
     Date("status_on", QT_TRANSLATE_NOOP("Field", "Date reached")),
     Text("reverted_by", QT_TRANSLATE_NOOP("Field", "Reverted by"), max=1000)),
    summary=("person_id", "module"))

SERVICES = RecordType(
    "services", Rule.LWW, QT_TRANSLATE_NOOP("Records", "E-business service"),
    (Ref("sme_id", "smes", QT_TRANSLATE_NOOP("Field", "SME"), required=True),
     Code("type", SERVICE_TYPES, QT_TRANSLATE_NOOP("Field", "Service"), context="Training",
          required=True,
          message=QT_TRANSLATE_NOOP("Validation", "Choose the kind of service.")),
     Date("delivered_on", QT_TRANSLATE_NOOP("Field", "Delivered on"), required=True,
          message=QT_TRANSLATE_NOOP("Validation", "Enter the date.")),
     Text("staff", QT_TRANSLATE_NOOP("Field", "Staff")),
     Money("fee", QT_TRANSLATE_NOOP("Field", "Fee"),
           message=QT_TRANSLATE_NOOP("Validation",
                                     "Enter an amount of 0 or more, for example 150.")),
     Text("currency", QT_TRANSLATE_NOOP("Field", "Currency"), max=3, pattern=CURRENCY,
          message=QT_TRANSLATE_NOOP("Validation",
                                    "Enter a three-letter currency code, for example USD.")),
     Text("outcome", QT_TRANSLATE_NOOP("Field", "Outcome"), max=2000),
     Ref("workshop_id", "workshops", QT_TRANSLATE_NOOP("Field", "Workshop")),
     Text("notes", QT_TRANSLATE_NOOP("Field", "Notes"), max=5000),
     Bool("paid", QT_TRANSLATE_NOOP("Field", "Paid"))),
    summary=("type", "delivered_on", "sme_id"))

INQUIRIES = RecordType(
    "inquiries", Rule.LWW, QT_TRANSLATE_NOOP("Records", "Inquiry"),
    (Ref("sme_id", "smes", QT_TRANSLATE_NOOP("Field", "SME"), required=True),
     Date("received_on", QT_TRANSLATE_NOOP("Field", "Received on"), required=True,
          message=QT_TRANSLATE_NOOP("Validation", "Enter the date.")),
     Code("from_country", ISO_COUNTRIES, QT_TRANSLATE_NOOP("Field", "From country"),
          message=QT_TRANSLATE_NOOP("Validation",
                                    "Enter a two-letter country code, for example JP.")),
     Code("channel", CHANNELS, QT_TRANSLATE_NOOP("Field", "Channel"), context="Training",
          message=QT_TRANSLATE_NOOP("Validation", "Choose how the inquiry came in.")),
     Text("notes", QT_TRANSLATE_NOOP("Field", "Notes"), max=5000),
     # What brought it: a service the agency delivered, or one of the SME's presences.
     Ref("service_id", "services", QT_TRANSLATE_NOOP("Field", "Through service")),
     Ref("presence_id", "presences", QT_TRANSLATE_NOOP("Field", "Through")),
     Code("outcome", INQUIRY_OUTCOMES, QT_TRANSLATE_NOOP("Field", "Outcome"), context="Training",
          message=QT_TRANSLATE_NOOP("Validation",
                                    "Choose no reply, in discussion, order or lost.")),
     Money("order_value", QT_TRANSLATE_NOOP("Field", "Order value"),
           message=QT_TRANSLATE_NOOP("Validation",
                                     "Enter an amount of 0 or more, for example 150.")),
     Text("currency", QT_TRANSLATE_NOOP("Field", "Currency"), max=3, pattern=CURRENCY,
          message=QT_TRANSLATE_NOOP("Validation",
                                    "Enter a three-letter currency code, for example USD.")),
     Text("staff", QT_TRANSLATE_NOOP("Field", "Staff"))),
    summary=("received_on", "from_country", "sme_id"))

# One place an SME is online, with the status it reached and when (the ICT-ladder history
# keeps each change of status).
PRESENCES = RecordType(
    "presences", Rule.LWW, QT_TRANSLATE_NOOP("Records", "Online presence"),
    (Ref("sme_id", "smes", QT_TRANSLATE_NOOP("Field", "SME"), required=True),
     Code("kind", PRESENCE_KINDS, QT_TRANSLATE_NOOP("Field", "Kind"), context="Presence",
          required=True, message=QT_TRANSLATE_NOOP("Validation",
                                                   "Choose where the SME is online.")),
     Text("name", QT_TRANSLATE_NOOP("Field", "Portal or marketplace"), max=300),
     Text("url", QT_TRANSLATE_NOOP("Field", "Address"), max=2000),
     Code("status", PRESENCE_STATUSES, QT_TRANSLATE_NOOP("Field", "Status"),
          context="Presence", default="registered", message=QT_TRANSLATE_NOOP(
              "Validation", "Choose registered, displaying products or inactive.")),
     Date("status_on", QT_TRANSLATE_NOOP("Field", "Since")),
     Integer("products", QT_TRANSLATE_NOOP("Field", "Products displayed"), min=0,
             max=10_000_000),
     Ref("service_id", "services", QT_TRANSLATE_NOOP("Field", "Set up by service")),
     Text("notes", QT_TRANSLATE_NOOP("Field", "Notes"), max=5000)),
    summary=("kind", "name", "sme_id"))


def _last_day_not_before_first(values: Mapping[str, Any]) -> dict[str, str]:
    if values.get("end_on") and values.get("held_on") and values["end_on"] < values["held_on"]:
        return {"end_on": QT_TRANSLATE_NOOP("Validation",
                                            "The last day cannot be before the first.")}
    return {}


# A road show, campaign, launch, consultation or seminar: awareness-raising that is not a
# training workshop, counted by audience and sex.
EVENTS = RecordType(
    "events", Rule.LWW, QT_TRANSLATE_NOOP("Records", "Awareness event"),
    (Code("kind", EVENT_KINDS, QT_TRANSLATE_NOOP("Field", "Kind"), context="Events",
          required=True, message=QT_TRANSLATE_NOOP("Validation", "Choose the kind of event.")),
     TITLE,
     Date("held_on", QT_TRANSLATE_NOOP("Field", "Date"), required=True,
          message=QT_TRANSLATE_NOOP("Validation", "Enter the date.")),
     Date("end_on", QT_TRANSLATE_NOOP("Field", "Last day")),
     ECONOMY,
     Text("province", QT_TRANSLATE_NOOP("Field", "Province"), max=300),
     Text("venue", QT_TRANSLATE_NOOP("Field", "Venue"), max=300),
     Text("organiser", QT_TRANSLATE_NOOP("Field", "Organiser"), max=300),
     Integer("audience_female", QT_TRANSLATE_NOOP("Field", "Women"), min=0, max=100_000_000),
     Integer("audience_male", QT_TRANSLATE_NOOP("Field", "Men"), min=0, max=100_000_000),
     Integer("audience_other", QT_TRANSLATE_NOOP("Field", "Other or not recorded"), min=0,
             max=100_000_000),
     Integer("organisations", QT_TRANSLATE_NOOP("Field", "Organisations represented"), min=0,
             max=1_000_000),
     Integer("media_reach", QT_TRANSLATE_NOOP("Field", "Media reach"), min=0,
             max=10_000_000_000),
     Json("sme_ids", QT_TRANSLATE_NOOP("Field", "SMEs"), shape="list", max_bytes=200_000,
          default="[]"),
     Text("notes", QT_TRANSLATE_NOOP("Field", "Notes"), max=5000)),
    summary=("title", "held_on"),
    cross_checks=(_last_day_not_before_first,))

FORMS = RecordType(
    "forms", Rule.LWW, QT_TRANSLATE_NOOP("Records", "Survey form"),
    (Text("form_id", QT_TRANSLATE_NOOP("Field", "Form id"), required=True),
     Text("version", QT_TRANSLATE_NOOP("Field", "Version"), required=True, max=100),
     Text("title", QT_TRANSLATE_NOOP("Field", "Title"), max=500),
     Text("default_language", QT_TRANSLATE_NOOP("Field", "Language"), max=60),
     Json("definition", QT_TRANSLATE_NOOP("Field", "Questions"), shape="object", max_bytes=8 << 20,
          default="{}"),
     RETIRED),
    # The file a form was imported from stays on the laptop (see storage.surveys).
    local=("source_name",),
    summary=("title", "version"),
    published=True)

INDICATOR_AREAS: dict[str, str] = {
    "training": QT_TRANSLATE_NOOP("Reports", "Awareness-raising and training"),
    "network": QT_TRANSLATE_NOOP("Reports", "E-business support network"),
    "marketplaces": QT_TRANSLATE_NOOP("Reports", "E-marketplaces and e-procurement"),
    "surveys": QT_TRANSLATE_NOOP("Reports", "From surveys"),
}

# An indicator an agency or headquarters added without code: what it counts is data
# (`definition`, read by the indicator engine, e.g. {"count": "survey_responses", "form_id":
# "needs", "question": "obstacle", "answer": "cost"}). The built-in ones ship with GMS Desk.
INDICATORS = RecordType(
    "indicators", Rule.LWW, QT_TRANSLATE_NOOP("Records", "Indicator"),
    (Text("code", QT_TRANSLATE_NOOP("Field", "Code"), required=True, max=64),
     TITLE,
     # {"km": "...", "th": "..."}: the title in each language it was given in.
     Json("titles", QT_TRANSLATE_NOOP("Field", "Title in other languages"), shape="object",
          max_bytes=8_000, default="{}"),
     Code("area", INDICATOR_AREAS, QT_TRANSLATE_NOOP("Field", "Area"), context="Reports",
          default="surveys", message=QT_TRANSLATE_NOOP("Validation", "Choose the area.")),
     Text("description", QT_TRANSLATE_NOOP("Field", "Definition"), max=2000),
     Json("definition", QT_TRANSLATE_NOOP("Field", "What it counts"), shape="object",
          max_bytes=20_000, default="{}"),
     RETIRED),
    summary=("code", "title"),
    published=True)

# A value an indicator should reach (issue: indicators against targets), for a scope and a
# period. Headquarters sets them; every agency sees its own progress against them.
TARGETS = RecordType(
    "targets", Rule.LWW, QT_TRANSLATE_NOOP("Records", "Target"),
    (Text("indicator", QT_TRANSLATE_NOOP("Field", "Indicator"), required=True, max=64,
          message=QT_TRANSLATE_NOOP("Validation", "Choose the indicator.")),
     Code("scope", TARGET_SCOPES, QT_TRANSLATE_NOOP("Field", "Scope"), context="Network",
          default="programme", message=QT_TRANSLATE_NOOP(
              "Validation", "Choose programme, economy, agency or province.")),
     Text("scope_value", QT_TRANSLATE_NOOP("Field", "For"), max=200),
     Date("period_start", QT_TRANSLATE_NOOP("Field", "From")),
     Date("period_end", QT_TRANSLATE_NOOP("Field", "To")),
     Decimal("value", QT_TRANSLATE_NOOP("Field", "Target value"), min=0, max=1e12),
     Text("notes", QT_TRANSLATE_NOOP("Field", "Notes"), max=2000),
     Decimal("baseline", QT_TRANSLATE_NOOP("Field", "Baseline"), min=0, max=1e12),
     Date("baseline_on", QT_TRANSLATE_NOOP("Field", "Baseline date"))),
    summary=("indicator", "scope_value", "period_end"),
    published=True)

RESPONSES = RecordType(
    "survey_responses", Rule.APPEND, QT_TRANSLATE_NOOP("Records", "Survey response"),
    (Ref("form_ref", "forms", QT_TRANSLATE_NOOP("Field", "Form"), required=True),
     Text("form_id", QT_TRANSLATE_NOOP("Field", "Form id"), required=True),
     Text("form_version", QT_TRANSLATE_NOOP("Field", "Version"), max=100, default=""),
     Json("answers", QT_TRANSLATE_NOOP("Field", "Answers"), shape="object", max_bytes=2 << 20,
          default="{}"),
     Ref("sme_id", "smes", QT_TRANSLATE_NOOP("Field", "SME")),
     Ref("workshop_id", "workshops", QT_TRANSLATE_NOOP("Field", "Workshop")),
     Text("language", QT_TRANSLATE_NOOP("Field", "Language"), max=60),
     DateTime("started_at", QT_TRANSLATE_NOOP("Field", "Started")),
     DateTime("submitted_at", QT_TRANSLATE_NOOP("Field", "Submitted")),
     Ref("supersedes", "survey_responses", QT_TRANSLATE_NOOP("Field", "Corrects")),
     # The agency a response describes (a needs assessment of the support agencies).
     Text("about_agency", QT_TRANSLATE_NOOP("Field", "Agency"), max=64)),
    summary=("form_id", "submitted_at"))

# Made by headquarters when two edits of one field meet; a device only marks one resolved.
CONFLICTS = RecordType(
    "conflicts", Rule.LWW, QT_TRANSLATE_NOOP("Records", "Conflict"),
    (Text("tbl", QT_TRANSLATE_NOOP("Field", "Record type"), max=40, server_only=True, default=""),
     Text("record_id", QT_TRANSLATE_NOOP("Field", "Record"), max=64, server_only=True, default=""),
     Text("field", QT_TRANSLATE_NOOP("Field", "Field"), max=40, server_only=True, default=""),
     Json("winner_value", QT_TRANSLATE_NOOP("Field", "Kept value"), server_only=True),
     Integer("winner_hlc", server_only=True, min=0),
     Text("winner_device", max=64, server_only=True),
     Json("loser_value", QT_TRANSLATE_NOOP("Field", "Other value"), server_only=True),
     Integer("loser_hlc", server_only=True, min=0),
     Text("loser_device", max=64, server_only=True),
     Text("winner_user", max=200, server_only=True),
     Text("loser_user", max=200, server_only=True),
     Bool("resolved", QT_TRANSLATE_NOOP("Field", "Resolved"))),
    summary=("tbl", "field"))

REGISTRY = Registry([AGENCY_PROFILES, SECTORS, SMES, MODULES, WORKSHOPS, SESSIONS, PEOPLE,
                     PARTICIPANTS, ATTENDANCE, PROGRESS, SERVICES, PRESENCES, INQUIRIES, EVENTS,
                     FORMS, RESPONSES, INDICATORS, TARGETS, CONFLICTS])
