"""English: the words and patterns the claim annotators read. Data only; the logic that uses
them is language-neutral and lives in ``geo.claims``.

One module per annotator that reads it: the phrase matcher's cue words (``cues``), speakers and
their sides and the reporting cues (``speakers``), the outlet's own voice (``reports``), strike
triggers and their filters (``triggers``), claim assembly and merging (``assembly``), places of
impact (``impact``), dates (``dates``) and a claim's flags (``flags``), attackers and casualties
(``details``), and the target and weapon vocabularies (``vocab``). This package holds them all
as one namespace: ``geo.claims.lang.for_lang("en").SPEAKERS``.
"""
from .assembly import *  # noqa: F401,F403
from .cues import *  # noqa: F401,F403
from .dates import *  # noqa: F401,F403
from .details import *  # noqa: F401,F403
from .flags import *  # noqa: F401,F403
from .impact import *  # noqa: F401,F403
from .reports import *  # noqa: F401,F403
from .speakers import *  # noqa: F401,F403
from .triggers import *  # noqa: F401,F403
from .vocab import *  # noqa: F401,F403
