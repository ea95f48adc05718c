"""Words that say nothing of a comment's tone, for the model and the spam reading.

Data: the package's docstring says how the lists are written and read."""

import re

# Words too common to say anything particular about a comment (for telling spam from a person).
FILLER = frozenset(
    re.split(
        r"\s+",
        """the and for you your this that with was are have has not but all can its it's just
        very really post article blog site info information great nice good thanks thank sharing
        here from more will also what about like one been would could there their they them then
        than""",
    )
)

# Words that carry a sentence but say nothing of its tone: the model weighs the others (a model
# trained on a few thousand comments otherwise learns that "and" or "my" means spam).
FUNCTION_WORDS = frozenset(
    re.split(
        r"\s+",
        """a an the and or but if so as at by for from in into of off on onto out over to up with
        about above after against along among around before behind below beneath beside between
        beyond during except inside near since than through till toward towards under until upon
        via within without i me my mine myself we us our ours ourselves you your yours yourself
        yourselves he him his himself she her hers herself it its itself they them their theirs
        themselves this that these those who whom whose which what there here am is are was were
        be been being have has had having do does did doing will would shall should can could may
        might must also just then too very more most much many some any each every all both few
        other another such own same only even still yet again once one two le la les de des du un
        une et est en il elle je tu vous nous der die das und ist ein eine ich du sie es el los
        las y es en un una o lo que o os um uma e é il lo gli di che è het een en de van ik je""",
    )
)
