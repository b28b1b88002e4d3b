// The local time zone's abbreviations (time.tzname, struct_time.tm_zone), as the C library's tzset()
// finds them: from the TZ environment variable (a POSIX rule like "EST5EDT", or a zone file name, with or
// without a leading ':'), else /etc/localtime. A zone file (TZif, RFC 8536) ends with a POSIX rule line,
// whose names are those of the zone's current rule: "CET-1CEST,M3.5.0,M10.5.0/3" gives CET and CEST.
// Reading them there avoids ICU (Intl.DateTimeFormat costs ~18 ms the first time, and names most zones
// outside America "GMT+1"). Invariant: returns null (the caller falls back to Intl) rather than guessing
// when no rule can be read.

import { readFileSync } from 'node:fs';

let cacheKey: string | undefined | null = null;
let cached: [string, string] | null = null;

/** [standard name, daylight-saving name] (the same twice for a zone without DST), or null. */
export function localZoneNames(): [string, string] | null {
  const tz = typeof process !== 'undefined' ? process.env?.TZ : undefined;
  if (cacheKey !== null && tz === cacheKey) return cached;
  cacheKey = tz;
  cached = readZoneNames(tz);
  return cached;
}

function readZoneNames(tz: string | undefined): [string, string] | null {
  if (tz === '') return ['UTC', 'UTC']; // glibc: an empty TZ is UTC
  let name = tz === undefined ? '/etc/localtime' : tz.startsWith(':') ? tz.slice(1) : tz;
  if (tz !== undefined && !name.startsWith('/')) name = `/usr/share/zoneinfo/${name}`;
  let rule: string | null = null;
  try {
    rule = footerRule(readFileSync(name));
  } catch {
    // Not a zone file: TZ itself may be a POSIX rule.
    if (tz !== undefined && !tz.startsWith(':')) rule = tz;
  }
  return rule === null ? null : ruleNames(rule);
}

/** The POSIX rule at the end of a version 2+ TZif file, or null. */
function footerRule(data: Uint8Array): string | null {
  if (data.length < 44 || String.fromCharCode(data[0], data[1], data[2], data[3]) !== 'TZif' || data[4] === 0) return null;
  if (data[data.length - 1] !== 0x0a) return null;
  let i = data.length - 2;
  while (i >= 0 && data[i] !== 0x0a) i--;
  if (i < 0) return null;
  let s = '';
  for (let k = i + 1; k < data.length - 1; k++) s += String.fromCharCode(data[k]);
  return s;
}

/** The names of a POSIX TZ rule: std offset [dst [offset] [,rule]]. */
function ruleNames(rule: string): [string, string] | null {
  let p = 0;
  const name = (): string | null => {
    if (rule[p] === '<') {
      const e = rule.indexOf('>', p);
      if (e < 0) return null;
      const n = rule.slice(p + 1, e);
      p = e + 1;
      return n;
    }
    const m = /^[A-Za-z]{3,}/.exec(rule.slice(p));
    if (m === null) return null;
    p += m[0].length;
    return m[0];
  };
  const std = name();
  if (std === null) return null;
  const off = /^[+-]?\d{1,2}(:\d{1,2}){0,2}/.exec(rule.slice(p));
  if (off === null) return p >= rule.length ? [std, std] : null; // glibc: a bare name is that name at UTC
  p += off[0].length;
  if (p >= rule.length) return [std, std];
  const dst = name();
  return dst === null ? null : [std, dst];
}
