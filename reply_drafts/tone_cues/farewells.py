"""A farewell said to someone who died, as readers say it of a public figure: "Rest in peace, he
was a legend." under a recipe of a chef who died. Said with no "my" and no kin, it is shared
sadness, not the reader's own loss (reply_drafts.grief.farewell_to_a_stranger)."""

FAREWELL = r"""rest in peace|rip|r\.i\.p\.?|repose en paix|descans[ae] en paz|que en paz descanse|
    ruhe in frieden|ruhe sanft|riposa in pace|che riposi in pace|descans[ae] em paz"""
# Words that make a farewell the reader's own: "my", "our" ("RIP to my sweet Luna").
OWN = r"""my|our|mon|ma|mes|notre|nos|mi|mis|nuestr[oa]s?|mio|mia|miei|mie|nostr[oaie]|mein|
    meine|meinen|meinem|meiner|unser|unsere|unseren|unserem|unserer|meu|minha|meus|minhas|
    noss[oa]s?"""
# Words that make it a farewell to the author's own: "your" ("Que descanse en paz tu abuelo.").
YOURS = r"""your|ton|ta|tes|votre|vos|tu|tus|dein|deine|deinen|deinem|deiner|euer|eure|tuo|tua|
    tuoi|tue|teu|teus|tuas"""
