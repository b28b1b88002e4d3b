// The abstract grammar of CPython 3.12's `ast` module (the ASDL the Python docs print under "Abstract
// Grammar"), as data: every sum type with its constructors, every product type, each field's type and
// its `*` (list) or `?` (optional) mark, and the position attributes. _ast builds its classes, their
// docstrings and the tree conversions (ast/to-python.ts, ast/from-python.ts) from this one table.
// Invariant: field and constructor order is the grammar's (it is _fields' order).

/** One field: `type` is a builtin (identifier, string, int, constant) or a sum/product type name. */
export interface AsdlField { readonly name: string; readonly type: string; readonly seq: boolean; readonly opt: boolean }
export interface AsdlConstructor { readonly name: string; readonly fields: readonly AsdlField[]; readonly base: string }
export interface AsdlType {
  readonly name: string;
  /** Sum types list their constructors; product types have none and fields of their own. */
  readonly constructors: readonly AsdlConstructor[] | null;
  readonly fields: readonly AsdlField[];
  readonly attributes: readonly AsdlField[];
  /** A sum whose constructors have no fields (expr_context, operator...): one shared instance each. */
  readonly simple: boolean;
}

const POSITIONS = '(int lineno, int col_offset, int? end_lineno, int? end_col_offset)';
const POSITIONS_REQUIRED = '(int lineno, int col_offset, int end_lineno, int end_col_offset)';

// name = Constructor(fields) | ...  [attributes (...)]; products: name = (fields) [attributes (...)].
const GRAMMAR: readonly [string, string, string?][] = [
  ['mod', 'Module(stmt* body, type_ignore* type_ignores) | Interactive(stmt* body) | Expression(expr body) | FunctionType(expr* argtypes, expr returns)'],
  ['stmt', 'FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment, type_param* type_params)'
    + ' | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment, type_param* type_params)'
    + ' | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list, type_param* type_params)'
    + ' | Return(expr? value) | Delete(expr* targets) | Assign(expr* targets, expr value, string? type_comment)'
    + ' | TypeAlias(expr name, type_param* type_params, expr value) | AugAssign(expr target, operator op, expr value)'
    + ' | AnnAssign(expr target, expr annotation, expr? value, int simple)'
    + ' | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)'
    + ' | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)'
    + ' | While(expr test, stmt* body, stmt* orelse) | If(expr test, stmt* body, stmt* orelse)'
    + ' | With(withitem* items, stmt* body, string? type_comment) | AsyncWith(withitem* items, stmt* body, string? type_comment)'
    + ' | Match(expr subject, match_case* cases) | Raise(expr? exc, expr? cause)'
    + ' | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)'
    + ' | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)'
    + ' | Assert(expr test, expr? msg) | Import(alias* names) | ImportFrom(identifier? module, alias* names, int? level)'
    + ' | Global(identifier* names) | Nonlocal(identifier* names) | Expr(expr value) | Pass | Break | Continue', POSITIONS],
  ['expr', 'BoolOp(boolop op, expr* values) | NamedExpr(expr target, expr value) | BinOp(expr left, operator op, expr right)'
    + ' | UnaryOp(unaryop op, expr operand) | Lambda(arguments args, expr body) | IfExp(expr test, expr body, expr orelse)'
    + ' | Dict(expr* keys, expr* values) | Set(expr* elts) | ListComp(expr elt, comprehension* generators)'
    + ' | SetComp(expr elt, comprehension* generators) | DictComp(expr key, expr value, comprehension* generators)'
    + ' | GeneratorExp(expr elt, comprehension* generators) | Await(expr value) | Yield(expr? value) | YieldFrom(expr value)'
    + ' | Compare(expr left, cmpop* ops, expr* comparators) | Call(expr func, expr* args, keyword* keywords)'
    + ' | FormattedValue(expr value, int conversion, expr? format_spec) | JoinedStr(expr* values)'
    + ' | Constant(constant value, string? kind) | Attribute(expr value, identifier attr, expr_context ctx)'
    + ' | Subscript(expr value, expr slice, expr_context ctx) | Starred(expr value, expr_context ctx)'
    + ' | Name(identifier id, expr_context ctx) | List(expr* elts, expr_context ctx) | Tuple(expr* elts, expr_context ctx)'
    + ' | Slice(expr? lower, expr? upper, expr? step)', POSITIONS],
  ['expr_context', 'Load | Store | Del'],
  ['boolop', 'And | Or'],
  ['operator', 'Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv'],
  ['unaryop', 'Invert | Not | UAdd | USub'],
  ['cmpop', 'Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn'],
  ['comprehension', '(expr target, expr iter, expr* ifs, int is_async)'],
  ['excepthandler', 'ExceptHandler(expr? type, identifier? name, stmt* body)', POSITIONS],
  ['arguments', '(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)'],
  ['arg', '(identifier arg, expr? annotation, string? type_comment)', POSITIONS],
  ['keyword', '(identifier? arg, expr value)', POSITIONS],
  ['alias', '(identifier name, identifier? asname)', POSITIONS],
  ['withitem', '(expr context_expr, expr? optional_vars)'],
  ['match_case', '(pattern pattern, expr? guard, stmt* body)'],
  ['pattern', 'MatchValue(expr value) | MatchSingleton(constant value) | MatchSequence(pattern* patterns)'
    + ' | MatchMapping(expr* keys, pattern* patterns, identifier? rest)'
    + ' | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)'
    + ' | MatchStar(identifier? name) | MatchAs(pattern? pattern, identifier? name) | MatchOr(pattern* patterns)', POSITIONS_REQUIRED],
  ['type_ignore', 'TypeIgnore(int lineno, string tag)'],
  ['type_param', 'TypeVar(identifier name, expr? bound) | ParamSpec(identifier name) | TypeVarTuple(identifier name)', POSITIONS_REQUIRED],
];

function parseFields(s: string): AsdlField[] {
  const inner = s.trim().replace(/^\(/, '').replace(/\)$/, '').trim();
  if (inner === '') return [];
  return inner.split(',').map((f) => {
    const [t, name] = f.trim().split(/\s+/) as [string, string];
    const seq = t.endsWith('*'), opt = t.endsWith('?');
    return { name, type: seq || opt ? t.slice(0, -1) : t, seq, opt };
  });
}

function build(): { types: AsdlType[]; constructors: Map<string, AsdlConstructor>; byName: Map<string, AsdlType> } {
  const types: AsdlType[] = [];
  const constructors = new Map<string, AsdlConstructor>();
  const byName = new Map<string, AsdlType>();
  for (const [name, body, attrs] of GRAMMAR) {
    const attributes = attrs !== undefined ? parseFields(attrs) : [];
    let t: AsdlType;
    if (body.startsWith('(')) {
      t = { name, constructors: null, fields: parseFields(body), attributes, simple: false };
    } else {
      const cons: AsdlConstructor[] = body.split(' | ').map((c) => {
        const p = c.indexOf('(');
        const cname = (p < 0 ? c : c.slice(0, p)).trim();
        return { name: cname, fields: p < 0 ? [] : parseFields(c.slice(p)), base: name };
      });
      for (const c of cons) constructors.set(c.name, c);
      t = { name, constructors: cons, fields: [], attributes, simple: cons.every((c) => c.fields.length === 0) };
    }
    types.push(t);
    byName.set(name, t);
  }
  return { types, constructors, byName };
}

const built = build();
/** The sum and product types, in grammar order. */
export const ASDL_TYPES: readonly AsdlType[] = built.types;
/** Constructor name -> its constructor (and, through `base`, its sum type). */
export const ASDL_CONSTRUCTORS: ReadonlyMap<string, AsdlConstructor> = built.constructors;
/** Sum or product type name -> type. */
export const ASDL_BY_NAME: ReadonlyMap<string, AsdlType> = built.byName;

function fieldsDoc(fields: readonly AsdlField[]): string {
  return fields.map((f) => `${f.type}${f.seq ? '*' : f.opt ? '?' : ''} ${f.name}`).join(', ');
}

/** The __doc__ of a constructor class or a product type: `Name(expr value, expr_context ctx)`. */
export function asdlDoc(name: string, fields: readonly AsdlField[]): string {
  return fields.length === 0 ? name : `${name}(${fieldsDoc(fields)})`;
}

/** The __doc__ of a sum type's class: `name = A(...)` then `| B(...)` lines (one line for simple sums). */
export function asdlSumDoc(t: AsdlType): string {
  const parts = t.constructors!.map((c) => asdlDoc(c.name, c.fields));
  if (t.simple) return `${t.name} = ${parts.join(' | ')}`;
  return `${t.name} = ${parts.join('\n' + ' '.repeat(t.name.length + 1) + '| ')}`;
}
