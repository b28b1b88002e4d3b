"""Binding call arguments to parameter names with CPython's TypeError messages, for the functions
that collections.namedtuple and dataclasses generate (CPython writes those with exec; Immortal
builds them from closures and binds arguments here)."""

_MISSING = object()


def _names_list(names):
    quoted = [f"'{n}'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f'{quoted[0]} and {quoted[1]}'
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def bind(fname, names, npos, defaults, args, kwargs, nself):
    """Values for `names` (the first npos positional-or-keyword, the rest keyword-only) from args
    and kwargs, filling in `defaults` (a dict name -> value). `fname` is the function's qualified
    name for messages; nself counts the bound first parameter (self/cls) in the messages."""
    nargs = len(args)
    values = list(args[:npos])
    nnames = len(names)
    values.extend([_MISSING] * (nnames - len(values)))
    if kwargs:
        for key, value in kwargs.items():
            try:
                i = names.index(key)
            except ValueError:
                raise TypeError(f"{fname}() got an unexpected keyword argument '{key}'") from None
            if values[i] is not _MISSING:
                raise TypeError(f"{fname}() got multiple values for argument '{key}'")
            values[i] = value
    if nargs > npos:
        ndef = sum(1 for n in names[:npos] if n in defaults)
        hi = npos + nself
        lo = hi - ndef
        s = 's' if hi != 1 else ''
        takes = f'from {lo} to {hi}' if ndef else f'{hi}'
        given = nargs + nself
        nkw = sum(1 for n in names[npos:] if n in kwargs)
        if nkw:
            kws = 's' if nkw != 1 else ''
            was = f'{given} positional argument{"s" if given != 1 else ""} (and {nkw} keyword-only argument{kws}) were'
        else:
            was = f'{given} were' if given != 1 else f'{given} was'
        raise TypeError(f'{fname}() takes {takes} positional argument{s} but {was} given')
    missing = []
    for i in range(npos):
        if values[i] is _MISSING:
            name = names[i]
            if name in defaults:
                values[i] = defaults[name]
            else:
                missing.append(name)
    if missing:
        s = 's' if len(missing) != 1 else ''
        raise TypeError(f'{fname}() missing {len(missing)} required positional argument{s}: '
                        f'{_names_list(missing)}')
    for i in range(npos, nnames):
        if values[i] is _MISSING:
            name = names[i]
            if name in defaults:
                values[i] = defaults[name]
            else:
                missing.append(name)
    if missing:
        s = 's' if len(missing) != 1 else ''
        raise TypeError(f'{fname}() missing {len(missing)} required keyword-only argument{s}: '
                        f'{_names_list(missing)}')
    return values
