"""Hostile input: what a careless paste, a broken import or a malicious file can hold."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import strategies as st

RIGHT_TO_LEFT = "مرحبا بالعالم \u202eevil\u202c שלום"
MARKUP = '<b>bold</b> & <font color="red">x</font> <br/> &amp; <para> ]]>'
EMOJI = "Réunion 🎉👩‍💻🇫🇷 difficile 😡"

awkward_text = st.one_of(
    st.text(max_size=400),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=200),
    st.sampled_from(
        [RIGHT_TO_LEFT, MARKUP, EMOJI, "", " ", "\x00", "\u200b", "A\u0301\u0301\u0301"]
    ),
    st.builds(lambda s: s * 50_000, st.sampled_from(["é", "ab<", "&x"])),
)

awkward_number = st.one_of(
    st.text(max_size=30),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["NaN", "-0", "1e999", "0.001", "12,345.67", "1 234,5", "-1", "∞"]),
    st.builds(str, st.decimals(min_value=Decimal(0), max_value=Decimal(10**6), places=2)),
)

awkward_date = st.one_of(
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    st.text(max_size=12),
    st.sampled_from(["2026-02-30", "0000-00-00", "9999-12-31", "2026-13-01", "23/11/2026"]),
    st.none(),
)
