"""Rules of conduct in the seller's own voice: a letter to another seller accuses no one of a
crime the seller's evidence does not name and threatens nothing beyond the stated remedy; a
Plan of Action blames no one else and does not plead. They warn (fail only under ``--strict``).

The vocabulary is general (kinds of acts and of people), and every rule looks for an act and
its object in one sentence."""

from __future__ import annotations

from sellermail.guard.finders import near, sentences_with, words
from sellermail.guard.rule import APPEAL, LETTER, REQUEST, WARN, Rule

#: Words that accuse another seller of a crime or fraud.
_ACCUSATION = (
    r"\b(?:thie(?:f|ves|ving)|steal\w*|stole|stolen|scam\w*|fraud\w*|crim(?:e|inal)s?|crooks?|liars?"
    r"|counterfeit\w*|fakes?|pirat\w*|illegal\w*|bootleg\w*)\b"
)
_AT_THEM = (
    r"\b(?:you|your|yours|you're|you've|this seller|the seller|your (?:store|shop|company))\b"
)
#: Threats beyond reporting through Amazon and reserving rights.
_THREAT = (
    r"\b(?:police|fbi|interpol|jail|prison|arrest\w*|prosecut\w*|criminal (?:charges|complaint|case)"
    r"|ruin\w*|destroy\w*|expose\w*|blacklist\w*|shut (?:you|your \w+) down|hunt\w* (?:you )?down"
    r"|every (?:platform|marketplace)|social media|your (?:family|home|address)|you(?:'ll| will) (?:pay|regret)"
    # shame in public, or the authorities beyond the courts ("go public", "refer you to customs")
    r"|go(?:ing)? public|make (?:it|this|that|them|everything|the \w+|your \w+) public|name and shame"
    r"|naming and shaming|wall of shame|who to avoid|law enforcement|customs (?:and border|authorit\w*"
    r"|offic\w*)|border protection|trading standards|attorneys? general|consumer protection"
    r"|(?:relevant |competent )?authorities|regulators?|federal trade commission|better business bureau)\b"
)
#: A threat to act later ("we will", "we won't hesitate to", "we'll be"), then an act that makes
#: something known or reaches someone: the shape of a threat to expose or to press through others.
_WILL_ACT = (
    r"\b(?:will|'ll|’ll|shall|going to|intend to|plan to|hesitate to|prepared to|forced to"
    r"|choice but to|reserve the right to)\b[^.!?\n;:]{0,60}?\b(?:post\w*|publish\w*|shar(?:e|es|ing)"
    r"|nam(?:e|es|ing)|announc\w*|broadcast\w*|tweet\w*|put|putting|featur\w*|expos\w*|warn\w*"
    r"|tell\w*|alert\w*|inform\w*|notif\w*|let|spread\w*|writ(?:e|es|ing)|blog\w*|call\w*|contact\w*"
    r"|e-?mail\w*|reach\w*|get|getting|approach\w*|send\w*|forward\w*|pass\w*|refer\w*|ask\w*"
    r"|escalat\w*|rais(?:e|ing)|involv\w*|tak(?:e|ing)|bring\w*)\b"
)
#: Where a shaming is heard: the public, social networks, the press, the seller's own audience.
_PUBLIC = (
    r"\b(?:public\w*|instagram|facebook|twitter|tiktok|youtube|linkedin|reddit|pinterest|trustpilot"
    r"|everyone|everybody|the (?:whole )?world|the whole (?:\w+ )?(?:community|industry|market)"
    r"|(?:other|fellow|every) (?:sellers?|buyers?|shoppers?|brands?|merchants?|customers?)"
    r"|(?:our|my) (?:\w+ )?(?:followers|fans|community|audience|subscribers|customers|readers"
    r"|mailing list|newsletter|blog|website|channel)|followers|the press|journalists?|reporters?"
    r"|newspapers?|the news|the media|online|the internet|forums?|review sites?)\b"
)
#: Those through whom another seller can be pressed: its money, trade and people.
_THEIR_PEOPLE = (
    r"\b(?:your (?:\w+\s+){0,2}?(?:payment|processors?|banks?|card|paypal|stripe|customers|buyers"
    r"|clients|suppliers?|manufacturers?|distributors?|wholesalers?|factory|landlord|employer|investors?"
    r"|partners?|host|hosting|registrar|insurers?|carriers?|couriers?|freight|accountant|family|friends)"
    r"|(?:payment|card) (?:processors?|providers?))\b"
)
#: Others a Plan of Action may not blame.
_OTHERS = (
    r"\b(?:amazon|your (?:\w+\s+)?(?:team|system|algorithm|process|tool|bots?|review(?:er)?s?)"
    r"|buyers?|customers?|shoppers?|purchasers?|seller (?:central|support)"
    r"|(?:the|this|that|these|those) (?:claims?|complaints?|notices?|decisions?)"
    r"|carriers?|couriers?|usps|ups|fedex|dhl|post office|logistics (?:partner|provider|company)s?"
    r"|freight forwarder|warehouse|suppliers?|manufacturers?|factory|vendors?|contractors?"
    r"|freelance\w*|designers?|photographers?|agency|agencies|third[- ]part(?:y|ies)|partners?"
    r"|(?:amazon's|your) (?:catalog\w*|system|algorithm|tool)s?"
    r"|(?:rights?|brand|trademark) owners?|complainants?|competitors?"
    r"|(?:former|previous|fired|dismissed|temporary|new|junior)\s+(?:employee|staff|assistant|worker|va|hire|member)s?"
    r"|(?:an?|the|one|our|that|this)\s+(?:\w+\s+){0,3}?(?:employee|staff member|assistant|worker|va|intern)"
    # a firm from outside, whatever its trade ("an outside photography studio")
    r"|(?:outside|external|outsourced|hired)\s+(?:\w+\s+){0,2}?(?:studio|firm|company|service|agency|team)s?"
    # a person the sentence before named, now the one who acts (we are the seller)
    r"|she|he)\b"
)
_FAULT = (
    r"\b(?:their|his|her|its) fault\b|\bfault\b(?<=(?:'s|s') fault)|\b(?:fault of|blame\w*|responsible for|lied|lying|lies|false(?:ly)?"
    r"|unfair\w*|unjust\w*|mistaken(?:ly)?|made (?:a |an )?(?:mistake|error)|malicious\w*|abus\w*"
    r"|bad faith|incompeten\w*|careless\w*|negligen\w*|fired|dismissed|let go|terminated"
    r"|should(?:n't| not)? have|impatient\w*|too (?:quickly|soon|early)|for no (?:good )?reason"
    r"|not our fault|lost\b|assured us|promised us|guaranteed us|misled|deceived|tricked"
    r"|not caused by (?:us|our)|automatically|ignor(?:ed|ing) (?:our|the|my|all) (?:\w+ )?(?:instructions"
    r"|rules|guidelines|process\w*|polic\w*|checklist)|let (?:him|her|them|this person|that person|the \w+) go"
    r"|(?:is|are) no longer (?:with|at|working (?:for|with)|employed (?:by|at)) (?:us|our)"
    r"|(?:did(?:n't| not)|never) (?:tell|inform|warn|notify|ask) (?:us|anyone)|without (?:telling|informing|asking) us"
    r"|(?:more|less|other)\s+(?:\w+\s+)?than we (?:had )?(?:asked|ordered|requested|specified|agreed))\b"
)
#: Blame that names the other by itself: a fault that is someone else's ("entirely his fault"), or
#: an act done without or against the seller ("without our knowledge", "against our
#: instructions"), which only someone else can do.
_BLAME_ITSELF = (
    r"\bfault\b(?<=\b(?:his|her) fault)(?<!not (?:his|her) fault)(?<!n't (?:his|her) fault)"
    r"|\bfault\b(?<=\btheir fault)(?<!not their fault)(?<!n't their fault)"
    r"|\bwithout our (?:knowledge|consent|permission|approval|authori[sz]ation)\b"
    r"|\b(?:against|contrary to|in breach of|in violation of) our (?:(?:explicit|express|clear|written|internal"
    r"|standing|documented|own|detailed)\s+){0,2}(?:instructions|wishes|rules|guidelines|polic(?:y|ies)"
    r"|procedures?|directions)\b"
    # orders given to someone, however they are named ("contrary to the clear instructions she
    # had been given", "despite explicit directions", "although he had been told not to")
    r"|\b(?:against|contrary to|in breach of|in violation of|despite|ignoring|disregarding) (?:the |all |his |her"
    r"|their |any )?(?:(?:explicit|express|clear|written|repeated|specific|detailed|standing)\s+){0,2}"
    r"(?:instructions|directions|orders|training|briefing|wishes)\b"
    r"|\b(?:despite|although|even though|though) (?:(?:he|she|they|having|being)\s+)?(?:had |has |have |was"
    r" |were )?(?:been |being )?(?:clearly |explicitly |repeatedly |specifically )?(?:told|instructed"
    r"|trained|warned|briefed|shown)\b"
    # an act kept from those who run the business ("without informing management", "without
    # management's knowledge", "unbeknownst to the owners", "management was never told")
    r"|\bwithout (?:telling|informing|consulting|asking|notifying|the (?:knowledge|consent|approval"
    r"|permission) of) (?:our |the )?(?:management|managers?|supervisors?|owners?|anyone else)\b"
    r"|\bwithout (?:the )?(?:management|(?:our )?managers?|(?:our )?supervisors?)"
    r"(?:'s|s'|’s)? (?:knowledge|consent|approval|permission|authori[sz]ation|sign-off|knowing)\b"
    r"|\b(?:unbeknownst|unbeknown|unknown) to (?:us|our \w+|the (?:management|owners?)|management|anyone)\b"
    r"|\b(?:management|managers?|supervisors?|(?:our|the) owners?)(?: team)? (?:was|were|had been)"
    r" (?:never |not )(?:made )?(?:aware|informed|told|consulted)\b|\bmanagement (?:was|were) unaware\b"
    r"|\bbehind our backs?\b|\bon (?:his|her|their) own (?:initiative|accord)\b"
)
#: Neglect said of whoever acted before it: not reading or waiting, leaning on one part of the
#: listing ("the buyer appears to have relied on the photos alone"). Only with the other as its
#: subject, no "we" between: "we did not check the supplier's batch" owns the neglect.
_NEGLECT = (
    r"\b(?:relied|relying|relies)\s+(?:only\s+|solely\s+|entirely\s+|just\s+)?on\b"
    r"|\bwithout (?:first )?(?:waiting|reading|checking|contacting|looking|asking|reviewing)\b"
    r"|\b(?:did(?:n't| not)|failed to|never|neglected to|chose not to) (?:read|check\w*|wait\w*|contact\w*"
    r"|look\w* at|notic\w*|follow\w*|review\w*|messag\w*)\b|\boverlook(?:ed|ing)\b|\bskim(?:med|ming)?\b"
    # or acting too soon for the seller to act first ("filed the claim before giving us a chance",
    # "escalated prematurely", "never let us respond")
    r"|\b(?:before|without|instead of|rather than) (?:first |even )?(?:giving|allowing|letting|offering"
    r"|granting) us\b"
    # or neglect guessed at ("does not appear to have read", "seems not to have checked")
    r"|\b(?:(?:does|did|do)(?:n't| not) (?:appear|seem)|(?:appears?|appeared|seems?|seemed) (?:not|never))"
    r" to have (?:read|check\w*|wait\w*|contact\w*|look\w* at|notic\w*|follow\w*|review\w*|seen)\b"
    r"|\bbefore we (?:even )?(?:could|had|were able|got|managed)\b|\bprematurely\b"
    r"|\b(?:did(?:n't| not)|never|would(?:n't| not)|refused to) (?:give|gave|allow\w*|let|grant\w*|offer\w*) us\b"
    # or not passing on what the seller needed ("our supplier did not send us the data sheet",
    # "the manufacturer never mentioned the certificate", "the factory failed to include it")
    r"|\b(?:(?:did|had|has|have)(?:n't| not)|failed to|never|neglected to|forgot to|refused to"
    r"|could(?:n't| not))"
    r" (?:send\w*|sent|provid\w*|suppl(?:y|ied|ying)|includ\w*|shar\w*|pass\w* on|forward\w*|furnish\w*"
    r"|mention\w*|disclos\w*|tell|told|inform\w*|warn\w*|notif\w*|explain\w*|point\w* out|label\w*)\b"
)
#: A cause another is said to have given the problem: the other, subject of its clause (no
#: "we" before it there), failing in a few words ("Amazon's notifications did not reach our
#: agent"), then said to have caused, led or contributed to something; or the problem, then its
#: cause in the other ("the delay was partly due to the carrier").
_CAUSE = (
    r"\bcontribut(?:ed|es|ing)\s+(?:\w+\s+){0,2}?to\b|\b(?:led|leads?|leading)\s+(?:\w+\s+)?to\b"
    r"|\bcaus(?:ed|es|ing)\b(?!\s+by)|\bresult(?:ed|s|ing)\s+in\b|\bplay(?:ed|s|ing)\s+(?:\w+\s+){0,2}?"
    r"(?:role|part)\s+in\b|\bmade\s+it\s+(?:\w+\s+)?(?:impossible|difficult|hard\w*)\b"
    r"|\b(?:prevented|kept|stopped)\s+us\b"
)
_FAILING_OTHER = (
    r"(?:^|(?<=[.!?\n,;:])|\b(?:and|but|that|while|although|whereas|also|however|as|since|because)\b)"
    rf"\s*(?:(?!(?:we|i|our|us)\b)[\w'-]+\s+){{0,3}}?(?:our\s+)?(?:{_OTHERS})(?:'s|’s|s')?\s+"
    r"(?:[\w'-]+\s+){0,4}?(?:\w+n't|not|never|fail(?:ed|s|ing)?|stopped|malfunction\w*|went down"
    r"|broke(?:n)? down|crashed|(?:was|were|is|are)\s+(?:\w+\s+)?(?:late|slow|down|delayed|unavailable"
    r"|unreachable|faulty|defective))\b"
)
#: What may stand between the failing and its effect: not "we" (who would own it) nor a
#: sentence's end.
_NOT_WE = r"(?:(?!\b(?:we|i)\b)[^.!?\n]){0,160}?"
_DUE_TO_OTHER = (
    r"\b(?:due|owing|attributable|thanks)\s+(?:\w+\s+)?to|\bbecause\s+of|\bcaused\s+by|\bas\s+a\s+result\s+of"
    r"|\bstemm(?:ed|ing)\s+from|\bresult(?:ed|ing)\s+from|\bthe\s+(?:\w+\s+)?result\s+of"
    r"|\b(?:delayed|held\s+up|blocked|hindered|slowed(?:\s+down)?|interrupted)\s+by"
)
_PROBLEM = (
    r"\b(?:delay\w*|late|lateness|missed|missing|error\w*|mistakes?|problems?|issues?|mix-?up|confusion"
    r"|fail\w*|wrong|incorrect\w*|slow\w*|oversight|defect\w*)\b"
)
#: A firm named by its legal form ("Xiamen Brightstar Auto Parts Co., Ltd."): someone else.
_FIRM = r"\b(?:co\.|corp\b\.?|inc\b\.?|ltd\b\.?|llc\b|gmbh\b|plc\b|s\.r\.l\b|b\.v\b)"
#: The other as its clause's subject: first in its sentence or clause, a few words before it.
_SUBJECT_OTHER = (
    r"(?:^|(?<=[.!?\n,;:])|\b(?:and|but|then|so)\b)\s*(?:(?!(?:we|i|our|us)\b)[\w'-]+\s+){0,3}?"
    rf"(?:our\s+)?(?:{_OTHERS})"
)
#: Acting in place of what the seller would have had them do ("instead of contacting us").
_INSTEAD = (
    r"\b(?:instead of|rather than) (?:first )?(?:reading|checking|contacting|asking|waiting|looking"
    r"|reviewing|messaging|writing to|reaching out)\b"
)
#: Hindsight: what would not have happened had the other acted ("had our supplier given us
#: notice, the complaint would never have happened"), the condition before or after it.
_WOULD_NOT = r"\bwould(?:n't| not| never)\s+have\b"
_HAD_OTHER = rf"\b(?:had|if)\s+(?:(?!(?:we|i|our|us)\b)[\w'-]+\s+){{0,2}}?(?:our\s+)?(?:{_OTHERS})"
#: What may stand between the other and their neglect: no one else ("we", "our") and no new clause.
_NOT_OURS = r"(?:(?!\b(?:we|i|our|us|and|but|so)\b)[^.!?\n]){0,40}?"
_PLEADING = (
    r"\b(?:beg(?:ging)?|plead\w*|implor\w*|have mercy|mercy|desperate\w*|livelihood|our (?:family|families|children|kids)"
    r"|(?:go|going) bankrupt|bankruptcy|only source of income|lose everything|(?:one|another|a) (?:more |last )?chance"
    r"|heartbroken|in tears|we are (?:just )?a small (?:family )?(?:business|company|team)|please,? please)\b"
)

#: What a request for a favour (withdrawing a complaint) has no place for: going to law, money
#: claimed for the harm, and calling the reader's complaint bad faith or an abuse.
_PRESSURE = (
    r"\b(?:sue|suing|lawsuits?|legal (?:action|proceedings|steps)|litigat\w*|(?:file|bring)\w* (?:a )?"
    r"(?:suit|claim|counter-?\w+)|counter-?(?:claims?|actions?|suits?)|take you to court|tortious"
    r"|(?:seek|claim|recover|demand)\w* (?:\w+ )?(?:damages|compensation)|hold you (?:\w+ )?liable"
    r"|bad[- ]faith|abus(?:e|es|ed|ing|ive)|fraud\w*|malicious\w*|baseless|frivolous"
    r"|deliberate (?:attempt|abuse|effort)|(?:knock|push|remove|get)\w* (?:\w+ ){0,3}?(?:competitors?|rivals?))\b"
)

#: Why a letter threatens nothing more (one rule, read three ways: its words, a shaming, a
#: pressing through others).
_NO_THREAT = "threaten nothing beyond reporting the listing and reserving your rights"
#: Why blame of others is warned in a Plan of Action (said once for its several readings).
_OWN_IT = (
    "a Plan of Action owns the problem: blame no carrier, supplier, buyer, employee or rights owner"
)

SELLER_CONDUCT: tuple[Rule, ...] = (
    Rule(
        "request.no-threat",
        WARN,
        "a request asks a favour: threaten no suit or damages and call the complaint no abuse",
        REQUEST,
        words(_PRESSURE),
    ),
    Rule(
        "letter.no-accusation",
        WARN,
        "do not accuse the seller of a crime or fraud that your evidence does not name",
        LETTER,
        sentences_with(_ACCUSATION, _AT_THEM),
        unless_in_facts=_ACCUSATION,
    ),
    Rule(
        "letter.no-threat",
        WARN,
        _NO_THREAT,
        LETTER,
        words(_THREAT),
    ),
    Rule(
        "letter.no-threat",
        WARN,
        _NO_THREAT,
        LETTER,
        near(_PUBLIC, _WILL_ACT, between=r"[^.!?\n;:]{0,80}", reach=160),
    ),
    Rule(
        "letter.no-threat",
        WARN,
        _NO_THREAT,
        LETTER,
        near(
            _THEIR_PEOPLE, _WILL_ACT, between=r"(?:(?!\b(?:you|us)\b)[^.!?\n;:]){0,40}", reach=120
        ),
    ),
    Rule(
        "appeal.no-blame-others",
        WARN,
        _OWN_IT,
        APPEAL,
        near(_FAULT, _OTHERS, _OTHERS),
    ),
    Rule(
        "appeal.no-blame-others",
        WARN,
        _OWN_IT,
        APPEAL,
        words(_BLAME_ITSELF),
        (
            "fault",
            "against our",
            "contrary to our",
            "breach of our",
            "violation of our",
            "without",
            "behind our",
            "own initiative",
            "own accord",
            "contrary",
            "breach",
            "violation",
            "against",
            "despite",
            "ignoring",
            "disregarding",
            "though",
            "unbeknown",
            "unknown to",
            "manage",
            "supervisor",
            "owner",
        ),
    ),
    Rule(
        "appeal.no-blame-others",
        WARN,
        _OWN_IT,
        APPEAL,
        near(_NEGLECT, _OTHERS, between=_NOT_OURS, reach=200),
        (
            "relied",
            "relying",
            "relies",
            "without",
            "n't",
            "not",
            "failed",
            "never",
            "overlook",
            "skim",
            "before",
            "prematur",
            "instead",
            "rather",
        ),
    ),
    Rule(
        "appeal.no-blame-others",
        WARN,
        _OWN_IT,
        APPEAL,
        near(_CAUSE, _FAILING_OTHER, between=_NOT_WE, reach=240),
        (
            "contribut",
            "led ",
            "lead",
            "caus",
            "result",
            "play",
            "made it",
            "prevented",
            "kept",
            "stopped",
        ),
    ),
    Rule(
        "appeal.no-blame-others",
        WARN,
        _OWN_IT,
        APPEAL,
        near(
            rf"(?:{_DUE_TO_OTHER})\s+(?:(?!(?:we|i|our|us)\b)[\w'-]+\s+){{0,4}}?(?:{_OTHERS})",
            _PROBLEM,
        ),
        (
            "due",
            "owing",
            "attributable",
            "thanks",
            "because",
            "caused",
            "result",
            "stemm",
            "delayed",
            "held up",
            "blocked",
            "hinder",
            "slowed",
            "interrupted",
        ),
    ),
    Rule(
        "appeal.no-blame-others",
        WARN,
        _OWN_IT,
        APPEAL,
        near(_FAULT, _FIRM, between=r"[^.!?\n]{0,60}", reach=90),
        ("co.", "corp", "inc.", " inc", "ltd", "llc", "gmbh", "plc", "s.r.l", "b.v"),
    ),
    Rule(
        "appeal.no-blame-others",
        WARN,
        _OWN_IT,
        APPEAL,
        near(
            _INSTEAD,
            _SUBJECT_OTHER,
            between=r"(?:(?!\b(?:we|i|our|us)\b)[^.!?\n]){0,100}",
            reach=200,
        ),
        ("instead of", "rather than"),
    ),
    Rule(
        "appeal.no-blame-others",
        WARN,
        _OWN_IT,
        APPEAL,
        near(_WOULD_NOT, _HAD_OTHER, _HAD_OTHER, between=r"[^.!?\n]{0,120}", reach=200),
        ("would not have", "wouldn't have", "would never have"),
    ),
    Rule(
        "appeal.no-pleading",
        WARN,
        "a Plan of Action states facts and actions; pleading weakens it",
        APPEAL,
        words(_PLEADING),
    ),
)
