"""Text for people at a terminal: a box that sets a notice apart from the lines around it, and a
table of counts."""


def framed(lines, padding=2):
    """The lines inside a box drawn with ASCII characters, which every terminal shows."""
    width = max((len(line) for line in lines), default=0) + 2 * padding
    edge = "+" + "-" * width + "+"
    inside = [f"|{' ' * padding}{line:<{width - 2 * padding}}{' ' * padding}|" for line in lines]
    return "\n".join([edge, *inside, edge])


def table(header, rows):
    """Rows of cells as aligned text: the first column to the left, the others (counts) to the
    right, each as wide as its widest cell."""
    all_rows = [list(map(str, header)), *[list(map(str, row)) for row in rows]]
    widths = [max(len(row[column]) for row in all_rows) for column in range(len(header))]

    def line(row):
        cells = [row[0].ljust(widths[0])]
        cells += [cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)]
        return "  ".join(cells).rstrip()

    return [line(row) for row in all_rows]
