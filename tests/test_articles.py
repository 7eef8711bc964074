import json
from datetime import date

import pytest

from geo.articles import MAX_ARTICLE_CHARS, MAX_BYTES, ArticleError, article_id, from_text, read_article, read_articles
from geo.claims.extract import extract_article

HEADER = "url: https://example.org/a\ntitle: Drones hit Shostka\npublished: 2025-06-03\noutlet: Example News\n\n"
BODY = "Russian drones struck an energy facility in Shostka overnight, the regional administration said.\n"


def test_txt_with_header(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(HEADER + BODY, encoding="utf-8")
    a = read_article(f)
    assert (a.title, a.url, a.outlet, a.published) == ("Drones hit Shostka", "https://example.org/a", "Example News", date(2025, 6, 3))
    assert a.body == BODY


def test_txt_without_header_and_unknown_fields(tmp_path):
    f = tmp_path / "b.txt"
    f.write_text(BODY, encoding="utf-8")
    a = read_article(f)
    assert a.body == BODY and a.title is None and a.published is None
    g = tmp_path / "c.txt"
    g.write_text("url: unknown\ntitle: unknown\npublished: unknown\noutlet: unknown\n\n" + BODY, encoding="utf-8")
    assert read_article(g).url is None and read_article(g).published is None


def test_published_given_by_the_caller_wins(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(BODY, encoding="utf-8")
    assert read_article(f, published=date(2024, 1, 2)).published == date(2024, 1, 2)


def test_id_is_a_hash_of_the_normalised_body():
    a = from_text("Drones hit  Shostka’s plant.\n")
    b = from_text("drones hit Shostka's plant.")
    c = from_text("Drones hit Sumy.")
    assert a.id == b.id != c.id
    assert a.id == article_id("DRONES HIT SHOSTKA'S PLANT.")


def test_markdown(tmp_path):
    f = tmp_path / "a.md"
    f.write_text("---\npublished: 2025-06-03\nurl: https://example.org/m\n---\n# Strike on Shostka\n\n"
                 "Russian **drones** struck an [energy facility](https://x.org) in *Shostka*, officials said.\n", encoding="utf-8")
    a = read_article(f)
    assert a.title == "Strike on Shostka" and a.published == date(2025, 6, 3) and a.url == "https://example.org/m"
    assert "struck an energy facility in Shostka, officials said." in a.body
    assert "*" not in a.body and "](" not in a.body


HTML = """<html><head><title>Drones hit Shostka</title><meta name="date" content="2025-06-03">
<script>var s = "Bakhmut was destroyed by a strike";</script></head><body>
<nav>Home | World | Lviv bureau</nav>
<article><h1>Drones hit Shostka</h1>
<p>Russian drones struck an energy facility in Shostka overnight, the Sumy regional military administration said on Tuesday.</p>
<p>The attack left parts of the town without power for several hours, officials added, and two people were wounded.</p>
<p>Ukraine's Air Force said it shot down 30 of the 35 drones launched overnight across the north of the country.</p>
</article>
<div class="comments"><h3>Comments</h3><p>Odesa reader: a strike hit Odesa too!</p></div>
<aside><h3>Related Articles</h3><ul><li><a href="/x">Explosions in Lviv</a></li></ul></aside>
<script>document.write("Kherson was shelled")</script></body></html>"""


def test_html_main_text_without_scripts_or_boilerplate(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(HTML, encoding="utf-8")
    a = read_article(f)
    assert "energy facility in Shostka" in a.body
    for junk in ("Bakhmut", "Kherson", "Related Articles", "Odesa reader", "Lviv bureau"):
        assert junk not in a.body
    assert a.published == date(2025, 6, 3)
    out = extract_article(a)
    assert {p["mention"] for p in out["places"]} <= {"Shostka", "Sumy", "Ukraine"}
    assert [c["places"] for c in out["claims"]] == [["Shostka"]]


def test_html_without_text_is_a_clear_error(tmp_path):
    f = tmp_path / "empty.html"
    f.write_text("<html><body><script>alert(1)</script></body></html>", encoding="utf-8")
    with pytest.raises(ArticleError, match="no article text"):
        read_article(f)


def test_json_and_jsonl(tmp_path):
    j = tmp_path / "a.json"
    j.write_text(json.dumps({"title": "T", "url": "u", "published": "2025-06-03", "outlet": "O", "text": BODY}))
    a = read_article(j)
    assert (a.title, a.published, a.body) == ("T", date(2025, 6, 3), BODY)
    jl = tmp_path / "b.jsonl"
    jl.write_text("\n".join(json.dumps({"text": f"Drones hit Sumy, report {i}."}) for i in range(3)) + "\n")
    assert len(read_articles(jl)) == 3


def test_bad_json_lines_say_where(tmp_path):
    jl = tmp_path / "b.jsonl"
    jl.write_text('{"text": "ok"}\n{not json}\n')
    with pytest.raises(ArticleError, match=r"b.jsonl:2"):
        read_articles(jl)
    j = tmp_path / "c.json"
    j.write_text('{"title": "no text"}')
    with pytest.raises(ArticleError, match="no 'text'"):
        read_article(j)


def test_windows_1251_text_is_decoded(tmp_path):
    f = tmp_path / "ru.txt"
    f.write_bytes("Удар по Харькову. Ракеты попали в Харьков и Сумы.".encode("cp1251"))
    assert "Харьков" in read_article(f).body


def test_oversized_file_is_refused_without_reading_it(tmp_path):
    f = tmp_path / "huge.txt"
    with open(f, "wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    with pytest.raises(ArticleError, match="MB limit"):
        read_article(f)


def test_a_50_megabyte_article_gets_the_one_article_limit(tmp_path):
    # 50 MB of text is not one report: the reader says so at once, with the limit every stage uses,
    # instead of geoparse refusing it after minutes of work.
    f = tmp_path / "big.txt"
    line = "Russian drones struck Kharkiv overnight, the governor said.\n\n"
    f.write_text(line * (50_000_000 // len(line)), encoding="utf-8")
    with pytest.raises(ArticleError, match=f"{MAX_ARTICLE_CHARS:,}-character limit"):
        read_article(f)


def test_the_largest_article_allowed_is_read(tmp_path):
    f = tmp_path / "long.txt"
    line = "Russian drones struck Kharkiv overnight, the governor said.\n\n"
    f.write_text(line * (MAX_ARTICLE_CHARS // len(line)), encoding="utf-8")
    assert len(read_article(f).body) > MAX_ARTICLE_CHARS - len(line)
