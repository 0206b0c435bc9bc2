#!/usr/bin/env python3
"""Share of CPU samples spent inside libxlsxwriter and zlib (the floor), from `perf script` output.

A sample counts as the floor when any frame of its call chain is in libxlsxwriter, zlib or minizip
(so the printf and malloc the library calls count as the library's). Chains are unwound with frame
pointers; a libc sample whose chain is cut before reaching its caller counts as outside the floor,
so the share outside is if anything overstated.
Usage: perf script -i perf.data -F ip,sym,dso | perf-floor-share.py
"""
import collections, re, sys

FLOOR = re.compile(r"\((?:[^)]*/)?(libxlsxwriter\.so[^)]*|libz\.so[^)]*|libminizip\.so[^)]*)\)")
total = floor = 0
outside = collections.Counter()
frames = []

def flush():
    global total, floor
    if not frames:
        return
    total += 1
    if any(FLOOR.search(f) for f in frames):
        floor += 1
    else:
        m = re.search(r"\(([^)]*)\)\s*$", frames[0])
        outside[(m.group(1).rsplit("/", 1)[-1] if m else "?")] += 1
    frames.clear()

for line in sys.stdin:
    if line.strip():
        frames.append(line.strip())
    else:
        flush()
flush()
if total == 0:
    sys.exit("perf-floor-share: no samples")
print(f"samples {total}: inside libxlsxwriter+zlib {floor / total:.1%}, outside {1 - floor / total:.1%}")
print("outside, by where the sample landed: " + ", ".join(f"{k} {v / total:.1%}" for k, v in outside.most_common(6)))
