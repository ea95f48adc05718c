"""goldstar_support.theme_words: the theme's words by language, and a broken words file."""

import logging

from goldstar_support import theme_words


def test_a_broken_words_file_is_named_and_its_language_stays_english(tmp_path, monkeypatch, caplog):
    (tmp_path / "fr.toml").write_text('comments = "Commentaires"\n', encoding="utf-8")
    (tmp_path / "de.toml").write_text('comments = "Kommentare\n', encoding="utf-8")  # unclosed
    monkeypatch.setattr(theme_words, "WORDS", tmp_path)
    theme_words.theme_words.cache_clear()
    try:
        with caplog.at_level(logging.WARNING):
            assert theme_words.goldstar_words("fr") == {"comments": "Commentaires"}
            assert theme_words.goldstar_words("de") == {}
        assert any(str(tmp_path / "de.toml") in r.getMessage() for r in caplog.records)
    finally:
        theme_words.theme_words.cache_clear()
