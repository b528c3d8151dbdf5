"""SME search, as a picker shows it: the best match first, wherever the name sorts."""

from __future__ import annotations

from gmsdesk.storage.db import Database


def names(db: Database, text: str, limit: int = 50) -> list[str]:
    return [s.name for s in db.smes.search(text, limit=limit)]


def test_the_name_typed_comes_first_then_names_and_words_that_start_with_it(
        db: Database) -> None:
    db.smes.create_many([
        {"name": "Aroma Silk Trading"},  # "silk" inside: the rest
        {"name": "Angkor Silkworks"},  # a word that starts with "silk"
        {"name": "Bonsilk Co."},  # "silk" inside a word: the rest
        {"name": "Silk House of Takeo"},  # starts with "silk"
        {"name": "Xieng Khouang weavers", "name_local": "Silk"},  # local name is "silk"
        {"name": "Sílk"},  # the name, accent and case aside
        {"name": "Zoom Silk"},  # a word that starts with "silk"
    ])
    assert names(db, "silk") == [
        "Sílk", "Xieng Khouang weavers",  # the name itself, by name
        "Silk House of Takeo",  # starts with it
        "Angkor Silkworks", "Aroma Silk Trading", "Zoom Silk",  # a word starts with it
        "Bonsilk Co.",  # the rest
    ]


def test_the_best_match_is_found_beyond_the_first_page_by_name(db: Database) -> None:
    db.smes.create_many([{"name": f"Angkor Tea {i:03d}"} for i in range(60)]
                        + [{"name": "Tea"}])
    found = names(db, "  TEA ", limit=5)
    assert found[0] == "Tea"
    assert found[1:] == [f"Angkor Tea {i:03d}" for i in range(4)]


def test_a_local_script_name_that_starts_with_the_text_comes_before_a_word(
        db: Database) -> None:
    db.smes.create_many([
        {"name": "Golden Pu'er Tea", "name_local": "金色 普洱茶"},
        {"name": "Yunnan Pu'er", "name_local": "普洱茶业有限公司"},
    ])
    assert names(db, "普洱茶") == ["Yunnan Pu'er", "Golden Pu'er Tea"]
    assert names(db, "nothing like it") == []
