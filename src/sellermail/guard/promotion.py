"""Promotion in a message about an order, in English: products, ranges, sales, codes and shop
pages suggested to the buyer (each other language's are data, ``marketing`` in
``lexicon/<lang>.phrases.yaml``). Read by :mod:`sellermail.guard.conduct`'s rule
``buyer.no-promotion``."""

from __future__ import annotations

import re

#: Promotion, with or without a number.
PROMOTION = (
    r"\b(?:new|latest|spring|summer|autumn|fall|winter|holiday|seasonal)\s+"
    r"(?:collections?|arrivals?|lines?|range|releases?|products?|styles?|designs?)\b"
    r"|\b(?:our|the)\s+(?:other|full|whole|entire)\s+(?:products|collection|catalog\w*|store|shop)\b"
    r"|\b(?:check out|take a look at|browse|visit|explore|shop)\s+(?:our|the rest of our|more of our)\b"
    r"|\b(?:promo(?:tion(?:al)?)?|discount|coupon|voucher)\s+codes?\b"
    r"|\b(?:sale|deal|promotion|offer)s?\s+(?:this|next|all)\s+(?:week|weekend|month)\b"
    r"|\b(?:limited[- ]time|don't miss|shop now|buy now|stock up|while (?:stocks|supplies) last)\b"
    r"|\bfollow\s+(?:us|our\s+(?:store|shop|page|brand))\b|\bsubscribe\b"
    # another product of ours suggested, or one just launched
    r"|\byou (?:might|may|would|could|'d) (?:also |really |probably )?(?:like|love|enjoy) our\b"
    r"|\b(?:just|newly|recently)\s+launched\b|\b(?:in|on)\s+our\s+(?:storefront|brand\s+store|amazon\s+store)\b"
    # something suggested as worth a look for a next order, or a look at our shop
    r"|\bworth (?:a|the) (?:look|try|peek)\b[^.!?\n]{0,30}?\b(?:next (?:order|purchase)|(?:at|around) our)\b"
    # a range of ours just in, or suggested as matching what the buyer ordered
    r"|\b(?:collection|range|line|arrivals?|designs?|styles?|products)\s+(?:has|have)\s+just\s+"
    r"(?:landed|arrived|dropped|launched|gone live|come in)\b"
    r"|\b(?:pair|go|match|combine|complement)\w*\s+(?:\w+\s+)?(?:beautifully|perfectly|nicely|wonderfully)"
    r"\s+with\s+(?:what|the \w+|your \w+) you(?:'ve| have)?\s*(?:ordered|bought|purchased)\b"
    # a product just out, or to be looked up by its name ('search "Oak Line" on Amazon')
    r"|\b(?:just|newly|recently)\s+(?:been\s+)?(?:released|come out|came out)\s+(?:also\s+)?(?:in|on)\b"
    # a postscript with a product of ours ("P.S. Our new advent calendars are in"), or a season's range
    r"|\bp\.\s?s\.?\s*[:,-]?\s+[^\n]{0,160}?\b(?:our|we)\b[^\n]{0,100}?\b(?:new|collections?|range|calendars?"
    r"|gift(?:\s+sets?|\s+box(?:es)?)?|bundles?|launch\w*|in stock|sale|just (?:added|arrived|landed|released)"
    r"|now available|available now|limited)\b"
    # a product of ours just come in: "our linen aprons have just come back in stock" (stock or parcels
    # of ours arriving is service)
    r"|\bour\s+(?!stock\b|parcels?\b|shipments?\b|deliver\w*|orders?\b|warehouse\b|team\b)(?:[\w-]+\s+){1,5}?"
    r"(?:have|has|are|is)\s+(?:just\s+|now\s+|finally\s+)?(?:come\s+)?(?:back\s+in\s+stock|arrived|landed)\b"
    r"|\bour\s+(?:christmas|advent|holiday|summer|winter|autumn|fall|spring|easter|halloween|valentine'?s?)"
    r"\s+(?:\w+\s+)?(?:calendars?|collections?|range|gifts?|sets?|boxes|editions?|specials?|products|line"
    r"|designs?|bundles?|items|selection)\b"
    # an invitation to drop by or browse our shop ("feel free to stop by our store", "have a
    # browse"), or something new in it ("new beech teethers in our shop"); the buyer's order,
    # address or tracking there is service
    r"|\b(?:stop|drop|pop|swing|come)\s+by\s+(?:our|the)\s+(?:shop|store|storefront|website|page)\b"
    r"|\bhave a (?:browse|look around|nose around)\b|\bfeel free to (?:browse|look around)\b"
    r"|\blook around (?:our|the) (?:shop|store)\b|\bnew (?:in|to) (?:our|the) (?:shop|store|range)\b"
    r"|\bnew\s+(?!(?:tracking|address|order|label|number|password|account|message|link|code)\b)"
    r"(?:[\w-]+\s+){1,3}?(?:in|on)\s+(?:our|the)\s+(?:shop|store|storefront)\b"
    r"|\bjust (?:added|listed) (?:to|in|on) (?:our|the) (?:shop|store)\b"
    r"|\bsearch(?:ing)?\s+(?:\w+\s+){0,2}?[\"“'][^\"”\n]{2,40}[\"”']\s+(?:on|in)\s+(?:amazon|ebay|walmart|our)\b"
)
#: A promotion code as shops write them (SAVE20, WELCOME10): capitals, then a number.
CODE = r"\b(?:[Cc]ode|CODE):?\s+[A-Z]{3,}\d{1,3}\b"
PROMOTION_CUES = (
    "collection",
    "arrival",
    "line",
    "range",
    "release",
    "product",
    "style",
    "design",
    "other",
    "full",
    "whole",
    "entire",
    "check out",
    "take a look",
    "browse",
    "visit",
    "explore",
    "shop",
    "promo",
    "discount",
    "coupon",
    "voucher",
    "sale",
    "deal",
    "promotion",
    "offer",
    "limited",
    "miss",
    "buy now",
    "stock up",
    "while",
    "follow",
    "subscribe",
    "like our",
    "love our",
    "enjoy our",
    "launched",
    "released",
    "came out",
    "come out",
    "search",
    "storefront",
    "brand store",
    "amazon store",
    "worth a",
    "worth the",
    "beautifully",
    "perfectly",
    "nicely",
    "wonderfully",
    "p.s",
    "p. s",
    "our christmas",
    "our advent",
    "our holiday",
    "our summer",
    "our winter",
    "our autumn",
    "our fall",
    "our spring",
    "our easter",
    "our halloween",
    "our valentine",
    "in stock",
    "arrived",
    "landed",
    "store",
    "by our",
    "by the",
    "look around",
    "nose around",
    "just added",
    "just listed",
)

#: The rules a code, coupon, voucher or discount breaks as promotion.
_PROMOTION_RULES = frozenset({"buyer.no-promotion", "amazon.no-marketing"})
#: A code, coupon, voucher or discount in every language (割引コード, codice sconto, Gutschein).
_CODE_WORDS = re.compile(
    r"(?<![^\W\d_])(?:code|coupon|voucher|discount|gutschein|rabatt|réduction|remise|rabais"
    r"|bon d['’]achat|descuento|cup[oó]n|c[oó]digo|sconto|codice|buono)|割引|クーポン|コード|券",
    re.IGNORECASE,
)


def offered_code(rule: str, words: str) -> bool:
    """Whether a promotion rule's ``words`` name a code or discount: where the facts offer a
    claim code, that is the remedy the message makes (a discount for the next purchase), not
    a promotion."""
    return rule in _PROMOTION_RULES and bool(_CODE_WORDS.search(words))
