"""Conversions between RGB and the YIQ, HLS and HSV color systems.

Written for Immortal from the documented interface of CPython 3.12's colorsys. Every coordinate is a
float; RGB, HLS and HSV values lie in [0, 1], YIQ's I and Q may be negative.
"""

__all__ = ["rgb_to_yiq", "yiq_to_rgb", "rgb_to_hls", "hls_to_rgb",
           "rgb_to_hsv", "hsv_to_rgb"]

ONE_THIRD = 1.0 / 3.0
ONE_SIXTH = 1.0 / 6.0
TWO_THIRD = 2.0 / 3.0


def _clamp(x):
    if x < 0.0:
        return 0.0
    if x > 1.0:
        return 1.0
    return x


# YIQ (the NTSC television system), with the FCC's coefficients.

def rgb_to_yiq(r, g, b):
    y = 0.30 * r + 0.59 * g + 0.11 * b
    red_diff = r - y
    blue_diff = b - y
    i = 0.74 * red_diff - 0.27 * blue_diff
    q = 0.48 * red_diff + 0.41 * blue_diff
    return (y, i, q)


def yiq_to_rgb(y, i, q):
    # The inverse of the matrix above, computed once and written out.
    r = y + 0.9468822170900693 * i + 0.6235565819861433 * q
    g = y - 0.27478764629897834 * i - 0.6356910791873801 * q
    b = y - 1.1085450346420322 * i + 1.7090069284064666 * q
    return (_clamp(r), _clamp(g), _clamp(b))


def _hue(r, g, b, hi, spread):
    # Hue in [0, 1) from which channel is the largest and how far the other two are below it.
    rd = (hi - r) / spread
    gd = (hi - g) / spread
    bd = (hi - b) / spread
    if r == hi:
        h = bd - gd
    elif g == hi:
        h = 2.0 + rd - bd
    else:
        h = 4.0 + gd - rd
    return (h / 6.0) % 1.0


# HLS: hue, luminance, saturation.

def rgb_to_hls(r, g, b):
    hi = max(r, g, b)
    lo = min(r, g, b)
    total = hi + lo
    spread = hi - lo
    l = total / 2.0
    if lo == hi:
        return 0.0, l, 0.0
    if l <= 0.5:
        s = spread / total
    else:
        s = spread / (2.0 - hi - lo)
    return _hue(r, g, b, hi, spread), l, s


def _channel(m1, m2, hue):
    hue = hue % 1.0
    if hue < ONE_SIXTH:
        return m1 + (m2 - m1) * hue * 6.0
    if hue < 0.5:
        return m2
    if hue < TWO_THIRD:
        return m1 + (m2 - m1) * (TWO_THIRD - hue) * 6.0
    return m1


def hls_to_rgb(h, l, s):
    if s == 0.0:
        return l, l, l
    if l <= 0.5:
        m2 = l * (1.0 + s)
    else:
        m2 = l + s - (l * s)
    m1 = 2.0 * l - m2
    return (_channel(m1, m2, h + ONE_THIRD), _channel(m1, m2, h), _channel(m1, m2, h - ONE_THIRD))


# HSV: hue, saturation, value.

def rgb_to_hsv(r, g, b):
    hi = max(r, g, b)
    lo = min(r, g, b)
    if lo == hi:
        return 0.0, 0.0, hi
    spread = hi - lo
    return _hue(r, g, b, hi, spread), spread / hi, hi


def hsv_to_rgb(h, s, v):
    if s == 0.0:
        return v, v, v
    sector = int(h * 6.0)
    f = (h * 6.0) - sector
    p = v * (1.0 - s)
    q = v * (1.0 - s * f)
    t = v * (1.0 - s * (1.0 - f))
    sector = sector % 6
    return ((v, t, p), (q, v, p), (p, v, t), (p, q, v), (t, p, v), (v, p, q))[sector]
