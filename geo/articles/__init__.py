"""Stage 1, articles: reading reports into ``Article``s and splitting them into a ``Doc``.

Holds ``Article`` and ``from_text`` (article.py), the .txt/.md/.html/.json/.jsonl readers
(readers.py, html.py), URL fetch on a user's request (fetch.py), ``Doc`` (doc.py: paragraphs and
sentences with offsets, made once per article) and generated reports for load tests
(synthetic.py). Imports no other stage.
"""
from .article import MAX_ARTICLE_CHARS, Article, ArticleError, article_id, from_text, parse_date
from .doc import Doc, Paragraph, Sentence
from .readers import MAX_BYTES, read_article, read_articles

__all__ = ["MAX_ARTICLE_CHARS", "MAX_BYTES", "Article", "ArticleError", "Doc", "Paragraph", "Sentence", "article_id", "from_text",
           "parse_date", "read_article", "read_articles"]
