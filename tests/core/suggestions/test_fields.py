"""The field rule: a rewrite keeps every `{field}` exactly (spelling and count), or it is refused with a
sentence that says what to do."""

from __future__ import annotations

from monsms_core.suggestions import check_fields


def test_kept_fields_pass_even_when_moved() -> None:
    assert check_fields("Bonjour {prénom}, rdv {jour}", "{jour} : rdv, bjr {prénom}").ok
    assert check_fields("Sans champ du tout", "Ss champ").ok
    assert check_fields("Prix : {{promo}} et {nom}", "Prix {{promo}} {nom}").ok  # {{ }} is text, not a field


def test_a_lost_field_is_refused() -> None:
    check = check_fields("Bonjour {prénom}, votre solde est {solde} F", "Bjr, votre solde est {solde} F")
    assert not check.ok and check.lost == ("{prénom}",) and check.added == ()
    sentence = check.message("fr")
    assert "perd le champ {prénom}" in sentence and "remettant" in sentence
    assert "loses the field {prénom}" in check.message("en")


def test_an_altered_field_is_refused_even_if_it_would_match_the_same_column() -> None:
    # {prenom} would still render the "prénom" column, but the rule is exact: the user wrote {prénom}.
    check = check_fields("Bonjour {prénom} !", "Bjr {prenom} !")
    assert not check.ok and check.lost == ("{prénom}",) and check.added == ("{prenom}",)
    assert "modifié le champ {prénom} (devenu {prenom})" in check.message("fr")
    assert check_fields("{Nom}", "{nom}").added == ("{nom}",)  # case counts too
    assert not check_fields("{ prénom }", "{prénom}").ok  # as written, spaces included


def test_a_field_dropped_once_of_twice_or_added_is_refused() -> None:
    twice = check_fields("{nom}, oui {nom} !", "{nom}, oui !")
    assert twice.lost == ("{nom}",) and not twice.ok
    added = check_fields("Bonjour !", "Bjr {prénom} !")
    assert added.added == ("{prénom}",) and "ajoute le champ {prénom}" in added.message("fr")
    assert check_fields("Bonjour !", "Bjr !").message("fr") == ""
