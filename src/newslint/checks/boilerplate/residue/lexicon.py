"""Hand-written word lists for the residue classifier: the vocabulary of a web page's furniture,
not of any story. Written from what news sites commonly show around an article (menus, share
bars, sign-up boxes, comment widgets, ads, photo credits, author boxes), never collected from a
corpus; the corpus is used only to fit the weights that say how much each kind of evidence counts.

Every word is lower case; the features compare the line's words in lower case.
"""

from __future__ import annotations


def _phrases(text: str) -> frozenset[str]:
    """Comma-separated phrases, white space folded."""
    return frozenset(" ".join(p.split()) for p in text.split(",") if p.strip())

# Verbs a page uses to address its reader, at the start of a line: "Share this", "Sign in".
READER_VERBS = frozenset(
    """
    share follow subscribe sign log login signup register listen watch save support click tap
    read download get join like tweet email e-mail print comment bookmark skip view see visit
    send tell contact enter allow enable disable accept continue load show hide toggle expand
    collapse close open search browse explore discover learn find start try upgrade unlock
    claim buy shop order donate install manage update change set choose select submit reply
    post report rate vote opt check back go return jump scroll swipe play pause mute unmute
    copy embed pin repost retweet reblog message chat call text add remove edit customise
    customize reset restore refresh reload please don't never stay keep let sponsor advertise
    """.split()
)

# The second person: the page speaks to its reader; a story rarely does outside quotes.
SECOND_PERSON = frozenset("you your yours you're you've you'll you'd yourself ya".split())

# A site speaking of itself: "our newsletter", "follow us".
SITE_FIRST_PERSON = frozenset("our us we we're we'll we've ours".split())

# Words of a web page's own machinery: accounts, sharing, ads, legal pages, media players.
WEB_WORDS = frozenset(
    """
    app apps android ios iphone ipad newsletter newsletters inbox e-newsletter digest alerts alert
    notifications notification push cookie cookies ad ads advert adverts advertisement
    advertisements advertising advertiser sponsored sponsor promoted promotion partner partners
    affiliate affiliates commission homepage home page pages website websites site sites webpage
    web online browser javascript cache url link links permalink hyperlink click clicks
    comment comments commenting commenter moderated moderation moderator reply replies thread
    podcast podcasts e-paper epaper e-edition edition archive archives privacy terms policy
    policies cookie-policy gdpr consent preferences settings account accounts password username
    login logout log-in sign-in sign-up signup signin register registration registered
    subscribe subscriber subscribers subscription subscriptions unsubscribe paywall premium
    member members membership plus trial offer offers deal deals coupon coupons discount
    checkout cart store shop shopping email e-mail emails feed rss widget menu navigation nav
    toggle search sitemap faq help feedback contact careers jobs classifieds obituaries
    horoscopes crossword puzzles games quiz quizzes weather traffic tv listings video videos
    livestream stream streaming playlist player playback audio gallery galleries slideshow
    slideshows photo photos image images thumbnail caption captions credit credits copyright
    reserved rights trademark reprint reprints licensing syndication permissions
    facebook twitter instagram youtube pinterest reddit linkedin whatsapp snapchat tiktok
    tumblr flipboard telegram messenger google yahoo bing msn rss-feed follow followers
    share shares shared sharing tweet tweets retweet like likes upvote downvote bookmark
    bookmarked print printable download downloads upload uploads install update updates
    loading loaded error refresh reload screen desktop mobile tablet device devices
    notifications sidebar footer header banner popup pop-up modal tab tabs scroll
    trending popular recommended related sponsored-content most-read most-viewed latest
    breaking exclusive watchlist portfolio quotes ticker tickers markets newsroom masthead
    editorial standards corrections clarifications ethics accessibility disclaimer
    """.split()
)

# Names of news agencies, picture agencies and sites that appear in credits and page furniture.
# Multi-word names are written with spaces; the feature looks for them as phrases.
SITE_NAMES = _phrases(
    """
    reuters, ap, afp, upi, dpa, efe, ansa, xinhua, tass, itar-tass, kyodo, yonhap, bernama, pti,
    ani, ians, associated press, agence france-presse, press association, pa, getty, getty images,
    shutterstock, alamy, epa, istock, istockphoto, corbis, rex, rex features, magnum, eyevine,
    zuma, zuma press, sipa, bloomberg, newscom, wenn, splash news, backgrid, bbc, cnn, fox news,
    msnbc, nbc, cbs, abc news, npr, pbs, sky news, itv, al jazeera, rt, sputnik, cnbc, espn,
    usa today, new york times, washington post, wall street journal, guardian, telegraph,
    daily mail, mail online, mirror, express, evening standard, financial times, politico, axios,
    huffpost, huffington post, buzzfeed, vice, vox, slate, salon, wired, the verge, engadget,
    techcrunch, gizmodo, cnet, zdnet, mashable, forbes, business insider, marketwatch, barron's,
    yahoo, yahoo news, msn, google news, apple news, flipboard, medium, substack, patch, syndigate
    """
)

# Single words of those names that are not also ordinary words, to find a name in a line cheaply.
SITE_NAME_WORDS = frozenset(
    name for name in SITE_NAMES if " " not in name and name not in {"more", "patch", "medium", "vice", "mirror"}
)

# Words that name a picture or its credit: "Photo: ...", "Image copyright ...", "(Credit: ...)".
CREDIT_WORDS = frozenset(
    """
    photo photos photograph photographs photographer picture pictures pic pics image images
    credit credits courtesy copyright caption illustration graphic file handout
    """.split()
)

# Present-tense verbs of a photo caption ("Mayor X speaks during ...", "A man walks past ...").
CAPTION_VERBS = frozenset(
    """
    speaks speak gestures gesture waves wave poses pose arrives arrive leaves leave walks walk
    rides ride sits sit stands stand holds hold looks look attends attend watches watch
    listens listen reacts react celebrates celebrate shakes shake greets greet hugs hug
    addresses address delivers deliver talks talk smiles smile kisses kiss kneels kneel
    runs run drives drive passes pass takes take shows show displays display carries carry
    pictured seen shown photographed depicted performs perform plays play dunks scores
    """.split()
)
CAPTION_OPENERS = (
    "this photo",
    "this file photo",
    "in this photo",
    "in this file photo",
    "a file photo",
    "file photo",
    "this image",
    "this handout",
    "this undated",
    "this screenshot",
    "this satellite image",
    "a stock image",
    "a view of",
    "an aerial view",
    "image caption",
    "media caption",
    "caption",
    "pictured",
    "left to right",
    "from left",
)

# Author boxes: "X covers Apple for ...", "X is a reporter at ...".
ROLE_WORDS = frozenset(
    """
    reporter reporters correspondent correspondents editor editors writer writers columnist
    columnists contributor contributors journalist journalists author authors producer
    producers analyst blogger bloggers freelance freelancer staff photographer photographers
    anchor host presenter critic critics intern fellow chief bureau desk
    """.split()
)
BLURB_VERBS = frozenset(
    "covers writes reports joined specialises specializes focuses edits".split()
)

# Words that date or time-stamp a page: "Updated 3:27 am PST", "Published 2 hours ago".
STAMP_WORDS = frozenset(
    """
    updated published posted modified edited last ago am pm a.m. p.m. gmt bst utc est edt cst
    cdt mst mdt pst pdt cet cest ist aest aedt jst hrs mins minutes hours yesterday
    """.split()
)

# Labels that introduce another story or a promotion: "Read more: ...", "Watch: ...".
TEASER_LABELS = _phrases(
    """
    read more, read also, also read, see also, related, more, related stories, related articles,
    related coverage, recommended, watch, video, videos, photos, gallery, listen, podcast, opinion,
    analysis, breaking, breaking news, exclusive, live, live updates, deal alert, deals, daily deals,
    sponsored, promoted, advertisement, trending, most read, popular, editor's picks, top stories,
    latest, don't miss, must read, more from, more on this, also on, recommended for you
    """
)


# Standard subheads of news features and fact checks: they name the story's own matter.
STORY_SUBHEADS = _phrases(
    """
    our ruling, the ruling, the verdict, the claim, the facts, the evidence, the background,
    background, context, analysis, what we know, what we don't know, why it matters, what's next,
    what happens next, the bottom line, bottom line, key points, in brief, the details,
    the numbers, by the numbers, what they said, reaction, the reaction, the response, response,
    how it works, the story so far, timeline, the timeline, the findings, findings, the case,
    the decision, the vote, the result, results, the score, what to know, fact check,
    our sources, sources, methodology, on the net, on the web, online, links, game notes, notes,
    key facts, fast facts, quick facts, factbox, factfile, profile, at a glance
    """
)


# Wire sign-offs and end tags: the story's own last line, never residue.
WIRE_SIGNOFFS = frozenset(
    "reuter reuters ap afp upi dpa efe ansa xinhua tass kyodo pa ani pti ians bernama -30- ### end".split()
)

# Fields of a fact check, a review or a data box ("Rating: False", "Director: ...").
FIELD_LABELS = _phrases(
    """
    rating, verdict, claim, claimed by, source, sources, fact check, director, directors,
    starring, cast, writer, writers, screenplay, producer, running time, runtime, rated,
    certificate, genre, publisher, pages, price, author, authors, label, released, release date,
    venue, tickets, where, when, what, who, cost, admission, opening hours, platform, platforms,
    developer, format, age, score, result, results, attendance, referee, scorers, goals,
    half-time, full-time, kick-off
    """
)

FIELD_VALUES = _phrases(
    """
    true, false, mostly true, mostly false, half true, half-true, pants on fire, unproven,
    mixture, misleading, correct, incorrect, accurate, inaccurate, unsupported, satire,
    outdated, miscaptioned, legend, scam, unverified, disputed
    """
)


# Letter closings: "Yours sincerely", "Kind regards".
LETTER_CLOSINGS = _phrases(
    """
    yours sincerely, yours faithfully, yours truly, sincerely, regards, kind regards,
    best regards, best wishes, with best wishes, yours respectfully, respectfully
    """
)

