"""The spaCy loader's helpers: `parse` in pieces and `text_of`."""

from briefing.language import nlp


def test_text_of_a_parsed_doc_is_its_text_in_pieces_or_whole():
    model = nlp.load()
    short = "The harbour council met on Monday. Mayor Ines Varga said the ferry would run."
    long = "\n\n".join(f"Paragraph {i}: the council discussed the ferry timetable again." for i in range(400))
    docs = list(nlp.parse(model, [short, long], batch_size=4, disable=[]))
    assert len(nlp.pieces(long)) > 1  # the second text is joined from pieces
    for text, doc in zip([short, long], docs):
        assert nlp.text_of(doc) == doc.text == text


def test_text_of_a_doc_made_elsewhere_is_built_once():
    doc = nlp.load()("Officials in Tarnow approved the budget.")
    first = nlp.text_of(doc)
    assert first == doc.text and nlp.text_of(doc) is first


def test_offsets_are_the_tokens_character_offsets():
    doc = nlp.load()("Officials in  Tarnow approved\\nthe budget.")
    assert nlp.offsets(doc) == [t.idx for t in doc]
    assert nlp.offsets(nlp.load()("")) == []


def test_columns_hold_what_each_token_says():
    doc = nlp.load()("Foreign Minister Ines Varga told 300 reporters in Tarnow that she was not worried.")
    assert nlp.column(doc, "ORTH") == [t.text for t in doc]
    assert nlp.column(doc, "LOWER") == [t.lower_ for t in doc]
    assert nlp.column(doc, "POS") == [t.pos_ for t in doc]
    assert nlp.column(doc, "DEP") == [t.dep_ for t in doc]
    assert nlp.column(doc, "ENT_TYPE") == [t.ent_type_ for t in doc]
    assert nlp.column(doc, "IS_TITLE") == [t.is_title for t in doc]
    assert nlp.column(doc, "IS_LOWER") == [t.is_lower for t in doc]
    assert nlp.column(doc, "LIKE_NUM") == [t.like_num for t in doc]
    assert nlp.column(doc, "IS_STOP") == [t.is_stop for t in doc]
    assert nlp.column(doc, "POS") is nlp.column(doc, "POS")  # read once per Doc


def test_columns_read_together_match_columns_read_alone():
    text = "Foreign Minister Ines Varga told 300 reporters in Tarnow that she was not worried."
    names = ["LOWER", "ORTH", "LEMMA", "POS", "DEP", "ENT_TYPE", "IS_PUNCT", "LIKE_NUM"]
    together, alone = nlp.load()(text), nlp.load()(text)
    nlp.column(together, "POS")  # one already kept: the others are read in one call
    assert nlp.columns(together, names) == [nlp.column(alone, name) for name in names]
    assert nlp.columns(together, names)[0] is nlp.column(together, "LOWER")
    assert nlp.columns(nlp.load()(""), names) == [[] for _name in names]


def test_a_person_name_never_starts_with_a_function_word():
    from briefing.language import nlp

    from spacy.tokens import Span

    doc = nlp.load()("The agency took other steps. And Mara Velt is nominating Olek Dunn to lead it.")
    start = next(t.i for t in doc if t.text == "And")
    # As the recogniser sometimes tags it: the sentence's first word run into the name.
    doc.ents = [Span(doc, start, start + 3, label="PERSON")]
    assert [(e.text, e.label_) for e in nlp.trim_person_edges(doc).ents] == [("Mara Velt", "PERSON")]
    kept = nlp.load()("Mara Velt spoke.")
    assert [e.text for e in nlp.trim_person_edges(kept).ents] == ["Mara Velt"]
    titled = nlp.load()("\"It will hold,\" said Voice of the Week presenter Mara Velt.")
    start = next(t.i for t in titled if t.text == "Voice")
    # As the recogniser sometimes tags it: a programme's title cut after "of".
    titled.ents = [Span(titled, start, start + 2, label="PERSON"),
                   Span(titled, len(titled) - 3, len(titled) - 1, label="PERSON")]
    assert [e.text for e in nlp.trim_person_edges(titled).ents] == ["Mara Velt"]
    from briefing import distill

    assert nlp.PERSON_EDGES in nlp.load().pipe_names and nlp.PERSON_EDGES in distill.PIPES_USED


def test_a_paragraph_break_always_ends_a_sentence():
    # Without a full stop where the parser looks for one, it ran the two
    # paragraphs into one sentence (too long to be read for stance).
    text = ('Senator Ines Varga said the council marked "a shift in the debate."\n\n'
            '"The new plan is a welcome step," she said in a statement.')
    doc = nlp.load()(text)
    assert [s.text.strip() for s in doc.sents] == [text.split("\n\n")[0], text.split("\n\n")[1]]
    from briefing.distill import PIPES_USED
    assert nlp.PARAGRAPH_BREAKS in PIPES_USED  # the build keeps it on


def test_a_syntax_parse_reads_the_grammar_of_a_full_parse_without_entities():
    texts = ["Mayor Ann Berg signed the harbour plan on Monday.", "The council in Tarn rejected it."]
    full = [nlp.load()(text) for text in texts]
    bare = list(nlp.syntax(texts))
    assert [[(t.tag_, t.dep_, t.head.i, t.lemma_) for t in doc] for doc in bare] == \
           [[(t.tag_, t.dep_, t.head.i, t.lemma_) for t in doc] for doc in full]
    assert full[0].ents and not any(doc.ents for doc in bare)


def test_a_short_text_is_parsed_once_and_kept_for_the_next_caller():
    """The synthesis stages ask for the same sentence many times: the
    second asking gets the same parse, and the parse is the model's."""
    text = "The ferry board met on Tuesday."
    first = nlp.sentence(text)
    assert nlp.sentence(text) is first
    assert [t.text for t in first] == [t.text for t in nlp.load()(text)]
    assert next(t for t in first if t.dep_ == "ROOT").lemma_ == "meet"


def test_a_kept_parse_drops_the_tensor_and_keeps_its_analysis():
    """The kept parse keeps its words, tags, tree, sentences, names and noun
    chunks, but not the 96 numbers per word the tagger left behind."""
    text = "Mayor Ada Quill opened the new bridge in Tarnford. Crowds cheered."
    kept, fresh = nlp.sentence(text), nlp.load()(text)
    assert kept.tensor.size == 0 < fresh.tensor.size
    assert [(t.tag_, t.dep_, t.head.i) for t in kept] == [(t.tag_, t.dep_, t.head.i) for t in fresh]
    assert [s.text for s in kept.sents] == [s.text for s in fresh.sents]
    assert [(e.text, e.label_) for e in kept.ents] == [(e.text, e.label_) for e in fresh.ents]
    assert [c.text for c in kept.noun_chunks] == [c.text for c in fresh.noun_chunks]


def test_the_kept_parses_can_be_let_go():
    nlp.sentence("The ferry board met on Friday.")
    assert nlp.kept() > 0
    nlp.forget_sentences()
    assert nlp.kept() == 0


def test_a_job_and_a_name_joined_by_an_underscore_are_read_apart():
    doc = nlp.load()("STAFF Art Director_Ann Berg, Lighting_Tom Dale")
    assert doc.text == "STAFF Art Director_Ann Berg, Lighting_Tom Dale"
    assert [t.text for t in doc][2:6] == ["Director", "_", "Ann", "Berg"]
    assert "Tom Dale" in [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert [t.text for t in nlp.load()("mail ann_berg@mail.org about snake_case")] \
        == ["mail", "ann_berg@mail.org", "about", "snake_case"]


def test_a_double_surname_cut_at_its_hyphen_is_joined_again():
    from spacy.tokens import Span

    doc = nlp.load()("“We are ready,” Ms. Ruiz-Tello told reporters in Tarnow.")
    start = next(t.i for t in doc if t.text == "Ruiz")
    # As the recogniser sometimes tags it: the first half of the surname only.
    doc.ents = [Span(doc, start, start + 1, label="PERSON")]
    assert [e.text for e in nlp.trim_person_edges(doc).ents] == ["Ruiz-Tello"]
    named = nlp.load()("Ana Ruiz-Tello ran second. “We are ready,” Ms. Ruiz-Tello said.")
    first, again = [t.i for t in named if t.text == "Ruiz"]
    # The full name written whole earlier vouches for the same double surname.
    named.ents = [Span(named, first - 1, first + 3, label="PERSON"), Span(named, again, again + 1, label="PERSON")]
    assert [e.text for e in nlp.trim_person_edges(named).ents] == ["Ana Ruiz-Tello", "Ruiz-Tello"]
    pair = nlp.load()("The Velt-Dunn race tightened, and Olek Dunn gained ground.")
    velt = next(t.i for t in pair if t.text == "Velt")
    dunn = next(t.i for t in pair if t.text == "Olek")
    # A hyphen between two people's names: each keeps his own.
    pair.ents = [Span(pair, velt, velt + 1, label="PERSON"), Span(pair, dunn, dunn + 2, label="PERSON")]
    assert [e.text for e in nlp.trim_person_edges(pair).ents] == ["Velt", "Olek Dunn"]


def test_texts_parsed_ahead_are_kept_and_read_as_parsed_one_by_one():
    texts = ["The ferry board met on Friday.", "Ada Velt said the pier would reopen.", "It did not."]
    nlp.forget_sentences()
    nlp.parse_ahead(texts + texts[:1])
    assert nlp.kept() == 3
    fresh = [nlp.load()(text) for text in texts]
    kept = [nlp.sentence(text) for text in texts]
    assert nlp.kept() == 3  # read from what was kept, nothing parsed again
    assert [[(t.tag_, t.dep_, t.head.i, t.ent_type_) for t in doc] for doc in kept] == \
        [[(t.tag_, t.dep_, t.head.i, t.ent_type_) for t in doc] for doc in fresh]


def test_reading_ahead_yields_every_item_in_turn_with_its_text_parsed(monkeypatch):
    monkeypatch.setattr(nlp, "AHEAD", 2)
    nlp.forget_sentences()
    items = [("a", "The pier opened."), ("b", None), ("c", "Velt spoke."), ("d", "The board met.")]
    seen = []
    for name, text in nlp.read_ahead(items, lambda item: item[1]):
        seen.append((name, nlp.kept()))
    # Two items at a time: the first two's one text, then the next two's.
    assert seen == [("a", 1), ("b", 1), ("c", 3), ("d", 3)]


def test_the_parses_kept_are_the_last_read(monkeypatch):
    monkeypatch.setattr(nlp, "SENTENCES_KEPT", 2)
    nlp.forget_sentences()
    for text in ("One met.", "Two met.", "One met.", "Three met."):
        nlp.sentence(text)
    assert list(nlp._kept) == ["One met.", "Three met."]


def test_releasing_the_model_lets_go_of_it_and_of_its_parses():
    nlp.sentence("The ferry board met on Friday.")
    first = nlp.load()
    nlp.release()
    assert nlp.kept() == 0 and nlp.load.cache_info().currsize == 0
    assert nlp.load() is not first  # read again when next asked for
