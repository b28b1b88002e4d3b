// grp: the Unix group database (mirrors Modules/grpmodule.c, written for Immortal): /etc/group in
// file order, first match wins; getgrgid/getgrnam/getgrall and struct_group as CPython 3.12's, with
// its messages (an out-of-range gid is OverflowError here, where pwd turns it into KeyError).
// Invariants: the struct_group type lives in the module's state (index 0); nothing is cached.

import { decref, newRef } from '../heap/refcount.ts';
import { NULL, type Borrowed, type Owned, type Null } from '../heap/ref.ts';
import { nativeModuleNew, moduleAddSteal } from './native.ts';
import { type MethodDef, argsNone } from '../objects/methodobject.ts';
import { errSetString } from '../objects/errors.ts';
import { KeyError } from '../objects/exceptions.ts';
import { listNew, listAppendSteal } from '../objects/list.ts';
import { moduleStateAddSteal, moduleStateBorrow } from '../objects/module.ts';
import { parseArgs, PARSED } from '../objects/abstract.ts';
import { structseqNewType, structseqNew, type StructSeqDesc } from './structseq.ts';
import {
  unixDbRead, dbId, dbText, unixIdToPython, unixIdArg, unixNameArg, bytesEqual, keyErrorRepr, type DbRecord,
} from './pwd.ts';

const GROUP_DESC: StructSeqDesc = {
  name: 'grp.struct_group',
  doc: 'grp.struct_group: one entry of the group database, a 4-tuple\n'
    + '  (gr_name, gr_passwd, gr_gid, gr_mem)\n'
    + 'whose items are also these attributes.',
  fields: [
    { name: 'gr_name', doc: 'group name' },
    { name: 'gr_passwd', doc: 'encrypted password (often empty or x)' },
    { name: 'gr_gid', doc: 'numeric group id' },
    { name: 'gr_mem', doc: 'list of the user names of the members' },
  ],
  nInSequence: 4,
};

function groupRecords(): DbRecord[] {
  return unixDbRead('/etc/group', 4, [2]);
}

function members(field: Uint8Array): Owned | Null {
  const l = listNew(0);
  if (l === NULL) return NULL;
  let start = 0;
  for (let i = 0; i <= field.length; i++) {
    if (i < field.length && field[i] !== 44) continue;
    if (i > start) {
      const name = dbText(field.subarray(start, i));
      if (name === NULL || listAppendSteal(l, name) < 0) { decref(l); return NULL; }
    }
    start = i + 1;
  }
  return l;
}

function groupEntry(module: Borrowed, r: DbRecord): Owned | Null {
  return structseqNew(moduleStateBorrow(module, 0), [
    dbText(r[0]), dbText(r[1]), unixIdToPython(dbId(r[2])), members(r[3]),
  ]);
}

/** https://docs.python.org/3/library/grp.html#grp.getgrgid */
function grp_getgrgid(module: Borrowed, arg: Borrowed): Owned | Null {
  const gid = unixIdArg(arg, 'gid');
  if (gid === null) return NULL;
  const found = groupRecords().find((r) => dbId(r[2]) === gid);
  if (found !== undefined) return groupEntry(module, found);
  return errSetString(KeyError, `getgrgid(): gid not found: ${gid === 0xffffffff ? -1 : gid}`);
}

/** https://docs.python.org/3/library/grp.html#grp.getgrnam */
function grp_getgrnam(module: Borrowed, arg: Borrowed): Owned | Null {
  const name = unixNameArg(arg, "getgrnam() argument 'name' must be str");
  if (name === null) return NULL;
  const found = groupRecords().find((r) => bytesEqual(r[0], name));
  if (found !== undefined) return groupEntry(module, found);
  return keyErrorRepr('getgrnam(): name not found: ', arg);
}

/** https://docs.python.org/3/library/grp.html#grp.getgrall */
function grp_getgrall(module: Borrowed): Owned | Null {
  const l = listNew(0);
  if (l === NULL) return NULL;
  for (const r of groupRecords()) {
    const e = groupEntry(module, r);
    if (e === NULL || listAppendSteal(l, e) < 0) { decref(l); return NULL; }
  }
  return l;
}

const DEFS: MethodDef[] = [
  {
    name: 'getgrgid',
    fn: (m, args, nargs, kw) => parseArgs('getgrgid', args, nargs, kw, ['id'], 1)
      ? grp_getgrgid(m as Borrowed, PARSED[0] as Borrowed) : NULL,
    doc: 'The group database entry of a numeric group id (KeyError if there is none).',
  },
  {
    name: 'getgrnam',
    fn: (m, args, nargs, kw) => parseArgs('getgrnam', args, nargs, kw, ['name'], 1)
      ? grp_getgrnam(m as Borrowed, PARSED[0] as Borrowed) : NULL,
    doc: 'The group database entry of a group name (KeyError if there is none).',
  },
  {
    name: 'getgrall',
    fn: (m, _args, nargs, kw) => argsNone('grp.getgrall', nargs, kw) ? grp_getgrall(m as Borrowed) : NULL,
    doc: 'A list of every group database entry.',
  },
];

export function grpModuleNew(): Owned | Null {
  return nativeModuleNew('grp', DEFS, (m) => {
    const t = structseqNewType(GROUP_DESC);
    if (t === NULL) return -1;
    moduleStateAddSteal(m, newRef(t));
    return moduleAddSteal(m, 'struct_group', t);
  }, 'The Unix group database (/etc/group): entries are struct_group 4-tuples\n'
    + '(gr_name, gr_passwd, gr_gid, gr_mem), gr_mem being the list of member names.\n'
    + 'A lookup that finds nothing raises KeyError.');
}
