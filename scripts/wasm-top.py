#!/usr/bin/env python3
"""Lists the largest functions of the release wasm (before wasm-bindgen), to find what costs size.
Usage: python3 scripts/wasm-top.py [path.wasm] [count]"""
import sys

path = sys.argv[1] if len(sys.argv) > 1 else 'target/wasm32-unknown-unknown/release/cramp-coach.wasm'
count = int(sys.argv[2]) if len(sys.argv) > 2 else 30
data = open(path, 'rb').read()


def leb(b, i):
    r = s = 0
    while True:
        x = b[i]
        i += 1
        r |= (x & 0x7F) << s
        s += 7
        if x < 0x80:
            return r, i


i, imports, bodies, names = 8, 0, [], {}
while i < len(data):
    sid = data[i]
    i += 1
    size, i = leb(data, i)
    end = i + size
    if sid == 2:
        n, j = leb(data, i)
        for _ in range(n):
            for _ in range(2):
                l, j = leb(data, j)
                j += l
            kind = data[j]
            j += 1
            if kind == 0:
                _, j = leb(data, j)
                imports += 1
            elif kind == 1:
                j += 1
                flags, j = leb(data, j)
                _, j = leb(data, j)
                if flags & 1:
                    _, j = leb(data, j)
            elif kind == 2:
                flags, j = leb(data, j)
                _, j = leb(data, j)
                if flags & 1:
                    _, j = leb(data, j)
            else:
                j += 2
    elif sid == 10:
        n, j = leb(data, i)
        for _ in range(n):
            l, j = leb(data, j)
            bodies.append(l)
            j += l
    elif sid == 0:
        l, j = leb(data, i)
        if data[j:j + l] == b'name':
            j += l
            while j < end:
                sub = data[j]
                j += 1
                sl, j = leb(data, j)
                if sub == 1:
                    n, k = leb(data, j)
                    for _ in range(n):
                        idx, k = leb(data, k)
                        l2, k = leb(data, k)
                        names[idx] = data[k:k + l2].decode('utf8', 'replace')
                        k += l2
                j += sl
    i = end

items = sorted(((size, names.get(n + imports, '?')) for n, size in enumerate(bodies)), reverse=True)
print(f'{len(bodies)} functions, {sum(bodies)} bytes of code (before wasm-opt)')
for size, name in items[:count]:
    print(f'{size:7d} {name[:160]}')
