"""Unprofessional words to a buyer that break no marketplace policy: blaming another party (a
carrier, a supplier) for the buyer's trouble, and pleading for sympathy. In every language; they
warn, never block. A carrier's delay told as a fact ("DHL has delayed the parcel") is no blame:
blame is a word of fault or a slur on the other party in the sentence that names it.
"""

from __future__ import annotations

from sellermail.guard.finders import sentences_with, words
from sellermail.guard.misdeeds import misdeeds_of
from sellermail.guard.rule import ANY_BUYER, WARN, Rule

#: Another party the trouble may be put on: carriers, by role or brand, and suppliers.
_OTHER = (
    r"\b(?:carrier|courier|delivery (?:company|firm|service|driver)|postal service|post office"
    r"|dhl|ups|usps|fedex|hermes|dpd|gls|royal mail|colissimo|chronopost|la poste|correos|seur|mrw"
    r"|poste italiane|brt|bartolini|zusteller|paketdienst|paketbote|versanddienstleister|spedition"
    r"|transporteur|livreur|transportista|mensajer[ií]a|repartidor|corriere|spedizionier"
    r"|cainiao|yanwen|yun ?express|china post|postnl|bpost|mondial relay|inpost|paketfahrer|fattorin|deutsche post|die post(?!\w)"
    r"|supplier|lieferant|fournisseur|proveedor|fornitore|postman|postie|warehouse|lagerhaus"
    r"|agencias? de (?:transporte|mensajer|env[ií]o)|agences? de (?:transport|livraison)"
    r"|agenzi[ae] di (?:spedizion|trasport)|logistics (?:partner|provider|company))\w*"
    r"|\b(?:le poste|ufficio postale|servizio postale|the post)\b"
    r"|(?:配送|運送|宅配|物流)(?:業者|会社)|ヤマト|佐川|日本郵便|郵便局|仕入(?:れ)?先|物流倉庫|配達員"
)
#: Words of fault, or a slur on the other's work.
_FAULT = (
    r"\b(?:(?<!your )fault|to blame|blame\w*|unreliable|incompetent|sloppy|careless|useless|hopeless"
    r"|(?<!ihre )(?<!deine )schuld\w*|unzuverlässig|schlampig|inkompetent|nachlässig|chaotisch"
    r"|(?<!votre )faute|fautif|peu fiable|pas fiable|négligen\w*|incompétent\w*"
    r"|culpa(?! (?:suya|tuya|vuestra|de usted))|poco fiable|nada fiable|negligen\w*|incompetente?s?|descuidad\w*"
    r"|colpa(?! (?:sua|tua|vostra))|inaffidabil\w*|sciatt\w*"
    # a slur on the other's work or staff: "hat geschlampt", "deja bastante que desear",
    # "die Zusteller sind völlig überfordert und verlieren ständig Pakete"
    r"|geschlampt|verschlampt|überfordert|(?:lässt|lassen) (?:\w+ )?zu wünschen übrig"
    r"|lais\w* (?:\w+ )?à désirer|dej\w* (?:\w+ )?que desear|lasci\w* (?:\w+ )?a desiderare"
    r"|leaves? (?:\w+ )?to be desired|keeps? losing|(?:verlier|verschlamp)\w* ständig"
    r"|perd\w* (?:\w+ )?(?:sans arrêt|constamment|tout le temps)"
    r"|pierd\w* (?:\w+ )?(?:constantemente|cada dos por tres)|perd\w* (?:\w+ )?(?:di continuo|continuamente))\b"
    r"|(?:の)?せい(?:で|です|だ)|ずさん|杜撰|不手際|怠慢|いい加減|落ち度"
)
#: Responsibility disclaimed, whoever is then named: "not our fault", "no es cosa nuestra",
#: "nous n'y sommes pour rien", 当店の責任ではございません (the buyer's own, "not your fault", is none).
_NOT_OURS = (
    r"\b(?:(?:is|was|'s)\s+(?:not|n't)\s+(?:our|my)\s+(?:fault|problem|responsibility|doing)"
    r"|(?:isn't|wasn't)\s+(?:our|my)\s+(?:fault|problem|responsibility|doing)"
    r"|(?:is|'s|was)\s+not\s+on\s+us|(?:isn't|wasn't)\s+on\s+us|nothing to do with us"
    r"|nicht\s+(?:unsere|meine)\s+(?:schuld|verantwortung)|nicht\s+unser\s+problem"
    r"|liegt\s+nicht\s+an\s+uns|können\s+wir\s+nichts\s+dafür|dafür\s+können\s+wir\s+nichts"
    r"|pas\s+(?:de\s+)?notre\s+faute|pas\s+notre\s+(?:problème|responsabilité)"
    r"|nous\s+n['’]y\s+sommes\s+pour\s+rien|relève\s+pas\s+de\s+notre\s+responsabilité"
    r"|no\s+es\s+(?:cosa|culpa|problema|responsabilidad)\s+nuestr[ao]"
    r"|no\s+es\s+nuestr[ao]\s+(?:culpa|problema|responsabilidad)|no\s+tenemos\s+(?:la\s+)?culpa"
    r"|no\s+tenemos\s+nada\s+que\s+ver|non\s+è\s+(?:colpa|responsabilità)\s+nostra"
    r"|non\s+è\s+(?:un\s+problema|affare)\s+nostro|non\s+è\s+(?:una\s+)?nostra\s+(?:colpa|responsabilità)"
    r"|non\s+dipende\s+da\s+noi|ne\s+dépend\s+pas\s+de\s+nous|no\s+depende\s+de\s+nosotros|non\s+abbiamo\s+(?:nessuna\s+|alcuna\s+)?colpa)\b"
    r"|(?:当店|弊社|私ども|こちら)(?:側)?の(?:責任|落ち度|せい)では(?:ござい|あり)ません"
    r"|(?:当店|弊社)(?:と|に)は(?:一切)?関係(?:ござい|あり)ません"
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
    # the seller's business said to be put at risk or ruined (by a few bad reviews)
    r"|\b(?:put|puts|putting)\s+(?:our|my)\s+(?:\w+\s+)?(?:business|shop|store|livelihood)\s+at\s+risk"
    r"|\b(?:ruin|sink|destroy)s?\s+(?:us|our\s+(?:\w+\s+)?(?:business|shop|store))\b"
    r"|\b(?:mett\w*|met)\s+en\s+(?:péril|danger)\s+(?:notre|ma|mon)\s+(?:\w+\s+)?(?:activité|boutique"
    r"|commerce|entreprise|survie|gagne-pain|magasin)\b|\b(?:mett\w*|met)\s+(?:notre|ma|mon)\s+"
    r"(?:\w+\s+)?(?:activité|boutique|commerce|entreprise|survie|gagne-pain|magasin)\s+en\s+(?:péril|danger)\b"
    r"|\bnous\s+(?:faire\s+fermer|couler|ruiner)\b"
    r"|\b(?:gefährd|bedroh|ruinier)\w*\s+(?:unsere?n?|meine?n?)\s+(?:\w+\s+)?(?:existenz|geschäft|laden"
    r"|betrieb|familienbetrieb|firma)\b|\b(?:unsere?n?|meine?n?)\s+(?:existenz|geschäft|laden|betrieb"
    r"|familienbetrieb|firma)\s+(?:\w+\s+){0,2}?(?:gefährd|bedroh|ruinier)\w*|\buns\s+(?:\w+\s+)?(?:ruinieren|das\s+genick\s+brechen)\b"
    r"|\bpone\w*\s+en\s+(?:peligro|riesgo)\s+(?:nuestr[oa]|mi)\s+(?:\w+\s+)?(?:negocio|tienda|empresa"
    r"|sustento|supervivencia)\b|\b(?:hundirnos|arruinarnos)\b"
    r"|\bmett\w*\s+(?:a\s+rischio|in\s+pericolo)\s+(?:la\s+nostra|il\s+nostro|la\s+mia|il\s+mio)\s+"
    r"(?:\w+\s+)?(?:attività|negozio|azienda|sopravvivenza)\b|\b(?:rovinarci|farci\s+chiudere)\b"
    r"|(?:店|経営|存続)(?:の存続)?が(?:危う|危ぶまれ|立ち行かなく)"
    r"|死活問題|(?:生活|存続|店の未来)が(?:かかって|懸かって)|お願いですから"
    # the seller's livelihood said to be threatened or ended, or a family to feed
    r"|\bexistenz(?:bedrohend|gefährdend|vernichtend)\w*|\bdas aus für (?:uns|unser\w*)\b"
    r"|\bthreaten\w* (?:our|my) (?:\w+ )?(?:livelihood|business|shop|store|survival|family)\b"
    r"|\bthe end of (?:us|our (?:\w+ )?(?:business|shop|store))\b|\b(?:family|mouths) to feed\b"
    r"|\bgo(?:ing)? out of business\b|\bclose (?:our|my) (?:doors|shop|store)\b"
    r"|\bmenac\w* (?:\w+ ){0,3}?(?:notre|ma|mon) (?:\w+ )?(?:survie|activité|boutique|commerce"
    r"|entreprise|gagne-pain|famille)\b|\bclé sous la porte\b|\bla fin (?:pour nous|de notre)\b"
    r"|\bamenaz\w* (?:\w+ ){0,4}?(?:nuestr[oa]|mi) (?:\w+ )?(?:negocio|tienda|empresa|sustento"
    r"|supervivencia|familia)\b|\b(?:obligarnos a cerrar|cerrar (?:el|nuestro) negocio)\b"
    r"|\bminacci\w* (?:\w+ ){0,4}?(?:la nostra|il nostro|la mia|il mio|del nostro|della nostra)"
    r" (?:\w+ )?(?:attività|negozio|azienda|sopravvivenza|famiglia)\b"
    r"|\b(?:chiudere (?:bottega|il negozio)|la fine per noi)\b"
    r"|店を畳|廃業|閉店に追い込|(?:存続|生活)に関わ|家族を養"
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
            "schlampt",
            "überford",
            "zu wünschen",
            "désirer",
            "desear",
            "desiderare",
            "desired",
            "losing",
            "ständig",
            "sans arrêt",
            "constamment",
            "tout le temps",
            "constantemente",
            "dos por tres",
            "di continuo",
            "continuamente",
        ),
    ),
    Rule(
        "buyer.no-blame",
        WARN,
        "a buyer is answered for the order; blaming a carrier or supplier sounds unprofessional",
        ANY_BUYER,
        misdeeds_of(_OTHER),
    ),
    Rule(
        "buyer.no-blame",
        WARN,
        "a buyer is answered for the order; disclaiming responsibility sounds unprofessional",
        ANY_BUYER,
        words(_NOT_OURS),
        (
            "fault",
            "our problem",
            "my problem",
            "our responsib",
            "my responsib",
            "not on us",
            "n't on us",
            "do with us",
            "our doing",
            "my doing",
            "schuld",
            "unsere verantwort",
            "meine verantwort",
            "unser problem",
            "nicht an uns",
            "nichts dafür",
            "faute",
            "notre problème",
            "notre responsab",
            "pour rien",
            "culpa",
            "cosa nuestr",
            "problema nuestr",
            "responsabilidad nuestr",
            "nada que ver",
            "colpa",
            "problema nostro",
            "affare nostro",
            "responsabilità nostr",
            "nostra responsab",
            "dipende da noi",
            "pas de nous",
            "de nosotros",
            "責任では",
            "落ち度では",
            "せいでは",
            "関係ござ",
            "関係あり",
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
            "at risk",
            "ruin",
            "sink",
            "destroy",
            "péril",
            "danger",
            "fermer",
            "couler",
            "gefährd",
            "bedroh",
            "genick",
            "peligro",
            "riesgo",
            "hundirnos",
            "arruin",
            "rischio",
            "pericolo",
            "rovinarci",
            "farci chiudere",
            "が危",
            "立ち行か",
            "existenz",
            "das aus",
            "threaten",
            "the end of",
            "to feed",
            "of business",
            "close our",
            "close my",
            "menac",
            "clé sous",
            "la fin pour",
            "la fin de notre",
            "amenaz",
            "cerrar",
            "minacci",
            "chiudere bottega",
            "chiudere il negozio",
            "la fine per",
            "店を畳",
            "廃業",
            "閉店",
            "存続に関わ",
            "生活に関わ",
            "家族を養",
        ),
    ),
)
