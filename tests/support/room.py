"""Comments on a garden post that test reading the room: a reader's loss, an insult, a reader in
crisis and a kind word."""

MOTHER = "My mother died last week. Your garden made me cry, in a good way."
INSULT = "You are an idiot and this garden is garbage."
CRISIS = "I want to kill myself. Nothing helps anymore."
KIND = "What a lovely garden, thank you for the photos!"
