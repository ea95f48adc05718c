"""A loss told in English without a word of death, by the place left empty, the sounds missed or
what the person left ("Mum's chair is still empty but the kitchen smells like her again thanks to
this.", "The house is so quiet without Bear's paws on the floor.", "Still can't open his recipe
box."), and a low mood beside a smile ("I don't really see the point of anything lately, but this
made me smile.") had been starred and quoted: now a quiet reply. The same words about a trip, the
groomer's or a nap stay warm."""

import pytest

from tests.support.drafts import assert_read_hard, assert_read_warm

HARD = [
    "Mum's chair is still empty but the kitchen smells like her again thanks to this.",
    "The house is so quiet without Bear's paws on the floor.",
    "Our dog's bed is still empty. I can't bring myself to move it.",
    "This was the last thing my husband cooked for me. I finally made it myself today.",
    "Six months today. Still can't open his recipe box.",
    "Our vet came to the house on Friday. She went peacefully in her favourite spot.",
    "I don't really see the point of anything lately, but this made me smile.",
    "Some days the only reason I get up is to feed the starter.",
]

WARM = [
    "Dad's chair is empty, he's on a cruise lol",
    "Dad's chair is still empty, he's working late again!",
    "His chair is empty at the table every Sunday because he's on night shifts.",
    "The house is so quiet without the dog's barking, he's at the groomer's till 5!",
    "The kitchen feels empty without your posts, glad you're back!",
    "The last thing my husband cooked for me before he left for his trip was this, haha.",
    "I can't open her recipe box, it's locked and she lost the key.",
    "The baby went peacefully to sleep after two bites.",
    "The only reason I get up early on Sundays is to bake this, ha!",
]


@pytest.mark.parametrize("text", HARD)
def test_a_loss_or_a_low_mood_told_without_the_word_is_a_quiet_reply(text):
    assert_read_hard(text, "en", "grief")


@pytest.mark.parametrize("text", WARM)
def test_the_same_words_about_a_trip_or_a_nap_stay_warm(text):
    assert_read_warm(text, "en")
