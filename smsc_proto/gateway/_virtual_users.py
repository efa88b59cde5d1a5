"""The virtual gateway's ``users.php``: sub-clients, their money and statistics (private).

Spec (lines 2267-2273): "Create a subclient", "Change the settings of the subclient",
"The change in the balance subclient", "Obtaining statistics". A sub-client is an
account of its own: it logs in with ``user`` and ``password`` (its ``account`` record
holds the password's digest), and sends, pays and spends as its type says (lines
2289-2294, ``_virtual_accounts``): its own balance and currency, or its main account's.

===================  ==============================  =========================================
kind                 key                             record
===================  ==============================  =========================================
``account``          the sub-client's login          as a main account's, plus ``parent``,
                                                     ``type``, ``shares_balance``, ``tariff``,
                                                     ``currency``, ``user_id``, ``ebalance``
``subclient``        ``owner/user_id`` (10 digits)   id, owner, login, every login it had,
                                                     created, the settings as sent
``subclient.login``  a login a sub-client has or     owner, id, whether it is the current one
                     had
``subclient.pay``    ``user_id/n`` (10/12 digits)    one ``pay=1``: time, amount in the
                                                     sub-client's and the main currency,
                                                     whether it was the electronic balance
===================  ==============================  =========================================

Logins are never reused: a login a sub-client had (``new_login``) stays taken, so the
messages filed under it stay that sub-client's.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Final

from .._errors import GatewayError
from .._scripts.users import (
    USERS_ERRORS,
    UsersAdd,
    UsersAddReply,
    UsersChange,
    UsersGetStat,
    UsersGetStatAll,
    UsersGetStatAllReply,
    UsersGetStatReply,
    UsersOkReply,
    UsersPay,
)
from ._clock import moscow
from ._context import Context
from ._gateway import Gateway
from ._store import JSON, Record, Transaction, dump_money, dump_time, load_money, load_time
from ._virtual_accounts import CURRENCIES, SHARES_BALANCE, convert
from ._virtual_state import ACCOUNT, MESSAGE, VirtualState, handles, load_message, secret_digest
from ._windows import RATE_LIMITS, admit

__all__ = [
    "PAYMENT",
    "SUBCLIENT",
    "SUBCLIENT_LOGIN",
    "SubClient",
    "find_subclient",
    "register",
    "users_error",
]

SUBCLIENT: Final = "subclient"
SUBCLIENT_LOGIN: Final = "subclient.login"
PAYMENT: Final = "subclient.pay"
_CENTS: Final = Decimal("0.01")
_ZERO: Final = Decimal("0.00")
#: The request parameters that are not settings of the sub-client (credentials, the
#: selector, how to answer, and what the handler reads itself).
_NOT_SETTINGS: Final = frozenset(
    {"login", "psw", "apikey", "fmt", "charset", "add", "chg", "user", "password", "pswc"}
    | {"new_login", "site_id"}
)
#: Spec (line 2352): "fl[28] Prohibit subaccount payments."
_NO_PAYMENTS: Final = "fl[28]"


def users_error(code: int, detail: str | None = None) -> GatewayError:
    """Error ``code`` of users.php (lines 2413-2424), with ``detail`` when given."""
    description = USERS_ERRORS[code]
    if detail is not None:
        description = f"{description.rstrip('.')}: {detail}."
    return GatewayError(code, description)


@dataclass(frozen=True, slots=True, kw_only=True)
class SubClient:
    """A sub-client as the store keeps it (``subclient`` + ``account`` records).

    Args:
        id: The ``user_id`` the gateway assigned (line 2303).
        owner: The login of its main account.
        login: Its login now.
        logins: Every login it had, the current one included.
        type: Its account type 0..4 (lines 2289-2294).
        currency: The three-letter code of its currency.
    """

    id: int
    owner: str
    login: str
    logins: tuple[str, ...]
    type: int
    currency: str

    @property
    def shares_balance(self) -> bool:
        """Whether it spends its main account's balance (types 2, 3, 4)."""
        return self.type in SHARES_BALANCE


def _key(owner: str, user_id: int) -> str:
    return f"{owner}/{user_id:010d}"


def _load(tx: Transaction, owner: str, user_id: int) -> SubClient | None:
    record = tx.get(SUBCLIENT, _key(owner, user_id))
    if record is None:
        return None
    login = str(record["login"])
    account = tx.get(ACCOUNT, login) or {}
    logins = record.get("logins")
    kind = account.get("type")
    return SubClient(
        id=user_id,
        owner=owner,
        login=login,
        logins=tuple(str(n) for n in logins) if isinstance(logins, list) else (login,),
        type=kind if isinstance(kind, int) else 0,
        currency=str(account.get("currency", "RUB")),
    )


def find_subclient(
    tx: Transaction, owner: str, *, user: str | None = None, user_id: int | None = None
) -> SubClient | None:
    """``owner``'s sub-client named by its current login or by its id, or ``None``."""
    if user_id is not None:
        return _load(tx, owner, user_id)
    if user is None:
        return None
    index = tx.get(SUBCLIENT_LOGIN, user)
    if index is None or index.get("owner") != owner or index.get("current") is not True:
        return None
    number = index.get("id")
    return _load(tx, owner, number) if isinstance(number, int) else None


def _subclients(tx: Transaction, owner: str) -> Iterator[SubClient]:
    for key, _ in tx.scan(SUBCLIENT, prefix=f"{owner}/"):
        found = _load(tx, owner, int(key.rsplit("/", 1)[1]))
        if found is not None:
            yield found


def _settings(ctx: Context[str]) -> dict[str, JSON]:
    # Every setting is kept as sent (lines 2286-2390), so that nothing the request
    # named is lost; the handler acts on type, curr, tariff and the password itself.
    return {name: value for name, value in ctx.request.params.items() if name not in _NOT_SETTINGS}


def _admit(state: VirtualState, tx: Transaction, subject: str, now: datetime) -> None:
    # Line 2559: "not more than three requests within a minute to add a subclient or
    # change the same subclient" -- keyed by the account, or by the sub-client changed.
    if state.faults.rate_limits and not admit(tx, RATE_LIMITS["users"], subject, now):
        raise users_error(9)


def _taken(tx: Transaction, login: str) -> bool:
    return tx.get(ACCOUNT, login) is not None or tx.get(SUBCLIENT_LOGIN, login) is not None


def _money_fields(
    state: VirtualState, tx: Transaction, owner: str, kind: int, curr: int | None
) -> Record:
    """The ``account`` fields a sub-client's type and currency give it."""
    shares = kind in SHARES_BALANCE
    # A shared balance is counted in the main account's currency; an own one in curr
    # (line 2320: "The currency of the sub-client's calculations"), roubles by default.
    currency = state.currency_of(tx, state.payer(tx, owner)) if shares else CURRENCIES[curr or 1]
    return {"type": kind, "shares_balance": shares, "currency": currency}


def register(gateway: Gateway[str], state: VirtualState) -> None:
    """Register the handlers of ``users.php`` on ``gateway``."""

    @handles(gateway, UsersAdd)
    def add(command: UsersAdd, ctx: Context[str]) -> UsersAddReply:
        """add=1: a new sub-client, an account that logs in with user + password."""
        user, password = str(command.user), str(command.password)
        with state.store.transaction() as tx:
            _admit(state, tx, ctx.account, ctx.now)
            if _taken(tx, user):
                raise users_error(8, f"the login {user!r} is taken")
            user_id = tx.next_id(SUBCLIENT)
            kind = command.type or 0
            account: Record = {
                "balance": dump_money(_ZERO),
                "ebalance": dump_money(_ZERO),
                "psw_sha256": secret_digest(password),
                "parent": ctx.account,
                "user_id": user_id,
                "tariff": command.tariff or 0,
                **_money_fields(state, tx, ctx.account, kind, command.curr),
            }
            tx.put(ACCOUNT, user, account)
            tx.put(
                SUBCLIENT,
                _key(ctx.account, user_id),
                {
                    "id": user_id,
                    "owner": ctx.account,
                    "login": user,
                    "logins": [user],
                    "created": dump_time(ctx.now),
                    "site_id": command.site_id,
                    "settings": _settings(ctx),
                },
            )
            tx.put(SUBCLIENT_LOGIN, user, {"owner": ctx.account, "id": user_id, "current": True})
        return UsersAddReply(id=user_id)

    @handles(gateway, UsersChange)
    def change(command: UsersChange, ctx: Context[str]) -> UsersOkReply:
        """chg=1: change the settings, the password, the login, type and currency."""
        with state.store.transaction() as tx:
            _admit(state, tx, f"{ctx.account}/{command.user}", ctx.now)
            found = find_subclient(tx, ctx.account, user=command.user)
            if found is None:
                raise users_error(6)
            account = tx.get(ACCOUNT, found.login) or {}
            if command.pswc is not None and account.get("psw_sha256") != secret_digest(
                command.pswc
            ):
                raise users_error(1, "pswc is not the sub-client's current password")
            if command.password is not None:
                account["psw_sha256"] = secret_digest(command.password)
            if command.tariff is not None:
                account["tariff"] = command.tariff
            if command.type is not None or command.curr is not None:
                kind = found.type if command.type is None else command.type
                curr = command.curr or _code_of(found.currency)
                fields = _money_fields(state, tx, ctx.account, kind, curr)
                if not found.shares_balance and fields["currency"] != found.currency:
                    # Its own money keeps its value in the new currency.
                    balance = load_money(account["balance"])
                    new = str(fields["currency"])
                    account["balance"] = dump_money(convert(balance, found.currency, new, _CENTS))
                account.update(fields)
            record = tx.get(SUBCLIENT, _key(ctx.account, found.id)) or {}
            login = found.login
            if command.new_login is not None and command.new_login != found.login:
                login = command.new_login
                if _taken(tx, login):
                    raise users_error(8, f"the login {login!r} is taken")
                tx.delete(ACCOUNT, found.login)
                tx.put(
                    SUBCLIENT_LOGIN,
                    found.login,
                    {"owner": ctx.account, "id": found.id, "current": False},
                )
                tx.put(
                    SUBCLIENT_LOGIN, login, {"owner": ctx.account, "id": found.id, "current": True}
                )
                record["logins"] = [*found.logins, login]
            settings = record.get("settings")
            merged = dict(settings) if isinstance(settings, dict) else {}
            merged.update(_settings(ctx))
            record.update(login=login, settings=merged, changed=dump_time(ctx.now))
            tx.put(SUBCLIENT, _key(ctx.account, found.id), record)
            tx.put(ACCOUNT, login, account)
        return UsersOkReply(result="OK")

    @handles(gateway, UsersPay)
    def pay(command: UsersPay, ctx: Context[str]) -> UsersOkReply:
        """pay=1: move money between the main account and a sub-client."""
        with state.store.transaction() as tx:
            _admit(state, tx, f"{ctx.account}/{command.user}", ctx.now)
            found = find_subclient(tx, ctx.account, user=command.user)
            if found is None:
                raise users_error(6)
            _pay(state, tx, ctx, found, command)
        return UsersOkReply(result="OK")

    @handles(gateway, UsersGetStat)
    def get_stat(command: UsersGetStat, ctx: Context[str]) -> list[UsersGetStatReply]:
        """get_stat=1: messages, credit and debit per sub-client."""
        with state.store.transaction() as tx:
            if command.user is not None or command.user_id is not None:
                one = find_subclient(tx, ctx.account, user=command.user, user_id=command.user_id)
                if one is None:
                    raise users_error(6)
                chosen = [one]
            else:
                # Lines 2304-2306: "0 or missing – sub-clients using the balance of the
                # main account. 1 – the subclient with independent balance."; balance2
                # (line 2286) asks for the shared ones' electronic balance.
                independent = bool(command.reseller) and not command.balance2
                chosen = [
                    s for s in _subclients(tx, ctx.account) if s.shares_balance != independent
                ]
            records = [_stat(state, tx, ctx.account, s, command) for s in chosen]
        if not records:
            raise users_error(3)
        return records

    @handles(gateway, UsersGetStatAll)
    def get_stat_all(command: UsersGetStatAll, ctx: Context[str]) -> list[UsersGetStatAllReply]:
        """get_stat_all=1: one row per sub-client and operation."""
        rows: list[UsersGetStatAllReply] = []
        with state.store.transaction() as tx:
            for sub in _subclients(tx, ctx.account):
                if sub.shares_balance == bool(command.reseller):
                    continue
                rows.extend(_stat_rows(state, tx, ctx.account, sub, command))
        if not rows:
            raise users_error(3)
        return rows


def _code_of(currency: str) -> int:
    return next(code for code, name in CURRENCIES.items() if name == currency)


def _pay(
    state: VirtualState, tx: Transaction, ctx: Context[str], sub: SubClient, command: UsersPay
) -> None:
    record = tx.get(SUBCLIENT, _key(ctx.account, sub.id)) or {}
    settings = record.get("settings")
    if isinstance(settings, dict) and settings.get(_NO_PAYMENTS) == "1":
        raise users_error(5, "payments to this sub-client are prohibited (fl[28])")
    if sub.shares_balance and not command.balance2:
        raise users_error(7)
    if command.balance2 and not sub.shares_balance:
        raise users_error(
            1, "balance2=1: only a sub-client sharing the main balance has an electronic one"
        )
    amount = Decimal(str(command.sum))
    main = state.payer(tx, ctx.account)
    main_currency = state.currency_of(tx, main)
    # Line 2285: "The amount transferred to the client from the main account in the
    # currency of the main account."
    credited = convert(amount, main_currency, sub.currency, _CENTS)
    account = tx.get(ACCOUNT, sub.login) or {}
    field = "ebalance" if command.balance2 else "balance"
    held = load_money(account.get(field, "0"))
    main_balance = state.balance(tx, main)
    # Line 2424: "10 Insufficient funds for crediting." -- on whichever side pays.
    if amount > main_balance or held + credited < 0:
        raise users_error(10)
    state.set_balance(tx, main, main_balance - amount)
    account[field] = dump_money(held + credited)
    tx.put(ACCOUNT, sub.login, account)
    number = tx.next_id(PAYMENT)
    tx.put(
        PAYMENT,
        f"{sub.id:010d}/{number:012d}",
        {
            "at": dump_time(ctx.now),
            "sum": dump_money(credited),
            "main_sum": dump_money(amount),
            "ebalance": bool(command.balance2),
        },
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class _Totals:
    sms: int
    spent: Decimal
    paid_in: Decimal
    paid_out: Decimal


def _in_period(when: datetime, start: date | None, end: date | None) -> bool:
    # Line 2301-2302: start and end are dates ('dd.mm.yyyy'), Moscow time; "If omitted,
    # data from the start date is returned."
    day = moscow(when).date()
    return (start is None or day >= start) and (end is None or day <= end)


def _totals(
    tx: Transaction, sub: SubClient, start: date | None, end: date | None, *, ebalance: bool
) -> _Totals:
    sms, spent = 0, _ZERO
    for login in sub.logins:
        for _, record in tx.scan(MESSAGE, prefix=f"{login}/"):
            message = load_message(record)
            if _in_period(message.sent_at, start, end):
                sms += message.parts
                spent += message.cost
    paid_in, paid_out = _ZERO, _ZERO
    for _, record in tx.scan(PAYMENT, prefix=f"{sub.id:010d}/"):
        if record.get("ebalance") is not ebalance:
            continue
        if _in_period(load_time(record["at"]), start, end):
            amount = load_money(record["sum"])
            if amount > 0:
                paid_in += amount
            else:
                paid_out -= amount
    return _Totals(sms=sms, spent=spent, paid_in=paid_in, paid_out=paid_out)


def _shown(
    state: VirtualState, tx: Transaction, owner: str, sub: SubClient, mycur: bool | None
) -> str:
    """The currency the statistics are written in."""
    if mycur:
        # Line 2310: "mycur - A flag that allows you to display statistics in the
        # currency of the main account."
        return state.currency_of(tx, state.payer(tx, owner))
    return sub.currency


def _stat(
    state: VirtualState, tx: Transaction, owner: str, sub: SubClient, command: UsersGetStat
) -> UsersGetStatReply:
    totals = _totals(tx, sub, command.start, command.end, ebalance=bool(command.balance2))
    currency = _shown(state, tx, owner, sub, command.mycur)
    # QUIRKS INC-30: the keys keep their names -- credit is what was paid in, debit
    # what was spent (messages) or taken back.
    return UsersGetStatReply(
        login=sub.login,
        sms=totals.sms,
        credit=convert(totals.paid_in, sub.currency, currency, _CENTS),
        debit=convert(totals.spent + totals.paid_out, sub.currency, currency, _CENTS),
        currency=currency,
    )


def _stat_rows(
    state: VirtualState,
    tx: Transaction,
    owner: str,
    sub: SubClient,
    command: UsersGetStatAll,
) -> list[UsersGetStatAllReply]:
    totals = _totals(tx, sub, command.start, command.end, ebalance=False)
    currency = _shown(state, tx, owner, sub, command.mycur)
    rows: list[UsersGetStatAllReply] = []
    # Virtual numbers belong to no operator: one SMS row with empty operator and mccmnc.
    for description, sms, credit, debit in (
        ("SMS", totals.sms, _ZERO, totals.spent),
        ("Payment", 0, totals.paid_in, totals.paid_out),
    ):
        if sms or credit or debit:
            rows.append(
                UsersGetStatAllReply(
                    login=sub.login,
                    description=description,
                    operator="",
                    mccmnc="",
                    sms=sms,
                    credit=convert(credit, sub.currency, currency, _CENTS),
                    debit=convert(debit, sub.currency, currency, _CENTS),
                    currency=currency,
                )
            )
    return rows
