"""Date expressions beyond a calendar date: relative ones ("next week", "3 days ago", "the last
2 quarters"), calendar units (quarters, halves, ISO weeks, decades), holidays, numeric forms
("2016/11", "13.5.2015") and ranges between any two of them ("from 2014 till May 2018").

``dates.parse_date`` reads calendar dates itself and hands everything else here. The
readings follow the common conventions also used by Microsoft's Recognizers-Text: a week
runs Monday to Sunday, "next Friday" is the Friday of next week, "the next 3 days" starts
tomorrow, "the last 3 months" ends yesterday, "within 10 months" starts today, weeks of a
year are ISO weeks, weeks of a month start with the week holding its first day.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from text_to_num import alpha2digit

from summitcheck.normalize.datecalc import HOLIDAYS, add, iso_week, unit_span
from summitcheck.normalize.datecalc import month_span as _month
from summitcheck.normalize.datecalc import span as _span
from summitcheck.normalize.dates import MONTHS, WEEKDAYS, DateValue
from summitcheck.normalize.numbers import ORDINAL_WORDS

UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
         "months": "month", "year": "year", "years": "year", "quarter": "quarter",
         "quarters": "quarter", "decade": "decade", "decades": "decade", "fortnight": "fortnight",
         "fortnights": "fortnight", "weekend": "weekend", "weekends": "weekend",
         "century": "century", "yr": "year", "yrs": "year", "wk": "week", "wks": "week",
         "mo": "month", "mos": "month"}
_U = "(?P<unit>" + "|".join(sorted(UNITS, key=len, reverse=True)) + ")"
_MON = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_WD = "(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + ")"
_N = r"(?P<n>\d+|a|an|one|few|a few|couple|a couple|couple of|a couple of|several)"
FEW = {"a": 1, "an": 1, "one": 1, "few": 3, "a few": 3, "couple": 2, "a couple": 2,
       "couple of": 2, "a couple of": 2, "several": 3}
NEXT = {"next", "coming", "upcoming", "following", "subsequent"}
LAST = {"last", "past", "previous", "prior", "preceding", "recent"}
THIS = {"this", "current", "the current", "present", "the present", "my"}
_REL = "(?P<rel>" + "|".join(sorted(NEXT | LAST | THIS, key=len, reverse=True)) + ")"
TODAY = {"today": 0, "now": 0, "tonight": 0, "otd": 0, "this day": 0, "my day": 0, "right now": 0,
         "tomorrow": 1, "tmrw": 1, "tmr": 1, "yesterday": -1, "the day after tomorrow": 2,
         "day after tomorrow": 2, "the day before yesterday": -2, "day before yesterday": -2,
         "the day after tmrw": 2, "day after tmrw": 2, "next day": 1, "last day": -1, "the last day": -1,
         "past day": -1, "the past day": -1}
DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                "seventies": 70, "eighties": 80, "nineties": 90}
RELATIVE_WORD = re.compile(r"\b(?:next|last|this|previous|coming|today|now|tomorrow|yesterday|ago|from|after|before)\b")
_CONNECT = re.compile(r"\s+(?:-|–|—|~|to|till|until|til|through|thru|and)\s+|(?<=\d)(?:-|~)(?=[a-z\d])|(?<=[a-z])-(?=[a-z\d])")



def _number(s: str) -> int | None:
    if s is None:
        return None
    if s.isdigit():
        return int(s)
    if s in FEW:
        return FEW[s]
    return None


def _ordinal(s: str) -> int | None:
    s = s.strip()
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)?", s)
    if m:
        return int(m.group(1))
    return ORDINAL_WORDS.get(s)


_ORD = r"(?P<ord>\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)"
_WEEKDAY_DAY_WORDS = {"date": 0, "current date": 0, "present": 0, "the present": 0}


# --- Entry point --------------------------------------------------------------------------


def prepare(s: str) -> str:
    """Number words as digits ("twenty five january nineteen eighty six" -> "25 january
    1986"), month names glued to figures split ("dec31"), "of"/"in" before a year dropped."""
    s = re.sub(r"\bthe two thousands\b", "the 2000s", s)
    s = alpha2digit(s, "en", threshold=0)
    s = re.sub(r"(?<![/\d])\b(1\d|20) (\d\d)\b(?! (?:" + _MON + r")\b)", r"\1\2", s)  # "19 86"
    s = re.sub(r"\b(" + _MON + r") the (?=\d)", r"\1 ", s)  # "september the 21st"
    s = re.sub(r"\b(" + _MON + r") of (\d\d)\b", r"\1 '\2", s)  # "april of 87"
    s = re.sub(r"(?<=[a-z\d]) - (?=[a-z\d])(?=\S+ - )", "-", s)  # "sep - 23 - 2020"
    s = re.sub(r"(?<=- )(\S+) - (?=\S)", r"\1-", s)
    s = re.sub(r"\b(" + _MON + r")(\d)", r"\1 \2", s)
    s = re.sub(r"(\d)\.(?=\s)", r"\1", s)
    s = re.sub(r"\s+(?:of|in)\s+(?=\d{4}\b)", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


def parse_relative(s: str, ref: date | None, tense: str | None, parse_any) -> DateValue | None:
    """``s`` as normalised by ``dates.normalize_text``; ``parse_any`` reads a sub-expression
    (both ends of a range, the base of "3 days after ...")."""
    s = re.sub(r"^(?:(?:on|at|during|by|of|about|around)\s+)+", "", s)
    for rule in RULES:
        try:
            value = rule(s, ref, tense, parse_any)
        except (ValueError, OverflowError, KeyError, TypeError):
            value = None
        if value is not None:
            return value
    return None


def _today(s, ref, tense, parse_any):
    if ref is None:
        return None
    if s in TODAY:
        d = ref + timedelta(days=TODAY[s])
        return DateValue(d, d, "day", anchored=True)
    return None


_OFFSET = re.compile(r"^(?:in |after )?(?P<parts>(?:(?:\d+|a|an|one|a few|few|several|a couple of|a couple) " + _U.replace("?P<unit>", "?:")
                     + r"(?:,? (?:and )?)?)+) (?P<dir>ago|before|after|from|later|hence|earlier|prior to|since)(?: (?P<base>.+))?$")
_PART = re.compile(r"(?P<n>\d+|a few|few|several|a couple of|a couple|a|an|one) " + _U)


def _offset(s, ref, tense, parse_any):
    """"3 days ago", "2 weeks before may 13 1999", "1 month and 21 days ago"."""
    m = _OFFSET.match(s)
    if not m:
        return None
    sign = -1 if m.group("dir") in ("ago", "before", "earlier", "prior to") else 1
    base = m.group("base")
    if base:
        if m.group("dir") in ("ago", "later", "hence", "earlier"):
            return None
        b = parse_any(base, ref, tense)
        if b is None:
            return None
        d = b.start
    elif ref is None or m.group("dir") not in ("ago", "later", "hence", "from"):
        return None
    else:
        d = ref
    for part in _PART.finditer(m.group("parts")):
        d = add(d, sign * _number(part.group("n")), UNITS[part.group("unit")])
    return DateValue(d, d, "day", anchored=True)


def _in_n(s, ref, tense, parse_any):
    """"in 3 weeks", "in a fortnight", "in 2 days on friday"."""
    m = re.match(r"^in " + _N + r" " + _U + r"(?: on (?P<wd>" + _WD + r"))?$", s)
    if not m or ref is None:
        return None
    d = add(ref, _number(m.group("n")), UNITS[m.group("unit")])
    return DateValue(d, d, "day", anchored=True)


def _within(s, ref, tense, parse_any):
    """"within 10 months", "within the next 3 years": from today on."""
    m = re.match(r"^within (?:the )?(?:next |coming )?" + _N + r" " + _U
                 + r"(?: (?:from|after) (?:today|now))?$", s)
    if not m or ref is None:
        return None
    return _span(ref, add(ref, _number(m.group("n")), UNITS[m.group("unit")]) - timedelta(days=1))


def _count_span(s, ref, tense, parse_any):
    """"next five days", "the last 3 months", "past few days", "2 upcoming months"."""
    m = re.match(r"^(?:the |in the |over the |during the |for the )?" + _REL + r" " + _N + r" " + _U + r"$", s) \
        or re.match(r"^" + _N + r" (?P<rel>upcoming|coming|past|previous|following) " + _U + r"$", s) \
        or re.match(r"^" + _N + r" (?P<rel>next|last) (?P<unit>days|weeks|months|years)$", s)
    if not m or ref is None or m.group("rel") in THIS:
        return None
    n, unit = _number(m.group("n")), UNITS[m.group("unit")]
    if n is None:
        return None
    if unit in ("quarter", "decade"):  # whole calendar quarters, decades
        q = unit_span(ref, unit)
        if m.group("rel") in NEXT:
            return _span(unit_span(add(q.start, 1, unit), unit).start, unit_span(add(q.start, n, unit), unit).end)
        return _span(add(q.start, -n, unit), q.start - timedelta(days=1))
    if m.group("rel") in NEXT:
        return _span(ref + timedelta(days=1), add(ref, n, unit))
    return _span(add(ref, -n, unit), ref - timedelta(days=1))


def _unit(s, ref, tense, parse_any):
    """"next week", "last month", "this quarter", "the year after next", "this weekend"."""
    if ref is None:
        return None
    m = re.match(r"^(?:the )?(?P<unit>week|month|year|quarter|decade|weekend) (?P<dir>after (?:the )?next|before (?:the )?last)$", s)
    if m:
        unit = m.group("unit")
        return unit_span(add(ref, 2 if "next" in m.group("dir") else -2, "week" if unit == "weekend" else unit), unit)
    if s in ("weekend", "the weekend"):
        return unit_span(ref, "weekend")
    m = re.match(r"^(?:the )?" + _REL + r" (?P<unit>fortnight|workweek|work week)$", s)
    if m:
        monday = ref - timedelta(days=ref.weekday())
        step = 0 if m.group("rel") in THIS else (1 if m.group("rel") in NEXT else -1)
        if m.group("unit") == "fortnight":
            start = monday + timedelta(weeks=2 * step)
            return _span(start, start + timedelta(days=13))
        start = monday + timedelta(weeks=step)
        return _span(start, start + timedelta(days=4))
    m = re.match(r"^(?:the )?" + _REL + r" (?P<kind>calendar |working |work |business |financial )?(?P<unit>week|month|year|quarter|decade|weekend|century|half)$", s)
    if not m:
        return None
    unit, rel = m.group("unit"), m.group("rel")
    if rel in ("past", "recent") and unit != "quarter":
        return None  # "the past year": the last twelve months or so, not a calendar year
    step = 0 if rel in THIS else (1 if rel in NEXT else -1)
    if unit == "week" and rel in THIS and tense == "future" and ref.weekday() == 6:
        ref = ref + timedelta(days=1)  # "will gather this week", written on a Sunday: the week ahead
    if unit == "half":
        d = add(ref, 6 * step, "month")
    else:
        d = add(ref, step, "week" if unit == "weekend" else unit)
    value = unit_span(d, unit)
    if (m.group("kind") or "").strip() in ("working", "work", "business") and unit == "week":
        value = _span(value.start, value.start + timedelta(days=4))
    return value


def _weekday(s, ref, tense, parse_any):
    """"next friday" (the Friday of next week), "tuesday next week", "previous monday"."""
    if ref is None:
        return None
    m = re.match(r"^(?:(?P<rel>this|next|last|previous|past|coming|upcoming|following|prior) )?(?P<wd>" + _WD
                 + r")(?: (?:of )?(?P<rel2>this|next|last|previous) week)?$", s) \
        or re.match(r"^(?P<rel2>this|next|last|previous) week(?: on|'s| on the)? (?P<wd>" + _WD + r")$", s)
    if not m:
        return None
    rel = m.groupdict().get("rel") or m.group("rel2")
    if rel is None:
        return None  # a bare weekday: dates.parse_date decides by tense
    target = WEEKDAYS[m.group("wd")]
    monday = ref - timedelta(days=ref.weekday())
    if rel == "following":
        rel = "next"
    if rel in ("coming", "upcoming"):
        delta = (target - ref.weekday()) % 7 or 7
        d = ref + timedelta(days=delta)
    elif rel in ("past", "prior"):
        d = ref - timedelta(days=(ref.weekday() - target) % 7 or 7)
    else:
        if rel == "last" and m.group("rel2") is None:
            d = ref - timedelta(days=(ref.weekday() - target) % 7 or 7)  # as dates.parse_date
        else:
            shift = {"this": 0, "next": 1, "last": -1, "previous": -1}[rel]
            d = monday + timedelta(weeks=shift, days=target)
    return DateValue(d, d, "day", anchored=True)


def _weekday_day(s, ref, tense, parse_any):
    """"friday the 15th", "wednesday the 31st": the nearest such day."""
    m = re.match(r"^(?P<wd>" + _WD + r") (?:the )?(?P<d>\d{1,2})(?:st|nd|rd|th)?$", s)
    if not m or ref is None:
        return None
    target, day = WEEKDAYS[m.group("wd")], int(m.group("d"))
    best = None
    for k in range(-12, 13):
        y, mo = divmod(ref.year * 12 + ref.month - 1 + k, 12)
        if day > calendar.monthrange(y, mo + 1)[1]:
            continue
        cand = date(y, mo + 1, day)
        if cand.weekday() == target and (best is None or abs((cand - ref).days) < abs((best - ref).days)):
            best = cand
    return DateValue(best, best, "day", anchored=True) if best else None


def _month_expr(s: str, ref: date | None, tense, parse_any) -> DateValue | None:
    m = re.match(r"^(?:the )?" + _REL + r" month$", s)
    if m and ref is not None:
        step = 0 if m.group("rel") in THIS else (1 if m.group("rel") in NEXT else -1)
        return unit_span(add(ref, step, "month"), "month")
    value = parse_any(s, ref, tense)
    return value if value is not None and value.granularity == "month" else None


def _year_expr(s: str, ref: date | None) -> int | None:
    if re.fullmatch(r"\d{4}", s):
        return int(s)
    m = re.fullmatch(r"(?:the )?" + _REL + r" year", s)
    if m and ref is not None:
        return ref.year + (0 if m.group("rel") in THIS else (1 if m.group("rel") in NEXT else -1))
    return None


def _day_of_month(s, ref, tense, parse_any):
    """"the 15th day of next month", "20th of next month", "the 4th of this month"."""
    m = re.match(r"^(?:the )?(?P<d>\d{1,2})(?:st|nd|rd|th)? (?:day )?of (?P<rest>.+)$", s)
    if not m:
        return None
    month = _month_expr(m.group("rest"), ref, tense, parse_any)
    if month is None or re.match(r"^" + _MON + r"$", m.group("rest")):
        return None
    d = month.start.replace(day=int(m.group("d")))
    return DateValue(d, d, "day", anchored=True)


def _nth_weekday(s, ref, tense, parse_any):
    """"third tuesday" (of this month), "the first monday of june 2019"."""
    m = re.match(r"^(?:the )?" + _ORD + r" (?P<wd>" + _WD + r")(?: (?:of|in) (?P<rest>.+))?$", s)
    if not m or ref is None:
        return None
    month = _month_expr(m.group("rest"), ref, tense, parse_any) if m.group("rest") else unit_span(ref, "month")
    if month is None:
        return None
    target = WEEKDAYS[m.group("wd")]
    days = [month.start + timedelta(days=i) for i in range((month.end - month.start).days + 1)]
    hits = [d for d in days if d.weekday() == target]
    k = m.group("ord")
    d = hits[-1] if k == "last" else hits[_ordinal(k) - 1]
    return DateValue(d, d, "day", anchored=True)


def _weeks(s, ref, tense, parse_any):
    """"first week of 2019" (ISO weeks), "the third week of this month", "week 23",
    "the first 2 weeks of 2021", "the last 3 weeks of this year", "the third week next year"."""
    m = re.match(r"^(?:the )?week (?P<n>\d{1,2})(?: (?:of )?(?P<rest>.+))?$", s)
    if m:
        year = _year_expr(m.group("rest"), ref) if m.group("rest") else (ref.year if ref else None)
        return iso_week(year, int(m.group("n"))) if year else None
    m = re.match(r"^(?:the )?(?P<pos>first|1st|last) (?P<n>\d+) weeks (?:of )?(?P<rest>.+)$", s)
    if m:
        year = _year_expr(m.group("rest"), ref)
        if year is None:
            return None
        n = int(m.group("n"))
        last = date(year, 12, 28).isocalendar()[1]
        first = 1 if m.group("pos") != "last" else last - n + 1
        return _span(iso_week(year, first).start, iso_week(year, first + n - 1).end)
    m = re.match(r"^(?:the )?" + _ORD + r" week (?:of )?(?P<rest>.+)$", s)
    if not m:
        return None
    k, rest = m.group("ord"), m.group("rest")
    year = _year_expr(rest, ref)
    if year is not None:
        if k == "last":
            return iso_week(year, date(year, 12, 28).isocalendar()[1])
        return iso_week(year, _ordinal(k))
    month = _month_expr(rest, ref, tense, parse_any)
    if month is None:
        return None
    first = month.start - timedelta(days=month.start.weekday())
    if k == "last":
        start = month.end - timedelta(days=month.end.weekday())
    else:
        start = first + timedelta(weeks=_ordinal(k) - 1)
    return _span(start, start + timedelta(days=6))


def _quarters(s, ref, tense, parse_any):
    """"q1 2016", "2017 q1", "the third quarter of 2016", "h2 2019", "2019-h2", "first half of 2016"."""
    m = (re.match(r"^(?P<y>.+?)(?: - |[- ])?(?P<kind>q|h)(?P<n>[1-4])$", s)
         or re.match(r"^(?P<kind>q|h)(?P<n>[1-4])(?: - | |-)?(?P<y>.+)?$", s))
    if m:
        kind, n, ytext = m.group("kind"), int(m.group("n")), m.group("y")
    else:
        m = re.match(r"^(?:the )?" + _ORD + r" (?P<kind>quarter|half)(?: (?:of )?(?P<y>.+))?$", s)
        if not m:
            return None
        kind, ytext = m.group("kind")[0], m.group("y")
        n = _ordinal(m.group("ord")) if m.group("ord") != "last" else (4 if kind == "q" else 2)
    year = _year_expr(ytext, ref) if ytext else (ref.year if ref else None)
    if year is None or n is None:
        return None
    size = 3 if kind == "q" else 6
    if n > 12 // size:
        return None
    return DateValue(date(year, size * (n - 1) + 1, 1), _month(year, size * n).end, "month", True, True)


def _decades(s, ref, tense, parse_any):
    """"the 1970s", "the 90s", "the seventies", "the next decade"."""
    m = re.match(r"^(?:the )?(?:(?P<full>\d{3}0)|'?(?P<short>\d0))'?s$", s)
    if m:
        if m.group("full"):
            y = int(m.group("full"))
        else:
            y = int(m.group("short"))
            y += 1900 if y >= 30 or ref is None else 2000
        return DateValue(date(y, 1, 1), date(y + 9, 12, 31), "year", True, True)
    m = re.match(r"^(?:the )?(?P<n>\d{1,2})(?:st|nd|rd|th) century$", s)
    if m:
        y = (int(m.group("n")) - 1) * 100
        return DateValue(date(max(y, 1), 1, 1), date(y + 99, 12, 31), "year", True, True)
    m = re.match(r"^(?:the )?(?P<w>" + "|".join(DECADE_WORDS) + r")$", s)
    if m:
        y = 1900 + DECADE_WORDS[m.group("w")]
        return DateValue(date(y, 1, 1), date(y + 9, 12, 31), "year", True, True)
    return None


_HOLIDAY = "(?P<h>" + "|".join(sorted((re.escape(h) for h in HOLIDAYS), key=len, reverse=True)) + ")"


def _holiday(s, ref, tense, parse_any):
    """"easter 2018", "black friday 2010", "last easter", "next new year day", "halloween
    weekend 2021"."""
    m = re.match(r"^(?:(?P<rel>this|next|last|previous|coming|upcoming|past|following) )?" + _HOLIDAY
                 + r"(?P<wk> weekend)?(?: (?:of )?(?P<y>\d{4}|(?:this|next|last) year))?(?P<wk2> weekend)?$", s)
    if not m:
        return None
    fn = HOLIDAYS[m.group("h")]
    rel = m.group("rel")
    if m.group("y"):
        d = fn(_year_expr(m.group("y"), ref))
    elif ref is None:
        return None
    elif rel in ("next", "coming", "upcoming", "following"):
        d = fn(ref.year) if fn(ref.year) > ref else fn(ref.year + 1)
    elif rel in ("last", "previous", "past"):
        d = fn(ref.year) if fn(ref.year) < ref else fn(ref.year - 1)
    elif rel == "this":
        d = fn(ref.year)
    else:
        past, future = fn(ref.year) if fn(ref.year) <= ref else fn(ref.year - 1), fn(ref.year) if fn(ref.year) >= ref else fn(ref.year + 1)
        d = future if tense == "future" else past
    if m.group("wk") or m.group("wk2"):
        return unit_span(d, "weekend")
    return DateValue(d, d, "day", anchored=not m.group("y"))


def _numeric(s, ref, tense, parse_any):
    """"2016/11", "11-2016", "2015.3", "13.5.2015", "21/04/16", "3-7-27", "2019/sep/01",
    "05-aug-2016", "23-2020-september", "08/12 15", "15 april 87"."""
    def day(y, mo, d):
        v = date(y, mo, d)
        return DateValue(v, v, "day")

    def year(y: str) -> int:
        y_ = int(y)
        return y_ if len(y) == 4 else (2000 + y_ if y_ < 50 else 1900 + y_)

    m = re.fullmatch(r"(\d{4})\s?[/.-]\s?(\d{1,2})", s)
    if m and 1 <= int(m.group(2)) <= 12:
        return _month(int(m.group(1)), int(m.group(2)))
    m = re.fullmatch(r"(\d{1,2})\s?[/.-]\s?(\d{4})", s)
    if m and 1 <= int(m.group(1)) <= 12:
        return _month(int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})", s)
    if m:
        a, sep, b, y = int(m.group(1)), m.group(2), int(m.group(3)), year(m.group(4))
        if sep == "." or a > 12:
            a, b = b, a  # 13.5.2015, 21/04/16: day first
        return day(y, a, b)
    m = re.fullmatch(r"(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})", s)
    if m:
        return day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2}) (\d{2}|\d{4})", s)
    if m:
        return day(year(m.group(3)), int(m.group(1)), int(m.group(2)))
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})|(\d{4}) (\d{1,2}) (\d{1,2})", s)
    if m:
        y, mo, d = (g for g in m.groups() if g)
        return day(int(y), int(mo), int(d))
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})", s)
    if m and ref is not None and int(m.group(1)) <= 12:
        from summitcheck.normalize.dates import _closest_year

        mo, d = int(m.group(1)), int(m.group(2))
        y, _ = _closest_year(mo, d, ref, tense)
        v = date(y, mo, d)
        return DateValue(v, v, "day", anchored=True)
    m = re.fullmatch(r"(" + _MON + r") '(\d{2})", s)
    if m:
        return _month(year(m.group(2)), MONTHS[m.group(1)])
    mon = r"(" + _MON + r")"
    m = re.fullmatch(mon + r"(?: ?[/-] ?| )(\d{4})", s)
    if m:
        return _month(int(m.group(2)), MONTHS[m.group(1)])
    m = re.fullmatch(mon + r"(?: ?[/.-] ?)(\d{1,2})(?:st|nd|rd|th)?", s)
    if m and ref is not None:  # "oct/2", "Jan-1", "sep.1st"
        from summitcheck.normalize.dates import _closest_year

        mo, d = MONTHS[m.group(1)], int(m.group(2))
        v = date(_closest_year(mo, d, ref, tense)[0], mo, d)
        return DateValue(v, v, "day", anchored=True)
    sep = r"(?: ?[/-] ?| )"
    for pat, order in ((r"(\d{4})" + sep + mon + sep + r"(\d{1,2})", "ymd"), (r"(\d{4})" + sep + r"(\d{1,2})" + sep + mon, "ydm"),
                       (r"(\d{1,2})" + sep + mon + sep + r"'?(\d{4}|\d{2})", "dmy"), (r"(\d{1,2})" + sep + r"(\d{4})" + sep + mon, "dym"),
                       (mon + sep + r"(\d{1,2})" + sep + r"(\d{4})", "mdy"), (mon + sep + r"(\d{4})" + sep + r"(\d{1,2})", "myd"), (mon + r" (\d{1,2})(?:st|nd|rd|th)? (\d{2})", "mdy"),
                       (r"(\d{1,2})(?:st|nd|rd|th)? " + mon + r" (\d{2})", "dmy")):
        m = re.fullmatch(pat, s)
        if m:
            g = dict(zip(order, m.groups()))
            return day(year(g["y"]), MONTHS[g["m"]], int(g["d"]))
    m = re.fullmatch(r"(?:the year )?(1\d{3}|2\d{3})", s)
    if m:
        y = int(m.group(1))
        return DateValue(date(y, 1, 1), date(y, 12, 31), "year")
    m = re.fullmatch(r"(\d{4}) " + mon, s)
    if m:
        return _month(int(m.group(1)), MONTHS[m.group(2)])
    return None


def _starting(s, ref, tense, parse_any):
    """"3 days starting from next monday", "2 weeks starting may 20th", "for 3 days from today"."""
    m = re.match(r"^for " + _N + r" " + _U + r"(?: (?:starting|beginning|commencing))? (?:from|on|with) (?P<base>.+)$", s) \
        or re.match(r"^(?:for )?" + _N + r" " + _U + r" (?:starting|beginning|commencing)(?: (?:from|on|with))? (?P<base>.+)$", s)
    if not m:
        return None
    base = parse_any(m.group("base"), ref, tense)
    if base is None:
        return None
    return _span(base.start, add(base.start, _number(m.group("n")), UNITS[m.group("unit")]) - timedelta(days=1))


def _between(s, ref, tense, parse_any):
    """Both ends named: "from 2014 till 2018", "nov-feb 5th 2017", "between now and
    november 15th", "4 till 23 of this month", "this week from tue to thur"."""
    m = re.match(r"^(?P<base>(?:this|next|last) week|" + _MON + r"(?: \d{4})?) (?:from |between )?(?P<a>" + _WD + r"|\d{1,2}) ?(?:to|till|until|through|and|-) ?(?P<b>" + _WD + r"|\d{1,2})(?: (?P<y>\d{4}))?$", s) \
        or re.match(r"^(?:from |between )?(?P<a>\d{1,2})(?:st|nd|rd|th)? ?(?:to|till|until|through|and|-) ?(?P<b>\d{1,2})(?:st|nd|rd|th)? (?:of |in )?(?P<base>(?:this|next|last) month|" + _MON + r")(?: (?P<y>\d{4}))?$", s)
    if m:
        base = parse_any(m.group("base") + (" " + m.group("y") if m.group("y") else ""), ref, tense)
        if base is None:
            return None
        if m.group("a").isdigit():
            return _span(base.start.replace(day=int(m.group("a"))), base.start.replace(day=int(m.group("b"))))
        a, b = WEEKDAYS[m.group("a")], WEEKDAYS[m.group("b")]
        return _span(base.start + timedelta(days=a), base.start + timedelta(days=b))
    body = re.sub(r"^(?:from|between) ", "", s)
    between = s.startswith("between ")
    for cut in _CONNECT.finditer(body):
        if cut.group().strip() == "and" and not between:
            continue
        left, right = body[:cut.start()].strip(), body[cut.end():].strip()
        if not left or not right:
            continue
        b = parse_any(right, ref, "future" if left in ("now", "today") else tense)
        if right in _WEEKDAY_DAY_WORDS and ref is not None:
            b = DateValue(ref, ref, "day", anchored=True)
        if b is None:
            continue
        if right in _WEEKDAY_DAY_WORDS and ref is not None:
            b = DateValue(ref, ref, "day", anchored=True)
        if re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", left):
            if b.granularity != "day" or b.explicit_range:
                continue
            return _span(b.start.replace(day=int(re.sub(r"\D", "", left))), b.end)
        a = parse_any(left, ref, tense)
        if a is None:
            continue
        if a.anchored and not b.anchored and not RELATIVE_WORD.search(left):
            a = parse_any(left, b.end, "past")  # "nov - feb 5th 2017": November before it
        if a is None or b.end < a.start:
            continue
        gran = a.granularity if a.granularity == b.granularity else "day"
        return DateValue(a.start, b.end, gran, True, a.anchored and b.anchored)
    return None





def _weekday_of_offset(s, ref, tense, parse_any):
    """"monday two weeks from now", "thursday, 2 year from now", "2 months from today on
    tuesday": that weekday in the week the offset lands in."""
    m = re.match(r"^(?P<wd>" + _WD + r") (?P<rest>.+)$", s) or re.match(r"^(?P<rest>.+) on (?P<wd>" + _WD + r")$", s)
    if not m or not re.search(r"\b(?:ago|from|after|before|later|hence)\b", m.group("rest")):
        return None
    base = _offset(m.group("rest"), ref, tense, parse_any)
    if base is None:
        return None
    d = base.start - timedelta(days=base.start.weekday()) + timedelta(days=WEEKDAYS[m.group("wd")])
    return DateValue(d, d, "day", anchored=True)


def _month_name(s, ref, tense, parse_any):
    """"this september", "last may", "next april"."""
    m = re.match(r"^(?P<rel>this|next|last|previous|coming) (?P<m>" + _MON + r")$", s)
    if not m or ref is None:
        return None
    mo, rel = MONTHS[m.group("m")], m.group("rel")
    y = ref.year + {"this": 0, "next": 1, "coming": 1, "last": -1, "previous": -1}[rel]
    return _month(y, mo)


def _nth_unit_of(s, ref, tense, parse_any):
    """"the third month of 2021", "the 9th month of next year"."""
    m = re.match(r"^(?:the )?" + _ORD + r" month (?:of )?(?P<y>.+)$", s)
    if not m:
        return None
    year = _year_expr(m.group("y"), ref)
    n = _ordinal(m.group("ord")) if m.group("ord") != "last" else 12
    return _month(year, n) if year and n and 1 <= n <= 12 else None


def _first_units_of(s, ref, tense, parse_any):
    """"the last four months of 2021", "first ten days of last year"."""
    m = re.match(r"^(?:the )?(?P<pos>first|1st|last) (?P<n>\d+) (?P<unit>days|months) (?:of )?(?P<rest>.+)$", s)
    if not m:
        return None
    year = _year_expr(m.group("rest"), ref)
    whole = DateValue(date(year, 1, 1), date(year, 12, 31), "year") if year else _month_expr(m.group("rest"), ref, tense, parse_any)
    if whole is None:
        return None
    n, unit = int(m.group("n")), UNITS[m.group("unit")]
    if m.group("pos") == "last":
        return _span(add(whole.end + timedelta(days=1), -n, unit), whole.end)
    return _span(whole.start, add(whole.start, n, unit) - timedelta(days=1))


def _rel_day(s, ref, tense, parse_any):
    """"next 5/12", "this 5/12", "next 6th of april": that day this year, next year, last year."""
    m = re.match(r"^(?P<rel>this|next|last) (?P<rest>.+)$", s)
    if not m or ref is None or RELATIVE_WORD.search(m.group("rest")):
        return None
    value = parse_any(m.group("rest"), ref, tense)
    if value is None or not value.anchored or value.granularity != "day" or value.explicit_range:
        return None
    y = ref.year + {"this": 0, "next": 1, "last": -1}[m.group("rel")]
    d = value.start.replace(year=y)
    return DateValue(d, d, "day", anchored=True)


def _week_of(s, ref, tense, parse_any):
    """"the week of april 10th", "the week beginning february 4", "w/c feb 4": the week
    (Monday to Sunday) holding that day."""
    m = re.match(r"^(?:the )?(?:week of|week (?:beginning|starting|commencing)(?: on)?|w/c) (?P<d>.+)$", s)
    if not m:
        return None
    day = parse_any(m.group("d"), ref, tense)
    if day is None or day.granularity != "day" or day.explicit_range:
        return None
    return unit_span(day.start, "week")


RULES = [_today, _numeric, _starting, _offset, _in_n, _within, _count_span, _unit, _weekday, _weekday_day,
         _day_of_month, _nth_weekday, _weeks, _quarters, _decades, _holiday, _weekday_of_offset, _month_name,
         _nth_unit_of, _first_units_of, _week_of, _between, _rel_day]
