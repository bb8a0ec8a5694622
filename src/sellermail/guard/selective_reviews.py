"""Review requests sent only to satisfied buyers: a review, rating or opinion asked in the
sentence that makes the buyer's satisfaction, or the product's working well, its condition
("if you're happy with it", "once it works as it should"). Asked of every buyer alike, a review
request is allowed; asked of the pleased ones only, it skews the ratings.
"""

from __future__ import annotations

from sellermail.guard.finders import sentences_with
from sellermail.guard.rule import ANY_BUYER, BLOCK, Rule

#: Satisfaction as the condition of a review request, alone or beside another ("if you keep
#: them and you're happy with them").
_IF_HAPPY = (
    r"\b(?:if|when|once|only if|provided)\s+(?:[^.!?\n]{0,60}?\b(?:and|or)\s+)?"
    r"(?:you(?:'re| are| were| feel)?|you've been)\s+"
    r"(?!not\b|n't\b)(?:(?:really|very|truly|fully|completely|totally)\s+)?"
    r"(?:happy|satisfied|pleased|delighted|thrilled|lov(?:e|ing)|enjoy)\w*"
    r"|\b(?:happy|satisfied|pleased|delighted)\s+(?:customers?|buyers?)\b"
    # or working as it should ("if the new one is working the way it should")
    r"|\b(?:if|when|once)\s+(?:(?!not\b|never\b|\w+n't\b)[\w']+\s+){1,5}?(?:works? out|(?:works?|working)"
    r" (?:well|great|for you|properly|fine|(?:as|the way) (?:it|they) should|as (?:expected|intended))"
    r"|meets? your|lives? up to|does the (?:job|trick)|fits? (?:well|perfectly))"
    # or useful: "if it turns out useful and you keep it"
    r"|\b(?:if|when|once)\s+(?:(?!not\b|never\b|\w+n't\b)[\w']+\s+){1,5}?(?:useful|handy|helpful)\b"
    # or doing, in any verb, what it should: "once your mower is cutting the way it should"
    r"|\b(?:if|when|once)\s+(?:(?!not\b|never\b|\w+n't\b)[\w']+\s+){1,5}?(?:(?:the way|as) (?:it|they) should"
    r"|properly|correctly|smoothly|perfectly|like a charm|as (?:expected|intended|promised)"
    r"|without (?:a hitch|any (?:issues?|problems?|trouble)))\b"
    # expectations met or the buyer won over, the product as subject, in any tense: "if it's
    # everything you hoped", "if the cables have won you over", "should it impress you"
    r"|\b(?:if|when|once|should)\b(?:(?!\bnot\b|n't\b|\bnever\b)[^.!?\n]){0,50}?\b(?:(?:everything|all"
    r"|just what|what|as)\s+you(?:'d|\s+had|'ve|\s+have)?\s+(?:hoped|expected|imagined|wanted)|(?:convinc|impress)(?:es|ed|e)?"
    r" you\b|(?:wins?|won|winning) you over)"
    # everything having gone well, or the buyer getting on well with it
    r"|\b(?:if|when|once)\s+(?:\w+\s+){0,3}?(?:everything|all|things)\s+(?:went|goes|has gone|go|is going)"
    r"\s+(?:\w+\s+)?(?:well|smoothly|fine|to plan)\b"
    # or everything being as it should: "if everything's in order this time", "once all is well"
    r"|\b(?:if|when|once)\s+(?:\w+\s+){0,3}?(?:everything|all|things)(?:'s|\s+is|\s+are|\s+looks?)\s+"
    r"(?:(?!not\b|never\b)\w+\s+)?(?:in order|well|fine|good|right|ok(?:ay)?|as (?:it|they) should be)\b"
    r"|\b(?:if|when|once)\s+you(?:'re| are)?\s+"
    r"(?:get(?:ting)?|got) on (?:well|fine) with\b"
    # or the product arriving sound, or the help sent solving it ("if it arrives in perfect
    # shape", "if the guide sorts things out"); a condition in the negative, or our own help
    # ("if we can help"), is no such one
    r"|\b(?:if|when|once|should)\s+(?:(?!not\b|never\b|\w+n't\b)[\w']+\s+){1,5}?(?:arrives?|comes?|reach(?:es)?"
    r"|turns? up|gets? (?:there|to you))\s+(?:\w+\s+)?(?:in (?:perfect|good|great|mint|one piece)"
    r"|safe and sound|intact|undamaged|unharmed)"
    r"|\b(?:if|when|once)\s+(?:(?!not\b|never\b|\w+n't\b|we\b|i\b|you\b|there\w*\b|anything\b)[\w']+\s+){1,5}?"
    r"(?:sorts? (?:\w+\s+)?out|solves?"
    r"|fix(?:es)?|resolves?|clears? (?:\w+\s+)?up|helps?|helped|did the trick)\b"
)
_ASK_OPINION = (
    r"\b(?:review|rating|feedback|stars?|testimonial|votes?)\b"
    r"|\b(?:shar(?:e|ed|ing)|hear|know|post(?:ed|ing)?|leav(?:e|ing)|writ(?:e|ing))\b[^.!?\n]{0,25}\b(?:your|an?)\s+(?:\w+\s+)?"
    r"(?:experience|thoughts|opinion|impressions?)\b|\bon the (?:product|listing) page\b"
    r"|\b(?:tell|with|to) (?:others|other (?:buyers|customers|shoppers))\b"
    r"|\ba few (?:words|lines) (?:on|about|for)\b"
)
SELECTIVE_REQUEST = Rule(
    "review.no-selective-request",
    BLOCK,
    "review requests must go to every buyer alike, not only to satisfied ones",
    ANY_BUYER,
    sentences_with(_IF_HAPPY, _ASK_OPINION),
    (
        "happy",
        "satisf",
        "pleased",
        "delight",
        "thrill",
        "lov",
        "enjoy",
        "like",
        "work",
        "meet",
        "live",
        "does the",
        "fit",
        "useful",
        "handy",
        "helpful",
        "went",
        "goes",
        "gone",
        "get on",
        "getting on",
        "got on",
        "should",
        "proper",
        "correct",
        "smooth",
        "perfect",
        "charm",
        "expected",
        "intended",
        "promised",
        "without",
        "arriv",
        "come",
        "reach",
        "turn",
        "gets",
        "sort",
        "solve",
        "fix",
        "resolve",
        "clear",
        "help",
        "trick",
        "convinc",
        "impress",
        "you over",
        "in order",
        "everything",
        "all is",
        "things are",
    ),
)
