"""HTML a blog's own Markdown extension kept as hex (`<html-literal>3c7370616e…</html-literal>`):
bossylobster's blog writes each formula, pre-rendered by KaTeX, that way. Built with Goldstar,
readers saw the hex where each of its 1,064 formulas was, and no warning said so; each is now the
formula's MathML."""

import re

import pytest
from bs4 import BeautifulSoup

from tests.support.builds import build_site
from tests.support.corpora import corpus_path
from tests.support.sources import write_source

pytestmark = pytest.mark.slow

KATEX_INLINE = (
    '<span class="katex"><span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/'
    'MathML"><semantics><mrow><msup><mi>x</mi><mn>2</mn></msup></mrow><annotation encoding='
    '"application/x-tex">x^2</annotation></semantics></math></span><span class="katex-html" '
    'aria-hidden="true"><span class="base"><span class="strut" style="height:0.81em;"></span>'
    '<span class="mord mathnormal">x</span></span></span></span>'
)
KATEX_BLOCK = (
    '<span class="katex-display"><span class="katex"><span class="katex-mathml"><math xmlns='
    '"http://www.w3.org/1998/Math/MathML" display="block"><semantics><mrow><mi>e</mi><mo>=</mo>'
    "<mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></mrow></semantics></math></span><span class="
    '"katex-html" aria-hidden="true"><span class="mord" style="margin-right:0.2em;">e</span>'
    "</span></span></span>"
)


def literal(html: str) -> str:
    """Return *html* as the blog's extension wrote it: hex in an `<html-literal>`."""
    return f"<html-literal>{html.encode('utf-8').hex()}</html-literal>"


def test_a_formula_written_as_hex_is_its_mathml_in_the_post_and_its_card(tmp_path) -> None:
    write_source(
        tmp_path / "content",
        "energy.md",
        "Title: Energy\nDate: 2024-01-01\nCategory: maths\n\n"
        f"The square {literal(KATEX_INLINE)} grows fast.\n\n"
        f'<div class="katex-elt"><blockquote>\n{literal(KATEX_BLOCK)}\n</blockquote></div>\n\n'
        f"And a {literal('<em>word</em>')} said in HTML.\n",
    )
    built = build_site(tmp_path / "content", tmp_path / "output")
    assert built.warnings() == []
    post = built.read("2024/energy/index.html")
    card = BeautifulSoup(built.read("index.html"), "html.parser").select_one(".card-summary")
    for html in (post, str(card)):
        assert "html-literal" not in html
        assert not re.search(r"[0-9a-f]{40}", html)
        soup = BeautifulSoup(html, "html.parser")
        inline, block = soup.find_all("math")
        assert inline.find("msup").get_text() == "x2"
        assert block["display"] == "block"
        assert soup.find("em").get_text() == "word"
        # KaTeX's second drawing, which needs its stylesheet (and styles the CSP refuses), is gone
        assert not soup.select(".katex-html")


def test_hex_that_is_not_text_stays_as_written(tmp_path) -> None:
    write_source(
        tmp_path / "content",
        "bytes.md",
        "Title: Bytes\nDate: 2024-01-01\nCategory: maths\n\n"
        "The bytes <html-literal>fffe00</html-literal> are no text.\n",
    )
    built = build_site(tmp_path / "content", tmp_path / "output")
    assert "<html-literal>fffe00</html-literal>" in built.read("2024/bytes/index.html")


@pytest.fixture(scope="module")
def bossylobster(tmp_path_factory):
    """The real blog (../shared/corpora/blog-bossylobster, read in place) built once."""
    content = corpus_path("blog-bossylobster/content")
    return build_site(content, tmp_path_factory.mktemp("bossylobster") / "output")


def test_a_real_blog_s_formulas_are_drawn_not_shown_as_hex(bossylobster) -> None:
    with_math = [a for a in bossylobster.articles if "<html-literal>" in corpus_text(a.source_path)]
    assert len(with_math) == 22
    for page in bossylobster.output.rglob("*.html"):
        assert "html-literal" not in page.read_text(encoding="utf-8"), page
    moser = BeautifulSoup(bossylobster.read("2023/moser-circle-estimates/index.html"), "lxml")
    maths = moser.select(".post-body math")
    assert len(maths) == 73
    assert sum(m.get("display") == "block" for m in maths) == 21
    assert moser.select_one(".post-body math annotation").get_text().strip()  # its TeX, kept


def corpus_text(source_path: str) -> str:
    """Return the text of a source file of the corpus."""
    with open(source_path, encoding="utf-8") as source:
        return source.read()
