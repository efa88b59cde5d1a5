"""Every fuzz seed satisfies its harness's invariant (run without atheris)."""

from __future__ import annotations

from pathlib import Path

import pytest

import smsc_proto as sp

CORPUS = Path(__file__).resolve().parent.parent / "fuzz" / "corpus" / "fuzz_request"
CONTENT_TYPES = (
    None,
    sp.FORM_CONTENT_TYPE,
    "multipart/form-data; boundary=x",
    "application/json",
)


@pytest.mark.parametrize("seed", sorted(CORPUS.iterdir()), ids=lambda p: p.name)
def test_request_seed(seed: Path) -> None:
    data = seed.read_bytes()
    content_type = CONTENT_TYPES[data[0] % len(CONTENT_TYPES)]
    url, _, body = data[1:].partition(b"\n\n")
    # The spec's seeds are all well-formed requests.
    request = sp.Request.from_url(b"/sys/send.php?" + url, body or None, content_type)
    again = sp.Request.from_url(request.to_url(unencodable=sp.Unencodable.UTF8))
    assert again == request.encodable(sp.Unencodable.UTF8)
