"""Small helpers the plugins and the comment server share (stdlib only): files written whole
(`files`) and the warning for a setting that falls back to its default (`settings`). The build's
own, beside them: the theme's words (`theme_words`), dates in a post's language (`dates`, Babel's
CLDR), every article a generator holds (`articles`) and its compiled templates kept between builds
(`compiled_templates`, Jinja's)."""
