"""Money rules of the virtual accounts: currencies, rates and tariff plans (private).

users.php lets a sub-client keep its own currency (spec lines 2320-2325: "curr - The
currency of the sub-client's calculations ... 1 – russian rouble; 2 – uS dollar (USD);
3 – euro; 4 – ukraine hryvnia; 5 – kazakhstan tenge.") and its own tariff plan (lines
2314-2318: "tariff - The current tariff plan ... 0 (default) - 1 tariff (from 1 p.). 1 –
2 tariff (from 1000 to p.). ... 8 – 9 tariff (from 100000 to p.)"). The spec gives no
exchange rates and no plan prices, so the virtual gateway fixes them here, documented in
docs/emulator.rst: main accounts count in roubles; :data:`RUB_PER_UNIT` converts; plan
``n`` costs ``5 * n`` per cent less than the gateway's price (a plan for bigger payments
is cheaper, as the spec's "from 1000 p." tiers imply).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Final

__all__ = [
    "CURRENCIES",
    "PRICE_PLACES",
    "RUB_PER_UNIT",
    "SHARES_BALANCE",
    "SHARES_TARIFF",
    "convert",
    "plan_price",
]

#: Spec (lines 2321-2325): ``curr`` code -> the three-letter code the statistics write
#: (line 2537: "<currency> - the three-character currency code subclient").
CURRENCIES: Final = {1: "RUB", 2: "USD", 3: "EUR", 4: "UAH", 5: "KZT"}
#: The emulator's fixed exchange table: roubles per unit of each currency.
RUB_PER_UNIT: Final = {
    "RUB": Decimal(1),
    "USD": Decimal(90),
    "EUR": Decimal(100),
    "UAH": Decimal("2.25"),
    "KZT": Decimal("0.18"),
}
#: Spec (lines 2289-2294): the account types whose balance is the main account's -- "2
#: – tariff and balance of the main account. 3 – main account balance, independent
#: pricing plan. 4 – additional login of the main account."
SHARES_BALANCE: Final = frozenset({2, 3, 4})
#: ... and those whose tariff is the main account's: "1 – main account tariff,
#: independent balance. 2 – tariff and balance of the main account. ... 4 – additional
#: login of the main account."
SHARES_TARIFF: Final = frozenset({1, 2, 4})
#: Prices keep four decimals (the reply codecs read money to four places).
PRICE_PLACES: Final = Decimal("0.0001")
_PLAN_STEP: Final = Decimal("0.05")


def convert(amount: Decimal, source: str, target: str, places: Decimal) -> Decimal:
    """``amount`` in ``source`` currency as ``target`` currency, rounded to ``places``."""
    if source == target:
        return amount.quantize(places, rounding=ROUND_HALF_UP)
    roubles = amount * RUB_PER_UNIT[source]
    return (roubles / RUB_PER_UNIT[target]).quantize(places, rounding=ROUND_HALF_UP)


def plan_price(base: Decimal, plan: int) -> Decimal:
    """The price of one SMS part on tariff plan ``plan`` (0..8), in roubles."""
    return (base * (1 - _PLAN_STEP * plan)).quantize(PRICE_PLACES, rounding=ROUND_HALF_UP)
