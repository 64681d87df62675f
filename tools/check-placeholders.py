#!/usr/bin/env python3
"""Checks translations/zcrm_*.ts for what lrelease lets through.

Each finished translation must keep the source's placeholders (%1..%99, and %n in numerus forms), the
same number of & mnemonics (&& is a literal ampersand), and a trailing ellipsis or colon where a
label or menu item (60 characters at most) has one. Within a context, two translations of different sources must not share a mnemonic
letter when both sources end in ':' (form labels) -- a rough guard against collisions in one dialog.

Usage: tools/check-placeholders.py [TS_FILE...]   (default: translations/zcrm_*.ts next to this script)
Exit status 1 when something is wrong; each problem is printed as one line.
"""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r'%(?:n|L?\d{1,2})')
MNEMONIC = re.compile(r'&([^&\s])')


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def mnemonics(text):
    return MNEMONIC.findall(text.replace('&&', ''))


def forms_of(message):
    translation = message.find('translation')
    if message.get('numerus') == 'yes':
        return translation, [form.text or '' for form in translation.findall('numerusform')]
    return translation, [translation.text or '']


def check(path):
    problems = []
    root = ET.parse(path).getroot()
    for context in root.findall('context'):
        name = context.find('name').text
        label_keys = {}
        for message in context.findall('message'):
            source = message.find('source').text or ''
            translation, forms = forms_of(message)
            where = f'{os.path.basename(path)}: {name}: {source!r}'
            if translation.get('type') in ('unfinished', 'obsolete', 'vanished'):
                problems.append(f'{where}: {translation.get("type")}')
                continue
            for form in forms:
                if not form.strip() and source.strip():
                    problems.append(f'{where}: empty translation')
                    continue
                if placeholders(form) != placeholders(source):
                    problems.append(f'{where}: placeholders {placeholders(source)} became {placeholders(form)}')
                if len(mnemonics(form)) != len(mnemonics(source)):
                    problems.append(f'{where}: {len(mnemonics(source))} mnemonic(s) became {form!r}')
                for ending in ('…', ':'):
                    # Labels and menu items only: a long message may end in "sqlite:" or "id,%1,…".
                    if len(source) <= 60 and source.rstrip().endswith(ending) and not form.rstrip().endswith(ending) \
                            and not (ending == ':' and form.rstrip().endswith('：')):
                        # Japanese puts the mnemonic after the text: "設定(&S)…" still ends with the ellipsis.
                        problems.append(f'{where}: the source ends with {ending!r}, {form!r} does not')
            if source.rstrip().endswith(':') and mnemonics(source) and forms and mnemonics(forms[0]):
                key = mnemonics(forms[0])[0].lower()
                if key in label_keys and label_keys[key] != source:
                    problems.append(f'{os.path.basename(path)}: {name}: labels {label_keys[key]!r} and {source!r} '
                                    f'share the mnemonic {key!r}')
                label_keys.setdefault(key, source)
    return problems


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    paths = argv[1:] or sorted(glob.glob(os.path.join(here, '..', 'translations', 'zcrm_*.ts')))
    problems = [problem for path in paths for problem in check(path)]
    for problem in problems:
        print(problem)
    print(f'{len(paths)} file(s), {len(problems)} problem(s)', file=sys.stderr)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
