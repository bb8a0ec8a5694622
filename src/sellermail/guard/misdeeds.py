"""Blame told as a misdeed: another party (a carrier, its staff, a partner warehouse) doing
wrong in the clause that names it. A fault is a mistake ("the error happened at the agency",
配送業者のミス, "il corriere ha sbagliato"), a careless act ("delivered without checking",
確認せずに), or a failing said to be habitual ("loses parcels all the time", "égare
régulièrement des colis", 対応が遅く). One clause, not one sentence: "we made a mistake with the
label, and the carrier has the right address now" owns the error; a clause whose subject is
the seller ("we", 当店) owns it too. In every language; a warning, never a block.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from sellermail.guard.carriers import carriers_in
from sellermail.guard.finders import caseless
from sellermail.guard.mentions import Mention

#: Losing parcels, and a word that makes it habitual (in either order, in one clause).
_LOSS = (
    r"(?:lose|loses|losing|lost|misplac\w*|mislay\w*|mislaid|perd\w*|égar\w*|pierd\w*|extravi\w*"
    r"|smarri\w*|verlier\w*|verlor\w*|verbummel\w*)"
)
_HABIT = (
    r"(?:always|constantly|regularly|routinely|repeatedly|often|frequently|all the time|so many"
    r"|lots of|toujours|régulièrement|souvent|sans cesse|fréquemment|beaucoup de|énormément de"
    r"|siempre|a menudo|con frecuencia|muchísimos|muchos|montones de|sempre|spesso|regolarmente"
    r"|di frequente|moltissimi|molti|tanti|immer wieder|ständig|regelmäßig|oft|häufig|viele|dauernd)"
)
_JA_HABIT = r"(?:頻繁|いつも|しょっちゅう|たびたび|度々|よく)"
#: A misdeed of another party (all lower case: found through the cue words).
_MISDEED = (
    rf"\b{_LOSS}\b[^,;:.!?\n]{{0,40}}?\b{_HABIT}\b|\b{_HABIT}\b[^,;:.!?\n]{{0,40}}?\b{_LOSS}\b"
    rf"|{_JA_HABIT}[^、。]{{0,12}}?(?:紛失|なくし|遅れ|遅延)|(?:紛失|なくし)[^、。]{{0,6}}?{_JA_HABIT}"
    # always late
    r"|\b(?:always late|always slow|never on time|accumul\w* (?:les |des )?retards|toujours en retard"
    r"|acumul\w* retrasos|siempre (?:llega\w* )?tarde|siempre con retraso|accumul\w* ritardi"
    r"|sempre in ritardo|(?:ständig|immer) (?:zu )?spät|(?:ständig|immer wieder) verspät\w*)\b"
    r"|(?<=対応が)遅|(?<=仕事が)遅|(?<=配達が)遅"
    # a mistake, a careless act, and again
    r"|\b(?:mistakes?|errors?|errores|erreurs?|errore|errori|blunders?|mix-?ups?|mislabel\w*"
    r"|misrout\w*|mishandl\w*|without checking|without looking|not the first time|notorious\w*"
    r"|tromp\w*|(?<=mal )(?:étiquet|achemin)\w*|sans (?:vérifier|contrôler|regarder)"
    r"|pas la première fois|equivoc\w*|etiquet\w* mal|(?<=mal )etiquetad\w*"
    r"|sin (?:comprobar|verificar|mirar|revisar)|no es la primera vez|sbagli\w*|sbaglio"
    r"|senza (?:controllare|verificare|guardare)|non è la prima volta|fehler\w*|vertausch\w*"
    r"|falsch (?:etikettiert|sortiert)|ohne (?:zu )?(?:prüfen|kontrollieren|nachzusehen)"
    r"|(?<=nicht zum )ersten mal|(?<=nicht das )erste mal|berüchtigt\w*)\b"
    r"|ミス|間違え|間違っ|誤って|誤配|確認せず|確認もせず|不注意|初めてではありません"
)
#: The seller as the clause's subject, or its own error: the clause owns what went wrong.
_OURS = re.compile(
    r"\b(?-i:I|I've)\b|\b(?:we|we've|we're|our (?:mistake|error)|my (?:mistake|error)|nous|je|notre erreur"
    r"|wir|ich|unser(?:e|em)? (?:fehler|versehen)|nosotros|nuestro error|error nuestro"
    r"|\w+(?:amos|emos|imos)|noi|\w+iamo|nostro errore|errore nostro)\b|当店|弊社|弊店|私ども|当方",
    re.IGNORECASE,
)
_CLAUSE_ENDS = ".!?\n;:,、。，"


def _clause_at(text: str, start: int, end: int) -> str:
    """The clause of ``text`` around ``text[start:end]`` (ended by a stop, a comma or a
    colon)."""
    first = max(text.rfind(stop, 0, start) for stop in _CLAUSE_ENDS) + 1
    ends = [at for at in (text.find(stop, end) for stop in _CLAUSE_ENDS) if at >= 0]
    return text[first : min(ends, default=len(text))]


def misdeeds_of(other: str) -> Callable[[str, list[Mention]], Iterator[str]]:
    """Clauses where a party of ``other`` (or a carrier named by brand) does a misdeed, and the
    seller is not the one owning it."""
    misdeeds, party = caseless(_MISDEED), re.compile(other, re.IGNORECASE)

    def find(text: str, seen: list[Mention]) -> Iterator[str]:
        for match in misdeeds(text):
            clause = _clause_at(text, match.start(), match.end())
            if (party.search(clause) or carriers_in(clause)) and not _OURS.search(clause):
                yield clause.strip()

    return find
