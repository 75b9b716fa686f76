#!/usr/bin/env python3
"""Rewrites non-ASCII characters in .properties files as \\uXXXX escapes.

Equinox reads bundle localisation (OSGI-INF/l10n) and NLS message files as ISO-8859-1, so translations
must be escaped. Authors may write UTF-8; run this before committing:
    releng/scripts/escape-properties.py [FOLDER...]     (default: the current folder)
"""
import pathlib
import sys

for root in [pathlib.Path(a) for a in sys.argv[1:]] or [pathlib.Path('.')]:
    for path in root.rglob('*.properties'):
        if 'target' in path.parts:
            continue
        text = path.read_text(encoding='utf-8')
        escaped = ''.join(c if ord(c) < 128 else '\\u%04x' % ord(c) for c in text)
        if escaped != text:
            path.write_text(escaped, encoding='ascii')
            print('escaped', path)
