// time.tzname and struct_time.tm_zone under several TZ settings (zone files, POSIX rules, a bare name),
// read from the zone data as the C library does (src/modules/tzname.ts). The expected output is
// CPython 3.12's, run the same way in this test (skipped when `PYENV_VERSION=3.12.1 python3` is not
// installed, or when this machine has no zone files).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../../bin/immortal.js', import.meta.url));
const CODE = 'import time\nprint(time.tzname, time.localtime(1.7e9).tm_zone, time.localtime(1.72e9).tm_zone)\n';
const ZONES = ['Europe/Paris', 'Asia/Kolkata', 'America/New_York', 'Australia/Sydney', ':Europe/Berlin', 'EST5EDT',
  'UTC0', '<+0330>-3:30', 'Foo', 'UTC', ''];

const cpythonOk = (() => {
  const probe = spawnSync('python3', ['-c', 'import sys; print(sys.version_info[:2] == (3, 12))'],
    { encoding: 'utf8', env: { ...process.env, PYENV_VERSION: '3.12.1' } });
  return probe.status === 0 && probe.stdout.trim() === 'True' && existsSync('/usr/share/zoneinfo/Europe/Paris');
})();

test('time.tzname and tm_zone follow TZ as in CPython', { skip: cpythonOk ? false : 'no CPython 3.12 or no zone files' }, () => {
  for (const tz of ZONES) {
    const env = { ...process.env, TZ: tz, PYENV_VERSION: '3.12.1' };
    const want = spawnSync('python3', ['-c', CODE], { encoding: 'utf8', env });
    const got = spawnSync(process.execPath, [BIN, '-c', CODE], { encoding: 'utf8', env });
    assert.equal(got.stderr, '', `TZ=${tz}`);
    assert.equal(got.stdout, want.stdout, `TZ=${tz}`);
  }
});
