"""What a sixth review found in French, then in Spanish, German, Italian, Portuguese and Dutch.

Readers at risk who had been quoted back or starred (« ce serait plus simple de ne pas me réveiller
demain », medicines put aside « au cas où », letters left for the children « por si acaso »), and
the near misses that must stay warm (a holiday that is « bientôt fini pour moi », a blog closing).
"""

import pytest

from reply_drafts.tone import read_tone


@pytest.mark.parametrize(
    "text",
    [
        "J'ai rédigé des lettres pour ma famille hier soir. Je crois que c'est bientôt fini "
        "pour moi.",
        "Parfois je me dis que ce serait plus simple de ne pas me réveiller demain.",
        "Je voulais juste dire adieu à tout le monde ici. Merci pour tout.",
        "J'ai mis de côté mes médicaments, au cas où. Je ne sais pas pourquoi je raconte ça.",
        "J'ai écrit des lettres à mes enfants, au cas où.",
        "Ya no puedo más. He escrito cartas para mis hijos por si acaso.",
        "A veces pienso que sería más fácil no despertar.",
        "Às vezes penso que seria melhor não acordar mais.",
        "Manchmal denke ich, es wäre einfacher, nicht mehr da zu sein.",
        "Soms denk ik dat het makkelijker zou zijn om niet meer wakker te worden.",
        "Ich kann nicht mehr. Ich habe meine Abschiedsbriefe schon geschrieben.",
    ],
)
def test_a_reader_at_risk_is_heard_in_every_language(text):
    assert read_tone(text).crisis


def test_letters_for_when_the_reader_is_gone_get_a_quiet_reply_and_no_quote():
    tone = read_tone("Ho scritto delle lettere ai miei figli, per quando non ci sarò più. Presto.")
    assert tone.label == "grief" and tone.guarded


@pytest.mark.parametrize(
    "text",
    [
        "Les vacances, c'est bientôt fini pour moi, retour au boulot lundi !",
        "Ce serait plus simple de ne pas me réveiller à 5h pour le levain, mais bon 😅",
        "Je ferme le blog ce mois-ci, je voulais dire adieu à tout le monde ici. Merci pour tout.",
        "Je pars à la retraite vendredi, je voulais dire adieu à tous mes élèves.",
        "J'ai mis de côté mes médicaments pour le voyage, au cas où.",
        "J'ai laissé des lettres à mes enfants au cas où je rentre tard, ils adorent ça.",
        "Sería más fácil no despertar tan temprano para hacer el pan 😂",
        "Ich habe meine Abschiedsbriefe an die Kollegen schon geschrieben, letzter Tag morgen!",
    ],
)
def test_a_holiday_a_retirement_or_a_blog_closing_gets_no_helpline(text):
    assert not read_tone(text).crisis
