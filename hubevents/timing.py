"""An event's time in words, in the network's own time zone."""

from django.utils import timezone
from django.utils.dateformat import format as date_format

DAY = "l j F Y"
CLOCK = "H:i"


def describe_when(starts, ends=None):
    """'Tuesday 12 March 2025, 10:00 to 12:30'; an event over several days names both days."""
    start = timezone.localtime(starts)
    text = f"{date_format(start, DAY)}, {date_format(start, CLOCK)}"
    if ends is None:
        return text
    end = timezone.localtime(ends)
    if end.date() == start.date():
        return f"{text} to {date_format(end, CLOCK)}"
    return f"{text} to {date_format(end, DAY)}, {date_format(end, CLOCK)}"
