"""plugins/promote_related: words every post carries relate nothing, and a stray word is no link.

Real builds of tiny blogs: one where every post has the same tag and no category (Pelican files
them all under "misc"), a blog of two posts, a series, one of two languages whose posts share
a single verb at most, and short Italian posts that do not say their language.
"""

from tests.support.posts import article_of, write_text_post
from tests.support.topics import MAY, TOPICS, aside_of, own_slugs, reason_words_of

TURNS = 2


def test_a_tag_every_post_carries_and_the_default_category_relate_nothing(tmp_path, site_builder):
    content = tmp_path / "content"
    for topic, body in TOPICS.items():
        sentences = [each.strip() for each in body.split(".") if each.strip()]
        for turn in range(TURNS):
            rotated = ". ".join(sentences[turn:] + sentences[:turn]) + "."
            write_text_post(
                content, f"{topic}-{turn}", rotated, MAY, title=f"Notes {turn}", tags="life"
            )
    result = site_builder(content, CACHE_PATH=str(tmp_path / "cache"))
    assert result.warnings() == []
    for topic in TOPICS:
        # the other post on its topic, and none of the four others, though all say "life, misc"
        assert own_slugs(article_of(result, f"{topic}-0")) == [f"{topic}-1"]
    assert not reason_words_of(result) & {"life", "misc"}


def test_a_blog_of_two_posts_without_categories_links_them_only_if_they_are_related(
    tmp_path, site_builder
):
    content = tmp_path / "content"
    write_text_post(content, "tomatoes", TOPICS["garden"], MAY, title="Tomatoes in pots")
    write_text_post(content, "bike", TOPICS["cycling"], MAY, title="A new bike")
    result = site_builder(content, CACHE_PATH=str(tmp_path / "cache"))
    assert result.warnings() == []
    # both are filed under Pelican's "misc": no link, and never "Also about misc"
    assert own_slugs(article_of(result, "tomatoes")) == own_slugs(article_of(result, "bike")) == []
    write_text_post(
        content, "compost", TOPICS["garden"].replace("Tomatoes", "Beans"), MAY, title="Compost"
    )
    result = site_builder(content, CACHE_PATH=str(tmp_path / "cache"))
    assert own_slugs(article_of(result, "tomatoes")) == ["compost"]
    assert "misc" not in reason_words_of(result)


def test_the_tag_of_a_series_on_most_posts_is_still_a_reason(tmp_path, site_builder):
    content = tmp_path / "content"
    parts = (
        "Installing rustup and cargo, and writing hello world.",
        "Ownership and borrowing: why the compiler complains.",
        "Structs, enums and pattern matching.",
        "Error handling with Result and the question mark operator.",
    )
    for number, body in enumerate(parts, start=1):
        title = f"Learning Rust, part {number}"
        write_text_post(content, f"rust-{number}", body, MAY, title=title, tags="rust")
    write_text_post(content, "garden", TOPICS["garden"], MAY, title="Spring garden", tags="garden")
    write_text_post(content, "beds", TOPICS["garden"], MAY, title="Summer garden", tags="garden")
    result = site_builder(content, CACHE_PATH=str(tmp_path / "cache"))
    assert result.warnings() == []
    first = article_of(result, "rust-1")
    assert own_slugs(first) == ["rust-2", "rust-3", "rust-4"]
    assert all(link.reason[0] == "rust" for link in first.promote_related)


# Spanish and Italian posts on four topics, written as people write: two posts on different
# topics share a verb at most ("preparo", "gente", "serve"), never a subject.
SOUTHERN = {
    "paella": (
        "es",
        (
            (
                "Paella de domingo",
                "Los domingos preparo paella para toda la familia. Primero sofrío el pollo y el "
                "conejo en la paellera, después añado las judías verdes, el tomate rallado y el "
                "pimentón. Cuando el caldo hierve echo el arroz y el azafrán, y ya no se toca. El "
                "socarrat es lo mejor: ese arroz tostado del fondo que todos queremos.",
            ),
            (
                "El arroz perfecto",
                "Mucha gente me pregunta cómo consigo que el arroz quede suelto. El secreto está "
                "en el caldo: tiene que ser sabroso, y la proporción de caldo y arroz es muy "
                "importante. Uso arroz bomba, un poco de azafrán y dejo que el arroz repose cinco "
                "minutos antes de servirlo. Así se hace una buena paella valenciana.",
            ),
            (
                "Paella de marisco",
                "Esta vez cociné paella de marisco con gambas, mejillones y calamares. El fumet de "
                "pescado da al arroz un sabor del mar que me encanta. Como siempre, el azafrán y "
                "el sofrito de tomate son la base, y al final el socarrat cruje en la paellera.",
            ),
        ),
    ),
    "montana": (
        "es",
        (
            (
                "Subida al Aneto",
                "El verano pasado subimos al Aneto, la montaña más alta de los Pirineos. Salimos "
                "del refugio de la Renclusa a las cinco de la mañana, cruzamos el glaciar con "
                "crampones y llegamos a la cima por el paso de Mahoma. Las vistas de las montañas "
                "desde arriba son increíbles.",
            ),
            (
                "Ruta por los Picos de Europa",
                "Hicimos una ruta de tres días por los Picos de Europa, durmiendo en refugios de "
                "montaña. Las botas, la mochila ligera y el mapa son imprescindibles. La subida a "
                "la Vega de Urriellu es dura, pero ver el Naranjo de Bulnes al amanecer compensa "
                "cada paso del sendero.",
            ),
            (
                "Consejos para el senderismo",
                "Antes de cualquier ruta de montaña reviso el parte meteorológico y preparo la "
                "mochila: agua, comida, chaqueta impermeable y botiquín. En el sendero camino a "
                "mi ritmo, y en los refugios siempre encuentro gente amable que comparte consejos "
                "sobre la montaña.",
            ),
        ),
    ),
    "pasta": (
        "it",
        (
            (
                "La pasta fresca della nonna",
                "Ogni domenica mia nonna preparava la pasta fresca a mano. Farina, uova e tanta "
                "pazienza: impastava sul tagliere di legno, stendeva la sfoglia con il mattarello "
                "e tagliava le tagliatelle. Il ragù cuoceva per ore sul fuoco e la cucina "
                "profumava di casa.",
            ),
            (
                "Tagliatelle al ragù",
                "Per le tagliatelle al ragù serve una sfoglia sottile e un ragù cotto lentamente. "
                "Io uso carne di manzo e di maiale, il soffritto di sedano, carota e cipolla, e "
                "un po' di vino rosso. La pasta fresca raccoglie il sugo meglio di quella secca.",
            ),
            (
                "Ravioli di ricotta",
                "I ravioli di ricotta e spinaci sono il mio piatto preferito. Preparo la sfoglia "
                "con farina e uova, come mi ha insegnato la nonna, la riempio con ricotta, "
                "spinaci e parmigiano, e chiudo i ravioli con le dita. Li condisco con burro e "
                "salvia.",
            ),
        ),
    ),
    "venezia": (
        "it",
        (
            (
                "Un weekend a Venezia",
                "Siamo stati a Venezia per un weekend di novembre. Abbiamo camminato tra le "
                "calli, attraversato il ponte di Rialto e preso il vaporetto sul Canal Grande. La "
                "nebbia sulla laguna rendeva la città ancora più magica.",
            ),
            (
                "Le isole della laguna",
                "Dalla fermata delle Fondamente Nove abbiamo preso il vaporetto per Murano e "
                "Burano. A Murano abbiamo visto i maestri del vetro soffiato, a Burano le case "
                "colorate e i merletti. La laguna di Venezia è piena di isole da scoprire.",
            ),
            (
                "Venezia senza turisti",
                "La mattina presto Venezia è silenziosa: le calli sono vuote, i gondolieri "
                "puliscono le gondole. Camminare per la città prima dei turisti è il modo "
                "migliore per vederla.",
            ),
        ),
    ),
}


def test_posts_that_share_one_stray_word_are_not_linked(tmp_path, site_builder):
    content = tmp_path / "content"
    for topic, (lang, posts) in SOUTHERN.items():
        for number, (title, body) in enumerate(posts):
            write_text_post(content, f"{topic}-{number}", body, MAY, title=title, lang=lang)
    result = site_builder(content, CACHE_PATH=str(tmp_path / "cache"))
    assert result.warnings() == []
    for topic, (lang, posts) in SOUTHERN.items():
        for number in range(len(posts)):
            article = article_of(result, f"{topic}-{number}")
            assert article.promote_related_lang == lang
            # its topic's two other posts, and no post of another topic: fewer links, not wrong ones
            assert sorted(own_slugs(article)) == [
                f"{topic}-{other}" for other in range(len(posts)) if other != number
            ]
    assert not reason_words_of(result) & {"preparo", "gente", "serve", "servirlo", "casa"}


def test_short_italian_posts_without_lang_are_read_in_italian(tmp_path, site_builder):
    content = tmp_path / "content"
    for topic in ("pasta", "venezia"):
        for number, (title, body) in enumerate(SOUTHERN[topic][1]):
            write_text_post(content, f"{topic}-{number}", body, MAY, title=title)
    write_text_post(content, "garden", TOPICS["garden"], MAY, title="Tomatoes")
    result = site_builder(content, CACHE_PATH=str(tmp_path / "cache"))
    assert result.warnings() == []
    # "Tagliatelle al ragù" has four Italian stop words of three letters or more, and "per"
    for topic in ("pasta", "venezia"):
        for number in range(3):
            article = article_of(result, f"{topic}-{number}")
            assert article.promote_related_lang == "it"
            reason = aside_of(result, article).find(class_="promote-related-reason")
            # a reason is a subject the blog names twice: "Venezia" (two titles) is one; no pasta
            # post names a subject another one does, so the pasta links give no reason
            assert (reason is not None) == (topic == "venezia")
            assert reason is None or reason.get_text().startswith("Anche su")
    assert article_of(result, "garden").promote_related_lang == "en"
