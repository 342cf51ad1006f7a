"""SMS part counting (GSM 03.38 / UCS-2) and replacement plans, at every boundary operators bill on."""

from __future__ import annotations

import pytest

from monsms_core.compose import (
    GSM_BASIC_CHARS,
    GSM_EXTENSION_CHARS,
    count_segments,
    credits_saved,
    describe_char,
    split_parts,
    suggest_replacements,
)


def test_the_gsm_tables_have_their_real_sizes() -> None:
    assert len(GSM_BASIC_CHARS) == 127  # 128 positions, the escape excluded
    assert len(GSM_EXTENSION_CHARS) == 10
    assert "ç" not in GSM_BASIC_CHARS and "Ç" in GSM_BASIC_CHARS
    for char in "àèéùìòÇØøÅåÄÖÑÜ§¿äöñüÆæßÉ¡ΔΦΓΛΩΠΨΣΘΞ£¥¤@$_":
        assert char in GSM_BASIC_CHARS, char


def test_empty_text_costs_nothing() -> None:
    count = count_segments("")
    assert (count.encoding, count.segments, count.units, count.characters) == ("GSM-7", 0, 0, 0)
    assert count.remaining == 160 and count.non_gsm == ()
    assert split_parts("") == []


@pytest.mark.parametrize(
    ("length", "segments", "remaining"),
    [(1, 1, 159), (160, 1, 0), (161, 2, 145), (306, 2, 0), (307, 3, 152), (459, 3, 0), (460, 4, 152)],
)
def test_gsm_single_and_multipart_limits(length: int, segments: int, remaining: int) -> None:
    count = count_segments("a" * length)
    assert count.encoding == "GSM-7"
    assert (count.segments, count.units, count.remaining) == (segments, length, remaining)


def test_extension_characters_cost_two_septets() -> None:
    count = count_segments("Prix: 5€ [promo] {ok} ~ ^ | \\")
    assert count.encoding == "GSM-7"
    assert count.characters == 29
    assert count.units == 29 + 9
    assert count_segments("a" * 158 + "€").segments == 1
    assert count_segments("a" * 159 + "€").segments == 2
    assert count_segments("\f").units == 2


def test_an_escape_pair_is_never_split_across_parts() -> None:
    text = "a" * 152 + "€" + "a" * 152  # 306 septets: a naive ceil(306 / 153) says 2
    count = count_segments(text)
    assert (count.units, count.segments) == (306, 3)
    parts = split_parts(text)
    assert parts[0] == "a" * 152  # the € does not fit in the 1 septet left: it opens part 2
    assert parts[1].startswith("€") and len(parts[1]) == 152
    assert "".join(parts) == text
    assert count.remaining == 153 - 1


@pytest.mark.parametrize(
    ("length", "segments", "remaining"), [(70, 1, 0), (71, 2, 63), (134, 2, 0), (135, 3, 66)]
)
def test_ucs2_single_and_multipart_limits(length: int, segments: int, remaining: int) -> None:
    count = count_segments("ç" * length)
    assert count.encoding == "UCS-2"
    assert (count.segments, count.units, count.remaining) == (segments, length, remaining)
    assert count.non_gsm == ("ç",)


def test_an_emoji_is_two_units_and_never_split() -> None:
    assert count_segments("😀").units == 2
    assert count_segments("😀" * 35).segments == 1
    assert count_segments("a" * 69 + "😀").segments == 2
    text = "ç" * 66 + "😀" + "ç" * 66  # 134 units: a naive ceil(134 / 67) says 2
    count = count_segments(text)
    assert (count.units, count.characters, count.segments) == (134, 133, 3)
    parts = split_parts(text)
    assert parts[0] == "ç" * 66 and parts[1].startswith("😀")
    assert "".join(parts) == text


def test_crlf_counts_as_two_gsm_characters() -> None:
    count = count_segments("Bonjour\r\nA demain")
    assert count.encoding == "GSM-7"
    assert count.units == count.characters == 17


def test_combining_accents_are_not_gsm() -> None:
    count = count_segments("e\u0301cole")
    assert count.encoding == "UCS-2"
    assert count.non_gsm == ("\u0301",)
    assert count_segments("école").encoding == "GSM-7"


def test_french_sentences() -> None:
    gsm = count_segments("Réunion à l'école demain, soyez à l'heure")
    assert gsm.encoding == "GSM-7" and gsm.non_gsm == ()
    ucs = count_segments("Ça coûte… cher, c'est ça")
    assert ucs.encoding == "UCS-2"
    assert ucs.non_gsm == ("û", "…", "ç")  # Ç is in the GSM table, ç is not
    assert count_segments("Élève Ñ Ü Ø ß §").encoding == "GSM-7"
    for char in "êâîôûëïœ’“”–—\u00a0":
        assert count_segments(f"a{char}b").non_gsm == (char,), char


def test_split_parts_of_a_single_sms_is_the_text() -> None:
    assert split_parts("Bonjour") == ["Bonjour"]
    assert [len(part) for part in split_parts("b" * 400)] == [153, 153, 94]


def test_plan_replaces_typography_but_not_accents_by_default() -> None:
    text = "L’atelier « couture » commence… demain\u00a0: soyez là\u200b — merci ç"
    plan = suggest_replacements(text)
    assert plan.original == text
    assert plan.text == 'L\'atelier " couture " commence... demain : soyez là - merci ç'
    found = {item.char: (item.replacement, item.occurrences, item.kind) for item in plan.replacements}
    assert found["’"] == ("'", 1, "typography")
    assert found["…"] == ("...", 1, "typography")
    assert found["\u00a0"] == (" ", 1, "space")
    assert found["\u200b"] == ("", 1, "invisible")
    assert "ç" not in found
    assert plan.after.encoding == "UCS-2" and plan.after.non_gsm == ("ç",)


def test_plan_with_accents_reaches_gsm() -> None:
    plan = suggest_replacements("Ça coûte… très cher, façon œuvre Ê", include_accents=True)
    assert plan.text == "Ça coute... très cher, facon oeuvre E"
    assert plan.after.encoding == "GSM-7" and plan.after.non_gsm == ()
    assert plan.before.encoding == "UCS-2"
    kinds = {item.char: item.kind for item in plan.replacements}
    assert kinds == {"û": "accent", "…": "typography", "ç": "accent", "œ": "accent", "Ê": "accent"}


def test_plan_counts_occurrences_and_composes_combining_accents() -> None:
    plan = suggest_replacements("e\u0301te\u0301 ’a’ ’b’")
    assert plan.text == "été 'a' 'b'"
    found = {item.char: item for item in plan.replacements}
    assert found["’"].occurrences == 4
    assert found["e\u0301"].replacement == "é" and found["e\u0301"].kind == "normalization"
    assert plan.after.encoding == "GSM-7"


def test_plan_never_breaks_emoji_sequences() -> None:
    family = "👨\u200d👩\u200d👧"
    plan = suggest_replacements(f"Bonne fête {family}\u200b", include_accents=True)
    assert family in plan.text
    assert plan.text.endswith(family)  # the stray zero-width space went, the joiners stayed


def test_plan_on_gsm_text_changes_nothing() -> None:
    plan = suggest_replacements("Bonjour à tous", include_accents=True)
    assert not plan.changed and plan.replacements == () and plan.text == "Bonjour à tous"
    assert credits_saved(plan, 1000) == 0


def test_credits_saved_and_expansions_that_cost_more() -> None:
    text = "Promo’ " * 11  # 77 UCS-2 units: 2 parts; 77 septets in GSM-7: 1 part
    plan = suggest_replacements(text)
    assert (plan.before.segments, plan.after.segments) == (2, 1)
    assert plan.saves_parts
    assert credits_saved(plan, 2500) == 2500
    costly = suggest_replacements("…" * 70)  # 1 UCS-2 part becomes 210 septets: 2 parts
    assert costly.after.encoding == "GSM-7" and not costly.saves_parts
    assert credits_saved(costly, 10) == -10


def test_describe_char_names_what_cannot_be_seen() -> None:
    assert describe_char("\u00a0") == "espace insécable (U+00A0)"
    assert describe_char("\u00a0", "en") == "non-breaking space (U+00A0)"
    assert describe_char("\u200b", "en") == "invisible character (U+200B)"
    assert describe_char("…") == "« … »"
    assert describe_char("«") == "“«”"
