// The AST as plain data: one interface per node class of CPython 3.12's `ast` module, with the same
// class names and field names, fields in the order of Parser/Python.asdl, then the position
// attributes. Every node carries `_type` (its class name) first; the parser builds each class with
// one object shape (same properties, same order) so V8 keeps property access monomorphic.
// Constant values: number (int within ±2**53), bigint (larger int), PyFloat, PyComplex, Uint8Array
// (bytes), string (or PyStrCodePoints, rarely), boolean, null (None), PyEllipsis. Optional fields hold null when absent.

export interface PyComplex { readonly _complex: true; readonly imag: number }
export interface PyEllipsis { readonly _ellipsis: true }
export const ELLIPSIS: PyEllipsis = Object.freeze({ _ellipsis: true as const });
/**
 * A Python str holding surrogate code points (from \ud800-style escapes) that a JS string cannot
 * tell apart from a real non-BMP character: the code points, one array element each. Only strings
 * with such escapes use this form; every other str is a plain JS string.
 */
export interface PyStrCodePoints { readonly _codepoints: true; readonly cps: readonly number[] }
/** A Python float that must stay a float even when integral (1.0): wraps the number. */
export interface PyFloat { readonly _float: true; readonly value: number }

export type ConstantValue = number | bigint | PyFloat | PyComplex | Uint8Array | string | PyStrCodePoints | boolean | null | PyEllipsis;

export interface Pos { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }

// mod
export interface Module { _type: 'Module'; body: stmt[]; type_ignores: TypeIgnore[] }
export interface Interactive { _type: 'Interactive'; body: stmt[] }
export interface Expression { _type: 'Expression'; body: expr }
export interface FunctionType { _type: 'FunctionType'; argtypes: expr[]; returns: expr }
export type mod = Module | Interactive | Expression | FunctionType;

// stmt
export interface FunctionDef extends Pos { _type: 'FunctionDef'; name: string; args: arguments; body: stmt[]; decorator_list: expr[]; returns: expr | null; type_comment: string | null; type_params: type_param[] }
export interface AsyncFunctionDef extends Pos { _type: 'AsyncFunctionDef'; name: string; args: arguments; body: stmt[]; decorator_list: expr[]; returns: expr | null; type_comment: string | null; type_params: type_param[] }
export interface ClassDef extends Pos { _type: 'ClassDef'; name: string; bases: expr[]; keywords: keyword[]; body: stmt[]; decorator_list: expr[]; type_params: type_param[] }
export interface Return extends Pos { _type: 'Return'; value: expr | null }
export interface Delete extends Pos { _type: 'Delete'; targets: expr[] }
export interface Assign extends Pos { _type: 'Assign'; targets: expr[]; value: expr; type_comment: string | null }
export interface TypeAlias extends Pos { _type: 'TypeAlias'; name: expr; type_params: type_param[]; value: expr }
export interface AugAssign extends Pos { _type: 'AugAssign'; target: expr; op: operator; value: expr }
export interface AnnAssign extends Pos { _type: 'AnnAssign'; target: expr; annotation: expr; value: expr | null; simple: number }
export interface For extends Pos { _type: 'For'; target: expr; iter: expr; body: stmt[]; orelse: stmt[]; type_comment: string | null }
export interface AsyncFor extends Pos { _type: 'AsyncFor'; target: expr; iter: expr; body: stmt[]; orelse: stmt[]; type_comment: string | null }
export interface While extends Pos { _type: 'While'; test: expr; body: stmt[]; orelse: stmt[] }
export interface If extends Pos { _type: 'If'; test: expr; body: stmt[]; orelse: stmt[] }
export interface With extends Pos { _type: 'With'; items: withitem[]; body: stmt[]; type_comment: string | null }
export interface AsyncWith extends Pos { _type: 'AsyncWith'; items: withitem[]; body: stmt[]; type_comment: string | null }
export interface Match extends Pos { _type: 'Match'; subject: expr; cases: match_case[] }
export interface Raise extends Pos { _type: 'Raise'; exc: expr | null; cause: expr | null }
export interface Try extends Pos { _type: 'Try'; body: stmt[]; handlers: ExceptHandler[]; orelse: stmt[]; finalbody: stmt[] }
export interface TryStar extends Pos { _type: 'TryStar'; body: stmt[]; handlers: ExceptHandler[]; orelse: stmt[]; finalbody: stmt[] }
export interface Assert extends Pos { _type: 'Assert'; test: expr; msg: expr | null }
export interface Import extends Pos { _type: 'Import'; names: alias[] }
export interface ImportFrom extends Pos { _type: 'ImportFrom'; module: string | null; names: alias[]; level: number }
export interface Global extends Pos { _type: 'Global'; names: string[] }
export interface Nonlocal extends Pos { _type: 'Nonlocal'; names: string[] }
export interface Expr extends Pos { _type: 'Expr'; value: expr }
export interface Pass extends Pos { _type: 'Pass' }
export interface Break extends Pos { _type: 'Break' }
export interface Continue extends Pos { _type: 'Continue' }
export type stmt = FunctionDef | AsyncFunctionDef | ClassDef | Return | Delete | Assign | TypeAlias | AugAssign
  | AnnAssign | For | AsyncFor | While | If | With | AsyncWith | Match | Raise | Try | TryStar | Assert
  | Import | ImportFrom | Global | Nonlocal | Expr | Pass | Break | Continue;

// expr
export interface BoolOp extends Pos { _type: 'BoolOp'; op: boolop; values: expr[] }
export interface NamedExpr extends Pos { _type: 'NamedExpr'; target: expr; value: expr }
export interface BinOp extends Pos { _type: 'BinOp'; left: expr; op: operator; right: expr }
export interface UnaryOp extends Pos { _type: 'UnaryOp'; op: unaryop; operand: expr }
export interface Lambda extends Pos { _type: 'Lambda'; args: arguments; body: expr }
export interface IfExp extends Pos { _type: 'IfExp'; test: expr; body: expr; orelse: expr }
export interface Dict extends Pos { _type: 'Dict'; keys: (expr | null)[]; values: expr[] }
export interface Set extends Pos { _type: 'Set'; elts: expr[] }
export interface ListComp extends Pos { _type: 'ListComp'; elt: expr; generators: comprehension[] }
export interface SetComp extends Pos { _type: 'SetComp'; elt: expr; generators: comprehension[] }
export interface DictComp extends Pos { _type: 'DictComp'; key: expr; value: expr; generators: comprehension[] }
export interface GeneratorExp extends Pos { _type: 'GeneratorExp'; elt: expr; generators: comprehension[] }
export interface Await extends Pos { _type: 'Await'; value: expr }
export interface Yield extends Pos { _type: 'Yield'; value: expr | null }
export interface YieldFrom extends Pos { _type: 'YieldFrom'; value: expr }
export interface Compare extends Pos { _type: 'Compare'; left: expr; ops: cmpop[]; comparators: expr[] }
export interface Call extends Pos { _type: 'Call'; func: expr; args: expr[]; keywords: keyword[] }
export interface FormattedValue extends Pos { _type: 'FormattedValue'; value: expr; conversion: number; format_spec: expr | null }
export interface JoinedStr extends Pos { _type: 'JoinedStr'; values: expr[] }
export interface Constant extends Pos { _type: 'Constant'; value: ConstantValue; kind: string | null }
export interface Attribute extends Pos { _type: 'Attribute'; value: expr; attr: string; ctx: expr_context }
export interface Subscript extends Pos { _type: 'Subscript'; value: expr; slice: expr; ctx: expr_context }
export interface Starred extends Pos { _type: 'Starred'; value: expr; ctx: expr_context }
export interface Name extends Pos { _type: 'Name'; id: string; ctx: expr_context }
export interface List extends Pos { _type: 'List'; elts: expr[]; ctx: expr_context }
export interface Tuple extends Pos { _type: 'Tuple'; elts: expr[]; ctx: expr_context }
export interface Slice extends Pos { _type: 'Slice'; lower: expr | null; upper: expr | null; step: expr | null }
export type expr = BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | Set | ListComp | SetComp
  | DictComp | GeneratorExp | Await | Yield | YieldFrom | Compare | Call | FormattedValue | JoinedStr
  | Constant | Attribute | Subscript | Starred | Name | List | Tuple | Slice;

// Singleton-like field-less nodes: one shared object per class.
export interface Load { _type: 'Load' }
export interface Store { _type: 'Store' }
export interface Del { _type: 'Del' }
export type expr_context = Load | Store | Del;
export interface And { _type: 'And' }
export interface Or { _type: 'Or' }
export type boolop = And | Or;
export type operator = { _type: 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow' | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv' };
export type unaryop = { _type: 'Invert' | 'Not' | 'UAdd' | 'USub' };
export type cmpop = { _type: 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn' };

export interface comprehension { _type: 'comprehension'; target: expr; iter: expr; ifs: expr[]; is_async: number }
export interface ExceptHandler extends Pos { _type: 'ExceptHandler'; type: expr | null; name: string | null; body: stmt[] }
export type excepthandler = ExceptHandler;
export interface arguments { _type: 'arguments'; posonlyargs: arg[]; args: arg[]; vararg: arg | null; kwonlyargs: arg[]; kw_defaults: (expr | null)[]; kwarg: arg | null; defaults: expr[] }
export interface arg extends Pos { _type: 'arg'; arg: string; annotation: expr | null; type_comment: string | null }
export interface keyword extends Pos { _type: 'keyword'; arg: string | null; value: expr }
export interface alias extends Pos { _type: 'alias'; name: string; asname: string | null }
export interface withitem { _type: 'withitem'; context_expr: expr; optional_vars: expr | null }
export interface match_case { _type: 'match_case'; pattern: pattern; guard: expr | null; body: stmt[] }

// pattern
export interface MatchValue extends Pos { _type: 'MatchValue'; value: expr }
export interface MatchSingleton extends Pos { _type: 'MatchSingleton'; value: ConstantValue }
export interface MatchSequence extends Pos { _type: 'MatchSequence'; patterns: pattern[] }
export interface MatchMapping extends Pos { _type: 'MatchMapping'; keys: expr[]; patterns: pattern[]; rest: string | null }
export interface MatchClass extends Pos { _type: 'MatchClass'; cls: expr; patterns: pattern[]; kwd_attrs: string[]; kwd_patterns: pattern[] }
export interface MatchStar extends Pos { _type: 'MatchStar'; name: string | null }
export interface MatchAs extends Pos { _type: 'MatchAs'; pattern: pattern | null; name: string | null }
export interface MatchOr extends Pos { _type: 'MatchOr'; patterns: pattern[] }
export type pattern = MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;

export interface TypeIgnore { _type: 'TypeIgnore'; lineno: number; tag: string }
export type type_ignore = TypeIgnore;

// type_param
export interface TypeVar extends Pos { _type: 'TypeVar'; name: string; bound: expr | null }
export interface ParamSpec extends Pos { _type: 'ParamSpec'; name: string }
export interface TypeVarTuple extends Pos { _type: 'TypeVarTuple'; name: string }
export type type_param = TypeVar | ParamSpec | TypeVarTuple;

export type Node = mod | stmt | expr | expr_context | boolop | operator | unaryop | cmpop | comprehension
  | ExceptHandler | arguments | arg | keyword | alias | withitem | match_case | pattern | TypeIgnore | type_param;

const POS = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'] as const;

/**
 * For each node class: its fields in ASDL order, which of them are optional (`?` in the ASDL, so
 * ast.dump leaves them out when None), and its attributes. ast.dump and the compiler read this.
 */
export const NODE_CLASSES: Readonly<Record<string, { fields: readonly string[]; optional: readonly string[]; attributes: readonly string[] }>> = (() => {
  const t: Record<string, { fields: string[]; optional: string[]; attributes: readonly string[] }> = {};
  const def = (name: string, spec: string, attrs: readonly string[]): void => {
    const fields: string[] = [];
    const optional: string[] = [];
    for (const f of spec.split(' ').filter((s) => s.length > 0)) {
      if (f.endsWith('?')) { fields.push(f.slice(0, -1)); optional.push(f.slice(0, -1)); }
      else fields.push(f);
    }
    t[name] = { fields, optional, attributes: attrs };
  };
  def('Module', 'body type_ignores', []);
  def('Interactive', 'body', []);
  def('Expression', 'body', []);
  def('FunctionType', 'argtypes returns', []);
  def('FunctionDef', 'name args body decorator_list returns? type_comment? type_params', POS);
  def('AsyncFunctionDef', 'name args body decorator_list returns? type_comment? type_params', POS);
  def('ClassDef', 'name bases keywords body decorator_list type_params', POS);
  def('Return', 'value?', POS);
  def('Delete', 'targets', POS);
  def('Assign', 'targets value type_comment?', POS);
  def('TypeAlias', 'name type_params value', POS);
  def('AugAssign', 'target op value', POS);
  def('AnnAssign', 'target annotation value? simple', POS);
  def('For', 'target iter body orelse type_comment?', POS);
  def('AsyncFor', 'target iter body orelse type_comment?', POS);
  def('While', 'test body orelse', POS);
  def('If', 'test body orelse', POS);
  def('With', 'items body type_comment?', POS);
  def('AsyncWith', 'items body type_comment?', POS);
  def('Match', 'subject cases', POS);
  def('Raise', 'exc? cause?', POS);
  def('Try', 'body handlers orelse finalbody', POS);
  def('TryStar', 'body handlers orelse finalbody', POS);
  def('Assert', 'test msg?', POS);
  def('Import', 'names', POS);
  def('ImportFrom', 'module? names level?', POS);
  def('Global', 'names', POS);
  def('Nonlocal', 'names', POS);
  def('Expr', 'value', POS);
  def('Pass', '', POS);
  def('Break', '', POS);
  def('Continue', '', POS);
  def('BoolOp', 'op values', POS);
  def('NamedExpr', 'target value', POS);
  def('BinOp', 'left op right', POS);
  def('UnaryOp', 'op operand', POS);
  def('Lambda', 'args body', POS);
  def('IfExp', 'test body orelse', POS);
  def('Dict', 'keys values', POS);
  def('Set', 'elts', POS);
  def('ListComp', 'elt generators', POS);
  def('SetComp', 'elt generators', POS);
  def('DictComp', 'key value generators', POS);
  def('GeneratorExp', 'elt generators', POS);
  def('Await', 'value', POS);
  def('Yield', 'value?', POS);
  def('YieldFrom', 'value', POS);
  def('Compare', 'left ops comparators', POS);
  def('Call', 'func args keywords', POS);
  def('FormattedValue', 'value conversion format_spec?', POS);
  def('JoinedStr', 'values', POS);
  def('Constant', 'value kind?', POS);
  def('Attribute', 'value attr ctx', POS);
  def('Subscript', 'value slice ctx', POS);
  def('Starred', 'value ctx', POS);
  def('Name', 'id ctx', POS);
  def('List', 'elts ctx', POS);
  def('Tuple', 'elts ctx', POS);
  def('Slice', 'lower? upper? step?', POS);
  for (const n of ['Load', 'Store', 'Del', 'And', 'Or', 'Add', 'Sub', 'Mult', 'MatMult', 'Div', 'Mod', 'Pow',
    'LShift', 'RShift', 'BitOr', 'BitXor', 'BitAnd', 'FloorDiv', 'Invert', 'Not', 'UAdd', 'USub', 'Eq',
    'NotEq', 'Lt', 'LtE', 'Gt', 'GtE', 'Is', 'IsNot', 'In', 'NotIn']) def(n, '', []);
  def('comprehension', 'target iter ifs is_async', []);
  def('ExceptHandler', 'type? name? body', POS);
  def('arguments', 'posonlyargs args vararg? kwonlyargs kw_defaults kwarg? defaults', []);
  def('arg', 'arg annotation? type_comment?', POS);
  def('keyword', 'arg? value', POS);
  def('alias', 'name asname?', POS);
  def('withitem', 'context_expr optional_vars?', []);
  def('match_case', 'pattern guard? body', []);
  def('MatchValue', 'value', POS);
  def('MatchSingleton', 'value', POS);
  def('MatchSequence', 'patterns', POS);
  def('MatchMapping', 'keys patterns rest?', POS);
  def('MatchClass', 'cls patterns kwd_attrs kwd_patterns', POS);
  def('MatchStar', 'name?', POS);
  def('MatchAs', 'pattern? name?', POS);
  def('MatchOr', 'patterns', POS);
  def('TypeIgnore', 'lineno tag', []);
  def('TypeVar', 'name bound?', POS);
  def('ParamSpec', 'name', POS);
  def('TypeVarTuple', 'name', POS);
  return t;
})();
