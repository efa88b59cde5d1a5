"""The hardened XML body loader: good bodies in every charset, every known attack refused."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

import smsc_proto as sp
from smsc_proto._charsets import CHARSETS
from smsc_proto._xmlsafe import MAX_BODY_BYTES, _new_parser, parse_xml

CORPUS = Path(__file__).resolve().parent.parent / "fuzz" / "corpus" / "fuzz_xmlsafe"
XI = "{http://www.w3.org/2001/XInclude}include"
DECL = '<?xml version="1.0" encoding="{}"?>\n'
BOM = b"\xef\xbb\xbf"
REPLY = "<result><id>1234</id><mes>Привет, мир</mes></result>"


def _billion_laughs() -> bytes:
    lines = ['<?xml version="1.0"?>', "<!DOCTYPE lolz [", ' <!ENTITY lol "lol">']
    for level in range(1, 10):
        previous = f"lol{level - 1}" if level > 1 else "lol"
        lines.append(f' <!ENTITY lol{level} "{f"&{previous};" * 10}">')
    lines += ["]>", "<lolz>&lol9;</lolz>"]
    return "\n".join(lines).encode()


BILLION_LAUGHS = _billion_laughs()
# Quadratic blowup: one 50 kB entity referenced 50 000 times (2.5 GB once expanded).
QUADRATIC = (
    b'<?xml version="1.0"?><!DOCTYPE kaboom [<!ENTITY a "'
    + b"a" * 50_000
    + b'">]><kaboom>'
    + b"&a;" * 50_000
    + b"</kaboom>"
)
XXE_FILE = (
    b'<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    b"<foo>&xxe;</foo>"
)
XXE_HTTP = b'<!DOCTYPE foo [<!ENTITY xxe SYSTEM "http://127.0.0.1:1/secret">]><foo>&xxe;</foo>'
EXTERNAL_DTD = b'<?xml version="1.0"?><!DOCTYPE foo SYSTEM "http://127.0.0.1:1/evil.dtd"><foo/>'
EXTERNAL_DTD_FILE = b'<!DOCTYPE passwd SYSTEM "file:///etc/passwd"><passwd/>'
PARAMETER_ENTITY = (
    b'<!DOCTYPE foo [<!ENTITY % pe SYSTEM "http://127.0.0.1:1/x.dtd"> %pe; %payload;]>'
    b"<foo>&exfil;</foo>"
)
PARAMETER_ENTITY_INLINE = b"<!DOCTYPE foo [<!ENTITY % a \"<!ENTITY b 'bbb'>\"> %a;]><foo>&b;</foo>"
XINCLUDE = (
    b'<root xmlns:xi="http://www.w3.org/2001/XInclude">'
    b'<xi:include href="file:///etc/passwd" parse="text"/>'
    b'<xi:include href="http://127.0.0.1:1/x.xml"/></root>'
)

# (body, request charset, expected root tag, expected text of <mes> or None).
GOOD: list[tuple[bytes, str, str, str | None]] = [
    # Each charset without a declaration: the request's charset applies.
    (REPLY.encode("cp1251"), "windows-1251", "result", "Привет, мир"),
    (REPLY.encode("koi8_r"), "koi8-r", "result", "Привет, мир"),
    (REPLY.encode("utf-8"), "utf-8", "result", "Привет, мир"),
    (REPLY.encode("utf-8"), "UTF-8", "result", "Привет, мир"),
    # A declaration without encoding: still the request's charset.
    (b'<?xml version="1.0"?>' + REPLY.encode("koi8_r"), "koi8-r", "result", "Привет, мир"),
    (
        b"<?xml version='1.0' standalone='yes' ?>" + REPLY.encode("cp1251"),
        "windows-1251",
        "result",
        "Привет, мир",
    ),
    # A declared encoding wins over the request's charset, in any case.
    ((DECL.format("utf-8") + REPLY).encode(), "windows-1251", "result", "Привет, мир"),
    ((DECL.format("UTF-8") + REPLY).encode(), "koi8-r", "result", "Привет, мир"),
    ((DECL.format("windows-1251") + REPLY).encode("cp1251"), "utf-8", "result", "Привет, мир"),
    ((DECL.format("Windows-1251") + REPLY).encode("cp1251"), "koi8-r", "result", "Привет, мир"),
    ((DECL.format("koi8-r") + REPLY).encode("koi8_r"), "utf-8", "result", "Привет, мир"),
    ((DECL.format("KOI8-R") + REPLY).encode("koi8_r"), "windows-1251", "result", "Привет, мир"),
    # A UTF-8 byte order mark, with and without a declaration.
    (BOM + REPLY.encode(), "utf-8", "result", "Привет, мир"),
    (BOM + (DECL.format("utf-8") + REPLY).encode(), "windows-1251", "result", "Привет, мир"),
    # Characters only utf-8 carries; character references.
    ("<r><mes>😀 ü</mes></r>".encode(), "utf-8", "r", "😀 ü"),
    (b"<r><mes>&#x1F600;&lt;&amp;&#1055;</mes></r>", "windows-1251", "r", "😀<&П"),
    # Attributes, CDATA, whitespace around the root; comments are removed, and the text
    # around one inside a value joins up.
    (
        b'\n<list><sms id="1" status="-1"/><!-- note --><sms id="2"/></list>\n',
        "utf-8",
        "list",
        None,
    ),
    (b"<r><mes>a<!-- note -->b</mes><!-- x --></r>", "utf-8", "r", "ab"),
    (b"<r><mes><![CDATA[<b>&amp;</b>]]></mes></r>", "utf-8", "r", "<b>&amp;</b>"),
    # A processing instruction that is not a declaration is removed.
    (b'<?xml-stylesheet href="a.xsl"?><r><mes>a<?pi data?>b</mes></r>', "utf-8", "r", "ab"),
]


@pytest.mark.parametrize(("body", "charset", "tag", "mes"), GOOD)
def test_good_body(body: bytes, charset: str, tag: str, mes: str | None) -> None:
    root = parse_xml(body, charset)
    assert root.tag == tag
    if mes is not None:
        element = root.find("mes")
        assert element is not None
        assert "".join(map(str, element.itertext())) == mes
    assert not list(root.iter(etree.PI))
    assert not list(root.iter(etree.Comment))


def test_bytes_like_body() -> None:
    assert parse_xml(bytearray(b"<a/>"), "utf-8").tag == "a"  # type: ignore[arg-type]
    assert parse_xml(memoryview(b"<a/>"), "utf-8").tag == "a"  # type: ignore[arg-type]


def test_xinclude_is_never_resolved() -> None:
    root = parse_xml(XINCLUDE, "utf-8")
    includes = root.findall(XI)
    assert len(includes) == 2
    assert [len(element) for element in includes] == [0, 0]
    assert includes[0].get("href") == "file:///etc/passwd"
    text = etree.tostring(root, encoding="unicode")
    assert "root:" not in text
    assert "".join(map(str, root.itertext())) == ""


# (body, request charset, words the message must contain).
BAD: list[tuple[bytes, str, str]] = [
    # Entity expansion, refused before any parser runs.
    (BILLION_LAUGHS, "utf-8", "DOCTYPE"),
    (QUADRATIC, "utf-8", "DOCTYPE"),
    # External entities and DTDs: no file or network read.
    (XXE_FILE, "utf-8", "DOCTYPE"),
    (XXE_HTTP, "windows-1251", "DOCTYPE"),
    (EXTERNAL_DTD, "koi8-r", "DOCTYPE"),
    (EXTERNAL_DTD_FILE, "utf-8", "DOCTYPE"),
    (PARAMETER_ENTITY, "utf-8", "DOCTYPE"),
    (PARAMETER_ENTITY_INLINE, "utf-8", "DOCTYPE"),
    # Any spelling of the keyword, anywhere in the body.
    (b"<!doctype r><r/>", "utf-8", "DOCTYPE"),
    (b"<!DocType r><r/>", "utf-8", "DOCTYPE"),
    (b"<r><!-- x --></r><!DOCTYPE r>", "utf-8", "DOCTYPE"),
    (b'<r><!ENTITY a "b"></r>', "utf-8", "ENTITY"),
    (b'<r><!entity a "b"></r>', "utf-8", "ENTITY"),
    # Undeclared entities are a syntax error (no DTD, nothing to resolve them with).
    (b"<r>&nbsp;</r>", "utf-8", "not well-formed"),
    (b"<r>&xxe;</r>", "utf-8", "Entity 'xxe' not defined"),
    # Compression is the transport's job.
    (gzip.compress(b"<r/>"), "utf-8", "gzip"),
    (gzip.compress(BILLION_LAUGHS), "utf-8", "gzip"),
    # Encodings: only the three of the protocol, and the bytes must match.
    (b'<?xml version="1.0" encoding="ISO-8859-1"?><r/>', "utf-8", "encoding must be one of"),
    (b'<?xml version="1.0" encoding="UTF-16"?><r/>', "utf-8", "encoding must be one of"),
    (b'<?xml version="1.0" encoding="cp1251"?><r/>', "utf-8", "encoding must be one of"),
    ((DECL.format("utf-8") + REPLY).encode("cp1251"), "windows-1251", "not valid utf-8"),
    ((DECL.format("utf-8") + REPLY).encode("koi8_r"), "utf-8", "not valid utf-8"),
    (REPLY.encode("cp1251"), "utf-8", "not valid utf-8"),
    (b"<r>\x98</r>", "windows-1251", "byte 0x98 at offset 3 is not valid windows-1251"),
    (b"<r>\xc3\x28</r>", "utf-8", "byte 0xc3 at offset 3"),
    (b"<r>\xed\xa0\x80</r>", "utf-8", "not valid utf-8"),  # an encoded surrogate
    # Byte order marks that do not fit the charset.
    (BOM + REPLY.encode(), "windows-1251", "byte order mark in a windows-1251 body"),
    (BOM + REPLY.encode(), "koi8-r", "byte order mark in a koi8-r body"),
    (BOM + (DECL.format("koi8-r") + REPLY).encode("koi8_r"), "utf-8", "byte order mark"),
    ("<r/>".encode("utf-16"), "utf-8", "UTF-16 byte order mark"),
    ("<r/>".encode("utf-16-be"), "utf-8", "not well-formed"),
    # Declarations out of place or malformed.
    (b'<?xml version="1.0" encoding="utf-8"', "utf-8", "malformed XML declaration"),
    (b"<?xml encoding='utf-8'?><r/>", "utf-8", "malformed XML declaration"),
    (b"<?xml ?><r/>", "utf-8", "malformed XML declaration"),
    (b' <?xml version="1.0"?><r/>', "utf-8", "XML declaration allowed only at the start"),
    (b'<r/><?xml version="1.0"?>', "utf-8", "not well-formed"),
    (b'<?xml version="1.0"?><?xml version="1.0"?><r/>', "utf-8", "not well-formed"),
    # Truncated and malformed documents.
    (b"", "utf-8", "Document is empty"),
    (b"   ", "utf-8", "not well-formed"),
    (b'<?xml version="1.0"?>', "utf-8", "not well-formed"),
    (b"<result><id>12", "utf-8", "not well-formed"),
    (REPLY.encode()[:-3], "utf-8", "not well-formed"),
    (b"<r></s>", "utf-8", "mismatch"),
    (b"<r/><r/>", "utf-8", "Extra content"),
    (b"<r a='1' a='2'/>", "utf-8", "redefined"),
    (b"<r>\x00</r>", "utf-8", "not well-formed"),
    (b"<r>\x01</r>", "windows-1251", "not well-formed"),
    (b"<r>&#0;</r>", "utf-8", "not well-formed"),
    (b"<x:r/>", "utf-8", "not well-formed"),
    (b"not xml", "utf-8", "not well-formed"),
    (b'{"id": 1}', "utf-8", "not well-formed"),
    # Deep nesting: libxml2's own limit (256) without huge_tree.
    (b"<a>" * 10_000 + b"</a>" * 10_000, "utf-8", "depth"),
]


@pytest.mark.parametrize(("body", "charset", "words"), BAD)
def test_bad_body(body: bytes, charset: str, words: str) -> None:
    with pytest.raises(sp.RemoteProtocolError) as info:
        parse_xml(body, charset)
    message = str(info.value)
    assert message.startswith("body: ")
    assert words.lower() in message.lower()
    assert "root:" not in message


def test_size_cap_is_checked_before_parsing() -> None:
    # Over the cap by one byte; the body is not even looked at (it is a billion laughs).
    body = BILLION_LAUGHS + b" " * (MAX_BODY_BYTES + 1 - len(BILLION_LAUGHS))
    with pytest.raises(sp.RemoteProtocolError, match=r"^body: 16777217 bytes is over"):
        parse_xml(body, "utf-8")


def test_body_at_the_size_cap_is_parsed() -> None:
    chunk = b"<a>" + b"x" * (1 << 20) + b"</a>"
    body = b"<r>" + chunk * 15 + b"</r>"
    body += b" " * (MAX_BODY_BYTES - len(body))  # whitespace after the root is allowed
    assert len(body) == MAX_BODY_BYTES
    assert len(parse_xml(body, "utf-8")) == 15


def test_text_node_over_libxml2_limit_is_refused() -> None:
    # Without huge_tree, libxml2 caps one text node at 10 000 000 bytes.
    body = b"<r>" + b"x" * 10_000_001 + b"</r>"
    with pytest.raises(sp.RemoteProtocolError, match=r"^body: .*Text node too long"):
        parse_xml(body, "utf-8")


@pytest.mark.parametrize("body", [BILLION_LAUGHS, QUADRATIC, XXE_FILE, PARAMETER_ENTITY_INLINE])
def test_parser_itself_never_expands_entities(body: bytes) -> None:
    # Defence in depth: even if a DOCTYPE got past the byte check, the parser settings
    # leave entity references unexpanded (or libxml2 stops at its amplification limit)
    # and read no file.
    try:
        root = etree.fromstring(body, _new_parser())
    except etree.XMLSyntaxError as exc:
        message = str(exc)
    else:
        message = ""
    if message:
        assert "amplification" in message
        return
    text = etree.tostring(root, encoding="unicode")
    assert len(text) < len(body)
    assert "root:" not in text
    assert "lollol" not in text


def test_parser_itself_reads_no_external_dtd(tmp_path: Path) -> None:
    dtd = tmp_path / "evil.dtd"
    dtd.write_text('<!ENTITY secret "SECRET"><!ATTLIST r leak CDATA "SECRET">', "ascii")
    body = f'<!DOCTYPE r SYSTEM "{dtd.as_uri()}"><r>&secret;</r>'.encode()
    root = etree.fromstring(body, _new_parser())
    assert root.get("leak") is None
    assert "SECRET" not in etree.tostring(root, encoding="unicode")
    # And the loader refuses the same body outright.
    with pytest.raises(sp.RemoteProtocolError, match="DOCTYPE"):
        parse_xml(body, "utf-8")


def test_bad_charset_argument_is_the_callers_bug() -> None:
    with pytest.raises(sp.LocalProtocolError, match="charset argument"):
        parse_xml(b"<r/>", "latin-1")


@pytest.mark.parametrize("body", ["<r/>", "/etc/passwd", Path("/etc/passwd"), None])
def test_body_must_be_bytes(body: object) -> None:
    with pytest.raises(TypeError, match="body must be bytes"):
        parse_xml(body, "utf-8")  # type: ignore[arg-type]


@given(st.binary(max_size=512), st.sampled_from(CHARSETS))
def test_any_bytes_parse_or_raise_remote_error(body: bytes, charset: str) -> None:
    try:
        root = parse_xml(body, charset)
    except sp.RemoteProtocolError as exc:
        message = str(exc)
    else:
        assert isinstance(root, etree._Element)
        return
    assert message.startswith("body: ")


_FRAGMENTS = st.sampled_from(
    [
        b'<?xml version="1.0"?>',
        b'<?xml version="1.0" encoding="utf-8"?>',
        b'<?xml version="1.0" encoding="koi8-r"?>',
        b"<!DOCTYPE r>",
        b'<!ENTITY a "b">',
        b"<r>",
        b"</r>",
        b"<a x='1'/>",
        b"&a;",
        b"&#1055;",
        b"<![CDATA[x]]>",
        b"<!-- c -->",
        b"<?pi x?>",
        BOM,
        "Привет".encode(),
        "Привет".encode("cp1251"),
        b"\x1f\x8b",
    ]
)


@given(st.lists(_FRAGMENTS | st.binary(max_size=4), max_size=12), st.sampled_from(CHARSETS))
def test_xml_like_bytes_parse_or_raise_remote_error(parts: list[bytes], charset: str) -> None:
    try:
        root = parse_xml(b"".join(parts), charset)
    except sp.RemoteProtocolError as exc:
        message = str(exc)
    else:
        assert not list(root.iter(etree.PI, etree.Entity))
        return
    assert message.startswith("body: ")


@pytest.mark.parametrize("seed", sorted(CORPUS.iterdir()), ids=lambda p: p.name)
def test_fuzz_seed(seed: Path) -> None:
    data = seed.read_bytes()
    charset = CHARSETS[data[0] % len(CHARSETS)]
    if seed.name.startswith("good_"):
        parse_xml(data[1:], charset)
    else:
        with pytest.raises(sp.RemoteProtocolError, match=r"^body: "):
            parse_xml(data[1:], charset)
