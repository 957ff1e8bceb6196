#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that a PNG is a real picture of the workbench window, not an empty or blank file.

Used by check-clean-debian.sh on the run command's screenshot. Python's standard library only
(the clean root's host may have nothing else): decodes the PNG, then requires a window-sized
picture with many colours and no single colour covering nearly all of it.

Usage: check-screenshot.py FILE.png [--min-width W] [--min-height H]
"""
import argparse
import struct
import sys
import zlib


def decode(path):
    """Returns (width, height, rows of pixel tuples) for an 8-bit RGB/RGBA PNG."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat.append(chunk)
        elif kind == b"IEND":
            break
        pos += 12 + length
    if header is None:
        raise ValueError("no IHDR chunk")
    width, height, depth, colour, _, _, interlace = header
    channels = {2: 3, 6: 4}.get(colour)
    if depth != 8 or channels is None or interlace:
        raise ValueError(f"unexpected PNG kind (depth {depth}, colour type {colour}, interlace {interlace})")
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    if len(raw) != height * (stride + 1):
        raise ValueError("image data is truncated")
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            upleft = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + ((left + up) >> 1)) & 0xFF
            elif kind == 4:
                p = left + up - upleft
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - upleft)
                pred = left if pa <= pb and pa <= pc else (up if pb <= pc else upleft)
                line[i] = (line[i] + pred) & 0xFF
            elif kind != 0:
                raise ValueError(f"bad filter type {kind} on row {y}")
        rows.append(line)
        previous = line
    return width, height, rows, channels


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("png")
    parser.add_argument("--min-width", type=int, default=800)
    parser.add_argument("--min-height", type=int, default=500)
    args = parser.parse_args()
    try:
        width, height, rows, channels = decode(args.png)
    except (OSError, ValueError, zlib.error) as e:
        print(f"check-screenshot: {args.png}: {e}", file=sys.stderr)
        return 1
    counts = {}
    for line in rows[::4]:  # every 4th row is plenty to count colours
        for i in range(0, len(line), channels * 2):
            px = bytes(line[i:i + 3])
            counts[px] = counts.get(px, 0) + 1
    sampled = sum(counts.values())
    commonest = max(counts.values()) / sampled
    print(f"check-screenshot: {args.png}: {width}x{height}, {len(counts)} colours, "
          f"commonest covers {commonest:.0%}")
    problems = []
    if width < args.min_width or height < args.min_height:
        problems.append(f"smaller than {args.min_width}x{args.min_height}")
    if len(counts) < 32:
        problems.append("fewer than 32 colours: not a rendered window")
    if commonest > 0.95:
        problems.append("one colour covers over 95% of it: a blank window")
    for p in problems:
        print(f"check-screenshot: {args.png}: {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
