"""Table header scopes in the PDF's structure tree, which screen readers use
to read each cell with its column (or row) heading.

WeasyPrint tags <th> as /TH with an /ID and lists those IDs in each data
cell's /Headers, but writes no /Scope on the header cells themselves, which
PDF/UA-1 checkers (`pdfua check`, UA-15-003) and some readers look for.
`scope_headers` is a WeasyPrint finisher: it runs on the PDF's objects just
before they are written and gives every /TH the scope its table implies,
the HTML rule for `scope="auto"`: a header cell in the table's head, or
one that no data cell of its own row names, heads a column ("/Column");
one that the data cells of its row name heads that row ("/Row").
"""

from __future__ import annotations

from typing import Any


def scope_headers(document: Any, pdf: Any) -> None:
    """Give each /TH structure element of `pdf` (a pydyf.PDF) a /Scope."""
    import pydyf

    objects = {obj.number: obj for obj in pdf.objects if isinstance(obj, dict)}
    for obj in list(objects.values()):
        if obj.get("S") != "/TH":
            continue
        attributes = obj.get("A")
        if not isinstance(attributes, dict):
            attributes = obj["A"] = pydyf.Dictionary({"O": "/Table"})
        if "Scope" not in attributes:
            attributes["Scope"] = _scope(obj, objects)


def _scope(header: dict, objects: dict[int, dict]) -> str:
    row = objects.get(_number(header.get("P")))
    group = objects.get(_number(row.get("P"))) if row is not None else None
    if group is not None and group.get("S") == "/THead":
        return "/Column"
    identifier = getattr(header.get("ID"), "string", None)
    for kid in row.get("K", ()) if row is not None else ():
        cell = objects.get(_number(kid))
        if cell is not None and cell.get("S") == "/TD" and identifier in _headers(cell):
            return "/Row"
    return "/Column"


def _headers(cell: dict) -> set[str]:
    attributes = cell.get("A")
    names = attributes.get("Headers", ()) if isinstance(attributes, dict) else ()
    return {getattr(name, "string", name) for name in names}


def _number(reference: Any) -> int | None:
    """The object number of an indirect reference b"12 0 R"."""
    if isinstance(reference, (bytes, str)):
        head = (reference.decode() if isinstance(reference, bytes) else reference).split(" ", 1)[0]
        return int(head) if head.isdigit() else None
    return None
