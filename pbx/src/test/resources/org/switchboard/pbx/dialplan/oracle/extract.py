import re, sys
# usage: extract.py file func_regex... ; prints each function (signature line .. first line "}")
src = open(sys.argv[1], encoding='latin-1').read().split('\n')
for pat in sys.argv[2:]:
    rx = re.compile(pat)
    for i, l in enumerate(src):
        if rx.match(l):
            j = i
            out = []
            while True:
                out.append(src[j])
                if src[j] == '}':
                    break
                j += 1
            print('\n'.join(out))
            print()
            break
    else:
        sys.exit('not found: ' + pat)
