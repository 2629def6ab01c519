"""The Word styles the DOCX uses, made present in whatever document we start
from: python-docx's default or an organization's house template
(`--reference-docx`), whose own definitions always win.

Only named styles are used in the brief (no direct formatting), so an
editor restyles the whole brief by changing a style, and a house template
restyles it without our help.
"""

from __future__ import annotations

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

TABLE_STYLE = "Brief Table"
BOX_STYLE = "Bottom Line"

_TABLE_XML = f"""<w:style {nsdecls('w')} w:type="table" w:customStyle="1" w:styleId="BriefTable">
  <w:name w:val="{TABLE_STYLE}"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>
  <w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>
  <w:tblPr><w:tblBorders>
    <w:top w:val="single" w:sz="8" w:space="0" w:color="1A1A1A"/>
    <w:bottom w:val="single" w:sz="8" w:space="0" w:color="1A1A1A"/>
    <w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>
  </w:tblBorders><w:tblCellMar><w:top w:w="29" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>
    <w:bottom w:w="29" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>
  <w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tblPr/>
    <w:tcPr><w:tcBorders><w:bottom w:val="single" w:sz="8" w:space="0" w:color="1A1A1A"/></w:tcBorders>
    <w:shd w:val="clear" w:color="auto" w:fill="E6E6E6"/></w:tcPr></w:tblStylePr>
</w:style>"""

_FOOTNOTE_XML = (
    f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
    '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
    '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    '<w:rPr><w:sz w:val="15"/><w:szCs w:val="15"/></w:rPr></w:style>',
    f'<w:style {nsdecls("w")} w:type="character" w:styleId="FootnoteReference">'
    '<w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/>'
    '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>')

_BOX_XML = f"""<w:style {nsdecls('w')} w:type="paragraph" w:customStyle="1" w:styleId="BottomLine">
  <w:name w:val="{BOX_STYLE}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
  <w:pPr><w:keepLines/><w:pBdr>
    <w:top w:val="single" w:sz="8" w:space="4" w:color="1A1A1A"/>
    <w:left w:val="single" w:sz="36" w:space="6" w:color="1A1A1A"/>
    <w:bottom w:val="single" w:sz="8" w:space="4" w:color="1A1A1A"/>
    <w:right w:val="single" w:sz="8" w:space="6" w:color="1A1A1A"/></w:pBdr>
    <w:shd w:val="clear" w:color="auto" w:fill="F1F1F1"/><w:spacing w:before="60" w:after="120"/>
    <w:ind w:left="170" w:right="170"/></w:pPr>
  <w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr>
</w:style>"""

TABLE_TEXT, TABLE_QUOTE = "Table Text", "Table Quote"
# A paragraph style outranks the table style, so text in a table cell has
# styles of its own (8 pt, tight), or Normal's size and spacing would win.
_TABLE_TEXT_XML = (
    f'<w:style {nsdecls("w")} w:type="paragraph" w:customStyle="1" w:styleId="TableText">'
    f'<w:name w:val="{TABLE_TEXT}"/><w:basedOn w:val="Normal"/><w:qFormat/>'
    '<w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr>'
    '<w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>',
    f'<w:style {nsdecls("w")} w:type="paragraph" w:customStyle="1" w:styleId="TableQuote">'
    f'<w:name w:val="{TABLE_QUOTE}"/><w:basedOn w:val="TableText"/><w:qFormat/>'
    '<w:pPr><w:spacing w:before="40" w:after="20"/></w:pPr>'
    '<w:rPr><w:i/><w:iCs/><w:color w:val="333333"/></w:rPr></w:style>')

REPORTED = "Reported Statement"
# An indirect quote is the article's paraphrase, not the speaker's words: a
# plain (upright) paragraph of its own style, set in from the margin like a
# quotation but never italic or in quotation marks.
_REPORTED_XML = (
    f'<w:style {nsdecls("w")} w:type="paragraph" w:customStyle="1" w:styleId="ReportedStatement">'
    f'<w:name w:val="{REPORTED}"/><w:basedOn w:val="Normal"/><w:qFormat/>'
    '<w:pPr><w:spacing w:before="20" w:after="60"/><w:ind w:left="283"/></w:pPr>'
    '<w:rPr><w:color w:val="333333"/></w:rPr></w:style>')

# Built-in styles a house template may leave undefined (Word keeps them
# latent), added with plain definitions so python-docx can use them.
_BUILTIN = {"Title": WD_STYLE_TYPE.PARAGRAPH, "Subtitle": WD_STYLE_TYPE.PARAGRAPH,
            "Heading 1": WD_STYLE_TYPE.PARAGRAPH, "Heading 2": WD_STYLE_TYPE.PARAGRAPH,
            "Heading 3": WD_STYLE_TYPE.PARAGRAPH, "List Bullet": WD_STYLE_TYPE.PARAGRAPH,
            "Quote": WD_STYLE_TYPE.PARAGRAPH, "Caption": WD_STYLE_TYPE.PARAGRAPH,
            "TOC Heading": WD_STYLE_TYPE.PARAGRAPH, "TOC 1": WD_STYLE_TYPE.PARAGRAPH}


def ensure_styles(document, *, house: bool) -> None:
    """Make every style the brief uses exist; restyle the defaults for grey
    print unless the styles come from a house template (`house`)."""
    for name, kind in _BUILTIN.items():
        if not _findable(document, name):
            _add_builtin(document, name, kind)
    names = {style.name for style in document.styles}
    for xml, name in ((_TABLE_XML, TABLE_STYLE), (_BOX_XML, BOX_STYLE),
                      (_FOOTNOTE_XML[0], "footnote text"), (_FOOTNOTE_XML[1], "footnote reference"),
                      (_TABLE_TEXT_XML[0], TABLE_TEXT), (_TABLE_TEXT_XML[1], TABLE_QUOTE),
                      (_REPORTED_XML, REPORTED)):
        if name not in names and name.title() not in names:
            document.styles.element.append(parse_xml(xml))
    if not house:
        _house_look(document)


def _findable(document, name: str) -> bool:
    """True when python-docx finds style `name`; a style Word knows by a
    differently-cased name (LibreOffice writes "Heading 1" where Word writes
    "heading 1") is renamed to Word's spelling so that it is found."""
    from docx.styles import BabelFish

    internal = BabelFish.ui2internal(name)
    elements = document.styles.element.findall(qn("w:style"))
    if any(element.name_val == internal for element in elements):
        return True
    for element in elements:
        if element.name_val and element.name_val.casefold() == internal.casefold():
            element.name_val = internal
            return True
    return False


def _add_builtin(document, name: str, kind) -> None:
    style = document.styles.add_style(name, kind)
    style.base_style = document.styles["Normal"]
    if name.startswith("Heading"):
        style.font.bold = True
        style.font.size = Pt({"1": 16, "2": 13, "3": 11}[name[-1]])
        style.paragraph_format.keep_with_next = True
        _outline_level(style, int(name[-1]) - 1)
    if name == "Title":
        style.font.size, style.font.bold = Pt(24), True
    if name in ("Subtitle", "Caption", "Quote"):
        style.font.italic = True
    if name == "TOC 1":
        style.paragraph_format.space_after = Pt(2)
    if name == "List Bullet":
        style.paragraph_format.left_indent = Pt(18)
        style.paragraph_format.first_line_indent = Pt(-12)
        _bulleted(document, style)


def _outline_level(style, level: int) -> None:
    # The outline level is what puts a heading in the navigation pane and TOC.
    ppr = style.element.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{level}"/>'))


def _house_look(document) -> None:
    """Sober, grey-printable defaults for python-docx's stock template."""
    styles = document.styles
    # The PDF's sizes and tight spacing: the brief before the Sources fits 6 pages.
    styles["Normal"].font.size = Pt(10)
    styles["Normal"].paragraph_format.space_after = Pt(3)
    styles["Normal"].paragraph_format.line_spacing = 1.0
    for name, size, before, after in (("Title", 21, 0, 4), ("Heading 1", 15, 10, 3),
                                      ("Heading 2", 12.5, 6, 2), ("Heading 3", 11, 4, 1)):
        style = styles[name]
        style.font.size, style.font.color.rgb = Pt(size), RGBColor(0x1A, 0x1A, 0x1A)
        style.paragraph_format.keep_with_next = True
        style.paragraph_format.space_before, style.paragraph_format.space_after = Pt(before), Pt(after)
    styles["List Bullet"].paragraph_format.space_after = Pt(1.5)
    styles["Quote"].paragraph_format.space_after = Pt(2)
    styles["Subtitle"].paragraph_format.space_after = Pt(2)
    styles["Subtitle"].font.size = Pt(10)
    styles["Caption"].font.size = Pt(8.5)
    if _findable(document, "TOC 1"):
        styles["TOC 1"].font.size = Pt(9)
        styles["TOC 1"].paragraph_format.space_after = Pt(0)
    styles["Subtitle"].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    styles["Caption"].font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    styles["Quote"].font.color.rgb = RGBColor(0x33, 0x33, 0x33)


NUMBERING_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"


def _bulleted(document, style) -> None:
    """Give `style` a bullet of its own (a house template that never used
    List Bullet has no numbering for it): an abstractNum, a num, a numPr."""
    numbering = _numbering(document)
    taken = [int(n.get(qn("w:abstractNumId"))) for n in numbering.findall(qn("w:abstractNum"))]
    nums = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    abstract_id, num_id = max(taken, default=0) + 1, max(nums, default=0) + 1
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="240"/></w:pPr></w:lvl></w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(abstract) if first_num is not None else numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}">'
                               f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    style.element.get_or_add_pPr().insert(0, parse_xml(
        f'<w:numPr {nsdecls("w")}><w:numId w:val="{num_id}"/></w:numPr>'))


def _numbering(document):
    """The <w:numbering> element of `document`, adding the part if missing."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import XmlPart

    part = document.part
    try:
        return part.part_related_by(RT.NUMBERING).element
    except KeyError:
        numbering = XmlPart(PackURI("/word/numbering.xml"), NUMBERING_TYPE,
                            parse_xml(f'<w:numbering {nsdecls("w")}/>'), part.package)
        part.relate_to(numbering, RT.NUMBERING)
        return numbering.element


def table_text(document) -> None:
    """Give every paragraph in a table cell the table's own paragraph
    styles: Normal becomes "Table Text", Quote "Table Quote"."""
    styles = document.styles
    # By style id on the XML: python-docx's name lookup scans every style
    # per paragraph (15 s for a 1,000-article brief).  No pStyle is Normal.
    normal, quote = styles["Normal"].style_id, styles["Quote"].style_id
    ids = {None: styles[TABLE_TEXT].style_id, normal: styles[TABLE_TEXT].style_id,
           quote: styles[TABLE_QUOTE].style_id}
    for grid in document.tables:
        for row in grid.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    style_id = ids.get(paragraph._p.style)
                    if style_id is not None:
                        paragraph._p.style = style_id
