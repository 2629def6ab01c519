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
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor

TABLE_STYLE = "Brief Table"
BOX_STYLE = "Bottom Line"

_TABLE_XML = f"""<w:style {nsdecls('w')} w:type="table" w:customStyle="1" w:styleId="BriefTable">
  <w:name w:val="{TABLE_STYLE}"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>
  <w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:rPr><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr>
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
    '<w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>',
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
    <w:shd w:val="clear" w:color="auto" w:fill="F1F1F1"/><w:spacing w:before="120" w:after="240"/>
    <w:ind w:left="170" w:right="170"/></w:pPr>
  <w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>
</w:style>"""

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
    names = {style.name for style in document.styles}
    for name, kind in _BUILTIN.items():
        if name not in names:
            _add_builtin(document, name, kind)
    for xml, name in ((_TABLE_XML, TABLE_STYLE), (_BOX_XML, BOX_STYLE),
                      (_FOOTNOTE_XML[0], "footnote text"), (_FOOTNOTE_XML[1], "footnote reference")):
        if name not in names and name.title() not in names:
            document.styles.element.append(parse_xml(xml))
    if not house:
        _house_look(document)


def _add_builtin(document, name: str, kind) -> None:
    style = document.styles.add_style(name, kind)
    style.base_style = document.styles["Normal"]
    if name.startswith("Heading"):
        style.font.bold = True
        style.font.size = Pt({"1": 16, "2": 13, "3": 11}[name[-1]])
        style.paragraph_format.keep_with_next = True
        _outline_level(style, int(name[-1]) - 1)
    if name == "TOC 1":
        style.paragraph_format.space_after = Pt(2)
    if name == "List Bullet":
        style.paragraph_format.left_indent = Pt(18)
        style.paragraph_format.first_line_indent = Pt(-12)


def _outline_level(style, level: int) -> None:
    # The outline level is what puts a heading in the navigation pane and TOC.
    ppr = style.element.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{level}"/>'))


def _house_look(document) -> None:
    """Sober, grey-printable defaults for python-docx's stock template."""
    styles = document.styles
    styles["Normal"].font.size = Pt(10.5)
    for name, size in (("Title", 24), ("Heading 1", 15), ("Heading 2", 12.5), ("Heading 3", 11)):
        font = styles[name].font
        font.size, font.color.rgb = Pt(size), RGBColor(0x1A, 0x1A, 0x1A)
        styles[name].paragraph_format.keep_with_next = True
    styles["Subtitle"].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    styles["Caption"].font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    styles["Quote"].font.color.rgb = RGBColor(0x33, 0x33, 0x33)
