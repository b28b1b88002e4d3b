# colorsys: round trips between RGB and YIQ, HLS, HSV for named colours and a grid of values,
# clamping in yiq_to_rgb, the hue wrap-around, grey (zero saturation) inputs, and a small
# palette generator.
import colorsys

named = {"black": (0, 0, 0), "white": (1, 1, 1), "red": (1, 0, 0), "lime": (0, 1, 0),
         "blue": (0, 0, 1), "olive": (0.5, 0.5, 0), "teal": (0, 0.5, 0.5),
         "orange": (1, 0.647, 0), "grey": (0.5, 0.5, 0.5)}
for name, rgb in named.items():
    yiq = colorsys.rgb_to_yiq(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    hsv = colorsys.rgb_to_hsv(*rgb)
    print(name, yiq, hls, hsv)
    print("  back", colorsys.yiq_to_rgb(*yiq), colorsys.hls_to_rgb(*hls),
          colorsys.hsv_to_rgb(*hsv))

steps = [0.0, 0.2, 0.35, 0.5, 0.75, 1.0]
worst = 0.0
for r in steps:
    for g in steps:
        for b in steps:
            for there, back in ((colorsys.rgb_to_hls, colorsys.hls_to_rgb),
                                (colorsys.rgb_to_hsv, colorsys.hsv_to_rgb),
                                (colorsys.rgb_to_yiq, colorsys.yiq_to_rgb)):
                rr, gg, bb = back(*there(r, g, b))
                worst = max(worst, abs(rr - r), abs(gg - g), abs(bb - b))
print("worst round-trip error below 1e-9:", worst < 1e-9)

print(colorsys.yiq_to_rgb(1.0, 1.0, 1.0), colorsys.yiq_to_rgb(0.0, -1.0, -1.0))
print(colorsys.hsv_to_rgb(1.0, 1.0, 1.0), colorsys.hsv_to_rgb(1.25, 1.0, 1.0),
      colorsys.hsv_to_rgb(-0.25, 0.5, 1.0))
print(colorsys.hls_to_rgb(1.0, 0.5, 1.0), colorsys.hls_to_rgb(0.5, 0.75, 0.0))
print(colorsys.hls_to_rgb(2 / 3, 0.25, 0.5), colorsys.rgb_to_hls(0.2, 0.4, 0.4))
print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD, colorsys.__all__)
print(colorsys.rgb_to_hsv(2, 1, 0), colorsys.rgb_to_hls(0.9, 0.8, 0.95))


def palette(n, saturation=0.65, value=0.9):
    """n evenly spaced hues as #rrggbb strings."""
    out = []
    for k in range(n):
        r, g, b = colorsys.hsv_to_rgb(k / n, saturation, value)
        out.append("#%02x%02x%02x" % (round(r * 255), round(g * 255), round(b * 255)))
    return out


print(palette(6))
print(palette(4, 0.3, 0.5))
try:
    colorsys.rgb_to_hsv("r", "g", "b")
except TypeError as exc:
    print("TypeError:", exc)
