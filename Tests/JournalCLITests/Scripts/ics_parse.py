#!/usr/bin/env python3
"""Parses an iCalendar file with the `icalendar` package (pip install icalendar) and
prints what the tests check, as JSON: the calendar's properties and, for each VEVENT
and VTODO, its UID, STATUS, SUMMARY, the type and day of DTSTART/DTEND/DUE, DTSTAMP,
TRANSP and COMPLETED. Exit status 3 when icalendar is not installed."""
import json
import sys

try:
    import icalendar
except ImportError:
    print("the Python package icalendar is not installed (pip install icalendar)", file=sys.stderr)
    sys.exit(3)


def day(component, name):
    """{"type": "date"|"date-time", "value": ISO text} of a date property, or None."""
    if name not in component:
        return None
    value = component.decoded(name)
    kind = "date-time" if hasattr(value, "hour") else "date"
    return {"type": kind, "value": value.isoformat()}


def main(path):
    with open(path, "rb") as f:
        data = f.read()
    calendar = icalendar.Calendar.from_ical(data)
    items = []
    for component in calendar.walk():
        if component.name not in ("VEVENT", "VTODO"):
            continue
        items.append({
            "component": component.name,
            "uid": str(component.get("UID")),
            "status": str(component.get("STATUS", "")),
            "summary": str(component.get("SUMMARY", "")),
            "description": str(component.get("DESCRIPTION", "")),
            "transp": str(component.get("TRANSP", "")),
            "start": day(component, "DTSTART"),
            "end": day(component, "DTEND"),
            "due": day(component, "DUE"),
            "stamp": day(component, "DTSTAMP"),
            "completed": day(component, "COMPLETED"),
        })
    print(json.dumps({
        "version": str(calendar.get("VERSION", "")),
        "prodid": str(calendar.get("PRODID", "")),
        "calscale": str(calendar.get("CALSCALE", "")),
        "name": str(calendar.get("X-WR-CALNAME", "")),
        "items": items,
    }, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv[1])
