"""A Hypothesis state machine drives random commands against the virtual gateway -- send,
status, balance, payments, the clock, deletion, incoming messages and answers, callbacks
answered at random, jobs.php mailing lists sending their rounds on the clock, and a
users.php sub-account paid by the main account and sending from its own balance -- and
checks its invariants after every step:

- balances add up: the balance is the start, less what every accepted send and every
  mailing-list round cost, less what was paid to the sub-account, plus what was paid
  in; a send the balance cannot pay for is error 3 and costs nothing, a round it cannot
  pay for stops its list (status 3) and sends nothing, a payment it cannot make is
  error 10; the sub-account's balance is what it was paid less what it sent;
- a message's status only moves forward along the chain -1 -> 0 -> final (spec line
  971), whoever asks (status.php in any fmt, the gateway's own view);
- every stage produces exactly one callback: each status callback carries the stage its
  key names, none is accepted twice, and once the clock has run and the handler
  answered 200, every stage a message took -- and every incoming message -- was
  accepted exactly once (spec line 3602: the handler "will be called by the Server after
  each receipt of the delivery status").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

import smsc_proto as sp
from smsc_proto import commands as c
from smsc_proto.gateway import Faults, VirtualGateway
from smsc_proto.values import count_segments, parse_phone_list

from .virtual_support import SECRET, call, gateway

#: utf-8: an incoming message's text may hold any character (a windows-1251 handler
#: cannot be sent one it cannot encode; the gateway logs that and gives up at once).
HANDLER = sp.HandlerUrl.parse("https://mysite.ru/cb?charset=utf-8&md5=Kx-1&fmt=3")
START_BALANCE = Decimal("20.00")
PRICE = Decimal("1.50")
#: The third number ends its chain in 20 "Unable to deliver" (lines 1809, 1825).
PHONES = ("79999999999", "79990000000", "79991234567")
FINAL = {"79999999999": 1, "79990000000": 1, "79991234567": 20}
FAULTS = Faults(outcomes={"79991234567": (20, 1)})
#: The sub-account (users.php, type 0: its own balance at the main account's price).
SUB, SUB_PSW = "shop", "sub-pw-5"
#: A mailing list sends hourly (rpt=1, line 1071), rptn rounds.
HOUR = 3600.0
TEXT = st.text(
    st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")),
    min_size=1,
    max_size=90,
)


@dataclass
class Sent:
    """A message the model knows: its recipient, its gateway number and what it saw."""

    id: int
    phone: str
    int_id: int
    login: str = "alex"
    rank: int = 0
    deleted_at_rank: int | None = None

    @property
    def chain(self) -> list[int]:
        return [-1, 0, FINAL[self.phone]]

    def rank_of(self, status: int) -> int:
        assert status in self.chain, f"{self.id}/{self.phone}: status {status} is off its chain"
        return self.chain.index(status)


class VirtualMachine(RuleBasedStateMachine):
    """The gateway and a model of what it must show."""

    def __init__(self) -> None:
        super().__init__()
        self.virtual = gateway(handler=HANDLER, balance=START_BALANCE, price=PRICE, faults=FAULTS)
        self.balance = START_BALANCE
        self.sent: list[Sent] = []
        self.received: list[int] = []
        self.accepted: Counter[str] = Counter()
        #: job id -> (cost of one round, rounds asked for)
        self.jobs: dict[int, tuple[Decimal, int]] = {}
        self.sub_balance = Decimal("0.00")
        main = sp.Session("alex", SECRET, fmt=3, charset="utf-8")
        call(self.virtual, main, c.UsersAdd(user=SUB, password=SUB_PSW))

    def session(self, login: str, fmt: int) -> sp.Session:
        password = SECRET if login == "alex" else SUB_PSW
        return sp.Session(login, password, fmt=fmt, charset="utf-8")

    # -- commands -----------------------------------------------------------------------

    @rule(
        phones=st.lists(st.sampled_from(PHONES), min_size=1, max_size=3, unique=True),
        text=TEXT,
        fmt=st.sampled_from([0, 1, 2, 3]),
        cost=st.sampled_from([0, 2, 3]),
    )
    def send(self, phones: list[str], text: str, fmt: int, cost: int) -> None:
        price = PRICE * count_segments(text).parts * len(phones)
        command = c.Send(phones=parse_phone_list(",".join(phones)), mes=text, cost=cost)
        session = sp.Session("alex", SECRET, fmt=fmt, charset="utf-8")
        if price > self.balance - self._rounds_spent():
            with pytest.raises(sp.GatewayError) as refused:
                call(self.virtual, session, command)
            assert refused.value.code == 3
            return
        reply = call(self.virtual, session, command)
        self.balance -= price
        if cost == 3:
            assert reply.balance == self.balance - self._rounds_spent()
        self._adopt()

    @rule(
        phones=st.lists(st.sampled_from(PHONES), min_size=1, max_size=3, unique=True),
        text=TEXT,
        rounds=st.integers(1, 3),
        fmt=st.sampled_from([0, 1, 2, 3]),
    )
    def add_job(self, phones: list[str], text: str, rounds: int, fmt: int) -> None:
        # Lines 1035-1079: a mailing list sends its first round now and then every hour,
        # rptn rounds; each round is billed like a send of its messages.
        per_round = PRICE * count_segments(text).parts * len(phones)
        phone_list = parse_phone_list(",".join(phones))
        command = c.JobsAdd(name="list", phones=phone_list, mes=text, rpt=1, rptn=rounds)
        reply = call(self.virtual, self.session("alex", fmt), command)
        self.jobs[reply.id] = (per_round, rounds)
        self._adopt()

    @precondition(lambda self: self.jobs)
    @rule(data=st.data(), fmt=st.sampled_from([0, 1, 2, 3]))
    def cancel_job(self, data: st.DataObject, fmt: int) -> None:
        job_id = data.draw(st.sampled_from(sorted(self.jobs)))
        waiting = self._job(job_id).status == 0
        command = c.JobsCancel(id=job_id)
        if waiting:
            call(self.virtual, self.session("alex", fmt), command)
            assert self._job(job_id).status == 2
        else:
            # Line 1039: only a list "that is waiting to be sent" is disabled.
            with pytest.raises(sp.GatewayError):
                call(self.virtual, self.session("alex", fmt), command)

    @rule(
        amount=st.one_of(st.integers(-5, -1), st.integers(1, 30)),
        fmt=st.sampled_from([0, 1, 2, 3]),
    )
    def pay_sub(self, amount: int, fmt: int) -> None:
        # Line 2285: "The amount transferred to the client from the main account"; a
        # negative one takes money back. Line 2424: "10 Insufficient funds".
        command = c.UsersPay(user=SUB, sum=Decimal(amount))
        available = self.balance - self._rounds_spent()
        if amount > available or self.sub_balance + amount < 0:
            with pytest.raises(sp.GatewayError) as refused:
                call(self.virtual, self.session("alex", fmt), command)
            assert refused.value.code == 10
            return
        call(self.virtual, self.session("alex", fmt), command)
        self.balance -= amount
        self.sub_balance += amount

    @rule(
        phones=st.lists(st.sampled_from(PHONES), min_size=1, max_size=2, unique=True),
        text=TEXT,
        fmt=st.sampled_from([0, 1, 2, 3]),
    )
    def sub_send(self, phones: list[str], text: str, fmt: int) -> None:
        # Lines 2289-2290: type 0 spends its own balance, at its plan's price (plan 0:
        # the main account's).
        price = PRICE * count_segments(text).parts * len(phones)
        command = c.Send(phones=parse_phone_list(",".join(phones)), mes=text, cost=3)
        if price > self.sub_balance:
            with pytest.raises(sp.GatewayError) as refused:
                call(self.virtual, self.session(SUB, fmt), command)
            assert refused.value.code == 3
            return
        reply = call(self.virtual, self.session(SUB, fmt), command)
        self.sub_balance -= price
        assert reply.balance == self.sub_balance
        self._adopt()

    @precondition(lambda self: self.sent)
    @rule(data=st.data(), fmt=st.sampled_from([0, 1, 2, 3]), level=st.sampled_from([0, 1, 2]))
    def status(self, data: st.DataObject, fmt: int, level: int) -> None:
        message = data.draw(st.sampled_from(self.sent))
        query = c.StatusQuery(phone=parse_phone_list(message.phone), id=message.id, all=level)
        session = self.session(message.login, fmt)
        if fmt in (0, 1) and level > 0:
            # A text that holds the separators of a fmt=0/1 line with all=1/2 may not be
            # writable there: then error 1, never a misread line.
            reply = _status_or_error_1(self.virtual, session, query)
            if reply is None:
                return
        else:
            reply = call(self.virtual, session, query)
        if message.deleted_at_rank is not None:
            assert reply.status == -3
            return
        self._saw(message, reply.status)

    @rule(fmt=st.sampled_from([0, 1, 2, 3]), cur=st.booleans())
    def check_balance(self, fmt: int, cur: bool) -> None:
        reply = call(self.virtual, sp.Session("alex", SECRET, fmt=fmt), c.Balance(cur=cur))
        assert reply.balance == self.balance - self._rounds_spent()
        sub = call(self.virtual, self.session(SUB, fmt), c.Balance(cur=cur))
        assert sub.balance == self.sub_balance

    @rule(amount=st.integers(1, 30))
    def pay(self, amount: int) -> None:
        self.balance += amount
        assert self.virtual.pay("alex", Decimal(amount)) == self.balance - self._rounds_spent()

    @rule(seconds=st.sampled_from([0.5, 1.0, 2.0, 240.0, HOUR]))
    def advance(self, seconds: float) -> None:
        self.virtual.advance(seconds)
        self._adopt()

    @precondition(lambda self: any(m.deleted_at_rank is None for m in self.sent))
    @rule(data=st.data(), fmt=st.sampled_from([0, 1, 2, 3]))
    def delete(self, data: st.DataObject, fmt: int) -> None:
        message = data.draw(st.sampled_from([m for m in self.sent if m.deleted_at_rank is None]))
        self._check_messages()
        command = c.StatusDelete(phone=parse_phone_list(message.phone), id=message.id)
        call(self.virtual, self.session(message.login, fmt), command)
        message.deleted_at_rank = message.rank

    @rule(text=TEXT, reply=st.booleans(), data=st.data())
    def incoming(self, text: str, reply: bool, data: st.DataObject) -> None:
        alive = [m for m in self.sent if m.deleted_at_rank is None]
        if reply and alive:
            message = data.draw(st.sampled_from(alive))
            number = self.virtual.inject_reply(
                login=message.login, id=message.id, phone=message.phone, mes=text
            )
        else:
            number = self.virtual.inject_incoming(
                login="alex", phone="79995550000", to="79001", mes=text
            )
        self.received.append(number)
        listed = call(self.virtual, self.session("alex", 3), c.GetAnswers(hour=168))
        mine = call(self.virtual, self.session(SUB, 3), c.GetAnswers(hour=168))
        assert sorted(m.id for m in [*listed, *mine]) == self.received
        assert text in {m.message for m in [*listed, *mine] if m.id == number}

    @rule(answers=st.lists(st.sampled_from([200, 404, 500, 503, None]), min_size=1, max_size=8))
    def deliver(self, answers: list[int | None]) -> None:
        self._deliver(answers)

    # -- invariants ---------------------------------------------------------------------

    @invariant()
    def balances_add_up(self) -> None:
        assert self.virtual.balance("alex") == self.balance - self._rounds_spent()
        assert self.virtual.balance(SUB) == self.sub_balance

    @invariant()
    def statuses_move_forward(self) -> None:
        self._check_messages()

    @invariant()
    def no_callback_accepted_twice(self) -> None:
        assert all(count == 1 for count in self.accepted.values()), self.accepted

    def teardown(self) -> None:
        # No round after this: disable the lists still waiting.
        for job_id in self.jobs:
            if self._job(job_id).status == 0:
                call(self.virtual, self.session("alex", 3), c.JobsCancel(id=job_id))
        # Let every stage happen, then answer 200 until nothing is pending.
        self.virtual.advance(10)
        self._adopt()
        for _ in range(60):
            if not self.virtual.pending_callbacks():
                break
            self._deliver([200])
            self.virtual.advance(240)
        assert self.virtual.pending_callbacks() == 0
        self._check_messages()
        for message in self.sent:
            taken = (
                message.chain
                if message.deleted_at_rank is None
                else message.chain[: message.deleted_at_rank + 1]
            )
            prefix = f"status:{message.login}/{message.int_id:012d}:"
            got = sorted(int(k[len(prefix) :]) for k in self.accepted if k.startswith(prefix))
            assert got == sorted(taken), (message, got)
        incoming = sorted(
            int(k.rsplit("/", 1)[1]) for k in self.accepted if k.startswith("incoming:")
        )
        assert incoming == self.received
        assert sum(self.accepted.values()) == len(self.accepted)

    # -- helpers ------------------------------------------------------------------------

    def _saw(self, message: Sent, status: int) -> None:
        rank = message.rank_of(status)
        assert rank >= message.rank, f"{message}: went back to {status}"
        message.rank = rank

    def _job(self, job_id: int) -> Any:
        return call(self.virtual, self.session("alex", 3), c.JobsGet(id=job_id))

    def _rounds_spent(self) -> Decimal:
        """What the mailing lists' rounds cost so far; each list's cost is its rounds'."""
        spent = Decimal("0.00")
        for job_id, (per_round, rounds) in self.jobs.items():
            job = self._job(job_id)
            assert job.repeat_cnt <= rounds
            assert job.cost == per_round * job.repeat_cnt
            # 0 waiting, 1 every round sent, 2 cancelled, 3 a round found too little money.
            assert job.status in (0, 1, 2, 3)
            assert (job.status == 1) == (job.repeat_cnt == rounds)
            spent += job.cost
        return spent

    def _adopt(self) -> None:
        """Know every message the gateway filed (sends, rounds) and not yet known."""
        known = {m.int_id for m in self.sent}
        for message in self.virtual.messages:
            if message.int_id not in known:
                assert message.status in (-1, 0, FINAL[message.phone])
                self.sent.append(
                    Sent(
                        id=int(message.id),
                        phone=message.phone,
                        int_id=message.int_id,
                        login=message.login,
                    )
                )

    def _check_messages(self) -> None:
        stored = {(m.id, m.phone): m for m in self.virtual.messages}
        for message in self.sent:
            found = stored.get((message.id, message.phone))
            assert (found is None) == (message.deleted_at_rank is not None)
            if found is not None:
                self._saw(message, found.status)

    def _deliver(self, answers: list[int | None]) -> None:
        for n, delivery in enumerate(self.virtual.due_callbacks()):
            answer = answers[n % len(answers)]
            payload: Any = HANDLER.receive((), delivery.body, delivery.content_type)
            kind, _, rest = delivery.key.partition(":")
            if kind == "status":
                # The callback carries the stage its key names.
                assert payload.status == int(rest.rsplit(":", 1)[1])
            else:
                assert kind == "incoming"
                assert payload.id == int(rest.rsplit("/", 1)[1])
            self.virtual.delivered(delivery, status=answer)
            if answer in (200, 404):
                self.accepted[delivery.key] += 1


def _status_or_error_1(virtual: VirtualGateway, session: sp.Session, query: c.StatusQuery) -> Any:
    response = virtual.respond(session.prepare(query))
    try:
        return session.finish(query, response)
    except sp.GatewayError as error:
        if error.code == 1:
            return None
        raise


def test_virtual_gateway_state_machine() -> None:
    run_state_machine_as_test(
        VirtualMachine,
        settings=settings(
            max_examples=30,
            stateful_step_count=20,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
