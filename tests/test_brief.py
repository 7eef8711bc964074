"""The daily brief (issue 24): one self-contained HTML page of a view, from a real SQLite store
of articles written for these tests, and `strike-atlas brief`."""
import os
import re
from datetime import date
from html.parser import HTMLParser

import pytest

from geo.app import brief, brief_map
from geo.app.brief import brief_html
from geo.app.filters import Filters
from geo.articles import from_text
from geo.claims.extract import extract
from geo.cli import main
from geo.store import Store
from test_events import D, KONOTOP, RU_MOD, UA_HEAD, WIRE  # 14 August 2025: Shostka from three sides, Konotop

KHARKIV = "Russian missiles hit Kharkiv on 13 August 2025, Kharkiv regional governor Oleh Syniehubov said."
CHUHUIV = "Russian drones struck a warehouse in Chuhuiv on 13 August 2025, Kharkiv regional governor Oleh Syniehubov said."
BELGOROD = "Ukrainian drones attacked Belgorod on 13 August 2025, Belgorod governor Vyacheslav Gladkov said."
NO_PLACE = "Russian drones attacked Ukraine's energy system on 14 August 2025, Ukraine's air force said."
HOSTILE = ("Russian drones struck the port of Odesa on 12 August 2025 <script>alert('sentence')</script>, the Odesa "
           "regional administration said.")
JULY = "Russian drones struck Kharkiv on 1 July 2025, the regional governor said."  # outside the window
TWO_TOWNS = "Russian drones struck Izium and Balakliia on 11 August 2025, Kharkiv regional governor Oleh Syniehubov said."
HOSTILE_TITLE = "<script>alert('title')</script> Odesa port"

# By hand: claims per oblast and side (RU, UA, OTHER) from 12 to 14 August 2025.
BY_OBLAST = {"Sumy Oblast": (1, 2, 1), "Kharkiv Oblast": (0, 2, 0), "Belgorod": (1, 0, 0), "Odessa Oblast": (0, 1, 0),
             "No place below the country named": (0, 1, 0)}
# ... and one dot per place and side.
DOTS = {("Shostka", "RU"), ("Shostka", "UA"), ("Shostka", "OTHER"), ("Konotop", "UA"), ("Kharkiv", "UA"),
        ("Chuhuiv", "UA"), ("Belgorod", "RU"), ("Port of Odesa", "UA")}
WINDOW = Filters(since=date(2025, 8, 12), until=D)


@pytest.fixture(scope="module")
def db(tmp_path_factory, gaz):
    path = tmp_path_factory.mktemp("brief") / "brief.sqlite"
    with Store.open(str(path), gazetteer=gaz) as store:
        for i, text in enumerate([RU_MOD, UA_HEAD, WIRE, KONOTOP, KHARKIV, CHUHUIV, BELGOROD, NO_PLACE, JULY, TWO_TOWNS]):
            art = from_text(text, published=D, title=f"Report {i} on the strikes", url=f"https://example.org/{i}?a=1&b=2")
            store.add(art, extract(art, gaz))
        art = from_text(HOSTILE, published=D, title=HOSTILE_TITLE, url="javascript:alert('url')")
        store.add(art, extract(art, gaz))
    return path


@pytest.fixture
def store(db, gaz):
    with Store.open(str(db), gazetteer=gaz) as s:
        yield s


@pytest.fixture
def page(store, gaz):
    return brief_html(store, gaz, WINDOW)


def oblast_table(html: str) -> dict[str, tuple[int, ...]]:
    table = re.search(r"<section class='areas'>.*?</table>", html, re.S).group(0)
    rows = {}
    for row in re.findall(r"<tr>(.*?)</tr>", table, re.S):
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row)
        if cells:
            rows[cells[0]] = tuple(int(c.replace(",", "")) for c in cells[2:-1])  # the sides shown
    return rows


def event_blocks(html: str) -> dict[str, str]:
    return {re.search(r"<h3>.*? · (.*?)</h3>", b).group(1): b
            for b in re.findall(r"<article class='event'>.*?</article>", html, re.S)}


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.hrefs = set(), []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.hrefs += [v for k, v in attrs if k == "href"]


def test_claims_per_oblast_and_side_equal_a_hand_count(page):
    assert oblast_table(page) == BY_OBLAST
    totals = re.search(r"<tr class='total'>(.*?)</tr>", page).group(1)
    assert re.findall(r"<td class='n'>(\d+)</td>", totals) == ["2", "6", "1", "9"]  # each claim once
    assert not re.search(r"\b(UA|RU|BY)-[0-9A-Z]{2,3}\b", page)  # names, never codes like UA-63


def test_the_header_says_window_filters_counts_and_store(page):
    header = re.search(r"<header>.*?</header>", page, re.S).group(0)
    assert "12 to 14 August 2025" in header and "claims of every side" in header
    assert "<b>9 claims</b>, 1 of them naming no place below the country" in header
    assert "6 events" in header and "brief.sqlite" in header and "UTC" in header


def test_the_map_has_one_circle_per_place_and_side(page):
    svg = re.search(r"<svg.*?</svg>", page, re.S).group(0)
    circles = re.findall(r"<circle class='(\w+)[^']*'[^>]*><title>(.*?): \d+ claims? \(", svg)
    assert {(name, side) for side, name in circles} == DOTS and len(circles) == len(DOTS) == page.count("<circle")
    assert len(re.findall(r"<path class='c(UA|RU|BY)' d='M", svg)) > 20  # the oblasts around them


def test_an_event_shows_each_sides_statement_and_links(page):
    shostka = event_blocks(page)["Shostka"]
    assert "acknowledged" in shostka
    for side, text in (("Russian officials", RU_MOD), ("Ukrainian officials", UA_HEAD),
                       ("Independent / unattributed", WIRE)):
        assert side in shostka and f"<q>{text}</q>" in shostka
    assert "<b>The Russian Defence Ministry</b>" in shostka
    assert "href='https://example.org/0?a=1&amp;b=2'" in shostka  # the article's link, escaped for the attribute
    assert set(event_blocks(page)) == {"Shostka", "Konotop", "Kharkiv", "Chuhuiv", "Belgorod", "Port of Odesa"}


def test_hostile_article_text_is_escaped_and_its_link_dropped(page):
    assert "<script" not in page.lower() and "javascript:" not in page
    assert "&lt;script&gt;alert(&#x27;sentence&#x27;)&lt;/script&gt;" in page
    assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt; Odesa port (no web link)" in page
    tags = Tags()
    tags.feed(page)
    assert tags.tags <= {"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "h4", "p", "b",
                         "br", "span", "section", "svg", "rect", "path", "circle", "table", "thead", "tbody", "tr",
                         "th", "td", "article", "div", "ul", "li", "q", "a", "code"}
    assert tags.hrefs and all(h.startswith("https://example.org/") for h in tags.hrefs)


def test_the_page_is_self_contained_and_printable(page):
    assert not re.search(r"<(img|script|link|iframe)|src=|url\(|@import", page, re.I)  # nothing to fetch
    assert "default-src 'none'" in page and "@media print" in page


def test_filters_narrow_the_page_and_are_said_in_words(store, gaz):
    page = brief_html(store, gaz, Filters(since=date(2025, 8, 12), until=D, sides=["RU"], text="Shostka"),
                      statuses=["acknowledged"])
    assert "claims of Russian officials; mentioning “Shostka”; events: both sides report it" in page
    assert oblast_table(page) == {"Sumy Oblast": (1,)}
    assert set(event_blocks(page)) == {"Shostka"} and page.count("<circle") == 1


def test_a_claim_naming_two_towns_of_one_oblast_counts_once_there(store, gaz):
    page = brief_html(store, gaz, Filters(since=date(2025, 8, 11), until=date(2025, 8, 11)))
    assert oblast_table(page) == {"Kharkiv Oblast": (0, 1, 0)} and page.count("<circle") == 2


def test_a_window_of_many_events_lists_those_of_several_sides_first(store, gaz, monkeypatch):
    monkeypatch.setattr(brief, "MAX_EVENTS", 2)
    page = brief_html(store, gaz, WINDOW)
    assert set(event_blocks(page)) == {"Shostka", "Konotop"}  # acknowledged, then the newest single one
    assert "Listed: 2 of the 6 in the window" in page and "6 events (5 single, 1 acknowledged)" in page


@pytest.mark.parametrize("url, href", [
    ("https://example.org/a?x=1&y=2", "https://example.org/a?x=1&amp;y=2"),
    ("HTTP://example.org/it's \"here\"<b>", "HTTP://example.org/it%27s%20%22here%22%3Cb%3E"),
    ("javascript:alert(1)", None), ("  JavaScript:alert(1)", None), ("java\tscript:alert(1)", None),
    ("data:text/html,<script>", None), ("https:///no-host", None), ("//example.org/x", None), ("", None), (None, None),
])
def test_links_are_kept_only_to_http_and_made_safe_for_an_attribute(url, href):
    assert brief.safe_href(url) == href


def test_an_empty_window_says_nothing_matches(store, gaz):
    page = brief_html(store, gaz, Filters(since=date(2020, 1, 1), until=date(2020, 1, 31)))
    assert "Nothing in the store matches this view" in page and "1 to 31 January 2020" in page
    assert "<svg" not in page and "<table" not in page


def test_a_view_of_many_places_merges_nearby_dots(store, gaz, monkeypatch):
    monkeypatch.setattr(brief_map, "MAX_DOTS", 3)
    page = brief_html(store, gaz, WINDOW)
    assert 1 <= page.count("<circle") <= 3 and "are drawn as one dot" in page
    assert oblast_table(page) == BY_OBLAST  # the table still counts every place


@pytest.fixture
def umask022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_cli_writes_the_brief_readable_by_others(db, tmp_path, capsys, umask022):
    out = tmp_path / "brief.html"
    code = main(["brief", "--since", "2025-08-12", "--until", "2025-08-14", "--db", str(db), "-o", str(out)])
    assert code == 0 and "wrote" in capsys.readouterr().err
    assert out.stat().st_mode & 0o777 == 0o644
    assert oblast_table(out.read_text(encoding="utf-8")) == BY_OBLAST


def test_cli_writes_to_stdout_and_defaults_to_the_latest_day(db, capsys):
    assert main(["brief", "--side", "UA", "--db", str(db), "-o", "-"]) == 0
    page = capsys.readouterr().out
    assert page.startswith("<!DOCTYPE html>") and "Strike Atlas brief: 14 August 2025" in page
    assert oblast_table(page) == {"Sumy Oblast": (2,), "No place below the country named": (1,)}


def test_cli_says_when_it_cannot_write(db, tmp_path, capsys):
    out = tmp_path / "no such folder" / "brief.html"
    assert main(["brief", "--db", str(db), "-o", str(out)]) == 1
    assert "cannot write" in capsys.readouterr().err and not out.exists()


@pytest.mark.parametrize("argv, says", [
    (["--since", "2025-8-1x", "--until", "2025-08-14"], "YYYY-MM-DD"),
    (["--since", "2025-08-14", "--until", "2025-08-01"], "after --until"),
    (["--status", "bogus"], "unknown status"),
    (["--target", "moon"], "unknown target type"),
])
def test_cli_rejects_bad_input(db, tmp_path, capsys, argv, says):
    out = tmp_path / "brief.html"
    assert main(["brief", *argv, "--db", str(db), "-o", str(out)]) == 2
    assert says in capsys.readouterr().err and not out.exists()
