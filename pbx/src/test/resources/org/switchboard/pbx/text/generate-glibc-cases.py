#!/usr/bin/env python3
"""Regenerates the glibc expectations used by PosixRegexGlibcTableTest.

Asks the machine's own glibc (regcomp with REG_EXTENDED|REG_NOSUB [|REG_ICASE], then regexec),
in the C locale, through ctypes. Run from this directory:

    python3 generate-glibc-cases.py > glibc-ere-cases.tsv
    python3 generate-glibc-cases.py classes > glibc-c-locale-classes.tsv

Format of glibc-ere-cases.tsv, one case per line, TAB separated:
    flags ('-' or 'i' for REG_ICASE), pattern, subject, expected ('match', 'nomatch' or the
    REG_* error name regcomp returned, with an empty subject).
Bytes below 0x21, from 0x7f up and '%' are written %XX.
"""
import ctypes
import random
import sys

libc = ctypes.CDLL("libc.so.6")
libc.setlocale.restype = ctypes.c_char_p
libc.setlocale(6, b"C")  # LC_ALL
REG_EXTENDED, REG_ICASE, REG_NOSUB = 1, 2, 8
NAMES = ["NOERROR", "NOMATCH", "BADPAT", "ECOLLATE", "ECTYPE", "EESCAPE", "ESUBREG", "EBRACK",
         "EPAREN", "EBRACE", "BADBR", "ERANGE", "ESPACE", "BADRPT", "EEND", "ESIZE", "ERPAREN"]


def compile_(pattern, icase):
    buf = ctypes.create_string_buffer(512)
    rc = libc.regcomp(buf, pattern.encode("latin-1"), REG_EXTENDED | REG_NOSUB | (REG_ICASE if icase else 0))
    return (None, NAMES[rc]) if rc else (buf, None)


def matches(buf, subject):
    return libc.regexec(buf, subject.encode("latin-1"), 0, None, 0) == 0


def enc(s):
    return "".join("%%%02X" % ord(c) if ord(c) <= 0x20 or ord(c) >= 0x7f or c == "%" else c for c in s)


ATOMS = ["a", "b", "A", "B", "_", ".", "*", "+", "?", "|", "(", ")", "[", "]", "^", "$", "{", "}", ",", "0", "1",
         "2", "\\", "-", ":", "=", "\xe9", "\n", " ", "[[:alpha:]]", "[[:upper:]]", "[[:lower:]]", "[[:punct:]]",
         "[[:space:]]", "\\w", "\\W", "\\s", "\\b", "\\B", "\\<", "\\>", "\\1", "\\2", "[^a]", "{1,2}", "{2}",
         "{,1}", "{1,}", "(a|b)", "[a-c]", "[]a]", "[^]]", "\\.", "\\a", "\\A", "\\`", "\\'", "[[.a.]]", "[[=b=]]",
         "[a-]", "[-b]", "\\{", "\\}", "\\(", "\\)", "[\\]", "[\\w]"]


def fuzz(seed, patterns):
    rnd = random.Random(seed)
    seen = set()
    for _ in range(patterns):
        pattern = "".join(rnd.choice(ATOMS) for _ in range(rnd.randint(1, 8)))
        icase = rnd.random() < 0.25
        if (pattern, icase) in seen:
            continue
        seen.add((pattern, icase))
        flag = "i" if icase else "-"
        buf, err = compile_(pattern, icase)
        if err:
            yield "%s\t%s\t\t%s" % (flag, enc(pattern), err)
            continue
        pool = [c for c in pattern if c not in "\\[]{}()*+?|^$"] + ["\n", "a", "A", " ", "_", "\xe9", "-"]
        for _ in range(4):
            subject = "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 10)))
            yield "%s\t%s\t%s\t%s" % (flag, enc(pattern), enc(subject), "match" if matches(buf, subject) else "nomatch")
        libc.regfree(buf)


def classes():
    for name in ["alnum", "alpha", "blank", "cntrl", "digit", "graph", "lower", "print", "punct", "space", "upper",
                 "xdigit"]:
        for icase in (False, True):
            buf, err = compile_("^[[:%s:]]$" % name, icase)
            bits = 0
            for b in range(1, 256):  # a C string cannot hold NUL
                if matches(buf, chr(b)):
                    bits |= 1 << b
            print("%s\t%s\t%064x" % (name, "i" if icase else "-", bits))


if __name__ == "__main__":
    if sys.argv[1:] == ["classes"]:
        classes()
    else:
        for line in fuzz(20250101, 1500):
            print(line)
