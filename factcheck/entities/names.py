"""Names in a sentence's normalised tokens: catalogue entities (longest phrase, a proclitic allowed on the
first word: وكيري، لجون كيري), office phrases, country scopes, and unknown names read after an office or a
title. Variants the catalogue does not list are matched with rapidfuzz against the catalogue's people.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process

from factcheck.entities.catalogue import Catalogue
from factcheck.lexicons import Lexicon
from factcheck.nlp.normalise import normalise_text


def normalise_first(name: str) -> str:
    """The first word of a catalogue name, normalised like the articles."""
    return normalise_text(name.split()[0]) if name.split() else ""

FUZZY_SAME = 80  # rapidfuzz ratio at which two spellings of a name are one name (آلان / آلين)
_PUNCT = frozenset("،,.:;؛!?؟()[]«»\"'“”-–—/#@")
_QUOTES = frozenset("\"'«»“”")
_MAX_NAME = 3  # tokens of an unknown name


@dataclass(frozen=True)
class NameHit:
    start: int  # token range in the sentence
    end: int
    entity: str | None  # catalogue id; None for a name the catalogue does not know
    text: str  # the normalised tokens of the name, joined by spaces


def unlisted_id(text: str) -> str:
    """The holder id of a name the catalogue does not know: 'unlisted:' and its normalised words."""
    return "unlisted:" + "_".join(text.split())


_FIRSTS: dict[int, tuple[dict, dict[str, int], Lexicon | None, dict]] = {}
_READINGS_LIMIT = 100_000  # words whose readings are kept per table (the cache restarts when full)


def _firsts(table: dict, lex: Lexicon | None = None) -> tuple[dict[str, int], dict]:
    """The first words of a table's phrases, with the longest phrase each starts, and a per-word cache of the
    readings of a word that are such first words (cached per table and lexicon)."""
    cached = _FIRSTS.get(id(table))
    if cached is None or cached[0] is not table or len(cached[1]) == 0 and table or cached[2] is not lex:
        firsts: dict[str, int] = {}
        for key in table:
            firsts[key[0]] = max(firsts.get(key[0], 0), len(key))
        cached = _FIRSTS[id(table)] = (table, firsts, lex, {})
    return cached[1], cached[3]


def _phrase(tokens, i: int, table: dict, lex: Lexicon, max_len: int = 8) -> tuple[int, object] | None:
    """Longest key of `table` at token i, a proclitic allowed on the first word: (end, value)."""
    if i >= len(tokens):
        return None
    firsts, known = _firsts(table, lex)
    tok = tokens[i]
    readings = known.get(tok)
    if readings is None:
        readings = [stem for _, stem in lex.strip_clitics(tok)]
        readings += ["ال" + stem for prefix, stem in lex.strip_clitics(tok) if prefix.endswith("لل")]  # للجمهورية
        readings = tuple(r for r in readings if r in firsts)
        if len(known) >= _READINGS_LIMIT:
            known.clear()
        known[tok] = readings
    if not readings:
        return None  # no phrase of the table starts with this word (most words): no lookups
    max_len = min(max_len, max(firsts[r] for r in readings))
    for n in range(min(max_len, len(tokens) - i), 0, -1):
        rest = tuple(tokens[i + 1:i + n])
        for stem in readings:
            value = table.get((stem, *rest))
            if value is not None:
                return i + n, value
    return None


def entity_at(tokens, i: int, cat: Catalogue, lex: Lexicon) -> NameHit | None:
    hit = _phrase(tokens, i, cat.names, lex)
    if hit is None:
        return None
    end, eid = hit
    return NameHit(i, end, eid, " ".join(tokens[i:end]))


def office_at(tokens, i: int, cat: Catalogue, lex: Lexicon) -> tuple[int, str] | None:
    return _phrase(tokens, i, cat.offices, lex)


def phrase_at(tokens, i: int, table: dict, lex: Lexicon) -> int | None:
    hit = _phrase(tokens, i, table, lex, max_len=4)
    return hit[0] if hit else None


def skip_titles(tokens, k: int, cat: Catalogue, lex: Lexicon) -> int:
    while k < len(tokens):
        end = phrase_at(tokens, k, cat.titles, lex)
        if end is None:
            break
        k = end
    return k


def is_punct(tok: str) -> bool:
    return all(ch in _PUNCT for ch in tok)


def _stops_name(tok: str, cat: Catalogue, lex: Lexicon) -> bool:
    return (tok in cat.title_heads or (tok,) in cat.according_to or is_punct(tok) or any(ch.isdigit() for ch in tok) or tok in cat.adjectives or tok in lex.weekdays
            or any(stem in cat.not_name or stem in cat.speech_verbs or stem in cat.counterpart
                   for prefix, stem in lex.strip_clitics(tok) if prefix in ("", "و", "ف", "ب", "ل")))


DEFINITE_PREP = ("لل", "بال", "وال", "فال", "كال")  # a preposition or conjunction with the article
_AND_THE = ("لل", "بال", "وال")  # the same inside a name (فالتر، كالفن are names)


def unknown_name_at(tokens, k: int, cat: Catalogue, lex: Lexicon) -> NameHit | None:
    """A name the catalogue does not know, read where a name must stand (after an office and a country, or a
    title): up to three words, stopping at a function word, a verb of speech, an office, a country, a number,
    punctuation or a word with a preposition and the article (والزعيم، بالفتوة). The first word takes no
    article. The name may run one word long ('بشار الأسد مقابل'); same_name() treats a name whose words all
    appear in the other as the same person."""
    if k >= len(tokens) or any(stem.startswith("ال") or prefix in DEFINITE_PREP
                               for prefix, stem in lex.strip_clitics(tokens[k])):
        return None  # 'الرئيس التنفيذي', 'للجمهورية' are no names
    end = k
    while end < len(tokens) and end - k < _MAX_NAME:
        tok = tokens[end]
        if _stops_name(tok, cat, lex) or office_at(tokens, end, cat, lex) or (end > k and entity_at(tokens, end, cat, lex)) \
                or (end > k and any(prefix in _AND_THE for prefix, _ in lex.strip_clitics(tok))):
            break
        end += 1
    if end == k:
        return None
    return NameHit(k, end, None, " ".join(tokens[k:end]))


def fuzzy_person(text: str, cat: Catalogue, candidates: list[str] | None = None) -> str | None:
    """The catalogue person whose name is spelled most like `text` (rapidfuzz ratio >= FUZZY_SAME), among
    `candidates` (ids) when given. A one-word name must match a one-word catalogue name."""
    choices = {name: ids for name, ids in cat.person_tokens.items()
               if (candidates is None or any(i in candidates for i in ids))
               and (len(name.split()) > 1) == (len(text.split()) > 1)}
    if not choices:
        return None
    best = process.extractOne(text, list(choices), scorer=fuzz.ratio, score_cutoff=FUZZY_SAME)
    if best is None:
        return None
    ids = [i for i in choices[best[0]] if candidates is None or i in candidates]
    return ids[0] if ids else None


def same_name(a: str, b: str) -> bool:
    """Two holders are one person: equal ids, or two unlisted names spelled alike."""
    if a == b:
        return True
    if a.startswith("unlisted:") and b.startswith("unlisted:"):
        x, y = a[9:].replace("_", " "), b[9:].replace("_", " ")
        if fuzz.ratio(x, y) >= FUZZY_SAME or fuzz.token_set_ratio(x, y) == 100:  # لودريان / جان إيف لودريان
            return True
        wx, wy = x.split(), y.split()
        if len(wx) >= 2 and len(wy) >= 2 and fuzz.ratio(" ".join(wx[:2]), " ".join(wy[:2])) >= FUZZY_SAME:
            return True  # 'فرنسوا هولاند المعروف' / 'فرانسوا هولاند': a word read too many
        bare_x, bare_y = {w.removeprefix("ال") for w in wx[1:]}, {w.removeprefix("ال") for w in wy[1:]}
        shared = {w for w in (set(wx) & set(wy)) | (bare_x & bare_y) if len(w) >= 4 and not (w == wx[0] == wy[0])}
        if shared:
            return True  # 'إردوغان وعقد معه' / 'رجب طيب إردوغان': the family name; 'نجيب رزاق' / 'نجيب عبد الرزاق'
        cx, cy = "".join(wx), "".join(wy)  # 'عبد ربه' / 'عبدربه منصور هادي'
        return min(len(cx), len(cy)) >= 6 and fuzz.partial_ratio(cx, cy) >= 90
    return False


def person_at(tokens, k: int, cat: Catalogue, lex: Lexicon, role: str | None = None,
              scope: str | None = None) -> NameHit | None:
    """The person named at k (titles skipped): a catalogue name, else an unknown name resolved by fuzzy
    matching against the people who held `role` (آلان for آلين when the office agrees), else unlisted."""
    k = skip_titles(tokens, k, cat, lex)
    known = entity_at(tokens, k, cat, lex)
    if known is not None:
        entity = cat.get(known.entity)
        return known if entity and entity.type == "person" else None
    unknown = unknown_name_at(tokens, k, cat, lex)
    if unknown is None:
        return None
    after = entity_at(tokens, unknown.end, cat, lex) if unknown.end - k < _MAX_NAME else None
    if after is not None and (e := cat.get(after.entity)) is not None and e.type == "person" \
            and any(normalise_first(n) == tokens[unknown.start] for n in e.names):
        # 'دونالد جيه ترامب': a middle name before a catalogue name
        return NameHit(unknown.start, after.end, after.entity, " ".join(tokens[unknown.start:after.end]))
    if role is not None:
        holders = [e.id for e in cat.people_in(role, scope)]
        eid = fuzzy_person(unknown.text, cat, holders) if holders else None
        if eid is not None:
            return NameHit(unknown.start, unknown.end, eid, unknown.text)
    if unknown.end - unknown.start < 2:
        return None  # one unknown word after an office is a verb or a noun far more often than a name
    return unknown
