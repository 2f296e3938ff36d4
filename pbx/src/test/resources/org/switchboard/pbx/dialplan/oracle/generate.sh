#!/bin/sh
# Regenerates the *.out oracle files from the *.cases files by running Asterisk 22.10.1's own C
# functions: __ast_app_separate_args (app.c), ext_cmp, _extension_match_core, ext_strncpy and
# ext_fluff_count (pbx.c), ast_build_timing and ast_check_timing2 (pbx_timing.c, in UTC),
# parse_variable_name and substring (pbx_variables.c). The functions are cut out of a local
# Asterisk clone at generation time (extract.py) and compiled with harness_head.c.txt and
# harness_main.c.txt; no Asterisk code is kept in this repository.
# Usage: generate.sh <asterisk git dir>
set -eu
REPO=$1
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for f in app.c pbx.c pbx_timing.c pbx_variables.c; do
    git -C "$REPO" show "22.10.1:main/$f" > "$WORK/$f"
done
X="python3 $HERE/extract.py"
{
    cat "$HERE/harness_head.c.txt"
    sed -n '/^static const char \* const days\[\] =/,/^};/p;/^static const char \* const months\[\] =/,/^};/p' "$WORK/pbx_timing.c"
    $X "$WORK/app.c" '^unsigned int __ast_app_separate_args\('
    $X "$WORK/pbx.c" '^static int ext_cmp_exten_strlen\(' '^static int ext_cmp_exten_partial\(' \
        '^static int ext_cmp_exten\(' '^static int ext_cmp_pattern_pos\(' '^static int ext_cmp_pattern\(' \
        '^static int ext_cmp\(.*\)$' '^static int _extension_match_core\(' '^static int ext_fluff_count\(' \
        '^static unsigned int ext_strncpy\(.*\)$'
    $X "$WORK/pbx_timing.c" '^static int lookup_name\(' '^static unsigned get_range\(' '^static void get_timerange\(' \
        '^int ast_build_timing\(' '^int ast_check_timing2\('
    $X "$WORK/pbx_variables.c" '^static int parse_variable_name\(' '^static char \*substring\('
    cat "$HERE/harness_main.c.txt"
} | sed 's/ast_log(LOG_WARNING, /ast_log(0, /g; s/ast_log(LOG_ERROR, /ast_log(0, /g' > "$WORK/harness.c"
gcc -w -o "$WORK/harness" "$WORK/harness.c"
for c in "$HERE"/sep.cases "$HERE"/cmp.cases "$HERE"/match.cases "$HERE"/names.cases "$HERE"/timing.cases "$HERE"/substr.cases; do
    "$WORK/harness" < "$c" > "${c%.cases}.out" 2>/dev/null
done

# libc.*: glibc's own printf, strtold/%.18Lg and strftime (libc_harness.c.txt, no Asterisk code)
gcc -o "$WORK/libc" -x c "$HERE/libc_harness.c.txt"
"$WORK/libc" < "$HERE/libc.cases" > "$HERE/libc.out"
