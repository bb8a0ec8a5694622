"""Unprofessional words to a buyer that break no marketplace policy: blaming another party (a
carrier, a supplier) for the buyer's trouble, and pleading for sympathy. In every language; they
warn, never block. A carrier's delay told as a fact ("DHL has delayed the parcel") is no blame:
blame is a word of fault or a slur on the other party in the sentence that names it.
"""

from __future__ import annotations

from sellermail.guard.finders import sentences_with, words
from sellermail.guard.rule import ANY_BUYER, WARN, Rule

#: Another party the trouble may be put on: carriers, by role or brand, and suppliers.
_OTHER = (
    r"\b(?:carrier|courier|delivery (?:company|firm|service|driver)|postal service|post office"
    r"|dhl|ups|usps|fedex|hermes|dpd|gls|royal mail|colissimo|chronopost|la poste|correos|seur|mrw"
    r"|poste italiane|brt|bartolini|zusteller|paketdienst|paketbote|versanddienstleister|spedition"
    r"|transporteur|livreur|transportista|mensajer[ií]a|repartidor|corriere|spedizionier"
    r"|supplier|lieferant|fournisseur|proveedor|fornitore)\w*"
    r"|(?:配送|運送|宅配|物流)(?:業者|会社)|ヤマト|佐川|日本郵便|郵便局|仕入(?:れ)?先"
)
#: Words of fault, or a slur on the other's work.
_FAULT = (
    r"\b(?:fault|to blame|blame\w*|unreliable|incompetent|sloppy|careless|useless|hopeless"
    r"|schuld\w*|unzuverlässig|schlampig|inkompetent|nachlässig|chaotisch"
    r"|faute|fautif|peu fiable|pas fiable|négligen\w*|incompétent\w*"
    r"|culpa|poco fiable|nada fiable|negligen\w*|incompetente?s?|descuidad\w*"
    r"|colpa|inaffidabil\w*|sciatt\w*)\b"
    r"|(?:の)?せい(?:で|です|だ)|ずさん|杜撰|不手際|怠慢|いい加減|落ち度"
)
#: Pleading: the seller's livelihood said to hang on the buyer, or the buyer begged.
_PLEADING = (
    r"\b(?:our|my)\s+(?:whole\s+|entire\s+|very\s+)?(?:business|livelihood|shop|store|survival|future"
    r"|family)\s+(?:\w+\s+){0,2}?(?:depends|relies|hangs|rests)\b|\b(?:we|i)\s+(?:\w+\s+)?beg\b"
    r"|\b(?:begging you|put us out of business)\b"
    r"|\b(?:unser|unsere|mein|meine)\s+(?:ganze[sr]?\s+)?(?:geschäft|existenz|lebensunterhalt|laden"
    r"|unternehmen|zukunft)\s+(?:\w+\s+){0,2}?(?:hängt|steht und fällt|beruht)\b"
    r"|\b(?:wir flehen|ich flehe|flehen sie an)\b"
    r"|\b(?:notre|ma|mon)\s+(?:\w+\s+)?(?:entreprise|commerce|boutique|survie|gagne-pain|avenir)"
    r"\s+(?:\w+\s+){0,2}?(?:dépend|repose)\w*|\b(?:nous vous supplions|je vous supplie)\b"
    r"|\b(?:nuestro|nuestra|mi)\s+(?:\w+\s+)?(?:negocio|tienda|empresa|supervivencia|sustento|futuro)"
    r"\s+(?:\w+\s+){0,2}?depende\b|\b(?:le|les|te) (?:suplicamos|suplico|imploramos)\b"
    r"|\b(?:la nostra|il nostro|la mia|il mio)\s+(?:\w+\s+)?(?:attività|negozio|azienda|sopravvivenza"
    r"|futuro)\s+(?:\w+\s+){0,2}?dipende\b|\b(?:la|vi|ti) (?:supplichiamo|supplico|imploriamo)\b"
    r"|死活問題|(?:生活|存続|店の未来)が(?:かかって|懸かって)|お願いですから"
)
BUYER_TONE: tuple[Rule, ...] = (
    Rule(
        "buyer.no-blame",
        WARN,
        "a buyer is answered for the order; blaming a carrier or supplier sounds unprofessional",
        ANY_BUYER,
        sentences_with(_FAULT, _OTHER),
        (
            "fault",
            "blame",
            "unreliab",
            "incompet",
            "sloppy",
            "careless",
            "useless",
            "hopeless",
            "schuld",
            "unzuverl",
            "schlampig",
            "inkompet",
            "nachläss",
            "chaotisch",
            "faute",
            "fautif",
            "fiable",
            "négligen",
            "incompét",
            "culpa",
            "negligen",
            "descuid",
            "colpa",
            "inaffidab",
            "sciatt",
            "せい",
            "ずさん",
            "杜撰",
            "不手際",
            "怠慢",
            "いい加減",
            "落ち度",
        ),
    ),
    Rule(
        "buyer.no-pleading",
        WARN,
        "a buyer is offered a remedy, not pleaded with: the seller's livelihood is no argument",
        ANY_BUYER,
        words(_PLEADING),
        (
            "depend",
            "relies",
            "hangs",
            "rests",
            "beg",
            "out of business",
            "hängt",
            "steht und",
            "beruht",
            "flehe",
            "dépend",
            "repose",
            "suppli",
            "suplic",
            "implor",
            "dipende",
            "死活",
            "かかって",
            "懸かって",
            "お願いですから",
        ),
    ),
)
