"""Integers 0..10**12 written out in Arabic words, as Modern Standard Arabic news writes them.

``to_words(n, gender, case)`` is a test oracle for the number parser: it spells ``n`` without diacritics,
with the tanween alef where the written form carries it (ألفا، مليونا).

``gender`` is the gender of the counted noun ("m" / "f"); it decides the units of the last group only
(ثلاثة رجال / ثلاث نساء, إحدى عشرة, اثنتان وعشرون). Higher groups agree with their scale word, and ألف،
مليون، مليار are all masculine: ثلاثة آلاف، ثلاثة عشر ألفا. Hundreds have no gender.

``case`` is "nom" (nominative) or "acc" (the oblique case shared by accusative and genitive): it shows in
the duals (اثنان/اثنين، مئتان/مئتين، ألفان/ألفين، اثنا عشر/اثني عشر، مئتا ألف/مئتي ألف) and in the
tens (عشرون/عشرين). Where accusative and genitive are written differently (a bare indefinite singular,
ألفًا vs ألفٍ) the genitive, unmarked spelling is used: "acc" never adds a tanween alef of its own.

Conventions where MSA allows variants:
- groups are written largest first, joined by " و"; inside a group units come before tens (واحد وعشرون)
  and the hundred comes first (مئة وخمسة);
- مئة, not مائة (``hundred="مائة"`` gives the older spelling: مائة، مائتان، ثلاثمائة);
  300..900 are written joined: ثلاثمئة ... تسعمئة, and 800 is ثمانمئة;
- feminine eight is ثماني everywhere (ثماني، ثماني عشرة، ثماني وعشرون), not ثمانٍ / ثمان;
- the counted noun of a scale follows the nearest number word: 3..10 take the genitive plural (ثلاثة
  آلاف، عشرة ملايين), 11..99 the accusative singular (أحد عشر ألفا، خمسة وعشرون مليونا), 100s the
  genitive singular (مئة ألف، مئتا ألف, construct dual without ن), so 103,000 = مئة وثلاثة آلاف and
  150,000 = مئة وخمسون ألفا;
- one and two of a scale are the scale word itself (ألف، ألفان); after a hundred they are added as a
  separate term: 101,000 = مئة ألف وألف, 202,000 = مئتا ألف وألفان (never "مئة وواحد ألف", and never
  "مئة وألف", which old-style dates read as 1,100);
- 10**12 is تريليون; 10**9 is مليار (not بليون).
"""

from __future__ import annotations

_UNITS_M = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"]
_UNITS_F = ["", "واحدة", "اثنتان", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"]
_TWO_ACC = {"m": "اثنين", "f": "اثنتين"}
_TEEN_HEAD = {  # first word of 11 and 12: (gender, case)
    (11, "m", "nom"): "أحد", (11, "m", "acc"): "أحد", (11, "f", "nom"): "إحدى", (11, "f", "acc"): "إحدى",
    (12, "m", "nom"): "اثنا", (12, "m", "acc"): "اثني", (12, "f", "nom"): "اثنتا", (12, "f", "acc"): "اثنتي",
}
_TEEN_TEN = {"m": "عشر", "f": "عشرة"}  # the ten of 11..19 takes the counted noun's gender
_TENS = ["", "", "عشر", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"]  # + ون / ين
_HUNDREDS = ["", "", "", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"]  # + مئة, joined

# scale: (singular, accusative singular, dual nom, dual acc, plural)
_SCALES = {
    10**3: ("ألف", "ألفا", "ألفان", "ألفين", "آلاف"),
    10**6: ("مليون", "مليونا", "مليونان", "مليونين", "ملايين"),
    10**9: ("مليار", "مليارا", "ملياران", "مليارين", "مليارات"),
}


def _units(k: int, gender: str, case: str) -> str:
    if k == 2 and case == "acc":
        return _TWO_ACC[gender]
    return (_UNITS_M if gender == "m" else _UNITS_F)[k]


def _hundreds(h: int, case: str, hundred: str, construct: bool) -> str:
    """100 * h (1..9); `construct`: followed by its counted noun (مئتا ألف), so the dual drops ن."""
    if h == 1:
        return hundred
    if h == 2:
        stem = hundred[:-1] + "ت"  # مئة -> مئت, مائة -> مائت
        return stem + ({"nom": "ا", "acc": "ي"}[case] if construct else {"nom": "ان", "acc": "ين"}[case])
    return _HUNDREDS[h] + hundred


def _below_100(k: int, gender: str, case: str) -> str:
    if k <= 10:
        return _units(k, gender, case)
    if k < 20:
        head = _TEEN_HEAD.get((k, gender, case)) or _units(k - 10, gender, case)
        return f"{head} {_TEEN_TEN[gender]}"
    tens = _TENS[k // 10] + ("ون" if case == "nom" else "ين")
    u = k % 10
    return f"{_units(u, gender, case)} و{tens}" if u else tens


def _below_1000(k: int, gender: str, case: str, hundred: str) -> str:
    """1..999 with nothing counted after it inside the number (the last group)."""
    h, r = divmod(k, 100)
    parts = []
    if h:
        parts.append(_hundreds(h, case, hundred, construct=False))
    if r:
        parts.append(_below_100(r, gender, case))
    return " و".join(parts)


def _scale_group(k: int, scale: int, case: str, hundred: str) -> str:
    """k (1..999) times a scale word; the multiplier agrees with the (masculine) scale word."""
    sing, acc_sing, dual_nom, dual_acc, plural = _SCALES[scale]
    dual = dual_nom if case == "nom" else dual_acc
    h, r = divmod(k, 100)
    if h and r == 0:
        return f"{_hundreds(h, case, hundred, construct=True)} {sing}"
    if h and r <= 2:  # مئة ألف وألف، مئتا ألف وألفان
        return f"{_hundreds(h, case, hundred, construct=True)} {sing} و{sing if r == 1 else dual}"
    lead = f"{_hundreds(h, case, hundred, construct=False)} و" if h else ""
    if r == 1:
        return sing
    if r == 2:
        return dual
    noun = plural if r <= 10 else acc_sing
    return f"{lead}{_below_100(r, 'm', case)} {noun}"


def to_words(n: int, gender: str = "m", case: str = "nom", *, hundred: str = "مئة") -> str:
    """`n` (0..10**12) in Arabic words; see the module docstring for the conventions."""
    if not 0 <= n <= 10**12:
        raise ValueError(f"{n} is outside 0..10**12")
    if gender not in ("m", "f") or case not in ("nom", "acc") or hundred not in ("مئة", "مائة"):
        raise ValueError(f"bad gender / case / spelling: {gender!r} {case!r} {hundred!r}")
    if n == 0:
        return "صفر"
    if n == 10**12:
        return "تريليون"
    parts = []
    for scale in (10**9, 10**6, 10**3):
        k, n = divmod(n, scale)
        if k:
            parts.append(_scale_group(k, scale, case, hundred))
    if n:
        parts.append(_below_1000(n, gender, case, hundred))
    return " و".join(parts)
