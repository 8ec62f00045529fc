"""Reads every .ics file named on the command line with python3-icalendar and
python3-vobject (validate) and prints one JSON object per file:
{"file", "icalendar": [events], "vobject": [events], "errors": [...]}.
Each event is {uid, start, end, summary, description} with start/end in epoch
seconds, resolved through the calendar's own VTIMEZONE where the library does.
Exits 1 if any file has an error. Run with /usr/bin/python3 (Debian modules)."""
import json
import sys

import icalendar
import vobject


def epoch(dt):
    if dt.tzinfo is None:
        raise ValueError("floating time %s" % dt)
    return int(dt.timestamp())


def with_icalendar(data, errors):
    cal = icalendar.Calendar.from_ical(data)
    for comp in cal.walk():
        for err in getattr(comp, "errors", []):
            errors.append("icalendar %s: %s" % (comp.name, err))
    if cal.get("METHOD") is not None:
        errors.append("icalendar: METHOD present")
    for name in ("PRODID", "VERSION"):
        if cal.get(name) is None:
            errors.append("icalendar: no %s" % name)
    out = []
    for ev in cal.walk("VEVENT"):
        for name in ("UID", "DTSTAMP", "DTSTART"):
            if ev.get(name) is None:
                errors.append("icalendar: VEVENT without %s" % name)
        out.append({
            "uid": str(ev.get("UID")),
            "start": epoch(ev.decoded("DTSTART")),
            "end": epoch(ev.decoded("DTEND")),
            "summary": str(ev.get("SUMMARY", "")),
            "description": str(ev.get("DESCRIPTION", "")),
        })
    return out


def with_vobject(data, errors):
    # vobject keeps every VTIMEZONE it has read in a process-wide map keyed by
    # TZID; each file must be read against its own VTIMEZONEs only.
    getattr(vobject.icalendar, "__tzidMap").clear()
    cal = vobject.readOne(data, validate=True)
    if not cal.validate(raiseException=False):
        errors.append("vobject: validate() failed")
    out = []
    for ev in getattr(cal, "vevent_list", []):
        ev.validate(raiseException=True)
        out.append({
            "uid": ev.uid.value,
            "start": epoch(ev.dtstart.value),
            "end": epoch(ev.dtend.value),
            "summary": ev.summary.value if hasattr(ev, "summary") else "",
            "description": ev.description.value if hasattr(ev, "description") else "",
        })
    return out


def main():
    failed = False
    for path in sys.argv[1:]:
        with open(path, "rb") as f:
            raw = f.read()
        errors = []
        result = {"file": path, "icalendar": [], "vobject": []}
        if raw.startswith(b"\xef\xbb\xbf"):
            errors.append("BOM")
        text = raw.decode("utf-8")
        for name, fn in (("icalendar", with_icalendar), ("vobject", with_vobject)):
            try:
                result[name] = fn(text, errors)
            except Exception as e:  # noqa: BLE001 - report, never hide
                errors.append("%s: %s: %s" % (name, type(e).__name__, e))
        result["errors"] = errors
        failed = failed or bool(errors)
        print(json.dumps(result, ensure_ascii=False))
    sys.exit(1 if failed else 0)


main()
