"""The virtual gateway's tariff table: countries, operators, their codes and prices (private).

Spec (line 3275-3285): ``get.php?get_price=1`` lists "tariff zone[s]" with "the cost of
SMS when sending via the API", "via your personal account", "of an MMS message", "of
an HLR request", "of a voice message (call)", then the "individual tariffs for certain
operators" by ``mccmnc`` and "the cost of an e-mail message". The same table prices
every send (``cost=1`` asks it, line 40) and names the operator of a number (``op=1``'s
``mccmnc``, line 315; ``info.php``, lines 3361-3367; an HLR request's ``mcc``/``mnc``,
lines 1769-1772).

The numbers are the emulator's, not SMSC's price list. Russia and the CIS are tabled by
country and by the mobile codes (DEF codes) each operator was first given; a number
ported to another operator is not modelled. Every other number is in the zone "Other
countries", which has no operator.

Countries (:data:`COUNTRIES`; prices in roubles; ``call`` is per started minute):

====  ============  ========  ===  ======  ====  =====  =====  ====  =====  ====
zone  country       codes     mcc  digits  tz    api    mass   mms   hlr    call
====  ============  ========  ===  ======  ====  =====  =====  ====  =====  ====
1     Russia        7         250  11      0     3.50   3.50   8.00  0.20   2.50
2     Ukraine       380       255  12      -1    5.20   5.20   -     0.40   9.00
3     Belarus       375       257  12      0     5.60   5.60   -     0.40   9.00
4     Kazakhstan    76, 77    401  11      2     4.10   4.10   -     0.40   7.50
5     Uzbekistan    998       434  12      2     4.90   4.90   -     0.40   8.00
6     Kyrgyzstan    996       437  12      3     4.90   4.90   -     0.40   8.00
7     Tajikistan    992       436  12      2     5.80   5.80   -     0.40   9.00
8     Armenia       374       283  11      1     5.40   5.40   -     0.40   9.00
9     Azerbaijan    994       400  12      1     6.30   6.30   -     0.40   9.50
10    Moldova       373       259  11      -1    5.90   5.90   -     0.40   9.00
0     Other         (any)     -    8..15   0     7.50   7.50   -     0.60   15.00
====  ============  ========  ===  ======  ====  =====  =====  ====  =====  ====

``digits`` is the length of a number with its country code ("Invalid phone number
format", error 7, for any other length); ``tz`` is the hours of the capital from Moscow
(the ``info.php`` ``tz``; the spec gives no reference, send.php's ``tz`` is counted
from Moscow, line 67). A zone without ``mms`` prices an MMS as ``mms_other``.

Operators (:data:`OPERATORS`; ``sms`` is the individual SMS tariff that replaces the
zone's ``api``, the ``codes`` of get_price; a row without ``mnc`` is fixed lines, which
take calls but no SMS):

=============  ==============  ===  ===  ===================================  =====
country        operator        mcc  mnc  prefixes                             sms
=============  ==============  ===  ===  ===================================  =====
Russia         MTS             250  01   7910-7919, 7980-7989                 3.90
Russia         MegaFon         250  02   7920-7939                            3.70
Russia         Yota            250  11   7999                                 -
Russia         Tele2           250  20   7900-7902, 7904, 7908, 7950-7953,    3.60
                                         7958, 7977, 7991-7996
Russia         Beeline         250  99   7903, 7905, 7906, 7909, 7960-7969    3.80
Russia         (fixed line)    250  -    7495, 7499, 7812, 7800               -
Ukraine        Vodafone UA     255  01   38050, 38066, 38095, 38099           -
Ukraine        Kyivstar        255  03   38067, 38068, 38096, 38097, 38098    -
Ukraine        lifecell        255  06   38063, 38073, 38093                  -
Belarus        A1              257  01   37544                                -
Belarus        MTS BY          257  02   37533                                -
Belarus        life:)          257  04   37525                                -
Kazakhstan     Beeline KZ      401  01   7705, 7771, 7776, 7777               -
Kazakhstan     Kcell           401  02   7701, 7702, 7775, 7778               -
Kazakhstan     Tele2 KZ        401  77   7707, 7747                           -
Uzbekistan     Beeline UZ      434  04   99890, 99891                         -
Uzbekistan     Ucell           434  05   99893, 99894                         -
Kyrgyzstan     Beeline KG      437  01   99677                                -
Kyrgyzstan     MegaCom         437  05   99655                                -
Tajikistan     Tcell           436  02   99292, 99293                         -
Armenia        Team            283  01   37491, 37499                         -
Azerbaijan     Azercell        400  01   99450, 99451                         -
Moldova        Orange MD       259  01   37369                                -
=============  ==============  ===  ===  ===================================  =====

Other message kinds cost the same everywhere (:data:`KIND_PRICES`): e-mail 0.30 (the
``mail`` of get_price), Viber 1.20, WhatsApp 1.80, Telegram (``bot``) 0.90, ``soc``
1.50, an MMS outside a zone with an ``mms`` price 12.00.

A number is read as the gateway's "automatic formatting" does (line 47: "If the number
is passed without the "+" sign, it can be corrected"): without ``+``, an 11-digit
number starting with ``8`` is the Russian trunk prefix, read as ``7``. The longest
matching prefix wins (Kazakhstan's ``77`` over Russia's ``7``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from .._scripts.get import GetPriceCode, GetPriceReply, GetPriceZone

__all__ = [
    "COUNTRIES",
    "KIND_PRICES",
    "OPERATORS",
    "OTHER",
    "Country",
    "Operator",
    "Route",
    "price_list",
    "route",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class Country:
    """One tariff zone: a country (or "Other countries") and its prices.

    Args:
        zone: The get_price zone number.
        name: The country's name.
        codes: Its country codes (digits); empty for "Other countries".
        mcc: Its mobile country code ("" for "Other countries").
        digits: The lengths a number of it may have, country code included.
        tz: Hours of its capital from Moscow.
        api: An SMS part sent through the API.
        mass: An SMS part sent from the personal account.
        mms: An MMS (``None``: :data:`KIND_PRICES` ``mms_other``).
        hlr: An HLR request.
        call: A voice message, per started minute.
    """

    zone: int
    name: str
    codes: tuple[str, ...]
    mcc: str
    digits: tuple[int, int]
    tz: int
    api: Decimal
    mass: Decimal
    mms: Decimal | None
    hlr: Decimal
    call: Decimal


@dataclass(frozen=True, slots=True, kw_only=True)
class Operator:
    """One operator of a tabled country: its numbers and its own SMS tariff.

    Args:
        country: The zone number of its country.
        name: The operator's name (``""`` for fixed lines).
        mnc: Its mobile network code (``""`` for fixed lines, which take no SMS).
        prefixes: The number prefixes (country code included) it was given.
        sms: Its individual SMS price (``None``: the zone's ``api``).
    """

    country: int
    name: str
    mnc: str
    prefixes: tuple[str, ...]
    sms: Decimal | None = None

    @property
    def takes_sms(self) -> bool:
        """Whether the number receives SMS (fixed lines do not)."""
        return bool(self.mnc)


def _span(first: int, last: int) -> tuple[str, ...]:
    return tuple(str(n) for n in range(first, last + 1))


def _d(text: str) -> Decimal:
    return Decimal(text)


#: The zone of every number no tabled country claims.
OTHER: Final = Country(
    zone=0,
    name="Other countries",
    codes=(),
    mcc="",
    digits=(8, 15),
    tz=0,
    api=_d("7.50"),
    mass=_d("7.50"),
    mms=None,
    hlr=_d("0.60"),
    call=_d("15.00"),
)


_Row = tuple[int, str, tuple[str, ...], str, int, int]
_Prices = tuple[str, str, str | None, str, str]


def _country(row: _Row, prices: _Prices) -> Country:
    zone, name, codes, mcc, digits, tz = row
    api, mass, mms, hlr, call = prices
    return Country(
        zone=zone,
        name=name,
        codes=codes,
        mcc=mcc,
        digits=(digits, digits),
        tz=tz,
        api=_d(api),
        mass=_d(mass),
        mms=None if mms is None else _d(mms),
        hlr=_d(hlr),
        call=_d(call),
    )


#: The tabled countries (the module docstring's first table), by zone number.
COUNTRIES: Final = (
    _country((1, "Russia", ("7",), "250", 11, 0), ("3.50", "3.50", "8.00", "0.20", "2.50")),
    _country((2, "Ukraine", ("380",), "255", 12, -1), ("5.20", "5.20", None, "0.40", "9.00")),
    _country((3, "Belarus", ("375",), "257", 12, 0), ("5.60", "5.60", None, "0.40", "9.00")),
    _country((4, "Kazakhstan", ("76", "77"), "401", 11, 2), ("4.10", "4.10", None, "0.40", "7.50")),
    _country((5, "Uzbekistan", ("998",), "434", 12, 2), ("4.90", "4.90", None, "0.40", "8.00")),
    _country((6, "Kyrgyzstan", ("996",), "437", 12, 3), ("4.90", "4.90", None, "0.40", "8.00")),
    _country((7, "Tajikistan", ("992",), "436", 12, 2), ("5.80", "5.80", None, "0.40", "9.00")),
    _country((8, "Armenia", ("374",), "283", 11, 1), ("5.40", "5.40", None, "0.40", "9.00")),
    _country((9, "Azerbaijan", ("994",), "400", 12, 1), ("6.30", "6.30", None, "0.40", "9.50")),
    _country((10, "Moldova", ("373",), "259", 11, -1), ("5.90", "5.90", None, "0.40", "9.00")),
)

#: The tabled operators (the module docstring's second table).
OPERATORS: Final = (
    Operator(
        country=1,
        name="MTS",
        mnc="01",
        prefixes=(*_span(7910, 7919), *_span(7980, 7989)),
        sms=_d("3.90"),
    ),
    Operator(country=1, name="MegaFon", mnc="02", prefixes=_span(7920, 7939), sms=_d("3.70")),
    Operator(country=1, name="Yota", mnc="11", prefixes=("7999",)),
    Operator(
        country=1,
        name="Tele2",
        mnc="20",
        prefixes=(
            *_span(7900, 7902),
            "7904",
            "7908",
            *_span(7950, 7953),
            "7958",
            "7977",
            *_span(7991, 7996),
        ),
        sms=_d("3.60"),
    ),
    Operator(
        country=1,
        name="Beeline",
        mnc="99",
        prefixes=("7903", "7905", "7906", "7909", *_span(7960, 7969)),
        sms=_d("3.80"),
    ),
    # Moscow (495, 499), Saint Petersburg (812) and the free-phone code 800.
    Operator(country=1, name="", mnc="", prefixes=("7495", "7499", "7812", "7800")),
    Operator(
        country=2, name="Vodafone UA", mnc="01", prefixes=("38050", "38066", "38095", "38099")
    ),
    Operator(
        country=2,
        name="Kyivstar",
        mnc="03",
        prefixes=("38067", "38068", "38096", "38097", "38098"),
    ),
    Operator(country=2, name="lifecell", mnc="06", prefixes=("38063", "38073", "38093")),
    Operator(country=3, name="A1", mnc="01", prefixes=("37544",)),
    Operator(country=3, name="MTS BY", mnc="02", prefixes=("37533",)),
    Operator(country=3, name="life:)", mnc="04", prefixes=("37525",)),
    Operator(country=4, name="Beeline KZ", mnc="01", prefixes=("7705", "7771", "7776", "7777")),
    Operator(country=4, name="Kcell", mnc="02", prefixes=("7701", "7702", "7775", "7778")),
    Operator(country=4, name="Tele2 KZ", mnc="77", prefixes=("7707", "7747")),
    Operator(country=5, name="Beeline UZ", mnc="04", prefixes=("99890", "99891")),
    Operator(country=5, name="Ucell", mnc="05", prefixes=("99893", "99894")),
    Operator(country=6, name="Beeline KG", mnc="01", prefixes=("99677",)),
    Operator(country=6, name="MegaCom", mnc="05", prefixes=("99655",)),
    Operator(country=7, name="Tcell", mnc="02", prefixes=("99292", "99293")),
    Operator(country=8, name="Team", mnc="01", prefixes=("37491", "37499")),
    Operator(country=9, name="Azercell", mnc="01", prefixes=("99450", "99451")),
    Operator(country=10, name="Orange MD", mnc="01", prefixes=("37369",)),
)

#: The prices of the kinds no zone prices (per message and recipient).
KIND_PRICES: Final = {
    "mail": _d("0.30"),
    "viber": _d("1.20"),
    "whatsapp": _d("1.80"),
    "bot": _d("0.90"),
    "soc": _d("1.50"),
    "mms_other": _d("12.00"),
}

_BY_ZONE: Final = {country.zone: country for country in COUNTRIES}


def _prefix_table() -> dict[str, Country | Operator]:
    table: dict[str, Country | Operator] = {}
    for country in COUNTRIES:
        for code in country.codes:
            table[code] = country
    for operator in OPERATORS:
        for prefix in operator.prefixes:
            table[prefix] = operator
    return table


_PREFIXES: Final = _prefix_table()
_LONGEST: Final = max(len(prefix) for prefix in _PREFIXES)


@dataclass(frozen=True, slots=True, kw_only=True)
class Route:
    """Where a number goes: its country (zone) and operator, as the table says.

    Args:
        number: The number's digits, as the gateway reads them (``8`` -> ``7``).
        country: Its zone (:data:`OTHER` when no tabled country claims it).
        operator: Its operator, or ``None`` (an untabled prefix or country).
    """

    number: str
    country: Country
    operator: Operator | None

    @property
    def mcc(self) -> str:
        """The mobile country code (``""`` outside the table)."""
        return self.country.mcc

    @property
    def mnc(self) -> str:
        """The mobile network code (``""`` without a mobile operator)."""
        return "" if self.operator is None else self.operator.mnc

    @property
    def mccmnc(self) -> str:
        """``mcc`` + ``mnc`` (line 315), or ``""`` without a mobile operator."""
        return self.mcc + self.mnc if self.mnc else ""

    @property
    def operator_name(self) -> str:
        """The operator's name (``""`` when there is none)."""
        return "" if self.operator is None else self.operator.name

    @property
    def valid_length(self) -> bool:
        """Whether the number has a length its country's numbers have (else error 7)."""
        low, high = self.country.digits
        return low <= len(self.number) <= high

    @property
    def takes_sms(self) -> bool:
        """Whether SMS reach it (fixed lines take none: error 8)."""
        return self.operator is None or self.operator.takes_sms

    def sms_price(self, flat: Decimal | None) -> Decimal:
        """One SMS part to it: ``flat`` when the gateway has one, else the operator's
        individual tariff, else the zone's ``api``."""
        if flat is not None:
            return flat
        if self.operator is not None and self.operator.sms is not None:
            return self.operator.sms
        return self.country.api


def route(phone: str) -> Route:
    """The route of ``phone`` (``[+]digits``) by the longest prefix of the table.

    Line 47: "If the number is passed without the "+" sign, it can be corrected by
    automatic formatting": an 11-digit ``8...`` without ``+`` is read as ``7...``.
    """
    plus = phone.startswith("+")
    number = phone[1:] if plus else phone
    if not plus and len(number) == 11 and number.startswith("8"):
        number = "7" + number[1:]
    for size in range(min(_LONGEST, len(number)), 0, -1):
        found = _PREFIXES.get(number[:size])
        if isinstance(found, Operator):
            return Route(number=number, country=_BY_ZONE[found.country], operator=found)
        if found is not None:
            return Route(number=number, country=found, operator=None)
    return Route(number=number, country=OTHER, operator=None)


def _codes(flat: Decimal | None) -> Iterator[GetPriceCode]:
    if flat is not None:
        return
    for operator in OPERATORS:
        if operator.sms is not None:
            mcc = _BY_ZONE[operator.country].mcc
            yield GetPriceCode(mccmnc=mcc + operator.mnc, cost=operator.sms)


def price_list(flat: Decimal | None) -> GetPriceReply:
    """The table as ``get.php?get_price=1`` lists it (lines 3216-3285).

    With a ``flat`` SMS price (``VirtualGateway(price=...)``) every zone's ``api`` and
    ``mass`` are it and no operator has an individual tariff.
    """
    zones = tuple(
        GetPriceZone(
            zone=country.zone,
            name=country.name,
            api=country.api if flat is None else flat,
            mass=country.mass if flat is None else flat,
            mms=KIND_PRICES["mms_other"] if country.mms is None else country.mms,
            hlr=country.hlr,
            call=country.call,
        )
        for country in (*COUNTRIES, OTHER)
    )
    codes = tuple(_codes(flat))
    return GetPriceReply(zones=zones, codes=codes or None, mail=KIND_PRICES["mail"])
