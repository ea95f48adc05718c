"""Everyday near misses ("twins") of the cues added for pets gone, empty chairs, living alone,
disclaimers, praise then fault, scorn for the recipe, sarcasm, kind corrections and the German
losses remembered: the same words said warmly or plainly, in English, French, Spanish, Italian,
Portuguese and German, must stay warm (no quiet or defensive draft, no helpline). The first list
had been misread (« Quelle horreur cette recette… tellement bonne » as scorn, „Kleiner Tipp: Ich
backe es immer doppelt" as a correction, a cat out hunting for two hours as a loss, "This bread was
terrible. My fault, …" as a critique)."""

import pytest

from tests.support.drafts import assert_read_warm

FIXED = [
    ("en", "I don't see the point of kneading, your no-knead loaf is perfect."),
    ("en", "This bread was terrible. My fault, I forgot the salt."),
    ("en", "This recipe was a disaster. My bad, I used plain flour."),
    ("fr", "Quelle horreur cette recette… tellement bonne que j'en ai mangé la moitié !"),
    ("fr", "Tu as passé des heures à rater ta pâte ? Moi aussi, courage, ça vaut le coup."),
    ("de", "Kleiner Tipp: Ich backe es immer doppelt, weil es so schnell weg ist!"),
    (
        "de",
        "Ich vermisse meine Oma, sie ist noch bis Sonntag bei meiner Tante. Der Kuchen ist super!",
    ),
    ("de", "Mein Kater ist seit zwei Stunden weg, er jagt im Garten."),
]

STAY_WARM = [
    ("en", "I left a chair empty for a guest and it was the best dinner we had."),
    ("en", "Alone at home this weekend so I baked this whole loaf for myself!"),
    ("en", "Just saying, this is the best bread I've made."),
    ("en", "Nothing makes sense in this error message, but your post fixed it."),
    ("en", "Opa would have loved this cake!"),
    ("en", "This was terrible for my diet, I ate the whole thing. Delicious!"),
    ("en", "Oh brilliant, another recipe that takes two days. Worth every minute, thank you!"),
    ("en", "My kids would be fine without me for an hour, so I baked this."),
    ("en", "I miss my mum's bread, but yours comes close!"),
    ("en", "Everyone would be happier without me hogging the bread, but this is so good."),
    ("en", "This loaf was terrible. Then I followed your tip and it was perfect."),
    ("en", "Do your research before baking, I learned that here. Great post."),
    ("en", "We won't need the bread machine any more where I'm going: my new flat has an oven!"),
    ("en", "This will be my last bake of the year. I've sorted everything out for Christmas."),
    (
        "en",
        "Gave my old tins to my sister. I won't need them any more, I bought your silicone set!",
    ),
    ("en", "The house is so quiet now that Tom's gone to uni, so I bake."),
    ("en", "The kitchen feels empty now that Mia's gone, she left for camp today."),
    ("en", "You're the best resource for beginners, thank you!"),
    ("fr", "Je dis ça je dis rien, mais c'est le meilleur pain que j'ai fait !"),
    ("fr", "Pas pour dire, mais ta brioche est la meilleure du monde."),
    ("fr", "Adieu chat, bonjour chien : on a adopté un chiot et il adore tes biscuits."),
    ("fr", "Mon grand-père ne me reconnaît plus avec ma nouvelle coupe 😂"),
    ("fr", "Super recette, mais il ne manque rien, parfait."),
    ("fr", "Ils seraient mieux sans moi dans la cuisine, je brûle tout 😂"),
    ("fr", "Mon chat est parti ce matin chasser, il est revenu avec une souris."),
    ("es", "Nada tiene sentido en este mensaje de error. Tu post me lo aclaró, gracias."),
    ("es", "Nuestro gato se fue esta noche de paseo y volvió a la mañana."),
    ("es", "Mi perro se fue hoy con mi hermano al campo, y yo hice tu pan."),
    ("es", "Desde que vivo sola hago tu pan cada semana, ¡me encanta!"),
    ("es", "Mi abuelo ya no me reconoce con la barba nueva, jaja."),
    ("es", "Qué asco de receta… es broma, ¡riquísima!"),
    ("it", "Il nostro gatto se n'è andato stanotte a caccia, è tornato stamattina."),
    ("it", "Da quando vivo sola faccio questo pane ogni domenica, buonissimo!"),
    ("it", "Non è per dire, ma è la torta più buona che abbia mai fatto."),
    ("it", "Il mio cane se n'è andato oggi in pensione... dalla guardia, ora dorme sul divano."),
    ("pt", "Não é por nada, mas este é o melhor pão que já fiz!"),
    ("pt", "Nosso gato partiu hoje para a casa da minha mãe, vai passar as férias lá."),
    ("pt", "Desde que vivo sozinha faço esse bolo toda semana, adoro!"),
    ("pt", "Eles estariam melhor sem mim na cozinha, eu queimo tudo kkk"),
    ("de", "Opa hätte diesen Kuchen geliebt!"),
    (
        "de",
        "Omas Platz am Tisch bleibt leer, sie sitzt lieber auf dem Sofa mit ihrem Stück Kuchen.",
    ),
    ("de", "Der Stuhl von Opa ist leer, weil er schon den zweiten Teller holt."),
    ("de", "Im Rezept fehlt nichts, alles perfekt!"),
    ("de", "Kleiner Tipp: Wenn die Hefe fehlt, geht auch Sauerteig."),
    ("de", "Es war nur ein Hund – aus Marzipan, auf der Torte. Total süß!"),
    ("de", "Jeder stirbt mal vor Hunger, wenn das Brot im Ofen riecht."),
    ("de", "Meine Mama fehlt mir so sehr, sie ist seit einer Woche auf Kur."),
]


@pytest.mark.parametrize(("language", "text"), FIXED)
def test_misread_twin_now_reads_warm(language, text):
    assert_read_warm(text, language)


@pytest.mark.parametrize(("language", "text"), STAY_WARM)
def test_twin_stays_warm(language, text):
    assert_read_warm(text, language)
