#!/usr/bin/env python3
"""pseudolocalize.py IN.ts OUT.ts: a pseudo-locale from the source strings of a Qt .ts file.

Every message becomes "[Ŝöûŕçé ţéxţ ~~~~]": accented letters (is any text not going through tr()?), about
40 % longer, in words of up to 8 letters (does a label, button or column cut it?) and bracketed (is the end of it shown?). Placeholders
(%1, %n, %L1), HTML tags and entities, and the & of a mnemonic stay as they are. Plural messages get
both English forms. The output is a finished translation that lrelease compiles without warnings.
"""
import re
import sys
import xml.etree.ElementTree as ET

ACCENTS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# What must survive untouched: placeholders, tags, entities, the mnemonic marker and the next letter.
PROTECTED = re.compile(r"%L?\d+|%n|%%|<[^>]*>|&[a-zA-Z]+;|&#\d+;|&&|&.")
GROWTH = 0.4


def pseudo(text: str) -> str:
    if not text.strip():
        return text
    out = []
    pos = 0
    letters = 0
    for match in PROTECTED.finditer(text):
        plain = text[pos:match.start()]
        out.append(plain.translate(ACCENTS))
        letters += len(plain)
        out.append(match.group(0))
        pos = match.end()
    tail = text[pos:]
    out.append(tail.translate(ACCENTS))
    letters += len(tail)
    body = "".join(out)
    # Padded as words are (at most 8 letters each), so that a long sentence wraps where a real one would.
    grow = max(1, round(letters * GROWTH) - 2)
    padding = " ".join("~" * min(8, grow - start) for start in range(0, grow, 9))
    return "[" + body + " " + padding + "]"


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    tree = ET.parse(sys.argv[1])
    root = tree.getroot()
    root.set("language", "en")
    root.set("sourcelanguage", "en")
    count = 0
    for message in root.iter("message"):
        source = message.findtext("source", default="")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        kind = translation.get("type")
        if kind in ("obsolete", "vanished"):
            message.remove(translation)
            continue
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):  # English: one, other
                form = ET.SubElement(translation, "numerusform")
                form.text = pseudo(source)
        else:
            translation.text = pseudo(source)
        count += 1
    tree.write(sys.argv[2], encoding="utf-8", xml_declaration=True)
    print(f"pseudolocalize: {count} messages -> {sys.argv[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
