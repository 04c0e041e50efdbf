"""The app icon: one SVG source and the renditions each platform's installer needs."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

APP = Path(__file__).resolve().parents[2] / "resources" / "app"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def test_svg_source_is_plain_svg() -> None:
    root = ET.parse(APP / "immunosep.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"
    tags = {el.tag.split("}")[1] for el in root.iter()}
    assert not tags & {"clipPath", "filter", "mask", "image", "script"}  # QtSvg Tiny draws it


@pytest.mark.parametrize("size", PNG_SIZES)
def test_png_renditions(size: int) -> None:
    with Image.open(APP / f"immunosep-{size}.png") as im:
        assert im.format == "PNG" and im.size == (size, size) and im.mode == "RGBA"
        alpha = im.getchannel("A")
        assert alpha.getpixel((0, 0)) == 0  # transparent corner: rounded card, not a square
        assert alpha.getpixel((size // 2, size // 2)) == 255


def test_windows_ico_has_the_sizes_explorer_uses() -> None:
    with Image.open(APP / "immunosep.ico") as im:
        assert im.format == "ICO"
        assert {(s, s) for s in (16, 24, 32, 48, 64, 128, 256)} <= set(im.ico.sizes())


def test_macos_icns_opens() -> None:
    with Image.open(APP / "immunosep.icns") as im:
        assert im.format == "ICNS"
        # (points, points, scale): the 1024-px retina image down to the 32-px one
        assert {(512, 512, 2), (256, 256, 1), (128, 128, 1), (16, 16, 2)} <= set(im.info["sizes"])
