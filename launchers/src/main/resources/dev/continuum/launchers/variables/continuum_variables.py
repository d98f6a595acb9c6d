"""Continuum's variable bridge inside an IPython kernel (the module _continuum_variables).

The notebook sends call(request) as a silent execution: nothing is counted, shown or bound in the
user's namespace. The reply is one display_data of MIME type text/x-continuum-variables holding
JSON. Operations: 'changes' (globals defined or changed since the last call), 'reads' (which of
some names a cell reads), 'export' (values as transfer JSON, or why not) and 'define' (values in).
"""
import ast
import base64
import json
import sys
import symtable
import types

MIME = 'text/x-continuum-variables'
ARRAY = '__ndarray__'
HASH_LIMIT = 20000       # container elements hashed per variable for 'changes'...
HASH_TOTAL = 200000      # ...and in all; past that, containers show only identity and length
BYTES_LIMIT = 16 << 20   # numpy bytes hashed whole; bigger arrays are sampled
INT64 = (-(1 << 63), (1 << 63) - 1)

_baseline = {}


class Refused(Exception):
    """A value that cannot be carried; the message names where and why."""


def _shell():
    try:
        from IPython import get_ipython
        return get_ipython()
    except ImportError:
        return None


def _namespace():
    shell = _shell()
    return shell.user_ns if shell is not None else sys.modules['__main__'].__dict__


def _tracked(ns):
    """User variables: not private (_x), not IPython's own, not modules or classes."""
    shell = _shell()
    hidden = getattr(shell, 'user_ns_hidden', {}) if shell is not None else {}
    for name, value in list(ns.items()):
        if name.startswith('_') or name in hidden or name in ('In', 'Out', 'exit', 'quit', 'get_ipython'):
            continue
        if isinstance(value, (types.ModuleType, type)):
            continue
        yield name, value


# ---- changes -------------------------------------------------------------------------------

def _fingerprint(value, budget):
    """A cheap sign of change: values of scalars, identity plus (bounded) content of containers."""
    if value is None or isinstance(value, (bool, int)):
        return (type(value).__name__, value)
    if isinstance(value, float):
        return ('float', repr(value))
    if isinstance(value, str):
        return ('str', len(value), hash(value))
    if isinstance(value, (list, tuple)):
        budget[0] -= len(value)
        if budget[0] < 0:
            return (type(value).__name__, id(value), len(value))
        return (type(value).__name__, id(value), tuple(_fingerprint(item, budget) for item in value))
    if isinstance(value, dict):
        budget[0] -= len(value)
        if budget[0] < 0:
            return ('dict', id(value), len(value))
        return ('dict', id(value), tuple((repr(k), _fingerprint(v, budget)) for k, v in value.items()))
    numpy = sys.modules.get('numpy')
    if numpy is not None and isinstance(value, numpy.ndarray):
        if value.nbytes <= BYTES_LIMIT:
            content = hash(value.tobytes())
        else:
            flat = value.reshape(-1)
            content = hash(flat[::max(1, flat.size // 4096)].tobytes())
        return ('ndarray', id(value), value.dtype.str, value.shape, content)
    if numpy is not None and isinstance(value, numpy.generic):
        return ('numpy', type(value).__name__, repr(value))
    return ('object', type(value).__qualname__, id(value))


def _print(value, total=None):
    budget = [HASH_LIMIT if total is None else min(HASH_LIMIT, total[0])]
    start = budget[0]
    fp = hash(_fingerprint(value, budget))
    if total is not None:
        total[0] -= start - max(budget[0], 0)
    return fp


def changes(request):
    global _baseline
    total = [HASH_TOTAL]
    now = {name: _print(value, total) for name, value in _tracked(_namespace())}
    changed = [name for name, fp in now.items() if _baseline.get(name) != fp]
    removed = [name for name in _baseline if name not in now]
    _baseline = now
    return {'changed': changed, 'removed': removed}


# ---- reads ---------------------------------------------------------------------------------

def _scope_reads(table):
    """Globals read inside nested scopes (functions, lambdas, classes, comprehensions)."""
    names = set()
    for child in table.get_children():
        for symbol in child.get_symbols():
            if symbol.is_referenced() and symbol.is_global():
                names.add(symbol.get_name())
        names |= _scope_reads(child)
    return names


def _statement_reads(statement):
    try:
        table = symtable.symtable(ast.unparse(statement), '<cell>', 'exec')
        names = {s.get_name() for s in table.get_symbols() if s.is_referenced()} | _scope_reads(table)
    except SyntaxError:  # top-level await and the like: fall back to every name loaded
        names = {n.id for n in ast.walk(statement) if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Store)}
    for node in ast.walk(statement):
        if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return names


_BINDS_FIRST = (ast.Assign, ast.AnnAssign, ast.Import, ast.ImportFrom, ast.FunctionDef, ast.AsyncFunctionDef,
                ast.ClassDef)


def _bound(statement):
    if isinstance(statement, (ast.Import, ast.ImportFrom)):
        return {(a.asname or a.name).split('.')[0] for a in statement.names}
    if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return {statement.name}
    if isinstance(statement, ast.AnnAssign) and statement.value is None:
        return set()
    targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
    return {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}


def reads(request):
    """Names read before the cell binds them at its top level; a name only called (f(x)) is no read."""
    code = request['code']
    shell = _shell()
    if shell is not None:
        code = shell.transform_cell(code)
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return {'reads': []}
    called = {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    callees = {id(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    as_values = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and id(n) not in callees}
    only_called = called - as_values
    found, bound = set(), set()
    for statement in tree.body:
        found |= _statement_reads(statement) - bound
        if isinstance(statement, _BINDS_FIRST):
            bound |= _bound(statement)
    wanted = set(request['candidates'])
    return {'reads': sorted((found - only_called) & wanted)}


# ---- values --------------------------------------------------------------------------------

def _describe(value):
    kind = type(value)
    return kind.__qualname__ if kind.__module__ == 'builtins' else kind.__module__ + '.' + kind.__qualname__


def _encode(value, path, depth=0):
    if depth > 100:
        raise Refused(path + ' is nested more than 100 levels deep')
    if value is None or isinstance(value, (bool, str, float)):
        return value
    if isinstance(value, int):
        if not INT64[0] <= value <= INT64[1]:
            raise Refused(path + ' is the integer %d, too large for a Java long' % value)
        return value
    if isinstance(value, (list, tuple)):
        return [_encode(item, '%s[%d]' % (path, i), depth + 1) for i, item in enumerate(value)]
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise Refused('%s is a dict with a key that is not a string (%r, a %s); only string keys are carried'
                              % (path, key, _describe(key)))
            if key == ARRAY:
                raise Refused(path + ' is a dict with the key ' + ARRAY + ', which marks numeric arrays in transit')
            out[key] = _encode(item, '%s[%r]' % (path, key), depth + 1)
        return out
    numpy = sys.modules.get('numpy')
    if numpy is not None and isinstance(value, numpy.generic) and value.dtype.kind in 'biuf':
        return _encode(value.item(), path, depth)
    if numpy is not None and isinstance(value, numpy.ndarray):
        if value.ndim not in (1, 2) or value.dtype.kind not in 'iuf':
            raise Refused('%s is a numpy array of dtype %s and %d dimensions; only 1-D and 2-D int and float arrays'
                          ' are carried' % (path, value.dtype, value.ndim))
        if value.dtype.kind == 'u' and value.size and int(value.max()) > INT64[1]:
            raise Refused(path + ' holds unsigned integers too large for a Java long')
        floating = value.dtype.kind == 'f'
        data = value.astype('float64' if floating else 'int64').tolist()
        return {ARRAY: 'float64' if floating else 'int64', 'shape': list(value.shape), 'data': data}
    raise Refused('%s is a %s, which is not carried between languages (numbers, strings, booleans, None, lists, dicts'
                  ' with string keys and numeric numpy arrays are)' % (path, _describe(value)))


def export(request):
    ns = _namespace()
    values, refused = {}, {}
    for name in request['names']:
        if name not in ns:
            refused[name] = name + ' is not defined in the Python kernel'
            continue
        try:
            values[name] = _encode(ns[name], name)
        except Refused as e:
            refused[name] = str(e)
    return {'values': values, 'refused': refused}


def _numpy():
    try:
        import numpy
        return numpy
    except ImportError:
        return None


def _decode(value):
    if isinstance(value, list):
        return [_decode(item) for item in value]
    if isinstance(value, dict):
        if ARRAY in value:
            numpy = _numpy()
            if numpy is None:
                return value['data']
            return numpy.array(value['data'], dtype=value[ARRAY]).reshape(value['shape'])
        return {key: _decode(item) for key, item in value.items()}
    return value


def define(request):
    """Values in; they count as seen, so 'changes' reports them only once the cell changes them."""
    ns = _namespace()
    for name, value in request['values'].items():
        ns[name] = _decode(value)
        _baseline[name] = _print(ns[name])
    return {}


# ---- entry ---------------------------------------------------------------------------------

_OPERATIONS = {'changes': changes, 'reads': reads, 'export': export, 'define': define}


def call(request_base64):
    request = json.loads(base64.b64decode(request_base64).decode('utf-8'))
    reply = _OPERATIONS[request['op']](request)
    text = json.dumps(reply, allow_nan=True)
    shell = _shell()
    if shell is not None:
        from IPython.display import publish_display_data
        publish_display_data({MIME: text})
    else:
        print(text)


sys.modules['_continuum_variables'] = types.SimpleNamespace(call=call)
