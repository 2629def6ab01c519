"""The DOCX declared as a current Word document, not a Word 2010 one.

python-docx's blank document (and many house templates) says
`compatibilityMode` 14, so Word 2013 and later open the brief in
"Compatibility Mode" with newer layout features off.  `modernize` sets
mode 15 (Word 2013 and later, the current mode) in word/settings.xml,
adding the <w:compat> element where a template has none (in the place the
schema gives it).

It also drops word/stylesWithEffects.xml, a copy of the styles that only
Word 2010 wrote (for Word 2007's sake) and Word 2013 and later neither
write nor need.  python-docx's template carries a stale one, so every style
the brief adds (and the changed document defaults) made it disagree with
styles.xml: the Open XML SDK's Word app-compat checks (`openxml-audit`)
flag that as content Word may call unreadable, python-docx's own blank
document included.
"""

from __future__ import annotations

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

MODE = "15"
STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
WORD_URI = "http://schemas.microsoft.com/office/word"
# The children of <w:settings> that the schema puts after <w:compat>.
_AFTER_COMPAT = ("docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping",
                 "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions",
                 "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults",
                 "doNotEmbedSmartTags", "decimalSymbol", "listSeparator")


def modernize(document) -> None:
    """Declare compatibility mode 15 in `document`'s settings; drop the
    Word 2010 styles copy."""
    for rid, rel in list(document.part.rels.items()):
        if rel.reltype == STYLES_WITH_EFFECTS:
            document.part.drop_rel(rid)
    settings = document.settings.element
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = parse_xml(f"<w:compat {nsdecls('w')}/>")
        later = {qn(f"w:{tag}") for tag in _AFTER_COMPAT}
        successor = next((child for child in settings if child.tag in later), None)
        successor.addprevious(compat) if successor is not None else settings.append(compat)
    for setting in compat.findall(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), MODE)
            return
    compat.append(parse_xml(f'<w:compatSetting {nsdecls("w")} w:name="compatibilityMode" '
                            f'w:uri="{WORD_URI}" w:val="{MODE}"/>'))


def compatibility_mode(document) -> str | None:
    """The compatibility mode `document` declares, None if it declares none."""
    compat = document.settings.element.find(qn("w:compat"))
    for setting in compat.findall(qn("w:compatSetting")) if compat is not None else ():
        if setting.get(qn("w:name")) == "compatibilityMode":
            return setting.get(qn("w:val"))
    return None
