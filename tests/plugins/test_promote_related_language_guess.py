"""plugins/promote_related guesses the language of a post that does not say it, at blog lengths.

A real build of a small blog in five languages, no post with a `Lang:`: each is read in its own
language (its stop words, its stemmer, the aside's words), however much Portuguese and Spanish
share ("para", "todos", "tarde" are stop words of both).
"""

from tests.support.posts import article_of, write_text_post
from tests.support.topics import MAY, aside_of

# A few short paragraphs each, as people write: a balcony garden, bread, a bike ride.
POSTS = {
    "pt": (
        (
            "Tomates de varanda",
            "Plantei os tomates em vasos na varanda, todos virados para o sol. Rego de manhã e à "
            "tarde.",
        ),
        (
            "O meu pão de fermentação natural",
            "Faço pão em casa aos domingos. O fermento natural vive no frigorífico e alimento-o "
            "durante a semana.\n\nA massa leva farinha, água e sal. Deixo levedar durante a noite "
            "e de manhã vai ao forno bem quente.\n\nA côdea fica estaladiça e o miolo macio.",
        ),
        (
            "Passeio de bicicleta",
            "No sábado fui de bicicleta até à praia com os meus filhos. O caminho é plano e tem "
            "ciclovia quase até ao fim.\n\nParámos para comer um gelado e voltámos ao fim da "
            "tarde.",
        ),
    ),
    "es": (
        (
            "Tomates en el balcón",
            "Este año planté tomates en macetas en el balcón. Compré las semillas en el mercado y "
            "las sembré en marzo.\n\nLos riego todas las mañanas, antes de que pegue el sol. Ya "
            "recogí los primeros tomates cherry, dulces y pequeños.",
        ),
        (
            "Mi pan de masa madre",
            "Hago pan en casa los domingos. La masa madre vive en la nevera y la alimento durante "
            "la semana.\n\nLa masa lleva harina, agua y sal. La dejo fermentar toda la noche y "
            "por la mañana va al horno muy caliente.",
        ),
        (
            "Paseo en bicicleta",
            "El sábado fui en bicicleta hasta la playa con mis hijos. El camino es llano y hay "
            "carril bici casi hasta el final.\n\nParamos a tomar un helado y volvimos al "
            "atardecer.",
        ),
    ),
    "fr": (
        (
            "Tomates sur le balcon",
            "Cette année j'ai planté des tomates en pots sur le balcon. J'ai acheté les graines au "
            "marché et je les ai semées en mars.\n\nJe les arrose chaque matin, avant le grand "
            "soleil. J'ai déjà cueilli les premières tomates cerises, sucrées et petites.",
        ),
        (
            "Mon pain au levain",
            "Je fais du pain à la maison le dimanche. Le levain vit au frigo et je le nourris "
            "pendant la semaine.\n\nLa pâte demande de la farine, de l'eau et du sel. Elle lève "
            "toute la nuit et le matin elle part au four bien chaud.",
        ),
    ),
    "de": (
        (
            "Tomaten auf dem Balkon",
            "Dieses Jahr habe ich Tomaten in Töpfen auf dem Balkon gepflanzt. Die Samen habe ich "
            "auf dem Markt gekauft und im März ausgesät.\n\nIch gieße sie jeden Morgen, bevor die "
            "Sonne zu stark wird. Die ersten Kirschtomaten waren süß und klein.",
        ),
        (
            "Mein Sauerteigbrot",
            "Sonntags backe ich Brot zu Hause. Der Sauerteig wohnt im Kühlschrank und ich füttere "
            "ihn unter der Woche.\n\nDer Teig braucht Mehl, Wasser und Salz. Er geht über Nacht "
            "und morgens kommt er in den heißen Ofen.",
        ),
    ),
    "it": (
        (
            "Pomodori sul balcone",
            "Quest'anno ho piantato pomodori in vaso sul balcone. Ho comprato i semi al mercato e "
            "li ho seminati a marzo.\n\nLi innaffio ogni mattina, prima del sole forte. Ho già "
            "raccolto i primi pomodorini, dolci e piccoli.",
        ),
        (
            "Il mio pane con il lievito madre",
            "La domenica faccio il pane in casa. Il lievito madre vive in frigorifero e lo nutro "
            "durante la settimana.\n\nL'impasto vuole farina, acqua e sale. Lievita tutta la "
            "notte e la mattina va nel forno molto caldo.",
        ),
    ),
}
ALSO_ABOUT = {"pt": "Também sobre", "es": "También sobre"}


def test_posts_without_lang_are_each_read_in_their_own_language(tmp_path, site_builder):
    content = tmp_path / "content"
    for lang, posts in POSTS.items():
        for number, (title, body) in enumerate(posts):
            write_text_post(content, f"{lang}-{number}", body, MAY, title=title)
    result = site_builder(content, CACHE_PATH=str(tmp_path / "cache"))
    assert result.warnings() == []
    guessed = {
        f"{lang}-{number}": article_of(result, f"{lang}-{number}").promote_related_lang
        for lang, posts in POSTS.items()
        for number in range(len(posts))
    }
    # "Tomates de varanda" has three stop words Spanish shares ("todos", "para", "tarde") and
    # its Portuguese ones are short ("os", "em", "na"): it was read as Spanish
    assert guessed == {slug: slug.split("-")[0] for slug in guessed}
    for lang, words in ALSO_ABOUT.items():
        for number in range(len(POSTS[lang])):
            aside = aside_of(result, article_of(result, f"{lang}-{number}"))
            if aside is not None and aside.find(class_="promote-related-reason"):
                assert words in aside.get_text()
