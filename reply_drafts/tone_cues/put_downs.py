"""Plain put-downs in French, Spanish, German, Italian and Portuguese: an order to close the blog
or stop writing, a recipe sworn at, a name called. Hostile on their own, like "Stop blogging." or
"You idiot." in English.

Data: the package's docstring says how the lists are written and read."""

# An order to stop writing or close the blog, as the whole sentence or its last clause: « Ferme
# ton blog. », « Recette de merde, arrête de bloguer. », "Cierra tu blog.", „Hör auf zu
# bloggen.", „Mach deinen Blog zu.", "Chiudi il blog.", "Smetti di scrivere.", "Fecha esse
# blog.", "Para de escrever." Not « ne ferme jamais ton blog ! » nor "Non chiudere mai il blog!"
# (not at a sentence's start), nor « arrête de bloguer si peu, on en veut plus ! » (the sentence
# goes on).
QUIT_BLOGGING = r"""(?:^|(?<=[.!?…] )|(?<=, ))(?:
    ferme (?:ton|votre|ce) blog|fermez (?:votre|ce) blog|
    arrête(?:z)? (?:donc |de grâce )?(?:de bloguer|d'écrire|de publier)|
    cierra (?:tu|el|este|ese) blog|deja de (?:bloguear|publicar)|
    hör (?:bitte |endlich |doch )*auf zu (?:bloggen|posten)|
    mach (?:deinen|den|diesen) blog (?:endlich |doch )?zu|
    chiudi (?:il|questo|quel|'sto) blog|smetti(?:la)? di (?:scrivere|bloggare|pubblicare)|
    fecha (?:esse|este|o|teu|seu) blog|para de (?:escrever|blogar|postar|publicar))
    (?= *(?:[.!…🙄😒]|$))"""

# A recipe or post sworn at, as the whole sentence or its first clause: « Recette de merde. »,
# « Recette pourrie. », « C'est une recette de merde. », "Shit recipe.", "Receta de mierda.",
# „Mistrezept.", "Ricetta di merda.", "Receita de merda." Not the reader's own oven (« Mon four de
# merde a tout brûlé »), nor the words denied, asked or reported (« Ce n'est pas une recette de
# merde », « Recette pourrie ? Pas du tout », « Mon mari dit que c'est une recette de merde »),
# nor another recipe (« une autre recette pourrie avant la tienne »).
SWORN_AT = r"""(?:^|(?<=[.!?…] ))(?:(?:c'est |c'était )?(?:vraiment )?(?:une |un )|quelle |
    (?:ta|votre|cette|tu|esta|vaya|deine?|so ein|questa|che|sua|essa|que) )?(?:
    (?:recette|tuto|billet|article) (?:de merde|pourrie?)|
    (?:receta|artículo) de mierda|(?:ricetta|articolo) di merda|(?:receita|artigo) de merda|
    (?:shit|shitty) (?:recipe|post|blog)|
    (?:mist|dreck|drecks|kack|kacke)(?:rezept|artikel|blog))(?= *(?:[.!…,🙄😒🤮]|$))"""

# A name called at the reader's host: « Quelle idiote. », « Espèce d'idiote », „Du Idiotin".
# Not of oneself: « Quelle idiote je suis », « Quelle idiote, j'ai oublié le sel ».
NAME_CALLED = r"""(?:^|(?<=[.!?…] ))(?:quel(?:le)? (?:idiote?|imbécile|abrutie?|conne?)|
    espèce d'(?:idiote?|imbécile|abrutie?))(?= *(?:[.!…,🙄😒]|$))
    (?![^\n]*\b(?:je|j'ai|j'avais|moi|me|m'a|m'en)\b)|
    du (?:idiotin|depp|trottel|vollidiotin)(?= *(?:[.!…,🙄😒]|$))"""
