# A batch job runner that collects failures into ExceptionGroups: retries with backoff schedule,
# except* handling by category, exception notes, chained causes, and traceback-free reporting.
# immortal-test: cycles
import traceback


class JobError(Exception):
    pass


class Transient(JobError):
    pass


class Fatal(JobError):
    pass


def make_job(name, plan):
    attempts = iter(plan)

    def job():
        outcome = next(attempts, 'ok')
        if outcome == 'ok':
            return f'{name} done'
        if outcome == 'transient':
            raise Transient(f'{name}: timeout')
        if outcome == 'fatal':
            raise Fatal(f'{name}: corrupt input')
        if outcome == 'bug':
            return {}['missing-' + name]
        raise ValueError(f'{name}: bad plan {outcome!r}')
    job.__name__ = name
    return job


def run_with_retries(job, retries=3):
    delays = []
    for attempt in range(retries + 1):
        try:
            return job(), delays
        except Transient as e:
            delays.append(2 ** attempt * 100)
            last = e
    err = Fatal(f'{job.__name__}: gave up after {retries + 1} attempts')
    err.add_note(f'backoff schedule: {delays}')
    raise err from last


def run_batch(jobs):
    results, errors = {}, []
    for job in jobs:
        try:
            results[job.__name__], delays = run_with_retries(job)
            if delays:
                results[job.__name__] += f' (after retries {delays})'
        except Exception as e:
            e.add_note(f'job={job.__name__}')
            errors.append(e)
    if errors:
        raise ExceptionGroup(f'{len(errors)} of {len(jobs)} jobs failed', errors)
    return results


jobs = [
    make_job('extract', ['transient', 'ok']),
    make_job('transform', ['fatal']),
    make_job('load', ['transient'] * 5),
    make_job('index', ['bug']),
    make_job('report', []),
    make_job('notify', ['weird']),
]

handled = []
try:
    try:
        run_batch(jobs)
    except* Fatal as eg:
        for e in eg.exceptions:
            cause = f' (cause: {e.__cause__})' if e.__cause__ else ''
            handled.append(f'fatal: {e}{cause} notes={e.__notes__}')
    except* KeyError as eg:
        handled.append(f'bugs: {[repr(e) for e in eg.exceptions]}')
except ExceptionGroup as rest:
    print('unhandled group:', rest.message, [type(e).__name__ for e in rest.exceptions])
    for line in traceback.format_exception_only(rest.exceptions[0]):
        print('  ', line.rstrip())
print('\n'.join(handled))

eg = ExceptionGroup('outer', [ValueError('v1'), ExceptionGroup('inner', [TypeError('t1'), ValueError('v2')]),
                              KeyError('k')])
match_v, rest = eg.split(ValueError)
print(repr(match_v))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, (TypeError, KeyError)))))
print(eg.subgroup(OSError), len(eg.exceptions), str(eg))


def flatten(group):
    for e in group.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from flatten(e)
        else:
            yield e


print([str(e) for e in flatten(eg)])
try:
    raise BaseExceptionGroup('mixed', [KeyboardInterrupt(), ValueError('x')])
except BaseExceptionGroup as g:
    print(type(g).__name__, [type(e).__name__ for e in g.exceptions])
try:
    raise BaseExceptionGroup('only exceptions', [ValueError('x')])
except Exception as g:
    print(type(g).__name__, isinstance(g, ExceptionGroup))
try:
    ExceptionGroup('empty', [])
except ValueError as e:
    print('ValueError:', e)
try:
    try:
        raise OSError(2, 'No such file')
    except* OSError as g:
        print('caught naked OSError wrapped:', type(g).__name__, g.exceptions[0].errno)
        raise RuntimeError('replacement')
except RuntimeError as e:
    print('re-raised', repr(e), type(e.__context__).__name__)
try:
    1 / 0
except ZeroDivisionError as e:
    e.add_note('dividing the budget')
    e.add_note('second note')
    print(''.join(traceback.format_exception_only(e)), end='')
