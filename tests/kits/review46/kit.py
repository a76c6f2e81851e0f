"""Shared by gen_*.py: PAGES collects one entry per invented page (review 46's kit; all text invented)."""
PAGES = []


def P(pid, exp, url, fam, lang, title, body, clip=None, beh=None, tel=None):
    """exp: 'scam' or 'honest'; body: lines of visible text ('\\n' between paragraphs);
    clip: text the page puts on the clipboard; beh: behaviours set in the snapshot ('fullscreen,key_block');
    tel: a number the page also links as tel:."""
    PAGES.append(dict(pid=pid, exp=exp, url=url, fam=fam, lang=lang, title=title, body=body.strip('\n'),
                      clip=clip, beh=beh or '', tel=tel))
