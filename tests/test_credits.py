"""Credit forms in several languages, and lines that only look like credits."""

from __future__ import annotations

import pytest

import pageclean
from pageclean import CreditKind, Options
from pageclean.credits import match_credit

TEXT = Options(input_kind="text")
ARTICLE = ("The council said on Tuesday that the new budget would raise spending on schools and hospitals "
           "across the region by two percent next year.\n\n"
           "Farmers in the northern provinces welcomed the plan, but the opposition said it came far too late "
           "for the villages that had already lost their railway.")


def credits_of(text: str) -> list[tuple[str, str | None]]:
    page = pageclean.extract(text, options=TEXT)
    return [(c.kind.value, c.source) for c in page.credits]


@pytest.mark.parametrize(("line", "source"), [
    ("Source: Anadolu", "Anadolu Agency"),
    ("Source: AA", "Anadolu Agency"),
    ("Kaynak: AA", "Anadolu Agency"),
    ("Kaynak: Anadolu Ajansı", "Anadolu Agency"),
    ("Quelle: dpa", "Deutsche Presse-Agentur"),
    ("Fuente: EFE", "EFE"),
    ("Источник: ТАСС", "TASS"),
    ("Source : AFP", "Agence France-Presse"),
    ("Fonte: ANSA", "ANSA"),
    ("With inputs from PTI", "Press Trust of India"),
    ("(With inputs from IANS)", "Indo-Asian News Service"),
    ("(dpa)", "Deutsche Presse-Agentur"),
    ("dpa/lno", "Deutsche Presse-Agentur"),
    ("AFP/Reuters", "Agence France-Presse"),
    ("AFP/The Local", "Agence France-Presse"),
    ("JIJI", "Jiji Press"),
    # a source label with no colon; where the story first appeared
    ("Źródło Dziennik Gazeta Prawna", "Dziennik Gazeta Prawna"),
    ("Quelle dpa", "Deutsche Presse-Agentur"),
    ("This post originally appeared on Grist.", "Grist"),
    ("The post Advanced Guide to Product Reviews appeared first on WordLift.", "WordLift"),
    ("Dieser Artikel erschien zuerst bei Spektrum der Wissenschaft.", "Spektrum der Wissenschaft"),
])
def test_agency_lines(line: str, source: str) -> None:
    assert credits_of(f"{ARTICLE}\n\n{line}") == [("agency", source)]


@pytest.mark.parametrize(("prefix", "source"), [
    ("GENEVA (Reuters) - ", "Reuters"),
    ("WASHINGTON, Jan 21 (Reuters) - ", "Reuters"),
    ("ANKARA (AA) – ", "Anadolu Agency"),
    ("BERLIN (dpa) - ", "Deutsche Presse-Agentur"),
    ("PARIS (AFP) — ", "Agence France-Presse"),
    ("МОСКВА, 21 января. /ТАСС/. ", "TASS"),
    # "dpa/" also starts photo credits ("Foto: Markus Scholz/dpa"): a desk tag must not make the
    # paragraph a caption
    ("Hamburg (dpa/lno) – ", "Deutsche Presse-Agentur"),
    # CNN glues the story to its tag
    ("London (CNN)", "CNN"),
])
def test_dateline_prefix_is_split_from_the_body(prefix: str, source: str) -> None:
    page = pageclean.extract(prefix + ARTICLE, options=TEXT)
    assert [(c.kind, c.source) for c in page.credits] == [(CreditKind.DATELINE, source)]
    assert page.credits[0].text == prefix.strip()
    assert page.body.startswith("The council said on Tuesday")


@pytest.mark.parametrize(("line", "kind", "source"), [
    ("Reporting by Andrea Shalal; Editing by Toby Chopra", "contributors", "Andrea Shalal"),
    ("Additional reporting by Jane Doe in London; Writing by John Roe", "contributors", "Jane Doe"),
    ("La información es de Cristian Cerna", "contributors", "Cristian Cerna"),
    ("Copyright 2022 The Associated Press. All rights reserved.", "copyright", "Associated Press"),
    ("© dpa-infocom, dpa:220121-99-12345/3", "copyright", "Deutsche Presse-Agentur"),
    ("Copyright © 2023 Reuters", "copyright", "Reuters"),
    ("© Thomson Reuters 2020", "copyright", "Reuters"),
])
def test_trailers(line: str, kind: str, source: str) -> None:
    assert credits_of(f"{ARTICLE}\n\n{line}") == [(kind, source)]


@pytest.mark.parametrize(("line", "source"), [
    ("By John Smith", "John Smith"),
    ("Von Max Mustermann", "Max Mustermann"),
    ("Par Jean Dupont", "Jean Dupont"),
    ("Por María García", "María García"),
    ("By Jane Doe and John Roe", "Jane Doe"),
    ("Автор: Иван Петров", "Иван Петров"),
    ("By Haley Hoekstra • March 12, 2025", "Haley Hoekstra"),
    ("Par Nicolas Gutierrez C. le 14.09.2020 à 11h46", "Nicolas Gutierrez C."),
    # markup with no space after the prefix, or a date glued to the name
    ("ByAlex Bozarjian", "Alex Bozarjian"),
    ("von Nadja Demel13.12.2022 - 08:13 Uhr", "Nadja Demel"),
    # longer than a byline line may be, but what follows the name is its date
    ("by Logan C. Ritchie November 8, 2023 | 6:03 pm November 8, 2023 | 6:03 pm", "Logan C. Ritchie"),
    ("Von Jan Kupitz | Oct 24, 2023 | Zuletzt geändert: Nov 7, 2023, 8:54 AM GMT+1", "Jan Kupitz"),
    # capitalised "Le"/"El" inside a name are part of it, lower-case "le" starts the date
    ("Par Loïc Le Clerc", "Loïc Le Clerc"),
    # a name the markup printed twice; a credential between the name and the date
    ("Written by: Colin Gray Colin Gray", "Colin Gray"),
    ("By Matthew Frankel, CFP – Updated Mar 5, 2026 at 4:28 PM EST | Fact-checked by Frank Bass",
     "Matthew Frankel"),
    # a date or meta line that holds the byline
    ("Posted on Oktober 25, 2023 by Julia Steinhoff", "Julia Steinhoff"),
    ("Published on December 2nd, 2025 by Chen Zhao and Daryl Fairweather", "Chen Zhao"),
    ("03/01/2017 by Agatha Caleo, Candidate Representative to the Candidate Liaison Committee", "Agatha Caleo"),
    ("Accueil | Par Loïc Le Clerc | 30 septembre 2018", "Loïc Le Clerc"),
    ("Buying Guides · 10 min read · By Recharged Editorial Team", "Recharged Editorial Team"),
    ("by Amanda · Dec 20, 2025 at 3:00 am · One comment so far", "Amanda"),
    # a date word or a month the markup glued to the name
    ("By Korin MillerPublished: Jan 29, 2025", "Korin Miller"),
    ("ByKathryn GiuffridaMar 5, 2025 | 6 comments", "Kathryn Giuffrida"),
    ("By Tony DeMarco", "Tony DeMarco"),
    # other separators; the date after a connector; co-authors and their roles before the date
    ("By Matthew Richardson ⋅ Review Editor ⋅ Updated November 18, 2025", "Matthew Richardson"),
    ("by Meaghan Weeden ● December 23, 2025 ● 6 min read", "Meaghan Weeden"),
    ("By Paul Frew, Home and Digital Security Expert & Gene Petrino, Home Security Expert Last Updated on "
     "Feb 27, 2026", "Paul Frew"),
    # a one-word name stands when a date follows it
    ("Posted by David at December 16, 2025 11:15 AM", "David"),
    ("Geschrieben von Cooper am 25.08.2015 22:30 (1599 x gelesen)", "Cooper"),
    # titles stay part of the name; a list of authors longer than a byline line
    ("By Dr. Andrew Huberman", "Dr. Andrew Huberman"),
    ("Written by Dr Marna van der Merwe, Dr Dieter Veldsman, Erik van Vulpen", "Dr Marna van der Merwe"),
    ("Authors:Aniruddha Roy, Jyoti Patel, Aman Chadha, Vinija Jain, Amitava Das", "Aniruddha Roy"),
    ("By Dieter Hogen with Uta Pippig", "Dieter Hogen"),
    # the outlet in capitals after the name; a month that is also a first name, before a day
    ("By Brian Truitt USA TODAY", "Brian Truitt"),
    ("By Daniel Renfrow April 12, 2024", "Daniel Renfrow"),
    ("By April Smith", "April Smith"),
    ("ByRhonda Krause UpdatedJanuary 25, 2026", "Rhonda Krause"),
    ("Posted byDamien WalterDecember 30, 2024December 30, 2024Posted inPodcast, Writing & Publishing",
     "Damien Walter"),
    # the illustrator or photographer after the writer's name
    ("Text von Christian Seiler Illustration von Markus Roost", "Christian Seiler"),
    # a dated meta line whose one other part is a name
    ("04.02.2022 | 13:10 Uhr | Uta Helkenberg", "Uta Helkenberg"),
    ("Zach Lezberg | May 22, 2025", "Zach Lezberg"),
    # a day's date, then dash-parted fields: a name and a comment count
    ("23.06.2016 um 16:14 Uhr - Markus Reuter - 91 Ergänzungen", "Markus Reuter"),
    # a stop word with its colon; "Last Updated" after the name ("Jane Last" stays a name)
    ("Von: Andreas R. Am: 29.12.2014", "Andreas R."),
    ("By Bhaval Patel Last Updated: December 6, 2024", "Bhaval Patel"),
    ("By Jane Last", "Jane Last"),
    ("von Sonia Mevißen Erstellt am 01.01.23 um 08:35", "Sonia Mevißen"),
    # a role after the name; a sentence that names the writer
    ("Written By: Catherine Boeckmann Executive Digital Editor and Master Gardener", "Catherine Boeckmann"),
    ("This post was written by Vanessa Mendez, MD, gastroenterologist, Parkview Health.", "Vanessa Mendez"),
    # a forum thread's header names who started it: a user name in any case
    ("Thread starter sean_g", "sean_g"),
    ("Thread starter Perseus Legend Start date Mar 3, 2024", "Perseus Legend"),
    ("Discussion in 'Hosting Advice' started by pelex, May 26, 2025.", "pelex"),
    # a meta line: the byline, its date, then the post's categories and tags
    ("Posted by Damien Walter December 30, 2024 December 30, 2024 Posted in Podcast, Writing & Publishing "
     "Tags: books, fiction, sci-fi, science fiction, writing", "Damien Walter"),
])
def test_bylines_under_the_title(line: str, source: str) -> None:
    page = pageclean.extract(f"Council raises school budget\n\n{line}\n\n{ARTICLE}", options=TEXT)
    assert [(c.kind.value, c.source) for c in page.credits] == [("byline", source)]
    assert page.title == "Council raises school budget"


@pytest.mark.parametrize("line", [
    "By continuing to browse you agree to our terms",
    "Source: the figures above show that most families spend more on energy than on food",
    "© 2024 Example Media Ltd. All rights reserved.",
    "By the way",
    "Von Anfang an",
    "The AA said the roads were busy.",
    "Reuters/Getty Images",
    "(AP Photo/Evan Vucci)",
    "ByteDance said on Monday that it would appeal against the ruling in the coming weeks",
    "By 2030 the city will have built twelve thousand new homes along the river and the railway",
    "By Monday, officials said, the number of new cases in the city would start to fall again",
    "By Christmas Eve 2023 the shops had sold out of almost everything on the list",
    # "by" after a date, but a sentence follows; a one-word "By" item in a menu
    "In 2020 by contrast the economy grew by four percent, the ministry said on Monday",
    "12 May by the river we sat and talked about the old days in the village",
    "Home | By Design | Contact",
    "By Christmas · the shops are open",
    # one word and a date, then a sentence; one word and no date
    "By Christmas 2024, sales had doubled at the store on the corner",
    "Posted by Design at the studio",
    # a list that is not only names
    "Authors: the people who wrote the report and many others who helped them along the way",
    # a meta line's other part in capitals, or beside a number that is not a dated year
    "PAID CONTENT | 04. November 2021",
    "Bridgestone Team | 5 min read",
    "$143.99 | Ships Free",
    # dash-parted after a bare year (a timeline's entry), or with a field that is neither a name nor a count
    "1989 - Tim Berners-Lee",
    "93/100 – PC Gamer",
    "23.06.2016 um 16:14 Uhr - Markus Reuter - Politik, Netze",
    # a role is not a name
    "By Senior Content Contributor",
    # "thread starter" in a sentence, or after the name in a post's header
    "The thread starter said that it works on his machine too",
    "sanmartinwatch Discussion starter",
    # a bare desk word names no one
    "Von Redaktion",
    # a menu item, and a sentence that mentions contributing
    "Source Code",
    "He contributed to this report and to many others over the years, the editor said on Monday.",
])
def test_lines_that_only_look_like_credits(line: str) -> None:
    assert credits_of(f"{ARTICLE}\n\n{line}") == []


ZH_ARTICLE = ("记者5日从中国国家铁路集团有限公司获悉，今年春运40天，全国铁路累计发送旅客4.84亿人次，同比增长约三成，"
              "日均开行旅客列车超过一万列，创历史同期新高。\n\n"
              "据介绍，春运期间各地铁路部门在热门方向加开夜间高铁和临时旅客列车，并在大型客站增设自助验证闸机，"
              "旅客平均进站时间明显缩短。")


@pytest.mark.parametrize(("prefix", "source"), [
    ("新华社北京3月5日电 ", "Xinhua"),
    ("新华网北京3月5日电 ", "Xinhua"),
    ("中新网3月5日电 ", "China News Service"),
    ("中新社上海电 ", "China News Service"),
])
def test_chinese_wire_datelines(prefix: str, source: str) -> None:
    page = pageclean.extract(prefix + ZH_ARTICLE, options=TEXT)
    assert [(c.kind, c.source) for c in page.credits] == [(CreditKind.DATELINE, source)]
    assert page.body.startswith("记者5日从")


@pytest.mark.parametrize(("line", "kind", "source"), [
    ("半月谈记者 史卫燕", "byline", "史卫燕"),
    ("作者： 记者王敬照 \t编辑： 王华军", "byline", "王敬照"),
    ("记者 欧阳晓明", "byline", "欧阳晓明"),
    ("新华网河北频道 ( 2012-06-04 09:20:26 ) 稿件来源： 河北日报", "agency", "Hebei Daily"),
])
def test_chinese_credit_lines(line: str, kind: str, source: str) -> None:
    assert credits_of(f"{ZH_ARTICLE}\n\n{line}") == [(kind, source)]


@pytest.mark.parametrize("line", [
    "新华社记者看河北",  # a column title: "看河北" is no one's name
    "这个电话号码是错误的，请重新输入。",
    "人民日报北京3月5日电 一位不知名的作者写道",  # an outlet the gazetteer does not hold
])
def test_chinese_lines_that_only_look_like_credits(line: str) -> None:
    assert credits_of(f"{ZH_ARTICLE}\n\n{line}") == []


def test_a_contributors_line_printed_twice_is_one_credit() -> None:
    """Pages print their credit block twice (a mobile and a desktop copy); the story has one."""
    line = "La información es de Cristian Cerna"
    assert credits_of(f"{line}\n\n{line}\n\n{ARTICLE}") == [("contributors", "Cristian Cerna")]


def test_an_agency_name_under_a_picture_is_the_photos_credit() -> None:
    """BBC prints "Reuters" under a picture, inside its <figure>: the photo's credit (a caption),
    not the story's. The same line outside any image is the story's agency."""
    paras = "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n"))
    figure = ("<figure class='media-landscape'><img src='a.jpg'><span class='story-image-copyright'>Reuters</span>"
              "<figcaption>About 40 bodies were buried on Thursday</figcaption></figure>")
    page = pageclean.extract(f"<html><body><article><h1>Mass burials</h1>{paras}{figure}{paras}</article>"
                             "</body></html>")
    assert page.credits == ()
    assert any(b.kind.value == "caption" and "Reuters" in b.text for b in page.boilerplate)
    plain = pageclean.extract(f"<html><body><article><h1>Mass burials</h1>{paras}<p>Reuters</p></article>"
                              "</body></html>")
    assert [(c.kind.value, c.source) for c in plain.credits] == [("agency", "Reuters")]


def test_co_authors_on_one_line_make_it_the_byline() -> None:
    """NZZ prints both authors and a place on one line under the headline; each name alone is too
    little of that line, together they are the line. The co-author's name on a teaser further down
    is then not this story's byline."""
    paras = "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n"))
    page = pageclean.extract(
        "<html><head><meta name='author' content='Markus M. Haefliger, London, Beat Bumbacher'></head><body>"
        "<article><h1>Der Nervenkrieg um den Brexit geht weiter</h1>"
        f"<p>Markus M. Haefliger, London, Beat Bumbacher 19.10.2019, 23:38 Uhr</p>{paras}{paras}"
        "<div><p>Kommentar</p><p>Beat Bumbacher 17.10.2019, 13:17</p></div></article></body></html>")
    assert [(c.kind.value, c.source) for c in page.credits] == [("byline", "Markus M. Haefliger")]


def test_a_desk_under_the_authors_name_is_the_role_not_a_second_author() -> None:
    """haus.de marks two lines as the author's: the person, and under it "Redaktion Haus.de" (the
    desk the person writes for). The story has one author."""
    paras = "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n"))
    page = pageclean.extract(
        "<html><body><article><h1>Was ist eine Vorsatzschalung?</h1><div class='author'>"
        "<a href='/autoren/andre-borbe'>André Borbe</a><br><a href='/autoren/redaktion'>Redaktion Haus.de</a></div>"
        f"{paras}{paras}</article></body></html>")
    assert [(c.kind.value, c.source) for c in page.credits] == [("byline", "André Borbe")]


def test_a_page_with_no_credit_gets_none() -> None:
    assert credits_of(ARTICLE) == []


def test_site_copyright_is_legal_boilerplate_not_a_credit() -> None:
    page = pageclean.extract(f"{ARTICLE}\n\n© 2024 Example Media Ltd. All rights reserved.", options=TEXT)
    assert not page.credits
    assert [b.kind.value for b in page.boilerplate] == ["legal"]


def test_a_byline_below_the_story_is_dropped_when_one_stands_at_the_top() -> None:
    """The next teaser's or the author box's "By" line is not a second author of the story."""
    text = ("Council backs budget\n\nBy Jane Doe\n\n" + ARTICLE + "\n\n" + ARTICLE.replace("Tuesday", "Monday")
            + "\n\nBy John Roe\n\nMore stories")
    assert credits_of(text) == [("byline", "Jane Doe")]
    # alone, a byline below the story still stands (some sites print it at the end)
    alone = "Council backs budget\n\n" + ARTICLE + "\n\nBy John Roe"
    assert credits_of(alone) == [("byline", "John Roe")]


def test_a_byline_further_down_the_body_is_not_the_storys() -> None:
    """Once a byline stands at the top, a "By"/"Author:" line after the article's prose has started
    is an inline teaser's or a reviewed book's author."""
    text = ("Book Beat: new novels\n\nBy Jane Doe\n\n" + ARTICLE + "\n\nA Far Better Thing\n\n"
            "Author: H.G. Parry\n\n" + ARTICLE.replace("Tuesday", "Monday"))
    assert credits_of(text) == [("byline", "Jane Doe")]


def test_updated_by_is_a_contributor_not_the_byline() -> None:
    assert credits_of(f"{ARTICLE}\n\nUpdated by Jon Linkov") == [("contributors", "Jon Linkov")]


def _html_page(author_block: str, after: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n"))
    return (f"<html><head><title>Council raises school budget</title></head><body><article>"
            f"<h1>Council raises school budget</h1>{author_block}{paragraphs}{after}</article></body></html>")


@pytest.mark.parametrize(("block", "source"), [
    ('<div class="article__author"><a href="/autoren/jane-doe">Jane Doe</a></div>', "Jane Doe"),
    ('<p><a rel="author" href="/x">Marek Nowak</a></p>', "Marek Nowak"),
    ('<p><span itemprop="author">Ana Silva</span></p>', "Ana Silva"),
    ('<div><a href="https://example.com/author/harald-bauer">Harald Bauer</a> Autor</div>', "Harald Bauer"),
    ('<div class="byline">Emmanuelle Ducros</div><div>15 Mai 2019 à 06h00</div>', "Emmanuelle Ducros"),
    # the person's title after the name
    ('<div class="author">Rex Du, Ph.D. Director, Advanced Analytics</div>', "Rex Du"),
])
def test_a_name_the_markup_marks_as_the_author_is_a_byline(block: str, source: str) -> None:
    page = pageclean.extract(_html_page(block))
    assert [(c.kind.value, c.source) for c in page.credits] == [("byline", source)]
    assert page.body.startswith("The council said on Tuesday")


@pytest.mark.parametrize("block", [
    # the same name without an author mark: a short line, not a credit
    '<div class="meta">Jane Doe</div>',
    # an author mark on what is not a name
    '<div class="author"><a href="/author/x">Google Scholar</a></div>',
    '<div class="author">J Offline</div>',
    '<div class="author">Written By</div>',
    # a role in the author slot; a sentence after the name
    '<div class="author">Marketing Director</div>',
    '<div class="author">Jane Doe, who wrote this for the director of the museum</div>',
])
def test_author_marks_without_a_person_give_no_byline(block: str) -> None:
    assert pageclean.extract(_html_page(block)).credits == ()


def test_a_commenters_author_mark_is_not_a_byline() -> None:
    comments = ('<section class="comments"><div class="comment-author"><a href="/author/max">Max Muster</a></div>'
                '<p>I do not agree with the council at all, the schools need much more than this.</p></section>')
    page = pageclean.extract(_html_page("", after=comments))
    assert page.credits == ()


def test_recurring_by_lines_below_the_story_are_a_teaser_lists() -> None:
    """No byline at the top; below the story, "More from" teasers each carry a "By" line: none of
    them wrote this story, though only the first falls where a closing byline could stand."""
    teasers = "\n\n".join(f"{head}\n\nBy {name} 12 May 2022, 4:1{n}pm" for n, (head, name) in enumerate([
        ("Stuntwoman sues show for damages after rooftop fall", "Poppie Platt"),
        ("Cryptocurrency collapse likened to a run on the banks", "James Titcomb"),
        ("Ministers plan new rules for private landlords", "Ben Riley-Smith")]))
    text = "Plumber jailed over boiler deaths\n\n" + ARTICLE + "\n\nMore stories\n\n" + teasers
    assert credits_of(text) == []


def test_a_byline_prefix_on_its_own_line_names_the_next_line() -> None:
    text = "Ten catering trends for 2025\n\nWritten by\n\nEdzel Tabing\n\n" + ARTICLE
    assert credits_of(text) == [("byline", "Edzel Tabing")]


@pytest.mark.parametrize(("label", "source"), [
    ("Ein Kommentar von", "Ingo Arzt"),
    ("Ein Gastbeitrag von", "Ingo Arzt"),
    ("Story by", "Ingo Arzt"),
    # labels that end in "by" or "av" but introduce no author
    ("Sort By", None),
    ("Trusted by", None),
    ("BROADCAST & AV", None),
    ("Kommentar von", None),  # a reader's comment as often as an opinion piece
])
def test_a_story_label_with_its_prefix_names_the_next_line(label: str, source: str | None) -> None:
    """ "Ein Kommentar von" / "Ingo Arzt": the label of a story's kind and the byline prefix on a line
    of their own, the author's name on the next."""
    text = f"Kaeser verarscht Neubauer\n\n{label}\n\nIngo Arzt\n\n{ARTICLE}"
    assert credits_of(text) == ([("byline", source)] if source else [])


@pytest.mark.parametrize(("lines", "source"), [
    ("By thanosmano,\n\nApril 18, 2024 in Princess Cruises", "thanosmano"),  # the date after
    ("October 17, 2018\n\nBy uclahealth\n\n2 min read", "uclahealth"),  # the date before
    ("By sean_g\n\n3 hours ago", "sean_g"),
    ("By thanosmano,\n\nin Princess Cruises", None),  # no date beside it
    ("By Design\n\nour team of six", None),
    ("By admin\n\nApril 18, 2024", None),  # a generic word names no one
    ("Physiology or Medicine\n\n1901–1999\n\nBy groups", None),  # years, not a post's date
])
def test_by_and_a_user_name_beside_a_date(lines: str, source: str | None) -> None:
    """Forum posts and blogs print the poster's user name in any case after "By"; one word after
    "By" is a name only when the post's date stands beside it."""
    text = f"Pros and cons of using a travel agent\n\n{lines}\n\n{ARTICLE}"
    assert credits_of(text) == ([("byline", source)] if source else [])


@pytest.mark.parametrize(("line", "source"), [
    ("By Eric Levitz @EricLevitz", "Eric Levitz"),  # a handle after the name
    ("By @EricLevitz", None),
    ("Posted on December 20, 2025 by Jean-Luc Aufranc (CNXSoft) - 5 Comments", "Jean-Luc Aufranc"),
])
def test_a_handle_after_a_bylines_name(line: str, source: str | None) -> None:
    assert credits_of(f"Why polarization is not the problem\n\n{line}\n\n{ARTICLE}") == (
        [("byline", source)] if source else [])


@pytest.mark.parametrize(("line", "source"), [
    ("London (CNN) It was the interview that some within the palace must have feared the most.", "CNN"),
    ("Berlin (dpa) Der Bundestag hat am Donnerstag ein neues Gesetz zur Rente beschlossen.",
     "Deutsche Presse-Agentur"),
    # no dash after the tag: only a place of one to three capitalised words stands before it
    ("Die Kanzlerin sagte gestern in Berlin (dpa) Der Bundestag hat am Donnerstag beschlossen.", None),
    ("Angela Merkel (CDU) Die Kanzlerin sprach am Donnerstag lange im Bundestag über die Rente.", None),
])
def test_a_dateline_without_a_dash(line: str, source: str | None) -> None:
    m = match_credit(line)
    if source is None:
        assert m is None
    else:
        assert m is not None and (m.kind.value, m.source) == ("dateline", source)
        assert line[m.start:m.end].endswith(")")  # the space before the story stays with the body


def test_words_glued_by_markup_are_not_a_name() -> None:
    text = "Wedding planning checklist\n\nBy\n\nWedding ChecklistsJust EngagedWedding Planning\n\n" + ARTICLE
    assert credits_of(text) == []


def test_contributors_named_before_contributed() -> None:
    trailer = "Alex Isenstadt contributed to this report."
    assert credits_of(f"{ARTICLE}\n\n{trailer}") == [("contributors", "Alex Isenstadt")]


def test_a_source_label_in_a_closing_tag() -> None:
    page = pageclean.extract(f"{ARTICLE} Wie der SWR berichtet, wurde niemand verletzt. (Quelle: SWR)", options=TEXT)
    assert [(c.kind.value, c.source, c.text) for c in page.credits] == [("agency", "Südwestrundfunk", "(Quelle: SWR)")]


def test_a_listing_cards_byline_at_the_top_is_not_the_pages() -> None:
    """cabletv.com's news listing: each card is an <h4> headline, a "By" line, a date and a blurb.
    The first card's byline falls where a story's byline would stand, but it sits under a card
    heading like the others. A story's own byline under its <h1> still stands beside such cards."""
    blurb = ("Streaming and TV move a mile a minute, and the experts look at what changed this week for "
             "people who pay for cable and internet.")
    cards = "".join(f"<h4>{head}</h4><p>By {name}</p><p>Dec {17 - n}, 2025</p><p>{blurb}</p>" for n, (head, name) in
                    enumerate([("Channel Bloat May Be Costing You Over $1,600 a Year", "Logan Jones"),
                               ("Announcing the 2026 Customer Satisfaction Award Winners", "Mike Strayer"),
                               ("December's Top Internet and TV Deals", "Logan Jones"),
                               ("MLB.TV Moves to ESPN for Three Years", "Alex Vejar")]))
    page = pageclean.extract(f"<html><body><main><h1>Streaming and Entertainment News</h1><p>{blurb}</p>"
                             f"{cards}</main></body></html>")
    assert page.credits == ()
    paras = "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n"))
    story = pageclean.extract(f"<html><body><article><h1>Council backs budget</h1><p>By Jane Doe</p>{paras}"
                              f"</article><aside>{cards}</aside></body></html>")
    assert [(c.kind.value, c.source) for c in story.credits] == [("byline", "Jane Doe")]


def test_a_byline_under_the_title_stands_when_a_table_of_contents_parts_it_from_the_body() -> None:
    """A guide's headline, its byline, then a long table of contents, then the story: the byline
    is further from the body than bylines usually are, but right under the title."""
    toc = "".join(f'<li><a href="#s{k}">Section number {k} of the guide</a></li>' for k in range(30))
    paras = "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n")) * 2
    html = (f"<html><head><title>Council raises school budget</title></head><body><h1>Council raises school budget"
            f"</h1><p>By Jane Doe • March 3, 2025</p><nav class='toc'><ul>{toc}</ul></nav><article>{paras}</article>"
            "</body></html>")
    page = pageclean.extract(html)
    assert [(c.kind.value, c.source) for c in page.credits] == [("byline", "Jane Doe")]
    assert page.title == "Council raises school budget"


@pytest.mark.parametrize("line", [
    "By Jon Porter@JonPorty Jul 3, 2019, 4:22am EDT",
    "Von Katharina Schmidt Kategorien: Mode 6. November 2023, 15:25 Uhr",
])
def test_a_name_the_rules_cannot_read_is_not_cut_to_its_first_word(line: str) -> None:
    """One word before a date is a name ("Posted by David at December 16"), but not the first word
    of a longer name followed by something the rules cannot read."""
    assert credits_of(f"Council raises school budget\n\n{line}\n\n{ARTICLE}") == []


@pytest.mark.parametrize(("name", "date", "source"), [
    ("Denise Everheart", "August 23, 2023", "Denise Everheart"),
    ("Emmanuelle Ducros", "15 Mai 2019 à 06h00", "Emmanuelle Ducros"),
    ("Nick van Mead", "2022-11-23T08:10+02:00", "Nick van Mead"),
    ("Tina Klostermeier", "15.12.2022", "Tina Klostermeier"),
    ("Jossi Loibl", "Erstellt: vor 4 Stunden", "Jossi Loibl"),  # a date relative to now
    ("Denise Everheart", "3 hours ago", "Denise Everheart"),
    ("Paulina Nowosielska", "dzisiaj, 08:07 Ten tekst przeczytasz w 1 minutę", "Paulina Nowosielska"),  # today, a time
    ("Help Net Security Sponsored", "November 24, 2025", "Help Net Security"),  # a role word after the name
    ("Help Net Security Sponsored Content", "November 24, 2025", None),  # not only role words after it
    ("Denise Everheart", "heute im Gespräch", None),
    ("André Borbe", "Redaktion Haus.de\n\n25.01.2022 14:47 Uhr", "André Borbe"),  # a desk between
    ("Denise Everheart", "Erstellt: vor langer Zeit", None),
    ("Denise Everheart", "more on the budget vote\n\n25.01.2022 14:47 Uhr", None),  # not a desk between
    # not a name, or its date is not a date
    ("Recent Posts", "August 23, 2023", None),
    ("Redaktion Haus.de", "15.12.2022", None),
    ("ByJ.R. Stone", "15.12.2022", None),
    ("Ausstellung Palais Epstein Wien", "15.12.2022", None),
    ("Presseportal Anzeige", "15. Mai 2019, 05:28 Uhr", None),  # an advertiser's label
    ("Tuesdays Evenings", "1/27/2026 - 3/24/2026", None),  # a course's schedule
    ("Brides's Editorial Guidelines", "Updated on May 27, 2025 09:10AM", None),  # a possessive
])
def test_a_name_alone_under_the_title_with_its_date_below_is_the_byline(name: str, date: str,
                                                                         source: str | None) -> None:
    """Templates that print no "By": the name on a line of its own under the headline, the date on
    the next line."""
    text = f"Council raises school budget\n\nCouncil raises school budget\n\n{name}\n\n{date}\n\n{ARTICLE}"
    assert credits_of(text) == ([("byline", source)] if source else [])


def test_a_dated_name_below_the_kicker_standfirst_and_lead_is_the_byline() -> None:
    """The name and date may follow the section, the reading time, a standfirst and the lead
    paragraph: five lines under the headline (Neste's template)."""
    text = ("Council raises school budget\n\nCouncil raises school budget\n\nEducation\n\n6 minute read\n\n"
            "Why the town will spend more on its schools next year\n\n"
            "The council voted on Tuesday to raise the school budget by four percent, after a long debate "
            "about class sizes and the cost of heating the older buildings in the town centre.\n\n"
            "Nick van Mead\n\n2022-11-23T08:10+02:00\n\n" + ARTICLE)
    assert credits_of(text) == [("byline", "Nick van Mead")]


def test_two_names_under_the_title_with_their_initials_and_one_date() -> None:
    """Correio Braziliense: each author's initials (an avatar), then the name; the date under the
    last one. Both are bylines."""
    block = ("LP\n\nLuana Patriolino\n\nRF\n\nRaphael Felice\n\n"
             "postado em 04/05/2022 05:49 / atualizado em 04/05/2022 05:50")
    text = f"Council raises school budget\n\nCouncil raises school budget\n\n{block}\n\n{ARTICLE}"
    assert credits_of(text) == [("byline", "Luana Patriolino"), ("byline", "Raphael Felice")]
    # a byline between a name and the date: the name above it is the story's subject, not an author
    subject = "Felipe Berríos\n\nPor Rodrigo Mejías\n\n04 de mayo 2022 a las 09:01 hrs."
    assert credits_of(text.replace(block, subject)) == [("byline", "Rodrigo Mejías")]
    # without the date, two names are no bylines
    assert credits_of(text.replace("postado em 04/05/2022 05:49 / atualizado em 04/05/2022 05:50", "")) == []


def test_an_event_calendars_dated_dash_lines_are_no_bylines() -> None:
    # "date - band - venue" entries: one of them with a single field after the date is still a
    # calendar's entry, not a byline; and a word cut at a hyphen is no name's
    text = ("Konzerte im November\n\n16.11.2022 - Press Club - Chelsea\n17.11.2022 - Grelle Forelle\n"
            "18.11.2022 - Dame - Gasometer\n\n" + ARTICLE)
    assert pageclean.extract(text, options=TEXT).credits == ()
    assert pageclean.extract(f"Konzerte im November\n\n17.11.2022 - Aymz- Grelle Forelle\n\n{ARTICLE}",
                             options=TEXT).credits == ()
    # the same form alone under the title is the story's byline
    page = pageclean.extract(f"Die Freiheit der Planung\n\n25.10.2022 - Reiner Nagel\n\n{ARTICLE}", options=TEXT)
    assert [(c.kind.value, c.source) for c in page.credits] == [("byline", "Reiner Nagel")]
