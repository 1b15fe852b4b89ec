"""Cuts the UI font down to the characters the app draws, and checks the texts against it.

    subset_font.py FONT.ttf OUT.ttf RANGES.cpp TEXT_FILE...

The app embeds its font in the wasm (src/app/app.cmake), and Dear ImGui rasterises only the code
points of the glyph ranges in RANGES.cpp (theme::text_glyph_ranges() and its siblings); any
other character is drawn as '?' whatever the font holds. So the subset keeps exactly those code
points: the atlas, and so every pixel on screen, is the same as with the whole font, at a
fraction of the download (DejaVu Sans is 740 KB with some 6,000 glyphs; the app draws ~400).
Hinting goes too (ImGui's stb_truetype never runs TrueType instructions), and so do the
OpenType layout tables (ImGui 1.86 does no shaping and no kerning).

Then every non-ASCII character inside a string literal of the TEXT_FILEs (C++ sources and
headers, with \\u escapes decoded, and JSON files) must be in the subset: a new "≠" in a UI
text without its range in theme.cpp fails the build, naming file, line and character, instead
of showing '?' in front of a class.

Run by the Python that runs pyftsubset (Debian's fonttools, scripts/setup.sh).
"""
import re
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

# Copyright and licence (name IDs 0, 13, 14) stay in the subset: the font's licence asks for
# its notice in every copy. The others are what font tools show as the font's name.
KEPT_NAME_IDS = [0, 1, 2, 3, 4, 5, 6, 13, 14]


def glyph_ranges(path):
    """The code points of every *_glyph_ranges() table in the file: pairs of 0x.. up to 0."""
    text = open(path, encoding='utf-8').read()
    bodies = re.findall(r'_glyph_ranges\(\)\s*\{(.*?)\n\}', text, re.S)
    if not bodies:
        sys.exit(f'subset_font: no *_glyph_ranges() table found in {path}')
    points = set()
    for body in bodies:
        body = re.sub(r'//[^\n]*', '', body)
        numbers = [int(n, 16) for n in re.findall(r'0x([0-9A-Fa-f]+)', body)]
        if len(numbers) % 2:
            sys.exit(f'subset_font: a range in {path} has no end: {body.strip()[:80]}')
        for first, last in zip(numbers[0::2], numbers[1::2]):
            points.update(range(first, last + 1))
    return points


def cpp_string_literals(text):
    """(line, content) of each string literal, comments and char literals skipped."""
    literals = []
    i, line, n = 0, 1, len(text)
    while i < n:
        c = text[i]
        if c == '\n':
            line += 1
            i += 1
        elif text.startswith('//', i):
            i = text.find('\n', i)
            i = n if i < 0 else i
        elif text.startswith('/*', i):
            end = text.find('*/', i + 2)
            end = n if end < 0 else end + 2
            line += text.count('\n', i, end)
            i = end
        elif c == 'R' and text.startswith('R"', i) and (i == 0 or not text[i - 1].isalnum()):
            open_end = text.index('(', i)
            close = ')' + text[i + 2:open_end] + '"'
            end = text.index(close, open_end) + len(close)
            literals.append((line, text[open_end + 1:end - len(close)]))
            line += text.count('\n', i, end)
            i = end
        elif c == "'" and i > 0 and text[i - 1].isdigit():
            i += 1  # a digit separator: 5'000'000
        elif c in '"\'':
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == '\\' else 1
            if c == '"':
                literals.append((line, decode_escapes(text[i + 1:j])))
            i = j + 1
        else:
            i += 1
    return literals


def decode_escapes(body):
    """The \\uXXXX and \\UXXXXXXXX escapes as characters; other escapes do not matter here."""
    def char(match):
        return chr(int(match.group(1) or match.group(2), 16))
    return re.sub(r'\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})', char, body)


def used_characters(path):
    """(line, character) of every non-ASCII character the file gives the UI to draw."""
    text = open(path, encoding='utf-8').read()
    if path.endswith('.json'):
        literals = [(number, line) for number, line in enumerate(text.split('\n'), 1)]
    else:
        literals = cpp_string_literals(text)
    return [(line, ch) for line, literal in literals for ch in literal if ord(ch) > 0x7E]


def main():
    if len(sys.argv) < 4:
        sys.exit('usage: subset_font.py FONT.ttf OUT.ttf RANGES.cpp TEXT_FILE...')
    font_path, out_path, ranges_path, *text_paths = sys.argv[1:]

    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    options.drop_tables += ['GDEF', 'GPOS', 'GSUB', 'kern', 'FFTM', 'gasp', 'hdmx', 'LTSH',
                            'VDMX', 'vhea', 'vmtx', 'MATH']
    options.name_IDs = KEPT_NAME_IDS
    options.notdef_outline = True
    font = TTFont(font_path)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(glyph_ranges(ranges_path)))
    subsetter.subset(font)
    font.save(out_path)

    kept = set(TTFont(out_path).getBestCmap())
    missing = []
    for path in text_paths:
        for line, ch in used_characters(path):
            if ord(ch) not in kept:
                missing.append(f'{path}:{line}: "{ch}" (U+{ord(ch):04X}) is not in the UI '
                               f'font: add it to a glyph range in {ranges_path}')
    if missing:
        sys.exit('subset_font: texts use characters the app cannot draw:\n' +
                 '\n'.join(sorted(set(missing))))


if __name__ == '__main__':
    main()
