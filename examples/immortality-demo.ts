// The bundled example for the README's first command: what PEP 683 immortality does, shown on
// Immortal's own heap through the embedding API. Run: npm run demo  (or: npx tsx examples/immortality-demo.ts)
import { createRuntime, PyTuple } from '../src/api/runtime.ts';

function show(label: string, value: string | number | bigint): void {
  console.log(`  ${label.padEnd(44)} ${value}`);
}

for (const immortal of [true, false]) {
  const rt = createRuntime({ immortal, hashSeed: 0 });
  console.log(immortal
    ? 'Immortality on (Python 3.12, PEP 683):'
    : '\nImmortality off (-X immortal=0, Python 3.11 behaviour):');

  const zero = rt.fromJS(0);
  const empty = rt.fromJS('');
  const unit = rt.fromJS(new PyTuple([]));
  const fresh = rt.fromJS([1, 2, 3]);
  const big = rt.fromJS(10n ** 30n);

  show('refcount of None', rt.refcount(rt.None));
  show('refcount of 0 (small int)', rt.refcount(zero));
  show("refcount of '' (empty str)", rt.refcount(empty));
  show('refcount of () (empty tuple)', rt.refcount(unit));
  show(`refcount of ${rt.repr(fresh)} (a fresh list)`, rt.refcount(fresh));
  show(`refcount of ${rt.repr(big)}`, rt.refcount(big));

  // A workload that touches shared objects: a million increfs/decrefs on None, 0 and ''.
  rt.countRefs(true);
  for (let i = 0; i < 1_000_000; i++) {
    rt.incref(rt.None); rt.incref(zero); rt.incref(empty);
    rt.incref(fresh);
    rt.decref(fresh);
    rt.decref(empty); rt.decref(zero); rt.decref(rt.None);
  }
  rt.countRefs(false);
  const c = rt.counters();
  show('increfs + decrefs that wrote a count', c.increfs + c.decrefs);
  show('increfs + decrefs skipped (immortal)', c.increfsSkipped + c.decrefsSkipped);
  show('bytes of refcounts written in static region', c.staticRefcountBytesWritten);
  show('bytes of the static region changed', c.staticBytesWritten);
  show('4 KiB pages of the static region written', c.staticPagesWritten);
  show('live heap blocks / bytes', `${c.liveBlocks} / ${c.liveBytes}`);

  for (const o of [zero, empty, unit, fresh, big]) rt.decref(o);
  const report = rt.shutdown();
  show('after shutdown: live mortal blocks', report.liveBlocks);
}
