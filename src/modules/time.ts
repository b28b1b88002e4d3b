// The time module: clocks (time, perf_counter, monotonic, process_time and their _ns forms), sleep,
// struct_time conversions (gmtime, localtime, mktime), formatting (strftime, asctime, ctime) and
// parsing (strptime), clock_gettime/clock_getres over Linux clock ids, get_clock_info, tzset. Mirrors Modules/timemodule.c (and _strptime.py's behaviour for the common
// directives). Invariants: sleep blocks the thread (Atomics.wait), as CPython's does; local time
// uses the process time zone through JS Date; struct_time is a struct sequence (structseq.ts).

import { decref, newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { typeNameOf } from '../objects/type.ts';
import { errSetString, errOccurred } from '../objects/errors.ts';
import { TypeError, ValueError, OverflowError } from '../objects/exceptions.ts';
import { strFromJS, strToJS, isStr, strInternImmortal } from '../objects/str.ts';
import { intFromNumber, intFromBigInt, intToBigInt, isInt } from '../objects/int.ts';
import { floatNew, isFloat, floatValue } from '../objects/float.ts';
import { tupleSize, tupleGetItemBorrow, isTuple, tuplePack } from '../objects/tuple.ts';
import { Py_None } from '../objects/none.ts';
import { floatAsDoubleAny, numberIndex } from '../objects/abstract.ts';
import { argAt, type MethodDef } from '../objects/methodobject.ts';
import { nativeModuleNew, moduleAddSteal } from './native.ts';
import { structseqNewType, structseqNew, type StructSeqDesc } from './structseq.ts';
import { moduleStateAddSteal, moduleStateBorrow } from '../objects/module.ts';
import { exceptionTypes } from '../objects/exceptions.ts';
import { Py_True, Py_False } from '../objects/bool.ts';
import { objectCallArgs, objectGetAttrString } from '../objects/abstract.ts';
import { importModuleLevel } from '../vm/import.ts';
import { oserrorRaise, ERRNO } from '../vm/oserror.ts';
import { localZoneNames } from './tzname.ts';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const DAYS_FULL = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

/** A broken-down time: the nine struct_time fields plus zone and gmtoff. */
interface TM {
  year: number; mon: number; mday: number; hour: number; min: number; sec: number;
  wday: number; yday: number; isdst: number; zone: string; gmtoff: number;
}

const START_NS = process.hrtime.bigint();
const sleepCell = new Int32Array(new SharedArrayBuffer(4));

function nowNs(): bigint {
  return BigInt(Math.round((performance.timeOrigin + performance.now()) * 1000)) * 1000n;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function yday(y: number, m: number, d: number): number {
  const cum = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
  return cum[m - 1] + d + (m > 2 && isLeap(y) ? 1 : 0);
}

/** The abbreviation of the local zone at d, daylight saving time or not (modules/tzname.ts; ICU's short name when no rule can be read). */
function zoneName(d: Date, isdst: boolean): string {
  const names = localZoneNames();
  if (names !== null) return names[isdst ? 1 : 0];
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(d);
    const z = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'UTC';
    return z === 'GMT' && d.getTimezoneOffset() === 0 && tzIsUTC() ? 'UTC' : z;
  } catch { return 'UTC'; }
}

function tzIsUTC(): boolean {
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return tz === 'UTC' || tz === 'Etc/UTC' || tz === undefined;
}

function tmFromDate(d: Date, utc: boolean): TM {
  if (utc) {
    const y = d.getUTCFullYear(), m = d.getUTCMonth() + 1, day = d.getUTCDate();
    return {
      year: y, mon: m, mday: day, hour: d.getUTCHours(), min: d.getUTCMinutes(), sec: d.getUTCSeconds(),
      wday: (d.getUTCDay() + 6) % 7, yday: yday(y, m, day), isdst: 0, zone: 'GMT', gmtoff: 0,
    };
  }
  const y = d.getFullYear(), m = d.getMonth() + 1, day = d.getDate();
  const jan = new Date(y, 0, 1).getTimezoneOffset(), jul = new Date(y, 6, 1).getTimezoneOffset();
  const off = d.getTimezoneOffset();
  const isdst = jan !== jul && off === Math.min(jan, jul);
  return {
    year: y, mon: m, mday: day, hour: d.getHours(), min: d.getMinutes(), sec: d.getSeconds(),
    wday: (d.getDay() + 6) % 7, yday: yday(y, m, day), isdst: isdst ? 1 : 0,
    zone: zoneName(d, isdst), gmtoff: -off * 60,
  };
}

/** The index of time.struct_time in the time module's state (the functions reach it through their module). */
const STATE_STRUCT_TIME = 0;

/** time.struct_time: nine visible fields, tm_zone and tm_gmtoff hidden (attributes only). */
const STRUCT_TIME_DESC: StructSeqDesc = {
  name: 'time.struct_time',
  doc: 'The time value as returned by gmtime(), localtime(), and strptime(), and\n' +
    ' accepted by asctime(), mktime() and strftime().  May be considered as a\n' +
    ' sequence of 9 integers.\n\n' +
    " Note that several fields' values are not the same as those defined by\n" +
    ' the C language standard for struct tm.  For example, the value of the\n' +
    ' field tm_year is the actual year, not year - 1900.  See individual\n' +
    " fields' descriptions for details.",
  fields: [
    { name: 'tm_year', doc: 'year, for example, 1993' },
    { name: 'tm_mon', doc: 'month of year, range [1, 12]' },
    { name: 'tm_mday', doc: 'day of month, range [1, 31]' },
    { name: 'tm_hour', doc: 'hours, range [0, 23]' },
    { name: 'tm_min', doc: 'minutes, range [0, 59]' },
    { name: 'tm_sec', doc: 'seconds, range [0, 61])' },
    { name: 'tm_wday', doc: 'day of week, range [0, 6], Monday is 0' },
    { name: 'tm_yday', doc: 'day of year, range [1, 366]' },
    { name: 'tm_isdst', doc: '1 if summer time is in effect, 0 if not, and -1 if unknown' },
    { name: 'tm_zone', doc: 'abbreviation of timezone name' },
    { name: 'tm_gmtoff', doc: 'offset from UTC in seconds' },
  ],
  nInSequence: 9,
};

function structTimeFromTM(module: Borrowed, tm: TM): Owned | Null {
  return structseqNew(moduleStateBorrow(module, STATE_STRUCT_TIME), [
    intFromNumber(tm.year), intFromNumber(tm.mon), intFromNumber(tm.mday), intFromNumber(tm.hour),
    intFromNumber(tm.min), intFromNumber(tm.sec), intFromNumber(tm.wday), intFromNumber(tm.yday),
    intFromNumber(tm.isdst), strFromJS(tm.zone), intFromNumber(tm.gmtoff),
  ]);
}

/** The seconds argument of gmtime/localtime/ctime (None or absent: now), or null with an error set. */
function secondsArg(args: number, nargs: number, fname: string): number | null {
  if (nargs > 1) { errSetString(TypeError, `${fname}() takes at most 1 argument (${nargs} given)`); return null; }
  if (nargs === 0 || argAt(args, 0) === Py_None) return Date.now() / 1000;
  const o = argAt(args, 0);
  if (isInt(o)) {
    const v = intToBigInt(o);
    if (v > 100000000000000n || v < -100000000000000n) { errSetString(OverflowError, 'timestamp out of range for platform time_t'); return null; }
    return Number(v);
  }
  if (isFloat(o)) {
    const v = floatValue(o);
    if (v !== v) { errSetString(ValueError, 'Invalid value NaN (not a number)'); return null; }
    if (!Number.isFinite(v) || Math.abs(v) > 1e14) { errSetString(OverflowError, 'timestamp out of range for platform time_t'); return null; }
    return Math.floor(v);
  }
  const f = floatAsDoubleAny(o);
  if (f === -1 && errOccurred() !== NULL) {
    if (!isStr(o)) return null;
    return null;
  }
  return Math.floor(f);
}

function dateOfSeconds(s: number): Date | null {
  const d = new Date(Math.floor(s) * 1000);
  if (Number.isNaN(d.getTime())) { errSetString(OverflowError, 'timestamp out of range for platform time_t'); return null; }
  return d;
}

/** A struct_time or 9-tuple argument as a TM, or null with TypeError/ValueError set. */
function tmArg(o: Borrowed, fname: string): TM | null {
  if (!isTuple(o)) {
    errSetString(TypeError, `Tuple or struct_time argument required`);
    return null;
  }
  if (tupleSize(o) !== 9) {
    errSetString(TypeError, `${fname}(): illegal time tuple argument`);
    return null;
  }
  const v: number[] = [];
  for (let i = 0; i < 9; i++) {
    const x = tupleGetItemBorrow(o, i);
    if (!isInt(x)) {
      errSetString(TypeError, `'${typeNameOf(x)}' object cannot be interpreted as an integer`);
      return null;
    }
    v.push(Number(intToBigInt(x)));
  }
  return { year: v[0], mon: v[1], mday: v[2], hour: v[3], min: v[4], sec: v[5], wday: v[6], yday: v[7], isdst: v[8], zone: 'UTC', gmtoff: 0 };
}

/** CPython's gettmarg checks for strftime/asctime (after 0 -> 1 normalisation of month/day). */
function checkTM(tm: TM, fname: string): boolean {
  if (tm.mon === 0) tm.mon = 1;
  if (tm.mday === 0) tm.mday = 1;
  if (tm.yday === 0) tm.yday = 1;
  const bad = (m: string): boolean => { errSetString(ValueError, m); return false; };
  if (tm.mon < 1 || tm.mon > 12) return bad('month out of range');
  if (tm.mday < 1 || tm.mday > 31) return bad('day of month out of range');
  if (tm.hour < 0 || tm.hour > 23) return bad('hour out of range');
  if (tm.min < 0 || tm.min > 59) return bad('minute out of range');
  if (tm.sec < 0 || tm.sec > 61) return bad('seconds out of range');
  if (tm.wday < 0) return bad('day of week out of range');
  if (tm.yday < 1 || tm.yday > 366) return bad('day of year out of range');
  tm.wday = tm.wday % 7;
  void fname;
  return true;
}

const pad = (n: number, w = 2, c = '0'): string => String(n).padStart(w, c);

function isoWeek(tm: TM): [number, number] {
  // ISO 8601: the week with the year's first Thursday is week 1.
  const wdayIso = tm.wday + 1; // Monday=1
  const thursdayYday = tm.yday - wdayIso + 4;
  let year = tm.year;
  let week: number;
  if (thursdayYday < 1) {
    year -= 1;
    const prevLen = isLeap(year) ? 366 : 365;
    week = Math.floor((thursdayYday + prevLen - 1) / 7) + 1;
  } else if (thursdayYday > (isLeap(year) ? 366 : 365)) {
    week = 1; year += 1;
  } else week = Math.floor((thursdayYday - 1) / 7) + 1;
  return [year, week];
}

function asctimeOf(tm: TM): string {
  return `${DAYS[tm.wday % 7]} ${MONTHS[tm.mon - 1]} ${pad(tm.mday, 2, ' ')} ${pad(tm.hour)}:${pad(tm.min)}:${pad(tm.sec)} ${tm.year}`;
}

function strftimeOf(fmt: string, tm: TM): string {
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c !== '%' || i + 1 >= fmt.length) { out += c; continue; }
    const d = fmt[++i];
    const h12 = tm.hour % 12 === 0 ? 12 : tm.hour % 12;
    switch (d) {
      case 'a': out += DAYS[tm.wday]; break;
      case 'A': out += DAYS_FULL[tm.wday]; break;
      case 'b': case 'h': out += MONTHS[tm.mon - 1]; break;
      case 'B': out += MONTHS_FULL[tm.mon - 1]; break;
      case 'c': out += asctimeOf(tm); break;
      case 'C': out += pad(Math.floor(tm.year / 100)); break;
      case 'd': out += pad(tm.mday); break;
      case 'D': out += `${pad(tm.mon)}/${pad(tm.mday)}/${pad(tm.year % 100)}`; break;
      case 'e': out += pad(tm.mday, 2, ' '); break;
      case 'F': out += `${tm.year}-${pad(tm.mon)}-${pad(tm.mday)}`; break;
      case 'G': out += String(isoWeek(tm)[0]); break;
      case 'g': out += pad(isoWeek(tm)[0] % 100); break;
      case 'H': out += pad(tm.hour); break;
      case 'I': out += pad(h12); break;
      case 'j': out += pad(tm.yday, 3); break;
      case 'k': out += pad(tm.hour, 2, ' '); break;
      case 'l': out += pad(h12, 2, ' '); break;
      case 'm': out += pad(tm.mon); break;
      case 'M': out += pad(tm.min); break;
      case 'n': out += '\n'; break;
      case 'p': out += tm.hour < 12 ? 'AM' : 'PM'; break;
      case 'r': out += `${pad(h12)}:${pad(tm.min)}:${pad(tm.sec)} ${tm.hour < 12 ? 'AM' : 'PM'}`; break;
      case 'R': out += `${pad(tm.hour)}:${pad(tm.min)}`; break;
      case 'S': out += pad(tm.sec); break;
      case 't': out += '\t'; break;
      case 'T': out += `${pad(tm.hour)}:${pad(tm.min)}:${pad(tm.sec)}`; break;
      case 'u': out += String(tm.wday + 1); break;
      case 'U': out += pad(Math.floor((tm.yday - 1 + 7 - ((tm.wday + 1) % 7)) / 7)); break;
      case 'V': out += pad(isoWeek(tm)[1]); break;
      case 'w': out += String((tm.wday + 1) % 7); break;
      case 'W': out += pad(Math.floor((tm.yday - 1 + 7 - tm.wday) / 7)); break;
      case 'x': out += `${pad(tm.mon)}/${pad(tm.mday)}/${pad(tm.year % 100)}`; break;
      case 'X': out += `${pad(tm.hour)}:${pad(tm.min)}:${pad(tm.sec)}`; break;
      case 'y': out += pad(((tm.year % 100) + 100) % 100); break;
      case 'Y': out += String(tm.year); break;
      case 'z': {
        const o = tm.gmtoff, s = o < 0 ? '-' : '+', a = Math.abs(o);
        out += `${s}${pad(Math.floor(a / 3600))}${pad(Math.floor((a % 3600) / 60))}`;
        break;
      }
      case 'Z': out += tm.zone; break;
      case '%': out += '%'; break;
      default: out += '%' + d;
    }
  }
  return out;
}

function time_strftime(args: number, nargs: number): Owned | Null {
  if (nargs < 1 || nargs > 2) return errSetString(TypeError, `strftime() takes at most 2 arguments (${nargs} given)`);
  const f = argAt(args, 0);
  if (!isStr(f)) return errSetString(TypeError, `strftime() argument 1 must be str, not ${typeNameOf(f)}`);
  let tm: TM | null;
  if (nargs === 2) {
    tm = tmArg(argAt(args, 1), 'strftime');
    if (tm === null || !checkTM(tm, 'strftime')) return NULL;
    const z = extraFromObject(argAt(args, 1));
    if (z !== null) { tm.zone = z.zone; tm.gmtoff = z.gmtoff; } else { const loc = tmFromDate(new Date(), false); tm.zone = loc.zone; tm.gmtoff = loc.gmtoff; }
  } else tm = tmFromDate(new Date(), false);
  return strFromJS(strftimeOf(strToJS(f), tm));
}

/** tm_zone/tm_gmtoff of a struct_time argument (None for a plain tuple). */
function extraFromObject(o: Borrowed): { zone: string; gmtoff: number } | null {
  if (typeNameOf(o) !== 'struct_time') return null;
  const z = getAttrJS(o, 'tm_zone'), g = getAttrJS(o, 'tm_gmtoff');
  if (typeof z !== 'string' || typeof g !== 'number') return null;
  return { zone: z, gmtoff: g };
}

import { objectGetAttr } from '../objects/abstract.ts';
import { errClear } from '../objects/errors.ts';
function getAttrJS(o: Borrowed, name: string): string | number | null {
  const v = objectGetAttr(o, strInternImmortal(name));
  if (v === NULL) { errClear(); return null; }
  let r: string | number | null = null;
  if (isStr(v)) r = strToJS(v);
  else if (isInt(v)) r = Number(intToBigInt(v));
  decref(v);
  return r;
}

function time_mktime(args: number, nargs: number): Owned | Null {
  if (nargs !== 1) return errSetString(TypeError, `time.mktime() takes exactly one argument (${nargs} given)`);
  const tm = tmArg(argAt(args, 0), 'mktime');
  if (tm === null) return NULL;
  const d = new Date(tm.year, tm.mon - 1, tm.mday, tm.hour, tm.min, tm.sec);
  if (tm.year < 100 && tm.year >= 0) d.setFullYear(tm.year);
  const t = d.getTime();
  if (Number.isNaN(t)) return errSetString(OverflowError, 'mktime argument out of range');
  return floatNew(t / 1000);
}

function time_asctime(args: number, nargs: number): Owned | Null {
  if (nargs > 1) return errSetString(TypeError, `asctime() takes at most 1 argument (${nargs} given)`);
  let tm: TM | null;
  if (nargs === 1) {
    tm = tmArg(argAt(args, 0), 'asctime');
    if (tm === null || !checkTM(tm, 'asctime')) return NULL;
  } else tm = tmFromDate(new Date(), false);
  return strFromJS(asctimeOf(tm));
}

function time_ctime(args: number, nargs: number): Owned | Null {
  const s = secondsArg(args, nargs, 'ctime');
  if (s === null) return NULL;
  const d = dateOfSeconds(s);
  if (d === null) return NULL;
  return strFromJS(asctimeOf(tmFromDate(d, false)));
}

function time_sleep(args: number, nargs: number): Owned | Null {
  if (nargs !== 1) return errSetString(TypeError, `time.sleep() takes exactly one argument (${nargs} given)`);
  const o = argAt(args, 0);
  if (!isInt(o) && !isFloat(o)) {
    return errSetString(TypeError, `'${typeNameOf(o)}' object cannot be interpreted as an integer`);
  }
  const s = isInt(o) ? Number(intToBigInt(o)) : floatValue(o);
  if (s !== s) return errSetString(ValueError, 'Invalid value NaN (not a number)');
  if (s < 0) return errSetString(ValueError, 'sleep length must be non-negative');
  if (s > 0) Atomics.wait(sleepCell, 0, 0, s * 1000);
  return newRef(Py_None);
}

// ---- strptime ------------------------------------------------------------------------------------------------

function strptimeParse(s: string, fmt: string): TM | string {
  let year = 1900, mon = 1, mday = 1, hour = 0, min = 0, sec = 0, wday = -1, jday = -1, pm = -1, gmtoff: number | null = null;
  let zone: string | null = null;
  let si = 0;
  const fail = (): string => `time data ${pyRepr(s)} does not match format ${pyRepr(fmt)}`;
  // The longest run of up to maxw digits whose value is in [lo, hi] (like _strptime's alternations).
  const num = (maxw: number, lo = 0, hi = Infinity): number | null => {
    const m = /^\d+/.exec(s.slice(si, si + maxw));
    if (m === null) return null;
    for (let w = m[0].length; w >= 1; w--) {
      const v = Number(m[0].slice(0, w));
      if (v >= lo && v <= hi) { si += w; return v; }
    }
    return null;
  };
  const name = (list: string[]): number | null => {
    const lower = s.slice(si).toLowerCase();
    let best = -1, bestLen = 0;
    for (let k = 0; k < list.length; k++) {
      const n = list[k].toLowerCase();
      if (lower.startsWith(n) && n.length > bestLen) { best = k; bestLen = n.length; }
    }
    if (best < 0) return null;
    si += bestLen;
    return best;
  };
  for (let fi = 0; fi < fmt.length; fi++) {
    const c = fmt[fi];
    if (c === '%' && fi + 1 < fmt.length) {
      const d = fmt[++fi];
      let v: number | null;
      switch (d) {
        case 'Y': v = num(4); if (v === null) return fail(); year = v; break;
        case 'y': v = num(2); if (v === null) return fail(); year = v < 69 ? 2000 + v : 1900 + v; break;
        case 'm': v = num(2, 1, 12); if (v === null) return fail(); mon = v; break;
        case 'd': v = num(2, 1, 31); if (v === null) return fail(); mday = v; break;
        case 'H': v = num(2, 0, 23); if (v === null) return fail(); hour = v; break;
        case 'I': v = num(2, 1, 12); if (v === null) return fail(); hour = v; if (pm < 0) pm = 0; break;
        case 'M': v = num(2, 0, 59); if (v === null) return fail(); min = v; break;
        case 'S': v = num(2, 0, 61); if (v === null) return fail(); sec = v; break;
        case 'f': v = num(6); if (v === null) return fail(); break;
        case 'j': v = num(3, 1, 366); if (v === null) return fail(); jday = v; break;
        case 'p': {
          const k = name(['AM', 'PM']); if (k === null) return fail(); pm = k === 1 ? 2 : 1; break;
        }
        case 'b': case 'h': { const k = name([...MONTHS_FULL, ...MONTHS]); if (k === null) return fail(); mon = (k % 12) + 1; break; }
        case 'B': { const k = name([...MONTHS_FULL, ...MONTHS]); if (k === null) return fail(); mon = (k % 12) + 1; break; }
        case 'a': case 'A': { const k = name([...DAYS_FULL, ...DAYS]); if (k === null) return fail(); wday = k % 7; break; }
        case 'w': v = num(1); if (v === null || v > 6) return fail(); wday = (v + 6) % 7; break;
        case 'z': {
          const m = /^([+-])(\d\d):?(\d\d)/.exec(s.slice(si));
          if (m === null) {
            if (s[si] === 'Z') { si++; gmtoff = 0; break; }
            return fail();
          }
          si += m[0].length;
          gmtoff = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 3600 + Number(m[3]) * 60);
          break;
        }
        case 'Z': { const m = /^[A-Za-z]+/.exec(s.slice(si)); if (m === null) return fail(); zone = m[0]; si += m[0].length; break; }
        case '%': if (s[si] !== '%') return fail(); si++; break;
        default: return `'${d}' is a bad directive in format '%${d}'`;
      }
    } else if (/\s/.test(c)) {
      while (si < s.length && /\s/.test(s[si])) si++;
    } else {
      if (s[si] !== c) return fail();
      si++;
    }
  }
  if (si < s.length) return `unconverted data remains: ${s.slice(si)}`;
  if (pm === 1 && hour === 12) hour = 0;
  else if (pm === 2 && hour !== 12) hour += 12;
  if (jday > 0) {
    const dt = new Date(Date.UTC(year, 0, jday));
    mon = dt.getUTCMonth() + 1; mday = dt.getUTCDate();
  }
  const dt = new Date(Date.UTC(2000, mon - 1, mday));
  dt.setUTCFullYear(year);
  if (dt.getUTCDate() !== mday) return 'day is out of range for month';
  const wd = (dt.getUTCDay() + 6) % 7;
  void wday;
  return {
    year, mon, mday, hour, min, sec, wday: wd, yday: yday(year, mon, mday), isdst: -1,
    zone: zone ?? '', gmtoff: gmtoff ?? 0,
  };
}

function pyRepr(s: string): string {
  return s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function time_strptime(module: Borrowed, args: number, nargs: number): Owned | Null {
  if (nargs < 1 || nargs > 2) return errSetString(TypeError, `strptime() takes at most 2 arguments (${nargs} given)`);
  const s = argAt(args, 0);
  if (!isStr(s)) return errSetString(TypeError, `strptime() argument 0 must be str, not ${typeNameOf(s)}`);
  let fmt = '%a %b %d %H:%M:%S %Y';
  if (nargs === 2) {
    const f = argAt(args, 1);
    if (!isStr(f)) return errSetString(TypeError, `strptime() argument 1 must be str, not ${typeNameOf(f)}`);
    fmt = strToJS(f);
  }
  const r = strptimeParse(strToJS(s), fmt);
  if (typeof r === 'string') return errSetString(ValueError, r);
  return structseqNew(moduleStateBorrow(module, STATE_STRUCT_TIME), [
    intFromNumber(r.year), intFromNumber(r.mon), intFromNumber(r.mday), intFromNumber(r.hour),
    intFromNumber(r.min), intFromNumber(r.sec), intFromNumber(r.wday), intFromNumber(r.yday),
    intFromNumber(r.isdst),
    r.zone === '' ? newRef(Py_None) : strFromJS(r.zone), r.gmtoff === 0 && r.zone === '' ? newRef(Py_None) : intFromNumber(r.gmtoff),
  ]);
}

function noArgs(name: string, f: () => Owned | Null): MethodDef {
  return {
    name,
    fn: (_s, _a, nargs) => nargs !== 0 ? errSetString(TypeError, `time.${name}() takes no arguments (${nargs} given)`) : f(),
  };
}

function cpuNs(): bigint {
  const u = process.cpuUsage();
  return BigInt(u.user + u.system) * 1000n;
}

// ---- clock_gettime & co. (Linux clock ids) ------------------------------------------------------------------

const CLOCK_IDS: ReadonlyArray<readonly [string, number]> = [
  ['CLOCK_REALTIME', 0], ['CLOCK_MONOTONIC', 1], ['CLOCK_PROCESS_CPUTIME_ID', 2], ['CLOCK_THREAD_CPUTIME_ID', 3],
  ['CLOCK_MONOTONIC_RAW', 4], ['CLOCK_BOOTTIME', 7], ['CLOCK_TAI', 11],
];

/** The reading of clock `id` in nanoseconds; null for an id Linux does not know. */
function clockNs(id: number): bigint | null {
  switch (id) {
    case 0: case 11: return nowNs(); // TAI: the kernel's TAI offset is 0 unless configured, as here
    case 1: case 4: case 7: return process.hrtime.bigint();
    case 2: case 3: return cpuNs();
    default: return null;
  }
}

/** The clock id argument (an int, as CPython's clockid_t converter wants); null with the error set. */
function clockArg(fname: string, args: number, nargs: number, want: number): number | null {
  if (nargs !== want) {
    errSetString(TypeError, want === 1 ? `time.${fname}() takes exactly one argument (${nargs} given)` : `${fname} expected ${want} arguments, got ${nargs}`);
    return null;
  }
  const o = argAt(args, 0);
  if (!isInt(o)) { errSetString(TypeError, `'${typeNameOf(o)}' object cannot be interpreted as an integer`); return null; }
  const v = intToBigInt(o);
  if (v > 0x7fffffffn || v < -0x80000000n) { errSetString(OverflowError, 'signed integer is greater than maximum'); return null; }
  return Number(v);
}

function clockRead(fname: string, args: number, nargs: number, ns: boolean): Owned | Null {
  const id = clockArg(fname, args, nargs, 1);
  if (id === null) return NULL;
  const v = clockNs(id);
  if (v === null) return oserrorRaise(ERRNO.EINVAL);
  return ns ? intFromBigInt(v) : floatNew(Number(v) / 1e9);
}

function clockSet(fname: string, args: number, nargs: number): Owned | Null {
  const id = clockArg(fname, args, nargs, 2);
  if (id === null) return NULL;
  return errSetString(exceptionTypes.get('NotImplementedError')!, `time.${fname}() is not supported by Immortal yet`);
}

/** get_clock_info(name): a types.SimpleNamespace describing one of the five clocks (Linux values). */
function time_get_clock_info(args: number, nargs: number): Owned | Null {
  if (nargs !== 1) return errSetString(TypeError, `time.get_clock_info() takes exactly one argument (${nargs} given)`);
  const o = argAt(args, 0);
  if (!isStr(o)) return errSetString(TypeError, `get_clock_info() argument must be str, not ${typeNameOf(o)}`);
  const info: Record<string, [string, boolean, boolean]> = {
    time: ['clock_gettime(CLOCK_REALTIME)', false, true],
    monotonic: ['clock_gettime(CLOCK_MONOTONIC)', true, false],
    perf_counter: ['clock_gettime(CLOCK_MONOTONIC)', true, false],
    process_time: ['clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', true, false],
    thread_time: ['clock_gettime(CLOCK_THREAD_CPUTIME_ID)', true, false],
  };
  const row = info[strToJS(o)];
  if (row === undefined) return errSetString(ValueError, 'unknown clock');
  const types = importModuleLevel('types', NULL, NULL, 0);
  if (types === NULL) return NULL;
  const ns = objectGetAttrString(types, 'SimpleNamespace');
  decref(types);
  if (ns === NULL) return NULL;
  const names = ['implementation', 'monotonic', 'adjustable', 'resolution'];
  const vals = [strFromJS(row[0]), newRef(row[1] ? Py_True : Py_False), newRef(row[2] ? Py_True : Py_False), floatNew(1e-9)];
  const kw = vals.every((v) => v !== NULL) ? tuplePack(names.map((n) => strInternImmortal(n))) : NULL;
  const r = kw === NULL ? NULL : objectCallArgs(ns, vals as Borrowed[], kw);
  if (kw !== NULL) decref(kw);
  for (const v of vals) if (v !== NULL) decref(v);
  decref(ns);
  return r;
}

/** tzset(): re-reads the local time zone (TZ) into timezone, altzone, daylight and tzname. */
function time_tzset(self: Borrowed | Null, nargs: number): Owned | Null {
  if (nargs !== 0) return errSetString(TypeError, `time.tzset() takes no arguments (${nargs} given)`);
  return setZoneAttrs(self as Borrowed) < 0 ? NULL : newRef(Py_None);
}

function setZoneAttrs(m: Borrowed): number {
  const now = new Date();
  const y = now.getFullYear();
  const jan = new Date(y, 0, 1), jul = new Date(y, 6, 1);
  const std = Math.max(jan.getTimezoneOffset(), jul.getTimezoneOffset());
  const dst = Math.min(jan.getTimezoneOffset(), jul.getTimezoneOffset());
  const stdDate = jan.getTimezoneOffset() === std ? jan : jul, dstDate = jan.getTimezoneOffset() === dst ? jan : jul;
  if (moduleAddSteal(m, 'timezone', intFromNumber(std * 60)) < 0) return -1;
  if (moduleAddSteal(m, 'altzone', intFromNumber(dst * 60)) < 0) return -1;
  if (moduleAddSteal(m, 'daylight', intFromNumber(std !== dst ? 1 : 0)) < 0) return -1;
  const n1 = strFromJS(zoneName(stdDate, false)), n2 = strFromJS(zoneName(dstDate, std !== dst));
  if (n1 === NULL || n2 === NULL) {
    if (n1 !== NULL) decref(n1);
    if (n2 !== NULL) decref(n2);
    return -1;
  }
  const tz = tuplePack([n1, n2]);
  decref(n1); decref(n2);
  return moduleAddSteal(m, 'tzname', tz);
}

const timeMethods: MethodDef[] = [
  { name: 'clock_gettime', fn: (_s, a, n) => clockRead('clock_gettime', a, n, false) },
  { name: 'clock_gettime_ns', fn: (_s, a, n) => clockRead('clock_gettime_ns', a, n, true) },
  {
    name: 'clock_getres',
    fn: (_s, a, n) => {
      const id = clockArg('clock_getres', a, n, 1);
      if (id === null) return NULL;
      return clockNs(id) === null ? oserrorRaise(ERRNO.EINVAL) : floatNew(1e-9);
    },
  },
  { name: 'clock_settime', fn: (_s, a, n) => clockSet('clock_settime', a, n) },
  { name: 'clock_settime_ns', fn: (_s, a, n) => clockSet('clock_settime_ns', a, n) },
  { name: 'get_clock_info', fn: (_s, a, n) => time_get_clock_info(a, n) },
  { name: 'tzset', fn: (s, _a, n) => time_tzset(s, n) },
  {
    name: 'pthread_getcpuclockid',
    fn: (_s, a, n) => {
      if (clockArg('pthread_getcpuclockid', a, n, 1) === null) return NULL;
      return errSetString(exceptionTypes.get('NotImplementedError')!, 'time.pthread_getcpuclockid() is not supported by Immortal yet');
    },
  },
  noArgs('time', () => floatNew((performance.timeOrigin + performance.now()) / 1000)),
  noArgs('time_ns', () => intFromBigInt(nowNs())),
  noArgs('perf_counter', () => floatNew(Number(process.hrtime.bigint() - START_NS) / 1e9)),
  noArgs('perf_counter_ns', () => intFromBigInt(process.hrtime.bigint() - START_NS)),
  noArgs('monotonic', () => floatNew(Number(process.hrtime.bigint()) / 1e9)),
  noArgs('monotonic_ns', () => intFromBigInt(process.hrtime.bigint())),
  noArgs('process_time', () => floatNew(Number(cpuNs()) / 1e9)),
  noArgs('process_time_ns', () => intFromBigInt(cpuNs())),
  noArgs('thread_time', () => floatNew(Number(cpuNs()) / 1e9)),
  noArgs('thread_time_ns', () => intFromBigInt(cpuNs())),
  { name: 'sleep', fn: (_s, a, n) => time_sleep(a, n) },
  {
    name: 'gmtime',
    fn: (_s, a, n) => {
      const s = secondsArg(a, n, 'gmtime');
      if (s === null) return NULL;
      const d = dateOfSeconds(s);
      return d === null ? NULL : structTimeFromTM(_s as Borrowed, tmFromDate(d, true));
    },
  },
  {
    name: 'localtime',
    fn: (_s, a, n) => {
      const s = secondsArg(a, n, 'localtime');
      if (s === null) return NULL;
      const d = dateOfSeconds(s);
      return d === null ? NULL : structTimeFromTM(_s as Borrowed, tmFromDate(d, false));
    },
  },
  { name: 'mktime', fn: (_s, a, n) => time_mktime(a, n) },
  { name: 'strftime', fn: (_s, a, n) => time_strftime(a, n) },
  { name: 'strptime', fn: (m, a, n) => time_strptime(m as Borrowed, a, n) },
  { name: 'asctime', fn: (_s, a, n) => time_asctime(a, n) },
  { name: 'ctime', fn: (_s, a, n) => time_ctime(a, n) },
];

export function timeModuleNew(): Owned | Null {
  return nativeModuleNew('time', timeMethods, (m) => {
    const t = structseqNewType(STRUCT_TIME_DESC);
    if (t === NULL) return -1;
    moduleStateAddSteal(m, newRef(t)); // STATE_STRUCT_TIME: the first object of the state
    if (moduleAddSteal(m, 'struct_time', t) < 0) return -1;
    if (setZoneAttrs(m) < 0) return -1;
    for (const [k, v] of CLOCK_IDS) {
      if (moduleAddSteal(m, k, intFromNumber(v)) < 0) return -1;
    }
    return 0;
  }, 'This module provides various functions to manipulate time values.');
}

void numberIndex;
