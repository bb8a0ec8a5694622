"""Threats to a buyer: legal action, a lawyer, a review called defamation, or the buyer's account
reported or blocked. Said to a buyer over a review, a threat is intimidation to have it changed
or removed (review manipulation); over anything else it has no place in an order's messages. In
every language; it blocks. A legal guarantee ("garantie légale") or a claim opened with the
carrier threatens no one.
"""

from __future__ import annotations

from sellermail.guard.finders import words
from sellermail.guard.rule import ANY_BUYER, BLOCK, Rule

_THREAT = (
    r"\b(?:legal\s+(?:action|steps|proceedings|measures)|take\s+(?:you\s+|this\s+)?to\s+court"
    r"|sue\s+you|(?:our|my)\s+(?:lawyers?|attorneys?|solicitors?|legal\s+(?:team|department))"
    r"|defamat\w*|libel\w*|slander\w*|blacklist\w*|report\s+(?:you|your\s+account)\s+to"
    r"|rechtlich\w*\s+schritte|juristisch\w*\s+schritte|rechtsweg\w*|(?:unser\w*|mein\w*)\s+(?:rechts)?anw[aä]lt\w*"
    r"|rufschädig\w*|verleumd\w*|üble\s+nachrede|unterlassungs\w*|abmahn\w*|strafanzeige"
    r"|anzeige\s+gegen\s+sie|gerichtlich\w*\s+(?:schritte|vorgehen|geltend)"
    r"|dénigrement|diffamat\w*|calomni\w*|poursuites?\s+(?:judiciaires?|en\s+justice)"
    r"|action\s+en\s+justice|(?:notre|nos)\s+(?:avocats?|service\s+juridique|conseil\s+juridique)"
    r"|porter\s+plainte\s+contre\s+vous|réserv\w*\s+(?:le\s+droit|la\s+possibilité)\s+d['’]"
    r"(?:engager|entamer|intenter|agir|poursuivre)"
    r"|acci(?:ón|ones)\s+(?:legales?|judiciales?)|medidas\s+legales|vía\s+judicial"
    r"|(?:nuestros?|mis?)\s+abogados?|difamat\w*|difamación|calumni\w*|demandarl[ea]s?|denunciarl[ea]s?"
    r"|azion[ei]\s+(?:legali|giudiziari\w*)|vie\s+legali|(?:nostro|mio)\s+avvocato|(?:nostri|miei)\s+legali"
    r"|diffamator\w*|diffamazione|querel\w*|denunciarla|denunciarvi|denunciarti)\b"
    r"|法的(?:措置|手段|処置|対応を(?:取|と|検討))|名誉(?:毀損|棄損)|弁護士|訴訟|提訴|損害賠償|営業妨害|業務妨害"
)
BUYER_THREAT = Rule(
    "buyer.no-threat",
    BLOCK,
    "never threaten a buyer (legal steps, defamation, their account): intimidating a buyer over"
    " a review is review manipulation",
    ANY_BUYER,
    words(_THREAT),
    (
        "legal ",
        "legales",
        "legali",
        "court",
        "sue ",
        "lawyer",
        "attorney",
        "solicitor",
        "defamat",
        "libel",
        "slander",
        "blacklist",
        "report you",
        "report your",
        "rechtlich",
        "juristisch",
        "rechtsweg",
        "anwalt",
        "anwält",
        "rufschäd",
        "verleumd",
        "nachrede",
        "unterlassung",
        "abmahn",
        "anzeige",
        "gerichtlich",
        "dénigrement",
        "diffamat",
        "calomni",
        "poursuite",
        "justice",
        "avocat",
        "juridique",
        "plainte",
        "réserv",
        "acción",
        "acciones",
        "judicial",
        "abogad",
        "difama",
        "calumni",
        "demandar",
        "denunciar",
        "giudiziar",
        "avvocato",
        "diffama",
        "querel",
        "法的",
        "名誉",
        "弁護士",
        "訴訟",
        "提訴",
        "損害賠償",
        "営業妨害",
        "業務妨害",
    ),
)
