// repr() of Python floats: the shortest digits that round-trip, laid out as CPython 3.12 does
// (Python/pystrtod.c: PyOS_double_to_string with 'r' and Py_DTSF_ADD_DOT_0, format_float_short).
// JS's Number-to-String already yields the shortest round-tripping digits (closest to the value when
// several are shortest, as David Gay's dtoa mode 0 does); only the layout differs.

// Second result of shortestDigits, kept outside so the call allocates nothing but its string.
const DEC_EXP = new Int32Array(1);

/**
 * The shortest decimal digits of a finite non-zero |x| and its scientific exponent, from JS's
 * Number::toString. Returns the digits (no leading or trailing zeros) and writes the exponent to DEC_EXP[0]:
 * |x| = d.ddd * 10**DEC_EXP[0].
 */
function shortestDigits(ax: number): string {
  const s = String(ax);
  const ePos = s.indexOf('e');
  if (ePos >= 0) {
    // "d.ddde+N" / "de-N"
    DEC_EXP[0] = Number(s.slice(ePos + 1));
    const mant = s.slice(0, ePos);
    return mant.length > 1 ? mant[0] + mant.slice(2) : mant;
  }
  const dot = s.indexOf('.');
  if (dot < 0) {
    // integer text: "123000" -> digits "123", exponent 5
    let end = s.length;
    while (end > 1 && s.charCodeAt(end - 1) === 48) end--;
    DEC_EXP[0] = s.length - 1;
    return s.slice(0, end);
  }
  if (s.charCodeAt(0) === 48) {
    // "0.000123" -> digits "123", exponent -4
    let i = 2;
    while (s.charCodeAt(i) === 48) i++;
    DEC_EXP[0] = -(i - 1);
    return s.slice(i);
  }
  // "123.456" (toString never leaves trailing zeros after the point)
  DEC_EXP[0] = dot - 1;
  return s.slice(0, dot) + s.slice(dot + 1);
}

/**
 * repr(x) for a Python float: 'inf', '-inf', 'nan', '-0.0', '1.0', '1e+16', '1e-05', '0.0001', ...
 * Positional when the decimal exponent is in [-4, 16), scientific (at least 2 exponent digits) otherwise.
 * https://docs.python.org/3/tutorial/floatingpoint.html
 */
export function floatRepr(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return 1 / x < 0 ? '-0.0' : '0.0';
  const neg = x < 0;
  const digits = shortestDigits(neg ? -x : x);
  const exp = DEC_EXP[0];
  const nd = digits.length;
  let out: string;
  if (exp < -4 || exp >= 16) {
    const mant = nd > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const ae = exp < 0 ? -exp : exp;
    out = mant + (exp < 0 ? 'e-' : 'e+') + (ae < 10 ? '0' + ae : String(ae));
  } else if (exp < 0) {
    out = '0.' + '0'.repeat(-exp - 1) + digits;
  } else if (exp + 1 >= nd) {
    out = digits + '0'.repeat(exp + 1 - nd) + '.0';
  } else {
    out = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
  }
  return neg ? '-' + out : out;
}

/**
 * The float part of a complex repr: like floatRepr but without the '.0' that repr adds to integral
 * values (CPython formats complex parts with 'r' and no Py_DTSF_ADD_DOT_0): 1j, 1.5j, 1e+16j.
 */
export function floatReprNoDot0(x: number): string {
  const s = floatRepr(x);
  return s.endsWith('.0') ? s.slice(0, -2) : s;
}
