# Special and boundary values of the libm-backed math functions (zeros and their signs, subnormals, infinities,
# NaN, overflow edges, the fast-path thresholds of sin/cos/tan), and atan2 over all pairs of them: results or
# the exception raised, as CPython on Linux gives them.
import math
vals=[0.0,-0.0,math.inf,-math.inf,math.nan,1.0,-1.0,5e-324,-5e-324,1e-310,2.2250738585072014e-308,1.7976931348623157e308,-1.7976931348623157e308,710.0,-710.0,1e-20,2.0**-27,2.0**-26,0.5,3.0,1e16,2.0**28,-2.0**28]
for n in ['sin','cos','tan','atan','asin','acos','cbrt','expm1','log1p','sinh','cosh','tanh','asinh','acosh','atanh','erf','erfc','gamma','lgamma']:
    f=getattr(math,n); row=[]
    for v in vals:
        try: row.append(repr(f(v)))
        except Exception as e: row.append(type(e).__name__)
    print(n,' '.join(row))
for y in vals:
    row=[]
    for x in vals:
        try: row.append(math.atan2(y,x).hex())
        except Exception as e: row.append(type(e).__name__)
    print('atan2',' '.join(row))
