#!/usr/bin/env python3
"""The measures issue 27 asked for: the 10 largest source files outside tests/, the 10 longest
functions (a definition at column 0 to its closing brace), and the lines that name a specific
kernel outside its own folder (sim/ aside). Usage: scripts/code-measures.py [ROOT]"""
import os, re, sys, subprocess
root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
files = []
for d, _, fs in os.walk(root):
    if '/tests' in d[len(root):] or '/build' in d[len(root):] or '/.git' in d[len(root):]:
        continue
    for f in fs:
        if f.endswith(('.cpp', '.h')):
            files.append(os.path.join(d, f))
sizes = sorted(((sum(1 for _ in open(p, errors='replace')), os.path.relpath(p, root)) for p in files), reverse=True)
print('largest files:')
for n, p in sizes[:10]:
    print(f'  {n:5d} {p}')
print('  total', sum(n for n, _ in sizes), 'lines in', len(sizes), 'files')
funcs = []
for p in files:
    if not p.endswith('.cpp'): continue
    lines = open(p, errors='replace').read().split('\n')
    i = 0
    while i < len(lines):
        l = lines[i]
        if re.match(r'^[A-Za-z].*\)\s*(const)?\s*(override)?\s*$', l) or re.match(r'^[A-Za-z][^;]*\($', l):
            # signature may span lines until a line '{'
            j = i
            while j < len(lines) and lines[j] != '{' and j - i < 6:
                j += 1
            if j < len(lines) and lines[j] == '{':
                k = j + 1
                while k < len(lines) and lines[k] != '}':
                    k += 1
                name = re.sub(r'\s+', ' ', l.strip())[:90]
                funcs.append((k - i + 1, os.path.relpath(p, root), name))
                i = k
        i += 1
funcs.sort(reverse=True)
print('longest functions:')
for n, p, name in funcs[:10]:
    print(f'  {n:4d} {p}: {name}')
pat = re.compile(r'BackendKind::(OpenMosix|MattX|Linux)\b|\b(OpenMosixBackend|MattXBackend|LinuxBackend)\b|backend/(openmosix|mattx|linux)/|\b(openMosixDriver|mattXDriver|linuxDriver)\(')
places = []
for p in files:
    rel = os.path.relpath(p, root)
    if re.match(r'(common/core/backend/(openmosix|mattx|linux)/|sim/)', rel):
        continue
    for ln, l in enumerate(open(p, errors='replace'), 1):
        if pat.search(l):
            places.append(f'{rel}:{ln}')
files_naming = sorted(set(x.rsplit(':', 1)[0] for x in places))
print('places naming a specific kernel outside its folder (sim/ aside):', len(places), 'lines in', len(files_naming), 'files')
for f in files_naming:
    print('  ', f, sum(1 for x in places if x.startswith(f + ':')))
