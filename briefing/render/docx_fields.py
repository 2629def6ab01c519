"""The Word features python-docx has no API for, written as WordprocessingML:
real footnotes (the footnotes part), fields (TOC, SEQ, PAGE, NOTEREF),
bookmarks and internal hyperlinks.

`Footnotes(document)` adds the footnotes part; `footnotes.cite(paragraph,
numbers, text_of)` puts note references into a paragraph: the first citation
of a note is a real footnote, later ones a NOTEREF field to it, so the
numbers match the HTML's and Word renumbers them all when the text is edited.
"""

from __future__ import annotations

import re
from typing import Callable

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from xml.sax.saxutils import escape, quoteattr

_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_SEPARATORS = (
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')


def safe(text: str | None) -> str:
    """`text` without the characters XML does not allow (python-docx raises on them)."""
    return _XML_FORBIDDEN.sub("", text or "")


def text_run(text: str, style: str | None = None, underline: bool = False) -> str:
    """A <w:r> holding `text` (escaped), optionally in a character style."""
    props = (f'<w:rStyle w:val="{style}"/>' if style else "") + ('<w:u w:val="single"/>' if underline else "")
    props = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(safe(text))}</w:t></w:r>'


def append_xml(parent, xml: str) -> None:
    """Parse `xml` (WordprocessingML without namespace declarations) into `parent`."""
    wrapper = parse_xml(f"<w:wrap {nsdecls('w', 'r')}>{xml}</w:wrap>")
    for child in list(wrapper):
        parent.append(child)


def bookmark(paragraph, name: str, bookmark_id: int) -> None:
    """Put bookmark `name` around the start of `paragraph` (a link target)."""
    start = parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="{bookmark_id}" w:name="{name}"/>')
    end = parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="{bookmark_id}"/>')
    p = paragraph._p
    p.insert(1 if p.pPr is not None else 0, start)
    p.append(end)


def field(paragraph, instruction: str, result: str, style: str | None = None) -> None:
    """A complex field (`instruction`) with its last computed `result`; marked
    dirty so Word recomputes it on open."""
    append_xml(paragraph._p, (
        '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {escape(instruction)} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f'{text_run(result, style)}<w:r><w:fldChar w:fldCharType="end"/></w:r>'))


def toc(document, entries: list[str]) -> None:
    """A real TOC field over Heading 1-2; its cached result lists `entries`
    so the table reads before Word or LibreOffice updates it."""
    paragraphs = [document.add_paragraph(safe(entry)) for entry in entries] or [document.add_paragraph()]
    for paragraph in paragraphs:
        _set_style(document, paragraph, "TOC 1")
    first, last = paragraphs[0]._p, paragraphs[-1]._p
    begin = parse_xml(f'<w:wrap {nsdecls("w")}><w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
                      '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
                      '<w:r><w:fldChar w:fldCharType="separate"/></w:r></w:wrap>')
    anchor = first.pPr
    for run in reversed(list(begin)):
        anchor.addnext(run) if anchor is not None else first.insert(0, run)
    append_xml(last, '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def _set_style(document, paragraph, name: str) -> None:
    try:
        paragraph.style = document.styles[name]
    except KeyError:
        pass  # a house template without TOC styles: Word adds them on update


def internal_link(paragraph_element, anchor: str, text: str) -> None:
    """An internal hyperlink to bookmark `anchor`."""
    append_xml(paragraph_element, f'<w:hyperlink w:anchor={quoteattr(anchor)} w:history="1">'
                                  f'{text_run(text, underline=True)}</w:hyperlink>')


class Footnotes:
    """The document's footnotes part, and the citing of notes from the text."""

    def __init__(self, document):
        self.document = document
        self.made: set[int] = set()
        self.bookmark_ids = 10_000  # apart from the ids used for source bookmarks
        xml = f'<w:footnotes {nsdecls("w", "r")}>{_SEPARATORS}</w:footnotes>'
        part = document.part
        self.part = XmlPart(PackURI("/word/footnotes.xml"), FOOTNOTES_TYPE, parse_xml(xml), part.package)
        part.relate_to(self.part, RT.FOOTNOTES)

    def cite(self, paragraph, numbers, note: Callable[[int], tuple[str, str, str]]) -> None:
        """Append note references for `numbers` to `paragraph`; `note(n)` gives
        (link text, anchor of the source entry, rest of the note text)."""
        for index, number in enumerate(numbers):
            if index:
                append_xml(paragraph._p, text_run(",", "FootnoteReference"))
            if number in self.made:
                self._noteref(paragraph, number)
            else:
                self._footnote(paragraph, number, *note(number))

    def _footnote(self, paragraph, number: int, label: str, anchor: str, rest: str) -> None:
        self.made.add(number)
        self.bookmark_ids += 1
        name = f"_RefNote{number}"
        append_xml(paragraph._p, (
            f'<w:bookmarkStart w:id="{self.bookmark_ids}" w:name="{name}"/>'
            f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
            f'<w:footnoteReference w:id="{number}"/></w:r><w:bookmarkEnd w:id="{self.bookmark_ids}"/>'))
        body = (f'<w:footnote w:id="{number}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                f'{text_run(" ")}<w:hyperlink w:anchor={quoteattr(anchor)} w:history="1">'
                f'{text_run(label, underline=True)}</w:hyperlink>{text_run(rest)}</w:p></w:footnote>')
        append_xml(self.part.element, body)

    def _noteref(self, paragraph, number: int) -> None:
        # A second citation of the same passage points at the first footnote
        # (Word's "cross-reference to footnote number"), as the HTML does.
        append_xml(paragraph._p, (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> NOTEREF _RefNote{number} \\f \\h </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'{text_run(str(number), "FootnoteReference")}<w:r><w:fldChar w:fldCharType="end"/></w:r>'))


def update_fields_on_open(document) -> None:
    """Ask Word to update the TOC and other fields when the file is opened,
    and declare the footnote separators (in schema order within settings)."""
    settings = document.settings.element
    later = [qn(f"w:{tag}") for tag in ("hdrShapeDefaults", "footnotePr", "endnotePr", "compat",
                                          "docVars", "rsids", "themeFontLang", "clrSchemeMapping",
                                          "doNotIncludeSubdocsInStats", "shapeDefaults",
                                          "decimalSymbol", "listSeparator")]
    for tag in ("updateFields", "footnotePr"):
        for old in settings.findall(qn(f"w:{tag}")):
            settings.remove(old)
    xml = (f'<w:updateFields {nsdecls("w")} w:val="true"/>',
           f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
    for index, snippet in enumerate(xml):
        element = parse_xml(snippet)
        successor = next((child for child in settings if child.tag in later[index * 2:]), None)
        successor.addprevious(element) if successor is not None else settings.append(element)
