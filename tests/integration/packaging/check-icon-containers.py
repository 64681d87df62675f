#!/usr/bin/env python3
"""check-icon-containers.py RENDERER SVG FOLDER ICO_SIZES ICNS_SIZES: the Windows .ico and the macOS .icns that app/desktop builds
on those systems, rendered here by the same zcrm-render-icon and read back: every directory entry points at a
PNG of the size it declares, and the containers' lengths add up."""
import struct
import subprocess
import sys
from pathlib import Path


def png_size(data: bytes) -> tuple:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "an entry is not a PNG"
    assert data[12:16] == b"IHDR", "a PNG without IHDR"
    return struct.unpack(">II", data[16:24])


def check_ico(path: Path, sizes: list) -> None:
    data = path.read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(sizes)), f"ICONDIR {reserved} {kind} {count}"
    end = 6 + 16 * count
    for i, size in enumerate(sizes):
        w, h, colors, _, planes, bpp, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i:22 + 16 * i])
        assert (w or 256, h or 256) == (size, size), f"entry {i}: {w}x{h}, not {size}"
        assert (colors, planes, bpp) == (0, 1, 32), f"entry {i}: {colors} {planes} {bpp}"
        assert png_size(data[offset:offset + length]) == (size, size), f"entry {i}: the PNG is not {size}"
        end = max(end, offset + length)
    assert end == len(data), f"{path.name}: {len(data)} bytes, entries end at {end}"


def check_icns(path: Path, sizes: list) -> None:
    data = path.read_bytes()
    assert data[:4] == b"icns", "no icns magic"
    assert struct.unpack(">I", data[4:8])[0] == len(data), "the icns length is not the file's"
    pos, seen = 8, []
    while pos < len(data):
        kind, length = data[pos:pos + 4].decode("ascii"), struct.unpack(">I", data[pos + 4:pos + 8])[0]
        w, h = png_size(data[pos + 8:pos + length])
        assert w == h, f"{kind}: {w}x{h}"
        seen.append(w)
        pos += length
    assert pos == len(data), "the entries overrun the file"
    assert seen == sizes, f"icns sizes {seen}, not {sizes}"


def main() -> int:
    renderer, svg, folder = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    folder.mkdir(parents=True, exist_ok=True)
    # The build's own lists (ZCRM_ICO_SIZES, ZCRM_ICNS_SIZES), as CMake passes a list: "16;20;…".
    ico_sizes = [int(size) for size in sys.argv[4].split(";")]
    icns_sizes = [int(size) for size in sys.argv[5].split(";")]
    subprocess.run([renderer, "--ico", str(folder / "zcrm-explorer.ico"), svg, *map(str, ico_sizes)], check=True)
    subprocess.run([renderer, "--icns", str(folder / "ZcrmExplorer.icns"), svg, *map(str, icns_sizes)], check=True)
    check_ico(folder / "zcrm-explorer.ico", ico_sizes)
    check_icns(folder / "ZcrmExplorer.icns", icns_sizes)
    # A size a container cannot hold is refused, with a usage error.
    refused = subprocess.run([renderer, "--icns", str(folder / "bad.icns"), svg, "100"], capture_output=True)
    assert refused.returncode == 2 and not (folder / "bad.icns").exists(), "a size icns cannot hold was written"
    print(f"zcrm-explorer.ico: {ico_sizes}; ZcrmExplorer.icns: {icns_sizes}; all PNG, lengths consistent")
    return 0


if __name__ == "__main__":
    sys.exit(main())
