#!/bin/sh
# Regenerates ast_expr2-oracle.tsv by running Asterisk's own $[...] parser.
# It compiles main/ast_expr2.c and main/ast_expr2f.c of Asterisk 22.10.1 (taken from a local
# clone, never copied into this repository) in their STANDALONE mode on glibc/x86-64, with tiny
# stand-in headers, and feeds it cases.txt (one expression per line).
# Usage: generate-expr-oracle.sh <asterisk git dir> <cases.txt> > ast_expr2-oracle.tsv
set -eu
REPO=$1
CASES=$2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/asterisk"
for f in ast_expr2.c ast_expr2f.c ast_expr2.h; do
    git -C "$REPO" show "22.10.1:main/$f" > "$WORK/$f"
done
{
    for fn in COSL SINL TANL ACOSL ASINL ATANL ATAN2L POWL SQRTL RINTL EXPL LOGL REMAINDERL FMODL \
              STRTOLD FLOORL CEILL ROUNDL TRUNCL EXP2L EXP10L LOG2L LOG10L; do
        echo "#define HAVE_$fn 1"
    done
    echo '#define _GNU_SOURCE 1'
    echo '#define __P(x) x'
    echo '#include <stdarg.h>'
} > "$WORK/asterisk.h"
cat > "$WORK/asterisk/logger.h" <<'H'
#define _A_ __FILE__, __LINE__, __func__
#define LOG_NOTICE 2, _A_
#define LOG_WARNING 3, _A_
#define LOG_ERROR 4, _A_
void ast_log(int level, const char *file, int line, const char *function, const char *fmt, ...);
H
echo 'struct ast_channel; int ast_expr(char *expr, char *buf, int length, struct ast_channel *chan);' \
    > "$WORK/asterisk/ast_expr.h"
gcc -w -D__USE_ISOC99 -DSTANDALONE -DSTANDALONE2 -I"$WORK" -o "$WORK/expr" \
    "$WORK/ast_expr2.c" "$WORK/ast_expr2f.c" -lm
python3 - "$WORK/expr" "$CASES" <<'PY'
import re, subprocess, sys
exe, cases = sys.argv[1], sys.argv[2]
for line in open(cases, encoding='latin-1').read().split('\n'):
    if not line:
        continue
    out = subprocess.run([exe, line], capture_output=True, text=True, encoding='latin-1').stdout
    lines = out.split('\n')
    m = re.search(r'=====(.*)======', out, re.S)
    result = '' if 'No result' in out else (m.group(1) if m else '')
    logs = [l.split('func: ', 1)[1].split('  ', 1)[1] for l in lines if l.startswith('LOG:')]
    print(line.replace('\\', '\\\\') + '\t' + result + '\t' + ' | '.join(logs))
PY
