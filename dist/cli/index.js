#!/usr/bin/env node
import './sourcemap-register.cjs';import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7615:
/***/ ((module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
const core_1 = __nccwpck_require__(9669);
const draft7_1 = __nccwpck_require__(9381);
const discriminator_1 = __nccwpck_require__(7446);
const draft7MetaSchema = __nccwpck_require__(6564);
const META_SUPPORT_DATA = ["/properties"];
const META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
class Ajv extends core_1.default {
    _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
            this.addKeyword(discriminator_1.default);
    }
    _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
            return;
        const metaSchema = this.opts.$data
            ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA)
            : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
    }
    defaultMeta() {
        return (this.opts.defaultMeta =
            super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : undefined));
    }
}
exports.Ajv = Ajv;
module.exports = exports = Ajv;
module.exports.Ajv = Ajv;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = Ajv;
var validate_1 = __nccwpck_require__(6537);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(6300);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
var validation_error_1 = __nccwpck_require__(525);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return validation_error_1.default; } }));
var ref_error_1 = __nccwpck_require__(346);
Object.defineProperty(exports, "MissingRefError", ({ enumerable: true, get: function () { return ref_error_1.default; } }));
//# sourceMappingURL=ajv.js.map

/***/ }),

/***/ 8279:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
// eslint-disable-next-line @typescript-eslint/no-extraneous-class
class _CodeOrName {
}
exports._CodeOrName = _CodeOrName;
exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
class Name extends _CodeOrName {
    constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
            throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        return false;
    }
    get names() {
        return { [this.str]: 1 };
    }
}
exports.Name = Name;
class _Code extends _CodeOrName {
    constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        if (this._items.length > 1)
            return false;
        const item = this._items[0];
        return item === "" || item === '""';
    }
    get str() {
        var _a;
        return ((_a = this._str) !== null && _a !== void 0 ? _a : (this._str = this._items.reduce((s, c) => `${s}${c}`, "")));
    }
    get names() {
        var _a;
        return ((_a = this._names) !== null && _a !== void 0 ? _a : (this._names = this._items.reduce((names, c) => {
            if (c instanceof Name)
                names[c.str] = (names[c.str] || 0) + 1;
            return names;
        }, {})));
    }
}
exports._Code = _Code;
exports.nil = new _Code("");
function _(strs, ...args) {
    const code = [strs[0]];
    let i = 0;
    while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
    }
    return new _Code(code);
}
exports._ = _;
const plus = new _Code("+");
function str(strs, ...args) {
    const expr = [safeStringify(strs[0])];
    let i = 0;
    while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
    }
    optimize(expr);
    return new _Code(expr);
}
exports.str = str;
function addCodeArg(code, arg) {
    if (arg instanceof _Code)
        code.push(...arg._items);
    else if (arg instanceof Name)
        code.push(arg);
    else
        code.push(interpolate(arg));
}
exports.addCodeArg = addCodeArg;
function optimize(expr) {
    let i = 1;
    while (i < expr.length - 1) {
        if (expr[i] === plus) {
            const res = mergeExprItems(expr[i - 1], expr[i + 1]);
            if (res !== undefined) {
                expr.splice(i - 1, 3, res);
                continue;
            }
            expr[i++] = "+";
        }
        i++;
    }
}
function mergeExprItems(a, b) {
    if (b === '""')
        return a;
    if (a === '""')
        return b;
    if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
            return;
        if (typeof b != "string")
            return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
            return a.slice(0, -1) + b.slice(1);
        return;
    }
    if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
    return;
}
function strConcat(c1, c2) {
    return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str `${c1}${c2}`;
}
exports.strConcat = strConcat;
// TODO do not allow arrays here
function interpolate(x) {
    return typeof x == "number" || typeof x == "boolean" || x === null
        ? x
        : safeStringify(Array.isArray(x) ? x.join(",") : x);
}
function stringify(x) {
    return new _Code(safeStringify(x));
}
exports.stringify = stringify;
function safeStringify(x) {
    return JSON.stringify(x)
        .replace(/\u2028/g, "\\u2028")
        .replace(/\u2029/g, "\\u2029");
}
exports.safeStringify = safeStringify;
function getProperty(key) {
    return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _ `[${key}]`;
}
exports.getProperty = getProperty;
//Does best effort to format the name properly
function getEsmExportName(key) {
    if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
    }
    throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
}
exports.getEsmExportName = getEsmExportName;
function regexpCode(rx) {
    return new _Code(rx.toString());
}
exports.regexpCode = regexpCode;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 6300:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
const code_1 = __nccwpck_require__(8279);
const scope_1 = __nccwpck_require__(6956);
var code_2 = __nccwpck_require__(8279);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return code_2._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return code_2.str; } }));
Object.defineProperty(exports, "strConcat", ({ enumerable: true, get: function () { return code_2.strConcat; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return code_2.nil; } }));
Object.defineProperty(exports, "getProperty", ({ enumerable: true, get: function () { return code_2.getProperty; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return code_2.stringify; } }));
Object.defineProperty(exports, "regexpCode", ({ enumerable: true, get: function () { return code_2.regexpCode; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return code_2.Name; } }));
var scope_2 = __nccwpck_require__(6956);
Object.defineProperty(exports, "Scope", ({ enumerable: true, get: function () { return scope_2.Scope; } }));
Object.defineProperty(exports, "ValueScope", ({ enumerable: true, get: function () { return scope_2.ValueScope; } }));
Object.defineProperty(exports, "ValueScopeName", ({ enumerable: true, get: function () { return scope_2.ValueScopeName; } }));
Object.defineProperty(exports, "varKinds", ({ enumerable: true, get: function () { return scope_2.varKinds; } }));
exports.operators = {
    GT: new code_1._Code(">"),
    GTE: new code_1._Code(">="),
    LT: new code_1._Code("<"),
    LTE: new code_1._Code("<="),
    EQ: new code_1._Code("==="),
    NEQ: new code_1._Code("!=="),
    NOT: new code_1._Code("!"),
    OR: new code_1._Code("||"),
    AND: new code_1._Code("&&"),
    ADD: new code_1._Code("+"),
};
class Node {
    optimizeNodes() {
        return this;
    }
    optimizeNames(_names, _constants) {
        return this;
    }
}
class Def extends Node {
    constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
    }
    render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === undefined ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (!names[this.name.str])
            return;
        if (this.rhs)
            this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
    }
}
class Assign extends Node {
    constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
    }
    render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
            return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
    }
}
class AssignOp extends Assign {
    constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
    }
    render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
    }
}
class Label extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        return `${this.label}:` + _n;
    }
}
class Break extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
    }
}
class Throw extends Node {
    constructor(error) {
        super();
        this.error = error;
    }
    render({ _n }) {
        return `throw ${this.error};` + _n;
    }
    get names() {
        return this.error.names;
    }
}
class AnyCode extends Node {
    constructor(code) {
        super();
        this.code = code;
    }
    render({ _n }) {
        return `${this.code};` + _n;
    }
    optimizeNodes() {
        return `${this.code}` ? this : undefined;
    }
    optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
    }
    get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
    }
}
class ParentNode extends Node {
    constructor(nodes = []) {
        super();
        this.nodes = nodes;
    }
    render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
    }
    optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            const n = nodes[i].optimizeNodes();
            if (Array.isArray(n))
                nodes.splice(i, 1, ...n);
            else if (n)
                nodes[i] = n;
            else
                nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            // iterating backwards improves 1-pass optimization
            const n = nodes[i];
            if (n.optimizeNames(names, constants))
                continue;
            subtractNames(names, n.names);
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
    }
}
class BlockNode extends ParentNode {
    render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
    }
}
class Root extends ParentNode {
}
class Else extends BlockNode {
}
Else.kind = "else";
class If extends BlockNode {
    constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
    }
    render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
            code += "else " + this.else.render(opts);
        return code;
    }
    optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
            return this.nodes; // else is ignored here
        let e = this.else;
        if (e) {
            const ns = e.optimizeNodes();
            e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
            if (cond === false)
                return e instanceof If ? e : e.nodes;
            if (this.nodes.length)
                return this;
            return new If(not(cond), e instanceof If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
            return undefined;
        return this;
    }
    optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
            return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
            addNames(names, this.else.names);
        return names;
    }
}
If.kind = "if";
class For extends BlockNode {
}
For.kind = "for";
class ForLoop extends For {
    constructor(iteration) {
        super();
        this.iteration = iteration;
    }
    render(opts) {
        return `for(${this.iteration})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iteration.names);
    }
}
class ForRange extends For {
    constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
    }
    render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
    }
    get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
    }
}
class ForIter extends For {
    constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
    }
    render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iterable.names);
    }
}
class Func extends BlockNode {
    constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
    }
    render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
    }
}
Func.kind = "func";
class Return extends ParentNode {
    render(opts) {
        return "return " + super.render(opts);
    }
}
Return.kind = "return";
class Try extends BlockNode {
    render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
            code += this.catch.render(opts);
        if (this.finally)
            code += this.finally.render(opts);
        return code;
    }
    optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
    }
    optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        if (this.catch)
            addNames(names, this.catch.names);
        if (this.finally)
            addNames(names, this.finally.names);
        return names;
    }
}
class Catch extends BlockNode {
    constructor(error) {
        super();
        this.error = error;
    }
    render(opts) {
        return `catch(${this.error})` + super.render(opts);
    }
}
Catch.kind = "catch";
class Finally extends BlockNode {
    render(opts) {
        return "finally" + super.render(opts);
    }
}
Finally.kind = "finally";
class CodeGen {
    constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
    }
    toString() {
        return this._root.render(this.opts);
    }
    // returns unique name in the internal scope
    name(prefix) {
        return this._scope.name(prefix);
    }
    // reserves unique name in the external scope
    scopeName(prefix) {
        return this._extScope.name(prefix);
    }
    // reserves unique name in the external scope and assigns value to it
    scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = new Set());
        vs.add(name);
        return name;
    }
    getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
    }
    // return code that assigns values in the external scope to the names that are used internally
    // (same names that were returned by gen.scopeName or gen.scopeValue)
    scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
    }
    scopeCode() {
        return this._extScope.scopeCode(this._values);
    }
    _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== undefined && constant)
            this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
    }
    // `const` declaration (`var` in es5 mode)
    const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
    }
    // `let` declaration with optional assignment (`var` in es5 mode)
    let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
    }
    // `var` declaration with optional assignment
    var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
    }
    // assignment code
    assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
    }
    // `+=` code
    add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
    }
    // appends passed SafeExpr to code or executes Block
    code(c) {
        if (typeof c == "function")
            c();
        else if (c !== code_1.nil)
            this._leafNode(new AnyCode(c));
        return this;
    }
    // returns code for object literal for the passed argument list of key-value pairs
    object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
            if (code.length > 1)
                code.push(",");
            code.push(key);
            if (key !== value || this.opts.es5) {
                code.push(":");
                (0, code_1.addCodeArg)(code, value);
            }
        }
        code.push("}");
        return new code_1._Code(code);
    }
    // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
    if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
            this.code(thenBody).else().code(elseBody).endIf();
        }
        else if (thenBody) {
            this.code(thenBody).endIf();
        }
        else if (elseBody) {
            throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
    }
    // `else if` clause - invalid without `if` or after `else` clauses
    elseIf(condition) {
        return this._elseNode(new If(condition));
    }
    // `else` clause - only valid after `if` or `else if` clauses
    else() {
        return this._elseNode(new Else());
    }
    // end `if` statement (needed if gen.if was used only with condition)
    endIf() {
        return this._endBlockNode(If, Else);
    }
    _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
            this.code(forBody).endFor();
        return this;
    }
    // a generic `for` clause (or statement if `forBody` is passed)
    for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
    }
    // `for` statement for a range of values
    forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
    }
    // `for-of` statement (in es5 mode replace with a normal for loop)
    forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
            const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
            return this.forRange("_i", 0, (0, code_1._) `${arr}.length`, (i) => {
                this.var(name, (0, code_1._) `${arr}[${i}]`);
                forBody(name);
            });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
    }
    // `for-in` statement.
    // With option `ownProperties` replaced with a `for-of` loop for object keys
    forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
            return this.forOf(nameOrPrefix, (0, code_1._) `Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
    }
    // end `for` loop
    endFor() {
        return this._endBlockNode(For);
    }
    // `label` statement
    label(label) {
        return this._leafNode(new Label(label));
    }
    // `break` statement
    break(label) {
        return this._leafNode(new Break(label));
    }
    // `return` statement
    return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
            throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
    }
    // `try` statement
    try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
            throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
            const error = this.name("e");
            this._currNode = node.catch = new Catch(error);
            catchCode(error);
        }
        if (finallyCode) {
            this._currNode = node.finally = new Finally();
            this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
    }
    // `throw` statement
    throw(error) {
        return this._leafNode(new Throw(error));
    }
    // start self-balancing block
    block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
            this.code(body).endBlock(nodeCount);
        return this;
    }
    // end the current self-balancing block
    endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === undefined)
            throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || (nodeCount !== undefined && toClose !== nodeCount)) {
            throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
    }
    // `function` heading (or definition if funcBody is passed)
    func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
            this.code(funcBody).endFunc();
        return this;
    }
    // end function definition
    endFunc() {
        return this._endBlockNode(Func);
    }
    optimize(n = 1) {
        while (n-- > 0) {
            this._root.optimizeNodes();
            this._root.optimizeNames(this._root.names, this._constants);
        }
    }
    _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
    }
    _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
    }
    _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || (N2 && n instanceof N2)) {
            this._nodes.pop();
            return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
    }
    _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
            throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
    }
    get _root() {
        return this._nodes[0];
    }
    get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
    }
    set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
    }
}
exports.CodeGen = CodeGen;
function addNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
    return names;
}
function addExprNames(names, from) {
    return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
}
function optimizeExpr(expr, names, constants) {
    if (expr instanceof code_1.Name)
        return replaceName(expr);
    if (!canOptimize(expr))
        return expr;
    return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
            c = replaceName(c);
        if (c instanceof code_1._Code)
            items.push(...c._items);
        else
            items.push(c);
        return items;
    }, []));
    function replaceName(n) {
        const c = constants[n.str];
        if (c === undefined || names[n.str] !== 1)
            return n;
        delete names[n.str];
        return c;
    }
    function canOptimize(e) {
        return (e instanceof code_1._Code &&
            e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== undefined));
    }
}
function subtractNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
}
function not(x) {
    return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._) `!${par(x)}`;
}
exports.not = not;
const andCode = mappend(exports.operators.AND);
// boolean AND (&&) expression with the passed arguments
function and(...args) {
    return args.reduce(andCode);
}
exports.and = and;
const orCode = mappend(exports.operators.OR);
// boolean OR (||) expression with the passed arguments
function or(...args) {
    return args.reduce(orCode);
}
exports.or = or;
function mappend(op) {
    return (x, y) => (x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._) `${par(x)} ${op} ${par(y)}`);
}
function par(x) {
    return x instanceof code_1.Name ? x : (0, code_1._) `(${x})`;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6956:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
const code_1 = __nccwpck_require__(8279);
class ValueError extends Error {
    constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
    }
}
var UsedValueState;
(function (UsedValueState) {
    UsedValueState[UsedValueState["Started"] = 0] = "Started";
    UsedValueState[UsedValueState["Completed"] = 1] = "Completed";
})(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
exports.varKinds = {
    const: new code_1.Name("const"),
    let: new code_1.Name("let"),
    var: new code_1.Name("var"),
};
class Scope {
    constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
    }
    toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
    }
    name(prefix) {
        return new code_1.Name(this._newName(prefix));
    }
    _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
    }
    _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || (this._prefixes && !this._prefixes.has(prefix))) {
            throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return (this._names[prefix] = { prefix, index: 0 });
    }
}
exports.Scope = Scope;
class ValueScopeName extends code_1.Name {
    constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
    }
    setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._) `.${new code_1.Name(property)}[${itemIndex}]`;
    }
}
exports.ValueScopeName = ValueScopeName;
const line = (0, code_1._) `\n`;
class ValueScope extends Scope {
    constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
    }
    get() {
        return this._scope;
    }
    name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
    }
    value(nameOrPrefix, value) {
        var _a;
        if (value.ref === undefined)
            throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
            const _name = vs.get(valueKey);
            if (_name)
                return _name;
        }
        else {
            vs = this._values[prefix] = new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
    }
    getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
            return;
        return vs.get(keyOrRef);
    }
    scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
            if (name.scopePath === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return (0, code_1._) `${scopeName}${name.scopePath}`;
        });
    }
    scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
            if (name.value === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return name.value.code;
        }, usedValues, getCode);
    }
    _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
            const vs = values[prefix];
            if (!vs)
                continue;
            const nameSet = (usedValues[prefix] = usedValues[prefix] || new Map());
            vs.forEach((name) => {
                if (nameSet.has(name))
                    return;
                nameSet.set(name, UsedValueState.Started);
                let c = valueCode(name);
                if (c) {
                    const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
                    code = (0, code_1._) `${code}${def} ${name} = ${c};${this.opts._n}`;
                }
                else if ((c = getCode === null || getCode === void 0 ? void 0 : getCode(name))) {
                    code = (0, code_1._) `${code}${c}${this.opts._n}`;
                }
                else {
                    throw new ValueError(name);
                }
                nameSet.set(name, UsedValueState.Completed);
            });
        }
        return code;
    }
}
exports.ValueScope = ValueScope;
//# sourceMappingURL=scope.js.map

/***/ }),

/***/ 4659:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
const codegen_1 = __nccwpck_require__(6300);
const util_1 = __nccwpck_require__(5248);
const names_1 = __nccwpck_require__(8054);
exports.keywordError = {
    message: ({ keyword }) => (0, codegen_1.str) `must pass "${keyword}" keyword validation`,
};
exports.keyword$DataError = {
    message: ({ keyword, schemaType }) => schemaType
        ? (0, codegen_1.str) `"${keyword}" keyword must be ${schemaType} ($data)`
        : (0, codegen_1.str) `"${keyword}" keyword is invalid ($data)`,
};
function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : (compositeRule || allErrors)) {
        addError(gen, errObj);
    }
    else {
        returnErrors(it, (0, codegen_1._) `[${errObj}]`);
    }
}
exports.reportError = reportError;
function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    addError(gen, errObj);
    if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
    }
}
exports.reportExtraError = reportExtraError;
function resetErrorsCount(gen, errsCount) {
    gen.assign(names_1.default.errors, errsCount);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._) `${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
}
exports.resetErrorsCount = resetErrorsCount;
function extendErrors({ gen, keyword, schemaValue, data, errsCount, it, }) {
    /* istanbul ignore if */
    if (errsCount === undefined)
        throw new Error("ajv implementation error");
    const err = gen.name("err");
    gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._) `${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._) `${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._) `${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._) `${err}.schemaPath`, (0, codegen_1.str) `${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
            gen.assign((0, codegen_1._) `${err}.schema`, schemaValue);
            gen.assign((0, codegen_1._) `${err}.data`, data);
        }
    });
}
exports.extendErrors = extendErrors;
function addError(gen, errObj) {
    const err = gen.const("err", errObj);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._) `[${err}]`), (0, codegen_1._) `${names_1.default.vErrors}.push(${err})`);
    gen.code((0, codegen_1._) `${names_1.default.errors}++`);
}
function returnErrors(it, errs) {
    const { gen, validateName, schemaEnv } = it;
    if (schemaEnv.$async) {
        gen.throw((0, codegen_1._) `new ${it.ValidationError}(${errs})`);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, errs);
        gen.return(false);
    }
}
const E = {
    keyword: new codegen_1.Name("keyword"),
    schemaPath: new codegen_1.Name("schemaPath"), // also used in JTD errors
    params: new codegen_1.Name("params"),
    propertyName: new codegen_1.Name("propertyName"),
    message: new codegen_1.Name("message"),
    schema: new codegen_1.Name("schema"),
    parentSchema: new codegen_1.Name("parentSchema"),
};
function errorObjectCode(cxt, error, errorPaths) {
    const { createErrors } = cxt.it;
    if (createErrors === false)
        return (0, codegen_1._) `{}`;
    return errorObject(cxt, error, errorPaths);
}
function errorObject(cxt, error, errorPaths = {}) {
    const { gen, it } = cxt;
    const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths),
    ];
    extraErrorProps(cxt, error, keyValues);
    return gen.object(...keyValues);
}
function errorInstancePath({ errorPath }, { instancePath }) {
    const instPath = instancePath
        ? (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}`
        : errorPath;
    return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
}
function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
    let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str) `${errSchemaPath}/${keyword}`;
    if (schemaPath) {
        schPath = (0, codegen_1.str) `${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
    }
    return [E.schemaPath, schPath];
}
function extraErrorProps(cxt, { params, message }, keyValues) {
    const { keyword, data, schemaValue, it } = cxt;
    const { opts, propertyName, topSchemaRef, schemaPath } = it;
    keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._) `{}`]);
    if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
    }
    if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._) `${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
    }
    if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 7150:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
const codegen_1 = __nccwpck_require__(6300);
const validation_error_1 = __nccwpck_require__(525);
const names_1 = __nccwpck_require__(8054);
const resolve_1 = __nccwpck_require__(426);
const util_1 = __nccwpck_require__(5248);
const validate_1 = __nccwpck_require__(6537);
class SchemaEnv {
    constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
            schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
    }
}
exports.SchemaEnv = SchemaEnv;
// let codeSize = 0
// let nodeCount = 0
// Compiles schema in SchemaEnv
function compileSchema(sch) {
    // TODO refactor - remove compilations
    const _sch = getCompilingSchema.call(this, sch);
    if (_sch)
        return _sch;
    const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId); // TODO if getFullPath removed 1 tests fails
    const { es5, lines } = this.opts.code;
    const { ownProperties } = this.opts;
    const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
    let _ValidationError;
    if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
            ref: validation_error_1.default,
            code: (0, codegen_1._) `require("ajv/dist/runtime/validation_error").default`,
        });
    }
    const validateName = gen.scopeName("validate");
    sch.validateName = validateName;
    const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil], // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true
            ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) }
            : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._) `""`,
        opts: this.opts,
        self: this,
    };
    let sourceCode;
    try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        // gen.optimize(1)
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        // console.log((codeSize += sourceCode.length), (nodeCount += gen.nodeCount))
        if (this.opts.code.process)
            sourceCode = this.opts.code.process(sourceCode, sch);
        // console.log("\n\n\n *** \n", sourceCode)
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
            validate.$async = true;
        if (this.opts.code.source === true) {
            validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
            const { props, items } = schemaCxt;
            validate.evaluated = {
                props: props instanceof codegen_1.Name ? undefined : props,
                items: items instanceof codegen_1.Name ? undefined : items,
                dynamicProps: props instanceof codegen_1.Name,
                dynamicItems: items instanceof codegen_1.Name,
            };
            if (validate.source)
                validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
    }
    catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
            this.logger.error("Error compiling schema, function code:", sourceCode);
        // console.log("\n\n\n *** \n", sourceCode, this.opts)
        throw e;
    }
    finally {
        this._compilations.delete(sch);
    }
}
exports.compileSchema = compileSchema;
function resolveRef(root, baseId, ref) {
    var _a;
    ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
    const schOrFunc = root.refs[ref];
    if (schOrFunc)
        return schOrFunc;
    let _sch = resolve.call(this, root, ref);
    if (_sch === undefined) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref]; // TODO maybe localRefs should hold SchemaEnv
        const { schemaId } = this.opts;
        if (schema)
            _sch = new SchemaEnv({ schema, schemaId, root, baseId });
    }
    if (_sch === undefined)
        return;
    return (root.refs[ref] = inlineOrCompile.call(this, _sch));
}
exports.resolveRef = resolveRef;
function inlineOrCompile(sch) {
    if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
    return sch.validate ? sch : compileSchema.call(this, sch);
}
// Index of schema compilation in the currently compiled list
function getCompilingSchema(schEnv) {
    for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
            return sch;
    }
}
exports.getCompilingSchema = getCompilingSchema;
function sameSchemaEnv(s1, s2) {
    return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
}
// resolve and compile the references ($ref)
// TODO returns AnySchemaObject (if the schema can be inlined) or validation function
function resolve(root, // information about the root schema for the current schema
ref // reference to resolve
) {
    let sch;
    while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
    return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
}
// Resolve schema, its root and baseId
function resolveSchema(root, // root object with properties schema, refs TODO below SchemaEnv is assigned to it
ref // reference to resolve
) {
    const p = this.opts.uriResolver.parse(ref);
    const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
    let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, undefined);
    // TODO `Object.keys(root.schema).length > 0` should not be needed - but removing breaks 2 tests
    if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
    }
    const id = (0, resolve_1.normalizeId)(refPath);
    const schOrRef = this.refs[id] || this.schemas[id];
    if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
            return;
        return getJsonPointer.call(this, p, sch);
    }
    if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
    if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
    if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
    }
    return getJsonPointer.call(this, p, schOrRef);
}
exports.resolveSchema = resolveSchema;
const PREVENT_SCOPE_CHANGE = new Set([
    "properties",
    "patternProperties",
    "enum",
    "dependencies",
    "definitions",
]);
function getJsonPointer(parsedRef, { baseId, schema, root }) {
    var _a;
    if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
    for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
            return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === undefined)
            return;
        schema = partSchema;
        // TODO PREVENT_SCOPE_CHANGE could be defined in keyword def?
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
    }
    let env;
    if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
    }
    // even though resolution failed we need to return SchemaEnv to throw exception
    // so that compileAsync loads missing schema.
    const { schemaId } = this.opts;
    env = env || new SchemaEnv({ schema, schemaId, root, baseId });
    if (env.schema !== env.root.schema)
        return env;
    return undefined;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 8054:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(6300);
const names = {
    // validation function arguments
    data: new codegen_1.Name("data"), // data passed to validation function
    // args passed from referencing schema
    valCxt: new codegen_1.Name("valCxt"), // validation/data context - should not be used directly, it is destructured to the names below
    instancePath: new codegen_1.Name("instancePath"),
    parentData: new codegen_1.Name("parentData"),
    parentDataProperty: new codegen_1.Name("parentDataProperty"),
    rootData: new codegen_1.Name("rootData"), // root data - same as the data passed to the first/top validation function
    dynamicAnchors: new codegen_1.Name("dynamicAnchors"), // used to support recursiveRef and dynamicRef
    // function scoped variables
    vErrors: new codegen_1.Name("vErrors"), // null or array of validation errors
    errors: new codegen_1.Name("errors"), // counter of validation errors
    this: new codegen_1.Name("this"),
    // "globals"
    self: new codegen_1.Name("self"),
    scope: new codegen_1.Name("scope"),
    // JTD serialize/parse name for JSON string and position
    json: new codegen_1.Name("json"),
    jsonPos: new codegen_1.Name("jsonPos"),
    jsonLen: new codegen_1.Name("jsonLen"),
    jsonPart: new codegen_1.Name("jsonPart"),
};
exports["default"] = names;
//# sourceMappingURL=names.js.map

/***/ }),

/***/ 346:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const resolve_1 = __nccwpck_require__(426);
class MissingRefError extends Error {
    constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
    }
}
exports["default"] = MissingRefError;
//# sourceMappingURL=ref_error.js.map

/***/ }),

/***/ 426:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
const util_1 = __nccwpck_require__(5248);
const equal = __nccwpck_require__(2550);
const traverse = __nccwpck_require__(4591);
// TODO refactor to use keyword definitions
const SIMPLE_INLINED = new Set([
    "type",
    "format",
    "pattern",
    "maxLength",
    "minLength",
    "maxProperties",
    "minProperties",
    "maxItems",
    "minItems",
    "maximum",
    "minimum",
    "uniqueItems",
    "multipleOf",
    "required",
    "enum",
    "const",
]);
function inlineRef(schema, limit = true) {
    if (typeof schema == "boolean")
        return true;
    if (limit === true)
        return !hasRef(schema);
    if (!limit)
        return false;
    return countKeys(schema) <= limit;
}
exports.inlineRef = inlineRef;
const REF_KEYWORDS = new Set([
    "$ref",
    "$recursiveRef",
    "$recursiveAnchor",
    "$dynamicRef",
    "$dynamicAnchor",
]);
function hasRef(schema) {
    for (const key in schema) {
        if (REF_KEYWORDS.has(key))
            return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
            return true;
        if (typeof sch == "object" && hasRef(sch))
            return true;
    }
    return false;
}
function countKeys(schema) {
    let count = 0;
    for (const key in schema) {
        if (key === "$ref")
            return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
            continue;
        if (typeof schema[key] == "object") {
            (0, util_1.eachItem)(schema[key], (sch) => (count += countKeys(sch)));
        }
        if (count === Infinity)
            return Infinity;
    }
    return count;
}
function getFullPath(resolver, id = "", normalize) {
    if (normalize !== false)
        id = normalizeId(id);
    const p = resolver.parse(id);
    return _getFullPath(resolver, p);
}
exports.getFullPath = getFullPath;
function _getFullPath(resolver, p) {
    const serialized = resolver.serialize(p);
    return serialized.split("#")[0] + "#";
}
exports._getFullPath = _getFullPath;
const TRAILING_SLASH_HASH = /#\/?$/;
function normalizeId(id) {
    return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
}
exports.normalizeId = normalizeId;
function resolveUrl(resolver, baseId, id) {
    id = normalizeId(id);
    return resolver.resolve(baseId, id);
}
exports.resolveUrl = resolveUrl;
const ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
function getSchemaRefs(schema, baseId) {
    if (typeof schema == "boolean")
        return {};
    const { schemaId, uriResolver } = this.opts;
    const schId = normalizeId(schema[schemaId] || baseId);
    const baseIds = { "": schId };
    const pathPrefix = getFullPath(uriResolver, schId, false);
    const localRefs = {};
    const schemaRefs = new Set();
    traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === undefined)
            return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
            innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
            // eslint-disable-next-line @typescript-eslint/unbound-method
            const _resolve = this.opts.uriResolver.resolve;
            ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
            if (schemaRefs.has(ref))
                throw ambiguos(ref);
            schemaRefs.add(ref);
            let schOrRef = this.refs[ref];
            if (typeof schOrRef == "string")
                schOrRef = this.refs[schOrRef];
            if (typeof schOrRef == "object") {
                checkAmbiguosRef(sch, schOrRef.schema, ref);
            }
            else if (ref !== normalizeId(fullPath)) {
                if (ref[0] === "#") {
                    checkAmbiguosRef(sch, localRefs[ref], ref);
                    localRefs[ref] = sch;
                }
                else {
                    this.refs[ref] = fullPath;
                }
            }
            return ref;
        }
        function addAnchor(anchor) {
            if (typeof anchor == "string") {
                if (!ANCHOR.test(anchor))
                    throw new Error(`invalid anchor "${anchor}"`);
                addRef.call(this, `#${anchor}`);
            }
        }
    });
    return localRefs;
    function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== undefined && !equal(sch1, sch2))
            throw ambiguos(ref);
    }
    function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
    }
}
exports.getSchemaRefs = getSchemaRefs;
//# sourceMappingURL=resolve.js.map

/***/ }),

/***/ 7977:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRules = exports.isJSONType = void 0;
const _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
const jsonTypes = new Set(_jsonTypes);
function isJSONType(x) {
    return typeof x == "string" && jsonTypes.has(x);
}
exports.isJSONType = isJSONType;
function getRules() {
    const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] },
    };
    return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {},
    };
}
exports.getRules = getRules;
//# sourceMappingURL=rules.js.map

/***/ }),

/***/ 5248:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
const codegen_1 = __nccwpck_require__(6300);
const code_1 = __nccwpck_require__(8279);
// TODO refactor to use Set
function toHash(arr) {
    const hash = {};
    for (const item of arr)
        hash[item] = true;
    return hash;
}
exports.toHash = toHash;
function alwaysValidSchema(it, schema) {
    if (typeof schema == "boolean")
        return schema;
    if (Object.keys(schema).length === 0)
        return true;
    checkUnknownRules(it, schema);
    return !schemaHasRules(schema, it.self.RULES.all);
}
exports.alwaysValidSchema = alwaysValidSchema;
function checkUnknownRules(it, schema = it.schema) {
    const { opts, self } = it;
    if (!opts.strictSchema)
        return;
    if (typeof schema === "boolean")
        return;
    const rules = self.RULES.keywords;
    for (const key in schema) {
        if (!rules[key])
            checkStrictMode(it, `unknown keyword: "${key}"`);
    }
}
exports.checkUnknownRules = checkUnknownRules;
function schemaHasRules(schema, rules) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (rules[key])
            return true;
    return false;
}
exports.schemaHasRules = schemaHasRules;
function schemaHasRulesButRef(schema, RULES) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
            return true;
    return false;
}
exports.schemaHasRulesButRef = schemaHasRulesButRef;
function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
    if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
            return schema;
        if (typeof schema == "string")
            return (0, codegen_1._) `${schema}`;
    }
    return (0, codegen_1._) `${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
}
exports.schemaRefOrVal = schemaRefOrVal;
function unescapeFragment(str) {
    return unescapeJsonPointer(decodeURIComponent(str));
}
exports.unescapeFragment = unescapeFragment;
function escapeFragment(str) {
    return encodeURIComponent(escapeJsonPointer(str));
}
exports.escapeFragment = escapeFragment;
function escapeJsonPointer(str) {
    if (typeof str == "number")
        return `${str}`;
    return str.replace(/~/g, "~0").replace(/\//g, "~1");
}
exports.escapeJsonPointer = escapeJsonPointer;
function unescapeJsonPointer(str) {
    return str.replace(/~1/g, "/").replace(/~0/g, "~");
}
exports.unescapeJsonPointer = unescapeJsonPointer;
function eachItem(xs, f) {
    if (Array.isArray(xs)) {
        for (const x of xs)
            f(x);
    }
    else {
        f(xs);
    }
}
exports.eachItem = eachItem;
function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName, }) {
    return (gen, from, to, toName) => {
        const res = to === undefined
            ? from
            : to instanceof codegen_1.Name
                ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to)
                : from instanceof codegen_1.Name
                    ? (mergeToName(gen, to, from), from)
                    : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
    };
}
exports.mergeEvaluated = {
    props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => {
            gen.if((0, codegen_1._) `${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._) `${to} || {}`).code((0, codegen_1._) `Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => {
            if (from === true) {
                gen.assign(to, true);
            }
            else {
                gen.assign(to, (0, codegen_1._) `${to} || {}`);
                setEvaluated(gen, to, from);
            }
        }),
        mergeValues: (from, to) => (from === true ? true : { ...from, ...to }),
        resultToName: evaluatedPropsToName,
    }),
    items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._) `${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._) `${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => (from === true ? true : Math.max(from, to)),
        resultToName: (gen, items) => gen.var("items", items),
    }),
};
function evaluatedPropsToName(gen, ps) {
    if (ps === true)
        return gen.var("props", true);
    const props = gen.var("props", (0, codegen_1._) `{}`);
    if (ps !== undefined)
        setEvaluated(gen, props, ps);
    return props;
}
exports.evaluatedPropsToName = evaluatedPropsToName;
function setEvaluated(gen, props, ps) {
    Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._) `${props}${(0, codegen_1.getProperty)(p)}`, true));
}
exports.setEvaluated = setEvaluated;
const snippets = {};
function useFunc(gen, f) {
    return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code)),
    });
}
exports.useFunc = useFunc;
var Type;
(function (Type) {
    Type[Type["Num"] = 0] = "Num";
    Type[Type["Str"] = 1] = "Str";
})(Type || (exports.Type = Type = {}));
function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
    // let path
    if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax
            ? isNumber
                ? (0, codegen_1._) `"[" + ${dataProp} + "]"`
                : (0, codegen_1._) `"['" + ${dataProp} + "']"`
            : isNumber
                ? (0, codegen_1._) `"/" + ${dataProp}`
                : (0, codegen_1._) `"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`; // TODO maybe use global escapePointer
    }
    return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
}
exports.getErrorPath = getErrorPath;
function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
    if (!mode)
        return;
    msg = `strict mode: ${msg}`;
    if (mode === true)
        throw new Error(msg);
    it.self.logger.warn(msg);
}
exports.checkStrictMode = checkStrictMode;
//# sourceMappingURL=util.js.map

/***/ }),

/***/ 5324:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
function schemaHasRulesForType({ schema, self }, type) {
    const group = self.RULES.types[type];
    return group && group !== true && shouldUseGroup(schema, group);
}
exports.schemaHasRulesForType = schemaHasRulesForType;
function shouldUseGroup(schema, group) {
    return group.rules.some((rule) => shouldUseRule(schema, rule));
}
exports.shouldUseGroup = shouldUseGroup;
function shouldUseRule(schema, rule) {
    var _a;
    return (schema[rule.keyword] !== undefined ||
        ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== undefined)));
}
exports.shouldUseRule = shouldUseRule;
//# sourceMappingURL=applicability.js.map

/***/ }),

/***/ 3282:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
const errors_1 = __nccwpck_require__(4659);
const codegen_1 = __nccwpck_require__(6300);
const names_1 = __nccwpck_require__(8054);
const boolError = {
    message: "boolean schema is false",
};
function topBoolOrEmptySchema(it) {
    const { gen, schema, validateName } = it;
    if (schema === false) {
        falseSchemaError(it, false);
    }
    else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, null);
        gen.return(true);
    }
}
exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
function boolOrEmptySchema(it, valid) {
    const { gen, schema } = it;
    if (schema === false) {
        gen.var(valid, false); // TODO var
        falseSchemaError(it);
    }
    else {
        gen.var(valid, true); // TODO var
    }
}
exports.boolOrEmptySchema = boolOrEmptySchema;
function falseSchemaError(it, overrideAllErrors) {
    const { gen, data } = it;
    // TODO maybe some other interface should be used for non-keyword validation errors...
    const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it,
    };
    (0, errors_1.reportError)(cxt, boolError, undefined, overrideAllErrors);
}
//# sourceMappingURL=boolSchema.js.map

/***/ }),

/***/ 6701:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
const rules_1 = __nccwpck_require__(7977);
const applicability_1 = __nccwpck_require__(5324);
const errors_1 = __nccwpck_require__(4659);
const codegen_1 = __nccwpck_require__(6300);
const util_1 = __nccwpck_require__(5248);
var DataType;
(function (DataType) {
    DataType[DataType["Correct"] = 0] = "Correct";
    DataType[DataType["Wrong"] = 1] = "Wrong";
})(DataType || (exports.DataType = DataType = {}));
function getSchemaTypes(schema) {
    const types = getJSONTypes(schema.type);
    const hasNull = types.includes("null");
    if (hasNull) {
        if (schema.nullable === false)
            throw new Error("type: null contradicts nullable: false");
    }
    else {
        if (!types.length && schema.nullable !== undefined) {
            throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
            types.push("null");
    }
    return types;
}
exports.getSchemaTypes = getSchemaTypes;
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
function getJSONTypes(ts) {
    const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
    if (types.every(rules_1.isJSONType))
        return types;
    throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
}
exports.getJSONTypes = getJSONTypes;
function coerceAndCheckDataType(it, types) {
    const { gen, data, opts } = it;
    const coerceTo = coerceToTypes(types, opts.coerceTypes);
    const checkTypes = types.length > 0 &&
        !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
    if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
            if (coerceTo.length)
                coerceData(it, types, coerceTo);
            else
                reportTypeError(it);
        });
    }
    return checkTypes;
}
exports.coerceAndCheckDataType = coerceAndCheckDataType;
const COERCIBLE = new Set(["string", "number", "integer", "boolean", "null"]);
function coerceToTypes(types, coerceTypes) {
    return coerceTypes
        ? types.filter((t) => COERCIBLE.has(t) || (coerceTypes === "array" && t === "array"))
        : [];
}
function coerceData(it, types, coerceTo) {
    const { gen, data, opts } = it;
    const dataType = gen.let("dataType", (0, codegen_1._) `typeof ${data}`);
    const coerced = gen.let("coerced", (0, codegen_1._) `undefined`);
    if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._) `${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen
            .assign(data, (0, codegen_1._) `${data}[0]`)
            .assign(dataType, (0, codegen_1._) `typeof ${data}`)
            .if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
    }
    gen.if((0, codegen_1._) `${coerced} !== undefined`);
    for (const t of coerceTo) {
        if (COERCIBLE.has(t) || (t === "array" && opts.coerceTypes === "array")) {
            coerceSpecificType(t);
        }
    }
    gen.else();
    reportTypeError(it);
    gen.endIf();
    gen.if((0, codegen_1._) `${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
    });
    function coerceSpecificType(t) {
        switch (t) {
            case "string":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "number" || ${dataType} == "boolean"`)
                    .assign(coerced, (0, codegen_1._) `"" + ${data}`)
                    .elseIf((0, codegen_1._) `${data} === null`)
                    .assign(coerced, (0, codegen_1._) `""`);
                return;
            case "number":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "integer":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "boolean":
                gen
                    .elseIf((0, codegen_1._) `${data} === "false" || ${data} === 0 || ${data} === null`)
                    .assign(coerced, false)
                    .elseIf((0, codegen_1._) `${data} === "true" || ${data} === 1`)
                    .assign(coerced, true);
                return;
            case "null":
                gen.elseIf((0, codegen_1._) `${data} === "" || ${data} === 0 || ${data} === false`);
                gen.assign(coerced, null);
                return;
            case "array":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`)
                    .assign(coerced, (0, codegen_1._) `[${data}]`);
        }
    }
}
function assignParentData({ gen, parentData, parentDataProperty }, expr) {
    // TODO use gen.property
    gen.if((0, codegen_1._) `${parentData} !== undefined`, () => gen.assign((0, codegen_1._) `${parentData}[${parentDataProperty}]`, expr));
}
function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
    const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
    let cond;
    switch (dataType) {
        case "null":
            return (0, codegen_1._) `${data} ${EQ} null`;
        case "array":
            cond = (0, codegen_1._) `Array.isArray(${data})`;
            break;
        case "object":
            cond = (0, codegen_1._) `${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
            break;
        case "integer":
            cond = numCond((0, codegen_1._) `!(${data} % 1) && !isNaN(${data})`);
            break;
        case "number":
            cond = numCond();
            break;
        default:
            return (0, codegen_1._) `typeof ${data} ${EQ} ${dataType}`;
    }
    return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
    function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._) `typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._) `isFinite(${data})` : codegen_1.nil);
    }
}
exports.checkDataType = checkDataType;
function checkDataTypes(dataTypes, data, strictNums, correct) {
    if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
    }
    let cond;
    const types = (0, util_1.toHash)(dataTypes);
    if (types.array && types.object) {
        const notObj = (0, codegen_1._) `typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._) `!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
    }
    else {
        cond = codegen_1.nil;
    }
    if (types.number)
        delete types.integer;
    for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
    return cond;
}
exports.checkDataTypes = checkDataTypes;
const typeError = {
    message: ({ schema }) => `must be ${schema}`,
    params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._) `{type: ${schema}}` : (0, codegen_1._) `{type: ${schemaValue}}`,
};
function reportTypeError(it) {
    const cxt = getTypeErrorContext(it);
    (0, errors_1.reportError)(cxt, typeError);
}
exports.reportTypeError = reportTypeError;
function getTypeErrorContext(it) {
    const { gen, data, schema } = it;
    const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
    return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it,
    };
}
//# sourceMappingURL=dataType.js.map

/***/ }),

/***/ 9715:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assignDefaults = void 0;
const codegen_1 = __nccwpck_require__(6300);
const util_1 = __nccwpck_require__(5248);
function assignDefaults(it, ty) {
    const { properties, items } = it.schema;
    if (ty === "object" && properties) {
        for (const key in properties) {
            assignDefault(it, key, properties[key].default);
        }
    }
    else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
    }
}
exports.assignDefaults = assignDefaults;
function assignDefault(it, prop, defaultValue) {
    const { gen, compositeRule, data, opts } = it;
    if (defaultValue === undefined)
        return;
    const childData = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(prop)}`;
    if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
    }
    let condition = (0, codegen_1._) `${childData} === undefined`;
    if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._) `${condition} || ${childData} === null || ${childData} === ""`;
    }
    // `${childData} === undefined` +
    // (opts.useDefaults === "empty" ? ` || ${childData} === null || ${childData} === ""` : "")
    gen.if(condition, (0, codegen_1._) `${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
}
//# sourceMappingURL=defaults.js.map

/***/ }),

/***/ 6537:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
const boolSchema_1 = __nccwpck_require__(3282);
const dataType_1 = __nccwpck_require__(6701);
const applicability_1 = __nccwpck_require__(5324);
const dataType_2 = __nccwpck_require__(6701);
const defaults_1 = __nccwpck_require__(9715);
const keyword_1 = __nccwpck_require__(6002);
const subschema_1 = __nccwpck_require__(9576);
const codegen_1 = __nccwpck_require__(6300);
const names_1 = __nccwpck_require__(8054);
const resolve_1 = __nccwpck_require__(426);
const util_1 = __nccwpck_require__(5248);
const errors_1 = __nccwpck_require__(4659);
// schema compilation - generates validation function, subschemaCode (below) is used for subschemas
function validateFunctionCode(it) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            topSchemaObjCode(it);
            return;
        }
    }
    validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
}
exports.validateFunctionCode = validateFunctionCode;
function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
    if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
            gen.code((0, codegen_1._) `"use strict"; ${funcSourceUrl(schema, opts)}`);
            destructureValCxtES5(gen, opts);
            gen.code(body);
        });
    }
    else {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
    }
}
function destructureValCxt(opts) {
    return (0, codegen_1._) `{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._) `, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
}
function destructureValCxtES5(gen, opts) {
    gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
    }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `""`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `{}`);
    });
}
function topSchemaObjCode(it) {
    const { schema, opts, gen } = it;
    validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
            commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
            resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
    });
    return;
}
function resetEvaluated(it) {
    // TODO maybe some hook to execute it in the end to check whether props/items are Name, as in assignEvaluated
    const { gen, validateName } = it;
    it.evaluated = gen.const("evaluated", (0, codegen_1._) `${validateName}.evaluated`);
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._) `${it.evaluated}.props`, (0, codegen_1._) `undefined`));
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._) `${it.evaluated}.items`, (0, codegen_1._) `undefined`));
}
function funcSourceUrl(schema, opts) {
    const schId = typeof schema == "object" && schema[opts.schemaId];
    return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._) `/*# sourceURL=${schId} */` : codegen_1.nil;
}
// schema compilation - this function is used recursively to generate code for sub-schemas
function subschemaCode(it, valid) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            subSchemaObjCode(it, valid);
            return;
        }
    }
    (0, boolSchema_1.boolOrEmptySchema)(it, valid);
}
function schemaCxtHasRules({ schema, self }) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (self.RULES.all[key])
            return true;
    return false;
}
function isSchemaObj(it) {
    return typeof it.schema != "boolean";
}
function subSchemaObjCode(it, valid) {
    const { schema, gen, opts } = it;
    if (opts.$comment && schema.$comment)
        commentKeyword(it);
    updateContext(it);
    checkAsyncSchema(it);
    const errsCount = gen.const("_errs", names_1.default.errors);
    typeAndKeywords(it, errsCount);
    // TODO var
    gen.var(valid, (0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
}
function checkKeywords(it) {
    (0, util_1.checkUnknownRules)(it);
    checkRefsAndKeywords(it);
}
function typeAndKeywords(it, errsCount) {
    if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
    const types = (0, dataType_1.getSchemaTypes)(it.schema);
    const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
    schemaKeywords(it, types, !checkedTypes, errsCount);
}
function checkRefsAndKeywords(it) {
    const { schema, errSchemaPath, opts, self } = it;
    if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
    }
}
function checkNoDefault(it) {
    const { schema, opts } = it;
    if (schema.default !== undefined && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
    }
}
function updateContext(it) {
    const schId = it.schema[it.opts.schemaId];
    if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
}
function checkAsyncSchema(it) {
    if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
}
function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
    const msg = schema.$comment;
    if (opts.$comment === true) {
        gen.code((0, codegen_1._) `${names_1.default.self}.logger.log(${msg})`);
    }
    else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str) `${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._) `${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
    }
}
function returnResults(it) {
    const { gen, schemaEnv, validateName, ValidationError, opts } = it;
    if (schemaEnv.$async) {
        // TODO assign unevaluated
        gen.if((0, codegen_1._) `${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._) `new ${ValidationError}(${names_1.default.vErrors})`));
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
            assignEvaluated(it);
        gen.return((0, codegen_1._) `${names_1.default.errors} === 0`);
    }
}
function assignEvaluated({ gen, evaluated, props, items }) {
    if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.props`, props);
    if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.items`, items);
}
function schemaKeywords(it, types, typeErrors, errsCount) {
    const { gen, schema, data, allErrors, opts, self } = it;
    const { RULES } = self;
    if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition)); // TODO typecast
        return;
    }
    if (!opts.jtd)
        checkStrictTypes(it, types);
    gen.block(() => {
        for (const group of RULES.rules)
            groupKeywords(group);
        groupKeywords(RULES.post);
    });
    function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
            return;
        if (group.type) {
            gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
            iterateKeywords(it, group);
            if (types.length === 1 && types[0] === group.type && typeErrors) {
                gen.else();
                (0, dataType_2.reportTypeError)(it);
            }
            gen.endIf();
        }
        else {
            iterateKeywords(it, group);
        }
        // TODO make it "ok" call?
        if (!allErrors)
            gen.if((0, codegen_1._) `${names_1.default.errors} === ${errsCount || 0}`);
    }
}
function iterateKeywords(it, group) {
    const { gen, schema, opts: { useDefaults }, } = it;
    if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
    gen.block(() => {
        for (const rule of group.rules) {
            if ((0, applicability_1.shouldUseRule)(schema, rule)) {
                keywordCode(it, rule.keyword, rule.definition, group.type);
            }
        }
    });
}
function checkStrictTypes(it, types) {
    if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
    checkContextTypes(it, types);
    if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
    checkKeywordTypes(it, it.dataTypes);
}
function checkContextTypes(it, types) {
    if (!types.length)
        return;
    if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
    }
    types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
            strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
    });
    narrowSchemaTypes(it, types);
}
function checkMultipleTypes(it, ts) {
    if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
    }
}
function checkKeywordTypes(it, ts) {
    const rules = it.self.RULES.all;
    for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
            const { type } = rule.definition;
            if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
                strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
            }
        }
    }
}
function hasApplicableType(schTs, kwdT) {
    return schTs.includes(kwdT) || (kwdT === "number" && schTs.includes("integer"));
}
function includesType(ts, t) {
    return ts.includes(t) || (t === "integer" && ts.includes("number"));
}
function narrowSchemaTypes(it, withTypes) {
    const ts = [];
    for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
            ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
            ts.push("integer");
    }
    it.dataTypes = ts;
}
function strictTypesError(it, msg) {
    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
    msg += ` at "${schemaPath}" (strictTypes)`;
    (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
}
class KeywordCxt {
    constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
            this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        }
        else {
            this.schemaCode = this.schemaValue;
            if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
                throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
            }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
            this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
    }
    result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
    }
    failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
            failAction();
        else
            this.error();
        if (successAction) {
            this.gen.else();
            successAction();
            if (this.allErrors)
                this.gen.endIf();
        }
        else {
            if (this.allErrors)
                this.gen.endIf();
            else
                this.gen.else();
        }
    }
    pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), undefined, failAction);
    }
    fail(condition) {
        if (condition === undefined) {
            this.error();
            if (!this.allErrors)
                this.gen.if(false); // this branch will be removed by gen.optimize
            return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
            this.gen.endIf();
        else
            this.gen.else();
    }
    fail$data(condition) {
        if (!this.$data)
            return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._) `${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
    }
    error(append, errorParams, errorPaths) {
        if (errorParams) {
            this.setParams(errorParams);
            this._error(append, errorPaths);
            this.setParams({});
            return;
        }
        this._error(append, errorPaths);
    }
    _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
    }
    $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
    }
    reset() {
        if (this.errsCount === undefined)
            throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
    }
    ok(cond) {
        if (!this.allErrors)
            this.gen.if(cond);
    }
    setParams(obj, assign) {
        if (assign)
            Object.assign(this.params, obj);
        else
            this.params = obj;
    }
    block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
            this.check$data(valid, $dataValid);
            codeBlock();
        });
    }
    check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
            return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._) `${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
            gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
            gen.elseIf(this.invalid$data());
            this.$dataError();
            if (valid !== codegen_1.nil)
                gen.assign(valid, false);
        }
        gen.else();
    }
    invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
            if (schemaType.length) {
                /* istanbul ignore if */
                if (!(schemaCode instanceof codegen_1.Name))
                    throw new Error("ajv implementation error");
                const st = Array.isArray(schemaType) ? schemaType : [schemaType];
                return (0, codegen_1._) `${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
            }
            return codegen_1.nil;
        }
        function invalid$DataSchema() {
            if (def.validateSchema) {
                const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema }); // TODO value.code for standalone
                return (0, codegen_1._) `!${validateSchemaRef}(${schemaCode})`;
            }
            return codegen_1.nil;
        }
    }
    subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: undefined, props: undefined };
        subschemaCode(nextContext, valid);
        return nextContext;
    }
    mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
            return;
        if (it.props !== true && schemaCxt.props !== undefined) {
            it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== undefined) {
            it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
    }
    mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
            gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
            return true;
        }
    }
}
exports.KeywordCxt = KeywordCxt;
function keywordCode(it, keyword, def, ruleType) {
    const cxt = new KeywordCxt(it, def, keyword);
    if ("code" in def) {
        def.code(cxt, ruleType);
    }
    else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
    else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
    }
    else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
}
const JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
const RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
function getData($data, { dataLevel, dataNames, dataPathArr }) {
    let jsonPointer;
    let data;
    if ($data === "")
        return names_1.default.rootData;
    if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
    }
    else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
            if (up >= dataLevel)
                throw new Error(errorMsg("property/index", up));
            return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
            throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
            return data;
    }
    let expr = data;
    const segments = jsonPointer.split("/");
    for (const segment of segments) {
        if (segment) {
            data = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
            expr = (0, codegen_1._) `${expr} && ${data}`;
        }
    }
    return expr;
    function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
    }
}
exports.getData = getData;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6002:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
const codegen_1 = __nccwpck_require__(6300);
const names_1 = __nccwpck_require__(8054);
const code_1 = __nccwpck_require__(7924);
const errors_1 = __nccwpck_require__(4659);
function macroKeywordCode(cxt, def) {
    const { gen, keyword, schema, parentSchema, it } = cxt;
    const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
    const schemaRef = useKeyword(gen, keyword, macroSchema);
    if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
    const valid = gen.name("valid");
    cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true,
    }, valid);
    cxt.pass(valid, () => cxt.error(true));
}
exports.macroKeywordCode = macroKeywordCode;
function funcKeywordCode(cxt, def) {
    var _a;
    const { gen, keyword, schema, parentSchema, $data, it } = cxt;
    checkAsyncKeyword(it, def);
    const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
    const validateRef = useKeyword(gen, keyword, validate);
    const valid = gen.let("valid");
    cxt.block$data(valid, validateKeyword);
    cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
    function validateKeyword() {
        if (def.errors === false) {
            assignValid();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => cxt.error());
        }
        else {
            const ruleErrs = def.async ? validateAsync() : validateSync();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => addErrs(cxt, ruleErrs));
        }
    }
    function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._) `await `), (e) => gen.assign(valid, false).if((0, codegen_1._) `${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._) `${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
    }
    function validateSync() {
        const validateErrs = (0, codegen_1._) `${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
    }
    function assignValid(_await = def.async ? (0, codegen_1._) `await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !(("compile" in def && !$data) || def.schema === false);
        gen.assign(valid, (0, codegen_1._) `${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
    }
    function reportErrs(errors) {
        var _a;
        gen.if((0, codegen_1.not)((_a = def.valid) !== null && _a !== void 0 ? _a : valid), errors);
    }
}
exports.funcKeywordCode = funcKeywordCode;
function modifyData(cxt) {
    const { gen, data, it } = cxt;
    gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._) `${it.parentData}[${it.parentDataProperty}]`));
}
function addErrs(cxt, errs) {
    const { gen } = cxt;
    gen.if((0, codegen_1._) `Array.isArray(${errs})`, () => {
        gen
            .assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`)
            .assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
    }, () => cxt.error());
}
function checkAsyncKeyword({ schemaEnv }, def) {
    if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
}
function useKeyword(gen, keyword, result) {
    if (result === undefined)
        throw new Error(`keyword "${keyword}" failed to compile`);
    return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
}
function validSchemaType(schema, schemaType, allowUndefined = false) {
    // TODO add tests
    return (!schemaType.length ||
        schemaType.some((st) => st === "array"
            ? Array.isArray(schema)
            : st === "object"
                ? schema && typeof schema == "object" && !Array.isArray(schema)
                : typeof schema == st || (allowUndefined && typeof schema == "undefined")));
}
exports.validSchemaType = validSchemaType;
function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
    /* istanbul ignore if */
    if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
    }
    const deps = def.dependencies;
    if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
    }
    if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
            const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` +
                self.errorsText(def.validateSchema.errors);
            if (opts.validateSchema === "log")
                self.logger.error(msg);
            else
                throw new Error(msg);
        }
    }
}
exports.validateKeywordUsage = validateKeywordUsage;
//# sourceMappingURL=keyword.js.map

/***/ }),

/***/ 9576:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
const codegen_1 = __nccwpck_require__(6300);
const util_1 = __nccwpck_require__(5248);
function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
    if (keyword !== undefined && schema !== undefined) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
    }
    if (keyword !== undefined) {
        const sch = it.schema[keyword];
        return schemaProp === undefined
            ? {
                schema: sch,
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}`,
            }
            : {
                schema: sch[schemaProp],
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`,
            };
    }
    if (schema !== undefined) {
        if (schemaPath === undefined || errSchemaPath === undefined || topSchemaRef === undefined) {
            throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
            schema,
            schemaPath,
            topSchemaRef,
            errSchemaPath,
        };
    }
    throw new Error('either "keyword" or "schema" must be passed');
}
exports.getSubschema = getSubschema;
function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
    if (data !== undefined && dataProp !== undefined) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
    }
    const { gen } = it;
    if (dataProp !== undefined) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._) `${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._) `${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
    }
    if (data !== undefined) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true); // replaceable if used once?
        dataContextProps(nextData);
        if (propertyName !== undefined)
            subschema.propertyName = propertyName;
        // TODO something is possibly wrong here with not changing parentDataProperty and not appending dataPathArr
    }
    if (dataTypes)
        subschema.dataTypes = dataTypes;
    function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
    }
}
exports.extendSubschemaData = extendSubschemaData;
function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
    if (compositeRule !== undefined)
        subschema.compositeRule = compositeRule;
    if (createErrors !== undefined)
        subschema.createErrors = createErrors;
    if (allErrors !== undefined)
        subschema.allErrors = allErrors;
    subschema.jtdDiscriminator = jtdDiscriminator; // not inherited
    subschema.jtdMetadata = jtdMetadata; // not inherited
}
exports.extendSubschemaMode = extendSubschemaMode;
//# sourceMappingURL=subschema.js.map

/***/ }),

/***/ 9669:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
var validate_1 = __nccwpck_require__(6537);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(6300);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
const validation_error_1 = __nccwpck_require__(525);
const ref_error_1 = __nccwpck_require__(346);
const rules_1 = __nccwpck_require__(7977);
const compile_1 = __nccwpck_require__(7150);
const codegen_2 = __nccwpck_require__(6300);
const resolve_1 = __nccwpck_require__(426);
const dataType_1 = __nccwpck_require__(6701);
const util_1 = __nccwpck_require__(5248);
const $dataRefSchema = __nccwpck_require__(6590);
const uri_1 = __nccwpck_require__(349);
const defaultRegExp = (str, flags) => new RegExp(str, flags);
defaultRegExp.code = "new RegExp";
const META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
const EXT_SCOPE_NAMES = new Set([
    "validate",
    "serialize",
    "parse",
    "wrapper",
    "root",
    "schema",
    "keyword",
    "pattern",
    "formats",
    "validate$data",
    "func",
    "obj",
    "Error",
]);
const removedOptions = {
    errorDataPath: "",
    format: "`validateFormats: false` can be used instead.",
    nullable: '"nullable" keyword is supported by default.',
    jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
    extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
    missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
    processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
    sourceCode: "Use option `code: {source: true}`",
    strictDefaults: "It is default now, see option `strict`.",
    strictKeywords: "It is default now, see option `strict`.",
    uniqueItems: '"uniqueItems" keyword is always validated.',
    unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
    cache: "Map is used as cache, schema object as key.",
    serialize: "Map is used as cache, schema object as key.",
    ajvErrors: "It is default now.",
};
const deprecatedOptions = {
    ignoreKeywordsWithRef: "",
    jsPropertySyntax: "",
    unicode: '"minLength"/"maxLength" account for unicode characters by default.',
};
const MAX_EXPRESSION = 200;
// eslint-disable-next-line complexity
function requiredOptions(o) {
    var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
    const s = o.strict;
    const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
    const optimize = _optz === true || _optz === undefined ? 1 : _optz || 0;
    const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
    const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
    return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver: uriResolver,
    };
}
class Ajv {
    constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = Object.create(null);
        this._compilations = new Set();
        this._loading = {};
        this._cache = new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
            addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
            addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
            this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
    }
    _addVocabularies() {
        this.addKeyword("$async");
    }
    _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
            _dataRefSchema = { ...$dataRefSchema };
            _dataRefSchema.id = _dataRefSchema.$id;
            delete _dataRefSchema.$id;
        }
        if (meta && $data)
            this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
    }
    defaultMeta() {
        const { meta, schemaId } = this.opts;
        return (this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : undefined);
    }
    validate(schemaKeyRef, // key, ref or schema object
    // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
    data // to be validated
    ) {
        let v;
        if (typeof schemaKeyRef == "string") {
            v = this.getSchema(schemaKeyRef);
            if (!v)
                throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        }
        else {
            v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
            this.errors = v.errors;
        return valid;
    }
    compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
            throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
            await loadMetaSchema.call(this, _schema.$schema);
            const sch = this._addSchema(_schema, _meta);
            return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
            if ($ref && !this.getSchema($ref)) {
                await runCompileAsync.call(this, { $ref }, true);
            }
        }
        async function _compileAsync(sch) {
            try {
                return this._compileSchemaEnv(sch);
            }
            catch (e) {
                if (!(e instanceof ref_error_1.default))
                    throw e;
                checkLoaded.call(this, e);
                await loadMissingSchema.call(this, e.missingSchema);
                return _compileAsync.call(this, sch);
            }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
            if (this.refs[ref]) {
                throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
            }
        }
        async function loadMissingSchema(ref) {
            const _schema = await _loadSchema.call(this, ref);
            if (!this.refs[ref])
                await loadMetaSchema.call(this, _schema.$schema);
            if (!this.refs[ref])
                this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
            const p = this._loading[ref];
            if (p)
                return p;
            try {
                return await (this._loading[ref] = loadSchema(ref));
            }
            finally {
                delete this._loading[ref];
            }
        }
    }
    // Adds schema to the instance
    addSchema(schema, // If array is passed, `key` will be ignored
    key, // Optional schema key. Can be passed to `validate` method instead of schema object or id/ref. One schema per instance can have empty `id` and `key`.
    _meta, // true if schema is a meta-schema. Used internally, addMetaSchema should be used instead.
    _validateSchema = this.opts.validateSchema // false to skip schema validation. Used internally, option validateSchema should be used instead.
    ) {
        if (Array.isArray(schema)) {
            for (const sch of schema)
                this.addSchema(sch, undefined, _meta, _validateSchema);
            return this;
        }
        let id;
        if (typeof schema === "object") {
            const { schemaId } = this.opts;
            id = schema[schemaId];
            if (id !== undefined && typeof id != "string") {
                throw new Error(`schema ${schemaId} must be string`);
            }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
    }
    // Add schema that will be used to validate other schemas
    // options in META_IGNORE_OPTIONS are alway set to false
    addMetaSchema(schema, key, // schema key
    _validateSchema = this.opts.validateSchema // false to skip schema validation, can be used to override validateSchema option for meta-schema
    ) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
    }
    //  Validate schema against its meta-schema
    validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
            return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== undefined && typeof $schema != "string") {
            throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
            this.logger.warn("meta-schema not available");
            this.errors = null;
            return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
            const message = "schema is invalid: " + this.errorsText();
            if (this.opts.validateSchema === "log")
                this.logger.error(message);
            else
                throw new Error(message);
        }
        return valid;
    }
    // Get compiled schema by `key` or `ref`.
    // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
    getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
            keyRef = sch;
        if (sch === undefined) {
            const { schemaId } = this.opts;
            const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
            sch = compile_1.resolveSchema.call(this, root, keyRef);
            if (!sch)
                return;
            this.refs[keyRef] = sch;
        }
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    // Remove cached schema(s).
    // If no parameter is passed all schemas but meta-schemas are removed.
    // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
    // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
    removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
            this._removeAllSchemas(this.schemas, schemaKeyRef);
            this._removeAllSchemas(this.refs, schemaKeyRef);
            return this;
        }
        switch (typeof schemaKeyRef) {
            case "undefined":
                this._removeAllSchemas(this.schemas);
                this._removeAllSchemas(this.refs);
                this._cache.clear();
                return this;
            case "string": {
                const sch = getSchEnv.call(this, schemaKeyRef);
                if (typeof sch == "object")
                    this._cache.delete(sch.schema);
                delete this.schemas[schemaKeyRef];
                delete this.refs[schemaKeyRef];
                return this;
            }
            case "object": {
                const cacheKey = schemaKeyRef;
                this._cache.delete(cacheKey);
                let id = schemaKeyRef[this.opts.schemaId];
                if (id) {
                    id = (0, resolve_1.normalizeId)(id);
                    delete this.schemas[id];
                    delete this.refs[id];
                }
                return this;
            }
            default:
                throw new Error("ajv.removeSchema: invalid parameter");
        }
    }
    // add "vocabulary" - a collection of keywords
    addVocabulary(definitions) {
        for (const def of definitions)
            this.addKeyword(def);
        return this;
    }
    addKeyword(kwdOrDef, def // deprecated
    ) {
        let keyword;
        if (typeof kwdOrDef == "string") {
            keyword = kwdOrDef;
            if (typeof def == "object") {
                this.logger.warn("these parameters are deprecated, see docs for addKeyword");
                def.keyword = keyword;
            }
        }
        else if (typeof kwdOrDef == "object" && def === undefined) {
            def = kwdOrDef;
            keyword = def.keyword;
            if (Array.isArray(keyword) && !keyword.length) {
                throw new Error("addKeywords: keyword must be string or non-empty array");
            }
        }
        else {
            throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
            (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
            return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
            ...def,
            type: (0, dataType_1.getJSONTypes)(def.type),
            schemaType: (0, dataType_1.getJSONTypes)(def.schemaType),
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0
            ? (k) => addRule.call(this, k, definition)
            : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
    }
    getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
    }
    // Remove keyword
    removeKeyword(keyword) {
        // TODO return type should be Ajv
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
            const i = group.rules.findIndex((rule) => rule.keyword === keyword);
            if (i >= 0)
                group.rules.splice(i, 1);
        }
        return this;
    }
    // Add format
    addFormat(name, format) {
        if (typeof format == "string")
            format = new RegExp(format);
        this.formats[name] = format;
        return this;
    }
    errorsText(errors = this.errors, // optional array of validation errors
    { separator = ", ", dataVar = "data" } = {} // optional options with properties `separator` and `dataVar`
    ) {
        if (!errors || errors.length === 0)
            return "No errors";
        return errors
            .map((e) => `${dataVar}${e.instancePath} ${e.message}`)
            .reduce((text, msg) => text + separator + msg);
    }
    $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
            const segments = jsonPointer.split("/").slice(1); // first segment is an empty string
            let keywords = metaSchema;
            for (const seg of segments)
                keywords = keywords[seg];
            for (const key in rules) {
                const rule = rules[key];
                if (typeof rule != "object")
                    continue;
                const { $data } = rule.definition;
                const schema = keywords[key];
                if ($data && schema)
                    keywords[key] = schemaOrData(schema);
            }
        }
        return metaSchema;
    }
    _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
            const sch = schemas[keyRef];
            if (!regex || regex.test(keyRef)) {
                if (typeof sch == "string") {
                    delete schemas[keyRef];
                }
                else if (sch && !sch.meta) {
                    this._cache.delete(sch.schema);
                    delete schemas[keyRef];
                }
            }
        }
    }
    _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
            id = schema[schemaId];
        }
        else {
            if (this.opts.jtd)
                throw new Error("schema must be object");
            else if (typeof schema != "boolean")
                throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== undefined)
            return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
            // TODO atm it is allowed to overwrite schemas without id (instead of not adding them)
            if (baseId)
                this._checkUnique(baseId);
            this.refs[baseId] = sch;
        }
        if (validateSchema)
            this.validateSchema(schema, true);
        return sch;
    }
    _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
            throw new Error(`schema with key or id "${id}" already exists`);
        }
    }
    _compileSchemaEnv(sch) {
        if (sch.meta)
            this._compileMetaSchema(sch);
        else
            compile_1.compileSchema.call(this, sch);
        /* istanbul ignore if */
        if (!sch.validate)
            throw new Error("ajv implementation error");
        return sch.validate;
    }
    _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
            compile_1.compileSchema.call(this, sch);
        }
        finally {
            this.opts = currentOpts;
        }
    }
}
Ajv.ValidationError = validation_error_1.default;
Ajv.MissingRefError = ref_error_1.default;
exports["default"] = Ajv;
function checkOptions(checkOpts, options, msg, log = "error") {
    for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
            this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
    }
}
function getSchEnv(keyRef) {
    keyRef = (0, resolve_1.normalizeId)(keyRef); // TODO tests fail without this line
    return this.schemas[keyRef] || this.refs[keyRef];
}
function addInitialSchemas() {
    const optsSchemas = this.opts.schemas;
    if (!optsSchemas)
        return;
    if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
    else
        for (const key in optsSchemas)
            this.addSchema(optsSchemas[key], key);
}
function addInitialFormats() {
    for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
            this.addFormat(name, format);
    }
}
function addInitialKeywords(defs) {
    if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
    }
    this.logger.warn("keywords option as map is deprecated, pass array");
    for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
            def.keyword = keyword;
        this.addKeyword(def);
    }
}
function getMetaSchemaOptions() {
    const metaOpts = { ...this.opts };
    for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
    return metaOpts;
}
const noLogs = { log() { }, warn() { }, error() { } };
function getLogger(logger) {
    if (logger === false)
        return noLogs;
    if (logger === undefined)
        return console;
    if (logger.log && logger.warn && logger.error)
        return logger;
    throw new Error("logger must implement log, warn and error methods");
}
const KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
function checkKeyword(keyword, def) {
    const { RULES } = this;
    (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
            throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
            throw new Error(`Keyword ${kwd} has invalid name`);
    });
    if (!def)
        return;
    if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
    }
}
function addRule(keyword, definition, dataType) {
    var _a;
    const post = definition === null || definition === void 0 ? void 0 : definition.post;
    if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
    const { RULES } = this;
    let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
    if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
    }
    RULES.keywords[keyword] = true;
    if (!definition)
        return;
    const rule = {
        keyword,
        definition: {
            ...definition,
            type: (0, dataType_1.getJSONTypes)(definition.type),
            schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType),
        },
    };
    if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
    else
        ruleGroup.rules.push(rule);
    RULES.all[keyword] = rule;
    (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
}
function addBeforeRule(ruleGroup, rule, before) {
    const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
    if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
    }
    else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
    }
}
function keywordMetaschema(def) {
    let { metaSchema } = def;
    if (metaSchema === undefined)
        return;
    if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
    def.validateSchema = this.compile(metaSchema, true);
}
const $dataRef = {
    $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
};
function schemaOrData(schema) {
    return { anyOf: [schema, $dataRef] };
}
//# sourceMappingURL=core.js.map

/***/ }),

/***/ 3335:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(2550);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 7542:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const uri = __nccwpck_require__(3816);
uri.code = 'require("ajv/dist/runtime/uri").default';
exports["default"] = uri;
//# sourceMappingURL=uri.js.map

/***/ }),

/***/ 525:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
class ValidationError extends Error {
    constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
    }
}
exports["default"] = ValidationError;
//# sourceMappingURL=validation_error.js.map

/***/ }),

/***/ 7928:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateAdditionalItems = void 0;
const codegen_1 = __nccwpck_require__(6300);
const util_1 = __nccwpck_require__(5248);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "additionalItems",
    type: "array",
    schemaType: ["boolean", "object"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
            (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
            return;
        }
        validateAdditionalItems(cxt, items);
    },
};
function validateAdditionalItems(cxt, items) {
    const { gen, schema, data, keyword, it } = cxt;
    it.items = true;
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._) `${len} <= ${items.length}`);
    }
    else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._) `${len} <= ${items.length}`); // TODO var
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
    }
    function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
            cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
    }
}
exports.validateAdditionalItems = validateAdditionalItems;
exports["default"] = def;
//# sourceMappingURL=additionalItems.js.map

/***/ }),

/***/ 8671:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(7924);
const codegen_1 = __nccwpck_require__(6300);
const names_1 = __nccwpck_require__(8054);
const util_1 = __nccwpck_require__(5248);
const error = {
    message: "must NOT have additional properties",
    params: ({ params }) => (0, codegen_1._) `{additionalProperty: ${params.additionalProperty}}`,
};
const def = {
    keyword: "additionalProperties",
    type: ["object"],
    schemaType: ["boolean", "object"],
    allowUndefined: true,
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        /* istanbul ignore if */
        if (!errsCount)
            throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
            return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
            gen.forIn("key", data, (key) => {
                if (!props.length && !patProps.length)
                    additionalPropertyCode(key);
                else
                    gen.if(isAdditional(key), () => additionalPropertyCode(key));
            });
        }
        function isAdditional(key) {
            let definedProp;
            if (props.length > 8) {
                // TODO maybe an option instead of hard-coded 8?
                const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
                definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
            }
            else if (props.length) {
                definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._) `${key} === ${p}`));
            }
            else {
                definedProp = codegen_1.nil;
            }
            if (patProps.length) {
                definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._) `${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
            }
            return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
            gen.code((0, codegen_1._) `delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
            if (opts.removeAdditional === "all" || (opts.removeAdditional && schema === false)) {
                deleteAdditional(key);
                return;
            }
            if (schema === false) {
                cxt.setParams({ additionalProperty: key });
                cxt.error();
                if (!allErrors)
                    gen.break();
                return;
            }
            if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
                const valid = gen.name("valid");
                if (opts.removeAdditional === "failing") {
                    applyAdditionalSchema(key, valid, false);
                    gen.if((0, codegen_1.not)(valid), () => {
                        cxt.reset();
                        deleteAdditional(key);
                    });
                }
                else {
                    applyAdditionalSchema(key, valid);
                    if (!allErrors)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                }
            }
        }
        function applyAdditionalSchema(key, valid, errors) {
            const subschema = {
                keyword: "additionalProperties",
                dataProp: key,
                dataPropType: util_1.Type.Str,
            };
            if (errors === false) {
                Object.assign(subschema, {
                    compositeRule: true,
                    createErrors: false,
                    allErrors: false,
                });
            }
            cxt.subschema(subschema, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=additionalProperties.js.map

/***/ }),

/***/ 6341:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(5248);
const def = {
    keyword: "allOf",
    schemaType: "array",
    code(cxt) {
        const { gen, schema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
            if ((0, util_1.alwaysValidSchema)(it, sch))
                return;
            const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
            cxt.ok(valid);
            cxt.mergeEvaluated(schCxt);
        });
    },
};
exports["default"] = def;
//# sourceMappingURL=allOf.js.map

/***/ }),

/***/ 8484:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(7924);
const def = {
    keyword: "anyOf",
    schemaType: "array",
    trackErrors: true,
    code: code_1.validateUnion,
    error: { message: "must match a schema in anyOf" },
};
exports["default"] = def;
//# sourceMappingURL=anyOf.js.map

/***/ }),

/***/ 1926:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(6300);
const util_1 = __nccwpck_require__(5248);
const error = {
    message: ({ params: { min, max } }) => max === undefined
        ? (0, codegen_1.str) `must contain at least ${min} valid item(s)`
        : (0, codegen_1.str) `must contain at least ${min} and no more than ${max} valid item(s)`,
    params: ({ params: { min, max } }) => max === undefined ? (0, codegen_1._) `{minContains: ${min}}` : (0, codegen_1._) `{minContains: ${min}, maxContains: ${max}}`,
};
const def = {
    keyword: "contains",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
            min = minContains === undefined ? 1 : minContains;
            max = maxContains;
        }
        else {
            min = 1;
        }
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        cxt.setParams({ min, max });
        if (max === undefined && min === 0) {
            (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
            return;
        }
        if (max !== undefined && min > max) {
            (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
            cxt.fail();
            return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            let cond = (0, codegen_1._) `${len} >= ${min}`;
            if (max !== undefined)
                cond = (0, codegen_1._) `${cond} && ${len} <= ${max}`;
            cxt.pass(cond);
            return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === undefined && min === 1) {
            validateItems(valid, () => gen.if(valid, () => gen.break()));
        }
        else if (min === 0) {
            gen.let(valid, true);
            if (max !== undefined)
                gen.if((0, codegen_1._) `${data}.length > 0`, validateItemsWithCount);
        }
        else {
            gen.let(valid, false);
            validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
            const schValid = gen.name("_valid");
            const count = gen.let("count", 0);
            validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
            gen.forRange("i", 0, len, (i) => {
                cxt.subschema({
                    keyword: "contains",
                    dataProp: i,
                    dataPropType: util_1.Type.Num,
                    compositeRule: true,
                }, _valid);
                block();
            });
        }
        function checkLimits(count) {
            gen.code((0, codegen_1._) `${count}++`);
            if (max === undefined) {
                gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true).break());
            }
            else {
                gen.if((0, codegen_1._) `${count} > ${max}`, () => gen.assign(valid, false).break());
                if (min === 1)
                    gen.assign(valid, true);
                else
                    gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true));
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=contains.js.map

/***/ }),

/***/ 5474:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
const codegen_1 = __nccwpck_require__(6300);
const util_1 = __nccwpck_require__(5248);
const code_1 = __nccwpck_require__(7924);
exports.error = {
    message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str) `must have ${property_ies} ${deps} when property ${property} is present`;
    },
    params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._) `{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`, // TODO change to reference
};
const def = {
    keyword: "dependencies",
    type: "object",
    schemaType: "object",
    error: exports.error,
    code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
    },
};
function splitDependencies({ schema }) {
    const propertyDeps = {};
    const schemaDeps = {};
    for (const key in schema) {
        if (key === "__proto__")
            continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
    }
    return [propertyDeps, schemaDeps];
}
function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
    const { gen, data, it } = cxt;
    if (Object.keys(propertyDeps).length === 0)
        return;
    const missing = gen.let("missing");
    for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
            continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
            property: prop,
            depsCount: deps.length,
            deps: deps.join(", "),
        });
        if (it.allErrors) {
            gen.if(hasProperty, () => {
                for (const depProp of deps) {
                    (0, code_1.checkReportMissingProp)(cxt, depProp);
                }
            });
        }
        else {
            gen.if((0, codegen_1._) `${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
        }
    }
}
exports.validatePropertyDeps = validatePropertyDeps;
function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
            continue;
        gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties), () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
        }, () => gen.var(valid, true) // TODO var
        );
        cxt.ok(valid);
    }
}
exports.validateSchemaDeps = validateSchemaDeps;
exports["default"] = def;
//# sourceMappingURL=dependencies.js.map

/***/ }),

/***/ 9352:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(6300);
const util_1 = __nccwpck_require__(5248);
const error = {
    message: ({ params }) => (0, codegen_1.str) `must match "${params.ifClause}" schema`,
    params: ({ params }) => (0, codegen_1._) `{failingKeyword: ${params.ifClause}}`,
};
const def = {
    keyword: "if",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === undefined && parentSchema.else === undefined) {
            (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
            return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
            const ifClause = gen.let("ifClause");
            cxt.setParams({ ifClause });
            gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        }
        else if (hasThen) {
            gen.if(schValid, validateClause("then"));
        }
        else {
            gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
            const schCxt = cxt.subschema({
                keyword: "if",
                compositeRule: true,
                createErrors: false,
                allErrors: false,
            }, schValid);
            cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
            return () => {
                const schCxt = cxt.subschema({ keyword }, schValid);
                gen.assign(valid, schValid);
                cxt.mergeValidEvaluated(schCxt, valid);
                if (ifClause)
                    gen.assign(ifClause, (0, codegen_1._) `${keyword}`);
                else
                    cxt.setParams({ ifClause: keyword });
            };
        }
    },
};
function hasSchema(it, keyword) {
    const schema = it.schema[keyword];
    return schema !== undefined && !(0, util_1.alwaysValidSchema)(it, schema);
}
exports["default"] = def;
//# sourceMappingURL=if.js.map

/***/ }),

/***/ 9335:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const additionalItems_1 = __nccwpck_require__(7928);
const prefixItems_1 = __nccwpck_require__(627);
const items_1 = __nccwpck_require__(7327);
const items2020_1 = __nccwpck_require__(5231);
const contains_1 = __nccwpck_require__(1926);
const dependencies_1 = __nccwpck_require__(5474);
const propertyNames_1 = __nccwpck_require__(6860);
const additionalProperties_1 = __nccwpck_require__(8671);
const properties_1 = __nccwpck_require__(4842);
const patternProperties_1 = __nccwpck_require__(3240);
const not_1 = __nccwpck_require__(9086);
const anyOf_1 = __nccwpck_require__(8484);
const oneOf_1 = __nccwpck_require__(8218);
const allOf_1 = __nccwpck_require__(6341);
const if_1 = __nccwpck_require__(9352);
const thenElse_1 = __nccwpck_require__(7549);
function getApplicator(draft2020 = false) {
    const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default,
    ];
    // array
    if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
    else
        applicator.push(additionalItems_1.default, items_1.default);
    applicator.push(contains_1.default);
    return applicator;
}
exports["default"] = getApplicator;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7327:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateTuple = void 0;
const codegen_1 = __nccwpck_require__(6300);
const util_1 = __nccwpck_require__(5248);
const code_1 = __nccwpck_require__(7924);
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "array", "boolean"],
    before: "uniqueItems",
    code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
            return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        cxt.ok((0, code_1.validateArray)(cxt));
    },
};
function validateTuple(cxt, extraItems, schArr = cxt.schema) {
    const { gen, parentSchema, data, keyword, it } = cxt;
    checkStrictTuple(parentSchema);
    if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
    }
    const valid = gen.name("valid");
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
        gen.if((0, codegen_1._) `${len} > ${i}`, () => cxt.subschema({
            keyword,
            schemaProp: i,
            dataProp: i,
        }, valid));
        cxt.ok(valid);
    });
    function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
            const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
            (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
    }
}
exports.validateTuple = validateTuple;
exports["default"] = def;
//# sourceMappingURL=items.js.map

/***/ }),

/***/ 5231:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(6300);
const util_1 = __nccwpck_require__(5248);
const code_1 = __nccwpck_require__(7924);
const additionalItems_1 = __nccwpck_require__(7928);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        if (prefixItems)
            (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
            cxt.ok((0, code_1.validateArray)(cxt));
    },
};
exports["default"] = def;
//# sourceMappingURL=items2020.js.map

/***/ }),

/***/ 9086:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(5248);
const def = {
    keyword: "not",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            cxt.fail();
            return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
            keyword: "not",
            compositeRule: true,
            createErrors: false,
            allErrors: false,
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
    },
    error: { message: "must NOT be valid" },
};
exports["default"] = def;
//# sourceMappingURL=not.js.map

/***/ }),

/***/ 8218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(6300);
const util_1 = __nccwpck_require__(5248);
const error = {
    message: "must match exactly one schema in oneOf",
    params: ({ params }) => (0, codegen_1._) `{passingSchemas: ${params.passing}}`,
};
const def = {
    keyword: "oneOf",
    schemaType: "array",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
            return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        // TODO possibly fail straight away (with warning or exception) if there are two empty always valid schemas
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
            schArr.forEach((sch, i) => {
                let schCxt;
                if ((0, util_1.alwaysValidSchema)(it, sch)) {
                    gen.var(schValid, true);
                }
                else {
                    schCxt = cxt.subschema({
                        keyword: "oneOf",
                        schemaProp: i,
                        compositeRule: true,
                    }, schValid);
                }
                if (i > 0) {
                    gen
                        .if((0, codegen_1._) `${schValid} && ${valid}`)
                        .assign(valid, false)
                        .assign(passing, (0, codegen_1._) `[${passing}, ${i}]`)
                        .else();
                }
                gen.if(schValid, () => {
                    gen.assign(valid, true);
                    gen.assign(passing, i);
                    if (schCxt)
                        cxt.mergeEvaluated(schCxt, codegen_1.Name);
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=oneOf.js.map

/***/ }),

/***/ 3240:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(7924);
const codegen_1 = __nccwpck_require__(6300);
const util_1 = __nccwpck_require__(5248);
const util_2 = __nccwpck_require__(5248);
const def = {
    keyword: "patternProperties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 ||
            (alwaysValidPatterns.length === patterns.length &&
                (!it.opts.unevaluated || it.props === true))) {
            return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
            it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
            for (const pat of patterns) {
                if (checkProperties)
                    checkMatchingProperties(pat);
                if (it.allErrors) {
                    validateProperties(pat);
                }
                else {
                    gen.var(valid, true); // TODO var
                    validateProperties(pat);
                    gen.if(valid);
                }
            }
        }
        function checkMatchingProperties(pat) {
            for (const prop in checkProperties) {
                if (new RegExp(pat).test(prop)) {
                    (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
                }
            }
        }
        function validateProperties(pat) {
            gen.forIn("key", data, (key) => {
                gen.if((0, codegen_1._) `${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
                    const alwaysValid = alwaysValidPatterns.includes(pat);
                    if (!alwaysValid) {
                        cxt.subschema({
                            keyword: "patternProperties",
                            schemaProp: pat,
                            dataProp: key,
                            dataPropType: util_2.Type.Str,
                        }, valid);
                    }
                    if (it.opts.unevaluated && props !== true) {
                        gen.assign((0, codegen_1._) `${props}[${key}]`, true);
                    }
                    else if (!alwaysValid && !it.allErrors) {
                        // can short-circuit if `unevaluatedProperties` is not supported (opts.next === false)
                        // or if all properties were evaluated (props === true)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                    }
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=patternProperties.js.map

/***/ }),

/***/ 627:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const items_1 = __nccwpck_require__(7327);
const def = {
    keyword: "prefixItems",
    type: "array",
    schemaType: ["array"],
    before: "uniqueItems",
    code: (cxt) => (0, items_1.validateTuple)(cxt, "items"),
};
exports["default"] = def;
//# sourceMappingURL=prefixItems.js.map

/***/ }),

/***/ 4842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const validate_1 = __nccwpck_require__(6537);
const code_1 = __nccwpck_require__(7924);
const util_1 = __nccwpck_require__(5248);
const additionalProperties_1 = __nccwpck_require__(8671);
const def = {
    keyword: "properties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === undefined) {
            additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
            it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
            it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
            return;
        const valid = gen.name("valid");
        for (const prop of properties) {
            if (hasDefault(prop)) {
                applyPropertySchema(prop);
            }
            else {
                gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
                applyPropertySchema(prop);
                if (!it.allErrors)
                    gen.else().var(valid, true);
                gen.endIf();
            }
            cxt.it.definedProperties.add(prop);
            cxt.ok(valid);
        }
        function hasDefault(prop) {
            return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== undefined;
        }
        function applyPropertySchema(prop) {
            cxt.subschema({
                keyword: "properties",
                schemaProp: prop,
                dataProp: prop,
            }, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=properties.js.map

/***/ }),

/***/ 6860:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(6300);
const util_1 = __nccwpck_require__(5248);
const error = {
    message: "property name must be valid",
    params: ({ params }) => (0, codegen_1._) `{propertyName: ${params.propertyName}}`,
};
const def = {
    keyword: "propertyNames",
    type: "object",
    schemaType: ["object", "boolean"],
    error,
    code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
            cxt.setParams({ propertyName: key });
            cxt.subschema({
                keyword: "propertyNames",
                data: key,
                dataTypes: ["string"],
                propertyName: key,
                compositeRule: true,
            }, valid);
            gen.if((0, codegen_1.not)(valid), () => {
                cxt.error(true);
                if (!it.allErrors)
                    gen.break();
            });
        });
        cxt.ok(valid);
    },
};
exports["default"] = def;
//# sourceMappingURL=propertyNames.js.map

/***/ }),

/***/ 7549:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(5248);
const def = {
    keyword: ["then", "else"],
    schemaType: ["object", "boolean"],
    code({ keyword, parentSchema, it }) {
        if (parentSchema.if === undefined)
            (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
    },
};
exports["default"] = def;
//# sourceMappingURL=thenElse.js.map

/***/ }),

/***/ 7924:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
const codegen_1 = __nccwpck_require__(6300);
const util_1 = __nccwpck_require__(5248);
const names_1 = __nccwpck_require__(8054);
const util_2 = __nccwpck_require__(5248);
function checkReportMissingProp(cxt, prop) {
    const { gen, data, it } = cxt;
    gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._) `${prop}` }, true);
        cxt.error();
    });
}
exports.checkReportMissingProp = checkReportMissingProp;
function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
    return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._) `${missing} = ${prop}`)));
}
exports.checkMissingProp = checkMissingProp;
function reportMissingProp(cxt, missing) {
    cxt.setParams({ missingProperty: missing }, true);
    cxt.error();
}
exports.reportMissingProp = reportMissingProp;
function hasPropFunc(gen) {
    return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._) `Object.prototype.hasOwnProperty`,
    });
}
exports.hasPropFunc = hasPropFunc;
function isOwnProperty(gen, data, property) {
    return (0, codegen_1._) `${hasPropFunc(gen)}.call(${data}, ${property})`;
}
exports.isOwnProperty = isOwnProperty;
function propertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
    return ownProperties ? (0, codegen_1._) `${cond} && ${isOwnProperty(gen, data, property)}` : cond;
}
exports.propertyInData = propertyInData;
function noPropertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} === undefined`;
    return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
}
exports.noPropertyInData = noPropertyInData;
function allSchemaProperties(schemaMap) {
    return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
}
exports.allSchemaProperties = allSchemaProperties;
function schemaProperties(it, schemaMap) {
    return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
}
exports.schemaProperties = schemaProperties;
function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
    const dataAndSchema = passSchema ? (0, codegen_1._) `${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
    const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData],
    ];
    if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
    const args = (0, codegen_1._) `${dataAndSchema}, ${gen.object(...valCxt)}`;
    return context !== codegen_1.nil ? (0, codegen_1._) `${func}.call(${context}, ${args})` : (0, codegen_1._) `${func}(${args})`;
}
exports.callValidateCode = callValidateCode;
const newRegExp = (0, codegen_1._) `new RegExp`;
function usePattern({ gen, it: { opts } }, pattern) {
    const u = opts.unicodeRegExp ? "u" : "";
    const { regExp } = opts.code;
    const rx = regExp(pattern, u);
    return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._) `${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`,
    });
}
exports.usePattern = usePattern;
function validateArray(cxt) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
    }
    gen.var(valid, true);
    validateItems(() => gen.break());
    return valid;
    function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
                keyword,
                dataProp: i,
                dataPropType: util_1.Type.Num,
            }, valid);
            gen.if((0, codegen_1.not)(valid), notValid);
        });
    }
}
exports.validateArray = validateArray;
function validateUnion(cxt) {
    const { gen, schema, keyword, it } = cxt;
    /* istanbul ignore if */
    if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
    const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
    if (alwaysValid && !it.opts.unevaluated)
        return;
    const valid = gen.let("valid", false);
    const schValid = gen.name("_valid");
    gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
            keyword,
            schemaProp: i,
            compositeRule: true,
        }, schValid);
        gen.assign(valid, (0, codegen_1._) `${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        // can short-circuit if `unevaluatedProperties/Items` not supported (opts.unevaluated !== true)
        // or if all properties and items were evaluated (it.props === true && it.items === true)
        if (!merged)
            gen.if((0, codegen_1.not)(valid));
    }));
    cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
}
exports.validateUnion = validateUnion;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 7712:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const def = {
    keyword: "id",
    code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
    },
};
exports["default"] = def;
//# sourceMappingURL=id.js.map

/***/ }),

/***/ 917:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const id_1 = __nccwpck_require__(7712);
const ref_1 = __nccwpck_require__(3332);
const core = [
    "$schema",
    "$id",
    "$defs",
    "$vocabulary",
    { keyword: "$comment" },
    "definitions",
    id_1.default,
    ref_1.default,
];
exports["default"] = core;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 3332:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.callRef = exports.getValidate = void 0;
const ref_error_1 = __nccwpck_require__(346);
const code_1 = __nccwpck_require__(7924);
const codegen_1 = __nccwpck_require__(6300);
const names_1 = __nccwpck_require__(8054);
const compile_1 = __nccwpck_require__(7150);
const util_1 = __nccwpck_require__(5248);
const def = {
    keyword: "$ref",
    schemaType: "string",
    code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
            return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === undefined)
            throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
            return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
            if (env === root)
                return callRef(cxt, validateName, env, env.$async);
            const rootName = gen.scopeValue("root", { ref: root });
            return callRef(cxt, (0, codegen_1._) `${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
            const v = getValidate(cxt, sch);
            callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
            const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
            const valid = gen.name("valid");
            const schCxt = cxt.subschema({
                schema: sch,
                dataTypes: [],
                schemaPath: codegen_1.nil,
                topSchemaRef: schName,
                errSchemaPath: $ref,
            }, valid);
            cxt.mergeEvaluated(schCxt);
            cxt.ok(valid);
        }
    },
};
function getValidate(cxt, sch) {
    const { gen } = cxt;
    return sch.validate
        ? gen.scopeValue("validate", { ref: sch.validate })
        : (0, codegen_1._) `${gen.scopeValue("wrapper", { ref: sch })}.validate`;
}
exports.getValidate = getValidate;
function callRef(cxt, v, sch, $async) {
    const { gen, it } = cxt;
    const { allErrors, schemaEnv: env, opts } = it;
    const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
    if ($async)
        callAsyncRef();
    else
        callSyncRef();
    function callAsyncRef() {
        if (!env.$async)
            throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
            gen.code((0, codegen_1._) `await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
            addEvaluatedFrom(v); // TODO will not work with async, it has to be returned with the result
            if (!allErrors)
                gen.assign(valid, true);
        }, (e) => {
            gen.if((0, codegen_1._) `!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
            addErrorsFrom(e);
            if (!allErrors)
                gen.assign(valid, false);
        });
        cxt.ok(valid);
    }
    function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
    }
    function addErrorsFrom(source) {
        const errs = (0, codegen_1._) `${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`); // TODO tagged
        gen.assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
    }
    function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
            return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        // TODO refactor
        if (it.props !== true) {
            if (schEvaluated && !schEvaluated.dynamicProps) {
                if (schEvaluated.props !== undefined) {
                    it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
                }
            }
            else {
                const props = gen.var("props", (0, codegen_1._) `${source}.evaluated.props`);
                it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
            }
        }
        if (it.items !== true) {
            if (schEvaluated && !schEvaluated.dynamicItems) {
                if (schEvaluated.items !== undefined) {
                    it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
                }
            }
            else {
                const items = gen.var("items", (0, codegen_1._) `${source}.evaluated.items`);
                it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
            }
        }
    }
}
exports.callRef = callRef;
exports["default"] = def;
//# sourceMappingURL=ref.js.map

/***/ }),

/***/ 7446:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(6300);
const types_1 = __nccwpck_require__(6475);
const compile_1 = __nccwpck_require__(7150);
const ref_error_1 = __nccwpck_require__(346);
const util_1 = __nccwpck_require__(5248);
const error = {
    message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag
        ? `tag "${tagName}" must be string`
        : `value of tag "${tagName}" must be in oneOf`,
    params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._) `{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`,
};
const def = {
    keyword: "discriminator",
    type: "object",
    schemaType: "object",
    error,
    code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
            throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
            throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
            throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
            throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._) `typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
            const mapping = getMapping();
            gen.if(false);
            for (const tagValue in mapping) {
                gen.elseIf((0, codegen_1._) `${tag} === ${tagValue}`);
                gen.assign(valid, applyTagSchema(mapping[tagValue]));
            }
            gen.else();
            cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
            gen.endIf();
        }
        function applyTagSchema(schemaProp) {
            const _valid = gen.name("valid");
            const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
            cxt.mergeEvaluated(schCxt, codegen_1.Name);
            return _valid;
        }
        function getMapping() {
            var _a;
            const oneOfMapping = {};
            const topRequired = hasRequired(parentSchema);
            let tagRequired = true;
            for (let i = 0; i < oneOf.length; i++) {
                let sch = oneOf[i];
                if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
                    const ref = sch.$ref;
                    sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
                    if (sch instanceof compile_1.SchemaEnv)
                        sch = sch.schema;
                    if (sch === undefined)
                        throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
                }
                const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
                if (typeof propSch != "object") {
                    throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
                }
                tagRequired = tagRequired && (topRequired || hasRequired(sch));
                addMappings(propSch, i);
            }
            if (!tagRequired)
                throw new Error(`discriminator: "${tagName}" must be required`);
            return oneOfMapping;
            function hasRequired({ required }) {
                return Array.isArray(required) && required.includes(tagName);
            }
            function addMappings(sch, i) {
                if (sch.const) {
                    addMapping(sch.const, i);
                }
                else if (sch.enum) {
                    for (const tagValue of sch.enum) {
                        addMapping(tagValue, i);
                    }
                }
                else {
                    throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
                }
            }
            function addMapping(tagValue, i) {
                if (typeof tagValue != "string" || tagValue in oneOfMapping) {
                    throw new Error(`discriminator: "${tagName}" values must be unique strings`);
                }
                oneOfMapping[tagValue] = i;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6475:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DiscrError = void 0;
var DiscrError;
(function (DiscrError) {
    DiscrError["Tag"] = "tag";
    DiscrError["Mapping"] = "mapping";
})(DiscrError || (exports.DiscrError = DiscrError = {}));
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 9381:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const core_1 = __nccwpck_require__(917);
const validation_1 = __nccwpck_require__(5497);
const applicator_1 = __nccwpck_require__(9335);
const format_1 = __nccwpck_require__(1177);
const metadata_1 = __nccwpck_require__(3436);
const draft7Vocabularies = [
    core_1.default,
    validation_1.default,
    (0, applicator_1.default)(),
    format_1.default,
    metadata_1.metadataVocabulary,
    metadata_1.contentVocabulary,
];
exports["default"] = draft7Vocabularies;
//# sourceMappingURL=draft7.js.map

/***/ }),

/***/ 2178:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(6300);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match format "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{format: ${schemaCode}}`,
};
const def = {
    keyword: "format",
    type: ["number", "string"],
    schemaType: "string",
    $data: true,
    error,
    code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
            return;
        if ($data)
            validate$DataFormat();
        else
            validateFormat();
        function validate$DataFormat() {
            const fmts = gen.scopeValue("formats", {
                ref: self.formats,
                code: opts.code.formats,
            });
            const fDef = gen.const("fDef", (0, codegen_1._) `${fmts}[${schemaCode}]`);
            const fType = gen.let("fType");
            const format = gen.let("format");
            // TODO simplify
            gen.if((0, codegen_1._) `typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._) `${fDef}.type || "string"`).assign(format, (0, codegen_1._) `${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._) `"string"`).assign(format, fDef));
            cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
            function unknownFmt() {
                if (opts.strictSchema === false)
                    return codegen_1.nil;
                return (0, codegen_1._) `${schemaCode} && !${format}`;
            }
            function invalidFmt() {
                const callFormat = schemaEnv.$async
                    ? (0, codegen_1._) `(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))`
                    : (0, codegen_1._) `${format}(${data})`;
                const validData = (0, codegen_1._) `(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
                return (0, codegen_1._) `${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
            }
        }
        function validateFormat() {
            const formatDef = self.formats[schema];
            if (!formatDef) {
                unknownFormat();
                return;
            }
            if (formatDef === true)
                return;
            const [fmtType, format, fmtRef] = getFormat(formatDef);
            if (fmtType === ruleType)
                cxt.pass(validCondition());
            function unknownFormat() {
                if (opts.strictSchema === false) {
                    self.logger.warn(unknownMsg());
                    return;
                }
                throw new Error(unknownMsg());
                function unknownMsg() {
                    return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
                }
            }
            function getFormat(fmtDef) {
                const code = fmtDef instanceof RegExp
                    ? (0, codegen_1.regexpCode)(fmtDef)
                    : opts.code.formats
                        ? (0, codegen_1._) `${opts.code.formats}${(0, codegen_1.getProperty)(schema)}`
                        : undefined;
                const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
                if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
                    return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._) `${fmt}.validate`];
                }
                return ["string", fmtDef, fmt];
            }
            function validCondition() {
                if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
                    if (!schemaEnv.$async)
                        throw new Error("async format in sync schema");
                    return (0, codegen_1._) `await ${fmtRef}(${data})`;
                }
                return typeof format == "function" ? (0, codegen_1._) `${fmtRef}(${data})` : (0, codegen_1._) `${fmtRef}.test(${data})`;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=format.js.map

/***/ }),

/***/ 1177:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const format_1 = __nccwpck_require__(2178);
const format = [format_1.default];
exports["default"] = format;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 3436:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.contentVocabulary = exports.metadataVocabulary = void 0;
exports.metadataVocabulary = [
    "title",
    "description",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "examples",
];
exports.contentVocabulary = [
    "contentMediaType",
    "contentEncoding",
    "contentSchema",
];
//# sourceMappingURL=metadata.js.map

/***/ }),

/***/ 8698:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(6300);
const util_1 = __nccwpck_require__(5248);
const equal_1 = __nccwpck_require__(3335);
const error = {
    message: "must be equal to constant",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValue: ${schemaCode}}`,
};
const def = {
    keyword: "const",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || (schema && typeof schema == "object")) {
            cxt.fail$data((0, codegen_1._) `!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        }
        else {
            cxt.fail((0, codegen_1._) `${schema} !== ${data}`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=const.js.map

/***/ }),

/***/ 4736:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(6300);
const util_1 = __nccwpck_require__(5248);
const equal_1 = __nccwpck_require__(3335);
const error = {
    message: "must be equal to one of the allowed values",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValues: ${schemaCode}}`,
};
const def = {
    keyword: "enum",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
            throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => (eql !== null && eql !== void 0 ? eql : (eql = (0, util_1.useFunc)(gen, equal_1.default)));
        let valid;
        if (useLoop || $data) {
            valid = gen.let("valid");
            cxt.block$data(valid, loopEnum);
        }
        else {
            /* istanbul ignore if */
            if (!Array.isArray(schema))
                throw new Error("ajv implementation error");
            const vSchema = gen.const("vSchema", schemaCode);
            valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
            gen.assign(valid, false);
            gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._) `${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
            const sch = schema[i];
            return typeof sch === "object" && sch !== null
                ? (0, codegen_1._) `${getEql()}(${data}, ${vSchema}[${i}])`
                : (0, codegen_1._) `${data} === ${sch}`;
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=enum.js.map

/***/ }),

/***/ 5497:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const limitNumber_1 = __nccwpck_require__(2011);
const multipleOf_1 = __nccwpck_require__(3748);
const limitLength_1 = __nccwpck_require__(9730);
const pattern_1 = __nccwpck_require__(8343);
const limitProperties_1 = __nccwpck_require__(2895);
const required_1 = __nccwpck_require__(6008);
const limitItems_1 = __nccwpck_require__(3304);
const uniqueItems_1 = __nccwpck_require__(1308);
const const_1 = __nccwpck_require__(8698);
const enum_1 = __nccwpck_require__(4736);
const validation = [
    // number
    limitNumber_1.default,
    multipleOf_1.default,
    // string
    limitLength_1.default,
    pattern_1.default,
    // object
    limitProperties_1.default,
    required_1.default,
    // array
    limitItems_1.default,
    uniqueItems_1.default,
    // any
    { keyword: "type", schemaType: ["string", "array"] },
    { keyword: "nullable", schemaType: "boolean" },
    const_1.default,
    enum_1.default,
];
exports["default"] = validation;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 3304:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(6300);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} items`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxItems", "minItems"],
    type: "array",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `${data}.length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitItems.js.map

/***/ }),

/***/ 9730:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(6300);
const util_1 = __nccwpck_require__(5248);
const ucs2length_1 = __nccwpck_require__(7542);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} characters`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxLength", "minLength"],
    type: "string",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._) `${data}.length` : (0, codegen_1._) `${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._) `${len} ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitLength.js.map

/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(6300);
const ops = codegen_1.operators;
const KWDs = {
    maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
    minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
    exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
    exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE },
};
const error = {
    message: ({ keyword, schemaCode }) => (0, codegen_1.str) `must be ${KWDs[keyword].okStr} ${schemaCode}`,
    params: ({ keyword, schemaCode }) => (0, codegen_1._) `{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`,
};
const def = {
    keyword: Object.keys(KWDs),
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._) `${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitNumber.js.map

/***/ }),

/***/ 2895:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(6300);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} properties`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxProperties", "minProperties"],
    type: "object",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `Object.keys(${data}).length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitProperties.js.map

/***/ }),

/***/ 3748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(6300);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must be multiple of ${schemaCode}`,
    params: ({ schemaCode }) => (0, codegen_1._) `{multipleOf: ${schemaCode}}`,
};
const def = {
    keyword: "multipleOf",
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        // const bdt = bad$DataType(schemaCode, <string>def.schemaType, $data)
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec
            ? (0, codegen_1._) `Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}`
            : (0, codegen_1._) `${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._) `(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
    },
};
exports["default"] = def;
//# sourceMappingURL=multipleOf.js.map

/***/ }),

/***/ 8343:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(7924);
const util_1 = __nccwpck_require__(5248);
const codegen_1 = __nccwpck_require__(6300);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match pattern "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{pattern: ${schemaCode}}`,
};
const def = {
    keyword: "pattern",
    type: "string",
    schemaType: "string",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
            const { regExp } = it.opts.code;
            const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._) `new RegExp` : (0, util_1.useFunc)(gen, regExp);
            const valid = gen.let("valid");
            gen.try(() => gen.assign(valid, (0, codegen_1._) `${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
            cxt.fail$data((0, codegen_1._) `!${valid}`);
        }
        else {
            const regExp = (0, code_1.usePattern)(cxt, schema);
            cxt.fail$data((0, codegen_1._) `!${regExp}.test(${data})`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=pattern.js.map

/***/ }),

/***/ 6008:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(7924);
const codegen_1 = __nccwpck_require__(6300);
const util_1 = __nccwpck_require__(5248);
const error = {
    message: ({ params: { missingProperty } }) => (0, codegen_1.str) `must have required property '${missingProperty}'`,
    params: ({ params: { missingProperty } }) => (0, codegen_1._) `{missingProperty: ${missingProperty}}`,
};
const def = {
    keyword: "required",
    type: "object",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
            return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
            allErrorsMode();
        else
            exitOnErrorMode();
        if (opts.strictRequired) {
            const props = cxt.parentSchema.properties;
            const { definedProperties } = cxt.it;
            for (const requiredKey of schema) {
                if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === undefined && !definedProperties.has(requiredKey)) {
                    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
                    const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
                    (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
                }
            }
        }
        function allErrorsMode() {
            if (useLoop || $data) {
                cxt.block$data(codegen_1.nil, loopAllRequired);
            }
            else {
                for (const prop of schema) {
                    (0, code_1.checkReportMissingProp)(cxt, prop);
                }
            }
        }
        function exitOnErrorMode() {
            const missing = gen.let("missing");
            if (useLoop || $data) {
                const valid = gen.let("valid", true);
                cxt.block$data(valid, () => loopUntilMissing(missing, valid));
                cxt.ok(valid);
            }
            else {
                gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
                (0, code_1.reportMissingProp)(cxt, missing);
                gen.else();
            }
        }
        function loopAllRequired() {
            gen.forOf("prop", schemaCode, (prop) => {
                cxt.setParams({ missingProperty: prop });
                gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
            });
        }
        function loopUntilMissing(missing, valid) {
            cxt.setParams({ missingProperty: missing });
            gen.forOf(missing, schemaCode, () => {
                gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
                gen.if((0, codegen_1.not)(valid), () => {
                    cxt.error();
                    gen.break();
                });
            }, codegen_1.nil);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=required.js.map

/***/ }),

/***/ 1308:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dataType_1 = __nccwpck_require__(6701);
const codegen_1 = __nccwpck_require__(6300);
const util_1 = __nccwpck_require__(5248);
const equal_1 = __nccwpck_require__(3335);
const error = {
    message: ({ params: { i, j } }) => (0, codegen_1.str) `must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
    params: ({ params: { i, j } }) => (0, codegen_1._) `{i: ${i}, j: ${j}}`,
};
const def = {
    keyword: "uniqueItems",
    type: "array",
    schemaType: "boolean",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
            return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._) `${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
            const i = gen.let("i", (0, codegen_1._) `${data}.length`);
            const j = gen.let("j");
            cxt.setParams({ i, j });
            gen.assign(valid, true);
            gen.if((0, codegen_1._) `${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
            return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
            const item = gen.name("item");
            const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
            const indices = gen.const("indices", (0, codegen_1._) `{}`);
            gen.for((0, codegen_1._) `;${i}--;`, () => {
                gen.let(item, (0, codegen_1._) `${data}[${i}]`);
                gen.if(wrongType, (0, codegen_1._) `continue`);
                if (itemTypes.length > 1)
                    gen.if((0, codegen_1._) `typeof ${item} == "string"`, (0, codegen_1._) `${item} += "_"`);
                gen
                    .if((0, codegen_1._) `typeof ${indices}[${item}] == "number"`, () => {
                    gen.assign(j, (0, codegen_1._) `${indices}[${item}]`);
                    cxt.error();
                    gen.assign(valid, false).break();
                })
                    .code((0, codegen_1._) `${indices}[${item}] = ${i}`);
            });
        }
        function loopN2(i, j) {
            const eql = (0, util_1.useFunc)(gen, equal_1.default);
            const outer = gen.name("outer");
            gen.label(outer).for((0, codegen_1._) `;${i}--;`, () => gen.for((0, codegen_1._) `${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._) `${eql}(${data}[${i}], ${data}[${j}])`, () => {
                cxt.error();
                gen.assign(valid, false).break(outer);
            })));
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=uniqueItems.js.map

/***/ }),

/***/ 2550:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 4591:
/***/ ((module) => {



var traverse = module.exports = function (schema, opts, cb) {
  // Legacy support for v0.3.1 and earlier.
  if (typeof opts == 'function') {
    cb = opts;
    opts = {};
  }

  cb = opts.cb || cb;
  var pre = (typeof cb == 'function') ? cb : cb.pre || function() {};
  var post = cb.post || function() {};

  _traverse(opts, pre, post, schema, '', schema);
};


traverse.keywords = {
  additionalItems: true,
  items: true,
  contains: true,
  additionalProperties: true,
  propertyNames: true,
  not: true,
  if: true,
  then: true,
  else: true
};

traverse.arrayKeywords = {
  items: true,
  allOf: true,
  anyOf: true,
  oneOf: true
};

traverse.propsKeywords = {
  $defs: true,
  definitions: true,
  properties: true,
  patternProperties: true,
  dependencies: true
};

traverse.skipKeywords = {
  default: true,
  enum: true,
  const: true,
  required: true,
  maximum: true,
  minimum: true,
  exclusiveMaximum: true,
  exclusiveMinimum: true,
  multipleOf: true,
  maxLength: true,
  minLength: true,
  pattern: true,
  format: true,
  maxItems: true,
  minItems: true,
  uniqueItems: true,
  maxProperties: true,
  minProperties: true
};


function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
  if (schema && typeof schema == 'object' && !Array.isArray(schema)) {
    pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
    for (var key in schema) {
      var sch = schema[key];
      if (Array.isArray(sch)) {
        if (key in traverse.arrayKeywords) {
          for (var i=0; i<sch.length; i++)
            _traverse(opts, pre, post, sch[i], jsonPtr + '/' + key + '/' + i, rootSchema, jsonPtr, key, schema, i);
        }
      } else if (key in traverse.propsKeywords) {
        if (sch && typeof sch == 'object') {
          for (var prop in sch)
            _traverse(opts, pre, post, sch[prop], jsonPtr + '/' + key + '/' + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
        }
      } else if (key in traverse.keywords || (opts.allKeys && !(key in traverse.skipKeywords))) {
        _traverse(opts, pre, post, sch, jsonPtr + '/' + key, rootSchema, jsonPtr, key, schema);
      }
    }
    post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
  }
}


function escapeJsonPtr(str) {
  return str.replace(/~/g, '~0').replace(/\//g, '~1');
}


/***/ }),

/***/ 4577:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6189);

process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6189:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: EXIT

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/values.ts
/** Marker for an unsettled value in plain JS data (never equal to anything real). */
const UNKNOWN = Symbol('unknown');
/** The value without spans, as plain JS data; unknown values become {@link UNKNOWN}. */
function toPlain(value) {
    switch (value.kind) {
        case 'string':
        case 'number':
        case 'bool':
            return value.value;
        case 'null':
            return null;
        case 'list':
            return value.items.map(toPlain);
        case 'map': {
            const out = {};
            for (const [k, v] of value.entries)
                out[k] = toPlain(v);
            return out;
        }
        case 'unknown':
            return UNKNOWN;
    }
}
/** Structural equality ignoring spans; an unknown equals another unknown only with the same expression. */
function valuesEqual(a, b) {
    if (a.kind !== b.kind)
        return false;
    switch (a.kind) {
        case 'string':
        case 'number':
        case 'bool':
            return a.value === b.value;
        case 'null':
            return true;
        case 'unknown':
            return a.expr === b.expr;
        case 'list': {
            const items = b.items;
            return a.items.length === items.length && a.items.every((v, i) => valuesEqual(v, items[i]));
        }
        case 'map': {
            const other = b.entries;
            if (a.entries.size !== other.size)
                return false;
            for (const [k, v] of a.entries) {
                const w = other.get(k);
                if (w === undefined || !valuesEqual(v, w))
                    return false;
            }
            return true;
        }
    }
}
/** A short, single-line rendering of a value for messages (`"public-read"`, `true`, `[2 items]`). */
function describeValue(value, max = 60) {
    let text;
    switch (value.kind) {
        case 'string':
            text = JSON.stringify(value.value);
            break;
        case 'number':
        case 'bool':
            text = String(value.value);
            break;
        case 'null':
            text = 'null';
            break;
        case 'list':
            text =
                value.items.length <= 3
                    ? `[${value.items.map(v => describeValue(v, 20)).join(', ')}]`
                    : `[${value.items.length} items]`;
            break;
        case 'map':
            text = `{${value.entries.size} keys}`;
            break;
        case 'unknown':
            text = value.expr;
            break;
    }
    text = text.replace(/\s+/g, ' ');
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
function mapValue(entries, span) {
    return { kind: 'map', entries, span };
}

;// CONCATENATED MODULE: ./src/engine/condition-syntax.ts
/** The condition language of rule files, as written in YAML (after schema validation). */
const OPERATORS = [
    'equals',
    'not_equals',
    'in',
    'not_in',
    'matches',
    'not_matches',
    'matches_ignore_case',
    'exists',
    'gt',
    'gte',
    'lt',
    'lte',
    'contains',
    'contains_any',
    'not_contains',
    'entropy_gte'
];
/** The keys that say what kind of condition an object is; `attr` makes it a leaf. */
const CONDITION_KINDS = ['all', 'any', 'not', 'some', 'none', 'every', 'related', 'attr'];
function isOperator(key) {
    return OPERATORS.includes(key);
}
/** The kind keys present on a condition object (exactly one in a valid rule). */
function kindsOf(condition) {
    return CONDITION_KINDS.filter(kind => kind in condition);
}
/** The operator keys present on a leaf (exactly one in a valid rule). */
function operatorsOf(leaf) {
    return OPERATORS.filter(op => op in leaf);
}

;// CONCATENATED MODULE: ./src/engine/truth.ts
function negate(truth) {
    if (truth === 'unknown')
        return truth;
    return truth === 'true' ? 'false' : 'true';
}
function fromBoolean(holds) {
    return holds ? 'true' : 'false';
}
/** Kleene conjunction of already-computed truths. */
function and(truths) {
    let result = 'true';
    for (const t of truths) {
        if (t === 'false')
            return 'false';
        if (t === 'unknown')
            result = 'unknown';
    }
    return result;
}
/** Kleene disjunction of already-computed truths. */
function or(truths) {
    let result = 'false';
    for (const t of truths) {
        if (t === 'true')
            return 'true';
        if (t === 'unknown')
            result = 'unknown';
    }
    return result;
}

;// CONCATENATED MODULE: ./src/engine/operators.ts

/**
 * Binds an operator to its operand (already checked for type). Scalars
 * compare loosely, as Terraform converts them (`"22"` equals `22`, `"true"`
 * equals `true`); a scalar counts as a one-item list for `in` and `not_in`,
 * so `Action = "*"` and `Action = ["*"]` read the same.
 */
function bindOperator(operator, operand) {
    switch (operator) {
        case 'equals':
            return value => looseEquals(value, operand);
        case 'not_equals':
            return value => negate(looseEquals(value, operand));
        case 'in':
            return value => isIn(value, operand);
        case 'not_in':
            return value => negate(isIn(value, operand));
        case 'matches':
            return bindMatches(new RegExp(operand));
        case 'not_matches': {
            const matches = bindMatches(new RegExp(operand));
            return value => negate(matches(value));
        }
        case 'matches_ignore_case':
            return bindMatches(new RegExp(operand, 'i'));
        case 'exists':
            return value => fromBoolean((value.kind !== 'null') === operand);
        case 'gt':
        case 'gte':
        case 'lt':
        case 'lte':
            return bindComparison(operator, operand);
        case 'contains':
            return value => contains(value, operand);
        case 'contains_any':
            return value => or(operand.map(item => contains(value, item)));
        case 'not_contains':
            return value => negate(contains(value, operand));
        case 'entropy_gte':
            return bindEntropy(operand);
    }
}
/** Structural equality with loose scalars; unknown anywhere inside makes it unknown. */
function looseEquals(value, operand) {
    switch (value.kind) {
        case 'unknown':
            return 'unknown';
        case 'null':
            return fromBoolean(operand === null);
        case 'string':
        case 'number':
        case 'bool':
            return fromBoolean(scalarEquals(value.value, operand));
        case 'list':
            if (!Array.isArray(operand) || operand.length !== value.items.length)
                return 'false';
            return and(value.items.map((item, i) => looseEquals(item, operand[i])));
        case 'map':
            return mapEquals(value.entries, operand);
        default:
            throw new Error(`unexpected value kind '${String(value.kind)}'`);
    }
}
function scalarEquals(a, b) {
    if (typeof a === typeof b)
        return a === b;
    if (b === null || typeof b === 'object' || b === undefined)
        return false;
    return String(a) === String(b);
}
function mapEquals(entries, operand) {
    if (operand === null || typeof operand !== 'object' || Array.isArray(operand))
        return 'false';
    const keys = Object.keys(operand);
    if (keys.length !== entries.size || keys.some(k => !entries.has(k)))
        return 'false';
    return and(keys.map(k => looseEquals(entries.get(k), operand[k])));
}
/** A list holds when some item is in the operand; any other value is a one-item list. */
function isIn(value, operand) {
    const items = value.kind === 'list' ? value.items : [value];
    return or(items.map(item => or(operand.map(candidate => looseEquals(item, candidate)))));
}
function bindMatches(pattern) {
    const test = (value) => {
        if (value.kind === 'unknown')
            return 'unknown';
        if (value.kind === 'list')
            return or(value.items.map(test));
        if (value.kind === 'string' || value.kind === 'number' || value.kind === 'bool') {
            return fromBoolean(pattern.test(String(value.value)));
        }
        return 'false';
    };
    return test;
}
function bindComparison(operator, operand) {
    return value => {
        const n = toNumber(value);
        if (n === undefined)
            return 'false';
        if (operator === 'gt')
            return fromBoolean(n > operand);
        if (operator === 'gte')
            return fromBoolean(n >= operand);
        if (operator === 'lt')
            return fromBoolean(n < operand);
        return fromBoolean(n <= operand);
    };
}
function toNumber(value) {
    if (value.kind === 'number')
        return value.value;
    if (value.kind === 'string' && /^-?\d+(\.\d+)?$/.test(value.value.trim()))
        return Number(value.value);
    return undefined;
}
/** A list contains an item; a string contains a substring; a map contains a key; a scalar contains itself. */
function contains(value, item) {
    switch (value.kind) {
        case 'list':
            return or(value.items.map(v => looseEquals(v, item)));
        case 'string':
            return fromBoolean(value.value.includes(String(item)));
        case 'map':
            return fromBoolean(value.entries.has(String(item)));
        case 'null':
            return 'false';
        default:
            return looseEquals(value, item);
    }
}
/**
 * Strings whose Shannon entropy, in bits per character, reaches the operand;
 * a list holds when some item does. Random keys and tokens score high
 * (base64 near 6, hex near 4), words and sentences low; other kinds never hold.
 */
function bindEntropy(operand) {
    const test = (value) => {
        if (value.kind === 'unknown')
            return 'unknown';
        if (value.kind === 'list')
            return or(value.items.map(test));
        return fromBoolean(value.kind === 'string' && shannonEntropy(value.value) >= operand);
    };
    return test;
}
/** Bits per character of a string, over its code points; 0 for the empty string. */
function shannonEntropy(text) {
    const counts = new Map();
    let length = 0;
    for (const char of text) {
        counts.set(char, (counts.get(char) ?? 0) + 1);
        length++;
    }
    let bits = 0;
    for (const count of counts.values()) {
        const p = count / length;
        bits -= p * Math.log2(p);
    }
    return bits;
}

;// CONCATENATED MODULE: ./src/engine/path.ts
const SEGMENT = /^([^[\]]*)((?:\[\d+\])*)$/;
/** Parses a path; throws an Error naming the bad step. The empty path is the value itself. */
function parsePath(text) {
    if (text === '')
        return [];
    return text.split('.').flatMap(segment => parseSegment(segment, text));
}
function parseSegment(segment, text) {
    if (segment === '*')
        return [{ kind: 'all' }];
    if (segment === '$json')
        return [{ kind: 'json' }];
    const match = SEGMENT.exec(segment);
    if (match === null)
        throw new Error(`invalid step '${segment}' in path '${text}' (expected key, key[n], * or $json)`);
    const [, key = '', indexes = ''] = match;
    if (key === '' && indexes === '')
        throw new Error(`empty step in path '${text}'`);
    const steps = key === '' ? [] : [{ kind: 'key', key }];
    for (const index of indexes.matchAll(/\[(\d+)\]/g))
        steps.push({ kind: 'index', index: Number(index[1]) });
    return steps;
}
/** Extends a display path by one step: `a` + key `b` → `a.b`, + index 2 → `a.b[2]`. */
function joinPath(prefix, step) {
    if (typeof step === 'number')
        return `${prefix}[${step}]`;
    return prefix === '' ? step : `${prefix}.${step}`;
}
/** The path as written in a rule, with `$json` steps left out (they change the reading, not the place). */
function displayPath(prefix, steps) {
    let path = prefix;
    for (const step of steps) {
        if (step.kind === 'key')
            path = joinPath(path, step.key);
        else if (step.kind === 'index')
            path = joinPath(path, step.index);
        else if (step.kind === 'all')
            path = joinPath(path, '*');
    }
    return path;
}

;// CONCATENATED MODULE: ./src/engine/plain-value.ts
/** Plain data from a rule file (a `default`) as a value placed at `span`. */
function plainToValue(data, span) {
    if (data === null || data === undefined)
        return { kind: 'null', span };
    if (typeof data === 'string')
        return { kind: 'string', value: data, span };
    if (typeof data === 'number')
        return { kind: 'number', value: data, span };
    if (typeof data === 'boolean')
        return { kind: 'bool', value: data, span };
    if (Array.isArray(data))
        return { kind: 'list', items: data.map(item => plainToValue(item, span)), span };
    const entries = new Map();
    for (const [key, item] of Object.entries(data)) {
        entries.set(key, plainToValue(item, span));
    }
    return { kind: 'map', entries, span };
}

;// CONCATENATED MODULE: ./src/engine/json-value.ts
const MAX_DEPTH = 64;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\r\n]*/y;
class NotJson extends Error {
}
/**
 * Reads JSON text held in a string value as values, each with a span inside
 * the string's own span: the right line for heredocs, and the string's line
 * (with approximate columns) for quoted one-line strings. Returns undefined
 * when the text is not JSON.
 */
function parseJsonValue(text, where) {
    const locate = locator(text, where);
    const state = { text, at: 0, locate };
    try {
        skipWhitespace(state);
        const value = readValue(state, 0);
        skipWhitespace(state);
        return state.at === text.length ? value : undefined;
    }
    catch (error) {
        if (error instanceof NotJson)
            return undefined;
        throw error;
    }
}
function readValue(state, depth) {
    if (depth > MAX_DEPTH)
        throw new NotJson();
    const start = state.at;
    const c = state.text[start];
    if (c === '{')
        return readObject(state, depth);
    if (c === '[')
        return readArray(state, depth);
    if (c === '"')
        return { kind: 'string', value: readString(state), span: state.locate(start, state.at) };
    for (const [word, value] of [
        ['true', true],
        ['false', false],
        ['null', null]
    ]) {
        if (state.text.startsWith(word, start)) {
            state.at += word.length;
            const span = state.locate(start, state.at);
            return value === null ? { kind: 'null', span } : { kind: 'bool', value, span };
        }
    }
    NUMBER.lastIndex = start;
    const number = NUMBER.exec(state.text);
    if (number === null || number[0] === '')
        throw new NotJson();
    state.at += number[0].length;
    return { kind: 'number', value: Number(number[0]), span: state.locate(start, state.at) };
}
function readObject(state, depth) {
    const start = state.at;
    const entries = new Map();
    const keySpans = new Map();
    state.at++;
    skipWhitespace(state);
    if (state.text[state.at] === '}') {
        state.at++;
        return { kind: 'map', entries, keySpans, span: state.locate(start, state.at) };
    }
    for (;;) {
        skipWhitespace(state);
        const keyStart = state.at;
        if (state.text[keyStart] !== '"')
            throw new NotJson();
        const key = readString(state);
        keySpans.set(key, state.locate(keyStart, state.at));
        expect(state, ':');
        skipWhitespace(state);
        entries.set(key, readValue(state, depth + 1));
        skipWhitespace(state);
        if (state.text[state.at] === '}')
            break;
        expect(state, ',');
    }
    state.at++;
    return { kind: 'map', entries, keySpans, span: state.locate(start, state.at) };
}
function readArray(state, depth) {
    const start = state.at;
    const items = [];
    state.at++;
    skipWhitespace(state);
    if (state.text[state.at] !== ']') {
        for (;;) {
            skipWhitespace(state);
            items.push(readValue(state, depth + 1));
            skipWhitespace(state);
            if (state.text[state.at] === ']')
                break;
            expect(state, ',');
        }
    }
    state.at++;
    return { kind: 'list', items, span: state.locate(start, state.at) };
}
function readString(state) {
    const start = state.at;
    let i = start + 1;
    while (i < state.text.length && state.text[i] !== '"')
        i += state.text[i] === '\\' ? 2 : 1;
    if (i >= state.text.length)
        throw new NotJson();
    state.at = i + 1;
    try {
        return JSON.parse(state.text.slice(start, state.at));
    }
    catch {
        throw new NotJson();
    }
}
function expect(state, char) {
    skipWhitespace(state);
    if (state.text[state.at] !== char)
        throw new NotJson();
    state.at++;
}
function skipWhitespace(state) {
    WHITESPACE.lastIndex = state.at;
    WHITESPACE.exec(state.text);
    state.at = WHITESPACE.lastIndex;
}
/**
 * Maps offsets in the text to file positions. A string spanning several
 * lines is a heredoc, whose content starts on the line after the opening
 * marker; a one-line string starts one column after its opening quote.
 */
function locator(text, where) {
    const heredoc = where.endLine > where.line;
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++)
        if (text[i] === '\n')
            lineStarts.push(i + 1);
    const position = (offset) => {
        if (!heredoc)
            return { line: where.line, column: where.column + 1 + offset };
        const index = lineIndex(lineStarts, offset);
        return {
            line: Math.min(where.line + 1 + index, where.endLine),
            column: offset - (lineStarts[index] ?? 0) + 1
        };
    };
    return (start, end) => {
        const from = position(start);
        const to = position(Math.max(start, end - 1));
        return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
    };
}
function lineIndex(lineStarts, offset) {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if ((lineStarts[mid] ?? 0) <= offset)
            low = mid;
        else
            high = mid - 1;
    }
    return low;
}

;// CONCATENATED MODULE: ./src/engine/json-cache.ts

/** Parsed JSON per string value, so that a policy read by several rules is parsed once. */
const cache = new WeakMap();
function parseJsonText(value) {
    let parsed = cache.get(value);
    if (parsed === undefined) {
        parsed = parseJsonValue(value.value, value.span) ?? null;
        cache.set(value, parsed);
    }
    return parsed ?? undefined;
}

;// CONCATENATED MODULE: ./src/engine/resolve-path.ts


/** Follows a path from the scope's root; several places when it goes through lists. */
function resolvePath(steps, scope) {
    const root = scope.root.kind === 'null' ? undefined : scope.root;
    let cursors = [{ value: root, path: scope.path, span: scope.span }];
    steps.forEach((step, i) => {
        const rest = steps.slice(i);
        cursors = cursors.flatMap(c => (settled(c) ? [c] : applyStep(step, c, rest)));
    });
    return cursors;
}
function settled(cursor) {
    return cursor.value === undefined || cursor.value.kind === 'unknown';
}
function applyStep(step, cursor, rest) {
    switch (step.kind) {
        case 'key':
            return keyStep(step.key, cursor, rest);
        case 'index':
            return indexStep(step.index, cursor, rest);
        case 'all':
            return allStep(cursor, rest);
        case 'json':
            return [jsonStep(cursor)];
    }
}
function keyStep(key, cursor, rest) {
    const value = cursor.value;
    if (value.kind === 'unknown')
        return [cursor];
    if (value.kind === 'map') {
        const child = value.entries.get(key);
        return [child === undefined ? missing(cursor, rest) : enter(child, joinPath(cursor.path, key))];
    }
    if (value.kind === 'list' && value.items.length > 0) {
        return value.items.flatMap((item, i) => {
            const inner = enter(item, joinPath(cursor.path, i));
            return settled(inner) ? [inner] : keyStep(key, inner, rest);
        });
    }
    return [missing(cursor, rest)];
}
function indexStep(index, cursor, rest) {
    const value = cursor.value;
    if (value.kind === 'list') {
        const item = value.items[index];
        return [item === undefined ? missing(cursor, rest) : enter(item, joinPath(cursor.path, index))];
    }
    if (value.kind === 'map' && index === 0)
        return [cursor];
    if (value.kind === 'unknown')
        return [cursor];
    return [missing(cursor, rest)];
}
function allStep(cursor, rest) {
    const value = cursor.value;
    if (value.kind === 'list' && value.items.length > 0) {
        return value.items.map((item, i) => enter(item, joinPath(cursor.path, i)));
    }
    if (value.kind === 'map' && value.entries.size > 0) {
        return [...value.entries].map(([key, item]) => enter(item, joinPath(cursor.path, key)));
    }
    if (value.kind === 'unknown')
        return [cursor];
    return [missing(cursor, rest)];
}
/** Maps and lists pass through; a string is read as JSON, and is unknown when it is not JSON. */
function jsonStep(cursor) {
    const value = cursor.value;
    if (value.kind !== 'string')
        return cursor;
    const parsed = parseJsonText(value);
    if (parsed !== undefined)
        return { ...cursor, value: parsed, span: parsed.span };
    const expr = `jsondecode(${cursor.path === '' ? 'value' : cursor.path})`;
    return { ...cursor, value: { kind: 'unknown', expr: `${expr}: the text is not JSON`, span: value.span } };
}
function enter(value, path) {
    return { value: value.kind === 'null' ? undefined : value, path, span: value.span };
}
function missing(cursor, rest) {
    return { value: undefined, path: displayPath(cursor.path, rest), span: cursor.span };
}

;// CONCATENATED MODULE: ./src/engine/compile-leaf.ts






/**
 * `{ attr, <operator>: operand, default? }`. An attribute that is not set
 * takes the default (or null). Where the path reaches several values, the
 * leaf holds only when it holds for every one; the first that does not is
 * the evidence. An unknown value makes the leaf unknown, except that
 * `exists` counts a reference to another resource as set.
 */
function compileLeaf(leaf) {
    const steps = parsePath(leaf.attr);
    const [operator] = operatorsOf(leaf);
    if (operator === undefined)
        throw new Error(`no operator on attr '${leaf.attr}'`);
    const test = bindOperator(operator, leaf[operator]);
    const fallback = leaf.default;
    const presence = operator === 'exists';
    return (_ctx, scope) => {
        let first;
        let unknown;
        for (const reached of resolvePath(steps, scope)) {
            const verdict = judge(reached, test, fallback, presence);
            if (verdict.truth === 'false')
                return verdict;
            if (verdict.truth === 'unknown')
                unknown ??= verdict;
            first ??= verdict;
        }
        return unknown ?? first;
    };
}
function judge(reached, test, fallback, presence) {
    const { value, path, span } = reached;
    if (value === undefined) {
        const stand = plainToValue(fallback, span);
        const note = fallback === undefined || fallback === null ? '' : ` (defaults to ${describeValue(stand)})`;
        return { truth: test(stand), evidence: { span, path, message: `\`${path}\` is not set${note}` } };
    }
    if (value.kind === 'unknown' && !(presence && (value.refs?.length ?? 0) > 0)) {
        const message = `\`${path}\` cannot be settled statically: ${describeValue(value)}`;
        return { truth: 'unknown', evidence: { span, path, message, value, expr: value.expr } };
    }
    return {
        truth: test(value),
        evidence: { span, path, message: `\`${path}\` is ${describeValue(value)}`, value }
    };
}

;// CONCATENATED MODULE: ./src/engine/compile-quantifier.ts




/**
 * `some` / `none` / `every` over the items of a list. A single map (or
 * scalar) counts as a one-item list; an unset attribute as an empty one.
 * `where` is evaluated with each item as its root.
 */
function compileQuantifier(quantifier, raw, compile) {
    const steps = parsePath(raw.attr);
    const where = raw.where === undefined ? undefined : compile(raw.where);
    const some = (ctx, scope) => {
        const reached = resolvePath(steps, scope);
        let unknown;
        for (const item of itemsOf(reached)) {
            const verdict = item.value.kind === 'unknown' ? unknownItem(item) : test(where, ctx, item);
            if (verdict.truth === 'true')
                return matched(item, verdict, where !== undefined);
            if (verdict.truth === 'unknown')
                unknown ??= verdict;
        }
        return unknown ?? { truth: 'false', evidence: container(reached, 'no item of', 'matches') };
    };
    if (quantifier === 'some')
        return some;
    if (quantifier === 'none') {
        return (ctx, scope) => {
            const verdict = some(ctx, scope);
            return { truth: negate(verdict.truth), evidence: verdict.evidence };
        };
    }
    return (ctx, scope) => {
        const reached = resolvePath(steps, scope);
        let unknown;
        for (const item of itemsOf(reached)) {
            const verdict = item.value.kind === 'unknown' ? unknownItem(item) : test(where, ctx, item);
            if (verdict.truth === 'false')
                return { truth: 'false', evidence: onItem(item, verdict.evidence) };
            if (verdict.truth === 'unknown')
                unknown ??= verdict;
        }
        return unknown ?? { truth: 'true', evidence: container(reached, 'every item of', 'matches') };
    };
}
function itemsOf(reached) {
    return reached.flatMap(({ value, path }) => {
        if (value === undefined)
            return [];
        if (value.kind === 'list')
            return value.items.map((item, i) => ({ value: item, path: `${path}[${i}]` }));
        return [{ value, path }];
    });
}
function test(where, ctx, item) {
    const scope = { root: item.value, path: item.path, span: item.value.span };
    if (where !== undefined)
        return where(ctx, scope);
    const message = `\`${item.path}\` is ${describeValue(item.value)}`;
    return { truth: 'true', evidence: { span: item.value.span, path: item.path, message, value: item.value } };
}
function unknownItem(item) {
    const expr = item.value.kind === 'unknown' ? item.value.expr : describeValue(item.value);
    const message = `\`${item.path}\` cannot be settled statically: ${expr}`;
    return { truth: 'unknown', evidence: { span: item.value.span, path: item.path, message, expr } };
}
/** The matching item is the evidence; the message says what about it matched. */
function matched(item, verdict, hasWhere) {
    const message = hasWhere ? verdict.evidence.message : `\`${item.path}\` is ${describeValue(item.value)}`;
    return { truth: 'true', evidence: { span: item.value.span, path: item.path, message, value: item.value } };
}
function onItem(item, inner) {
    return { span: item.value.span, path: item.path, message: inner.message, value: item.value };
}
function container(reached, before, after) {
    const first = reached[0];
    const message = first.value === undefined ? `\`${first.path}\` is not set` : `${before} \`${first.path}\` ${after}`;
    return { span: first.span, path: first.path, message, ...(first.value ? { value: first.value } : {}) };
}

;// CONCATENATED MODULE: ./src/engine/compile-related.ts




/**
 * True when some resource of the given type(s) in the same unit points at
 * this one through its `via` attribute — a reference to this resource, or
 * a literal equal to this resource's own attribute of that name — and
 * satisfies `where`. No such resource: false. A candidate whose `via`
 * cannot be settled (and names no resource): unknown.
 */
function compileRelated(raw, compile) {
    const types = typeof raw.type === 'string' ? [raw.type] : raw.type;
    const via = parsePath(raw.via);
    const where = raw.where === undefined ? undefined : compile(raw.where);
    return ctx => {
        const self = ctx.resource;
        const own = firstValue(via, self);
        let failed;
        let unknown;
        for (const candidate of ctx.related.candidates(self, types)) {
            const pointer = firstValue(via, candidate);
            const link = linkOf(pointer, self, own);
            if (link === 'false')
                continue;
            const inner = where === undefined ? undefined : check(where, ctx, candidate);
            const truth = and([link, inner?.truth ?? 'true']);
            if (truth === 'true')
                return { truth, evidence: found(self, candidate, raw.via, inner) };
            if (truth === 'unknown')
                unknown ??= unsettled(self, candidate, raw.via, link === 'unknown' ? pointer : undefined, inner);
            else
                failed ??= relay(self, candidate, inner.evidence);
        }
        if (unknown !== undefined)
            return unknown;
        return { truth: 'false', evidence: failed ?? nothing(self, types, raw.via) };
    };
}
function firstValue(steps, resource) {
    return resolvePath(steps, { root: resource.body, path: '', span: resource.span })[0]?.value;
}
/** Does the candidate's `via` value point at `self`? */
function linkOf(value, self, own) {
    if (value === undefined)
        return 'false';
    if (value.kind === 'list')
        return or(value.items.map(item => linkOf(item, self, own)));
    if (value.kind === 'unknown') {
        if (value.refs === undefined || value.refs.length === 0)
            return 'unknown';
        return fromBoolean(value.refs.some(ref => refersTo(ref, self.address)));
    }
    if (value.kind !== 'string' || own === undefined)
        return 'false';
    if (own.kind === 'unknown')
        return 'unknown';
    return fromBoolean(own.kind === 'string' && own.value === value.value);
}
function refersTo(ref, address) {
    return ref === address || ref.startsWith(`${address}.`) || ref.startsWith(`${address}[`);
}
function check(where, ctx, candidate) {
    const scope = { root: candidate.body, path: '', span: candidate.span };
    return where({ resource: candidate, related: ctx.related }, scope);
}
/** Evidence inside the candidate is shown where it is when it is in the same file; else on this resource. */
function relay(self, candidate, inner) {
    const message = `${candidate.address}: ${inner.message}`;
    const path = inner.path === '' ? candidate.address : `${candidate.address}.${inner.path}`;
    if (candidate.file !== self.file)
        return { span: self.span, path, message, ...compile_related_valueOf(inner) };
    return { ...inner, path, message };
}
function found(self, candidate, via, inner) {
    const base = `\`${candidate.address}\` refers to it through \`${via}\``;
    const message = inner === undefined ? base : `${base}: ${inner.evidence.message}`;
    const span = candidate.file === self.file ? candidate.span : self.span;
    return { span, path: candidate.address, message };
}
/** Unknown because the candidate's pointer cannot be settled (`pointer`), or because its `where` cannot. */
function unsettled(self, candidate, via, pointer, inner) {
    if (pointer !== undefined) {
        const expr = pointer.kind === 'unknown' ? pointer.expr : describeValue(pointer);
        const message = `cannot tell whether \`${candidate.address}\` refers to it: \`${via}\` is ${expr}`;
        const span = candidate.file === self.file ? pointer.span : self.span;
        return { truth: 'unknown', evidence: { span, path: `${candidate.address}.${via}`, message, expr } };
    }
    return { truth: 'unknown', evidence: relay(self, candidate, inner.evidence) };
}
function nothing(self, types, via) {
    const message = `no ${types.join(' or ')} refers to \`${self.address}\` through \`${via}\``;
    return { span: self.span, path: types.join('|'), message };
}
function compile_related_valueOf(evidence) {
    return {
        ...(evidence.value === undefined ? {} : { value: evidence.value }),
        ...(evidence.expr === undefined ? {} : { expr: evidence.expr })
    };
}

;// CONCATENATED MODULE: ./src/engine/compile-condition.ts




/** Compiles a (schema-checked) condition tree into one closure. */
function compileCondition(raw) {
    if ('all' in raw)
        return compileAll(raw.all.map(compileCondition));
    if ('any' in raw)
        return compileAny(raw.any.map(compileCondition));
    if ('not' in raw)
        return compileNot(compileCondition(raw.not));
    if ('some' in raw)
        return compileQuantifier('some', raw.some, compileCondition);
    if ('none' in raw)
        return compileQuantifier('none', raw.none, compileCondition);
    if ('every' in raw)
        return compileQuantifier('every', raw.every, compileCondition);
    if ('related' in raw)
        return compileRelated(raw.related, compileCondition);
    return compileLeaf(raw);
}
/** False as soon as a child is false (its evidence); else unknown if one is; else true. */
function compileAll(children) {
    return (ctx, scope) => {
        let first;
        let unknown;
        for (const child of children) {
            const verdict = child(ctx, scope);
            if (verdict.truth === 'false')
                return verdict;
            if (verdict.truth === 'unknown')
                unknown ??= verdict;
            first ??= verdict;
        }
        return unknown ?? first;
    };
}
/** True as soon as a child is true; else unknown if one is; else false, saying why each failed. */
function compileAny(children) {
    return (ctx, scope) => {
        const failed = [];
        let unknown;
        for (const child of children) {
            const verdict = child(ctx, scope);
            if (verdict.truth === 'true')
                return verdict;
            if (verdict.truth === 'unknown')
                unknown ??= verdict;
            else
                failed.push(verdict);
        }
        return unknown ?? { truth: 'false', evidence: combine(failed.map(v => v.evidence)) };
    };
}
/** Points at the first concrete value among the alternatives, and names every reason. */
function combine(evidence) {
    const chosen = evidence.find(e => e.value !== undefined) ?? evidence[0];
    const message = [...new Set(evidence.map(e => e.message))].join('; ');
    return { ...chosen, message };
}
function compileNot(child) {
    return (ctx, scope) => {
        const verdict = child(ctx, scope);
        return { truth: negate(verdict.truth), evidence: verdict.evidence };
    };
}

;// CONCATENATED MODULE: ./src/engine/check-rule.ts


const PLACEHOLDERS = ['{value}', '{path}', '{address}'];
/** Operators whose operand is a regular expression, checked when the rule loads. */
const REGEX_OPERATORS = ['matches', 'not_matches', 'matches_ignore_case'];
/** What the schema cannot say: known row, one kind and one operator per condition, valid paths and regexes. */
function ruleProblems(file, rule, knownRows) {
    const found = [];
    if (!knownRows.includes(rule.row)) {
        found.push({
            path: 'row',
            message: `unknown row '${rule.row}' (expected one of ${knownRows.join(', ')})`
        });
    }
    for (const [format, selector] of Object.entries(rule.formats)) {
        const at = `formats.${format}`;
        if (selector.if !== undefined)
            found.push(...conditionProblems(selector.if, `${at}.if`));
        found.push(...conditionProblems(selector.assert, `${at}.assert`));
        if (selector.message !== undefined)
            found.push(...messageProblems(selector.message, `${at}.message`));
        else if (rule.sensitive === true)
            found.push({ path: at, message: 'a sensitive rule needs a message (its evidence must not be echoed)' });
    }
    return found.map(f => ({ file, ...f }));
}
function messageProblems(message, path) {
    return [...message.matchAll(/\{[^{}]*\}/g)]
        .map(m => m[0])
        .filter(p => !PLACEHOLDERS.includes(p))
        .map(p => ({ path, message: `unknown placeholder '${p}' (expected ${PLACEHOLDERS.join(', ')})` }));
}
function conditionProblems(condition, path) {
    const kinds = kindsOf(condition);
    if (kinds.length !== 1) {
        const message = `expected exactly one of ${CONDITION_KINDS.join(', ')}; found ${kinds.join(', ') || 'none'}`;
        return [{ path, message }];
    }
    const kind = kinds[0];
    if (kind === 'attr')
        return leafProblems(condition, path);
    const extra = Object.keys(condition).filter(key => key !== kind);
    if (extra.length > 0)
        return [{ path, message: `unexpected key '${extra[0]}' beside '${kind}'` }];
    return nestedProblems(condition, kind, path);
}
function nestedProblems(condition, kind, path) {
    if ('all' in condition)
        return condition.all.flatMap((c, i) => conditionProblems(c, `${path}.all[${i}]`));
    if ('any' in condition)
        return condition.any.flatMap((c, i) => conditionProblems(c, `${path}.any[${i}]`));
    if ('not' in condition)
        return conditionProblems(condition.not, `${path}.not`);
    if ('related' in condition) {
        const { via, where } = condition.related;
        return [
            ...pathProblems(via, `${path}.related.via`),
            ...(where === undefined ? [] : conditionProblems(where, `${path}.related.where`))
        ];
    }
    const quantifier = condition[kind];
    if (quantifier === undefined)
        return [];
    return [
        ...pathProblems(quantifier.attr, `${path}.${kind}.attr`),
        ...(quantifier.where === undefined ? [] : conditionProblems(quantifier.where, `${path}.${kind}.where`))
    ];
}
function leafProblems(leaf, path) {
    const found = pathProblems(leaf.attr, `${path}.attr`);
    const operators = operatorsOf(leaf);
    if (operators.length !== 1) {
        const message = `expected exactly one operator (${OPERATORS.join(', ')}); found ${operators.join(', ') || 'none'}`;
        return [...found, { path, message }];
    }
    const operator = operators[0];
    if (REGEX_OPERATORS.includes(operator))
        found.push(...regexProblems(leaf[operator], `${path}.${operator}`));
    return found;
}
function regexProblems(pattern, path) {
    try {
        new RegExp(pattern);
        return [];
    }
    catch (error) {
        return [{ path, message: `invalid regular expression /${String(pattern)}/: ${error.message}` }];
    }
}
function pathProblems(text, path) {
    try {
        parsePath(text);
        return [];
    }
    catch (error) {
        return [{ path, message: error.message }];
    }
}

;// CONCATENATED MODULE: ../../work/main/node_modules/js-yaml/dist/js-yaml.mjs
/*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT */
//#region src/tag.ts
/**
* Returned by a scalar resolver when the source does not match its tag.
*
* @category Tags
*/
var NOT_RESOLVED = Symbol("NOT_RESOLVED");
/**
* Create a normalized scalar tag definition.
*
* @category Tags
*/
function defineScalarTag(tagName, options) {
	return {
		tagName,
		nodeKind: "scalar",
		implicit: options.implicit ?? false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		implicitFirstChars: options.implicitFirstChars ?? null,
		resolve: options.resolve,
		identify: options.identify,
		represent: options.represent ?? ((data) => String(data)),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized sequence tag definition.
*
* @category Tags
*/
function defineSequenceTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "sequence",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addItem: options.addItem,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized mapping tag definition.
*
* @category Tags
*/
function defineMappingTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "mapping",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addPair: options.addPair,
		has: options.has,
		keys: options.keys,
		get: options.get,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
//#endregion
//#region src/tag/scalar/str.ts
/** @category Tags */
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
	resolve: (source) => source,
	identify: (data) => typeof data === "string"
});
//#endregion
//#region src/tag/scalar/null_core.ts
var NULL_VALUES$1 = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES$1.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_json.ts
/** @category Tags */
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: ["n"],
	resolve: (source, isExplicit) => {
		if (source === "null" || isExplicit && source === "") return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_yaml11.ts
var NULL_VALUES = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/bool_core.ts
var TRUE_VALUES$2 = [
	"true",
	"True",
	"TRUE"
];
var FALSE_VALUES$2 = [
	"false",
	"False",
	"FALSE"
];
/** @category Tags */
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"t",
		"T",
		"f",
		"F"
	],
	resolve: (source) => {
		if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_json.ts
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
/** @category Tags */
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: ["t", "f"],
	resolve: (source) => {
		if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_yaml11.ts
var TRUE_VALUES = [
	"true",
	"True",
	"TRUE",
	"y",
	"Y",
	"yes",
	"Yes",
	"YES",
	"on",
	"On",
	"ON"
];
var FALSE_VALUES = [
	"false",
	"False",
	"FALSE",
	"n",
	"N",
	"no",
	"No",
	"NO",
	"off",
	"Off",
	"OFF"
];
/** @category Tags */
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"y",
		"Y",
		"n",
		"N",
		"t",
		"T",
		"f",
		"F",
		"o",
		"O"
	],
	resolve: (source) => {
		if (TRUE_VALUES.indexOf(source) !== -1) return true;
		if (FALSE_VALUES.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/int_core.ts
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$2(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger$2,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_json.ts
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$1(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlInteger$1,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_yaml11.ts
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
	let value = source.replace(/_/g, "");
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	if (value.includes(":")) {
		let result = 0;
		for (const part of value.split(":")) result = result * 60 + Number(part);
		return sign * result;
	}
	if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
	if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/float_core.ts
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
	if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase();
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	const result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat$2,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$2
});
//#endregion
//#region src/tag/scalar/float_json.ts
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
		let value = source.toLowerCase();
		const sign = value[0] === "-" ? -1 : 1;
		if ("+-".includes(value[0])) value = value.slice(1);
		if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
		if (value === ".nan") return NaN;
		const result = sign * parseFloat(value);
		return Number.isFinite(result) ? result : NOT_RESOLVED;
	}
	if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = Number(source);
	if (Number.isFinite(result)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlFloat$1,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$1
});
//#endregion
//#region src/tag/scalar/float_yaml11.ts
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
	if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase().replace(/_/g, "");
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	let result = 0;
	if (value.includes(":")) {
		for (const part of value.split(":")) result = result * 60 + Number(part);
		result *= sign;
	} else result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat
});
//#endregion
//#region src/tag/scalar/merge.ts
/**
* Enables merge keys in {@link CORE_SCHEMA} when added with
* {@link Schema.withTags}.
*
* @category Tags
*/
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
	implicit: true,
	implicitFirstChars: ["<"],
	resolve: (source, isExplicit) => {
		if (source === "<<" || isExplicit && source === "") return "<<";
		return NOT_RESOLVED;
	},
	identify: () => false
});
//#endregion
//#region src/tag/scalar/binary.ts
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
	const input = source.replace(/\s/g, "");
	if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
	const binary = atob(input);
	const result = new Uint8Array(binary.length);
	for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
	return result;
}
function representYamlBinary(object) {
	let binary = "";
	for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
	return btoa(binary);
}
/**
* The `!!binary` tag, represented as a `Uint8Array`.
*
* @category Tags
*/
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
	resolve: resolveYamlBinary,
	identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
	represent: representYamlBinary
});
//#endregion
//#region src/tag/scalar/timestamp.ts
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
	const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
	date.setUTCFullYear(year, month, day);
	return date;
}
function resolveYamlTimestamp(source) {
	let match = YAML_DATE_REGEXP.exec(source);
	if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
	if (match === null) return NOT_RESOLVED;
	const year = +match[1];
	const month = +match[2] - 1;
	const day = +match[3];
	if (!match[4]) {
		const date = makeUtcDate(year, month, day);
		if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
		return date;
	}
	const hour = +match[4];
	const minute = +match[5];
	const second = +match[6];
	let fraction = 0;
	if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
	if (match[7]) {
		let value = match[7].slice(0, 3);
		while (value.length < 3) value += "0";
		fraction = +value;
	}
	const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
	if (match[9]) {
		const offsetHour = +match[10];
		const offsetMinute = +(match[11] || 0);
		if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
		const offset = (offsetHour * 60 + offsetMinute) * 6e4;
		date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
	}
	return date;
}
/**
* The YAML 1.1 `!!timestamp` tag, represented as a JavaScript `Date`.
*
* @category Tags
*/
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
	implicit: true,
	implicitFirstChars: [..."0123456789"],
	resolve: resolveYamlTimestamp,
	identify: (object) => object instanceof Date,
	represent: (object) => object.toISOString()
});
//#endregion
//#region src/tag/sequence/seq.ts
/** @category Tags */
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
	create: () => [],
	addItem: (container, item) => {
		container.push(item);
	},
	identify: Array.isArray
});
//#endregion
//#region src/common/object.ts
function isPlainObject(data) {
	if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
	const prototype = Object.getPrototypeOf(data);
	return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
	const result = {};
	for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
	return result;
}
//#endregion
//#region src/tag/sequence/omap.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!omap
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   { one: 1 },
*   { two: 2 }
* ]
* ```
*
* @category Tags
*/
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
	create: () => ({
		list: [],
		seen: /* @__PURE__ */ new Set()
	}),
	addItem: (carrier, item) => {
		let key;
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve an ordered map item";
			key = item.keys().next().value;
		} else if (isPlainObject(item)) {
			const itemKeys = Object.keys(item);
			if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
			key = itemKeys[0];
		} else return "cannot resolve an ordered map item";
		if (carrier.seen.has(key)) return "duplicate key in ordered map";
		carrier.seen.add(key);
		carrier.list.push(item);
		return "";
	},
	finalize: (carrier) => carrier.list,
	identify: () => false
});
//#endregion
//#region src/tag/sequence/pairs.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!pairs
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   ['one', 1],
*   ['two', 2]
* ]
* ```
*
* @category Tags
*/
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
	create: () => [],
	addItem: (container, item) => {
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve a pairs item";
			container.push(item.entries().next().value);
			return "";
		}
		if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
		const object = item;
		const keys = Object.keys(object);
		if (keys.length !== 1) return "cannot resolve a pairs item";
		container.push([keys[0], object[keys[0]]]);
		return "";
	},
	identify: () => false
});
//#endregion
//#region src/tag/mapping/map.ts
/**
* This is the default mapping implementation. It uses `{}` objects and has only
* partial functionality due to language limitations. This choice was made
* because users expect to get JavaScript objects, and it was left unchanged to
* avoid too many breaking changes in the v5 release.
*
* Side effects:
*
* - `Object.hasOwn()` checks or `for...of` loops are required for safe use (to
*   avoid falling through to prototypes).
* - Only scalar string keys are supported properly.
* - Other scalar keys, such as `null` and numbers, are converted to strings.
*   This is historical behaviour, and it can cause side effects such as
*   problems with `!!merge`.
*
* Note that non-string scalar keys may be deprecated in future versions.
*
* Ideally, use {@link realMapTag} instead.
*
* @category Tags
*/
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
		const normalizedKey = String(key);
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		if (key !== null && typeof key === "object") return false;
		return Object.prototype.hasOwnProperty.call(container, String(key));
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/tag/mapping/set.ts
/**
* The YAML 1.1 `!!set` tag, represented as a JavaScript `Set`.
*
* @category Tags
*/
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
	create: () => /* @__PURE__ */ new Set(),
	identify: (data) => data instanceof Set,
	represent: (data) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of data) map.set(key, null);
		return map;
	},
	addPair: (container, key, value) => {
		if (value !== null) return "cannot resolve a set item";
		container.add(key);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: () => null
});
//#endregion
//#region src/schema.ts
function createTagDefinitionMap() {
	return {
		scalar: Object.create(null),
		sequence: Object.create(null),
		mapping: Object.create(null)
	};
}
function createTagDefinitionListMap() {
	return {
		scalar: [],
		sequence: [],
		mapping: []
	};
}
function compileTags(tags) {
	const result = [];
	for (const tag of tags) {
		let index = result.length;
		for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
			const previous = result[previousIndex];
			if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
				index = previousIndex;
				break;
			}
		}
		result[index] = tag;
	}
	return result;
}
/**
* Controls tag resolution when loading and type selection when dumping.
*
* @category Schemas
*/
var Schema = class Schema {
	tags;
	/** @internal */
	implicitScalarTags;
	/**
	* Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
	* the resolvers that may match that key, in schema order; a key absent from
	* the map uses
	* {@link Schema.implicitScalarAnyFirstChar}
	* (resolvers that declared no first-char constraint, so they apply to any
	* first character).
	*/
	implicitScalarByFirstChar;
	implicitScalarAnyFirstChar;
	/**
	* The default scalar tag (`!!str`), resolved once so the composer's fallback
	* for unresolved plain scalars avoids a keyed lookup per scalar.
	*
	* @internal
	*/
	defaultScalarTag;
	/**
	* The default container tags (`!!seq` / `!!map`), used by the dumper: when a
	* value is identified by its default tag, the tag is implicit and not
	* printed. Undefined if the schema does not define them (then such values
	* can't be dumped).
	*
	* @internal
	*/
	defaultSequenceTag;
	/** @internal */
	defaultMappingTag;
	exact;
	prefix;
	constructor(tags) {
		const compiledTags = compileTags(tags);
		const implicitScalarTags = [];
		const exact = createTagDefinitionMap();
		const prefix = createTagDefinitionListMap();
		for (const tag of compiledTags) {
			if (tag.nodeKind === "scalar" && tag.implicit) {
				if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
				implicitScalarTags.push(tag);
			}
			switch (tag.nodeKind) {
				case "scalar":
					if (tag.matchByTagPrefix) prefix.scalar.push(tag);
					else exact.scalar[tag.tagName] = tag;
					break;
				case "sequence":
					if (tag.matchByTagPrefix) prefix.sequence.push(tag);
					else exact.sequence[tag.tagName] = tag;
					break;
				case "mapping": if (tag.matchByTagPrefix) prefix.mapping.push(tag);
				else exact.mapping[tag.tagName] = tag;
			}
		}
		const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
		const keys = /* @__PURE__ */ new Set();
		for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
		const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
		for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
		const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
		if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
		this.tags = compiledTags;
		this.implicitScalarTags = implicitScalarTags;
		this.implicitScalarByFirstChar = implicitScalarByFirstChar;
		this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
		this.defaultScalarTag = defaultScalarTag;
		this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
		this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
		this.exact = exact;
		this.prefix = prefix;
	}
	/** @internal */
	lookupScalarTag(tagName) {
		const exactTag = this.exact.scalar[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupSequenceTag(tagName) {
		const exactTag = this.exact.sequence[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupMappingTag(tagName) {
		const exactTag = this.exact.mapping[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	resolveImplicitScalarTag(source) {
		const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
		for (const tag of candidates) {
			const value = tag.resolve(source, false, tag.tagName);
			if (value !== NOT_RESOLVED) return {
				value,
				tag
			};
		}
		const tag = this.defaultScalarTag;
		return {
			value: tag.resolve(source, false, tag.tagName),
			tag
		};
	}
	/**
	* Creates a new schema with the specified tags added. If a tag already
	* exists, it is replaced by the specified tag.
	*
	* @example
	*
	* ```javascript
	* import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
	*
	* const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
	* ```
	*/
	withTags(...tags) {
		let flatTags = [];
		for (const tag of tags) flatTags = flatTags.concat(tag);
		return new Schema([...this.tags, ...flatTags]);
	}
};
/**
* The YAML 1.2 Failsafe Schema: strings, sequences, and mappings.
*
* @category Schemas
*/
var FAILSAFE_SCHEMA = new Schema([
	strTag,
	seqTag,
	mapTag
]);
/**
* The YAML 1.2 JSON Schema. It uses JSON scalar forms while retaining YAML
* collection syntax.
*
* @category Schemas
*/
var JSON_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullJsonTag,
	boolJsonTag,
	intJsonTag,
	floatJsonTag
]);
/**
* The default schema for the loaders. Note, {@link CORE_SCHEMA} comes
* without the `!!merge` tag. You can easily enable it if needed.
*
* @example
* Enable {@link mergeTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Schemas
*/
var CORE_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullCoreTag,
	boolCoreTag,
	intCoreTag,
	floatCoreTag
]);
/**
* YAML 1.1-compatible schema.
*
* @category Schemas
*/
var YAML11_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullYaml11Tag,
	boolYaml11Tag,
	intYaml11Tag,
	floatYaml11Tag,
	timestampTag,
	mergeTag,
	binaryTag,
	omapTag,
	pairsTag,
	setTag
]);
/**
* The dumper schema for maximum compatibility. It combines all supported type
* variants from YAML 1.1 and YAML 1.2 so strings matching any of them are
* quoted. This makes the generated YAML more compatible with other parsers.
*
* The schema is based on YAML 1.1, but extends `!!int` and `!!float` to accept
* both YAML 1.1 and Core Schema forms, since Core Schema supports some forms
* that YAML 1.1 does not.
*
* @category Schemas
*/
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
	...intYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = intYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
	}
}, {
	...floatYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
	}
});
//#endregion
//#region src/tag/mapping/real_map.ts
/**
* Recommended when non-string keys are actually needed. It uses native
* JavaScript `Map` objects, so keys keep their constructed types instead of
* being converted to strings.
*
* It is not the default to avoid widespread breaking changes in existing
* projects. `Map` has a different access API and does not pass deep equality
* checks against `{}`-based fixtures. Alongside the other changes in v5,
* making it the default was considered too disruptive.
*
* If these differences are acceptable for your project, we recommend using
* {@link realMapTag} to guarantee the absence of problems and side effects.
*
* @example
* Enable {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Tags
*/
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => /* @__PURE__ */ new Map(),
	addPair: (container, key, value) => {
		container.set(key, value);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: (container, key) => container.get(key),
	identify: (data) => data instanceof Map || isPlainObject(data),
	represent: (data) => {
		if (data instanceof Map) return data;
		const map = /* @__PURE__ */ new Map();
		const obj = data;
		for (const key of Object.keys(obj)) map.set(key, obj[key]);
		return map;
	}
});
//#endregion
//#region src/tag/mapping/legacy_map.ts
function normalizeKey(key) {
	if (Array.isArray(key)) {
		const array = Array.prototype.slice.call(key);
		for (let index = 0; index < array.length; index++) {
			if (Array.isArray(array[index])) return null;
			if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
		}
		return String(array);
	}
	if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
	return String(key);
}
/**
* This implementation exists solely to reproduce v4 behavior exactly. Its use
* is strongly discouraged. If complex or non-string keys are needed, use
* {@link realMapTag} instead.
*
* @category Tags
*/
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		const normalizedKey = normalizeKey(key);
		if (normalizedKey === null) return "nested arrays are not supported inside keys";
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		const normalizedKey = normalizeKey(key);
		return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/common/snippet.ts
var DEFAULT_SNIPPET_OPTIONS = {
	maxLength: 79,
	indent: 1,
	linesBefore: 3,
	linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
	let head = "";
	let tail = "";
	const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
	if (position - lineStart > maxHalfLength) {
		head = " ... ";
		lineStart = position - maxHalfLength + head.length;
	}
	if (lineEnd - position > maxHalfLength) {
		tail = " ...";
		lineEnd = position + maxHalfLength - tail.length;
	}
	return {
		str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
		pos: position - lineStart + head.length
	};
}
function padStart(string, max) {
	return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
	if (!mark.buffer) return null;
	const opts = {
		...DEFAULT_SNIPPET_OPTIONS,
		...options
	};
	const re = /\r?\n|\r|\0/g;
	const lineStarts = [0];
	const lineEnds = [];
	let match;
	let foundLineNo = -1;
	while (match = re.exec(mark.buffer)) {
		lineEnds.push(match.index);
		lineStarts.push(match.index + match[0].length);
		if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
	}
	if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
	let result = "";
	const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
	const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
	for (let i = 1; i <= opts.linesBefore; i++) {
		if (foundLineNo - i < 0) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
		result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line.str}\n${result}`;
	}
	const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
	result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}\n`;
	result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^\n`;
	for (let i = 1; i <= opts.linesAfter; i++) {
		if (foundLineNo + i >= lineEnds.length) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
		result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line.str}\n`;
	}
	return result.replace(/\n$/, "");
}
//#endregion
//#region src/common/exception.ts
function formatError(exception, compact) {
	let where = "";
	if (!exception.mark) return exception.reason;
	if (exception.mark.name) where += `in "${exception.mark.name}" `;
	where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
	if (!compact && exception.mark.snippet) where += `\n\n${exception.mark.snippet}`;
	return `${exception.reason} ${where}`;
}
/**
* A YAML error. Unlike an ordinary `Error`, it adds a source snippet showing
* the location of the problem to the error message, when available.
*
* @category Main
*/
var YAMLException = class YAMLException extends Error {
	reason;
	mark;
	/**
	* Optional `mark` contains source snippet data. Usually, use
	* {@link YAMLException.throwAt} instead of passing it directly.
	*/
	constructor(reason, mark) {
		super();
		this.name = "YAMLException";
		this.reason = reason;
		this.mark = mark;
		this.message = formatError(this, false);
		if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
	}
	/**
	* Returns the formatted error, omitting the source snippet in compact mode.
	*/
	toString(compact) {
		return `${this.name}: ${formatError(this, compact)}`;
	}
	/**
	* Builds a YAMLException with a source snippet and throws it. `source` is
	* the raw input text; `position` is an offset into it.
	*/
	static throwAt(source, position, message, filename = "") {
		let line = 0;
		let lineStart = 0;
		for (let index = 0; index < position; index++) {
			const ch = source.charCodeAt(index);
			if (ch === 10) {
				line++;
				lineStart = index + 1;
			} else if (ch === 13) {
				line++;
				if (source.charCodeAt(index + 1) === 10) index++;
				lineStart = index + 1;
			}
		}
		const mark = {
			name: filename,
			buffer: source,
			position,
			line,
			column: position - lineStart
		};
		mark.snippet = makeSnippet(mark);
		throw new YAMLException(message, mark);
	}
};
//#endregion
//#region src/parser/events.ts
/** @category Events */
var EVENT_ID = {
	DOCUMENT: 1,
	SEQUENCE: 2,
	MAPPING: 3,
	SCALAR: 4,
	ALIAS: 5,
	POP: 6
};
/** @category Nodes */
var SCALAR_STYLE = {
	PLAIN: 1,
	SINGLE_QUOTED: 2,
	DOUBLE_QUOTED: 3,
	LITERAL_BLOCK: 4,
	FOLDED_BLOCK: 5
};
/** @category Nodes */
var COLLECTION_STYLE = {
	BLOCK: 1,
	FLOW: 2
};
/** @category Nodes */
var CHOMPING_MODE = {
	CLIP: 1,
	STRIP: 2,
	KEEP: 3
};
//#endregion
//#region src/parser/parser_scalar.ts
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
	switch (c) {
		case 48: return "\0";
		case 97: return "\x07";
		case 98: return "\b";
		case 116: return "	";
		case 9: return "	";
		case 110: return "\n";
		case 118: return "\v";
		case 102: return "\f";
		case 114: return "\r";
		case 101: return "\x1B";
		case 32: return " ";
		case 34: return "\"";
		case 47: return "/";
		case 92: return "\\";
		case 78: return "";
		case 95: return "\xA0";
		case 76: return "\u2028";
		case 80: return "\u2029";
		default: return "";
	}
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
	simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
	simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
	if (c <= 65535) return String.fromCharCode(c);
	return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
	if (c >= 48 && c <= 57) return c - 48;
	return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	return 8;
}
function skipFoldedBreaks(input, position, end) {
	let breaks = 0;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10) {
			breaks++;
			position++;
		} else if (ch === 13) {
			breaks++;
			position++;
			if (input.charCodeAt(position) === 10) position++;
		} else if (ch === 32 || ch === 9) position++;
		else break;
	}
	return {
		position,
		breaks
	};
}
function foldedBreaks(count) {
	if (count === 1) return " ";
	return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 39) {
			result += input.slice(captureStart, position) + "'";
			position += 2;
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 92) {
			result += input.slice(captureStart, position);
			position++;
			const escaped = input.charCodeAt(position);
			if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
			else if (escaped < 256 && simpleEscapeCheck[escaped]) {
				result += simpleEscapeMap[escaped];
				position++;
			} else {
				let hexLength = escapedHexLen$1(escaped);
				let hexResult = 0;
				for (; hexLength > 0; hexLength--) {
					position++;
					const digit = fromHexCode$1(input.charCodeAt(position));
					hexResult = (hexResult << 4) + digit;
				}
				result += charFromCodepoint(hexResult);
				position++;
			}
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
	const textIndent = indent < 0 ? 0 : indent;
	const region = input.slice(start, end).replace(/\r\n?/g, "\n");
	const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
	let result = "";
	let didReadContent = false;
	let emptyLines = 0;
	let atMoreIndented = false;
	for (const line of lines) {
		let column = 0;
		while (column < textIndent && line.charCodeAt(column) === 32) column++;
		if (indent < 0 || column >= line.length) {
			emptyLines++;
			continue;
		}
		const content = line.slice(textIndent);
		const first = content.charCodeAt(0);
		if (folded) {
			if (first === 32 || first === 9) {
				atMoreIndented = true;
				result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
			} else if (atMoreIndented) {
				atMoreIndented = false;
				result += "\n".repeat(emptyLines + 1);
			} else if (emptyLines === 0) {
				if (didReadContent) result += " ";
			} else result += "\n".repeat(emptyLines);
		} else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
		result += content;
		didReadContent = true;
		emptyLines = 0;
	}
	if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
	else if (chomping !== CHOMPING_MODE.STRIP) {
		if (didReadContent) result += "\n";
	}
	return result;
}
/**
* Decodes the scalar referenced by event offsets in `input`.
*
* @category Events
*/
function getScalarValue(input, scalar) {
	if (scalar.valueStart === NO_RANGE$3) return "";
	const { valueStart, valueEnd } = scalar;
	if (scalar.fast) return input.slice(valueStart, valueEnd);
	switch (scalar.style) {
		case SCALAR_STYLE.SINGLE_QUOTED: return getSingleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.DOUBLE_QUOTED: return getDoubleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.LITERAL_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
		case SCALAR_STYLE.FOLDED_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
		default: return getPlainValue(input, valueStart, valueEnd);
	}
}
//#endregion
//#region src/common/tagname.ts
var DEFAULT_TAG_HANDLERS = Object.assign(Object.create(null), {
	"!": "!",
	"!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
var HEX = "0123456789ABCDEF";
function percentByte(byte) {
	return "%" + HEX[byte >> 4] + HEX[byte & 15];
}
function tagPercentEncode(source, isSuffix) {
	const allowed = isSuffix ? TAG_SUFFIX_CHARS : TAG_URI_CHARS;
	let result = "";
	for (let index = 0; index < source.length; index++) {
		let ch = source.charCodeAt(index);
		if (ch >= 48 && ch <= 57 || ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122 || allowed.includes(source[index])) {
			result += source[index];
			continue;
		}
		if (ch >= 55296 && ch <= 56319) ch = 65536 + ((ch & 1023) << 10) + (source.charCodeAt(++index) & 1023);
		if (ch < 128) result += percentByte(ch);
		else if (ch < 2048) result += percentByte(192 | ch >> 6) + percentByte(128 | ch & 63);
		else if (ch < 65536) result += percentByte(224 | ch >> 12) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
		else result += percentByte(240 | ch >> 18) + percentByte(128 | ch >> 12 & 63) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
	}
	return result;
}
function tagPercentDecode(source) {
	let result = "";
	let index = 0;
	while (index < source.length) {
		if (source.charCodeAt(index) !== 37) {
			result += source[index++];
			continue;
		}
		let ch = parseInt(source.slice(index + 1, index + 3), 16);
		index += 3;
		if (ch >= 192) {
			let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
			ch &= (1 << 6 - remaining) - 1;
			while (remaining-- > 0) {
				ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
				index += 3;
			}
		}
		if (ch < 65536) result += String.fromCharCode(ch);
		else {
			ch -= 65536;
			result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
		}
	}
	return result;
}
function tagNameFull(rawTag, tagHandlers) {
	if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
	const handleEnd = rawTag.indexOf("!", 1);
	const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
	return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
function tagNameShort(fullTag) {
	let tag = fullTag;
	if (tag.charCodeAt(0) === 33) {
		tag = tag.slice(1);
		return `!${tagPercentEncode(tag, true)}`;
	}
	if (tag.slice(0, 18) === "tag:yaml.org,2002:") return `!!${tagPercentEncode(tag.slice(18), true)}`;
	return `!<${tagPercentEncode(tag, false)}>`;
}
//#endregion
//#region src/parser/constructor.ts
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
	filename: "",
	schema: CORE_SCHEMA,
	json: false,
	maxTotalMergeKeys: 1e4,
	maxAliases: -1
};
function eventPosition$1(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function throwError$1(state, message) {
	YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
	try {
		return tag.finalize(carrier);
	} catch (error) {
		if (error instanceof YAMLException) throw error;
		YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
	}
}
function constructScalar(state, event) {
	const source = getScalarValue(state.source, event);
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	const strTag = state.schema.defaultScalarTag;
	if (rawTag !== "") {
		if (rawTag === "!") return {
			value: source,
			tag: strTag
		};
		const tagName = tagNameFull(rawTag, state.tagHandlers);
		const scalarTag = state.schema.lookupScalarTag(tagName);
		if (scalarTag) {
			const result = scalarTag.resolve(source, true, tagName);
			if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			return {
				value: result,
				tag: scalarTag
			};
		}
		const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
		if (collectionTagDef) {
			if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			const carrier = collectionTagDef.create(tagName);
			return {
				value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
				tag: collectionTagDef
			};
		}
		throwError$1(state, `unknown scalar tag !<${tagName}>`);
	}
	if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
	return {
		value: strTag.resolve(source, false, strTag.tagName),
		tag: strTag
	};
}
function collectionTagName(state, event, defaultTagName) {
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
	return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
	state.totalMergeKeys++;
	if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
	chargeMergeWork(state);
	for (const sourceKey of sourceTag.keys(source)) {
		chargeMergeWork(state);
		if (frame.tag.has(frame.value, sourceKey)) continue;
		const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
		if (err) throwError$1(state, err);
		frame.overridable ??= /* @__PURE__ */ new Set();
		frame.overridable.add(sourceKey);
	}
}
function mergeSource(state, frame, source, sourceTag) {
	state.position = frame.keyPosition;
	if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
	else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
		if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
		for (const element of source) {
			const elementTag = state.nodeTags.get(element);
			if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
			mergeKeys(state, frame, element, elementTag);
		}
	} else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
	state.position = frame.keyPosition;
	if (frame.keyIsMerge) {
		mergeSource(state, frame, value, tag);
		return;
	}
	if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
	const err = frame.tag.addPair(frame.value, key, value);
	if (err) throwError$1(state, err);
	frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") {
		frame.value = value;
		frame.hasValue = true;
	} else if (frame.kind === "sequence") {
		if (isMappingTag(tag)) state.nodeTags.set(value, tag);
		const err = frame.tag.addItem(frame.value, value, frame.index++);
		if (err) throwError$1(state, err);
	} else if (frame.hasKey) {
		const key = frame.key;
		frame.key = void 0;
		frame.hasKey = false;
		addMappingValue(state, frame, key, value, tag);
	} else {
		frame.key = value;
		frame.keyPosition = state.position;
		frame.hasKey = true;
		frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
	}
}
function storeAnchor(state, event, value, tag, isValueFinal) {
	if (event.anchorStart !== NO_RANGE$2) {
		const anchor = {
			value,
			tag,
			isValueFinal
		};
		state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
		return anchor;
	}
	return null;
}
/**
* Constructs JavaScript documents directly from parser events, without an
* intermediate AST.
*
* @category Events
*/
function constructFromEvents(events, options) {
	const state = {
		...DEFAULT_CONSTRUCTOR_OPTIONS,
		...options,
		events,
		documents: [],
		eventIndex: 0,
		position: 0,
		frames: [],
		anchors: /* @__PURE__ */ new Map(),
		nodeTags: /* @__PURE__ */ new Map(),
		tagHandlers: Object.create(null),
		totalMergeKeys: 0,
		aliasCount: 0
	};
	while (state.eventIndex < state.events.length) {
		const event = state.events[state.eventIndex++];
		state.position = eventPosition$1(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT:
				state.anchors = /* @__PURE__ */ new Map();
				state.nodeTags = /* @__PURE__ */ new Map();
				state.aliasCount = 0;
				state.tagHandlers = Object.create(null);
				for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
				state.frames.push({
					kind: "document",
					position: state.position,
					value: void 0,
					hasValue: false
				});
				break;
			case EVENT_ID.SCALAR: {
				const { value, tag } = constructScalar(state, event);
				storeAnchor(state, event, value, tag, true);
				addValue(state, value, tag);
				break;
			}
			case EVENT_ID.SEQUENCE: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
				const tag = state.schema.lookupSequenceTag(tagName);
				if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "sequence",
					position: state.position,
					value,
					tag,
					anchor,
					index: 0
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
				const tag = state.schema.lookupMappingTag(tagName);
				if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "mapping",
					position: state.position,
					value,
					tag,
					anchor,
					key: void 0,
					keyPosition: state.position,
					hasKey: false,
					keyIsMerge: false,
					overridable: null
				});
				break;
			}
			case EVENT_ID.ALIAS: {
				if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
				const name = state.source.slice(event.anchorStart, event.anchorEnd);
				const anchor = state.anchors.get(name);
				if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
				if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
				addValue(state, anchor.value, anchor.tag);
				break;
			}
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.hasKey) {
					state.position = frame.keyPosition;
					throwError$1(state, "incomplete mapping pair in event stream");
				}
				if (frame.kind === "document") state.documents.push(frame.value);
				else {
					const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
					if (frame.anchor) {
						frame.anchor.value = value;
						frame.anchor.isValueFinal = true;
					}
					addValue(state, value, frame.tag);
				}
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/parser/parser.ts
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
	filename: "",
	maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
	state.events.push({
		type: EVENT_ID.DOCUMENT,
		explicitStart,
		explicitEnd,
		directives: state.directives
	});
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.SEQUENCE,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.MAPPING,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function insertFlowPairMappingEvent(state, snapshot) {
	state.events.splice(snapshot.eventsLength, 0, {
		type: EVENT_ID.MAPPING,
		start: snapshot.position,
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1,
		style: COLLECTION_STYLE.FLOW
	});
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
	state.events.push({
		type: EVENT_ID.SCALAR,
		valueStart,
		valueEnd,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style,
		chomping,
		indent,
		fast
	});
}
function addAliasEvent(state, anchorStart, anchorEnd) {
	state.events.push({
		type: EVENT_ID.ALIAS,
		anchorStart,
		anchorEnd
	});
}
function addPopEvent(state) {
	state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
	addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
	return {
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1
	};
}
function snapshotState(state) {
	return {
		position: state.position,
		line: state.line,
		lineStart: state.lineStart,
		lineIndent: state.lineIndent,
		firstTabInLine: state.firstTabInLine,
		eventsLength: state.events.length
	};
}
function restoreState(state, snapshot) {
	state.position = snapshot.position;
	state.line = snapshot.line;
	state.lineStart = snapshot.lineStart;
	state.lineIndent = snapshot.lineIndent;
	state.firstTabInLine = snapshot.firstTabInLine;
	state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
	YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
	return c === 10 || c === 13;
}
function isWhiteSpace(c) {
	return c === 9 || c === 32;
}
function isWsOrEol(c) {
	return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
	return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
	return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
	return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
	if (c >= 48 && c <= 57) return c - 48;
	const lc = c | 32;
	if (lc >= 97 && lc <= 102) return lc - 97 + 10;
	return -1;
}
function escapedHexLen(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	if (c === 85) return 8;
	return 0;
}
function isSimpleEscape(c) {
	return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
	if (state.input.charCodeAt(state.position) === 10) state.position++;
	else {
		state.position++;
		if (state.input.charCodeAt(state.position) === 10) state.position++;
	}
	state.line++;
	state.lineStart = state.position;
	state.lineIndent = 0;
	state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
	let lineBreaks = 0;
	let ch = state.input.charCodeAt(state.position);
	let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
	while (ch !== 0) {
		while (isWhiteSpace(ch)) {
			hasSeparation = true;
			if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
			ch = state.input.charCodeAt(++state.position);
		}
		if (allowComments && hasSeparation && ch === 35) do
			ch = state.input.charCodeAt(++state.position);
		while (!isEol(ch) && ch !== 0);
		if (!isEol(ch)) break;
		consumeLineBreak(state);
		lineBreaks++;
		hasSeparation = true;
		ch = state.input.charCodeAt(state.position);
		while (ch === 32) {
			state.lineIndent++;
			ch = state.input.charCodeAt(++state.position);
		}
	}
	return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
	const ch = state.input.charCodeAt(position);
	if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
		const following = state.input.charCodeAt(position + 3);
		return following === 0 || isWsOrEol(following);
	}
	return false;
}
function skipByteOrderMark(state) {
	if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
		state.position++;
		state.lineStart = state.position;
	}
}
function testDocumentBoundary(state) {
	if (state.position !== state.lineStart) return false;
	if (testDocumentSeparator(state)) return true;
	if (state.input.charCodeAt(state.position) !== 65279) return false;
	const snapshot = snapshotState(state);
	skipByteOrderMark(state);
	skipSeparationSpace(state, true);
	const ch = state.input.charCodeAt(state.position);
	const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
	restoreState(state, snapshot);
	return result;
}
function skipUntilLineEnd(state) {
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
	const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
	if (match !== null) {
		state.position = start + match.index + match[0].length - 1;
		throwError(state, "the stream contains non-printable characters");
	}
}
function readTagProperty(state, props, inFlow) {
	if (state.input.charCodeAt(state.position) !== 33) return false;
	if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
	const start = state.position;
	let isVerbatim = false;
	let isNamed = false;
	let tagHandle = "!";
	let ch = state.input.charCodeAt(++state.position);
	if (ch === 60) {
		isVerbatim = true;
		ch = state.input.charCodeAt(++state.position);
	} else if (ch === 33) {
		isNamed = true;
		tagHandle = "!!";
		ch = state.input.charCodeAt(++state.position);
	}
	let suffixStart = state.position;
	let tagName;
	if (isVerbatim) {
		while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
		if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
		tagName = state.input.slice(suffixStart, state.position);
		state.position++;
	} else {
		while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
			if (ch === 33) {
				if (!isNamed) {
					tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
					if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
					isNamed = true;
					suffixStart = state.position + 1;
				} else throwError(state, "tag suffix cannot contain exclamation marks");
			}
			ch = state.input.charCodeAt(++state.position);
		}
		tagName = state.input.slice(suffixStart, state.position);
		if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
	}
	if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
	if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
	props.tagStart = start;
	props.tagEnd = state.position;
	return true;
}
function readAnchorProperty(state, props) {
	if (state.input.charCodeAt(state.position) !== 38) return false;
	if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
	props.anchorStart = start;
	props.anchorEnd = state.position;
	return true;
}
function readAlias(state, props) {
	if (state.input.charCodeAt(state.position) !== 42) return false;
	if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
	addAliasEvent(state, start, state.position);
	return true;
}
function readFlowScalarBreak(state, nodeIndent) {
	skipSeparationSpace(state, false);
	if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 39) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 39) {
			if (state.input.charCodeAt(state.position + 1) === 39) {
				simple = false;
				state.position += 2;
				continue;
			}
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 34) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 34) {
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (ch === 92) {
			simple = false;
			const escaped = state.input.charCodeAt(++state.position);
			if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
			else if (isSimpleEscape(escaped)) state.position++;
			else {
				let hexLength = escapedHexLen(escaped);
				if (hexLength === 0) throwError(state, "unknown escape sequence");
				while (hexLength-- > 0) {
					state.position++;
					if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
				}
				state.position++;
			}
		} else if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	let chomping = CHOMPING_MODE.CLIP;
	let indent = -1;
	let detectedIndent = false;
	if (ch !== 124 && ch !== 62) return false;
	const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		const current = state.input.charCodeAt(state.position);
		const digit = fromDecimalCode(current);
		if (current === 43 || current === 45) {
			if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
			chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
			state.position++;
		} else if (digit >= 0) {
			if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
			if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
			indent = parentIndent + digit - 1;
			detectedIndent = true;
			state.position++;
		} else break;
	}
	let hadWhitespace = false;
	while (isWhiteSpace(state.input.charCodeAt(state.position))) {
		hadWhitespace = true;
		state.position++;
	}
	if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
	let contentIndent = detectedIndent ? indent : -1;
	let maxLeadingIndent = 0;
	const valueStart = state.position;
	let valueEnd = state.position;
	while (state.input.charCodeAt(state.position) !== 0) {
		const linePosition = state.position;
		let column = 0;
		while (state.input.charCodeAt(linePosition + column) === 32) column++;
		const first = state.input.charCodeAt(linePosition + column);
		if (first === 0) {
			if (contentIndent >= 0) {
				if (column > contentIndent) valueEnd = linePosition + column;
			} else if (column > 0) valueEnd = linePosition + column;
			break;
		}
		if (testDocumentBoundary(state)) break;
		if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
		if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
			if (first === 9 && column < parentIndent) {
				state.position = linePosition + column;
				throwError(state, "tab characters must not be used in indentation");
			}
			if (column >= parentIndent && column < maxLeadingIndent) {
				state.position = linePosition + column;
				throwError(state, "bad indentation of a mapping entry");
			}
		}
		if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
		const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
		if (first !== 0 && !isEol(first) && column < requiredIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		skipUntilLineEnd(state);
		valueEnd = state.position;
		if (isEol(state.input.charCodeAt(state.position))) {
			consumeLineBreak(state);
			valueEnd = state.position;
		}
	}
	checkPrintable(state, valueStart, valueEnd);
	addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
	return true;
}
function canStartPlainScalar(state, nodeContext) {
	const ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
	if (ch === 63 || ch === 45) {
		const following = state.input.charCodeAt(state.position + 1);
		if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
	}
	return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
	if (!canStartPlainScalar(state, nodeContext)) return false;
	const start = state.position;
	let end = state.position;
	let ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	let multiline = false;
	while (ch !== 0) {
		if (testDocumentBoundary(state)) break;
		if (ch === 58) {
			const following = state.input.charCodeAt(state.position + 1);
			if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
		} else if (ch === 35) {
			if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
		} else if (inFlow && isFlowIndicator(ch)) break;
		else if (isEol(ch)) {
			const savedPosition = state.position;
			const savedLine = state.line;
			const savedLineStart = state.lineStart;
			const savedLineIndent = state.lineIndent;
			skipSeparationSpace(state, false);
			if (state.lineIndent >= nodeIndent) {
				multiline = true;
				ch = state.input.charCodeAt(state.position);
				continue;
			}
			state.position = savedPosition;
			state.line = savedLine;
			state.lineStart = savedLineStart;
			state.lineIndent = savedLineIndent;
			break;
		}
		if (!isWhiteSpace(ch)) end = state.position + 1;
		ch = state.input.charCodeAt(++state.position);
	}
	if (end === start) return false;
	checkPrintable(state, start, end);
	addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
	return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
	const startLine = state.line;
	skipSeparationSpace(state, true);
	if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	const isMapping = ch === 123;
	const start = state.position;
	let readNext = true;
	if (ch !== 91 && ch !== 123) return false;
	const terminator = isMapping ? 125 : 93;
	if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		skipFlowSeparationSpace(state, nodeIndent);
		let ch = state.input.charCodeAt(state.position);
		if (ch === terminator) {
			state.position++;
			addPopEvent(state);
			return true;
		} else if (!readNext) throwError(state, "missed comma between flow collection entries");
		else if (ch === 44) throwError(state, "expected the node content, but found ','");
		let isPair = false;
		let isExplicitPair = false;
		if (ch === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
			isPair = isExplicitPair = true;
			state.position += 1;
			skipFlowSeparationSpace(state, nodeIndent);
		}
		const entryLine = state.line;
		const entryStart = snapshotState(state);
		const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
		skipFlowSeparationSpace(state, nodeIndent);
		ch = state.input.charCodeAt(state.position);
		if ((isMapping || isExplicitPair || state.line === entryLine) && ch === 58) {
			isPair = true;
			state.position++;
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) {
				insertFlowPairMappingEvent(state, entryStart);
				if (!keyWasRead) addEmptyScalarEvent(state);
			} else if (!keyWasRead) addEmptyScalarEvent(state);
			if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) addPopEvent(state);
		} else if (isMapping && isPair) {
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
		} else if (isMapping) addEmptyScalarEvent(state);
		else if (isPair) {
			insertFlowPairMappingEvent(state, entryStart);
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
			addPopEvent(state);
		}
		ch = state.input.charCodeAt(state.position);
		if (ch === 44) {
			readNext = true;
			state.position++;
		} else readNext = false;
	}
	throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
	if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
	addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
	while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
		if (state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const entryLine = state.line;
		state.position++;
		const hadBreak = skipSeparationSpace(state, true) > 0;
		if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
		if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
		else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
		skipSeparationSpace(state, true);
		if (state.lineIndent < nodeIndent || state.position >= state.length) break;
		if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
		if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
	}
	addPopEvent(state);
	return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
	let atExplicitKey = false;
	let detected = false;
	let mappingOpened = false;
	let pendingExplicitKey = false;
	if (state.firstTabInLine !== -1) return false;
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0) {
		if (!atExplicitKey && state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const following = state.input.charCodeAt(state.position + 1);
		const entryLine = state.line;
		if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
			if (!mappingOpened) {
				addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
				mappingOpened = true;
			}
			if (ch === 63) {
				if (atExplicitKey) addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = true;
			} else if (atExplicitKey) atExplicitKey = false;
			else {
				addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = false;
			}
			state.position += 1;
			pendingExplicitKey = true;
		} else {
			if (atExplicitKey) {
				addEmptyScalarEvent(state);
				atExplicitKey = false;
			}
			const beforeKey = snapshotState(state);
			if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
			if (state.line === entryLine) {
				ch = state.input.charCodeAt(state.position);
				while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
				if (ch === 58) {
					ch = state.input.charCodeAt(++state.position);
					if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
					if (!mappingOpened) {
						state.events.splice(beforeKey.eventsLength, 0, {
							type: EVENT_ID.MAPPING,
							start: beforeKey.position,
							anchorStart: props.anchorStart,
							anchorEnd: props.anchorEnd,
							tagStart: props.tagStart,
							tagEnd: props.tagEnd,
							style: COLLECTION_STYLE.BLOCK
						});
						mappingOpened = true;
					}
					detected = true;
					atExplicitKey = false;
					pendingExplicitKey = false;
				} else if (detected) throwError(state, "expected ':' after a mapping key");
				else {
					if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
						restoreState(state, beforeKey);
						return false;
					}
					return true;
				}
			} else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
			else {
				if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
					restoreState(state, beforeKey);
					return false;
				}
				return true;
			}
		}
		if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
		if (!atExplicitKey) {
			if (pendingExplicitKey) {
				addEmptyScalarEvent(state);
				pendingExplicitKey = false;
			}
		}
		skipSeparationSpace(state, true);
		ch = state.input.charCodeAt(state.position);
		if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
		else if (state.lineIndent < nodeIndent) break;
	}
	if (!detected) return false;
	if (atExplicitKey) addEmptyScalarEvent(state);
	if (mappingOpened) addPopEvent(state);
	return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
	if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
	state.depth++;
	let indentStatus = 1;
	let atNewLine = false;
	let hasContent = false;
	let propertyStart = null;
	const props = emptyProperties();
	let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
	let allowBlockCollections = allowBlockScalars;
	const allowBlockStyles = allowBlockScalars;
	if (allowToSeek && skipSeparationSpace(state, true)) {
		atNewLine = true;
		if (state.lineIndent > parentIndent) indentStatus = 1;
		else if (state.lineIndent === parentIndent) indentStatus = 0;
		else indentStatus = -1;
	}
	if (indentStatus === 1) while (true) {
		const ch = state.input.charCodeAt(state.position);
		const propertyState = snapshotState(state);
		if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
		if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
			const fallbackState = snapshotState(state);
			const flowIndent = parentIndent + 1;
			if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
				state.depth--;
				return true;
			}
			restoreState(state, fallbackState);
		}
		if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
		if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
		if (propertyStart === null) propertyStart = propertyState;
		if (skipSeparationSpace(state, true)) {
			atNewLine = true;
			allowBlockCollections = allowBlockStyles;
			if (state.lineIndent > parentIndent) indentStatus = 1;
			else if (state.lineIndent === parentIndent) indentStatus = 0;
			else indentStatus = -1;
		} else allowBlockCollections = false;
	}
	if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
	if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
		const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
		const blockIndent = state.position - state.lineStart;
		if (indentStatus === 1) {
			if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
			else {
				const ch = state.input.charCodeAt(state.position);
				if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
					const fallbackState = snapshotState(state);
					const propertyIndent = propertyStart.position - propertyStart.lineStart;
					restoreState(state, propertyStart);
					if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
					else restoreState(state, fallbackState);
				}
				if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
			}
		} else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
	}
	allowBlockScalars = allowBlockScalars && !hasContent;
	if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
		addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
		hasContent = true;
	}
	state.depth--;
	return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
	if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
	state.position++;
	const nameStart = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
	const name = state.input.slice(nameStart, state.position);
	const args = [];
	if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
	while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
		while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
		if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
		const start = state.position;
		while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
		args.push(state.input.slice(start, state.position));
	}
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	if (name === "YAML") {
		if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
		if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
		const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
		if (match === null) throwError(state, "ill-formed argument of the YAML directive");
		if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
		state.directives.push({
			kind: "yaml",
			version: args[0]
		});
	} else if (name === "TAG") {
		if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
		const [handle, prefix] = args;
		if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
		if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
		if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
		state.tagHandlers[handle] = prefix;
		state.directives.push({
			kind: "tag",
			handle,
			prefix
		});
	}
	return true;
}
function readDocument(state) {
	state.directives = [];
	state.tagHandlers = Object.create(null);
	let hasDirectives = false;
	skipSeparationSpace(state, true);
	while (readDirective(state)) {
		hasDirectives = true;
		skipSeparationSpace(state, true);
	}
	let explicitStart = false;
	let explicitEnd = false;
	let allowCompact = true;
	if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
		explicitStart = true;
		const markerLine = state.line;
		state.position += 3;
		skipSeparationSpace(state, true);
		allowCompact = state.line > markerLine;
	} else if (hasDirectives) throwError(state, "directives end mark is expected");
	const documentEventIndex = state.events.length;
	if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
		state.position += 3;
		skipSeparationSpace(state, true);
		return;
	}
	addDocumentEvent(state, explicitStart, false);
	if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
	skipSeparationSpace(state, true);
	if (state.position === state.lineStart && testDocumentSeparator(state)) {
		explicitEnd = state.input.charCodeAt(state.position) === 46;
		if (explicitEnd) {
			const markerLine = state.line;
			state.position += 3;
			skipSeparationSpace(state, true);
			if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
		}
	}
	const documentEvent = state.events[documentEventIndex];
	if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
	addPopEvent(state);
	if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
/**
* Parses YAML into a flat event stream referencing source text by offsets.
*
* @category Events
*/
function parseEvents(input, options) {
	const length = input.length;
	const state = {
		...DEFAULT_PARSER_OPTIONS,
		...options,
		input: `${input}\0`,
		length,
		position: 0,
		line: 0,
		lineStart: 0,
		lineIndent: 0,
		firstTabInLine: -1,
		depth: 0,
		directives: [],
		tagHandlers: Object.create(null),
		events: []
	};
	const nullpos = input.indexOf("\0");
	if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
	while (state.position < state.length) {
		skipByteOrderMark(state);
		skipSeparationSpace(state, true);
		if (state.position >= state.length) break;
		const documentStart = state.position;
		readDocument(state);
		if (state.position === documentStart)
 /* c8 ignore next */
		throwError(state, "can not read a document");
	}
	return state.events;
}
//#endregion
//#region src/load.ts
var DEFAULT_LOAD_OPTIONS = {
	...DEFAULT_PARSER_OPTIONS,
	...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
	const opts = {
		...DEFAULT_LOAD_OPTIONS,
		...options
	};
	const source = String(input);
	const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
	const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
	return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
		...pick(opts, CONSTRUCTOR_OPT_KEYS),
		source
	});
}
function loadAll(input, iteratorOrOptions, options) {
	let iterator = null;
	if (typeof iteratorOrOptions === "function") iterator = iteratorOrOptions;
	else if (iteratorOrOptions !== null && typeof iteratorOrOptions === "object") options = iteratorOrOptions;
	const documents = loadDocuments(input, options);
	if (iterator === null) return documents;
	for (const document of documents) iterator(document);
}
/**
* Parses `string` as a single YAML document. Throws {@link YAMLException} on
* error. This function does not understand multi-document or empty sources; it
* throws an exception on those.
*
* > [!NOTE]
* > 1. When processing untrusted input, see the
* >    [security considerations](../docs/safety.md).
* > 2. All exceptions MUST be caught, not just {@link YAMLException}.
* > 3. The default {@link CORE_SCHEMA} comes without the `!!merge` tag. You can
* >    easily enable it if needed.
* > 4. The default {@link mapTag} is `{}`-object based, with known limitations
* >    (see description). For full compatibility use {@link realMapTag}
* >    instead (it uses native JS `Map`).
*
* @example
* Enable {@link mergeTag} and {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag, realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Main
*/
function load(input, options) {
	const documents = loadDocuments(input, options);
	if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
	if (documents.length === 1) return documents[0];
	throw new YAMLException("expected a single document in the stream, but found more");
}
//#endregion
//#region src/ast/from_js.ts
var INVALID = Symbol("INVALID");
function buildRepresentTypes(schema) {
	const defaultTags = new Set([
		schema.defaultScalarTag,
		schema.defaultSequenceTag,
		schema.defaultMappingTag
	].filter((t) => t !== void 0));
	const implicitScalars = schema.implicitScalarTags;
	const explicitTags = schema.tags.filter((t) => !(t.nodeKind === "scalar" && t.implicit) && !defaultTags.has(t));
	const defaultTagsLast = schema.tags.filter((t) => defaultTags.has(t));
	return [
		...implicitScalars.map((tag) => ({
			tag,
			implicitTag: true
		})),
		...explicitTags.map((tag) => ({
			tag,
			implicitTag: false
		})),
		...defaultTagsLast.map((tag) => ({
			tag,
			implicitTag: true
		}))
	];
}
function matchTag(state, object) {
	for (let index = 0, length = state.representTypes.length; index < length; index += 1) {
		const { tag, implicitTag } = state.representTypes[index];
		if (tag.identify(object)) {
			let tagName;
			if (tag.matchByTagPrefix) tagName = tag.representTagName(object);
			else tagName = tag.tagName;
			return {
				tag,
				tagName,
				implicitTag
			};
		}
	}
	return null;
}
function build(state, object) {
	if (!state.noRefs && object !== null && typeof object === "object") {
		const existing = state.refs.get(object);
		if (existing) {
			if (existing.anchor === void 0) existing.anchor = `ref_${state.refCounter++}`;
			return {
				kind: "alias",
				anchor: existing.anchor
			};
		}
	}
	const matched = matchTag(state, object);
	if (!matched) {
		if (object === void 0) return INVALID;
		if (state.skipInvalid) return INVALID;
		throw new YAMLException(`unacceptable kind of an object to dump ${Object.prototype.toString.call(object)}`);
	}
	const { tag, tagName, implicitTag } = matched;
	const nodeTagName = implicitTag ? tagName : tagNameShort(tagName);
	if (tag.nodeKind === "scalar") return {
		kind: "scalar",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: SCALAR_STYLE.PLAIN,
		value: tag.represent(object)
	};
	if (tag.nodeKind === "sequence") {
		const container = tag.represent(object);
		const node = {
			kind: "sequence",
			tag: nodeTagName,
			tagged: !implicitTag,
			style: COLLECTION_STYLE.BLOCK,
			items: []
		};
		if (!state.noRefs) state.refs.set(object, node);
		for (let index = 0, length = container.length; index < length; index += 1) {
			let item = build(state, container[index]);
			if (item === INVALID && container[index] === void 0) item = build(state, null);
			if (item === INVALID) continue;
			node.items.push(item);
		}
		return node;
	}
	const map = tag.represent(object);
	const node = {
		kind: "mapping",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: COLLECTION_STYLE.BLOCK,
		items: []
	};
	if (!state.noRefs) state.refs.set(object, node);
	for (const [objectKey, objectValue] of map) {
		const key = build(state, objectKey);
		if (key === INVALID) continue;
		const value = build(state, objectValue);
		if (value === INVALID) continue;
		node.items.push({
			key,
			value
		});
	}
	return node;
}
/**
* Convert JS object to AST. A JS value is one YAML document. An unrepresentable
* root becomes an empty document, which the presenter renders as an empty
* string.
*
* @category AST
*/
function jsToAst(input, schema, options = {}) {
	const root = build({
		representTypes: buildRepresentTypes(schema),
		noRefs: options.noRefs ?? false,
		skipInvalid: options.skipInvalid ?? false,
		refs: /* @__PURE__ */ new Map(),
		refCounter: 0
	}, input);
	return [{
		contents: root === INVALID ? null : root,
		directives: []
	}];
}
//#endregion
//#region src/ast/visit.ts
/**
* Return from a visitor to stop the whole traversal.
*
* @category AST
*/
var VISIT_BREAK = Symbol("visit:break");
/**
* Return from a visitor to skip the current node's children.
*
* @category AST
*/
var VISIT_SKIP = Symbol("visit:skip");
function visitNode(node, visitor, ctx) {
	const control = visitor(node, ctx);
	if (control === VISIT_BREAK) return true;
	if (control === VISIT_SKIP) return false;
	const depth = ctx.depth + 1;
	switch (node.kind) {
		case "sequence":
			for (const item of node.items) if (visitNode(item, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
			break;
		case "mapping": for (const { key, value } of node.items) {
			if (visitNode(key, visitor, {
				depth,
				parent: node,
				isKey: true
			})) return true;
			if (visitNode(value, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
		}
	}
	return false;
}
/**
* Walk every node in the documents, calling {@link Visitor} once per
* node (pre-order).
*
* @category AST
*/
function visit(documents, visitor) {
	for (const doc of documents) if (doc.contents && visitNode(doc.contents, visitor, {
		depth: 0,
		parent: null,
		isKey: false
	})) return;
}
//#endregion
//#region src/ast/styler_defaults.ts
function hasBit(mask, bit) {
	return (mask & 1 << bit) !== 0;
}
/**
* Default scalar styling rules in application order.
* See [Scalar styling](../../docs/scalar_styling.md) for usage details.
*
* @category AST
*/
var DEFAULT_SCALAR_STYLE_RULES = {
	applyQuoteFlowKeysOption,
	doubleQuoteForInvisibles,
	doubleQuoteWhitespaceOnly,
	applyForceQuotesOption,
	tryLongOrMultilineAsBlock,
	quoteInvalidPlain,
	fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
	if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
	return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
	if (!layout.presenterOptions.quoteFlowKeys) return;
	if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
	layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
	if (!layout.presenterOptions.forceQuotes) return;
	if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
	if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
	layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
	if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
	const value = layout.node.value;
	const multiline = value.indexOf("\n") !== -1;
	if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
		if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
		return;
	}
	const w = layout.presenterOptions.lineWidth;
	if (w === -1) {
		if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
		return;
	}
	const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	let position = 0;
	let shouldFold = false;
	while (position <= value.length) {
		let lineEnd = value.length;
		const nextLineBreak = value.indexOf("\n", position);
		if (nextLineBreak !== -1) lineEnd = nextLineBreak;
		const line = value.slice(position, lineEnd);
		if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
		if (nextLineBreak === -1) break;
		position = nextLineBreak + 1;
	}
	if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
	else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
	if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
//#endregion
//#region src/ast/scalar_styler.ts
function setBit(mask, bit) {
	return mask | 1 << bit;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var C_FORBIDDEN_FIRST_LINE = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/;
var C_FORBIDDEN_CONTENT = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/m;
function canUsePlain(layout) {
	const str = layout.node.value;
	if (str !== "") {
		if (!(layout.isKey ? layout.flowOnly ? NS_PLAIN_FLOW_KEY : NS_PLAIN_BLOCK_KEY : layout.flowOnly ? NS_PLAIN_FLOW_IN : NS_PLAIN_FLOW_OUT).test(str)) return false;
		if (layout.shiftOfFirstLine === 0 && C_FORBIDDEN_FIRST_LINE.test(str)) return false;
		if (layout.shiftOfContent === 0) {
			const firstLineBreak = str.indexOf("\n");
			if (firstLineBreak !== -1) {
				const content = str.slice(firstLineBreak + 1);
				if (C_FORBIDDEN_CONTENT.test(content)) return false;
			}
		}
	}
	const resolvedTag = layout.presenterOptions.schema.resolveImplicitScalarTag(str).tag.tagName;
	if (!layout.node.tagged && resolvedTag !== layout.node.tag) return false;
	if (!layout.node.tagged && str === "=" && resolvedTag === layout.presenterOptions.schema.defaultScalarTag.tagName) return false;
	return true;
}
function canUseSingleQuoted(layout) {
	const str = layout.node.value;
	if (!(layout.isKey ? NB_SINGLE_ONE_LINE : NB_SINGLE_MULTI_LINE).test(str)) return false;
	if (/[ \t]\n|\n[ \t]/.test(str)) return false;
	if (!layout.isKey && layout.shiftOfContent === 0) {
		const firstLineBreak = str.indexOf("\n");
		if (firstLineBreak !== -1 && C_FORBIDDEN_CONTENT.test(str.slice(firstLineBreak + 1))) return false;
	}
	return true;
}
function canUseBlock(layout) {
	if (layout.flowOnly || !BLOCK_SCALAR_CONTENT.test(layout.node.value)) return false;
	const contentIndent = layout.shiftOfContent - layout.shiftOfParent;
	if (contentIndent < 1) return false;
	if (contentIndent > 9 && /^\n* /.test(layout.node.value)) return false;
	if (layout.shiftOfContent === 0 && C_FORBIDDEN_CONTENT.test(layout.node.value)) return false;
	return true;
}
function detectAllowedStyles(layout) {
	let mask = setBit(0, SCALAR_STYLE.DOUBLE_QUOTED);
	if (canUsePlain(layout)) mask = setBit(mask, SCALAR_STYLE.PLAIN);
	if (canUseSingleQuoted(layout)) mask = setBit(mask, SCALAR_STYLE.SINGLE_QUOTED);
	if (canUseBlock(layout)) mask = setBit(setBit(mask, SCALAR_STYLE.LITERAL_BLOCK), SCALAR_STYLE.FOLDED_BLOCK);
	layout.allowedStylesMask = mask;
}
function renderScalar(layout) {
	switch (layout.style) {
		case SCALAR_STYLE.PLAIN: return renderPlain(layout);
		case SCALAR_STYLE.SINGLE_QUOTED: return renderSingleQuoted(layout);
		case SCALAR_STYLE.LITERAL_BLOCK: return renderLiteralBlock(layout);
		case SCALAR_STYLE.FOLDED_BLOCK: return renderFoldedBlock(layout);
		case SCALAR_STYLE.DOUBLE_QUOTED: return renderDoubleQuoted(layout);
	}
}
function renderPlain(layout) {
	return encodeFlowBreaks(layout.node.value, layout.shiftOfContent);
}
function renderSingleQuoted(layout) {
	return `'${encodeFlowBreaks(layout.node.value, layout.shiftOfContent).replace(/'/g, "''")}'`;
}
function renderLiteralBlock(layout) {
	const value = layout.node.value;
	return "|" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(value, layout.shiftOfContent));
}
function renderFoldedBlock(layout) {
	const value = layout.node.value;
	const w = layout.presenterOptions.lineWidth;
	let availableWidth = Infinity;
	if (w !== -1) availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	return ">" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(foldBlockScalar(value, availableWidth), layout.shiftOfContent));
}
function renderDoubleQuoted(layout) {
	return `"${escapeString(layout.node.value)}"`;
}
function encodeFlowBreaks(string, shiftOfContent) {
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) return string;
	const pad = " ".repeat(shiftOfContent);
	let result = string.slice(0, nextLF);
	const lineRe = /(\n+)([^\n]*)/g;
	lineRe.lastIndex = nextLF;
	let match;
	while (match = lineRe.exec(string)) {
		const breaks = match[1].length;
		const line = match[2];
		result += "\n".repeat(breaks + 1) + pad + line;
	}
	return result;
}
function indentString(string, spaces) {
	const indent = " ".repeat(spaces);
	let position = 0;
	let result = "";
	const length = string.length;
	while (position < length) {
		let line;
		const next = string.indexOf("\n", position);
		if (next === -1) {
			line = string.slice(position);
			position = length;
		} else {
			line = string.slice(position, next + 1);
			position = next + 1;
		}
		if (line.length && line !== "\n") result += indent;
		result += line;
	}
	return result;
}
function needIndentIndicator(string) {
	return /^\n* /.test(string);
}
function blockHeader(string, shiftOfParent, shiftOfContent) {
	const indentIndicator = needIndentIndicator(string) ? String(shiftOfContent - shiftOfParent) : "";
	const clip = string[string.length - 1] === "\n";
	return `${indentIndicator}${clip && (string[string.length - 2] === "\n" || string === "\n") ? "+" : clip ? "" : "-"}\n`;
}
function dropEndingNewline(string) {
	return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
}
function isMoreIndented(char) {
	return char === " " || char === "	";
}
function foldLine(line, width) {
	if (line === "" || isMoreIndented(line[0])) return line;
	const breakRe = / [^ \t]/g;
	let match;
	let start = 0;
	let end;
	let curr = 0;
	let next = 0;
	let result = "";
	while (match = breakRe.exec(line)) {
		next = match.index;
		if (next - start > width) {
			end = curr > start ? curr : next;
			result += `\n${line.slice(start, end)}`;
			start = end + 1;
		}
		curr = next;
	}
	result += "\n";
	if (line.length - start > width && curr > start) result += `${line.slice(start, curr)}\n${line.slice(curr + 1)}`;
	else result += line.slice(start);
	return result.slice(1);
}
function foldBlockScalar(string, width) {
	const lineRe = /(\n+)([^\n]*)/g;
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) nextLF = string.length;
	lineRe.lastIndex = nextLF;
	let result = foldLine(string.slice(0, nextLF), width);
	let prevMoreIndented = string[0] === "\n" || isMoreIndented(string[0]);
	let moreIndented;
	let match;
	while (match = lineRe.exec(string)) {
		const prefix = match[1];
		const line = match[2];
		moreIndented = line !== "" && isMoreIndented(line[0]);
		result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
		prevMoreIndented = moreIndented;
	}
	return result;
}
var CHARACTERS_TO_ESCAPE = /["\\\x00-\x1F\x7F-\xA0\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/gu;
function escapeCharacter(character) {
	switch (character) {
		case "\0": return "\\0";
		case "\x07": return "\\a";
		case "\b": return "\\b";
		case "	": return "\\t";
		case "\n": return "\\n";
		case "\v": return "\\v";
		case "\f": return "\\f";
		case "\r": return "\\r";
		case "\x1B": return "\\e";
		case "\"": return "\\\"";
		case "\\": return "\\\\";
		case "": return "\\N";
		case "\xA0": return "\\_";
		case "\u2028": return "\\L";
		case "\u2029": return "\\P";
	}
	const code = character.charCodeAt(0);
	const hex = code.toString(16).toUpperCase();
	if (code <= 255) return `\\x${"0".repeat(2 - hex.length)}${hex}`;
	return `\\u${"0".repeat(4 - hex.length)}${hex}`;
}
function escapeString(string) {
	return string.replace(CHARACTERS_TO_ESCAPE, escapeCharacter);
}
//#endregion
//#region src/ast/presenter.ts
var CHAR_LINE_FEED = 10;
var DEFAULT_PRESENTER_OPTIONS = {
	indent: 2,
	seqNoIndent: false,
	seqInlineFirst: true,
	lineWidth: 80,
	flowBracketPadding: false,
	flowSkipCommaSpace: false,
	flowSkipColonSpace: false,
	quoteFlowKeys: false,
	quoteStyle: "single",
	forceQuotes: false,
	scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
	tagBeforeAnchor: false
};
function nodeTagShort(node) {
	return node.tagged ? node.tag : tagNameShort(node.tag);
}
function createPresenterState(options) {
	const opts = {
		...DEFAULT_PRESENTER_OPTIONS,
		...options
	};
	if (opts.flowSkipColonSpace) opts.quoteFlowKeys = true;
	return {
		...opts,
		defaultScalarTagName: opts.schema.defaultScalarTag.tagName,
		openEnded: false
	};
}
function generateNextLine(state, level) {
	return `\n${" ".repeat(state.indent * level)}`;
}
function scalarLayout(state, node, parent, level, isKey, flowOnly) {
	return {
		node,
		parent,
		level,
		isKey,
		flowOnly,
		shiftOfParent: level === 0 ? -1 : state.indent * (level - 1),
		shiftOfContent: state.indent * Math.max(1, level),
		shiftOfFirstLine: level === 0 ? 0 : state.indent * level,
		presenterOptions: state,
		allowedStylesMask: 0,
		style: node.style
	};
}
function writeFlowSequence(state, level, node) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level, node.items[index], node, {}).text;
		if (index > 0) result += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		result += item;
	}
	const pad = state.flowBracketPadding && node.items.length > 0 ? " " : "";
	return `[${pad}${result}${pad}]`;
}
function writeBlockSequence(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level + 1, node.items[index], node, {
			block: true,
			compact: state.seqInlineFirst,
			isblockseq: true
		}).text;
		if (!compact || result !== "") result += generateNextLine(state, level);
		if (item === "" || CHAR_LINE_FEED === item.charCodeAt(0)) result += "-";
		else result += "- ";
		result += item;
	}
	return result;
}
function writeFlowMapping(state, level, node) {
	let result = "";
	for (const { key, value } of node.items) {
		let pairBuffer = "";
		if (result !== "") pairBuffer += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		const keyRender = writeNode(state, level, key, node, { iskey: true });
		const keyText = keyRender.text;
		const valueText = writeNode(state, level, value, node, {}).text;
		const sep = state.flowSkipColonSpace || valueText === "" ? "" : " ";
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = key.kind === "alias" || keyIsBareProps ? " " : "";
		pairBuffer += `${keyText}${keyColonSep}:${sep}${valueText}`;
		result += pairBuffer;
	}
	const pad = state.flowBracketPadding && result !== "" ? " " : "";
	return `{${pad}${result}${pad}}`;
}
function writeBlockMapping(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		let pairBuffer = "";
		if (!compact || result !== "") pairBuffer += generateNextLine(state, level);
		const { key, value } = node.items[index];
		const keyIsBlock = (key.kind === "mapping" || key.kind === "sequence") && key.style === COLLECTION_STYLE.BLOCK && key.items.length !== 0 || key.kind === "scalar" && (key.style === SCALAR_STYLE.LITERAL_BLOCK || key.style === SCALAR_STYLE.FOLDED_BLOCK);
		const keyRender = keyIsBlock ? writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			isblockseq: !cannotBeCompact(state, key, level + 1)
		}) : writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			iskey: true
		});
		const keyText = keyRender.text;
		const keyHasLineBreak = key.kind === "scalar" && key.value.indexOf("\n") !== -1;
		const keyIsTooLong = keyText.length > 1024 && /^[\s\S]{1025}/u.test(keyText);
		const explicitPair = keyIsBlock || keyHasLineBreak || keyIsTooLong;
		if (explicitPair) {
			if (keyText && CHAR_LINE_FEED === keyText.charCodeAt(0)) pairBuffer += "?";
			else pairBuffer += "? ";
		}
		pairBuffer += keyText;
		if (explicitPair) pairBuffer += generateNextLine(state, level);
		const valueText = writeNode(state, level + 1, value, node, {
			block: true,
			compact: explicitPair,
			isblockseq: explicitPair && !cannotBeCompact(state, value, level + 1)
		}).text;
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = !explicitPair && (key.kind === "alias" || keyIsBareProps) ? " " : "";
		if (valueText === "" || CHAR_LINE_FEED === valueText.charCodeAt(0)) pairBuffer += `${keyColonSep}:`;
		else pairBuffer += `${keyColonSep}: `;
		pairBuffer += valueText;
		result += pairBuffer;
	}
	return result;
}
function cannotBeCompact(state, node, level) {
	if (node.kind === "alias") return true;
	return node.tagged || node.anchor !== void 0 || state.indent < 2 && level > 0;
}
function writeNode(state, level, node, parent, ctx) {
	if (node.kind === "alias") {
		state.openEnded = false;
		return {
			text: `*${node.anchor}`,
			noBody: false
		};
	}
	const { block = false, iskey = false, isblockseq = false } = ctx;
	let compact = ctx.compact ?? false;
	const hasAnchor = node.anchor !== void 0;
	if (cannotBeCompact(state, node, level)) compact = false;
	let body;
	let shouldPrintTag = node.tagged;
	const useBlockCollection = block && (node.kind === "mapping" || node.kind === "sequence") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0;
	if (node.kind === "mapping") {
		if (useBlockCollection) body = writeBlockMapping(state, level, node, compact);
		else body = writeFlowMapping(state, level, node);
	} else if (node.kind === "sequence") {
		if (useBlockCollection) {
			if (state.seqNoIndent && !isblockseq && level > 0) body = writeBlockSequence(state, level - 1, node, compact);
			else body = writeBlockSequence(state, level, node, compact);
		} else body = writeFlowSequence(state, level, node);
	} else {
		const layout = scalarLayout(state, node, parent, level, iskey, !block);
		detectAllowedStyles(layout);
		for (const rule of state.scalarStyleRules) rule(layout);
		body = renderScalar(layout);
		state.openEnded = (layout.style === SCALAR_STYLE.LITERAL_BLOCK || layout.style === SCALAR_STYLE.FOLDED_BLOCK) && (node.value === "\n" || node.value.endsWith("\n\n"));
		shouldPrintTag = node.tagged || body === "" && layout.flowOnly && parent?.kind === "sequence" && !hasAnchor || layout.style !== SCALAR_STYLE.PLAIN && node.tag !== state.defaultScalarTagName;
	}
	if ((node.kind === "mapping" || node.kind === "sequence") && !useBlockCollection) state.openEnded = false;
	if (useBlockCollection && compact && level > 0 && state.indent > 2) body = `${" ".repeat(state.indent - 2)}${body}`;
	const noBody = body === "";
	let text = body;
	if (shouldPrintTag || hasAnchor) {
		const props = [];
		const tag = shouldPrintTag ? nodeTagShort(node) : null;
		const anchor = hasAnchor ? `&${node.anchor}` : null;
		if (state.tagBeforeAnchor) {
			if (tag !== null) props.push(tag);
			if (anchor !== null) props.push(anchor);
		} else {
			if (anchor !== null) props.push(anchor);
			if (tag !== null) props.push(tag);
		}
		const sep = body === "" || body.charCodeAt(0) === CHAR_LINE_FEED ? "" : " ";
		text = `${props.join(" ")}${sep}${body}`;
	}
	return {
		text,
		noBody
	};
}
function rootStartsOwnLine(node) {
	return (node.kind === "sequence" || node.kind === "mapping") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0 && !node.tagged && node.anchor === void 0;
}
function writeDocumentDirectives(doc) {
	let result = "";
	for (const directive of doc.directives) {
		if (directive.kind === "yaml") {
			result += `%YAML ${directive.version}\n`;
			continue;
		}
		const { handle, prefix } = directive;
		result += `%TAG ${handle} ${prefix}\n`;
	}
	return result;
}
/**
* Build YAML from AST.
*
* @category AST
*/
function present(documents, options) {
	const state = createPresenterState(options);
	let result = "";
	let previousEnded = false;
	for (let index = 0; index < documents.length; index += 1) {
		const doc = documents[index];
		state.openEnded = false;
		const directives = writeDocumentDirectives(doc);
		const hasDirectives = directives !== "";
		const marker = doc.explicitStart || hasDirectives || index > 0 && !previousEnded;
		result += directives;
		if (doc.contents === null) {
			if (marker) result += "---\n";
		} else if (marker) {
			const body = writeNode(state, 0, doc.contents, null, {
				block: true,
				compact: true
			}).text;
			const sep = body === "" ? "" : hasDirectives || rootStartsOwnLine(doc.contents) ? "\n" : " ";
			result += `---${sep}${body}\n`;
		} else result += writeNode(state, 0, doc.contents, null, {
			block: true,
			compact: true
		}).text + "\n";
		previousEnded = doc.explicitEnd || state.openEnded;
		if (previousEnded) result += "...\n";
	}
	return result;
}
//#endregion
//#region src/dump.ts
var DEFAULT_DUMP_OPTIONS = {
	...DEFAULT_PRESENTER_OPTIONS,
	schema: DUMP_SCHEMA,
	skipInvalid: false,
	noRefs: false,
	flowLevel: -1,
	sortKeys: false,
	transform: () => {}
};
function defaultCompareFn(a, b) {
	const x = String(a);
	const y = String(b);
	if (x < y) return -1;
	if (x > y) return 1;
	return 0;
}
/**
* Serializes JS object as a YAML document. By default it can dump every
* supported YAML type, so it throws an exception if you try to dump regexps or
* functions. However, you can disable exceptions by setting the
* {@link DumpOptions.skipInvalid} option to `true`.
*
* @category Main
*/
function dump(input, options = {}) {
	const opts = {
		...DEFAULT_DUMP_OPTIONS,
		...options
	};
	const documents = jsToAst(input, opts.schema, {
		noRefs: opts.noRefs,
		skipInvalid: opts.skipInvalid
	});
	if (opts.flowLevel >= 0) visit(documents, (node, ctx) => {
		if (ctx.depth < opts.flowLevel) return;
		if (node.kind === "sequence" || node.kind === "mapping") node.style = COLLECTION_STYLE.FLOW;
		return VISIT_SKIP;
	});
	if (opts.sortKeys) {
		const compareFn = opts.sortKeys === true ? defaultCompareFn : opts.sortKeys;
		visit(documents, (node) => {
			if (node.kind !== "mapping") return;
			node.items.sort((a, b) => compareFn(a.key.kind === "scalar" ? a.key.value : "", b.key.kind === "scalar" ? b.key.value : ""));
		});
	}
	opts.transform(documents);
	return present(documents, {
		...pick(opts, Object.keys(DEFAULT_PRESENTER_OPTIONS)),
		schema: opts.schema
	});
}
//#endregion
//#region src/ast/from_events.ts
var NO_RANGE = (/* unused pure expression or super */ null && (-1));
function eventPosition(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function rawTag(state, event) {
	return event.tagStart === NO_RANGE ? "" : state.source.slice(event.tagStart, event.tagEnd);
}
function anchorName(state, event) {
	return event.anchorStart === NO_RANGE ? void 0 : state.source.slice(event.anchorStart, event.anchorEnd);
}
function buildScalar(state, event) {
	const value = getScalarValue(state.source, event);
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw !== "") {
		tagged = true;
		tag = raw;
	} else if (event.style === SCALAR_STYLE.PLAIN) tag = state.schema.resolveImplicitScalarTag(value).tag.tagName;
	else tag = state.schema.defaultScalarTag.tagName;
	return {
		kind: "scalar",
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event),
		value
	};
}
function buildCollection(state, event, defaultTagName) {
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw === "") tag = defaultTagName;
	else {
		tag = raw;
		tagged = true;
	}
	return {
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event)
	};
}
function addNode(state, node) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") frame.doc.contents = node;
	else if (frame.kind === "sequence") frame.node.items.push(node);
	else if (frame.key) {
		frame.node.items.push({
			key: frame.key,
			value: node
		});
		frame.key = null;
	} else frame.key = node;
}
/**
* Builds an AST from parser events
*
* @category AST
*/
function eventsToAst(events, options) {
	const state = {
		source: options.source,
		schema: options.schema,
		eventIndex: 0,
		position: 0,
		frames: [],
		documents: []
	};
	while (state.eventIndex < events.length) {
		const event = events[state.eventIndex++];
		state.position = eventPosition(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT: {
				const doc = {
					contents: null,
					explicitStart: event.explicitStart,
					explicitEnd: event.explicitEnd,
					directives: event.directives
				};
				state.frames.push({
					kind: "document",
					doc
				});
				break;
			}
			case EVENT_ID.SCALAR:
				addNode(state, buildScalar(state, event));
				break;
			case EVENT_ID.SEQUENCE: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:seq");
				const node = {
					kind: "sequence",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "sequence",
					node
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:map");
				const node = {
					kind: "mapping",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "mapping",
					node,
					key: null
				});
				break;
			}
			case EVENT_ID.ALIAS:
				addNode(state, {
					kind: "alias",
					anchor: state.source.slice(event.anchorStart, event.anchorEnd)
				});
				break;
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.key) throw new Error("incomplete mapping pair in event stream");
				if (frame.kind === "document") state.documents.push(frame.doc);
				else addNode(state, frame.node);
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/index.ts
/** @deprecated Use `EVENT_ID.DOCUMENT` instead. @internal */
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
/** @deprecated Use `EVENT_ID.SEQUENCE` instead. @internal */
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
/** @deprecated Use `EVENT_ID.MAPPING` instead. @internal */
var EVENT_MAPPING = EVENT_ID.MAPPING;
/** @deprecated Use `EVENT_ID.SCALAR` instead. @internal */
var EVENT_SCALAR = EVENT_ID.SCALAR;
/** @deprecated Use `EVENT_ID.ALIAS` instead. @internal */
var EVENT_ALIAS = EVENT_ID.ALIAS;
/** @deprecated Use `EVENT_ID.POP` instead. @internal */
var EVENT_POP = EVENT_ID.POP;
/** @deprecated Use `SCALAR_STYLE.PLAIN` instead. @internal */
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
/** @deprecated Use `SCALAR_STYLE.SINGLE_QUOTED` instead. @internal */
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.DOUBLE_QUOTED` instead. @internal */
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.LITERAL_BLOCK` instead. @internal */
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
/** @deprecated Use `SCALAR_STYLE.FOLDED_BLOCK` instead. @internal */
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
/** @deprecated Use `COLLECTION_STYLE.BLOCK` instead. @internal */
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
/** @deprecated Use `COLLECTION_STYLE.FLOW` instead. @internal */
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
/** @deprecated Use `CHOMPING_MODE.CLIP` instead. @internal */
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
/** @deprecated Use `CHOMPING_MODE.STRIP` instead. @internal */
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
/** @deprecated Use `CHOMPING_MODE.KEEP` instead. @internal */
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;
//#endregion


//# sourceMappingURL=js-yaml.mjs.map
;// CONCATENATED MODULE: ./src/engine/load-rule-document.ts

const MAX_BYTES = 256 * 1024;
/** Parses one rule file's YAML: no aliases, bounded nesting and size. */
function loadRuleDocument(file, text) {
    if (text.length > MAX_BYTES) {
        return {
            problems: [
                { file, path: '', message: `file is too large (${text.length} bytes, at most ${MAX_BYTES})` }
            ]
        };
    }
    try {
        return { data: load(text, { filename: file, maxDepth: 40, maxAliases: 0 }), problems: [] };
    }
    catch (error) {
        const message = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
        return { problems: [{ file, path: '', message: `invalid YAML: ${message}` }] };
    }
}

;// CONCATENATED MODULE: ./src/engine/rule-config-error.ts
/** Every problem found while loading rules, reported together. */
class RuleConfigError extends Error {
    problems;
    constructor(problems) {
        const lines = problems.map(formatProblem);
        super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in rule files:\n${lines.join('\n')}`);
        this.name = 'RuleConfigError';
        this.problems = problems;
    }
}
function formatProblem(problem) {
    return problem.path === ''
        ? `${problem.file}: ${problem.message}`
        : `${problem.file}: ${problem.path}: ${problem.message}`;
}

// EXTERNAL MODULE: ../../work/main/node_modules/ajv/dist/ajv.js
var dist_ajv = __nccwpck_require__(7615);
;// CONCATENATED MODULE: ./rules/schema/rule.schema.json
const rule_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","title":"Demarc control","description":"One control: rules/controls/<service>/<id>/rule.yml. See docs/writing-rules.md.","type":"object","additionalProperties":false,"required":["id","title","row","severity","references","explanation","remediation","formats"],"properties":{"id":{"description":"Kebab-case, prefixed by the service, equal to the folder name.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)+$"},"title":{"description":"What is wrong, in one line.","type":"string","minLength":1,"maxLength":120},"row":{"description":"Responsibility matrix row id.","type":"string","minLength":1},"severity":{"enum":["critical","high","medium","low","info"]},"references":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","minLength":1},"url":{"type":"string","pattern":"^https://"}}}},"explanation":{"description":"Why it matters (2-4 sentences), including whose side of the line it is on.","type":"string","minLength":1},"remediation":{"description":"How to fix it, concretely.","type":"string","minLength":1},"sensitive":{"description":"The evidence is a secret: `{value}` is masked (never shown in full) and every selector needs a `message`.","type":"boolean"},"formats":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"terraform":{"allOf":[{"$ref":"#/definitions/selector"},{"properties":{"types":{"description":"Terraform resource types (`aws_s3_bucket`, `data.aws_iam_policy_document`).","items":{"pattern":"^(data\\\\.)?[a-z][a-z0-9_]*$","type":"string"},"type":"array"}},"type":"object"}]},"cloudformation":{"allOf":[{"$ref":"#/definitions/selector"},{"properties":{"types":{"description":"CloudFormation and SAM types (`AWS::S3::Bucket`, `AWS::Serverless::Function`).","items":{"pattern":"^[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+$","type":"string"},"type":"array"}},"type":"object"}]},"kubernetes":{"allOf":[{"$ref":"#/definitions/selector"},{"properties":{"types":{"description":"Kubernetes kinds (`Deployment`, `Service`); workloads expose their pod spec as `podSpec`.","items":{"pattern":"^[A-Z][A-Za-z0-9]*$","type":"string"},"type":"array"}},"type":"object"}]},"dockerfile":{"allOf":[{"$ref":"#/definitions/selector"},{"properties":{"types":{"description":"Dockerfile resource types: `stage`, `global-args` (docs/formats/dockerfile.md).","items":{"pattern":"^[a-z][a-z0-9-]*$","type":"string"},"type":"array"}},"type":"object"}]},"compose":{"allOf":[{"$ref":"#/definitions/selector"},{"properties":{"types":{"description":"Compose resource types: `service`, `network`, `volume`, `secret`, `config` (docs/formats/compose.md).","items":{"pattern":"^[a-z][a-z0-9-]*$","type":"string"},"type":"array"}},"type":"object"}]},"serverless":{"allOf":[{"$ref":"#/definitions/selector"},{"properties":{"types":{"description":"serverless.yml resource types: `provider`, `function` (docs/formats/serverless.md).","items":{"pattern":"^[a-z][a-z0-9-]*$","type":"string"},"type":"array"}},"type":"object"}]},"appconfig":{"allOf":[{"$ref":"#/definitions/selector"},{"properties":{"types":{"description":"Application config resource types: `setting` (docs/formats/appconfig.md).","items":{"pattern":"^[a-z][a-z0-9-]*$","type":"string"},"type":"array"}},"type":"object"}]}},"description":"One selector per format the control reads; each needs positive and negative fixtures."}},"definitions":{"condition":{"type":"object","minProperties":1,"propertyNames":{"enum":["all","any","not","some","none","every","related","attr","default","equals","not_equals","in","not_in","matches","not_matches","matches_ignore_case","exists","gt","gte","lt","lte","contains","contains_any","not_contains","entropy_gte"]},"properties":{"all":{"$ref":"#/definitions/conditions"},"any":{"$ref":"#/definitions/conditions"},"not":{"$ref":"#/definitions/condition"},"some":{"$ref":"#/definitions/quantifier"},"none":{"$ref":"#/definitions/quantifier"},"every":{"$ref":"#/definitions/quantifier"},"related":{"$ref":"#/definitions/related"},"attr":{"$ref":"#/definitions/path"},"default":{},"equals":{},"not_equals":{},"in":{"$ref":"#/definitions/scalars"},"not_in":{"$ref":"#/definitions/scalars"},"matches":{"type":"string","minLength":1},"not_matches":{"type":"string","minLength":1},"matches_ignore_case":{"type":"string","minLength":1},"exists":{"type":"boolean"},"gt":{"type":"number"},"gte":{"type":"number"},"lt":{"type":"number"},"lte":{"type":"number"},"contains":{"$ref":"#/definitions/scalar"},"contains_any":{"$ref":"#/definitions/scalars"},"not_contains":{"$ref":"#/definitions/scalar"},"entropy_gte":{"description":"Shannon entropy in bits per character of a string value.","type":"number","minimum":0}}},"conditions":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/condition"}},"quantifier":{"type":"object","additionalProperties":false,"required":["attr"],"properties":{"attr":{"$ref":"#/definitions/path"},"where":{"$ref":"#/definitions/condition"}}},"related":{"type":"object","additionalProperties":false,"required":["type","via"],"properties":{"type":{"description":"a resource type or a list of resource types","oneOf":[{"type":"string","minLength":1},{"type":"array","minItems":1,"items":{"type":"string","minLength":1}}]},"via":{"$ref":"#/definitions/path"},"where":{"$ref":"#/definitions/condition"}}},"path":{"description":"Dot-separated keys; [n] picks an item, * every item, $json reads a JSON string.","type":"string"},"scalar":{"type":["string","number","boolean"]},"scalars":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/scalar"}},"selector":{"type":"object","additionalProperties":false,"required":["types","assert"],"properties":{"types":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1}},"if":{"$ref":"#/definitions/condition"},"assert":{"$ref":"#/definitions/condition"},"message":{"type":"string","minLength":1}}}}}');
;// CONCATENATED MODULE: ./src/engine/key-path.ts
/** A JSON pointer (`/formats/terraform/assert/all/1`) as a key path (`formats.terraform.assert.all[1]`). */
function keyPathOf(pointer) {
    if (pointer === '')
        return '';
    let path = '';
    for (const raw of pointer.slice(1).split('/')) {
        const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        path = /^\d+$/.test(segment) ? `${path}[${segment}]` : path === '' ? segment : `${path}.${segment}`;
    }
    return path;
}

;// CONCATENATED MODULE: ./src/engine/validate-rule-schema.ts




let validator;
/** The rule file schema (`rules/schema/rule.schema.json`), as loaded. */
const RULE_SCHEMA = (/* unused pure expression or super */ null && (schema));
/** Checks a parsed rule file against the schema; one readable problem per real error. */
function schemaProblems(file, data) {
    validator ??= new dist_ajv.Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true }).compile(rule_schema_namespaceObject);
    if (validator(data))
        return [];
    const errors = validator.errors ?? [];
    return relevant(errors).map(error => ({
        file,
        path: keyPathOf(error.instancePath),
        message: describeError(error)
    }));
}
/** Drops the echoes: `if` wrappers, the inner `enum` of `propertyNames`, branches of a failed `oneOf`. */
function relevant(errors) {
    const oneOfs = errors.filter(e => e.keyword === 'oneOf');
    return errors.filter(e => {
        if (e.keyword === 'if')
            return false;
        if (e.keyword !== 'propertyNames' && 'propertyName' in e)
            return false;
        return !oneOfs.some(o => o !== e && e.instancePath === o.instancePath && e.schemaPath.startsWith(`${o.schemaPath}/`));
    });
}
function describeError(error) {
    const params = error.params;
    const data = error.data;
    switch (error.keyword) {
        case 'required':
            return `missing required key '${String(params.missingProperty)}'`;
        case 'additionalProperties': {
            const known = Object.keys((error.parentSchema?.properties ?? {}));
            return `unknown key '${String(params.additionalProperty)}' (expected one of ${known.join(', ')})`;
        }
        case 'propertyNames':
            return unknownConditionKey(String(params.propertyName), data);
        case 'type':
            return `expected ${String(params.type).split(',').join(' or ')}, found ${kindOf(data)}`;
        case 'enum':
            return `expected one of ${params.allowedValues.join(', ')}, found ${JSON.stringify(data)}`;
        case 'pattern':
            return `expected a string matching ${String(params.pattern)}, found ${JSON.stringify(data)}`;
        case 'oneOf':
            return `expected ${String(error.parentSchema?.description ?? 'one of the allowed forms')}, found ${kindOf(data)}`;
        default:
            return limitMessage(error.keyword, params, data) ?? error.message ?? error.keyword;
    }
}
function unknownConditionKey(key, data) {
    if (data !== null && typeof data === 'object' && 'attr' in data) {
        return `unknown operator '${key}' (expected one of ${OPERATORS.join(', ')})`;
    }
    return `unknown key '${key}' (expected one of ${CONDITION_KINDS.join(', ')})`;
}
function limitMessage(keyword, params, data) {
    const limit = Number(params.limit);
    const size = typeof data === 'string' || Array.isArray(data) ? data.length : 0;
    switch (keyword) {
        case 'minLength':
            return size === 0 ? 'must not be empty' : `expected at least ${limit} characters, found ${size}`;
        case 'maxLength':
            return `expected at most ${limit} characters, found ${size}`;
        case 'minItems':
            return `expected at least ${limit} item${limit === 1 ? '' : 's'}, found ${size}`;
        case 'minProperties':
            return `expected at least ${limit} key${limit === 1 ? '' : 's'}, found none`;
        case 'uniqueItems':
            return `items ${String(params.j)} and ${String(params.i)} are the same`;
        default:
            return undefined;
    }
}
function kindOf(data) {
    if (data === null)
        return 'null';
    if (Array.isArray(data))
        return 'array';
    if (typeof data === 'object')
        return 'object';
    return `${typeof data} ${JSON.stringify(data)}`;
}

;// CONCATENATED MODULE: ./src/engine/compile-rules.ts





/**
 * Parses, validates and compiles rule files. Every problem in every file is
 * collected and thrown as one {@link RuleConfigError}; on success each
 * condition is compiled once and the rules are indexed by format and type.
 */
function compileRules(docs, options) {
    const problems = [];
    const valid = [];
    for (const doc of docs) {
        const checked = checkDocument(doc, options.knownRows);
        problems.push(...checked.problems);
        if (checked.rule !== undefined)
            valid.push({ file: doc.file, rule: checked.rule });
    }
    problems.push(...duplicateIds(valid));
    if (problems.length > 0)
        throw new RuleConfigError(problems);
    return ruleSet(valid.map(({ file, rule }) => compileRule(file, rule)));
}
function checkDocument(doc, knownRows) {
    const loaded = loadRuleDocument(doc.file, doc.text);
    if (loaded.problems.length > 0)
        return loaded;
    const structural = schemaProblems(doc.file, loaded.data);
    if (structural.length > 0)
        return { problems: structural };
    const rule = loaded.data;
    const semantic = ruleProblems(doc.file, rule, knownRows);
    return semantic.length > 0 ? { problems: semantic } : { rule, problems: [] };
}
function duplicateIds(rules) {
    const seen = new Map();
    const problems = [];
    for (const { file, rule } of rules) {
        const first = seen.get(rule.id);
        if (first === undefined)
            seen.set(rule.id, file);
        else
            problems.push({ file, path: 'id', message: `duplicate id '${rule.id}' (also in ${first})` });
    }
    return problems;
}
function compileRule(file, raw) {
    const meta = {
        id: raw.id,
        title: raw.title,
        row: raw.row,
        severity: raw.severity,
        references: raw.references.map(r => ({ ...r })),
        explanation: raw.explanation.trim(),
        remediation: raw.remediation.trim(),
        sensitive: raw.sensitive === true,
        formats: Object.keys(raw.formats),
        file
    };
    const selectors = Object.entries(raw.formats).map(([format, selector]) => compileSelector(meta, format, selector));
    return { meta, selectors };
}
function compileSelector(rule, format, raw) {
    return {
        rule,
        format,
        types: raw.types,
        assert: compileCondition(raw.assert),
        ...(raw.if === undefined ? {} : { if: compileCondition(raw.if) }),
        ...(raw.message === undefined ? {} : { message: raw.message })
    };
}
function ruleSet(compiled) {
    compiled.sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));
    const byId = new Map(compiled.map(c => [c.meta.id, c.meta]));
    const index = new Map();
    for (const selector of compiled.flatMap(c => c.selectors)) {
        for (const type of selector.types) {
            const key = `${selector.format}\u0000${type}`;
            const list = index.get(key);
            if (list === undefined)
                index.set(key, [selector]);
            else
                list.push(selector);
        }
    }
    return {
        rules: compiled.map(c => c.meta),
        byId: id => byId.get(id),
        applicable: (format, type) => index.get(`${format}\u0000${type}`) ?? []
    };
}

;// CONCATENATED MODULE: ./src/engine/outcome-message.ts

/**
 * The rule's message with `{value}`, `{path}` and `{address}` filled in, or
 * the evidence's own words. For a sensitive rule `{value}` is masked.
 */
function outcomeMessage(template, evidence, resource, sensitive = false) {
    if (template === undefined)
        return evidence.message;
    return template.replace(/\{(value|path|address)\}/g, (_, name) => {
        if (name === 'path')
            return evidence.path;
        if (name === 'address')
            return resource.address;
        if (evidence.value === undefined)
            return 'not set';
        return sensitive ? maskValue(evidence.value) : describeValue(evidence.value);
    });
}
/**
 * A secret as it may be shown: its kind and length, and its first four
 * characters only when it is long enough (16+) for that to reveal little —
 * enough to find it, never enough to use it.
 */
function maskValue(value) {
    if (value.kind !== 'string')
        return value.kind === 'unknown' ? value.expr : `a ${value.kind}`;
    const length = value.value.length;
    const prefix = length >= 16 ? value.value.slice(0, 4) : '';
    return `"${prefix}…" (${length} characters, masked)`;
}

;// CONCATENATED MODULE: ./src/engine/related-index.ts
/** The unit of a resource: the part of its key before `//` (the module directory), else its file. */
function unitOf(resource) {
    const cut = resource.key.indexOf('//');
    return cut === -1 ? resource.file : resource.key.slice(0, cut);
}
/** Built on first use, once per evaluation: unit → type → resources. */
function relatedIndex(resources) {
    let byUnit;
    const build = () => {
        const units = new Map();
        for (const resource of resources) {
            const unit = unitOf(resource);
            let types = units.get(unit);
            if (types === undefined)
                units.set(unit, (types = new Map()));
            const list = types.get(resource.type);
            if (list === undefined)
                types.set(resource.type, [resource]);
            else
                list.push(resource);
        }
        return units;
    };
    return {
        candidates(self, types) {
            byUnit ??= build();
            const unit = byUnit.get(unitOf(self));
            if (unit === undefined)
                return [];
            return types.flatMap(type => unit.get(type) ?? []).filter(r => r !== self);
        }
    };
}

;// CONCATENATED MODULE: ./src/engine/evaluate.ts


/**
 * Runs every applicable rule on every resource: only the rules indexed for
 * a resource's format and type are looked at. A rule that throws on a
 * resource gives an `error` outcome; evaluation itself never throws.
 */
function evaluate(rules, resources) {
    const related = relatedIndex(resources);
    const outcomes = [];
    for (const resource of resources) {
        const ctx = { resource, related };
        for (const selector of rules.applicable(resource.format, resource.type)) {
            outcomes.push(runSelector(selector, ctx));
        }
    }
    return outcomes;
}
function runSelector(selector, ctx) {
    const { resource } = ctx;
    const base = { rule: selector.rule, resource, span: resource.span, path: '', message: '' };
    try {
        return { ...base, ...settle(selector, ctx) };
    }
    catch (error) {
        return { ...base, outcome: 'error', message: error instanceof Error ? error.message : String(error) };
    }
}
/** `if` false → not applicable; `assert` true → pass; unsettled → unknown; else fail with its evidence. */
function settle(selector, ctx) {
    const scope = { root: ctx.resource.body, path: '', span: ctx.resource.span };
    const applies = selector.if?.(ctx, scope);
    if (applies?.truth === 'false')
        return { outcome: 'not-applicable' };
    const verdict = selector.assert(ctx, scope);
    if (verdict.truth === 'true')
        return { outcome: 'pass' };
    const unsettled = verdict.truth === 'unknown' ? verdict : applies?.truth === 'unknown' ? applies : undefined;
    if (unsettled !== undefined) {
        const { span, path, message, expr } = unsettled.evidence;
        return { outcome: 'unknown', span, path, message, expr: expr ?? message };
    }
    const { span, path } = verdict.evidence;
    return {
        outcome: 'fail',
        span,
        path,
        message: outcomeMessage(selector.message, verdict.evidence, ctx.resource, selector.rule.sensitive)
    };
}

;// CONCATENATED MODULE: ./src/engine/read-rule-files.ts


/**
 * Every `rule.yml` under `dir`, sorted by path, named relative to `root`
 * with forward slashes (`rules/controls/s3/…/rule.yml`). Symbolic links
 * are not followed. The only function of the engine that reads files.
 */
function readRuleFiles(dir, root) {
    return ruleFilesUnder(dir)
        .map(path => ({ path, file: (0,external_node_path_namespaceObject.relative)(root, path).split(external_node_path_namespaceObject.sep).join('/') }))
        .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
        .map(({ path, file }) => ({ file, text: (0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8') }));
}
function ruleFilesUnder(dir) {
    return (0,external_node_fs_namespaceObject.readdirSync)(dir, { withFileTypes: true }).flatMap(entry => {
        const path = (0,external_node_path_namespaceObject.join)(dir, entry.name);
        if (entry.isSymbolicLink())
            return [];
        if (entry.isDirectory())
            return ruleFilesUnder(path);
        return entry.isFile() && entry.name === 'rule.yml' ? [path] : [];
    });
}

;// CONCATENATED MODULE: ./src/engine/index.ts









;// CONCATENATED MODULE: ./src/matrix/types.ts
const SERVICE_CATEGORIES = [
    'infrastructure',
    'container',
    'abstracted',
    'global',
    'workload'
];
/** The key of a type in {@link Matrix.types}. */
function typeKey(format, type) {
    return `${format}:${type}`;
}

;// CONCATENATED MODULE: ./src/matrix/build-matrix.ts

/** The lookup structure over two documents that have passed their schemas and cross-checks. */
function buildMatrix(matrixDoc, servicesDoc) {
    const rows = matrixDoc.rows.map(row => ({ ...row }));
    const services = new Map();
    const types = new Map();
    for (const [id, service] of Object.entries(servicesDoc.services)) {
        services.set(id, serviceInfo(id, service));
        for (const info of typeInfos(id, service))
            types.set(typeKey(info.format, info.type), info);
    }
    return {
        rows,
        rowById: new Map(rows.map(row => [row.id, row])),
        domains: matrixDoc.domains.map(d => ({ ...d })),
        categories: matrixDoc.categories.map(c => ({ ...c, examples: [...c.examples] })),
        services,
        types
    };
}
function serviceInfo(id, service) {
    const info = {
        id,
        title: service.title,
        category: service.category,
        rows: [...service.rows],
        prefixes: new Map(Object.entries(service.prefixes ?? {}).map(([format, list]) => [format, [...list]])),
        formats: [...(service.formats ?? [])]
    };
    if (service.note !== undefined)
        info.note = service.note;
    return info;
}
function typeInfos(id, service) {
    return Object.entries(service.types ?? {}).flatMap(([format, types]) => Object.entries(types).map(([type, entry]) => ({
        type,
        format,
        service: id,
        category: entry.category ?? service.category,
        rows: [...entry.rows],
        attributes: new Map(Object.entries(entry.attributes ?? {}).map(([name, rows]) => [name, [...rows]]))
    })));
}

;// CONCATENATED MODULE: ./src/matrix/matrix-error.ts
/** Every problem found while loading the matrix and the services catalogue, thrown at once. */
class MatrixLoadError extends Error {
    problems;
    constructor(problems) {
        const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
        super(`The responsibility matrix could not be loaded (${count}):\n${problems.map(p => `- ${p}`).join('\n')}`);
        this.name = 'MatrixLoadError';
        this.problems = problems;
    }
}

;// CONCATENATED MODULE: ./src/matrix/required-rows.ts
/** The row every AWS type Demarc does not know falls under. */
const UNKNOWN_TYPE_ROW = 'service-configuration';
/** The row a change to tags alone touches. */
const TAGS_ROW = 'compliance';
/** Rows the code itself names, so the matrix must define them. */
const REQUIRED_ROWS = [UNKNOWN_TYPE_ROW, TAGS_ROW];

;// CONCATENATED MODULE: ./src/matrix/matrix-problems.ts


/** What the schema cannot see in `rules/matrix.yml`: repeated ids, unknown domains, missing categories. */
function matrixProblems(file, doc) {
    const problems = [
        ...repeatedIds(file, 'domains', doc.domains),
        ...repeatedIds(file, 'rows', doc.rows),
        ...repeatedIds(file, 'categories', doc.categories)
    ];
    const domains = new Set(doc.domains.map(d => d.id));
    doc.rows.forEach((row, i) => {
        if (!domains.has(row.domain)) {
            problems.push(`${file}: rows[${i}].domain: expected one of ${[...domains].join(', ')}; found "${row.domain}"`);
        }
    });
    const rowIds = new Set(doc.rows.map(r => r.id));
    for (const id of REQUIRED_ROWS.filter(r => !rowIds.has(r))) {
        problems.push(`${file}: rows: expected a row with id "${id}", found none`);
    }
    const categories = new Set(doc.categories.map(c => c.id));
    for (const id of SERVICE_CATEGORIES.filter(c => !categories.has(c))) {
        problems.push(`${file}: categories: expected an entry with id "${id}", found none`);
    }
    return problems;
}
function repeatedIds(file, key, items) {
    const first = new Map();
    const problems = [];
    items.forEach((item, i) => {
        const earlier = first.get(item.id);
        if (earlier === undefined)
            first.set(item.id, i);
        else
            problems.push(`${file}: ${key}[${i}].id: expected a unique id; found "${item.id}", already used by ${key}[${earlier}]`);
    });
    return problems;
}

;// CONCATENATED MODULE: ./src/matrix/parse-yaml.ts

/** Parses one rules file; a syntax error becomes a problem naming the file, line and column. */
function parseYaml(source) {
    try {
        return { ok: true, value: load(source.text, { filename: source.file }) };
    }
    catch (error) {
        return { ok: false, problem: yamlProblem(source.file, error) };
    }
}
function yamlProblem(file, error) {
    const { reason, mark } = error;
    const text = reason ?? (error instanceof Error ? error.message : String(error));
    const where = mark ? `${file}:${mark.line + 1}:${mark.column + 1}` : file;
    return `${where}: expected valid YAML, found a syntax error: ${text}`;
}

;// CONCATENATED MODULE: ./src/matrix/key-path.ts
/**
 * A JSON pointer (`/services/s3/types/terraform/aws_s3_bucket/rows/0`) as a
 * key path people read (`services.s3.types.terraform.aws_s3_bucket.rows[0]`),
 * using the data to tell list indices from map keys.
 */
function keyPath(data, pointer, extraKey) {
    const segments = pointer === '' ? [] : pointer.slice(1).split('/').map(unescapePointer);
    const keys = [];
    let node = data;
    for (const segment of segments) {
        keys.push(Array.isArray(node) ? Number(segment) : segment);
        node = child(node, segment);
    }
    if (extraKey !== undefined)
        keys.push(extraKey);
    return joinKeys(keys);
}
/** Map keys and list indices as one readable path: `a.b[0]`, with odd keys quoted (`types["AWS::S3::Bucket"]`). */
function joinKeys(keys) {
    let path = '';
    for (const key of keys) {
        if (typeof key === 'number')
            path += `[${key}]`;
        else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(key))
            path += path === '' ? key : `.${key}`;
        else
            path += `[${JSON.stringify(key)}]`;
    }
    return path === '' ? '(top level)' : path;
}
function child(node, segment) {
    if (node === null || typeof node !== 'object')
        return undefined;
    return node[segment];
}
function unescapePointer(segment) {
    return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

;// CONCATENATED MODULE: ./src/matrix/schema-problems.ts

/**
 * Turns schema errors into one line each: `file: key.path: expected …; found …`.
 * Needs a validator compiled with `allErrors` and `verbose`.
 */
function schema_problems_schemaProblems(file, data, errors) {
    return errors.filter(e => !SKIPPED.has(e.keyword)).map(e => `${file}: ${schema_problems_describeError(data, e)}`);
}
/** Wrapper keywords whose inner errors already say what is wrong. */
const SKIPPED = new Set(['if', 'propertyNames']);
function schema_problems_describeError(data, error) {
    const params = error.params;
    if (error.keyword === 'required') {
        return `${keyPath(data, error.instancePath)}: expected key "${String(params.missingProperty)}", found none`;
    }
    if (error.keyword === 'additionalProperties') {
        const key = String(params.additionalProperty);
        return `${keyPath(data, error.instancePath, key)}: unexpected key; expected one of ${allowedKeys(error)}`;
    }
    if (error.propertyName !== undefined) {
        return `${keyPath(data, error.instancePath, error.propertyName)}: expected a key ${expectation(error)}; found "${error.propertyName}"`;
    }
    return `${keyPath(data, error.instancePath)}: expected ${expectation(error)}; found ${schema_problems_found(error.data)}`;
}
function expectation(error) {
    const params = error.params;
    switch (error.keyword) {
        case 'enum':
            return `one of ${params.allowedValues.map(String).join(', ')}`;
        case 'const':
            return JSON.stringify(params.allowedValue);
        case 'type':
            return `a value of type ${String(params.type)}`;
        case 'pattern':
            return `matching /${String(params.pattern)}/`;
        case 'minItems':
            return `at least ${String(params.limit)} item(s)`;
        case 'minLength':
            return `at least ${String(params.limit)} character(s)`;
        case 'minProperties':
            return `at least ${String(params.limit)} key(s)`;
        case 'uniqueItems':
            return `no repeated items (items ${String(params.j)} and ${String(params.i)} are equal)`;
        default:
            return error.message ?? error.keyword;
    }
}
function allowedKeys(error) {
    const properties = error.parentSchema?.properties;
    return properties ? Object.keys(properties).join(', ') : 'the keys the schema names';
}
function schema_problems_found(value) {
    if (value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return `a list of ${value.length} item(s)`;
    if (value !== null && typeof value === 'object')
        return 'a map';
    const text = JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

;// CONCATENATED MODULE: ./src/matrix/service-problems.ts

/**
 * What the schema cannot see in `rules/services.yml`: row ids the matrix does
 * not define, a type listed under two services, a prefix claimed by two.
 */
function serviceProblems(file, doc, rowIds) {
    return [
        ...unknownRows(file, doc, rowIds),
        ...repeatedTypes(file, doc),
        ...repeatedPrefixes(file, doc),
        ...repeatedFormats(file, doc)
    ];
}
function repeatedFormats(file, doc) {
    const owner = new Map();
    const problems = [];
    for (const [id, service] of Object.entries(doc.services)) {
        ;
        (service.formats ?? []).forEach((format, i) => {
            const earlier = owner.get(format);
            if (earlier === undefined)
                owner.set(format, id);
            else {
                const path = joinKeys(['services', id, 'formats', i]);
                problems.push(`${file}: ${path}: expected each format claimed once; also claimed by services.${earlier}`);
            }
        });
    }
    return problems;
}
function unknownRows(file, doc, rowIds) {
    const problems = [];
    const check = (keys, rows) => {
        rows.forEach((row, i) => {
            if (!rowIds.has(row)) {
                problems.push(`${file}: ${joinKeys([...keys, i])}: expected a row id of the matrix; found "${row}"`);
            }
        });
    };
    for (const [id, service] of Object.entries(doc.services)) {
        check(['services', id, 'rows'], service.rows);
        for (const [format, types] of Object.entries(service.types ?? {})) {
            for (const [type, entry] of Object.entries(types)) {
                const base = ['services', id, 'types', format, type];
                check([...base, 'rows'], entry.rows);
                for (const [attribute, rows] of Object.entries(entry.attributes ?? {})) {
                    check([...base, 'attributes', attribute], rows);
                }
            }
        }
    }
    return problems;
}
function repeatedTypes(file, doc) {
    const owner = new Map();
    const problems = [];
    for (const [id, service] of Object.entries(doc.services)) {
        for (const [format, types] of Object.entries(service.types ?? {})) {
            for (const type of Object.keys(types)) {
                const key = `${format}:${type}`;
                const earlier = owner.get(key);
                if (earlier === undefined)
                    owner.set(key, id);
                else {
                    const path = joinKeys(['services', id, 'types', format, type]);
                    problems.push(`${file}: ${path}: expected each type once; also listed under services.${earlier}`);
                }
            }
        }
    }
    return problems;
}
function repeatedPrefixes(file, doc) {
    const owner = new Map();
    const problems = [];
    for (const [id, service] of Object.entries(doc.services)) {
        for (const [format, prefixes] of Object.entries(service.prefixes ?? {})) {
            prefixes.forEach((prefix, i) => {
                const earlier = owner.get(`${format}:${prefix}`);
                if (earlier === undefined)
                    owner.set(`${format}:${prefix}`, id);
                else {
                    const path = joinKeys(['services', id, 'prefixes', format, i]);
                    problems.push(`${file}: ${path}: expected each prefix once; "${prefix}" is also a prefix of services.${earlier}`);
                }
            });
        }
    }
    return problems;
}

;// CONCATENATED MODULE: ./rules/schema/matrix.schema.json
const matrix_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://demarc.dev/schema/matrix.schema.json","title":"Demarc responsibility matrix (rules/matrix.yml)","type":"object","additionalProperties":false,"required":["version","domains","rows","categories"],"properties":{"version":{"const":1},"domains":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["id","title"],"properties":{"id":{"$ref":"#/definitions/id"},"title":{"$ref":"#/definitions/text"}}}},"rows":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/row"}},"categories":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["id","title","examples","customerOwns","awsOwns"],"properties":{"id":{"enum":["infrastructure","container","abstracted","global","workload"]},"title":{"$ref":"#/definitions/text"},"examples":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/text"}},"customerOwns":{"$ref":"#/definitions/text"},"awsOwns":{"$ref":"#/definitions/text"}}}}},"definitions":{"id":{"type":"string","pattern":"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"},"text":{"type":"string","minLength":1},"row":{"type":"object","additionalProperties":false,"required":["id","title","label","owner","domain","source","description"],"properties":{"id":{"$ref":"#/definitions/id"},"title":{"$ref":"#/definitions/text"},"label":{"$ref":"#/definitions/text"},"owner":{"enum":["customer","aws","shared"]},"domain":{"$ref":"#/definitions/id"},"source":{"$ref":"#/definitions/text"},"customerPart":{"$ref":"#/definitions/text"},"precise":{"type":"object","additionalProperties":false,"required":["reading","source"],"properties":{"reading":{"$ref":"#/definitions/text"},"source":{"$ref":"#/definitions/text"}}},"description":{"$ref":"#/definitions/text"}},"if":{"properties":{"owner":{"enum":["aws","shared"]}},"required":["owner"]},"then":{"properties":{"customerPart":{"$ref":"#/definitions/text"}},"required":["customerPart"]}}}}');
;// CONCATENATED MODULE: ./rules/schema/services.schema.json
const services_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://demarc.dev/schema/services.schema.json","title":"Demarc services catalogue (rules/services.yml)","type":"object","additionalProperties":false,"required":["version","services"],"properties":{"version":{"const":1},"services":{"type":"object","minProperties":1,"propertyNames":{"$ref":"#/definitions/id"},"additionalProperties":{"$ref":"#/definitions/service"}}},"definitions":{"id":{"type":"string","pattern":"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"},"text":{"type":"string","minLength":1},"category":{"enum":["infrastructure","container","abstracted","global","workload"]},"rows":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/id"}},"service":{"type":"object","additionalProperties":false,"required":["title","category","rows"],"properties":{"title":{"$ref":"#/definitions/text"},"category":{"$ref":"#/definitions/category"},"rows":{"$ref":"#/definitions/rows"},"note":{"$ref":"#/definitions/text"},"prefixes":{"type":"object","additionalProperties":false,"properties":{"terraform":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^aws_[a-z0-9_]+$"}},"cloudformation":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^AWS::[A-Za-z0-9]+::"}}}},"formats":{"description":"Formats whose every type belongs to this service unless another lists it (every Kubernetes kind, every Dockerfile stage).","type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/workloadFormat"}},"types":{"description":"Per format, the types listed one by one; optional, as a service\'s prefixes or formats already classify its other types.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"terraform":{"type":"object","propertyNames":{"pattern":"^aws_[a-z0-9_]+$"},"additionalProperties":{"$ref":"#/definitions/type"}},"cloudformation":{"type":"object","propertyNames":{"pattern":"^AWS::[A-Za-z0-9]+::[A-Za-z0-9]+$"},"additionalProperties":{"$ref":"#/definitions/type"}},"kubernetes":{"type":"object","propertyNames":{"pattern":"^[A-Z][A-Za-z0-9]*$"},"additionalProperties":{"$ref":"#/definitions/type"}},"dockerfile":{"type":"object","propertyNames":{"pattern":"^[a-z][a-z0-9-]*$"},"additionalProperties":{"$ref":"#/definitions/type"}},"compose":{"type":"object","propertyNames":{"pattern":"^[a-z][a-z0-9-]*$"},"additionalProperties":{"$ref":"#/definitions/type"}},"serverless":{"type":"object","propertyNames":{"pattern":"^[a-z][a-z0-9-]*$"},"additionalProperties":{"$ref":"#/definitions/type"}},"appconfig":{"type":"object","propertyNames":{"pattern":"^[a-z][a-z0-9-]*$"},"additionalProperties":{"$ref":"#/definitions/type"}}}}}},"type":{"type":"object","additionalProperties":false,"required":["rows"],"properties":{"rows":{"$ref":"#/definitions/rows"},"category":{"$ref":"#/definitions/category"},"note":{"$ref":"#/definitions/text"},"attributes":{"description":"Top-level attribute (CloudFormation: property) name to rows; CloudFormation resource attributes are written with a $ ($DeletionPolicy).","type":"object","propertyNames":{"pattern":"^\\\\$?[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"$ref":"#/definitions/rows"}}}},"workloadFormat":{"enum":["kubernetes","dockerfile","compose","serverless","appconfig"]}}}');
;// CONCATENATED MODULE: ./src/matrix/schemas.ts



let compiled;
/** The validators for `rules/matrix.yml` and `rules/services.yml`, compiled once. */
function validators() {
    if (compiled === undefined) {
        const ajv = new dist_ajv.Ajv({ allErrors: true, verbose: true, strict: true });
        compiled = { matrix: ajv.compile(matrix_schema_namespaceObject), services: ajv.compile(services_schema_namespaceObject) };
    }
    return compiled;
}

;// CONCATENATED MODULE: ./src/matrix/load-matrix.ts







/**
 * Reads `rules/matrix.yml` and `rules/services.yml` (texts passed in), checks
 * both against their schemas and against each other, and returns the matrix.
 * Throws one {@link MatrixLoadError} listing every problem, each naming the
 * file and the key path (or line, for YAML syntax errors).
 */
function loadMatrix(input) {
    const problems = [];
    const { matrix: validateMatrix, services: validateServices } = validators();
    const matrixDoc = load_matrix_readDocument(input.matrix, validateMatrix, problems);
    const servicesDoc = load_matrix_readDocument(input.services, validateServices, problems);
    if (matrixDoc)
        problems.push(...matrixProblems(input.matrix.file, matrixDoc));
    if (matrixDoc && servicesDoc) {
        const rowIds = new Set(matrixDoc.rows.map(row => row.id));
        problems.push(...serviceProblems(input.services.file, servicesDoc, rowIds));
    }
    if (problems.length > 0 || !matrixDoc || !servicesDoc)
        throw new MatrixLoadError(problems);
    return buildMatrix(matrixDoc, servicesDoc);
}
function load_matrix_readDocument(source, validate, problems) {
    const parsed = parseYaml(source);
    if (!parsed.ok) {
        problems.push(parsed.problem);
        return undefined;
    }
    if (validate(parsed.value))
        return parsed.value;
    problems.push(...schema_problems_schemaProblems(source.file, parsed.value, validate.errors ?? []));
    return undefined;
}

;// CONCATENATED MODULE: ./src/matrix/aws-type.ts
/** Per format, how an AWS resource type is spelled; anything else is not AWS (`random_id`, `data.*`, `module`). */
const AWS_TYPE = {
    terraform: /^aws_[a-z0-9_]+$/,
    cloudformation: /^AWS::[A-Za-z0-9]+::[A-Za-z0-9]+$/
};
function isAwsType(format, type) {
    return AWS_TYPE[format]?.test(type) ?? false;
}
/**
 * Whether the catalogue speaks for a type: AWS types of the AWS formats, and
 * every type of the workload formats (Kubernetes kinds, Dockerfile stages,
 * compose services, serverless functions, settings), which are the
 * customer's own whatever AWS service runs them.
 */
function isCatalogued(format, type) {
    return format in AWS_TYPE ? isAwsType(format, type) : true;
}

;// CONCATENATED MODULE: ./src/matrix/service-index.ts
const indexes = new WeakMap();
/**
 * The index of a matrix, built on first use. The catalogue has hundreds of
 * services with one to fifteen prefixes each; a change is classified by at
 * most one map lookup per distinct prefix length (about thirty) instead of a
 * pass over every prefix. Kept beside the matrix in a WeakMap, so `Matrix`
 * stays plain data and the index goes when the matrix does.
 */
function serviceIndex(matrix) {
    let index = indexes.get(matrix);
    if (index === undefined) {
        index = buildServiceIndex(matrix.services.values());
        indexes.set(matrix, index);
    }
    return index;
}
function buildServiceIndex(services) {
    const byFormat = new Map();
    const formats = new Map();
    for (const service of services) {
        for (const [format, prefixes] of service.prefixes) {
            const table = byFormat.get(format) ?? new Map();
            for (const prefix of prefixes)
                if (!table.has(prefix))
                    table.set(prefix, service);
            byFormat.set(format, table);
        }
        for (const format of service.formats)
            if (!formats.has(format))
                formats.set(format, service);
    }
    const prefixes = new Map();
    for (const [format, byPrefix] of byFormat) {
        const lengths = [...new Set([...byPrefix.keys()].map(p => p.length))].sort((a, b) => b - a);
        prefixes.set(format, { byPrefix, lengths });
    }
    return { prefixes, formats };
}
/** The service of the longest prefix that starts the type name, if any. */
function longestPrefixService(index, format, type) {
    const table = index.prefixes.get(format);
    if (table === undefined)
        return undefined;
    for (const length of table.lengths) {
        if (length > type.length)
            continue;
        const service = table.byPrefix.get(type.slice(0, length));
        if (service)
            return service;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/matrix/find-type.ts


/** The catalogue entry for a type, if the catalogue lists it. */
function findType(matrix, format, type) {
    return matrix.types.get(typeKey(format, type));
}
/**
 * The service whose longest prefix starts the type name (`aws_s3_foo` → s3;
 * `AWS::EC2::SecurityGroup` → vpc rather than ec2), if any.
 */
function serviceByPrefix(matrix, format, type) {
    return longestPrefixService(serviceIndex(matrix), format, type);
}
/** The service that claims every type of a format (`kubernetes` for any kind), if one does. */
function serviceByFormat(matrix, format) {
    return serviceIndex(matrix).formats.get(format);
}

;// CONCATENATED MODULE: ./src/matrix/rows.ts
/** The row with this id; throws naming the id and the ids that exist. */
function matrixRow(matrix, row) {
    const found = matrix.rowById.get(row);
    if (found === undefined) {
        throw new Error(`Unknown matrix row "${row}"; expected one of ${[...matrix.rowById.keys()].join(', ')}`);
    }
    return found;
}
/** The owner the checklist gives the row. */
function ownerOf(matrix, row) {
    return matrixRow(matrix, row).owner;
}
/** The row's checklist wording. */
function rows_rowTitle(matrix, row) {
    return matrixRow(matrix, row).title;
}
/** The row's short name for sentences (`database patching`). */
function rowLabel(matrix, row) {
    return matrixRow(matrix, row).label;
}
/** For a row AWS owns or shares, what is still the customer's; undefined for customer rows. */
function customerPart(matrix, row) {
    return matrixRow(matrix, row).customerPart;
}
/** Row ids with their owners, in the order given, each once. */
function rowRefs(matrix, rows) {
    return [...new Set(rows)].map(row => ({ row, owner: ownerOf(matrix, row) }));
}

;// CONCATENATED MODULE: ./src/matrix/classify-change.ts




/** Per format, the attributes that hold tags. */
const TAG_ATTRIBUTES = {
    terraform: ['tags', 'tags_all'],
    cloudformation: ['Tags'],
    serverless: ['tags']
};
const NO_ATTRIBUTES = new Map();
/**
 * Which service, category and matrix rows a change touches. Every AWS type
 * and every workload type gets a stated answer: from the catalogue, else from
 * its service's type prefix (or, for a workload format, the service that
 * claims the format: a custom Kubernetes kind), else `unknown` with the
 * service-configuration row; types that are not AWS resources (`random_id`,
 * `data.*`, a remote `module`) get `other` and no rows.
 */
function classifyChange(matrix, change) {
    if (!isCatalogued(change.format, change.type))
        return { service: 'other', category: 'unknown', rows: [], basis: 'not-aws' };
    const known = findType(matrix, change.format, change.type);
    if (known) {
        const rows = touchedRows(change, known.rows, known.attributes);
        return {
            service: known.service,
            category: known.category,
            rows: rowRefs(matrix, rows),
            basis: 'catalogue'
        };
    }
    const byPrefix = serviceByPrefix(matrix, change.format, change.type);
    const service = byPrefix ?? serviceByFormat(matrix, change.format);
    if (service) {
        const rows = touchedRows(change, service.rows, NO_ATTRIBUTES);
        return {
            service: service.id,
            category: service.category,
            rows: rowRefs(matrix, rows),
            basis: byPrefix ? 'service-prefix' : 'service-format'
        };
    }
    const rows = touchedRows(change, [UNKNOWN_TYPE_ROW], NO_ATTRIBUTES);
    return { service: 'unknown', category: 'unknown', rows: rowRefs(matrix, rows), basis: 'unknown-aws-type' };
}
/**
 * Added or removed: all the type's rows. Modified: the rows of each changed
 * attribute (by its first path segment), tags → compliance, and the type's
 * first row once if some attribute has no entry (or none are named).
 */
function touchedRows(change, rows, attributes) {
    if (change.change !== 'modified')
        return [...rows];
    const tags = TAG_ATTRIBUTES[change.format] ?? [];
    const touched = [];
    let unnamed = change.attributes.length === 0;
    for (const path of change.attributes) {
        const name = topLevelName(path);
        const mapped = attributes.get(name) ?? (tags.includes(name) ? [TAGS_ROW] : undefined);
        if (mapped)
            touched.push(...mapped);
        else
            unnamed = true;
    }
    if (unnamed)
        touched.push(rows[0]);
    return touched;
}
/** `ingress[0].cidr_blocks` → `ingress`; `metadata_options.http_tokens` → `metadata_options`. */
function topLevelName(path) {
    return path.split(/[.[]/, 1)[0];
}

;// CONCATENATED MODULE: ./src/matrix/resource-values.ts
/** The unit part of a resource key (`<unit dir>//<address>`). */
function resource_values_unitOf(resource) {
    const at = resource.key.indexOf('//');
    return at < 0 ? '' : resource.key.slice(0, at);
}
/** A top-level attribute, or undefined when it is not written (an explicit `null` counts as not written). */
function attributeOf(resource, name) {
    const value = resource.body.entries.get(name);
    return value === undefined || value.kind === 'null' ? undefined : value;
}
/** A scalar as plain data; lists, maps and unknowns give undefined. */
function scalarOf(value) {
    return value.kind === 'string' || value.kind === 'number' || value.kind === 'bool' ? value.value : undefined;
}
/** A number, also from a numeric string (`"5432"`); undefined otherwise. */
function numberOf(value) {
    if (value?.kind === 'number')
        return value.value;
    if (value?.kind === 'string' && /^\d+$/.test(value.value))
        return Number(value.value);
    return undefined;
}
/** Every known string inside a value (list items, map values), and whether any part is unknown. */
function stringsIn(value) {
    switch (value.kind) {
        case 'string':
            return { strings: [{ text: value.value, span: value.span }], unknown: false };
        case 'unknown':
            return { strings: [], unknown: true };
        case 'list':
            return merge(value.items.map(stringsIn));
        case 'map':
            return merge([...value.entries.values()].map(stringsIn));
        default:
            return { strings: [], unknown: false };
    }
}
/** The resource addresses a value refers to (from its unknown parts), in order, each once. */
function refsIn(value) {
    switch (value.kind) {
        case 'unknown':
            return value.refs ?? [];
        case 'list':
            return [...new Set(value.items.flatMap(refsIn))];
        case 'map':
            return [...new Set([...value.entries.values()].flatMap(refsIn))];
        default:
            return [];
    }
}
/** A reference (`aws_security_group.db` or `aws_security_group.db.id`) points at this address. */
function resource_values_refersTo(ref, address) {
    return ref === address || ref.startsWith(`${address}.`) || ref.startsWith(`${address}[`);
}
function merge(parts) {
    return { strings: parts.flatMap(p => p.strings), unknown: parts.some(p => p.unknown) };
}

;// CONCATENATED MODULE: ./src/matrix/shift-text.ts
/** How an owner reads in a sentence addressed to the customer. */
function ownerWord(owner) {
    return owner === 'aws' ? 'AWS' : owner === 'customer' ? 'you' : 'AWS and you';
}
/** `aws_db_instance.main in db/main.tf line 12` */
function located(resource, line = resource.span.line) {
    return `${resource.address} in ${resource.file} line ${line}`;
}
/** `aws_instance.db (removed from db/main.tf line 3)`, a resource that is only in base. */
function removedFrom(resource) {
    return `${resource.address} (removed from ${resource.file} line ${resource.span.line})`;
}
/** The end of every shift sentence: `so database patching moves from AWS to you.` */
function moves(label, from, to) {
    return `so ${label} moves from ${ownerWord(from)} to ${ownerWord(to)}.`;
}

;// CONCATENATED MODULE: ./src/matrix/value-test.ts

/** The side a known value puts the pattern's rows on; undefined when no case matches. */
function sideOfValue(pattern, value) {
    const plain = typeof value === 'object' ? scalarOf(value) : value;
    if (plain === undefined)
        return undefined;
    return pattern.cases.find(c => passes(c.when, plain))?.side;
}
function passes(test, plain) {
    if ('bool' in test)
        return plain === test.bool || plain === String(test.bool);
    if ('oneOf' in test)
        return typeof plain === 'string' && test.oneOf.includes(plain);
    return typeof plain === 'string';
}

;// CONCATENATED MODULE: ./src/matrix/attribute-shifts.ts





/**
 * Shifts of one attribute pattern: for each resource of a listed type present
 * in base and head, the side its attribute puts the rows on before and after.
 * An unknown value, or an unset one without a known default, claims nothing.
 */
function attributeShifts(matrix, pattern, base, head) {
    const before = new Map(base.map(r => [r.key, r]));
    return head.flatMap(after => {
        const rule = Object.hasOwn(pattern.types, after.type) ? pattern.types[after.type] : undefined;
        const old = before.get(after.key);
        return rule && old?.type === after.type ? shiftsOf(matrix, pattern, rule, old, after) : [];
    });
}
function shiftsOf(matrix, pattern, rule, old, now) {
    const was = attributeOf(old, pattern.attribute);
    const is = attributeOf(now, pattern.attribute);
    const from = sideOf(pattern, rule, was, false);
    const to = sideOf(pattern, rule, is, was !== undefined);
    if (from === undefined || to === undefined || from === to)
        return [];
    const line = is?.span.line ?? now.span.line;
    const what = `${located(now, line)} ${changeText(pattern.attribute, rule, was, is)}`;
    return pattern.rows.map(row => ({
        row,
        from,
        to,
        file: now.file,
        line,
        address: now.address,
        explanation: `${what}: ${pattern.reasons[to]}, ${moves(rowLabel(matrix, row), from, to)}`
    }));
}
/** The side of one state; `removed` is true for a head value whose base value was written. */
function sideOf(pattern, rule, value, removed) {
    if (value !== undefined)
        return value.kind === 'unknown' ? undefined : sideOfValue(pattern, value);
    if (rule.default === undefined || (removed && rule.removalKeepsValue === true))
        return undefined;
    return sideOfValue(pattern, rule.default);
}
function changeText(attribute, rule, was, is) {
    const preset = rule.default === undefined ? '' : `, default ${JSON.stringify(rule.default)}`;
    if (is === undefined) {
        const leaves = rule.default === undefined ? '' : `, which leaves the default ${JSON.stringify(rule.default)}`;
        return `drops ${attribute} = ${describeValue(was)}${leaves}`;
    }
    return `sets ${attribute} = ${describeValue(is)} (was ${was === undefined ? `unset${preset}` : describeValue(was)})`;
}

;// CONCATENATED MODULE: ./src/matrix/evidence.ts
const NO_EVIDENCE = { kind: 'none' };
const UNKNOWN_EVIDENCE = { kind: 'unknown' };
/** The first piece of evidence found; else unknown if any part could not be settled; else none. */
function firstEvidence(results) {
    return (results.find(r => r.kind === 'found') ??
        (results.some(r => r.kind === 'unknown') ? UNKNOWN_EVIDENCE : NO_EVIDENCE));
}

;// CONCATENATED MODULE: ./src/matrix/security-group-ports.ts

/**
 * The ingress port ranges of a security group: its inline `ingress` blocks and
 * the separate rule resources of its unit that point at it. All-traffic rules
 * (protocol -1 or all ports) are left out: they say nothing about a workload.
 */
function ingressRanges(group, snapshot) {
    const parts = [inlineRanges(group), ...separateRules(group, snapshot).map(ruleRange)];
    return { ranges: parts.flatMap(p => p.ranges), unknown: parts.some(p => p.unknown) };
}
function inlineRanges(group) {
    const ingress = attributeOf(group, 'ingress');
    if (ingress === undefined)
        return { ranges: [], unknown: false };
    if (ingress.kind !== 'list')
        return { ranges: [], unknown: ingress.kind === 'unknown' };
    const parts = ingress.items.map(item => item.kind === 'map'
        ? rangeOf(group.file, item, 'protocol')
        : { ranges: [], unknown: item.kind === 'unknown' });
    return { ranges: parts.flatMap(p => p.ranges), unknown: parts.some(p => p.unknown) };
}
/** Rule resources of the group's unit whose `security_group_id` refers to it. */
function separateRules(group, snapshot) {
    const unit = resource_values_unitOf(group);
    return snapshot.filter(r => {
        if (!RULE_TYPES.has(r.type) || resource_values_unitOf(r) !== unit)
            return false;
        const target = attributeOf(r, 'security_group_id');
        return target !== undefined && refsIn(target).some(ref => resource_values_refersTo(ref, group.address));
    });
}
const RULE_TYPES = new Set(['aws_security_group_rule', 'aws_vpc_security_group_ingress_rule']);
function ruleRange(rule) {
    if (rule.type === 'aws_vpc_security_group_ingress_rule')
        return rangeOf(rule.file, rule.body, 'ip_protocol');
    const direction = attributeOf(rule, 'type');
    if (direction?.kind === 'unknown')
        return { ranges: [], unknown: true };
    if (direction === undefined || scalarOf(direction) !== 'ingress')
        return { ranges: [], unknown: false };
    return rangeOf(rule.file, rule.body, 'protocol');
}
function rangeOf(file, block, protocolKey) {
    const protocol = block.entries.get(protocolKey);
    const fromValue = block.entries.get('from_port');
    const toValue = block.entries.get('to_port');
    if ([protocol, fromValue, toValue].some(v => v?.kind === 'unknown'))
        return { ranges: [], unknown: true };
    const from = numberOf(fromValue);
    const to = numberOf(toValue) ?? from;
    if (from === undefined || to === undefined || allTraffic(protocol, from, to))
        return { ranges: [], unknown: false };
    return { ranges: [{ from, to, file, line: fromValue.span.line }], unknown: false };
}
function allTraffic(protocol, from, to) {
    const name = protocol === undefined ? undefined : String(scalarOf(protocol) ?? '').toLowerCase();
    return name === '-1' || name === 'all' || (from <= 0 && to >= 65535);
}

;// CONCATENATED MODULE: ./src/matrix/self-managed-evidence.ts



/**
 * Whether a resource runs the pattern's workload itself: its attributes
 * mention it, or a security group of its unit opens one of its ports.
 * `snapshot` is the side (base or head) the resource was read from.
 */
function selfManagedEvidence(pattern, resource, snapshot) {
    const { mentions, openPorts } = pattern.selfManaged;
    return firstEvidence([
        mentions ? mentionEvidence(mentions, resource) : NO_EVIDENCE,
        openPorts ? portEvidence(openPorts, resource, snapshot) : NO_EVIDENCE
    ]);
}
function mentionEvidence(spec, resource) {
    let unknown = false;
    for (const attribute of spec.attributes) {
        const value = attributeOf(resource, attribute);
        if (value === undefined)
            continue;
        const found = stringsIn(value);
        unknown ||= found.unknown;
        for (const { text, span } of found.strings) {
            const match = spec.pattern.exec(text);
            if (match)
                return { kind: 'found', detail: `"${match[0]}" in its ${attribute} (line ${span.line})` };
        }
    }
    return unknown ? UNKNOWN_EVIDENCE : NO_EVIDENCE;
}
function portEvidence(spec, resource, snapshot) {
    const groups = securityGroupsOf(spec, resource, snapshot);
    let unknown = groups.unknown;
    for (const group of groups.found) {
        const ingress = ingressRanges(group, snapshot);
        unknown ||= ingress.unknown;
        for (const range of ingress.ranges) {
            const port = spec.ports.find(p => range.from <= p && p <= range.to);
            if (port !== undefined) {
                return {
                    kind: 'found',
                    detail: `port ${port} open in its security group ${group.address} (${range.file} line ${range.line})`
                };
            }
        }
    }
    return unknown ? UNKNOWN_EVIDENCE : NO_EVIDENCE;
}
/** Security groups of the same unit that the resource's attributes refer to. */
function securityGroupsOf(spec, resource, snapshot) {
    const unit = resource_values_unitOf(resource);
    const groups = snapshot.filter(r => r.type === 'aws_security_group' && resource_values_unitOf(r) === unit);
    const refs = spec.attributes.flatMap(a => {
        const value = attributeOf(resource, a);
        return value === undefined ? [] : refsIn(value);
    });
    const found = groups.filter(g => refs.some(ref => resource_values_refersTo(ref, g.address)));
    const unresolved = refs.some(ref => !groups.some(g => resource_values_refersTo(ref, g.address)));
    return { found, unknown: unresolved };
}

;// CONCATENATED MODULE: ./src/matrix/replacement-shifts.ts




/**
 * Shifts of one replacement pattern, per unit: a self-managed resource
 * removed and a managed one added moves the rows to AWS; a managed one
 * removed and a self-managed one added moves them to the customer. The
 * self-managed side needs evidence; without it (or on unknown values) nothing
 * is claimed. Each shift sits on the added resource, in head.
 */
function replacementShifts(matrix, pattern, base, head) {
    const baseKeys = new Set(base.map(r => r.key));
    const headKeys = new Set(head.map(r => r.key));
    const removed = base.filter(r => !headKeys.has(r.key));
    const added = head.filter(r => !baseKeys.has(r.key));
    const units = [...new Set([...removed, ...added].map(resource_values_unitOf))].sort();
    return units.flatMap(unit => {
        const gone = removed.filter(r => resource_values_unitOf(r) === unit);
        const come = added.filter(r => resource_values_unitOf(r) === unit);
        return [
            ...toManaged(matrix, pattern, { gone, come, base }),
            ...toSelfManaged(matrix, pattern, { gone, come, head })
        ];
    });
}
function toManaged(matrix, pattern, changes) {
    const selfManaged = withEvidence(pattern, changes.gone, changes.base);
    const managed = changes.come.find(r => pattern.managed.types.includes(r.type));
    if (selfManaged === undefined || managed === undefined)
        return [];
    const what = `${located(managed)} replaces ${removedFrom(selfManaged.resource)}, with ${selfManaged.detail}`;
    return shifts(matrix, pattern, managed, what, 'customer', 'aws');
}
function toSelfManaged(matrix, pattern, changes) {
    const managed = changes.gone.find(r => pattern.managed.types.includes(r.type));
    const selfManaged = managed && withEvidence(pattern, changes.come, changes.head);
    if (managed === undefined || selfManaged === undefined)
        return [];
    const what = `${located(selfManaged.resource)}, with ${selfManaged.detail}, replaces ${removedFrom(managed)} with ${pattern.workload} you run`;
    return shifts(matrix, pattern, selfManaged.resource, what, 'aws', 'customer');
}
/** The first resource of the pattern's self-managed types with evidence of the workload. */
function withEvidence(pattern, candidates, snapshot) {
    for (const resource of candidates.filter(r => pattern.selfManaged.types.includes(r.type))) {
        const evidence = selfManagedEvidence(pattern, resource, snapshot);
        if (evidence.kind === 'found')
            return { resource, detail: evidence.detail };
    }
    return undefined;
}
function shifts(matrix, pattern, at, what, from, to) {
    return pattern.rows.map(row => ({
        row,
        from,
        to,
        file: at.file,
        line: at.span.line,
        address: at.address,
        explanation: `${what}: ${pattern.reasons[to]}, ${moves(rowLabel(matrix, row), from, to)}`
    }));
}

;// CONCATENATED MODULE: ./src/matrix/shift-patterns.ts
/**
 * Responsibility shifts as data. Each entry is one pattern of one kind; adding
 * a pattern of an existing kind is one more entry here, no new code path.
 *
 * - `attribute`: one attribute of a resource present in base and head decides
 *   who does the work for some rows (e.g. auto_minor_version_upgrade).
 * - `replacement`: in one unit, a self-managed resource (recognised by
 *   evidence) is removed and a managed one added, or the reverse.
 */
/**
 * Runtimes AWS has deprecated and no longer patches (`provided` is the Amazon
 * Linux 1 one), per the deprecation dates of the Lambda runtimes page:
 * python3.9 (2025-12-15), nodejs18.x (2025-09-01), ruby3.2 (2026-03-31) and
 * nodejs20.x (2026-04-30) are the latest. The control
 * lambda-function-runtime-deprecated lists the same runtimes (a test keeps them equal).
 */
const DEPRECATED_LAMBDA_RUNTIMES = [
    'python2.7',
    'python3.6',
    'python3.7',
    'python3.8',
    'python3.9',
    'nodejs',
    'nodejs4.3',
    'nodejs4.3-edge',
    'nodejs6.10',
    'nodejs8.10',
    'nodejs10.x',
    'nodejs12.x',
    'nodejs14.x',
    'nodejs16.x',
    'nodejs18.x',
    'nodejs20.x',
    'java8',
    'go1.x',
    'dotnetcore1.0',
    'dotnetcore2.0',
    'dotnetcore2.1',
    'dotnetcore3.1',
    'dotnet5.0',
    'dotnet6',
    'dotnet7',
    'ruby2.5',
    'ruby2.7',
    'ruby3.2',
    'provided'
];
const SHIFT_PATTERNS = [
    {
        kind: 'attribute',
        id: 'auto-minor-version-upgrade',
        attribute: 'auto_minor_version_upgrade',
        // Defaults as the Terraform AWS provider applies them.
        types: {
            aws_db_instance: { default: true },
            aws_rds_cluster_instance: { default: true },
            aws_elasticache_replication_group: { default: true, removalKeepsValue: true },
            aws_mq_broker: { default: false },
            aws_dms_replication_instance: { default: false, removalKeepsValue: true }
        },
        rows: ['database-patching'],
        cases: [
            { when: { bool: false }, side: 'customer' },
            { when: { bool: true }, side: 'aws' }
        ],
        reasons: {
            customer: 'AWS no longer applies minor engine versions automatically',
            aws: 'AWS applies minor engine versions automatically again'
        }
    },
    {
        kind: 'attribute',
        id: 'deprecated-lambda-runtime',
        attribute: 'runtime',
        types: { aws_lambda_function: {} },
        rows: ['guest-os-patching'],
        cases: [
            { when: { oneOf: DEPRECATED_LAMBDA_RUNTIMES }, side: 'customer' },
            { when: { anyString: true }, side: 'aws' }
        ],
        reasons: {
            customer: 'AWS no longer patches a deprecated runtime',
            aws: 'AWS patches a supported runtime'
        }
    },
    {
        kind: 'replacement',
        id: 'database-on-ec2-to-rds',
        workload: 'a database',
        selfManaged: {
            types: ['aws_instance'],
            mentions: { attributes: ['user_data', 'ami', 'tags'], pattern: /postgres|mysql|mariadb|mongod/i },
            openPorts: { attributes: ['vpc_security_group_ids'], ports: [5432, 3306, 1433, 1521, 27017] }
        },
        managed: { types: ['aws_db_instance', 'aws_rds_cluster'] },
        rows: ['database-patching', 'guest-os-patching'],
        reasons: {
            aws: 'AWS patches the managed engine and the operating system under it',
            customer: 'the engine and the instance operating system are yours to patch'
        }
    }
];

;// CONCATENATED MODULE: ./src/matrix/detect-shifts.ts



/**
 * Responsibility shifts between base and head, resources matched by key, in
 * the order of {@link SHIFT_PATTERNS} and then by file and line.
 */
function detectShifts(matrix, base, head, patterns = SHIFT_PATTERNS) {
    return patterns.flatMap(pattern => byLocation(detect_shifts_shiftsOf(matrix, pattern, base, head)));
}
function detect_shifts_shiftsOf(matrix, pattern, base, head) {
    switch (pattern.kind) {
        case 'attribute':
            return attributeShifts(matrix, pattern, base, head);
        case 'replacement':
            return replacementShifts(matrix, pattern, base, head);
    }
}
function byLocation(shifts) {
    return shifts.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

;// CONCATENATED MODULE: ./src/matrix/index.ts










;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/package-root.ts



/**
 * The folder Demarc is installed in (the action's checkout or the npm
 * package): the nearest ancestor of this module holding `rules/matrix.yml`.
 * Works the same from `src/` under tests and from the bundles in `dist/`.
 */
function packageRoot(from = (0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url)) {
    let dir = (0,external_node_path_namespaceObject.dirname)(from);
    for (;;) {
        if ((0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(dir, 'rules', 'matrix.yml')))
            return dir;
        const parent = (0,external_node_path_namespaceObject.dirname)(dir);
        if (parent === dir)
            throw new Error(`Demarc's rules/ folder was not found above ${from}`);
        dir = parent;
    }
}

;// CONCATENATED MODULE: ./src/config/load-bundled-config.ts





/**
 * Demarc's own matrix, services catalogue and controls from `rules/`,
 * validated and compiled once per run.
 */
function loadBundledConfig(root = packageRoot()) {
    const read = (file) => ({ file, text: (0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.join)(root, file), 'utf8') });
    const matrix = loadMatrix({ matrix: read('rules/matrix.yml'), services: read('rules/services.yml') });
    const rules = compileRules(readRuleFiles((0,external_node_path_namespaceObject.join)(root, 'rules', 'controls'), root), {
        knownRows: matrix.rows.map(r => r.id)
    });
    return { rules, matrix };
}

;// CONCATENATED MODULE: ./src/formats/terraform-plan/plan-value.ts
/** What an unknown value of a plan says instead of a value. */
const KNOWN_AFTER_APPLY = '(known after apply)';
const SENSITIVE = '(sensitive)';
/**
 * A plan value as the model holds it: a sensitive value (its mask `true`)
 * becomes an unknown that never shows it; a value known only after apply
 * becomes an unknown; an attribute set to null is left out, as an unset
 * attribute is in source, so that rules read plan and source alike.
 * Spans stay those of the plan file. Undefined when nothing is left.
 */
function planValue(value, unknown, sensitive, span) {
    const at = value?.span ?? unknown?.span ?? span;
    if (isTrue(sensitive))
        return { kind: 'unknown', expr: SENSITIVE, span: at };
    if (isTrue(unknown))
        return { kind: 'unknown', expr: KNOWN_AFTER_APPLY, span: at };
    if (value === undefined || value.kind === 'null')
        return undefined;
    if (value.kind === 'map')
        return plan_value_mapValue(value, unknown, sensitive);
    if (value.kind === 'list') {
        const items = value.items.map((item, i) => planValue(item, itemOf(unknown, i), itemOf(sensitive, i), item.span) ?? nullAt(item.span));
        return { kind: 'list', items, span: value.span };
    }
    return value;
}
function plan_value_mapValue(value, unknown, sensitive) {
    const entries = new Map();
    const keySpans = new Map();
    const keys = new Set(value.entries.keys());
    if (unknown?.kind === 'map')
        for (const key of unknown.entries.keys())
            keys.add(key);
    for (const key of keys) {
        const item = planValue(value.entries.get(key), entryOf(unknown, key), entryOf(sensitive, key), value.span);
        if (item === undefined)
            continue;
        entries.set(key, item);
        keySpans.set(key, value.keySpans?.get(key) ?? item.span);
    }
    return { kind: 'map', entries, keySpans, span: value.span };
}
function isTrue(mask) {
    return mask?.kind === 'bool' && mask.value;
}
function entryOf(mask, key) {
    return mask?.kind === 'map' ? mask.entries.get(key) : undefined;
}
function itemOf(mask, i) {
    return mask?.kind === 'list' ? mask.items[i] : undefined;
}
function nullAt(span) {
    return { kind: 'null', span };
}

;// CONCATENATED MODULE: ./src/formats/terraform-plan/locate-value.ts

/**
 * A plan value placed on its source: each part takes the span of the same
 * part in the source resource's body (the attribute as written), and a
 * part the source does not write (a computed attribute, a provider
 * default) takes the span of the closest part it does, at worst the
 * block's body. A value known only after apply takes the source's
 * expression and refs, so cross-resource links can still be followed; a
 * sensitive one keeps only the refs.
 */
function locateValue(plan, source, fallback) {
    const span = source?.span ?? fallback;
    switch (plan.kind) {
        case 'map': {
            const entries = new Map();
            const keySpans = new Map();
            const inner = source?.kind === 'map' ? source : undefined;
            for (const [key, item] of plan.entries) {
                entries.set(key, locateValue(item, inner?.entries.get(key), span));
                keySpans.set(key, inner?.keySpans?.get(key) ?? span);
            }
            return { kind: 'map', entries, keySpans, span };
        }
        case 'list': {
            const inner = source?.kind === 'list' ? source.items : [];
            return { kind: 'list', items: plan.items.map((item, i) => locateValue(item, inner[i], span)), span };
        }
        case 'unknown':
            return locateUnknown(plan, source, span);
        default:
            return { ...plan, span };
    }
}
function locateUnknown(plan, source, span) {
    if (source?.kind !== 'unknown')
        return { ...plan, span };
    const refs = source.refs === undefined ? {} : { refs: source.refs };
    const expr = plan.expr === SENSITIVE ? SENSITIVE : source.expr;
    return { kind: 'unknown', expr, ...refs, span };
}

;// CONCATENATED MODULE: ./src/formats/terraform-plan/plan-resources.ts


/**
 * The key under which a replaced resource's head body says so: derived, so
 * never listed as a changed attribute, but it makes base and head differ,
 * so a replacement is a change even when no value Terraform shows differs.
 */
const REPLACED = '__replaced';
/** `module.a["x"].aws_s3_bucket.b[0]` → `module.a.aws_s3_bucket.b`, the address as source declares it. */
function sourceAddress(address) {
    return address.replace(/\[(?:"(?:[^"\\]|\\.)*"|[^\]]*)\]/g, '');
}
/**
 * The resources one side of the plan holds: `before` values for the base,
 * `after` values for the head. A data source is read, not changed: its
 * `after` (else `before`) stands on both sides. Each resource is placed on
 * its source resource when `located` holds its address (file, block span,
 * attribute spans), else on its entry in the plan file.
 */
function planResources(plan, side, unit, located) {
    const resources = [];
    for (const entry of plan.entries) {
        const body = sideBody(entry, side);
        if (body === undefined)
            continue;
        const type = entry.mode === 'data' ? `data.${entry.type}` : entry.type;
        const source = located.get(sourceAddress(entry.address));
        const resource = {
            file: source?.file ?? plan.file,
            format: 'terraform',
            type,
            address: entry.address,
            key: `${unit}//${entry.address}`,
            span: source?.span ?? entry.span,
            body: source === undefined ? body : locateValue(body, source.body, source.span)
        };
        if (side === 'after' && isReplace(entry.actions))
            markReplaced(resource);
        resources.push(resource);
    }
    return resources;
}
function sideBody(entry, side) {
    const after = entry.after === undefined ? undefined : { value: entry.after, sensitive: entry.afterSensitive };
    const before = entry.before === undefined ? undefined : { value: entry.before, sensitive: entry.beforeSensitive };
    const chosen = entry.mode === 'data' ? (after ?? before) : side === 'after' ? after : before;
    if (chosen === undefined)
        return undefined;
    const unknown = chosen === after ? entry.afterUnknown : undefined;
    const value = planValue(chosen.value, unknown, chosen.sensitive, entry.span);
    return value?.kind === 'map' ? value : emptyMap(value ?? chosen.value);
}
function emptyMap(at) {
    return { kind: 'map', entries: new Map(), keySpans: new Map(), span: at.span };
}
function isReplace(actions) {
    return actions.includes('delete') && actions.includes('create');
}
function markReplaced(resource) {
    const { body } = resource;
    body.entries.set(REPLACED, { kind: 'bool', value: true, span: resource.span });
    body.keySpans?.set(REPLACED, resource.span);
    resource.derived = [REPLACED];
}

;// CONCATENATED MODULE: ./src/formats/terraform-plan/apply-plan.ts

/**
 * One side's resources with the plan in place: in the plan's directory
 * (`root`), the resources the plan covers come from the plan instead of
 * the source (every managed resource, its modules' included, and each data
 * source the plan reads), placed on their source where it declares them;
 * data sources the plan does not list and `module` resources (the inputs
 * of modules that are not followed) stay as evaluated from source. Other
 * directories are untouched. Without a root, the plan's resources stand
 * alone, in a unit of their own named by the plan file.
 */
function applyPlan(resources, plan, side, root) {
    if (root === undefined)
        return [...resources, ...planResources(plan, side, plan.file, new Map())];
    const planned = new Set(plan.entries.map(entry => sourceAddress(entry.address)));
    const located = new Map();
    const kept = [];
    for (const resource of resources) {
        if (!resource.key.startsWith(`${root}//`))
            kept.push(resource);
        else if (resource.type === 'module')
            kept.push(resource);
        else {
            located.set(resource.address, resource);
            if (resource.type.startsWith('data.') && !planned.has(resource.address))
                kept.push(resource);
        }
    }
    return [...kept, ...planResources(plan, side, root, located)];
}

;// CONCATENATED MODULE: ./src/formats/text/line-index.ts
function line_index_lineIndex(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    let cursor = 0;
    const lineOf = (offset) => {
        const at = starts[cursor];
        if (offset >= at && (cursor + 1 >= starts.length || offset < starts[cursor + 1]))
            return cursor;
        if (offset >= at && cursor + 2 < starts.length && offset < starts[cursor + 2])
            return ++cursor;
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        cursor = lo;
        return lo;
    };
    return {
        line: offset => lineOf(offset) + 1,
        span(start, end) {
            const last = Math.max(start, end - 1);
            const startLine = lineOf(start);
            const column = start - starts[startLine] + 1;
            const endLine = lineOf(last);
            return {
                line: startLine + 1,
                column,
                endLine: endLine + 1,
                endColumn: last - starts[endLine] + 1
            };
        }
    };
}

;// CONCATENATED MODULE: ./src/formats/json/parse-json.ts

/** A JSON file that cannot be read, with the 1-based line of the problem. */
class JsonError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
        this.name = 'JsonError';
    }
}
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/**
 * Parses JSON (RFC 8259; a leading byte-order mark is allowed) into values
 * that keep their spans, which `JSON.parse` cannot give. A single pass over
 * char codes, recursive only per nesting level, which is bounded. Duplicate
 * keys are an error: a reviewer reads the first, most consumers use the last.
 */
function parseJson(text, options = {}) {
    return new JsonReader(text, options.maxDepth ?? 100).document();
}
class JsonReader {
    text;
    maxDepth;
    i = 0;
    lines;
    constructor(text, maxDepth) {
        this.text = text;
        this.maxDepth = maxDepth;
        this.lines = line_index_lineIndex(text);
        if (text.charCodeAt(0) === 0xfeff)
            this.i = 1;
    }
    document() {
        this.space();
        if (this.i >= this.text.length)
            throw this.fail('expected a JSON value, found an empty file');
        const value = this.value(0);
        this.space();
        if (this.i < this.text.length)
            throw this.fail(`unexpected ${this.describe()} after the JSON value`);
        return value;
    }
    value(depth) {
        const c = this.text.charCodeAt(this.i);
        if (c === 0x7b)
            return this.object(depth + 1);
        if (c === 0x5b)
            return this.array(depth + 1);
        const start = this.i;
        if (c === QUOTE) {
            const value = this.string();
            return { kind: 'string', value, span: this.span(start) };
        }
        if (c === 0x2d || (c >= 0x30 && c <= 0x39))
            return this.number(start);
        for (const [word, value] of LITERALS) {
            if (this.text.startsWith(word, this.i)) {
                this.i += word.length;
                const span = this.span(start);
                return value === null ? { kind: 'null', span } : { kind: 'bool', value, span };
            }
        }
        throw this.fail(`expected a JSON value, found ${this.describe()}`);
    }
    object(depth) {
        this.checkDepth(depth);
        const start = this.i++;
        const entries = new Map();
        const keySpans = new Map();
        this.space();
        if (this.text.charCodeAt(this.i) === 0x7d) {
            this.i++;
            return { kind: 'map', entries, keySpans, span: this.span(start) };
        }
        for (;;) {
            this.space();
            if (this.text.charCodeAt(this.i) !== QUOTE)
                throw this.fail(`expected a key in quotes, found ${this.describe()}`);
            const keyStart = this.i;
            const key = this.string();
            const keySpan = this.span(keyStart);
            const first = keySpans.get(key);
            if (first !== undefined)
                throw new JsonError(`duplicate key '${key}' (first at line ${first.line})`, keySpan.line);
            this.space();
            this.expect(0x3a, "':' after the key");
            this.space();
            entries.set(key, this.value(depth));
            keySpans.set(key, keySpan);
            this.space();
            const c = this.text.charCodeAt(this.i++);
            if (c === 0x7d)
                return { kind: 'map', entries, keySpans, span: this.span(start) };
            if (c !== 0x2c) {
                this.i--;
                throw this.fail(`expected ',' or '}' in the object, found ${this.describe()}`);
            }
        }
    }
    array(depth) {
        this.checkDepth(depth);
        const start = this.i++;
        const items = [];
        this.space();
        if (this.text.charCodeAt(this.i) === 0x5d) {
            this.i++;
            return { kind: 'list', items, span: this.span(start) };
        }
        for (;;) {
            this.space();
            items.push(this.value(depth));
            this.space();
            const c = this.text.charCodeAt(this.i++);
            if (c === 0x5d)
                return { kind: 'list', items, span: this.span(start) };
            if (c !== 0x2c) {
                this.i--;
                throw this.fail(`expected ',' or ']' in the array, found ${this.describe()}`);
            }
        }
    }
    string() {
        const text = this.text;
        let i = ++this.i;
        let out = '';
        let from = i;
        for (;;) {
            const c = text.charCodeAt(i);
            if (c === QUOTE)
                break;
            if (Number.isNaN(c)) {
                this.i = i;
                throw this.fail('unterminated string');
            }
            if (c < 0x20) {
                this.i = i;
                throw this.fail('control character in a string (escape it)');
            }
            if (c === BACKSLASH) {
                out += text.slice(from, i);
                i = this.escape(i, (s) => (out += s));
                from = i;
                continue;
            }
            i++;
        }
        out += text.slice(from, i);
        this.i = i + 1;
        return out;
    }
    escape(at, append) {
        const c = this.text[at + 1];
        const simple = c === undefined ? undefined : ESCAPES[c];
        if (simple !== undefined) {
            append(simple);
            return at + 2;
        }
        if (c === 'u') {
            const hex = this.text.slice(at + 2, at + 6);
            if (/^[0-9a-fA-F]{4}$/.test(hex)) {
                append(String.fromCharCode(parseInt(hex, 16)));
                return at + 6;
            }
        }
        this.i = at;
        throw this.fail('invalid escape in a string');
    }
    number(start) {
        parse_json_NUMBER.lastIndex = start;
        const match = parse_json_NUMBER.exec(this.text);
        if (match === null)
            throw this.fail(`invalid number ${this.describe()}`);
        this.i = parse_json_NUMBER.lastIndex;
        return { kind: 'number', value: Number(match[0]), span: this.span(start) };
    }
    space() {
        const text = this.text;
        let i = this.i;
        for (;;) {
            const c = text.charCodeAt(i);
            if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)
                i++;
            else
                break;
        }
        this.i = i;
    }
    expect(code, what) {
        if (this.text.charCodeAt(this.i) !== code)
            throw this.fail(`expected ${what}, found ${this.describe()}`);
        this.i++;
    }
    checkDepth(depth) {
        if (depth > this.maxDepth)
            throw this.fail(`nesting deeper than ${this.maxDepth} levels`);
    }
    span(start) {
        return this.lines.span(start, this.i);
    }
    describe() {
        if (this.i >= this.text.length)
            return 'the end of the file';
        return JSON.stringify(this.text.slice(this.i, this.i + 12));
    }
    fail(message) {
        return new JsonError(message, this.lines.line(Math.min(this.i, this.text.length)));
    }
}
const LITERALS = [
    ['true', true],
    ['false', false],
    ['null', null]
];
const ESCAPES = {
    '"': '"',
    '\\': '\\',
    '/': '/',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t'
};
const parse_json_NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?/y;

;// CONCATENATED MODULE: ./src/formats/json/index.ts


;// CONCATENATED MODULE: ./src/formats/terraform-plan/plan-error.ts
/**
 * A plan file that cannot be used: not JSON, or not a Terraform plan. A plan
 * is an explicit input, so this is a usage error, never a finding or a
 * per-file error; the message names the file, what was expected and what
 * was found.
 */
class PlanError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PlanError';
    }
}

;// CONCATENATED MODULE: ./src/formats/terraform-plan/parse-plan.ts


const EXPECTED = "Terraform plan JSON (the output of 'terraform show -json <planfile>')";
/** Plans nest values deeply (resource attributes inside modules inside the document). */
const parse_plan_MAX_DEPTH = 512;
/**
 * Reads the JSON form of a plan. Throws {@link PlanError} for anything that
 * is not one: invalid JSON, another JSON document (a state file has no
 * `resource_changes` or `planned_values`), or a `resource_changes` entry
 * without its address, type, mode or actions. Entries for deposed objects
 * (`deposed`) are left out: they are the remains of an earlier replacement.
 */
function parsePlan(file, text, dir) {
    const root = readJson(file, text);
    if (root.kind !== 'map')
        fail(file, describeKind(root));
    if (root.entries.get('format_version')?.kind !== 'string')
        fail(file, "an object without 'format_version'");
    const changes = root.entries.get('resource_changes');
    if (changes === undefined && !root.entries.has('planned_values'))
        fail(file, "an object without 'resource_changes' or 'planned_values' (a state file, not a plan?)");
    if (changes !== undefined && changes.kind !== 'list')
        fail(file, `'resource_changes' as ${describeKind(changes)} at line ${changes.span.line}, not a list`);
    const entries = [];
    for (const [i, item] of (changes?.kind === 'list' ? changes.items : []).entries()) {
        const entry = readEntry(file, i, item);
        if (entry !== undefined)
            entries.push(entry);
    }
    return dir === undefined ? { file, entries } : { file, dir, entries };
}
function readJson(file, text) {
    try {
        return parseJson(text, { maxDepth: parse_plan_MAX_DEPTH });
    }
    catch (error) {
        if (error instanceof JsonError)
            fail(file, `invalid JSON at line ${error.line}: ${error.message}`);
        throw error;
    }
}
function readEntry(file, index, item) {
    const where = `resource_changes[${index}] at line ${item.span.line}`;
    if (item.kind !== 'map')
        fail(file, `${where}: ${describeKind(item)}, not an object`);
    if (item.entries.has('deposed'))
        return undefined;
    const address = parse_plan_text(item, 'address');
    const type = parse_plan_text(item, 'type');
    const mode = parse_plan_text(item, 'mode');
    const change = item.entries.get('change');
    const actions = change?.kind === 'map' ? change.entries.get('actions') : undefined;
    if (address === undefined || type === undefined || (mode !== 'managed' && mode !== 'data'))
        fail(file, `${where}: an entry without a string 'address' and 'type' and a 'mode' of managed or data`);
    if (change?.kind !== 'map' || actions?.kind !== 'list' || !actions.items.every(a => a.kind === 'string'))
        fail(file, `${where} (${address}): an entry without 'change.actions' as a list of strings`);
    const entry = {
        address,
        type,
        mode,
        actions: actions.items.map(a => a.value),
        span: item.span
    };
    const fields = [
        ['before', 'before'],
        ['after', 'after'],
        ['afterUnknown', 'after_unknown'],
        ['beforeSensitive', 'before_sensitive'],
        ['afterSensitive', 'after_sensitive']
    ];
    for (const [key, name] of fields) {
        const value = change.entries.get(name);
        if (value !== undefined && value.kind !== 'null')
            entry[key] = value;
    }
    return entry;
}
function parse_plan_text(map, key) {
    const value = map.entries.get(key);
    return value?.kind === 'string' ? value.value : undefined;
}
const KINDS = {
    map: 'an object',
    list: 'an array',
    string: 'a string',
    number: 'a number',
    bool: 'a boolean',
    null: 'null',
    unknown: 'an unknown value'
};
function describeKind(value) {
    return KINDS[value.kind];
}
function fail(file, found) {
    throw new PlanError(`${file}: expected ${EXPECTED}, found ${found}`);
}

;// CONCATENATED MODULE: ./src/formats/terraform/parse/ast.ts
/** Whether an expression is already a value (a literal, or a list or map of literals). */
function isValue(expr) {
    switch (expr.kind) {
        case 'string':
        case 'number':
        case 'bool':
        case 'null':
        case 'list':
        case 'map':
        case 'unknown':
            return true;
        default:
            return false;
    }
}

;// CONCATENATED MODULE: ./src/formats/terraform/parse/syntax-error.ts
/** A syntax error in one HCL file, with the 1-based line where it was found. */
class HclSyntaxError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.name = 'HclSyntaxError';
        this.line = line;
    }
}

;// CONCATENATED MODULE: ./src/formats/terraform/parse/tokens.ts
/**
 * Token kinds of the HCL native syntax, as small integers for a fast
 * `switch`. Typed as plain numbers on purpose: the current token changes
 * behind the type checker's back on every `advance`.
 */
const Tok = {
    EOF: 0,
    NEWLINE: 1,
    IDENT: 2,
    NUMBER: 3,
    OQUOTE: 4,
    HEREDOC: 5,
    LBRACE: 6,
    RBRACE: 7,
    LBRACK: 8,
    RBRACK: 9,
    LPAREN: 10,
    RPAREN: 11,
    COMMA: 12,
    DOT: 13,
    ELLIPSIS: 14,
    EQUAL: 15,
    COLON: 16,
    DCOLON: 17,
    QUESTION: 18,
    ARROW: 19,
    TILDE: 20,
    BANG: 21,
    OR: 22,
    AND: 23,
    EQEQ: 24,
    NEQ: 25,
    LT: 26,
    GT: 27,
    LE: 28,
    GE: 29,
    PLUS: 30,
    MINUS: 31,
    STAR: 32,
    SLASH: 33,
    PERCENT: 34
};
const SYMBOLS = {
    [Tok.LBRACE]: '{',
    [Tok.RBRACE]: '}',
    [Tok.LBRACK]: '[',
    [Tok.RBRACK]: ']',
    [Tok.LPAREN]: '(',
    [Tok.RPAREN]: ')',
    [Tok.COMMA]: ',',
    [Tok.DOT]: '.',
    [Tok.ELLIPSIS]: '...',
    [Tok.EQUAL]: '=',
    [Tok.COLON]: ':',
    [Tok.DCOLON]: '::',
    [Tok.QUESTION]: '?',
    [Tok.ARROW]: '=>',
    [Tok.TILDE]: '~',
    [Tok.BANG]: '!',
    [Tok.OR]: '||',
    [Tok.AND]: '&&',
    [Tok.EQEQ]: '==',
    [Tok.NEQ]: '!=',
    [Tok.LT]: '<',
    [Tok.GT]: '>',
    [Tok.LE]: '<=',
    [Tok.GE]: '>=',
    [Tok.PLUS]: '+',
    [Tok.MINUS]: '-',
    [Tok.STAR]: '*',
    [Tok.SLASH]: '/',
    [Tok.PERCENT]: '%'
};
/** The source spelling of a punctuation token, for messages. */
function symbolOf(kind) {
    return SYMBOLS[kind] ?? '?';
}
/** Binding power of each binary operator token (0: not a binary operator). */
const PRECEDENCE = (() => {
    const table = new Uint8Array(64);
    table[Tok.OR] = 1;
    table[Tok.AND] = 2;
    table[Tok.EQEQ] = 3;
    table[Tok.NEQ] = 3;
    for (const k of [Tok.LT, Tok.GT, Tok.LE, Tok.GE])
        table[k] = 4;
    table[Tok.PLUS] = 5;
    table[Tok.MINUS] = 5;
    for (const k of [Tok.STAR, Tok.SLASH, Tok.PERCENT])
        table[k] = 6;
    return table;
})();

;// CONCATENATED MODULE: ./src/formats/terraform/parse/describe.ts

/** A character for messages: `'@'`, `U+0000`, `end of line`, `end of file`. */
function describeChar(text, pos) {
    if (pos >= text.length)
        return 'end of file';
    const c = text.charCodeAt(pos);
    if (c === 10 || c === 13)
        return 'end of line';
    if (c < 32 || c === 127)
        return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
    return `'${String.fromCodePoint(text.codePointAt(pos) ?? c)}'`;
}
/** The current token for messages: `'foo'`, `'{'`, `a number`, `end of line`, … */
function describeToken(s) {
    switch (s.tok) {
        case Tok.EOF:
            return 'end of file';
        case Tok.NEWLINE:
            return 'end of line';
        case Tok.IDENT:
            return `'${s.text.slice(s.tokStart, s.tokEnd)}'`;
        case Tok.NUMBER:
            return `the number ${s.text.slice(s.tokStart, s.tokEnd)}`;
        case Tok.OQUOTE:
            return 'a string';
        case Tok.HEREDOC:
            return 'a heredoc';
        default:
            return `'${symbolOf(s.tok)}'`;
    }
}

;// CONCATENATED MODULE: ./src/formats/terraform/parse/scan-token.ts



/** ASCII identifier characters: 1 may continue an identifier, 3 may also start one. */
const IDENT = (() => {
    const table = new Uint8Array(128);
    for (let c = 48; c <= 57; c++)
        table[c] = 1;
    table[45] = 1;
    for (let c = 65; c <= 90; c++)
        table[c] = 3;
    for (let c = 97; c <= 122; c++)
        table[c] = 3;
    table[95] = 3;
    return table;
})();
const ID_START = /\p{ID_Start}/u;
const ID_CONTINUE = /\p{ID_Continue}/u;
/** Whether a char code may continue an identifier: ASCII by table, other letters and marks as Unicode defines them. */
function isIdentCode(c) {
    return c < 128 ? IDENT[c] !== 0 : ID_CONTINUE.test(String.fromCharCode(c));
}
function isIdentStart(c) {
    return c < 128 ? IDENT[c] === 3 : ID_START.test(String.fromCharCode(c));
}
function setToken(s, kind, start, end) {
    s.tok = kind;
    s.tokStart = start;
    s.tokEnd = end;
    s.tokLine = s.line;
    s.tokCol = start - s.lineStart + 1;
    s.pos = end;
}
/** Scans the token that starts with char code `c` at `pos`. */
function scanToken(s, pos, c) {
    const text = s.text;
    const next = text.charCodeAt(pos + 1);
    switch (c) {
        case 123:
            return setToken(s, Tok.LBRACE, pos, pos + 1);
        case 125:
            return setToken(s, Tok.RBRACE, pos, pos + 1);
        case 91:
            return setToken(s, Tok.LBRACK, pos, pos + 1);
        case 93:
            return setToken(s, Tok.RBRACK, pos, pos + 1);
        case 40:
            return setToken(s, Tok.LPAREN, pos, pos + 1);
        case 41:
            return setToken(s, Tok.RPAREN, pos, pos + 1);
        case 44:
            return setToken(s, Tok.COMMA, pos, pos + 1);
        case 63:
            return setToken(s, Tok.QUESTION, pos, pos + 1);
        case 43:
            return setToken(s, Tok.PLUS, pos, pos + 1);
        case 45:
            return setToken(s, Tok.MINUS, pos, pos + 1);
        case 42:
            return setToken(s, Tok.STAR, pos, pos + 1);
        case 47:
            return setToken(s, Tok.SLASH, pos, pos + 1);
        case 37:
            return setToken(s, Tok.PERCENT, pos, pos + 1);
        case 126:
            return setToken(s, Tok.TILDE, pos, pos + 1);
        case 34:
            return setToken(s, Tok.OQUOTE, pos, pos + 1);
        case 46:
            if (next === 46 && text.charCodeAt(pos + 2) === 46)
                return setToken(s, Tok.ELLIPSIS, pos, pos + 3);
            return setToken(s, Tok.DOT, pos, pos + 1);
        case 61:
            if (next === 61)
                return setToken(s, Tok.EQEQ, pos, pos + 2);
            if (next === 62)
                return setToken(s, Tok.ARROW, pos, pos + 2);
            return setToken(s, Tok.EQUAL, pos, pos + 1);
        case 33:
            return next === 61 ? setToken(s, Tok.NEQ, pos, pos + 2) : setToken(s, Tok.BANG, pos, pos + 1);
        case 60:
            if (next === 60)
                return scanHeredocOpener(s, pos);
            return next === 61 ? setToken(s, Tok.LE, pos, pos + 2) : setToken(s, Tok.LT, pos, pos + 1);
        case 62:
            return next === 61 ? setToken(s, Tok.GE, pos, pos + 2) : setToken(s, Tok.GT, pos, pos + 1);
        case 58:
            return next === 58 ? setToken(s, Tok.DCOLON, pos, pos + 2) : setToken(s, Tok.COLON, pos, pos + 1);
        case 38:
            if (next === 38)
                return setToken(s, Tok.AND, pos, pos + 2);
            break;
        case 124:
            if (next === 124)
                return setToken(s, Tok.OR, pos, pos + 2);
            break;
        default:
            if (c >= 48 && c <= 57)
                return scanNumber(s, pos);
            if (isIdentStart(c))
                return scanIdent(s, pos);
    }
    throw new HclSyntaxError(`expected a token, found ${describeChar(text, pos)}`, s.line);
}
function scanIdent(s, start) {
    const text = s.text;
    const len = text.length;
    let pos = start + 1;
    for (; pos < len; pos++) {
        const c = text.charCodeAt(pos);
        if (c < 128 ? IDENT[c] === 0 : !isIdentCode(c))
            break;
    }
    setToken(s, Tok.IDENT, start, pos);
}
function scanDigits(text, pos) {
    let c = text.charCodeAt(pos);
    while (c >= 48 && c <= 57)
        c = text.charCodeAt(++pos);
    return pos;
}
function isDigit(c) {
    return c >= 48 && c <= 57;
}
function scanNumber(s, start) {
    const text = s.text;
    let pos = start;
    let value = 0;
    let c = text.charCodeAt(pos);
    while (c >= 48 && c <= 57) {
        value = value * 10 + (c - 48);
        c = text.charCodeAt(++pos);
    }
    let plain = pos - start <= 15;
    // After a '.', `a.0.1` is two index steps, not the number 0.1.
    if (c === 46 && s.tok !== Tok.DOT && isDigit(text.charCodeAt(pos + 1))) {
        pos = scanDigits(text, pos + 1);
        plain = false;
        c = text.charCodeAt(pos);
    }
    if (c === 101 || c === 69) {
        const sign = text.charCodeAt(pos + 1);
        const digitAt = sign === 43 || sign === 45 ? pos + 2 : pos + 1;
        if (isDigit(text.charCodeAt(digitAt))) {
            pos = scanDigits(text, digitAt);
            plain = false;
        }
    }
    s.num = plain ? value : Number(text.slice(start, pos));
    setToken(s, Tok.NUMBER, start, pos);
}
function scanHeredocOpener(s, start) {
    const text = s.text;
    let pos = start + 2;
    s.flush = text.charCodeAt(pos) === 45;
    if (s.flush)
        pos++;
    const markerStart = pos;
    if (!isIdentStart(text.charCodeAt(pos))) {
        throw new HclSyntaxError(`expected a heredoc marker after '<<', found ${describeChar(text, pos)}`, s.line);
    }
    while (pos < text.length && isIdentCode(text.charCodeAt(pos)))
        pos++;
    s.marker = text.slice(markerStart, pos);
    setToken(s, Tok.HEREDOC, start, pos);
}

;// CONCATENATED MODULE: ./src/formats/terraform/parse/lexer.ts




/**
 * The scanner's whole state: the text, the position, the current token and
 * the end of the last token consumed. One mutable object read by plain
 * functions, so the hot loop touches fields of a single, stable shape.
 */
class Lexer {
    text;
    maxDepth;
    pos;
    /** Current line (1-based) and the offset where it starts. */
    line = 1;
    lineStart;
    /** The current token. */
    tok = Tok.EOF;
    tokStart = 0;
    tokEnd = 0;
    tokLine = 1;
    tokCol = 1;
    /** Value of a NUMBER token; marker and flush flag of a HEREDOC token. */
    num = 0;
    marker = '';
    flush = false;
    /** Inclusive end (line, column) and exclusive end offset of the last token consumed. */
    lastLine = 1;
    lastCol = 0;
    lastEnd = 0;
    /** Greater than zero while newlines are insignificant (inside `(`, `[` and interpolations). */
    nlDepth = 0;
    depth = 0;
    constructor(text, maxDepth) {
        this.text = text;
        this.maxDepth = maxDepth;
        // A byte order mark is not part of line 1: columns start after it.
        this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
        this.lineStart = this.pos;
        this.lastEnd = this.pos;
    }
}
/** Consumes the current token: remembers where it ended, then scans the next one. */
function advance(s) {
    s.lastLine = s.tokLine;
    s.lastCol = s.tokCol + (s.tokEnd - s.tokStart) - 1;
    s.lastEnd = s.tokEnd;
    lex(s);
}
/**
 * Scans the next token from `s.pos`. Blank space and comments are skipped;
 * a run of newlines becomes one NEWLINE token, or nothing while
 * `s.nlDepth > 0`.
 */
function lex(s) {
    const text = s.text;
    const len = text.length;
    let pos = s.pos;
    let newlineAt = -1;
    let newlineLine = 0;
    let newlineLineStart = 0;
    for (;;) {
        if (pos >= len)
            break;
        const c = text.charCodeAt(pos);
        if (c === 32 || c === 9 || c === 13) {
            pos++;
        }
        else if (c === 10) {
            if (newlineAt < 0) {
                newlineAt = pos;
                newlineLine = s.line;
                newlineLineStart = s.lineStart;
            }
            pos++;
            s.line++;
            s.lineStart = pos;
        }
        else if (c === 35 || (c === 47 && text.charCodeAt(pos + 1) === 47)) {
            pos = skipLineComment(text, pos);
        }
        else if (c === 47 && text.charCodeAt(pos + 1) === 42) {
            pos = skipBlockComment(s, pos);
        }
        else {
            break;
        }
    }
    if (newlineAt >= 0 && s.nlDepth === 0) {
        s.tok = Tok.NEWLINE;
        s.tokStart = newlineAt;
        s.tokEnd = newlineAt + 1;
        s.tokLine = newlineLine;
        s.tokCol = newlineAt - newlineLineStart + 1;
        s.pos = pos;
        return;
    }
    if (pos >= len) {
        setToken(s, Tok.EOF, len, len);
        return;
    }
    scanToken(s, pos, text.charCodeAt(pos));
}
function skipLineComment(text, pos) {
    const nl = text.indexOf('\n', pos);
    return nl < 0 ? text.length : nl;
}
function skipBlockComment(s, start) {
    const text = s.text;
    const end = text.indexOf('*/', start + 2);
    if (end < 0) {
        throw new HclSyntaxError(`expected '*/' to close the comment opened at line ${s.line}, found end of file`, s.line);
    }
    for (let nl = text.indexOf('\n', start); nl >= 0 && nl < end; nl = text.indexOf('\n', nl + 1)) {
        s.line++;
        s.lineStart = nl + 1;
    }
    return end + 2;
}
/**
 * Throws "expected X, found <current token>" at the current token's line;
 * at the end of the file, at the line of the last token.
 */
function lexer_fail(s, expected) {
    const line = s.tok === Tok.EOF ? Math.max(1, s.lastLine) : s.tokLine;
    throw new HclSyntaxError(`expected ${expected}, found ${describeToken(s)}`, line);
}
/** Raises the nesting depth, failing clearly past the limit instead of overflowing the stack. */
function lexer_enter(s) {
    if (++s.depth > s.maxDepth) {
        throw new HclSyntaxError(`expected at most ${s.maxDepth} levels of nesting, found more at line ${s.tokLine}`, s.tokLine);
    }
}
/** The kind of the token after the current one; the state is left as it was. */
function peekKind(s) {
    const { pos, line, lineStart, tok, tokStart, tokEnd, tokLine, tokCol, num, marker, flush } = s;
    lex(s);
    const kind = s.tok;
    Object.assign(s, { pos, line, lineStart, tok, tokStart, tokEnd, tokLine, tokCol, num, marker, flush });
    return kind;
}

;// CONCATENATED MODULE: ./src/formats/terraform/parse/spans.ts
/** The span of the current token (tokens other than strings and heredocs sit on one line). */
function tokenSpan(s) {
    return {
        line: s.tokLine,
        column: s.tokCol,
        endLine: s.tokLine,
        endColumn: s.tokCol + s.tokEnd - s.tokStart - 1
    };
}
/** From a start position to the end of the last token consumed. */
function spanFrom(s, line, column) {
    return { line, column, endLine: s.lastLine, endColumn: s.lastCol };
}

;// CONCATENATED MODULE: ./src/formats/terraform/parse/for-expr.ts




function forVariable(s, after) {
    if (s.tok !== Tok.IDENT)
        lexer_fail(s, `a variable name after ${after}`);
    const name = s.text.slice(s.tokStart, s.tokEnd);
    advance(s);
    return name;
}
function expectKeyword(s, word, context) {
    if (s.tok !== Tok.IDENT || s.text.slice(s.tokStart, s.tokEnd) !== word)
        lexer_fail(s, `'${word}' ${context}`);
    advance(s);
}
/** `for` expressions; the current token is `for`, newlines are insignificant. */
function parseFor(s, line, column, start, isObject) {
    advance(s);
    let keyVar = null;
    let valueVar = forVariable(s, "'for'");
    if (s.tok === Tok.COMMA) {
        advance(s);
        keyVar = valueVar;
        valueVar = forVariable(s, "','");
    }
    expectKeyword(s, 'in', `after the variables of the 'for' at line ${line}`);
    const collection = parseExpression(s);
    if (s.tok !== Tok.COLON)
        lexer_fail(s, `':' after the collection of the 'for' at line ${line}`);
    advance(s);
    let key = null;
    if (isObject) {
        key = parseExpression(s);
        if (s.tok !== Tok.ARROW)
            lexer_fail(s, `'=>' after the key of the 'for' at line ${line}`);
        advance(s);
    }
    const value = parseExpression(s);
    let group = false;
    if (isObject && s.tok === Tok.ELLIPSIS) {
        group = true;
        advance(s);
    }
    let test = null;
    if (s.tok === Tok.IDENT && s.text.slice(s.tokStart, s.tokEnd) === 'if') {
        advance(s);
        test = parseExpression(s);
    }
    const close = isObject ? Tok.RBRACE : Tok.RBRACK;
    if (s.tok !== close)
        lexer_fail(s, `'${symbolOf(close)}' to close the 'for' opened at line ${line}`);
    s.nlDepth--;
    advance(s);
    const span = spanFrom(s, line, column);
    return {
        kind: 'for-expr',
        keyVar,
        valueVar,
        collection,
        key,
        value,
        test,
        group,
        span,
        start,
        end: s.lastEnd
    };
}

;// CONCATENATED MODULE: ./src/formats/terraform/parse/collections.ts






function isForKeyword(s) {
    return (s.tok === Tok.IDENT &&
        s.tokEnd - s.tokStart === 3 &&
        s.text.startsWith('for', s.tokStart) &&
        peekKind(s) === Tok.IDENT);
}
function parseTuple(s) {
    const { tokLine: line, tokCol: column, tokStart: start } = s;
    s.nlDepth++;
    advance(s);
    if (isForKeyword(s))
        return parseFor(s, line, column, start, false);
    const items = [];
    let literal = true;
    while (s.tok !== Tok.RBRACK) {
        if (s.tok === Tok.EOF)
            lexer_fail(s, `']' to close the list opened at line ${line}`);
        const item = parseExpression(s);
        items.push(item);
        if (literal && !isValue(item))
            literal = false;
        if (s.tok === Tok.COMMA)
            advance(s);
        else if (s.tok !== Tok.RBRACK)
            lexer_fail(s, `',' or ']' in the list opened at line ${line}`);
    }
    s.nlDepth--;
    advance(s);
    const span = spanFrom(s, line, column);
    if (literal)
        return { kind: 'list', items: items, span };
    return { kind: 'tuple', items, span, start, end: s.lastEnd };
}
function skipNewlines(s) {
    while (s.tok === Tok.NEWLINE)
        advance(s);
}
/** A bare name or keyword key is the string itself; a quoted key too; anything else is evaluated. */
function objectKey(key) {
    switch (key.kind) {
        case 'name':
            return { kind: 'string', value: key.name, span: key.span };
        case 'number':
        case 'bool':
            return { kind: 'string', value: String(key.value), span: key.span };
        case 'null':
            return { kind: 'string', value: 'null', span: key.span };
        default:
            return key;
    }
}
function parseObject(s) {
    const { tokLine: line, tokCol: column, tokStart: start } = s;
    const saved = s.nlDepth;
    // Inside braces newlines separate items again.
    s.nlDepth = 0;
    advance(s);
    skipNewlines(s);
    if (isForKeyword(s)) {
        // Newlines are insignificant in a `for`; parseFor lowers the depth back to `saved`.
        s.nlDepth = saved + 1;
        return parseFor(s, line, column, start, true);
    }
    const keys = [];
    const values = [];
    let literal = true;
    while (s.tok !== Tok.RBRACE) {
        if (s.tok === Tok.EOF)
            lexer_fail(s, `'}' to close the object opened at line ${line}`);
        const key = objectKey(parseExpression(s));
        if (s.tok !== Tok.EQUAL && s.tok !== Tok.COLON)
            lexer_fail(s, `'=' or ':' after a key in the object opened at line ${line}`);
        advance(s);
        const value = parseExpression(s);
        keys.push(key);
        values.push(value);
        if (literal && (key.kind !== 'string' || !isValue(value)))
            literal = false;
        if (s.tok === Tok.COMMA || s.tok === Tok.NEWLINE)
            advance(s);
        else if (s.tok !== Tok.RBRACE)
            lexer_fail(s, `',', a new line or '}' after a value in the object opened at line ${line}`);
        skipNewlines(s);
    }
    s.nlDepth = saved;
    advance(s);
    const span = spanFrom(s, line, column);
    if (literal)
        return literalMap(keys, values, span);
    return { kind: 'object', keys, values, span, start, end: s.lastEnd };
}
function literalMap(keys, values, span) {
    const entries = new Map();
    const keySpans = new Map();
    for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        entries.set(key.value, values[i]);
        keySpans.set(key.value, key.span);
    }
    return { kind: 'map', entries, span, keySpans };
}

;// CONCATENATED MODULE: ./src/formats/terraform/parse/directives.ts





/** `${ expr }`: the scanner stands just after `${` (and any `~`). */
function parseInterpolation(s, parts) {
    const openLine = s.line;
    const saved = s.nlDepth;
    s.nlDepth = 1;
    lex(s);
    parts.push(parseExpression(s));
    const strip = closeBrace(s, 'interpolation', openLine);
    s.nlDepth = saved;
    return { closer: 'end', strip };
}
/** Expects `}` or `~}` to close what was opened at `openLine`; leaves `s.pos` just after the brace. */
function closeBrace(s, what, openLine) {
    let strip = false;
    if (s.tok === Tok.TILDE) {
        strip = true;
        advance(s);
    }
    if (s.tok !== Tok.RBRACE)
        lexer_fail(s, `'}' to close the ${what} opened at line ${openLine}`);
    return strip;
}
function directiveWord(s) {
    if (s.tok !== Tok.IDENT)
        lexer_fail(s, "'if', 'else', 'endif', 'for' or 'endfor' after '%{'");
    return s.text.slice(s.tokStart, s.tokEnd);
}
/** `%{ if … }`, `%{ for … }` and their closers: the scanner stands just after `%{` (and any `~`). */
function parseDirective(s, m, parts) {
    const openLine = s.line;
    const saved = s.nlDepth;
    s.nlDepth = 1;
    lex(s);
    const word = directiveWord(s);
    advance(s);
    let result;
    if (word === 'if')
        result = parseIf(s, m, parts, openLine);
    else if (word === 'for')
        result = parseForDirective(s, m, parts, openLine);
    else if (word === 'else' || word === 'endif' || word === 'endfor') {
        result = { closer: word, strip: closeBrace(s, `'%{ ${word}'`, openLine) };
    }
    else {
        throw new HclSyntaxError(`expected 'if', 'else', 'endif', 'for' or 'endfor' after '%{', found '${word}'`, openLine);
    }
    s.nlDepth = saved;
    return result;
}
function nested(s, m, strip, expected, opener) {
    const parts = [];
    const result = scanParts(s, m, parts, strip);
    if (!expected.includes(result.closer)) {
        const found = result.closer === 'end' ? 'the end of the template' : `'%{ ${result.closer} }'`;
        throw new HclSyntaxError(`expected ${expected.map(c => `'%{ ${c} }'`).join(' or ')} to close the ${opener}, found ${found}`, s.line);
    }
    return { ...result, parts };
}
function parseIf(s, m, parts, openLine) {
    const test = parseExpression(s);
    const strip = closeBrace(s, "'%{ if'", openLine);
    const opener = `'%{ if }' opened at line ${openLine}`;
    const then = nested(s, m, strip, ['else', 'endif'], opener);
    let elseParts = [];
    let last = then;
    if (then.closer === 'else') {
        const other = nested(s, m, then.strip, ['endif'], opener);
        elseParts = other.parts;
        last = other;
    }
    parts.push({ kind: 'if', test, then: then.parts, else: elseParts });
    return { closer: 'end', strip: last.strip };
}
function identifier(s, expected) {
    if (s.tok !== Tok.IDENT)
        lexer_fail(s, expected);
    const name = s.text.slice(s.tokStart, s.tokEnd);
    advance(s);
    return name;
}
function parseForDirective(s, m, parts, openLine) {
    let keyVar = null;
    let valueVar = identifier(s, "a variable name after '%{ for'");
    if (s.tok === Tok.COMMA) {
        advance(s);
        keyVar = valueVar;
        valueVar = identifier(s, "a variable name after ','");
    }
    if (s.tok !== Tok.IDENT || s.text.slice(s.tokStart, s.tokEnd) !== 'in')
        lexer_fail(s, "'in'");
    advance(s);
    const collection = parseExpression(s);
    const strip = closeBrace(s, "'%{ for'", openLine);
    const body = nested(s, m, strip, ['endfor'], `'%{ for }' opened at line ${openLine}`);
    parts.push({ kind: 'for', keyVar, valueVar, collection, body: body.parts });
    return { closer: 'end', strip: body.strip };
}

;// CONCATENATED MODULE: ./src/formats/terraform/parse/template.ts





/** Scans a quoted template; the current token is its opening `"`. */
function parseQuoted(s) {
    const line = s.tokLine;
    const column = s.tokCol;
    const start = s.tokStart;
    const fast = scanPlain(s.text, s.pos);
    if (fast >= 0) {
        // The common case: no escapes, no interpolation, one line.
        const value = s.text.slice(s.pos, fast);
        finishTemplate(s, fast + 1, fast + 1 - s.lineStart);
        return { kind: 'string', value, span: { line, column, endLine: line, endColumn: s.lastCol } };
    }
    const parts = [];
    const mode = { quoted: true, end: s.text.length, indent: 0, openLine: line };
    const result = scanParts(s, mode, parts, false);
    if (result.closer !== 'end')
        strayDirective(s, result.closer);
    // The closing quote is the character before s.pos.
    finishTemplate(s, s.pos, s.pos - s.lineStart);
    return templateNode(s, parts, line, column, start);
}
/** The closing quote of a string without escapes, interpolations or line breaks, or -1. */
function scanPlain(text, pos) {
    for (;;) {
        const c = text.charCodeAt(pos);
        if (c === 34)
            return pos;
        if (c === 92 || c === 36 || c === 37 || c === 10 || c !== c)
            return -1;
        pos++;
    }
}
/** Records where the template ended and moves on to the next token. */
function finishTemplate(s, end, endColumn) {
    s.lastLine = s.line;
    s.lastCol = endColumn;
    s.lastEnd = end;
    s.pos = end;
    lex(s);
}
/** A template of literal text only is a string value; anything else stays a template. */
function templateNode(s, parts, line, column, start) {
    const span = spanFrom(s, line, column);
    if (parts.every(p => typeof p === 'string'))
        return { kind: 'string', value: parts.join(''), span };
    return { kind: 'template', parts, span, start, end: s.lastEnd };
}
/**
 * Reads literal text, `${ }` interpolations and `%{ }` directives from
 * `s.pos` until the end of the template or a closing directive, appending
 * to `parts`. Keeps `s.line` right across heredoc lines.
 */
function scanParts(s, m, parts, stripFirst) {
    const text = s.text;
    let pos = s.pos;
    let litStart = pos;
    let buf = '';
    let strip = stripFirst;
    for (;;) {
        if (pos >= m.end) {
            if (m.quoted)
                unterminated(s, m, 'end of file');
            pushLiteral(parts, buf + text.slice(litStart, pos), strip);
            s.pos = pos;
            return { closer: 'end', strip: false };
        }
        const c = text.charCodeAt(pos);
        if (c === 34 && m.quoted) {
            pushLiteral(parts, buf + text.slice(litStart, pos), strip);
            s.pos = pos + 1;
            return { closer: 'end', strip: false };
        }
        if (c === 10) {
            if (m.quoted)
                unterminated(s, m, 'end of line');
            const crlf = pos > litStart && text.charCodeAt(pos - 1) === 13;
            buf += text.slice(litStart, crlf ? pos - 1 : pos) + '\n';
            s.line++;
            s.lineStart = pos + 1;
            pos = skipIndent(text, pos + 1, m);
            litStart = pos;
            continue;
        }
        if (c === 92 && m.quoted) {
            buf += text.slice(litStart, pos) + decodeEscape(s, pos);
            pos += escapeLength(text, pos);
            litStart = pos;
            continue;
        }
        if (c === 36 || c === 37) {
            const next = text.charCodeAt(pos + 1);
            if (next === c && text.charCodeAt(pos + 2) === 123) {
                // `$${` and `%%{` are a literal `${` and `%{`.
                buf += text.slice(litStart, pos + 1);
                pos += 2;
                litStart = pos;
                continue;
            }
            if (next === 123) {
                const tilde = text.charCodeAt(pos + 2) === 126;
                buf += text.slice(litStart, pos);
                pushLiteral(parts, tilde ? buf.trimEnd() : buf, strip);
                buf = '';
                s.pos = pos + (tilde ? 3 : 2);
                const result = c === 36 ? parseInterpolation(s, parts) : parseDirective(s, m, parts);
                if (result.closer !== 'end')
                    return result;
                strip = result.strip;
                pos = s.pos;
                litStart = pos;
                continue;
            }
        }
        pos++;
    }
}
function pushLiteral(parts, text, strip) {
    const literal = strip ? text.trimStart() : text;
    if (literal !== '')
        parts.push(literal);
}
/** At the start of a heredoc line: skips up to `m.indent` spaces or tabs. */
function skipIndent(text, pos, m) {
    let k = 0;
    while (k < m.indent && pos < m.end) {
        const c = text.charCodeAt(pos);
        if (c !== 32 && c !== 9)
            break;
        pos++;
        k++;
    }
    return pos;
}
function unterminated(s, m, found) {
    throw new HclSyntaxError(`expected '"' to close the string opened at line ${m.openLine}, found ${found}`, s.line);
}
function strayDirective(s, closer) {
    throw new HclSyntaxError(`expected text or '%{ if }' / '%{ for }' before '%{ ${closer} }', found none`, s.line);
}
const template_ESCAPES = { 110: '\n', 114: '\r', 116: '\t', 34: '"', 92: '\\' };
function escapeLength(text, pos) {
    const c = text.charCodeAt(pos + 1);
    return c === 117 ? 6 : c === 85 ? 10 : 2;
}
function decodeEscape(s, pos) {
    const text = s.text;
    const c = text.charCodeAt(pos + 1);
    const simple = template_ESCAPES[c];
    if (simple !== undefined)
        return simple;
    if (c === 117 || c === 85) {
        const digits = text.slice(pos + 2, pos + escapeLength(text, pos));
        const code = /^[0-9a-fA-F]+$/.test(digits) && digits.length === (c === 117 ? 4 : 8) ? parseInt(digits, 16) : NaN;
        if (code <= 0x10ffff)
            return String.fromCodePoint(code);
    }
    const found = c !== c || c === 10 ? describeChar(text, pos + 1) : `'\\${text.slice(pos + 1, pos + 2)}'`;
    throw new HclSyntaxError(`expected an escape sequence (\\n, \\r, \\t, \\", \\\\, \\uNNNN or \\UNNNNNNNN), found ${found}`, s.line);
}

;// CONCATENATED MODULE: ./src/formats/terraform/parse/heredoc.ts



function isBlank(c) {
    return c === 32 || c === 9;
}
/** Finds the line that holds only the marker (indentation allowed), measuring indentation on the way. */
function findClosing(s, bodyStart, marker, openLine) {
    const text = s.text;
    const len = text.length;
    let minIndent = Infinity;
    let line = openLine + 1;
    for (let at = bodyStart;; line++) {
        let q = at;
        while (q < len && isBlank(text.charCodeAt(q)))
            q++;
        const nl = text.indexOf('\n', q);
        let contentEnd = nl < 0 ? len : nl;
        if (contentEnd > q && text.charCodeAt(contentEnd - 1) === 13)
            contentEnd--;
        if (contentEnd - q === marker.length && text.startsWith(marker, q))
            return { lineAt: at, markerAt: q, minIndent };
        if (q < contentEnd && q - at < minIndent)
            minIndent = q - at;
        if (nl < 0)
            break;
        at = nl + 1;
    }
    // Reported on the last line of the file that has any text.
    const lastLine = text.endsWith('\n') ? line - 1 : line;
    throw new HclSyntaxError(`expected the marker '${marker}' to close the heredoc opened at line ${openLine}, found end of file`, lastLine);
}
/**
 * Scans a heredoc; the current token is its `<<MARKER` or `<<-MARKER`
 * opener. `<<-` removes the smallest indentation of the non-blank lines
 * from every line, as Terraform does; CRLF line breaks become LF.
 */
function parseHeredoc(s) {
    const text = s.text;
    const { tokLine: line, tokCol: column, tokStart: start, marker, flush } = s;
    let p = s.tokEnd;
    while (p < text.length && (isBlank(text.charCodeAt(p)) || text.charCodeAt(p) === 13))
        p++;
    if (text.charCodeAt(p) !== 10) {
        throw new HclSyntaxError(`expected a new line after the heredoc opener '<<${flush ? '-' : ''}${marker}', found ${describeChar(text, p)}`, line);
    }
    const bodyStart = p + 1;
    const closing = findClosing(s, bodyStart, marker, line);
    const indent = flush && closing.minIndent !== Infinity ? closing.minIndent : 0;
    const mode = { quoted: false, end: closing.lineAt, indent, openLine: line };
    s.line++;
    s.lineStart = bodyStart;
    s.pos = skipIndent(text, bodyStart, mode);
    const parts = [];
    const result = scanParts(s, mode, parts, false);
    if (result.closer !== 'end') {
        throw new HclSyntaxError(`expected text or '%{ if }' / '%{ for }' before '%{ ${result.closer} }', found none`, s.line);
    }
    const markerEnd = closing.markerAt + marker.length;
    finishTemplate(s, markerEnd, markerEnd - s.lineStart);
    return templateNode(s, parts, line, column, start);
}

;// CONCATENATED MODULE: ./src/formats/terraform/parse/expression.ts






/** Parses one expression: a conditional, or anything of higher precedence. */
function parseExpression(s) {
    lexer_enter(s);
    const { tokLine: line, tokCol: column, tokStart: start } = s;
    const test = parseBinary(s, 1);
    let expr = test;
    if (s.tok === Tok.QUESTION) {
        advance(s);
        const then = parseExpression(s);
        if (s.tok !== Tok.COLON)
            lexer_fail(s, `':' after the true branch of the conditional at line ${line}`);
        advance(s);
        const otherwise = parseExpression(s);
        expr = {
            kind: 'conditional',
            test,
            then,
            else: otherwise,
            span: spanFrom(s, line, column),
            start,
            end: s.lastEnd
        };
    }
    s.depth--;
    return expr;
}
function parseBinary(s, minPrecedence) {
    const { tokLine: line, tokCol: column, tokStart: start } = s;
    let left = parseUnary(s);
    for (;;) {
        const precedence = PRECEDENCE[s.tok] ?? 0;
        if (precedence === 0 || precedence < minPrecedence)
            return left;
        const op = symbolOf(s.tok);
        advance(s);
        const right = parseBinary(s, precedence + 1);
        left = { kind: 'binary', op, left, right, span: spanFrom(s, line, column), start, end: s.lastEnd };
    }
}
function parseUnary(s) {
    if (s.tok !== Tok.BANG && s.tok !== Tok.MINUS)
        return parsePostfix(s);
    lexer_enter(s);
    const { tokLine: line, tokCol: column, tokStart: start } = s;
    const op = s.tok === Tok.BANG ? '!' : '-';
    advance(s);
    const operand = parseUnary(s);
    s.depth--;
    const span = spanFrom(s, line, column);
    // `-1` is a number literal, not an operation.
    if (op === '-' && operand.kind === 'number')
        return { kind: 'number', value: -operand.value, span };
    return { kind: 'unary', op, operand, span, start, end: s.lastEnd };
}
function parsePostfix(s) {
    const { tokLine: line, tokCol: column, tokStart: start } = s;
    const target = parsePrimary(s);
    if (s.tok !== Tok.DOT && s.tok !== Tok.LBRACK)
        return target;
    const steps = [];
    for (;;) {
        if (s.tok === Tok.DOT)
            steps.push(parseDotStep(s));
        else if (s.tok === Tok.LBRACK)
            steps.push(parseIndexStep(s));
        else
            break;
    }
    return { kind: 'get', target, steps, span: spanFrom(s, line, column), start, end: s.lastEnd };
}
function parseDotStep(s) {
    advance(s);
    let step;
    if (s.tok === Tok.IDENT)
        step = { t: 'attr', name: s.text.slice(s.tokStart, s.tokEnd) };
    else if (s.tok === Tok.NUMBER)
        step = { t: 'index', key: { kind: 'number', value: s.num, span: tokenSpan(s) } };
    else if (s.tok === Tok.STAR)
        step = { t: 'splat', full: false };
    else
        lexer_fail(s, "an attribute name, an index or '*' after '.'");
    advance(s);
    return step;
}
function parseIndexStep(s) {
    const openLine = s.tokLine;
    s.nlDepth++;
    advance(s);
    let step;
    if (s.tok === Tok.STAR) {
        advance(s);
        step = { t: 'splat', full: true };
    }
    else {
        step = { t: 'index', key: parseExpression(s) };
    }
    if (s.tok !== Tok.RBRACK)
        lexer_fail(s, `']' to close the index opened at line ${openLine}`);
    s.nlDepth--;
    advance(s);
    return step;
}
function parsePrimary(s) {
    switch (s.tok) {
        case Tok.NUMBER: {
            const value = { kind: 'number', value: s.num, span: tokenSpan(s) };
            advance(s);
            return value;
        }
        case Tok.IDENT:
            return parseName(s);
        case Tok.OQUOTE:
            return parseQuoted(s);
        case Tok.HEREDOC:
            return parseHeredoc(s);
        case Tok.LBRACK:
            return parseTuple(s);
        case Tok.LBRACE:
            return parseObject(s);
        case Tok.LPAREN:
            return parseParenthesised(s);
        default:
            return lexer_fail(s, 'an expression');
    }
}
function parseName(s) {
    const { tokLine: line, tokCol: column, tokStart: start } = s;
    const span = tokenSpan(s);
    const name = s.text.slice(s.tokStart, s.tokEnd);
    advance(s);
    if (s.tok === Tok.LPAREN || s.tok === Tok.DCOLON)
        return parseCall(s, name, line, column, start);
    switch (name) {
        case 'true':
            return { kind: 'bool', value: true, span };
        case 'false':
            return { kind: 'bool', value: false, span };
        case 'null':
            return { kind: 'null', span };
        default:
            return { kind: 'name', name, span, start, end: s.lastEnd };
    }
}
function parseCall(s, first, line, column, start) {
    let name = first;
    while (s.tok === Tok.DCOLON) {
        advance(s);
        if (s.tok !== Tok.IDENT)
            lexer_fail(s, "a name after '::'");
        name += '::' + s.text.slice(s.tokStart, s.tokEnd);
        advance(s);
    }
    if (s.tok !== Tok.LPAREN)
        lexer_fail(s, `'(' after the function name '${name}'`);
    s.nlDepth++;
    advance(s);
    const args = [];
    let expand = false;
    while (s.tok !== Tok.RPAREN) {
        if (expand)
            lexer_fail(s, `')' after the expanded argument '...' of '${name}'`);
        args.push(parseExpression(s));
        if (s.tok === Tok.ELLIPSIS) {
            expand = true;
            advance(s);
        }
        if (s.tok === Tok.COMMA)
            advance(s);
        else if (s.tok !== Tok.RPAREN)
            lexer_fail(s, `',' or ')' in the call of '${name}' opened at line ${line}`);
    }
    s.nlDepth--;
    advance(s);
    return { kind: 'call', name, args, expand, span: spanFrom(s, line, column), start, end: s.lastEnd };
}
function parseParenthesised(s) {
    const openLine = s.tokLine;
    s.nlDepth++;
    advance(s);
    const inner = parseExpression(s);
    if (s.tok !== Tok.RPAREN)
        lexer_fail(s, `')' to close the parenthesis opened at line ${openLine}`);
    s.nlDepth--;
    advance(s);
    return inner;
}

;// CONCATENATED MODULE: ./src/formats/terraform/parse/body.ts






const DEFAULT_MAX_DEPTH = 256;
/**
 * Parses the text of one HCL file (`.tf` or `.tfvars`) into its blocks and
 * attributes. Throws {@link HclSyntaxError} with the line of the problem.
 */
function parseHcl(path, text, options = {}) {
    const s = new Lexer(text, options.maxDepth ?? DEFAULT_MAX_DEPTH);
    lex(s);
    const sink = { entries: new Map(), keySpans: new Map(), blocks: [] };
    parseBody(s, 0, sink);
    return {
        path,
        text,
        blocks: sink.blocks,
        attributes: sink.entries,
        attributeSpans: sink.keySpans
    };
}
/** Attributes and blocks until `}` (nested, opened at `openLine`) or the end of the file (`openLine` 0). */
function parseBody(s, openLine, sink) {
    for (;;) {
        const tok = s.tok;
        if (tok === Tok.NEWLINE) {
            advance(s);
            continue;
        }
        if (tok === Tok.RBRACE && openLine > 0)
            return;
        if (tok === Tok.EOF) {
            if (openLine > 0)
                lexer_fail(s, `'}' to close the block opened at line ${openLine}`);
            return;
        }
        if (tok !== Tok.IDENT)
            lexer_fail(s, 'an attribute name or a block type');
        parseItem(s, openLine, sink);
    }
}
function parseItem(s, openLine, sink) {
    const nameSpan = tokenSpan(s);
    const name = s.text.slice(s.tokStart, s.tokEnd);
    advance(s);
    if (s.tok !== Tok.EQUAL) {
        addBlock(sink, parseBlock(s, name, nameSpan, openLine));
        return;
    }
    advance(s);
    const expr = parseExpression(s);
    const previous = sink.keySpans.get(name);
    if (previous !== undefined)
        redefined(name, previous, nameSpan, sink.entries.get(name));
    sink.entries.set(name, expr);
    sink.keySpans.set(name, nameSpan);
    if (!atEndOfItem(s, openLine))
        lexer_fail(s, `a new line after the value of '${name}'`);
}
function redefined(name, previous, at, entry) {
    const was = entry?.kind === 'blocks' ? 'a block' : 'an attribute';
    throw new HclSyntaxError(`expected '${name}' to be defined once in this body, found it again (${was} at line ${previous.line})`, at.line);
}
function addBlock(sink, block) {
    if (sink.blocks !== null) {
        sink.blocks.push(block);
        return;
    }
    const existing = sink.entries.get(block.type);
    if (existing === undefined) {
        const list = { kind: 'blocks', blocks: [block] };
        sink.entries.set(block.type, list);
        sink.keySpans.set(block.type, block.typeSpan);
    }
    else if (existing.kind === 'blocks') {
        existing.blocks.push(block);
    }
    else {
        redefined(block.type, sink.keySpans.get(block.type), block.typeSpan, existing);
    }
}
/** A new line, the end of the file, or (inside a block) its closing brace. */
function atEndOfItem(s, openLine) {
    return s.tok === Tok.NEWLINE || s.tok === Tok.EOF || (s.tok === Tok.RBRACE && openLine > 0);
}
function parseBlock(s, type, typeSpan, parentLine) {
    const labels = [];
    const labelSpans = [];
    while (s.tok === Tok.OQUOTE || s.tok === Tok.IDENT) {
        const line = s.tokLine;
        const column = s.tokCol;
        labels.push(parseLabel(s, type));
        labelSpans.push(spanFrom(s, line, column));
    }
    if (s.tok !== Tok.LBRACE) {
        lexer_fail(s, labels.length === 0 ? `'=' or '{' after '${type}'` : `'{' to open the block '${type}'`);
    }
    const openLine = s.tokLine;
    const openColumn = s.tokCol;
    const sink = { entries: new Map(), keySpans: new Map(), blocks: null };
    lexer_enter(s);
    advance(s);
    parseBody(s, openLine, sink);
    s.depth--;
    advance(s);
    const block = {
        type,
        typeSpan,
        labels,
        labelSpans,
        span: spanFrom(s, typeSpan.line, typeSpan.column),
        bodySpan: spanFrom(s, openLine, openColumn),
        entries: sink.entries,
        keySpans: sink.keySpans
    };
    if (!atEndOfItem(s, parentLine))
        lexer_fail(s, `a new line after the block '${type}' opened at line ${openLine}`);
    return block;
}
function parseLabel(s, type) {
    if (s.tok === Tok.IDENT) {
        const name = s.text.slice(s.tokStart, s.tokEnd);
        advance(s);
        return name;
    }
    const line = s.tokLine;
    const label = parseQuoted(s);
    if (label.kind !== 'string') {
        throw new HclSyntaxError(`expected a plain string as a label of the block '${type}', found a template`, line);
    }
    return label.value;
}

;// CONCATENATED MODULE: ./src/formats/terraform/module-source.ts
/** Classifies `source` as written in a module of directory `from` (`.` at the top). */
function moduleSource(source, from) {
    if (source.startsWith('./') || source.startsWith('../') || source === '.' || source === '..') {
        const dir = joinDir(from, source);
        return dir === undefined
            ? { kind: 'outside', source, reason: 'points above the top of the repository' }
            : { kind: 'local', dir };
    }
    if (source.startsWith('/') || /^[A-Za-z]:[\\/]/.test(source))
        return { kind: 'outside', source, reason: 'is an absolute path, outside the repository' };
    return { kind: 'remote', source };
}
/** `from` joined with a relative path, normalised as a unit (`.` at the top); undefined above the top. */
function joinDir(from, relative) {
    const parts = from === '.' ? [] : from.split('/');
    for (const part of relative.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part !== '..')
            parts.push(part);
        else if (parts.pop() === undefined)
            return undefined;
    }
    return parts.length === 0 ? '.' : parts.join('/');
}

;// CONCATENATED MODULE: ./src/formats/text/path-name.ts
/** The last segment of a POSIX path. */
function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/** The extension of a path's last segment, lower-cased, with its dot (`.yaml`); '' without one. */
function extensionOf(path) {
    const base = baseName(path);
    const dot = base.lastIndexOf('.');
    return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}

;// CONCATENATED MODULE: ./src/formats/terraform/paths.ts

/** `.tf` files and variable files (`terraform.tfvars`, `*.auto.tfvars`, any `*.tfvars`). */
function claimsTerraformPath(path) {
    const base = baseName(path);
    return /^.+\.(?:tf|tfvars)$/.test(base) ? 'yes' : 'no';
}
/** The module directory of a file as a POSIX path: `infra/s3` for `infra/s3/main.tf`, `.` at the top. */
function terraformUnitOf(path) {
    const normal = path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
    const slash = normal.lastIndexOf('/');
    return slash <= 0 ? '.' : normal.slice(0, slash);
}
function isConfigFile(path) {
    return path.endsWith('.tf') && !isOverrideFile(path);
}
/** `override.tf` and `*_override.tf` are merged over the configuration by Terraform; not read here. */
function isOverrideFile(path) {
    const base = baseName(path);
    return base === 'override.tf' || base.endsWith('_override.tf');
}
/**
 * Where a variables file sits in Terraform's precedence: 0 for
 * `terraform.tfvars`, 1 for `*.auto.tfvars`; undefined for files Terraform
 * only reads when named on the command line.
 */
function varsFileRank(path) {
    const base = baseName(path);
    if (base === 'terraform.tfvars')
        return 0;
    if (base.endsWith('.auto.tfvars'))
        return 1;
    return undefined;
}

;// CONCATENATED MODULE: ./src/formats/terraform/dependencies.ts



/** Cheap test before parsing: could the text hold a `module` block at all? */
const MODULE_BLOCK = /^\s*module\s*["A-Za-z_]/m;
/**
 * The directories of the local modules that the given `.tf` files call
 * (`source = "./modules/x"`), each resolved from its file's directory.
 * Syntax only: nothing is evaluated, and a file that does not parse calls
 * nothing (its error comes from the real parse).
 */
function terraformDependencies(files) {
    const dirs = new Set();
    for (const file of files) {
        if (!isConfigFile(file.path) || !MODULE_BLOCK.test(file.text))
            continue;
        let blocks;
        try {
            blocks = parseHcl(file.path, file.text).blocks;
        }
        catch {
            continue;
        }
        const from = terraformUnitOf(file.path);
        for (const block of blocks) {
            const source = literalSource(block);
            if (source === undefined)
                continue;
            const target = moduleSource(source, from);
            if (target.kind === 'local')
                dirs.add(target.dir);
        }
    }
    return [...dirs];
}
/** The `source` of a `module` block when it is a literal string, as Terraform requires. */
function literalSource(block) {
    if (block.type !== 'module' || block.labels.length !== 1)
        return undefined;
    const source = block.entries.get('source');
    return source?.kind === 'string' ? source.value : undefined;
}

;// CONCATENATED MODULE: ./src/formats/terraform/evaluate/context.ts
function newUnitScope(maxDepth, fuel, prefix = '') {
    return { vars: new Map(), locals: new Map(), depth: 0, maxDepth, fuel, prefix, module: null };
}
function bind(env, name, value) {
    return { unit: env.unit, text: env.text, scope: { name, value, parent: env.scope } };
}
function lookup(scope, name) {
    for (let b = scope; b !== null; b = b.parent)
        if (b.name === name)
            return b.value;
    return undefined;
}

;// CONCATENATED MODULE: ./src/formats/terraform/evaluate/convert.ts
const NUMERIC = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** A number as Terraform writes it in a string. */
function numberText(n) {
    return String(n);
}
/** The string a primitive converts to, as Terraform converts it; undefined for anything else. */
function asString(value) {
    switch (value.kind) {
        case 'string':
            return value.value;
        case 'number':
            return numberText(value.value);
        case 'bool':
            return value.value ? 'true' : 'false';
        default:
            return undefined;
    }
}
function asNumber(value) {
    if (value.kind === 'number')
        return value.value;
    if (value.kind === 'string' && NUMERIC.test(value.value.trim()))
        return Number(value.value);
    return undefined;
}
function asBool(value) {
    if (value.kind === 'bool')
        return value.value;
    if (value.kind === 'string' && (value.value === 'true' || value.value === 'false'))
        return value.value === 'true';
    return undefined;
}

;// CONCATENATED MODULE: ./src/formats/terraform/evaluate/make.ts
function stringValue(value, span) {
    return { kind: 'string', value, span };
}
function numberValue(value, span) {
    return { kind: 'number', value, span };
}
function boolValue(value, span) {
    return { kind: 'bool', value, span };
}
function listValue(items, span) {
    return { kind: 'list', items, span };
}
function mapOf(entries, span, keySpans) {
    return keySpans === undefined ? { kind: 'map', entries, span } : { kind: 'map', entries, span, keySpans };
}

;// CONCATENATED MODULE: ./src/formats/terraform/evaluate/elements.ts

/** The key/value pairs a `for` walks: index and item of a list, key and value of a map; undefined otherwise. */
function elementsOf(collection) {
    if (collection.kind === 'list') {
        return collection.items.map((value, i) => ({ key: numberValue(i, value.span), value }));
    }
    if (collection.kind === 'map') {
        const out = [];
        for (const [key, value] of collection.entries) {
            out.push({ key: stringValue(key, collection.keySpans?.get(key) ?? value.span), value });
        }
        return out;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/formats/terraform/evaluate/unknown.ts
const MAX_EXPR = 80;
/** The source text of an expression on one line, shortened for messages. */
function sourceText(text, start, end) {
    if (end - start <= MAX_EXPR && isCompact(text, start, end))
        return text.slice(start, end);
    const raw = text.slice(start, Math.min(end, start + MAX_EXPR * 4));
    const flat = raw.replace(/\s+/g, ' ').trim();
    return flat.length > MAX_EXPR || end - start > MAX_EXPR * 4 ? `${flat.slice(0, MAX_EXPR - 1)}…` : flat;
}
/** No line breaks, tabs or runs of spaces: the text can be used as it is. */
function isCompact(text, start, end) {
    let previous = 0;
    for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c < 32 || (c === 32 && previous === 32))
            return false;
        previous = c;
    }
    return true;
}
function unknownValue(expr, span, refs) {
    if (refs.length === 0)
        return { kind: 'unknown', expr, span };
    return { kind: 'unknown', expr, refs: refs.length === 1 ? [refs[0]] : [...new Set(refs)], span };
}
/** The expression as an unknown value: its text and span, and the resources it refers to. */
function unknownOf(expr, env, refs) {
    return unknownValue(sourceText(env.text, expr.start, expr.end), expr.span, refs);
}
/** Every resource address named by the unknown values in `values`, however deep. */
function refsOf(values) {
    const refs = [];
    for (const value of values)
        collectRefs(value, refs, 0);
    return refs;
}
function collectRefs(value, refs, depth) {
    if (depth > 512)
        return;
    switch (value.kind) {
        case 'unknown':
            if (value.refs !== undefined)
                refs.push(...value.refs);
            return;
        case 'list':
            for (const item of value.items)
                collectRefs(item, refs, depth + 1);
            return;
        case 'map':
            for (const item of value.entries.values())
                collectRefs(item, refs, depth + 1);
            return;
        default:
            return;
    }
}
/** Whether a value is unknown or holds an unknown anywhere inside. */
function hasUnknown(value) {
    switch (value.kind) {
        case 'unknown':
            return true;
        case 'list':
            return value.items.some(hasUnknown);
        case 'map':
            for (const item of value.entries.values())
                if (hasUnknown(item))
                    return true;
            return false;
        default:
            return false;
    }
}

;// CONCATENATED MODULE: ./src/formats/terraform/evaluate/for-expr.ts





/** The scope of one iteration: the value (and key) variables bound to the element. */
function iterationEnv(env, keyVar, valueVar, element) {
    const withKey = keyVar === null ? env : bind(env, keyVar, element.key);
    return bind(withKey, valueVar, element.value);
}
/** Iteration outcome: keep the element, skip it, or give up (an unknown condition). */
function keep(expr, env) {
    if (expr.test === null)
        return true;
    const test = evaluate_evaluate(expr.test, env);
    const b = asBool(test);
    return b === undefined ? test : b;
}
/** `[for …]` and `{for …}` over a known collection; otherwise unknown. */
function evaluateFor(expr, env) {
    const collection = evaluate_evaluate(expr.collection, env);
    const elements = elementsOf(collection);
    if (elements === undefined)
        return unknownOf(expr, env, refsOf([collection]));
    return expr.key === null ? forList(expr, env, elements) : forMap(expr, env, elements);
}
function forList(expr, env, elements) {
    const items = [];
    for (const element of elements) {
        const inner = iterationEnv(env, expr.keyVar, expr.valueVar, element);
        const kept = keep(expr, inner);
        if (kept === false)
            continue;
        if (kept !== true)
            return unknownOf(expr, env, refsOf([kept]));
        items.push(evaluate_evaluate(expr.value, inner));
    }
    return { kind: 'list', items, span: expr.span };
}
function forMap(expr, env, elements) {
    const entries = new Map();
    const keySpans = new Map();
    for (const element of elements) {
        const inner = iterationEnv(env, expr.keyVar, expr.valueVar, element);
        const kept = keep(expr, inner);
        if (kept === false)
            continue;
        if (kept !== true)
            return unknownOf(expr, env, refsOf([kept]));
        const key = evaluate_evaluate(expr.key, inner);
        const name = asString(key);
        // An unknown key, or a duplicate key without `...`, cannot be settled.
        if (name === undefined || (!expr.group && entries.has(name)))
            return unknownOf(expr, env, refsOf([key]));
        const value = evaluate_evaluate(expr.value, inner);
        if (expr.group) {
            const group = entries.get(name);
            if (group?.kind === 'list')
                group.items.push(value);
            else
                entries.set(name, { kind: 'list', items: [value], span: expr.span });
        }
        else {
            entries.set(name, value);
        }
        keySpans.set(name, key.span);
    }
    return { kind: 'map', entries, span: expr.span, keySpans };
}

;// CONCATENATED MODULE: ./src/formats/terraform/evaluate/collection-functions.ts



function lists(args) {
    const out = [];
    for (const arg of args) {
        if (arg.kind !== 'list')
            return undefined;
        out.push(arg.items);
    }
    return out;
}
/** A key that is equal for equal primitives; undefined for lists and maps. */
function primitiveKey(value) {
    switch (value.kind) {
        case 'string':
        case 'number':
        case 'bool':
            return `${value.kind}:${String(value.value)}`;
        case 'null':
            return 'null';
        default:
            return undefined;
    }
}
/** The items without repeats, first occurrence kept; undefined when too many structured items to compare. */
function distinctItems(items) {
    const seen = new Set();
    const out = [];
    for (const item of items) {
        const key = primitiveKey(item);
        if (key !== undefined) {
            if (!seen.has(key))
                out.push(item);
            seen.add(key);
        }
        else if (items.length > MAX_PAIRWISE) {
            return undefined;
        }
        else if (!out.some(other => valuesEqual(other, item))) {
            out.push(item);
        }
    }
    return out;
}
/** Lists longer than this are not compared item by item (quadratic). */
const MAX_PAIRWISE = 1000;
const collection_functions_merge = (args, site) => {
    const entries = new Map();
    const keySpans = new Map();
    for (const arg of args) {
        if (arg.kind === 'null')
            continue;
        if (arg.kind !== 'map')
            return undefined;
        for (const [key, value] of arg.entries) {
            entries.set(key, value);
            keySpans.set(key, arg.keySpans?.get(key) ?? value.span);
        }
    }
    return mapOf(entries, site.span, keySpans);
};
const collection_functions_lookup = ([map, key, fallback, ...rest]) => {
    const name = key === undefined ? undefined : asString(key);
    if (map?.kind !== 'map' || name === undefined || rest.length > 0)
        return undefined;
    return map.entries.get(name) ?? fallback;
};
const collection_functions_length = (args, site) => {
    const [value] = args;
    if (args.length !== 1 || value === undefined)
        return undefined;
    if (value.kind === 'list')
        return numberValue(value.items.length, site.span);
    if (value.kind === 'map')
        return numberValue(value.entries.size, site.span);
    if (value.kind === 'string')
        return numberValue([...value.value].length, site.span);
    return undefined;
};
const collection_functions_element = ([list, at, ...rest]) => {
    const i = at === undefined ? undefined : asNumber(at);
    if (list?.kind !== 'list' || list.items.length === 0 || i === undefined || rest.length > 0)
        return undefined;
    return list.items[Math.floor(i) % list.items.length];
};
const collection_functions_contains = ([list, value, ...rest], site) => {
    if (list?.kind !== 'list' || value === undefined || rest.length > 0)
        return undefined;
    return boolValue(list.items.some(item => valuesEqual(item, value)), site.span);
};
const join = ([sep, ...rest], site) => {
    const separator = sep === undefined ? undefined : asString(sep);
    const all = lists(rest);
    if (separator === undefined || all === undefined || all.length === 0)
        return undefined;
    const texts = all.flat().map(asString);
    if (texts.some(t => t === undefined))
        return undefined;
    return stringValue(texts.join(separator), site.span);
};
function mapParts(f) {
    return ([map, ...rest], site) => map?.kind === 'map' && rest.length === 0 ? listValue(f(map, site.span), site.span) : undefined;
}
function flatten(items, depth) {
    if (depth > 64)
        return undefined;
    const out = [];
    for (const item of items) {
        if (item.kind !== 'list')
            out.push(item);
        else {
            const inner = flatten(item.items, depth + 1);
            if (inner === undefined)
                return undefined;
            out.push(...inner);
        }
    }
    return out;
}
function numbers(args) {
    const out = args.map(asNumber);
    return args.length === 0 || out.some(n => n === undefined) ? undefined : out;
}
function extreme(args, pick) {
    const ns = numbers(args);
    return ns?.reduce((a, b) => pick(a, b));
}
function distinctList(list, rest, site) {
    if (list?.kind !== 'list' || rest.length > 0)
        return undefined;
    const items = distinctItems(list.items);
    return items === undefined ? undefined : listValue(items, site.span);
}
const COLLECTION_FUNCTIONS = {
    concat: (args, site) => {
        const all = lists(args);
        return all === undefined ? undefined : listValue(all.flat(), site.span);
    },
    merge: collection_functions_merge,
    lookup: collection_functions_lookup,
    length: collection_functions_length,
    element: collection_functions_element,
    contains: collection_functions_contains,
    join,
    keys: mapParts((map, span) => [...map.entries.keys()].map(key => stringValue(key, map.keySpans?.get(key) ?? span))),
    values: mapParts(map => [...map.entries.values()]),
    tolist: ([list, ...rest]) => (list?.kind === 'list' && rest.length === 0 ? list : undefined),
    toset: ([list, ...rest], site) => distinctList(list, rest, site),
    tomap: ([map, ...rest]) => (map?.kind === 'map' && rest.length === 0 ? map : undefined),
    distinct: ([list, ...rest], site) => distinctList(list, rest, site),
    compact: ([list, ...rest], site) => list?.kind === 'list' && rest.length === 0
        ? listValue(list.items.filter(item => !(item.kind === 'null' || (item.kind === 'string' && item.value === ''))), site.span)
        : undefined,
    flatten: ([list, ...rest], site) => {
        const flat = list?.kind === 'list' && rest.length === 0 ? flatten(list.items, 0) : undefined;
        return flat === undefined ? undefined : listValue(flat, site.span);
    },
    coalesce: args => args.find(arg => arg.kind !== 'null' && !(arg.kind === 'string' && arg.value === '')),
    coalescelist: args => lists(args) === undefined ? undefined : args.find(arg => arg.kind === 'list' && arg.items.length > 0),
    min: (args, site) => {
        const n = extreme(args, Math.min);
        return n === undefined ? undefined : numberValue(n, site.span);
    },
    max: (args, site) => {
        const n = extreme(args, Math.max);
        return n === undefined ? undefined : numberValue(n, site.span);
    },
    abs: (args, site) => {
        const ns = numbers(args);
        return ns?.length === 1 ? numberValue(Math.abs(ns[0]), site.span) : undefined;
    },
    tonumber: ([value, ...rest], site) => {
        const n = value === undefined || rest.length > 0 ? undefined : asNumber(value);
        return n === undefined ? undefined : numberValue(n, site.span);
    },
    tobool: ([value, ...rest], site) => {
        if (value === undefined || rest.length > 0)
            return undefined;
        if (value.kind === 'bool')
            return value;
        return value.kind === 'string' && (value.value === 'true' || value.value === 'false')
            ? boolValue(value.value === 'true', site.span)
            : undefined;
    }
};

;// CONCATENATED MODULE: ./src/formats/terraform/evaluate/json-functions.ts

/** Plain JSON data as a value, every node with the call's span; undefined past `maxDepth`. */
function fromJson(data, span, depth, maxDepth) {
    if (depth > maxDepth)
        return undefined;
    if (data === null)
        return { kind: 'null', span };
    if (typeof data === 'string')
        return stringValue(data, span);
    if (typeof data === 'number')
        return numberValue(data, span);
    if (typeof data === 'boolean')
        return boolValue(data, span);
    if (Array.isArray(data)) {
        const items = [];
        for (const item of data) {
            const value = fromJson(item, span, depth + 1, maxDepth);
            if (value === undefined)
                return undefined;
            items.push(value);
        }
        return listValue(items, span);
    }
    const entries = new Map();
    for (const [key, item] of Object.entries(data)) {
        const value = fromJson(item, span, depth + 1, maxDepth);
        if (value === undefined)
            return undefined;
        entries.set(key, value);
    }
    return mapOf(entries, span);
}
function json_functions_parseJson(text) {
    try {
        return { ok: true, data: JSON.parse(text) };
    }
    catch {
        return { ok: false };
    }
}
const JSON_FUNCTIONS = {
    /** The value itself: rules read a policy's structure, not its serialisation. */
    jsonencode: args => (args.length === 1 ? args[0] : undefined),
    jsondecode: ([text, ...rest], site) => {
        if (text?.kind !== 'string' || rest.length > 0)
            return undefined;
        const parsed = json_functions_parseJson(text.value);
        return parsed.ok ? fromJson(parsed.data, site.span, 0, site.unit.maxDepth) : undefined;
    }
};

;// CONCATENATED MODULE: ./src/formats/terraform/evaluate/string-functions.ts


function strings(args, count) {
    if (args.length !== count)
        return undefined;
    const out = [];
    for (const arg of args) {
        const s = asString(arg);
        if (s === undefined)
            return undefined;
        out.push(s);
    }
    return out;
}
function unary(f) {
    return (args, site) => {
        const [s] = strings(args, 1) ?? [];
        return s === undefined ? undefined : stringValue(f(s), site.span);
    };
}
function predicate(f) {
    return (args, site) => {
        const pair = strings(args, 2);
        return pair === undefined ? undefined : boolValue(f(pair[0], pair[1]), site.span);
    };
}
/** One `%` verb of `format`: `%s`, `%d`, `%v`, `%q`; undefined for anything else. */
function formatVerb(verb, arg) {
    if (arg === undefined)
        return undefined;
    switch (verb) {
        case 's':
        case 'v':
            return asString(arg);
        case 'd':
            return arg.kind === 'number' && Number.isInteger(arg.value) ? String(arg.value) : undefined;
        case 'q': {
            const s = asString(arg);
            return s === undefined ? undefined : JSON.stringify(s);
        }
        default:
            return undefined;
    }
}
const format = (args, site) => {
    const spec = args[0] === undefined ? undefined : asString(args[0]);
    if (spec === undefined)
        return undefined;
    let out = '';
    let next = 1;
    for (let i = 0; i < spec.length; i++) {
        const c = spec[i];
        if (c !== '%') {
            out += c;
            continue;
        }
        const verb = spec[++i] ?? '';
        if (verb === '%') {
            out += '%';
            continue;
        }
        const text = formatVerb(verb, args[next++]);
        if (text === undefined)
            return undefined;
        out += text;
    }
    return next === args.length ? stringValue(out, site.span) : undefined;
};
/** `replace` with a plain substring; a `/regex/` pattern is left unknown. */
const replace = (args, site) => {
    const parts = strings(args, 3);
    if (parts === undefined)
        return undefined;
    const [s, find, by] = parts;
    if (find.length > 1 && find.startsWith('/') && find.endsWith('/'))
        return undefined;
    return stringValue(s.split(find).join(by), site.span);
};
const split = (args, site) => {
    const parts = strings(args, 2);
    if (parts === undefined)
        return undefined;
    const [sep, s] = parts;
    return listValue(s.split(sep).map(piece => stringValue(piece, site.span)), site.span);
};
const STRING_FUNCTIONS = {
    lower: unary(s => s.toLowerCase()),
    upper: unary(s => s.toUpperCase()),
    trimspace: unary(s => s.trim()),
    tostring: (args, site) => args.length === 1 && args[0]?.kind === 'null' ? args[0] : unary(s => s)(args, site),
    format,
    replace,
    split,
    startswith: predicate((s, prefix) => s.startsWith(prefix)),
    endswith: predicate((s, suffix) => s.endsWith(suffix))
};

;// CONCATENATED MODULE: ./src/formats/terraform/evaluate/functions.ts





/**
 * The pure functions evaluated when their arguments are known. Every other
 * call — `file`, `templatefile`, `timestamp`, provider functions, … — is
 * unknown: nothing is ever read or run.
 */
const BUILTINS = new Map(Object.entries({
    ...STRING_FUNCTIONS,
    ...COLLECTION_FUNCTIONS,
    ...JSON_FUNCTIONS,
    try: args => args[0],
    can: (args, site) => (args.length === 1 ? { kind: 'bool', value: true, span: site.span } : undefined)
}));
/** The arguments, with a trailing `list...` spread; undefined when the spread list is not known. */
function argumentsOf(expr, env) {
    const args = expr.args.map((arg) => evaluate_evaluate(arg, env));
    if (!expr.expand)
        return { args, spread: true };
    const last = args.pop();
    if (last?.kind !== 'list')
        return { args: last === undefined ? args : [...args, last], spread: false };
    return { args: [...args, ...last.items], spread: true };
}
function evaluateCall(expr, env) {
    const { args, spread } = argumentsOf(expr, env);
    const builtin = BUILTINS.get(expr.name);
    if (builtin === undefined || !spread || args.some(arg => arg.kind === 'unknown')) {
        return unknownOf(expr, env, refsOf(args));
    }
    return builtin(args, { span: expr.span, unit: env.unit }) ?? unknownOf(expr, env, refsOf(args));
}

;// CONCATENATED MODULE: ./src/formats/terraform/evaluate/operators.ts





function evaluateUnary(expr, env) {
    const operand = evaluate_evaluate(expr.operand, env);
    if (expr.op === '!') {
        const b = asBool(operand);
        if (b !== undefined)
            return boolValue(!b, expr.span);
    }
    else {
        const n = asNumber(operand);
        if (n !== undefined)
            return numberValue(-n, expr.span);
    }
    return unknownOf(expr, env, refsOf([operand]));
}
/** `false && x` and `true || x` are settled whatever `x` is. */
function shortCircuit(expr, left) {
    if (expr.op !== '&&' && expr.op !== '||')
        return undefined;
    const b = asBool(left);
    if (b === false && expr.op === '&&')
        return boolValue(false, expr.span);
    if (b === true && expr.op === '||')
        return boolValue(true, expr.span);
    return undefined;
}
function evaluateBinary(expr, env) {
    const left = evaluate_evaluate(expr.left, env);
    const settled = shortCircuit(expr, left);
    if (settled !== undefined)
        return settled;
    const right = evaluate_evaluate(expr.right, env);
    return operate(expr.op, left, right, expr) ?? unknownOf(expr, env, refsOf([left, right]));
}
function operate(op, left, right, expr) {
    switch (op) {
        case '==':
        case '!=':
            if (hasUnknown(left) || hasUnknown(right))
                return undefined;
            return boolValue(valuesEqual(left, right) === (op === '=='), expr.span);
        case '&&':
        case '||': {
            const a = asBool(left);
            const b = asBool(right);
            if (a === undefined || b === undefined)
                return undefined;
            return boolValue(op === '&&' ? a && b : a || b, expr.span);
        }
        default:
            return arithmetic(op, asNumber(left), asNumber(right), expr);
    }
}
function arithmetic(op, a, b, expr) {
    if (a === undefined || b === undefined)
        return undefined;
    switch (op) {
        case '<':
            return boolValue(a < b, expr.span);
        case '>':
            return boolValue(a > b, expr.span);
        case '<=':
            return boolValue(a <= b, expr.span);
        case '>=':
            return boolValue(a >= b, expr.span);
        case '+':
            return numberValue(a + b, expr.span);
        case '-':
            return numberValue(a - b, expr.span);
        case '*':
            return numberValue(a * b, expr.span);
        case '/':
            return b === 0 ? undefined : numberValue(a / b, expr.span);
        case '%':
            return b === 0 ? undefined : numberValue(a % b, expr.span);
        default:
            return undefined;
    }
}
/** A known condition picks its branch; an unknown one leaves the result unknown, with the refs of all three parts. */
function evaluateConditional(expr, env) {
    const test = evaluate_evaluate(expr.test, env);
    const b = asBool(test);
    if (b !== undefined)
        return evaluate_evaluate(b ? expr.then : expr.else, env);
    return unknownOf(expr, env, refsOf([test, evaluate_evaluate(expr.then, env), evaluate_evaluate(expr.else, env)]));
}

;// CONCATENATED MODULE: ./src/formats/terraform/evaluate/template.ts





function isDirective(part) {
    return typeof part !== 'string' && (part.kind === 'if' || part.kind === 'for');
}
/**
 * A template whose parts are all known is a string; `"${x}"` alone is the
 * value of `x` itself, as in Terraform. Anything else is unknown, with the
 * refs of all its parts.
 */
function evaluateTemplate(expr, env) {
    const only = expr.parts.length === 1 ? expr.parts[0] : undefined;
    if (only !== undefined && typeof only !== 'string' && !isDirective(only))
        return wholeValue(expr, only, env);
    const out = { text: [], refs: [], known: true };
    appendParts(expr.parts, env, out);
    if (!out.known)
        return unknownOf(expr, env, out.refs);
    return { kind: 'string', value: out.text.join(''), span: expr.span };
}
function wholeValue(expr, inner, env) {
    const value = evaluate_evaluate(inner, env);
    switch (value.kind) {
        case 'unknown':
            return unknownOf(expr, env, value.refs ?? []);
        case 'string':
        case 'number':
        case 'bool':
            return { kind: value.kind, value: value.value, span: expr.span };
        default:
            return value;
    }
}
function appendParts(parts, env, out) {
    for (const part of parts) {
        if (typeof part === 'string')
            out.text.push(part);
        else if (part.kind === 'if')
            appendIf(part, env, out);
        else if (part.kind === 'for')
            appendFor(part, env, out);
        else
            appendValue(evaluate_evaluate(part, env), out);
    }
}
function appendValue(value, out) {
    const text = asString(value);
    if (text !== undefined)
        out.text.push(text);
    else {
        out.known = false;
        out.refs.push(...refsOf([value]));
    }
}
function appendIf(part, env, out) {
    const test = evaluate_evaluate(part.test, env);
    const b = asBool(test);
    if (b !== undefined)
        return appendParts(b ? part.then : part.else, env, out);
    out.known = false;
    out.refs.push(...refsOf([test]));
}
function appendFor(part, env, out) {
    const collection = evaluate_evaluate(part.collection, env);
    const elements = elementsOf(collection);
    if (elements === undefined) {
        out.known = false;
        out.refs.push(...refsOf([collection]));
        return;
    }
    for (const element of elements)
        appendParts(part.body, iterationEnv(env, part.keyVar, part.valueVar, element), out);
}

;// CONCATENATED MODULE: ./src/formats/terraform/evaluate/locals.ts


/**
 * The value of `local.<name>`, evaluated once and remembered; a local that
 * refers back to itself (directly or through others) is unknown.
 */
function resolveLocal(unit, name) {
    const local = unit.locals.get(name);
    if (local === undefined)
        return undefined;
    if (local.state === 'done')
        return local.value ?? undefined;
    if (local.state === 'evaluating')
        return unknownValue(`local.${name}`, { line: 1, column: 1, endLine: 1, endColumn: 1 }, []);
    local.state = 'evaluating';
    const value = evaluate_evaluate(local.expr, { unit, text: local.text, scope: null });
    local.value = value;
    local.state = 'done';
    return value;
}

;// CONCATENATED MODULE: ./src/formats/terraform/evaluate/respan.ts

/**
 * A copy of `value` whose spans (its own and all inside it) are `span`: a
 * variable or local resolved where it is used points at the use, in the
 * file of the resource. Each node copied costs one unit of fuel; past the
 * depth or the fuel, the value becomes unknown.
 */
function respan(value, span, unit, expr) {
    if (value.span === span)
        return value;
    return copy(value, span, unit, expr, 0);
}
function copy(value, span, unit, expr, depth) {
    if (--unit.fuel < 0 || depth > unit.maxDepth)
        return unknownValue(expr, span, []);
    switch (value.kind) {
        case 'string':
        case 'number':
        case 'bool':
            return { kind: value.kind, value: value.value, span };
        case 'null':
            return { kind: 'null', span };
        case 'unknown':
            return { ...value, span };
        case 'list':
            return copyList(value, span, unit, expr, depth);
        case 'map':
            return copyMap(value, span, unit, expr, depth);
    }
}
function copyList(value, span, unit, expr, depth) {
    const items = new Array(value.items.length);
    for (let i = 0; i < items.length; i++)
        items[i] = copy(value.items[i], span, unit, expr, depth + 1);
    return { kind: 'list', items, span };
}
function copyMap(value, span, unit, expr, depth) {
    const entries = new Map();
    const keySpans = new Map();
    for (const [key, item] of value.entries) {
        entries.set(key, copy(item, span, unit, expr, depth + 1));
        keySpans.set(key, span);
    }
    return { kind: 'map', entries, span, keySpans };
}

;// CONCATENATED MODULE: ./src/formats/terraform/evaluate/traversal.ts






/** Roots whose values only exist when Terraform runs. */
const RUNTIME_ROOTS = new Set(['count', 'each', 'path', 'terraform', 'self']);
/** A placeholder for "cannot be settled here"; the caller labels it with the whole expression. */
function traversal_unsettled(expr, refs) {
    return unknownValue('', expr.span, refs);
}
/** The value of a reference, re-spanned to where it is used, or an unknown with its text and refs. */
function traversal_settle(value, expr, env) {
    if (value.kind === 'unknown')
        return unknownOf(expr, env, value.refs ?? []);
    return respan(value, expr.span, env.unit, sourceText(env.text, expr.start, expr.end));
}
function evaluateName(expr, env) {
    const bound = lookup(env.scope, expr.name);
    return traversal_settle(bound ?? traversal_unsettled(expr, []), expr, env);
}
function evaluateGet(expr, env) {
    const target = expr.target;
    const value = target.kind === 'name'
        ? resolveReference(expr, target.name, env)
        : applySteps(evaluate_evaluate(target, env), expr.steps, 0, expr, env);
    return traversal_settle(value, expr, env);
}
function attrName(steps, i) {
    const step = steps[i];
    return step?.t === 'attr' ? step.name : undefined;
}
/** `var.x`, `local.x`, a bound name, or a reference to a resource, data source or module. */
function resolveReference(expr, root, env) {
    const steps = expr.steps;
    const bound = lookup(env.scope, root);
    if (bound !== undefined)
        return applySteps(bound, steps, 0, expr, env);
    const first = attrName(steps, 0);
    if (root === 'var' || root === 'local') {
        const value = first === undefined
            ? undefined
            : root === 'var'
                ? env.unit.vars.get(first)
                : resolveLocal(env.unit, first);
        return value === undefined ? traversal_unsettled(expr, []) : applySteps(value, steps, 1, expr, env);
    }
    if (RUNTIME_ROOTS.has(root) || first === undefined)
        return traversal_unsettled(expr, []);
    const prefix = env.unit.prefix;
    if (root === 'module')
        return moduleReference(expr, first, env);
    if (root === 'data') {
        const name = attrName(steps, 1);
        return traversal_unsettled(expr, name === undefined ? [] : [`${prefix}data.${first}.${name}`]);
    }
    return traversal_unsettled(expr, [`${prefix}${root}.${first}`]);
}
/**
 * `module.x.out`: the output's value when the call is followed (an unknown
 * output keeps the refs of the resources inside the module it comes from),
 * else unknown with a ref to the call. With `count` or `for_each` the one
 * instance analysed answers for `module.x[k]`.
 */
function moduleReference(expr, name, env) {
    const call = `${env.unit.prefix}module.${name}`;
    const module = env.unit.module?.(name);
    if (module === undefined)
        return traversal_unsettled(expr, [call]);
    let from = 1;
    if (module.instanced) {
        const step = expr.steps[1];
        if (step === undefined)
            return traversal_unsettled(expr, [call]);
        if (step.t === 'index')
            from = 2;
    }
    const value = applySteps(module.value, expr.steps, from, expr, env);
    return value.kind === 'unknown' && value.expr === '' && value.refs === undefined
        ? traversal_unsettled(expr, [call])
        : value;
}
/** Follows `.a`, `[i]`, `[*]` and `.*` steps through a value; anything missing is unsettled. */
function applySteps(value, steps, from, expr, env) {
    let current = value;
    for (let i = from; i < steps.length; i++) {
        if (current.kind === 'unknown')
            return current;
        const step = steps[i];
        if (step.t === 'splat')
            return applySplat(current, steps, i, expr, env);
        const next = step.t === 'attr' ? attribute(current, step.name) : index(current, step.key, expr, env);
        if (next === undefined)
            return traversal_unsettled(expr, []);
        current = next;
    }
    return current;
}
function attribute(value, name) {
    return value.kind === 'map' ? value.entries.get(name) : undefined;
}
function index(value, keyExpr, expr, env) {
    const key = evaluate_evaluate(keyExpr, env);
    if (key.kind === 'unknown')
        return traversal_unsettled(expr, key.refs ?? []);
    if (value.kind === 'list') {
        const i = asNumber(key);
        return i === undefined || !Number.isInteger(i) ? undefined : value.items[i];
    }
    if (value.kind === 'map') {
        const name = asString(key);
        return name === undefined ? undefined : value.entries.get(name);
    }
    return undefined;
}
/**
 * `[*]` applies every following step to each element; `.*` only the
 * attribute steps right after it. A non-list becomes a one-element list,
 * null an empty one, as Terraform does.
 */
function applySplat(value, steps, at, expr, env) {
    const full = steps[at].full;
    let end = at + 1;
    if (full)
        end = steps.length;
    else
        while (end < steps.length && steps[end].t === 'attr')
            end++;
    const each = steps.slice(at + 1, end);
    const elements = value.kind === 'list' ? value.items : value.kind === 'null' ? [] : [value];
    const items = elements.map(item => {
        const result = applySteps(item, each, 0, expr, env);
        return result.kind === 'unknown' && result.expr === '' ? unknownOf(expr, env, result.refs ?? []) : result;
    });
    return applySteps({ kind: 'list', items, span: value.span }, steps, end, expr, env);
}

;// CONCATENATED MODULE: ./src/formats/terraform/evaluate/evaluate.ts







/**
 * The value of an expression, never running anything: literals are
 * themselves, references resolve through variables, locals and bound names,
 * and whatever cannot be settled is an unknown carrying its source text,
 * its span and the resources it refers to.
 */
function evaluate_evaluate(expr, env) {
    switch (expr.kind) {
        case 'string':
        case 'number':
        case 'bool':
        case 'null':
        case 'list':
        case 'map':
        case 'unknown':
            return expr;
        default: {
            const unit = env.unit;
            if (unit.depth >= unit.maxDepth || --unit.fuel < 0)
                return unknownOf(expr, env, []);
            unit.depth++;
            const value = evaluateCompound(expr, env);
            unit.depth--;
            return value;
        }
    }
}
function evaluateCompound(expr, env) {
    switch (expr.kind) {
        case 'name':
            return evaluateName(expr, env);
        case 'get':
            return evaluateGet(expr, env);
        case 'tuple':
            return evaluateTuple(expr, env);
        case 'object':
            return evaluateObject(expr, env);
        case 'template':
            return evaluateTemplate(expr, env);
        case 'call':
            return evaluateCall(expr, env);
        case 'unary':
            return evaluateUnary(expr, env);
        case 'binary':
            return evaluateBinary(expr, env);
        case 'conditional':
            return evaluateConditional(expr, env);
        case 'for-expr':
            return evaluateFor(expr, env);
    }
}
function evaluateTuple(expr, env) {
    const items = new Array(expr.items.length);
    for (let i = 0; i < items.length; i++)
        items[i] = evaluate_evaluate(expr.items[i], env);
    return { kind: 'list', items, span: expr.span };
}
function evaluateObject(expr, env) {
    const entries = new Map();
    const keySpans = new Map();
    for (let i = 0; i < expr.keys.length; i++) {
        const key = evaluate_evaluate(expr.keys[i], env);
        const name = asString(key);
        if (name === undefined)
            return unknownOf(expr, env, refsOf([key]));
        entries.set(name, evaluate_evaluate(expr.values[i], env));
        keySpans.set(name, key.span);
    }
    return { kind: 'map', entries, span: expr.span, keySpans };
}

;// CONCATENATED MODULE: ./src/formats/text/text-problem.ts
function lineAt(text, index) {
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/**
 * Why a file cannot be Terraform text (a NUL byte, or bytes that were not
 * valid UTF-8), with the line; undefined when it is text.
 */
function textProblem(text) {
    const nul = text.indexOf('\u0000');
    if (nul >= 0) {
        return {
            line: lineAt(text, nul),
            message: 'expected UTF-8 text, found a NUL byte (is this a binary file?)'
        };
    }
    const invalid = text.indexOf('\ufffd');
    if (invalid >= 0) {
        return {
            line: lineAt(text, invalid),
            message: 'expected UTF-8 text, found bytes that are not valid UTF-8'
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/formats/terraform/parse-source-file.ts



/** One file's syntax, or nothing but its error (not text, or a syntax error). */
function parseSourceFile(file, options, errors) {
    const problem = textProblem(file.text);
    if (problem !== undefined) {
        errors.push({ file: file.path, ...problem });
        return undefined;
    }
    try {
        return parseHcl(file.path, file.text, options);
    }
    catch (error) {
        if (error instanceof HclSyntaxError)
            errors.push({ file: file.path, line: error.line, message: error.message });
        else
            errors.push({ file: file.path, message: `could not parse the file: ${String(error)}` });
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/formats/terraform/module-tree.ts


/** Modules nested deeper than this are not followed: well past any real configuration. */
const MAX_MODULE_DEPTH = 32;
/** Module instances followed from one unit at most; beyond it, calls are left as `module` resources. */
const MAX_MODULE_INSTANCES = 500;
function newModuleTree(linked, options) {
    return { linked, options, parsed: new Map(), instances: 0 };
}
/**
 * The `.tf` files of a module directory, parsed (its syntax errors go to
 * `errors` once); the reason when the pipeline did not give them;
 * undefined when the snapshot holds no such directory or no `.tf` file in it.
 */
function moduleFiles(tree, dir, errors) {
    if (tree.parsed.has(dir))
        return tree.parsed.get(dir);
    const entry = tree.linked.get(dir);
    let result;
    if (entry === undefined)
        result = undefined;
    else if ('reason' in entry)
        result = { reason: entry.reason };
    else
        result = parseConfig(entry.files, tree.options, errors);
    tree.parsed.set(dir, result);
    return result;
}
/** Only `.tf` files: Terraform reads no tfvars of a called module. */
function parseConfig(files, options, errors) {
    const config = files.filter(file => isConfigFile(file.path));
    if (config.length === 0)
        return undefined;
    const parsed = [];
    for (const file of [...config].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
        const hcl = parseSourceFile(file, options, errors);
        if (hcl !== undefined)
            parsed.push(hcl);
    }
    return parsed;
}

;// CONCATENATED MODULE: ./src/formats/terraform/unit-scope.ts



/** Variables from `variable` defaults then the tfvars files; `locals` ready to evaluate on demand. */
function buildUnitScope(config, all, scope, errors) {
    // Defaults and tfvars are constants: evaluated with no variables or locals in sight.
    const constants = newUnitScope(scope.maxDepth, scope.fuel);
    for (const file of config)
        collectDefinitions(file, scope, constants, errors);
    for (const file of varsFiles(all)) {
        const env = { unit: constants, text: file.text, scope: null };
        for (const [name, expr] of file.attributes)
            scope.vars.set(name, evaluate_evaluate(expr, env));
    }
}
/** `terraform.tfvars`, then `*.auto.tfvars` in lexical order: later files win. */
function varsFiles(files) {
    return files
        .filter(file => varsFileRank(file.path) !== undefined)
        .sort((a, b) => varsFileRank(a.path) - varsFileRank(b.path) || compare(a.path, b.path));
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function collectDefinitions(file, scope, constants, errors) {
    const env = { unit: constants, text: file.text, scope: null };
    for (const block of file.blocks) {
        if (block.type === 'variable' && block.labels.length === 1) {
            const value = block.entries.get('default');
            if (value !== undefined && value.kind !== 'blocks')
                scope.vars.set(block.labels[0], evaluate_evaluate(value, env));
        }
        else if (block.type === 'locals') {
            for (const [name, expr] of block.entries) {
                if (expr.kind === 'blocks')
                    continue;
                if (scope.locals.has(name)) {
                    const line = block.keySpans.get(name)?.line ?? block.span.line;
                    errors.push({
                        file: file.path,
                        line,
                        message: `expected each local value to be defined once, found 'local.${name}' again`
                    });
                    continue;
                }
                scope.locals.set(name, { expr, text: file.text, state: 'pending', value: null });
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/formats/terraform/module-call.ts








/** Arguments of a `module` block that are not the module's variables. */
const META_ARGUMENTS = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);
/**
 * The call's module evaluated with the caller's arguments; undefined when
 * it is not followed (remote, missing, excluded, a loop, past the limits),
 * which leaves the call a `module` resource. A call met again while it is
 * being evaluated (outputs that go round through another call) is not
 * followed there.
 */
function followCall(parent, tree, call) {
    if (call.state === 'done')
        return call.result;
    if (call.state === 'evaluating')
        return undefined;
    call.state = 'evaluating';
    call.result = follow(parent, tree, call);
    call.state = 'done';
    return call.result;
}
function follow(parent, tree, call) {
    const { block, file } = call;
    const address = `${parent.scope.prefix}module.${block.labels[0]}`;
    const { errors, skipped } = parent.sink;
    const problem = (message) => {
        errors.push({ file: file.path, line: block.span.line, message });
    };
    const source = literalSource(block);
    if (source === undefined) {
        const found = block.entries.has('source') ? 'an expression' : 'none';
        return problem(`expected '${address}' to have a 'source' that is a literal string, found ${found}`);
    }
    const target = moduleSource(source, parent.dir);
    if (target.kind === 'remote') {
        skipped.push({
            file: file.path,
            reason: `${address}: remote module ${source} (not fetched, not analysed)`
        });
        return undefined;
    }
    if (target.kind === 'outside')
        return problem(`expected the source of '${address}' to be in the repository, found "${source}", which ${target.reason}`);
    const dir = target.dir;
    const refused = refusal(parent, tree, address, dir);
    if (refused !== undefined)
        return problem(refused);
    const files = moduleFiles(tree, dir, errors);
    if (files === undefined)
        return problem(`expected the module directory '${dir}' of '${address}' (source "${source}") to hold .tf files, found none`);
    if ('reason' in files) {
        skipped.push({ file: file.path, reason: `${address}: module ${dir}: ${files.reason} (not analysed)` });
        return undefined;
    }
    tree.instances++;
    return evaluateModule(parent, tree, call, { address, dir, files });
}
/** Why a local call is not followed: a loop, or past the depth or instance limits. */
function refusal(parent, tree, address, dir) {
    if (parent.chain.includes(dir)) {
        const loop = [...parent.chain, dir].join(' → ');
        return `expected modules not to call themselves, found '${address}' calling '${dir}' again (${loop})`;
    }
    if (parent.chain.length > MAX_MODULE_DEPTH)
        return `expected modules nested at most ${MAX_MODULE_DEPTH} deep, found '${address}' deeper (not analysed)`;
    if (tree.instances >= MAX_MODULE_INSTANCES)
        return `expected at most ${MAX_MODULE_INSTANCES} module calls under one directory, found more at '${address}' (not analysed)`;
    return undefined;
}
/** The module's scope gets the caller's arguments over its defaults, and shares the caller's fuel. */
function evaluateModule(parent, tree, call, target) {
    const args = evaluateArguments(parent, call, target);
    const caller = parent.scope;
    const scope = newUnitScope(caller.maxDepth, caller.fuel, `${target.address}.`);
    scope.depth = caller.depth;
    buildUnitScope(target.files, target.files, scope, parent.sink.errors);
    for (const [name, value] of args)
        scope.vars.set(name, value);
    const instance = {
        ...parent,
        dir: target.dir,
        files: target.files,
        scope,
        inPlace: false,
        chain: [...parent.chain, target.dir],
        tree
    };
    const resources = collectInstance(instance);
    const outputs = evaluateOutputs(target.files, scope, call.block.span);
    caller.fuel = scope.fuel;
    const instanced = call.block.entries.has('count') || call.block.entries.has('for_each');
    return { resources, value: { value: outputs, instanced } };
}
/** The block's arguments, evaluated where the call is; one the module has no variable for is an error. */
function evaluateArguments(parent, call, target) {
    const declared = new Set();
    for (const file of target.files)
        for (const block of file.blocks)
            if (block.type === 'variable' && block.labels.length === 1)
                declared.add(block.labels[0]);
    const env = { unit: parent.scope, text: call.file.text, scope: null };
    const args = new Map();
    for (const [name, entry] of call.block.entries) {
        if (META_ARGUMENTS.has(name) || entry.kind === 'blocks')
            continue;
        if (!declared.has(name)) {
            parent.sink.errors.push({
                file: call.file.path,
                line: call.block.keySpans.get(name)?.line ?? call.block.span.line,
                message: `expected '${name}' of '${target.address}' to be a variable of '${target.dir}', found no 'variable "${name}"' there`
            });
            continue;
        }
        args.set(name, evaluate_evaluate(entry, env));
    }
    return args;
}
/** `output "n" { value = … }` of the module, as the map `module.<name>` is to the caller. */
function evaluateOutputs(files, scope, span) {
    const entries = new Map();
    const keySpans = new Map();
    for (const file of files) {
        const env = { unit: scope, text: file.text, scope: null };
        for (const block of file.blocks) {
            if (block.type !== 'output' || block.labels.length !== 1)
                continue;
            const value = block.entries.get('value');
            if (value === undefined || value.kind === 'blocks')
                continue;
            entries.set(block.labels[0], evaluate_evaluate(value, env));
            keySpans.set(block.labels[0], block.labelSpans[0]);
        }
    }
    return mapOf(entries, span, keySpans);
}

;// CONCATENATED MODULE: ./src/formats/terraform/moved.ts
/**
 * `moved { from = aws_s3_bucket.a  to = aws_s3_bucket.b }` blocks of one
 * module instance as moves between keys. Instance keys are dropped
 * (`a[0]` is `a`), since a resource with `count` or `for_each` is one
 * resource here; a move that is then from an address to itself is no move.
 */
function collectMoves(files, unit, prefix, errors) {
    const moves = [];
    for (const file of files) {
        for (const block of file.blocks) {
            if (block.type !== 'moved')
                continue;
            const from = endpoint(block, 'from', file, errors);
            const to = endpoint(block, 'to', file, errors);
            if (from === undefined || to === undefined || from === to)
                continue;
            moves.push({
                from: `${unit}//${prefix}${from}`,
                to: `${unit}//${prefix}${to}`,
                file: file.path,
                line: block.span.line
            });
        }
    }
    return moves;
}
function endpoint(block, name, file, errors) {
    const entry = block.entries.get(name);
    const address = entry === undefined || entry.kind === 'blocks' ? undefined : addressOf(entry);
    if (address !== undefined)
        return address;
    const line = block.keySpans.get(name)?.line ?? block.span.line;
    const found = entry === undefined ? `no '${name}'` : `'${name}' set to something else`;
    errors.push({
        file: file.path,
        line,
        message: `expected 'moved' to have '${name}' set to a resource or module address (aws_s3_bucket.a, module.a), found ${found}`
    });
    return undefined;
}
/** `module.a.aws_s3_bucket.b[0]` as `module.a.aws_s3_bucket.b`; undefined for anything but an address. */
function addressOf(expr) {
    if (expr.kind !== 'get' || expr.target.kind !== 'name')
        return undefined;
    const segments = [expr.target.name];
    for (const step of expr.steps) {
        if (step.t === 'attr')
            segments.push(step.name);
        else if (step.t !== 'index')
            return undefined;
    }
    return isAddress(segments) ? segments.join('.') : undefined;
}
/** `(module.N.)* then T.N, data.T.N or nothing after at least one module`. */
function isAddress(segments) {
    let i = 0;
    while (segments[i] === 'module' && i + 1 < segments.length)
        i += 2;
    const rest = segments.length - i;
    if (rest === 0)
        return i > 0;
    if (segments[i] === 'module')
        return false;
    return rest === 2 || (rest === 3 && segments[i] === 'data');
}

;// CONCATENATED MODULE: ./src/formats/terraform/evaluate/body.ts







/**
 * A block body as a map: attributes by name, nested blocks as a list of
 * maps under their type (always a list), `dynamic` blocks expanded into the
 * same list. With `inPlace` the block's own maps become the value (a block
 * evaluated once); otherwise they are copied (a `dynamic` content block,
 * evaluated once per element).
 */
function evaluateBlockBody(block, span, env, problems, inPlace) {
    const source = block.entries;
    const b = {
        entries: inPlace ? source : new Map(),
        keySpans: inPlace ? block.keySpans : new Map(block.keySpans),
        blockTypes: new Set()
    };
    let dynamics;
    for (const [name, entry] of source) {
        if (entry.kind === 'blocks') {
            if (name === 'dynamic') {
                dynamics = entry.blocks;
                b.entries.delete(name);
                b.keySpans.delete(name);
                continue;
            }
            b.entries.set(name, blockList(entry.blocks, env, problems, inPlace));
            b.blockTypes.add(name);
        }
        else if (!inPlace || !isValue(entry)) {
            b.entries.set(name, evaluate_evaluate(entry, env));
        }
    }
    if (dynamics !== undefined)
        for (const d of dynamics)
            expandDynamic(b, d, env, problems);
    return mapOf(b.entries, span, b.keySpans);
}
function blockList(blocks, env, problems, inPlace) {
    const items = blocks.map(block => nestedBlock(block, env, problems, inPlace));
    const first = blocks[0].span;
    const last = blocks[blocks.length - 1].span;
    return {
        kind: 'list',
        items,
        span: { line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn }
    };
}
/** A nested block is a map spanning the whole block; a labelled one keeps its first label as `__label`. */
function nestedBlock(block, env, problems, inPlace) {
    const body = evaluateBlockBody(block, block.span, env, problems, inPlace);
    if (block.labels.length > 0) {
        const labelSpan = block.labelSpans[0];
        body.entries.set('__label', stringValue(block.labels[0], labelSpan));
        body.keySpans?.set('__label', labelSpan);
    }
    return body;
}
/** Appends one item to the list of nested blocks of a type, creating the list if needed. */
function addItem(b, type, keySpan, item) {
    const list = b.blockTypes.has(type) ? b.entries.get(type) : undefined;
    if (list === undefined) {
        b.entries.set(type, { kind: 'list', items: [item], span: item.span });
        b.keySpans.set(type, keySpan);
        b.blockTypes.add(type);
        return;
    }
    list.items.push(item);
    const { line, column } = list.span;
    list.span = { line, column, endLine: item.span.endLine, endColumn: item.span.endColumn };
}
function body_attribute(block, name) {
    const entry = block.entries.get(name);
    return entry === undefined || entry.kind === 'blocks' ? undefined : entry;
}
function contentOf(block) {
    const entry = block.entries.get('content');
    return entry?.kind === 'blocks' ? entry.blocks[0] : undefined;
}
function dynamicProblem(block, content, forEach) {
    let found;
    if (block.labels.length !== 1)
        found = `${block.labels.length} labels`;
    else if (forEach === undefined)
        found = "no 'for_each' attribute";
    else if (content === undefined)
        found = "no 'content' block";
    else
        return undefined;
    return `expected a 'dynamic' block to have one label, a 'for_each' attribute and a 'content' block, found ${found}`;
}
/**
 * `dynamic "x" { for_each = …  iterator = it  content { … } }`: one `x`
 * item per element of a known collection, with `x.key` / `x.value` bound;
 * otherwise one item in which everything that depends on the iterator is
 * unknown.
 */
function expandDynamic(b, block, env, problems) {
    const content = contentOf(block);
    const forEach = body_attribute(block, 'for_each');
    const problem = dynamicProblem(block, content, forEach);
    if (problem !== undefined || content === undefined || forEach === undefined) {
        problems.push({ line: block.span.line, message: problem ?? 'invalid dynamic block' });
        return;
    }
    const type = block.labels[0];
    const keySpan = block.labelSpans[0];
    const iterator = iteratorName(block, type, env);
    const collection = evaluate_evaluate(forEach, env);
    const elements = elementsOf(collection);
    if (elements === undefined) {
        // Uses of the iterator are labelled with their own text; only the refs of `for_each` carry over.
        const unknown = collection.kind === 'unknown' ? collection : unknownValue('', collection.span, []);
        addItem(b, type, keySpan, evaluateBlockBody(content, block.span, bind(env, iterator, unknown), problems, false));
        return;
    }
    for (const element of elements) {
        const entries = new Map([
            ['key', element.key],
            ['value', element.value]
        ]);
        const scope = bind(env, iterator, mapOf(entries, element.value.span));
        addItem(b, type, keySpan, evaluateBlockBody(content, block.span, scope, problems, false));
    }
}
function iteratorName(block, type, env) {
    const expr = body_attribute(block, 'iterator');
    if (expr === undefined)
        return type;
    if (expr.kind === 'name')
        return expr.name;
    return asString(evaluate_evaluate(expr, env)) ?? type;
}

;// CONCATENATED MODULE: ./src/formats/terraform/resources.ts

const LABELS = { resource: 2, data: 2, module: 1 };
/** Type and address of a `resource`, `data` or `module` block; undefined for other blocks. */
function resources_kindOf(block, file, errors) {
    const expected = LABELS[block.type];
    if (expected === undefined)
        return undefined;
    const [first, second] = block.labels;
    if (block.labels.length !== expected) {
        const names = expected === 2 ? 'a type and a name' : 'a name';
        errors.push({
            file: file.path,
            line: block.span.line,
            message: `expected ${expected} label${expected === 1 ? '' : 's'} (${names}) after '${block.type}', found ${block.labels.length}`
        });
        return undefined;
    }
    if (block.type === 'resource')
        return { type: first, address: `${first}.${second}` };
    if (block.type === 'data')
        return { type: `data.${first}`, address: `data.${first}.${second}` };
    return { type: 'module', address: `module.${first}` };
}
/**
 * One resource with its evaluated body. Evaluation is not expected to
 * throw; if it ever does, the resource becomes an error, not a failed scan.
 */
function evaluateResource(file, block, kind, c, errors) {
    const problems = [];
    const address = c.scope.prefix + kind.address;
    let body;
    try {
        const env = { unit: c.scope, text: file.text, scope: null };
        body = evaluateBlockBody(block, block.bodySpan, env, problems, c.inPlace);
    }
    catch (error) {
        errors.push({
            file: file.path,
            line: block.span.line,
            message: `could not evaluate '${address}': ${String(error)}`
        });
        return undefined;
    }
    for (const p of problems)
        errors.push({ file: file.path, line: p.line, message: p.message });
    return {
        file: file.path,
        format: 'terraform',
        type: kind.type,
        address,
        key: `${c.unit}//${address}`,
        span: block.span,
        body
    };
}
/**
 * The resources, data sources and module calls of one module instance, in
 * file then source order; a module call that is followed gives the
 * resources of its module in its place.
 */
function collectResources(files, c, errors) {
    const resources = [];
    const seen = new Map();
    for (const file of files) {
        for (const item of file.blocks) {
            const kind = resources_kindOf(item, file, errors);
            if (kind === undefined)
                continue;
            const first = seen.get(kind.address);
            if (first !== undefined) {
                errors.push({
                    file: file.path,
                    line: item.span.line,
                    message: `expected '${c.scope.prefix}${kind.address}' to be defined once in '${c.dir}', found it again (first at ${first.file}:${first.line})`
                });
                continue;
            }
            seen.set(kind.address, { file: file.path, line: item.span.line });
            const followed = kind.type === 'module' ? c.follow?.(item, file) : undefined;
            if (followed !== undefined) {
                resources.push(...followed);
                continue;
            }
            const resource = evaluateResource(file, item, kind, c, errors);
            if (resource !== undefined)
                resources.push(resource);
        }
    }
    return resources;
}

;// CONCATENATED MODULE: ./src/formats/terraform/instance.ts



/**
 * The resources of an instance, with those of the modules it calls in
 * place of each call; its `moved` blocks go to the sink. `module.x`
 * references resolve through the calls, each followed once, on first use.
 */
function collectInstance(instance) {
    const calls = new Map();
    for (const file of instance.files)
        for (const block of file.blocks)
            if (block.type === 'module' && block.labels.length === 1 && !calls.has(block.labels[0]))
                calls.set(block.labels[0], { block, file, state: 'pending', result: undefined });
    const tree = instance.tree;
    if (tree !== undefined) {
        instance.scope.module = name => {
            const call = calls.get(name);
            return call === undefined ? undefined : followCall(instance, tree, call)?.value;
        };
    }
    const follow = tree === undefined
        ? undefined
        : (block) => {
            const call = calls.get(block.labels[0]);
            return call?.block === block ? followCall(instance, tree, call)?.resources : undefined;
        };
    const resources = collectResources(instance.files, { unit: instance.unit, dir: instance.dir, scope: instance.scope, inPlace: instance.inPlace, follow }, instance.sink.errors);
    instance.sink.moved.push(...collectMoves(instance.files, instance.unit, instance.scope.prefix, instance.sink.errors));
    return resources;
}

;// CONCATENATED MODULE: ./src/formats/terraform/unit.ts







/**
 * Parses the `.tf` and `.tfvars` files of one module directory and builds
 * its resources. A file with a syntax error contributes nothing but its
 * error; the other files of the unit are still read. With `linked` (the
 * directories of the local modules it calls, as read by the pipeline),
 * module calls are followed and their resources come out under the
 * caller's unit as `module.<name>.<address>`; without it, each call is
 * one `module` resource holding its arguments.
 */
function parseTerraformUnit(unit, files, options = {}, linked) {
    const sink = { errors: [], skipped: [], moved: [] };
    const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const parsed = [];
    for (const file of sorted) {
        const hcl = parseSourceFile(file, options, sink.errors);
        if (hcl !== undefined)
            parsed.push(hcl);
    }
    const config = parsed.filter(file => isConfigFile(file.path));
    const fuel = options.fuel ?? 1_000_000 + 16 * (sizeOf(files) + linkedSize(linked));
    const scope = newUnitScope(options.maxDepth ?? DEFAULT_MAX_DEPTH, fuel);
    try {
        buildUnitScope(config, parsed, scope, sink.errors);
    }
    catch (error) {
        sink.errors.push({
            file: unit,
            message: `could not evaluate the variables of '${unit}': ${String(error)}`
        });
    }
    const tree = linked === undefined ? undefined : newModuleTree(linked, options);
    const resources = collectInstance({
        unit,
        dir: unit,
        files: config,
        scope,
        inPlace: true,
        chain: [unit],
        tree,
        sink
    });
    const output = { resources, errors: distinct(sink.errors) };
    if (sink.skipped.length > 0)
        output.skipped = sink.skipped;
    if (sink.moved.length > 0)
        output.moved = sink.moved;
    return output;
}
function sizeOf(files) {
    let size = 0;
    for (const file of files)
        size += file.text.length;
    return size;
}
function linkedSize(linked) {
    let size = 0;
    for (const entry of linked?.values() ?? [])
        if ('files' in entry)
            size += sizeOf(entry.files);
    return size;
}
/** A module called twice reports a problem in its files once. */
function distinct(errors) {
    const seen = new Set();
    return errors.filter(e => {
        const id = `${e.file}\0${e.line ?? 0}\0${e.message}`;
        if (seen.has(id))
            return false;
        seen.add(id);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/formats/terraform/index.ts









/** Terraform: `.tf` and `.tfvars` files, parsed a module directory at a time, local modules followed. */
const terraformParser = {
    format: 'terraform',
    claimsPath: claimsTerraformPath,
    unitOf: terraformUnitOf,
    dependencies: terraformDependencies,
    parse: (unit, files, linked) => parseTerraformUnit(unit, files, {}, linked)
};

;// CONCATENATED MODULE: ./src/formats/terraform-plan/plan-root.ts


/**
 * The directory the plan was made in: of the candidates (the Terraform
 * directories no other one calls), the one that declares the most of the
 * plan's top-level addresses (`aws_s3_bucket.b` of `aws_s3_bucket.b[0]`,
 * `module.a` of `module.a.aws_s3_bucket.b`); on a tie, the plan file's own
 * directory, then the first by path. Undefined when none declares any.
 */
function findPlanRoot(plan, candidates) {
    const wanted = new Set(plan.entries.map(entry => topAddress(sourceAddress(entry.address))));
    let best;
    for (const candidate of [...candidates].sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0))) {
        let score = 0;
        for (const address of declaredAddresses(candidate.files))
            if (wanted.has(address))
                score++;
        const better = best === undefined ||
            score > best.score ||
            (score === best.score && candidate.unit === plan.dir && best.unit !== plan.dir);
        if (score > 0 && better)
            best = { unit: candidate.unit, score };
    }
    return best?.unit;
}
/** `module.a.module.b.aws_s3_bucket.c` → `module.a`; `data.t.n` and `t.n` as they are. */
function topAddress(address) {
    const parts = address.split('.');
    return parts[0] === 'module' ? parts.slice(0, 2).join('.') : address;
}
/** The `resource`, `data` and `module` addresses the directory's `.tf` files declare, by syntax alone. */
function declaredAddresses(files) {
    const out = new Set();
    for (const file of files) {
        if (!file.path.endsWith('.tf'))
            continue;
        let blocks;
        try {
            blocks = parseHcl(file.path, file.text).blocks;
        }
        catch {
            continue;
        }
        for (const block of blocks) {
            const [first, second] = block.labels;
            if (block.type === 'module' && first !== undefined)
                out.add(`module.${first}`);
            else if (block.type === 'resource' && second !== undefined)
                out.add(`${first}.${second}`);
            else if (block.type === 'data' && second !== undefined)
                out.add(`data.${first}.${second}`);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/sources/decode-text.ts
const BINARY_REASON = 'binary file (not text)';
/** Git's own test for binary content looks for a NUL in the first 8000 bytes; 8 KiB is as good. */
const SNIFF_BYTES = 8 * 1024;
/**
 * File bytes → text. UTF-8 (a BOM is dropped) or UTF-16 with a BOM; a NUL in
 * the first 8 KiB or bytes that are not valid in the encoding make it binary.
 */
function decodeText(bytes) {
    const utf16 = decodeUtf16(bytes);
    if (utf16 !== undefined)
        return utf16;
    if (bytes.subarray(0, SNIFF_BYTES).includes(0))
        return { ok: false, reason: BINARY_REASON };
    return decodeWith('utf-8', bytes);
}
function decodeUtf16(bytes) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return decodeWith('utf-16le', bytes);
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return decodeWith('utf-16le', swapBytePairs(bytes));
    return undefined;
}
/** Big-endian UTF-16 → little-endian, so only the decoder every Node build has is needed. */
function swapBytePairs(bytes) {
    const swapped = new Uint8Array(bytes.length);
    for (let i = 0; i + 1 < bytes.length; i += 2) {
        swapped[i] = bytes[i + 1];
        swapped[i + 1] = bytes[i];
    }
    if (bytes.length % 2 === 1)
        swapped[bytes.length - 1] = bytes[bytes.length - 1];
    return swapped;
}
function decodeWith(encoding, bytes) {
    let text;
    try {
        text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    }
    catch {
        return { ok: false, reason: BINARY_REASON };
    }
    if (text.slice(0, SNIFF_BYTES).includes('\0'))
        return { ok: false, reason: BINARY_REASON };
    return { ok: true, text };
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/sources/size-limit.ts
const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
const KIB = 1024;
const MIB = 1024 * 1024;
/** 512 → `512 bytes`, 1536 → `1.5 KB`, 6 MiB → `6.0 MB` (binary multiples, as file managers show them). */
function formatBytes(bytes) {
    if (bytes < KIB)
        return `${bytes} bytes`;
    if (bytes < MIB)
        return `${(bytes / KIB).toFixed(1)} KB`;
    return `${(bytes / MIB).toFixed(1)} MB`;
}
/** Why a file of `size` bytes is not read, or undefined when it is within `maxBytes`. */
function oversizeReason(size, maxBytes) {
    if (size <= maxBytes)
        return undefined;
    const [found, limit] = [formatBytes(size), formatBytes(maxBytes)];
    if (found === limit || maxBytes < KIB)
        return `${size} bytes is larger than the ${maxBytes}-byte limit per file`;
    return `${found} is larger than the ${limit} limit per file`;
}

;// CONCATENATED MODULE: ./src/sources/snapshot.ts
const SYMLINK_REASON = 'symbolic link (not followed)';
const SUBMODULE_REASON = 'submodule (not scanned)';
const SPECIAL_FILE_REASON = 'not a regular file (device, socket or pipe)';
/** Orders paths by UTF-16 code units, the same on every platform and locale. */
function comparePaths(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/sources/read-regular-file.ts





/** Never through a symbolic link at the last step, never blocking on a pipe. */
const OPEN_FLAGS = external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0) | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0);
/** A working-tree file's text, refusing anything but a regular file within `maxBytes`. */
async function readRegularFile(file, maxBytes) {
    let handle;
    try {
        handle = await (0,promises_namespaceObject.open)(file, OPEN_FLAGS);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ELOOP')
            return { ok: false, reason: SYMLINK_REASON };
        return { ok: false, reason: `could not be opened (${code ?? error.message})` };
    }
    try {
        return await readOpened(handle, maxBytes);
    }
    finally {
        await handle.close();
    }
}
async function readOpened(handle, maxBytes) {
    const stats = await handle.stat();
    if (!stats.isFile())
        return { ok: false, reason: SPECIAL_FILE_REASON };
    const tooLarge = oversizeReason(stats.size, maxBytes);
    if (tooLarge !== undefined)
        return { ok: false, reason: tooLarge };
    const bytes = await handle.readFile();
    const grown = oversizeReason(bytes.length, maxBytes);
    return grown === undefined ? decodeText(bytes) : { ok: false, reason: grown };
}

;// CONCATENATED MODULE: ./src/sources/resolve-scan-path.ts

/**
 * A path given to a whole-tree scan → the same path relative to `root`, in
 * POSIX form ('' for the root itself). Refuses anything that leads outside
 * the root, whether through `..` or as an absolute path elsewhere.
 */
function resolveScanPath(root, given) {
    const absoluteRoot = external_node_path_default().resolve(root);
    const relative = external_node_path_default().relative(absoluteRoot, external_node_path_default().resolve(absoluteRoot, given));
    const outside = relative === '..' || relative.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(relative);
    if (outside)
        throw new Error(`scan path '${given}' is outside the scan root '${absoluteRoot}'; give a path inside it`);
    return relative.split((external_node_path_default()).sep).join('/');
}

;// CONCATENATED MODULE: ./src/sources/walk-files.ts



/** Directories that hold tools' state or downloaded code, never the project's own configuration. */
const IGNORED_DIRECTORIES = new Set([
    '.git',
    'node_modules',
    '.terraform',
    '.terragrunt-cache'
]);
/**
 * The regular files under `start` (POSIX, relative to `root`; '' is the root),
 * found with lstat and readdir alone: a symbolic link, to a file or a
 * directory, is reported as skipped and never followed, not even on the way
 * down to `start`.
 */
async function walkFiles(root, start) {
    const result = { files: [], skipped: [] };
    const startStats = await lstatAlongPath(root, start, result);
    if (startStats === undefined)
        return result;
    if (!startStats.isDirectory()) {
        addEntry(result, start, startStats);
        return result;
    }
    const pending = [start];
    for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
        const entries = await (0,promises_namespaceObject.readdir)(toNative(root, dir), { withFileTypes: true });
        for (const entry of entries) {
            const relative = dir === '' ? entry.name : `${dir}/${entry.name}`;
            if (entry.isDirectory()) {
                if (!IGNORED_DIRECTORIES.has(entry.name))
                    pending.push(relative);
            }
            else {
                addEntry(result, relative, entry);
            }
        }
    }
    return result;
}
function addEntry(result, relative, entry) {
    if (entry.isFile())
        result.files.push(relative);
    else if (entry.isSymbolicLink())
        result.skipped.push({ file: relative, reason: SYMLINK_REASON });
    else
        result.skipped.push({ file: relative, reason: SPECIAL_FILE_REASON });
}
/** lstat of every component from the root down to `start`; undefined (and a skipped entry) at a symbolic link. */
async function lstatAlongPath(root, start, result) {
    let stats = await (0,promises_namespaceObject.lstat)(external_node_path_default().resolve(root));
    const parts = start === '' ? [] : start.split('/');
    for (let i = 0; i < parts.length; i += 1) {
        const prefix = parts.slice(0, i + 1).join('/');
        stats = await (0,promises_namespaceObject.lstat)(toNative(root, prefix)).catch((error) => {
            if (error.code === 'ENOENT')
                throw new Error(`scan path '${start}' does not exist in '${external_node_path_default().resolve(root)}'`);
            throw error;
        });
        if (stats.isSymbolicLink()) {
            result.skipped.push({ file: prefix, reason: SYMLINK_REASON });
            return undefined;
        }
    }
    return stats;
}
function toNative(root, relative) {
    return external_node_path_default().join(external_node_path_default().resolve(root), ...relative.split('/'));
}

;// CONCATENATED MODULE: ./src/sources/fs-snapshot.ts





/**
 * The working tree under `root`, limited to `paths` (relative to root,
 * default the whole root), for scans of a checkout as it is. Paths outside
 * the root are refused at once; symbolic links are listed as skipped and
 * never followed; `.git`, `node_modules`, `.terraform` and
 * `.terragrunt-cache` directories are not entered.
 */
function fsSnapshot(root, paths = ['.'], options = {}) {
    const starts = [...new Set(paths.map(given => resolveScanPath(root, given)))];
    const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    let listing;
    const load = () => (listing ??= walkAll(root, starts));
    const list = async () => {
        const { files, skipped } = await load();
        return {
            files: [...files].sort(comparePaths),
            skipped: [...skipped]
                .map(([file, reason]) => ({ file, reason }))
                .sort((a, b) => comparePaths(a.file, b.file))
        };
    };
    const read = async (path) => {
        const { files, skipped } = await load();
        if (!files.has(path)) {
            return {
                ok: false,
                reason: skipped.get(path) ?? `no file '${path}' in the scanned paths of the working tree`
            };
        }
        return readRegularFile(toNative(root, path), maxBytes);
    };
    return { label: 'working tree', list, read };
}
async function walkAll(root, starts) {
    const listing = { files: new Set(), skipped: new Map() };
    for (const start of starts) {
        const { files, skipped } = await walkFiles(root, start);
        for (const file of files)
            listing.files.add(file);
        for (const entry of skipped)
            listing.skipped.set(entry.file, entry.reason);
    }
    return listing;
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/scope/run-git.ts

/** A git command that could not be started, exited non-zero or timed out. */
class GitCommandError extends Error {
    subcommand;
    exitCode;
    stderr;
    constructor(message, subcommand, exitCode, stderr) {
        super(message);
        this.subcommand = subcommand;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.name = 'GitCommandError';
    }
}
const DEFAULT_TIMEOUT_MS = 120_000;
/** The environment every git child gets: never prompt for credentials, never take optional locks. */
function gitEnv() {
    return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };
}
/** Builds `[-c k=v …] <args>` so that the subcommand stays args[0] for messages. */
function gitArgs(args, config = []) {
    return [...config.flatMap(setting => ['-c', setting]), ...args];
}
/**
 * Runs `git <args>` in `repoDir` without a shell and resolves with its stdout
 * as bytes. A non-zero exit, a failure to start or a timeout rejects with a
 * GitCommandError naming the subcommand and quoting git's stderr.
 */
function runGit(repoDir, args, options = {}) {
    const run = {
        repoDir,
        subcommand: args[0] ?? '(none)',
        timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS
    };
    return new Promise((resolve, reject) => {
        const child = (options.spawn ?? external_node_child_process_namespaceObject.spawn)('git', gitArgs(args, options.config), {
            cwd: repoDir,
            env: gitEnv()
        });
        const stdout = [];
        const stderr = [];
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
        }, run.timeoutMs);
        child.stdin.on('error', () => {
            // git closed its input early; its exit status says what happened
        });
        child.stdin.end();
        child.stdout.on('data', (chunk) => stdout.push(chunk));
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        child.on('error', error => {
            clearTimeout(timer);
            const message = `git ${run.subcommand} could not be started in ${repoDir}: ${error.message}`;
            reject(new GitCommandError(message, run.subcommand, null, ''));
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            const said = Buffer.concat(stderr).toString('utf8').trim();
            const failure = describeFailure(run, { code, signal, stderr: said, timedOut });
            if (failure === undefined)
                resolve(Buffer.concat(stdout));
            else
                reject(failure);
        });
    });
}
function describeFailure(run, exit) {
    const { repoDir, subcommand } = run;
    if (exit.timedOut) {
        const message = `git ${subcommand} timed out after ${run.timeoutMs} ms in ${repoDir}`;
        return new GitCommandError(message, subcommand, exit.code, exit.stderr);
    }
    if (exit.code === 0)
        return undefined;
    const how = exit.code === null ? `killed by ${exit.signal}` : `exit ${exit.code}`;
    const detail = exit.stderr === '' ? 'no message on stderr' : exit.stderr;
    return new GitCommandError(`git ${subcommand} failed in ${repoDir} (${how}): ${detail}`, subcommand, exit.code, exit.stderr);
}

;// CONCATENATED MODULE: ./src/sources/parse-ls-tree.ts
/**
 * Parses `git ls-tree -r -z -l` output: NUL-terminated records
 * `<mode> <type> <oid> <padded size>\t<path>`. The path is everything after
 * the first tab, so spaces, tabs and newlines in names survive.
 */
function parseLsTree(output) {
    const records = output.toString('utf8').split('\0');
    if (records[records.length - 1] === '')
        records.pop();
    return records.map(parseRecord);
}
function parseRecord(record, index) {
    const tab = record.indexOf('\t');
    const fields = record.slice(0, Math.max(tab, 0)).split(/ +/);
    const [mode, type, oid, size] = fields;
    if (tab < 0 || fields.length !== 4 || mode === undefined || type === undefined || oid === undefined) {
        throw new Error(`git ls-tree output, record ${index + 1}: expected '<mode> <type> <oid> <size>\\t<path>', found '${record}'`);
    }
    if (size !== '-' && !/^\d+$/.test(size ?? '')) {
        throw new Error(`git ls-tree output, record ${index + 1}: expected a size in bytes or '-', found '${size}'`);
    }
    return { mode, type, oid, size: size === '-' ? null : Number(size), path: record.slice(tab + 1) };
}

;// CONCATENATED MODULE: ./src/sources/list-tree.ts


/** Every blob and submodule of a commit, with sizes, paths from the repository root. */
async function listTree(repoDir, rev, options = {}) {
    const output = await runGit(repoDir, ['ls-tree', '-r', '-z', '--full-tree', '-l', '--end-of-options', rev], options);
    return parseLsTree(output);
}

;// CONCATENATED MODULE: ./src/sources/git-snapshot.ts




const REGULAR_MODES = new Set(['100644', '100755']);
/** Why an entry of the tree is never read, or undefined for a regular file. */
function skipReasonForMode(mode) {
    if (REGULAR_MODES.has(mode))
        return undefined;
    if (mode === '120000')
        return SYMLINK_REASON;
    if (mode === '160000')
        return SUBMODULE_REASON;
    return `not a regular file (git mode ${mode})`;
}
/**
 * The files of commit `rev`, listed once with `git ls-tree` and read through
 * `reader` by object id. Symbolic links and submodules are listed as skipped
 * and never read; sizes are checked against the limit before reading.
 */
function gitSnapshot(repoDir, rev, reader, options = {}) {
    const label = options.label ?? rev;
    const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    let tree;
    const loadTree = () => (tree ??= listTree(repoDir, rev, options.git).then(indexTree));
    const list = async () => {
        const { files, skipped } = await loadTree();
        return {
            files: [...files.keys()].sort(comparePaths),
            skipped: [...skipped]
                .map(([file, reason]) => ({ file, reason }))
                .sort((a, b) => comparePaths(a.file, b.file))
        };
    };
    const read = async (path) => {
        const { files, skipped } = await loadTree();
        const entry = files.get(path);
        if (entry === undefined) {
            return { ok: false, reason: skipped.get(path) ?? `no file '${path}' in ${label}` };
        }
        const tooLarge = oversizeReason(entry.size ?? 0, maxBytes);
        if (tooLarge !== undefined)
            return { ok: false, reason: tooLarge };
        return decodeText(await reader.read(entry.oid));
    };
    return { label, list, read };
}
function indexTree(entries) {
    const tree = { files: new Map(), skipped: new Map() };
    for (const entry of entries) {
        const reason = skipReasonForMode(entry.mode);
        if (reason === undefined)
            tree.files.set(entry.path, entry);
        else
            tree.skipped.set(entry.path, reason);
    }
    return tree;
}

;// CONCATENATED MODULE: ./src/sources/parse-cat-file-batch.ts
const LF = 0x0a;
/**
 * A push parser for the byte stream of `git cat-file --batch`: a header
 * `<oid> <type> <size>\n`, exactly `size` bytes of content and `\n`; or
 * `<name> missing\n` / `<name> ambiguous\n`. Content is cut by its byte count
 * alone, so a blob may hold anything, headers included. Throws on a stream
 * that does not follow this shape.
 */
function createBatchParser(onResponse) {
    let buffered = [];
    let length = 0;
    let pending;
    const take = (count) => {
        const all = buffered.length === 1 ? buffered[0] : Buffer.concat(buffered, length);
        buffered = count < all.length ? [all.subarray(count)] : [];
        length -= count;
        return all.subarray(0, count);
    };
    const step = () => {
        if (pending === undefined) {
            const headerEnd = indexOfLf(buffered);
            if (headerEnd < 0)
                return false;
            const header = take(headerEnd + 1).toString('utf8', 0, headerEnd);
            pending = readHeader(header, onResponse);
            return true;
        }
        if (length < pending.size + 1)
            return false;
        const body = take(pending.size + 1);
        if (body[pending.size] !== LF) {
            throw new Error(`git cat-file --batch: expected a newline after the ${pending.size} bytes of ${pending.oid}`);
        }
        onResponse({
            kind: 'object',
            oid: pending.oid,
            type: pending.type,
            content: body.subarray(0, pending.size)
        });
        pending = undefined;
        return true;
    };
    return chunk => {
        buffered.push(chunk);
        length += chunk.length;
        while (step()) {
            // each step consumes one header or one body
        }
    };
}
function indexOfLf(chunks) {
    let offset = 0;
    for (const chunk of chunks) {
        const at = chunk.indexOf(LF);
        if (at >= 0)
            return offset + at;
        offset += chunk.length;
    }
    return -1;
}
/** Reads a header; answers a `missing`/`ambiguous` line at once and returns what body to expect otherwise. */
function readHeader(header, onResponse) {
    const fields = header.split(' ');
    if (fields.length === 2 && (fields[1] === 'missing' || fields[1] === 'ambiguous')) {
        onResponse({ kind: 'missing', name: fields[0] ?? '', problem: fields[1] });
        return undefined;
    }
    const [oid, type, size] = fields;
    if (fields.length !== 3 || oid === undefined || type === undefined || !/^\d+$/.test(size ?? '')) {
        throw new Error(`git cat-file --batch: expected a header '<oid> <type> <size>', found '${header}'`);
    }
    return { oid, type, size: Number(size) };
}

;// CONCATENATED MODULE: ./src/sources/git-blob-reader.ts



const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const STDERR_LIMIT = 4096;
/**
 * One long-lived `git cat-file --batch` for a repository, started on the
 * first read. Requests are written as they come and answered in order; if
 * git dies, every pending and later read rejects with what git said.
 */
class GitBlobReader {
    repoDir;
    options;
    queue = [];
    child;
    exited = Promise.resolve();
    failure;
    closing = false;
    stderr = '';
    constructor(repoDir, options = {}) {
        this.repoDir = repoDir;
        this.options = options;
    }
    read(oid) {
        return new Promise((resolve, reject) => {
            if (!OBJECT_ID.test(oid))
                return reject(new Error(`expected a 40- or 64-digit hex object id, found '${oid}'`));
            if (this.failure !== undefined)
                return reject(this.failure);
            if (this.closing)
                return reject(new Error(`the blob reader for ${this.repoDir} is closed`));
            this.child ??= this.start();
            this.queue.push({ oid, resolve, reject });
            this.child.stdin.write(`${oid}\n`);
        });
    }
    async close() {
        this.closing = true;
        this.child?.stdin.end();
        await this.exited;
    }
    start() {
        const start = this.options.spawn ?? external_node_child_process_namespaceObject.spawn;
        const child = start('git', ['cat-file', '--batch'], { cwd: this.repoDir, env: gitEnv() });
        const parse = createBatchParser(response => this.answer(response));
        child.stdout.on('data', (chunk) => {
            try {
                parse(chunk);
            }
            catch (error) {
                this.fail(error);
            }
        });
        child.stderr.on('data', (chunk) => {
            this.stderr = (this.stderr + chunk.toString('utf8')).slice(0, STDERR_LIMIT);
        });
        child.stdin.on('error', () => {
            // a broken pipe means git is gone; 'close' says why
        });
        this.exited = new Promise(resolve => {
            child.on('error', error => {
                this.fail(new Error(`git cat-file --batch could not be started in ${this.repoDir}: ${error.message}`));
                resolve();
            });
            child.on('close', (code, signal) => {
                this.onExit(code, signal);
                resolve();
            });
        });
        return child;
    }
    onExit(code, signal) {
        if (this.closing && this.queue.length === 0)
            return;
        const how = code === null ? `was killed by ${signal}` : `exited with code ${code}`;
        const said = this.stderr.trim() === '' ? '' : `: ${this.stderr.trim()}`;
        this.fail(new Error(`git cat-file --batch in ${this.repoDir} ${how} with ${this.queue.length} reads pending${said}`));
    }
    answer(response) {
        const request = this.queue.shift();
        if (request === undefined) {
            return this.fail(new Error(`git cat-file --batch in ${this.repoDir} answered a request never made`));
        }
        if (response.kind === 'missing') {
            return request.reject(new Error(`object ${request.oid} is ${response.problem} in ${this.repoDir}`));
        }
        if (response.oid !== request.oid) {
            return this.fail(new Error(`git cat-file --batch answered ${response.oid} when ${request.oid} was asked for`));
        }
        if (response.type !== 'blob') {
            return request.reject(new Error(`object ${request.oid} is a ${response.type}, expected a blob`));
        }
        request.resolve(response.content);
    }
    /** Rejects everything pending and everything after, and makes sure git is gone. */
    fail(error) {
        this.failure ??= error;
        for (const request of this.queue.splice(0))
            request.reject(this.failure);
        const child = this.child;
        if (child !== undefined && child.exitCode === null && child.signalCode === null)
            child.kill('SIGKILL');
    }
}

;// CONCATENATED MODULE: ./src/sources/index.ts







;// CONCATENATED MODULE: ./src/formats/terraform-plan/read-plan-file.ts





/**
 * Reads a plan file given on the command line or as an input (`given`,
 * relative to `cwd`). Inside the repository at `root`, the plan is named by
 * its path from the root, which is where findings that cannot be placed on
 * source point; outside it, by the path as given.
 */
function readPlanFile(given, cwd, root) {
    const absolute = external_node_path_default().resolve(cwd, given);
    let bytes;
    try {
        bytes = (0,external_node_fs_namespaceObject.readFileSync)(absolute);
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'no such file' : error.message;
        throw new PlanError(`${given}: cannot read the plan: ${reason}`);
    }
    const decoded = decodeText(bytes);
    const relative = external_node_path_default().relative(external_node_path_default().resolve(root), absolute);
    const inside = relative !== '' && !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative);
    const file = inside ? relative.split((external_node_path_default()).sep).join('/') : given;
    if (!decoded.ok)
        throw new PlanError(`${file}: expected Terraform plan JSON, found ${decoded.reason}`);
    const dir = inside ? directoryOf(file) : undefined;
    return parsePlan(file, decoded.text, dir);
}
function directoryOf(file) {
    const slash = file.lastIndexOf('/');
    return slash <= 0 ? '.' : file.slice(0, slash);
}

;// CONCATENATED MODULE: ./src/formats/terraform-plan/index.ts








;// CONCATENATED MODULE: ./src/model.ts
/**
 * The uniform resource model every format parses into, and the report every
 * renderer reads. Plain data only: no classes, nothing that cannot be
 * serialised, so that every stage between sources and render stays pure.
 */
/** Every format Demarc reads; the parsers live in `src/formats/<format>/`. */
const FORMATS = (/* unused pure expression or super */ null && ([
    'terraform',
    'cloudformation',
    'kubernetes',
    'dockerfile',
    'compose',
    'serverless',
    'appconfig'
]));
const model_SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
const OWNERS = ['customer', 'aws', 'shared'];

;// CONCATENATED MODULE: ./src/render/json.ts
/** The report contract (docs/report.md) as JSON, the same for the CLI and the action's report file. */
function renderJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/gate.ts

const DEFAULT_GATE = { failOn: 'high', owners: ['customer', 'shared'] };
/** True when `severity` is at least as severe as `threshold`. */
function atLeast(severity, threshold) {
    return model_SEVERITIES.indexOf(severity) <= model_SEVERITIES.indexOf(threshold);
}
/**
 * `failure` when a new, unsuppressed finding reaches `failOn` for a gated
 * owner; `neutral` when new findings exist but none gates; `success` otherwise.
 */
function decideGate(findings, policy) {
    const fresh = findings.filter(f => f.status === 'new' && !f.suppressed);
    const gating = policy.failOn === 'never'
        ? []
        : fresh.filter(f => policy.owners.includes(f.owner) && atLeast(f.severity, policy.failOn));
    if (gating.length > 0) {
        return {
            conclusion: 'failure',
            reason: `${gate_count(gating.length, 'new finding')} at ${policy.failOn} or above (gated owners: ${policy.owners.join(', ')})`
        };
    }
    if (fresh.length > 0) {
        const why = policy.failOn === 'never'
            ? 'fail-on is never'
            : `none reaches ${policy.failOn} for ${policy.owners.join(', ')}`;
        return { conclusion: 'neutral', reason: `${gate_count(fresh.length, 'new finding')}, ${why}` };
    }
    return { conclusion: 'success', reason: 'no new findings' };
}
function gate_count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/render/escape.ts
/**
 * Everything a pull request can influence (file names, addresses, values,
 * messages) goes through these before it reaches markdown. They keep text
 * from becoming markup, mentions (`@org/team`), issue links (`#1`), HTML
 * (`</details>`) or broken code fences.
 */
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '@': '&#64;',
    '#': '&#35;'
};
// Only what can start markup in GitHub-flavoured markdown inline text: with `[` escaped, `(` and `!` are inert.
const SPECIAL = /[&<>@#\\`*_[\]|~]/g;
/**
 * Plain inline text: one line, no markup, no mentions, no references, no HTML.
 * One pass, so no escape is escaped again. Everything here shortens before it
 * cleans, so a 1 MB value costs no more than a short one.
 */
function escape_escapeText(text, max = 500) {
    return oneLine(truncate(text, max)).replace(SPECIAL, c => ENTITIES[c] ?? `\\${c}`);
}
/**
 * An inline code span that no content can break out of: the fence is one
 * backtick longer than the longest run inside, padded when the text touches
 * a backtick. In a table cell pipes are escaped, because GitHub splits
 * cells on them even inside code.
 */
function escape_code(text, options = {}) {
    let body = oneLine(truncate(text, options.max ?? 200));
    if (options.inTable === true)
        body = body.replace(/\|/g, '\\|');
    let longest = 0;
    for (const run of body.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    const fence = '`'.repeat(longest + 1);
    const pad = body.startsWith('`') || body.endsWith('`') || body === '' ? ' ' : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}
/**
 * Line breaks, tabs and other control characters (a NUL makes GitHub refuse
 * the whole body), and the bidirectional controls that make text read
 * differently from what it is (CVE-2021-42574).
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;
// A surrogate without its pair cannot be encoded as UTF-8; GitHub would receive U+FFFD anyway.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function oneLine(text) {
    return text.replace(INVISIBLE, ' ').replace(LONE_SURROGATE, '\ufffd');
}
/** At most `max` UTF-16 code units, ending in `…` when shortened; never splits a surrogate pair. */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    let end = max - 1;
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end -= 1;
    return `${text.slice(0, end)}…`;
}
/** `text` ending in a full stop, unless it already ends a sentence (or was shortened with `…`). */
function escape_sentence(text) {
    return /[.!?…]$/.test(text) ? text : `${text}.`;
}
/**
 * Text for places that show no markup (annotations, SARIF messages, titles):
 * one line, no control characters, at most `max` UTF-16 code units.
 */
function escape_plainText(text, max = 500) {
    return oneLine(truncate(text, max));
}
/**
 * A message written by a control, whose template marks attribute names and
 * values as `code`: the code spans are kept as code (rebuilt with {@link code},
 * so a value holding backticks cannot break out), the rest is escaped text.
 */
function escape_inlineMessage(text, options = {}) {
    const parts = oneLine(truncate(text, options.max ?? 500)).split('`');
    if (parts.length % 2 === 0)
        return escape_escapeText(text, options.max);
    return parts
        .map((part, i) => i % 2 === 1 ? escape_code(part, { inTable: options.inTable ?? false }) : escape_escapeText(part, options.max))
        .join('');
}

;// CONCATENATED MODULE: ./src/render/limits.ts
/**
 * GitHub's size limits, in one place: every renderer that writes to GitHub
 * fits its output to one of these, and nothing else in Demarc hard-codes them.
 *
 * GitHub states most of them in "characters" without saying which encoding it
 * counts, and it has been seen to count bytes (github/rest-api-description#5399).
 * Demarc therefore bounds **UTF-8 bytes**: a string's UTF-8 length is never
 * less than its length in code points or in UTF-16 code units, so a text
 * within N bytes is within N characters however GitHub counts them.
 */
const limits_GITHUB_LIMITS = {
    /**
     * Check run `output.summary`: "Maximum length: 65535 characters".
     * https://docs.github.com/rest/checks/runs#create-a-check-run
     */
    checkRunSummaryBytes: 65_535,
    /** Check run `output.text`: "Maximum length: 65535 characters" (same page). */
    checkRunTextBytes: 65_535,
    /**
     * "The Checks API limits the number of annotations to a maximum of 50 per API
     * request. To create more than 50 annotations, you have to make multiple
     * requests to the Update a check run endpoint." (same page)
     */
    annotationsPerRequest: 50,
    /** Annotation `title`: "The maximum size is 255 characters." (same page) */
    annotationTitleBytes: 255,
    /**
     * Annotation `message` and `raw_details`: "The maximum size is 64 KB." (same
     * page). Read as 64,000 bytes, the stricter of the two meanings of KB.
     */
    annotationMessageBytes: 64_000,
    /**
     * Issue comments (the summary comment) and pull request review comments:
     * GitHub refuses a longer body with 422 "Body is too long (maximum is 65536
     * characters)".
     * https://docs.github.com/rest/issues/comments#create-an-issue-comment
     * https://docs.github.com/rest/pulls/comments#create-a-review-comment-for-a-pull-request
     */
    commentBodyBytes: 65_536,
    /**
     * Job summary (`GITHUB_STEP_SUMMARY`): "each step is restricted to a maximum
     * size of 1MiB. … If more than 1MiB of content is added for a step, then the
     * upload for the step will fail". The budget is for everything one step writes.
     * https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands#step-isolation-and-limits
     */
    jobSummaryBytes: 1_048_576,
    /**
     * SARIF for code scanning: a file over these maximums is rejected.
     * https://docs.github.com/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning#validating-your-sarif-file
     */
    sarifRunsPerFile: 20,
    sarifResultsPerRun: 25_000,
    sarifRulesPerRun: 25_000,
    sarifTagsPerRule: 20,
    sarifLocationsPerResult: 1_000,
    /** "For each gzip-compressed SARIF file, SARIF upload supports a maximum size of 10 MB." (same page) */
    sarifGzipBytes: 10_000_000,
    /** `reportingDescriptor.name`: "Limited to 255 characters." (same page, supported properties) */
    sarifRuleNameBytes: 255,
    /** `shortDescription.text` and `fullDescription.text`: "Limited to 1024 characters." (same page) */
    sarifDescriptionBytes: 1_024
};
const encoder = new TextEncoder();
/** The length of `text` in UTF-8, as GitHub receives it. */
function limits_utf8Length(text) {
    return encoder.encode(text).length;
}
/**
 * Plain text shortened to a budget, ending in `ellipsis` when shortened. Cuts
 * only between code points, so no UTF-8 sequence or surrogate pair is split.
 * Returns '' when not even the ellipsis fits.
 */
function limits_fitText(text, budget, ellipsis = '…') {
    const maxBytes = budget.bytes ?? Number.POSITIVE_INFINITY;
    const maxChars = budget.chars ?? Number.POSITIVE_INFINITY;
    if (text.length <= maxChars && limits_utf8Length(text) <= maxBytes)
        return text;
    let bytes = limits_utf8Length(ellipsis);
    let chars = ellipsis.length;
    if (bytes > maxBytes || chars > maxChars)
        return '';
    let end = 0;
    for (const point of text) {
        const size = codePointBytes(point.codePointAt(0));
        if (bytes + size > maxBytes || chars + point.length > maxChars)
            break;
        bytes += size;
        chars += point.length;
        end += point.length;
    }
    return `${text.slice(0, end)}${ellipsis}`;
}
function codePointBytes(point) {
    if (point < 0x80)
        return 1;
    if (point < 0x800)
        return 2;
    // A lone surrogate is sent as U+FFFD, three bytes.
    if (point < 0x10000)
        return 3;
    return 4;
}
/**
 * Markdown shortened to a byte budget by dropping whole blocks from the end:
 * it is cut only at a blank line outside any fenced code block and any
 * `<details>` element, so no table, list, fence or collapsed section is left
 * half open. `note` (already markdown) is appended as its own paragraph when
 * something was dropped. Returns `note` alone, shortened, when no block fits.
 */
function limits_fitMarkdown(markdown, maxBytes, note = '') {
    if (limits_utf8Length(markdown) <= maxBytes)
        return markdown;
    const tail = note === '' ? '\n' : `\n\n${note}\n`;
    const room = maxBytes - limits_utf8Length(tail);
    let best = 0;
    for (const cut of safeCuts(markdown)) {
        if (limits_utf8Length(markdown.slice(0, cut).trimEnd()) > room)
            break;
        best = cut;
    }
    const kept = markdown.slice(0, best).trimEnd();
    if (kept === '')
        return limits_fitText(note === '' ? '' : `${note}\n`, { bytes: maxBytes }, '');
    return `${kept}${tail}`;
}
/** Offsets of the blank lines at which `markdown` can be cut without leaving a block open, in order. */
function safeCuts(markdown) {
    const cuts = [];
    let fence;
    let details = 0;
    let offset = 0;
    for (const line of markdown.split('\n')) {
        const trimmed = line.trim();
        const opener = /^(`{3,}|~{3,})/.exec(trimmed)?.[1];
        if (fence !== undefined) {
            if (trimmed.startsWith(fence) && trimmed.slice(fence.length).trim() === '')
                fence = undefined;
        }
        else if (opener !== undefined)
            fence = opener;
        else if (/^<details[\s>]/i.test(trimmed))
            details += 1;
        else if (/^<\/details>/i.test(trimmed))
            details = Math.max(0, details - 1);
        else if (trimmed === '' && details === 0)
            cuts.push(offset);
        offset += line.length + 1;
    }
    return cuts;
}

;// CONCATENATED MODULE: ./src/render/markdown-budget.ts


/**
 * The document within `maxBytes` (UTF-8): the `always` blocks in full, then
 * the sections, each shortened from its end in ascending order of `drop`
 * until the whole fits, with a note saying what was left out and `where` it
 * is. `where` completes "… are not shown here (GitHub's size limit): ".
 */
function fitDocument(always, all, maxBytes, where) {
    const sections = all.filter(s => s.rows.length > 0);
    const kept = fitSections(sections, kept => documentBytes(always, sections, kept, where), maxBytes);
    const doc = assemble(always, sections, kept, where);
    if (limits_utf8Length(doc) <= maxBytes)
        return doc;
    // Only when the parts that are never dropped do not fit on their own.
    const notice = noticeLines(omitted(sections, kept), where).join('\n');
    return limits_fitMarkdown(doc, maxBytes, notice);
}
/** How many rows of each section to keep so that the document fits; all of them when it already does. */
function fitSections(sections, size, maxBytes) {
    const kept = sections.map(s => s.rows.length);
    if (size(kept) <= maxBytes)
        return kept;
    const order = sections.map((s, i) => ({ s, i })).sort((a, b) => a.s.drop - b.s.drop);
    for (const { s, i } of order) {
        kept[i] = 0;
        if (size(kept) > maxBytes)
            continue;
        // The largest count that fits: the size grows with every row kept.
        let lo = 0;
        let hi = s.rows.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            kept[i] = mid;
            if (size(kept) <= maxBytes)
                lo = mid;
            else
                hi = mid - 1;
        }
        kept[i] = lo;
        return kept;
    }
    return kept;
}
/** The blocks that are always shown (heading, scope, footprint), the note, then the sections. */
function assemble(always, sections, kept, where) {
    const [top, scope, rest] = always;
    const notice = noticeLines(omitted(sections, kept), where);
    const blocks = [top, scope, ...(notice.length > 0 ? [notice] : []), rest];
    sections.forEach((s, i) => blocks.push(sectionLines(s, kept[i])));
    return `${blocks.map(b => b.join('\n')).join('\n\n')}\n`;
}
/** The exact UTF-8 length of {@link assemble}'s result, without building it. */
function documentBytes(always, sections, kept, where) {
    const notice = noticeLines(omitted(sections, kept), where);
    const blocks = [...always, ...(notice.length > 0 ? [notice] : [])];
    let bytes = blocks.reduce((sum, b) => sum + linesBytes(b) + b.length - 1, 0);
    sections.forEach((s, i) => {
        const k = kept[i];
        const { head, tail } = s.frame(k);
        bytes += linesBytes(head) + rowBytes(s, k) + linesBytes(tail) + head.length + k + tail.length - 1;
    });
    // Blocks are separated by a blank line, and the document ends with a newline.
    const separators = blocks.length + sections.length - 1;
    return bytes + 2 * separators + 1;
}
function sectionLines(s, kept) {
    const { head, tail } = s.frame(kept);
    return [...head, ...s.rows.slice(0, kept), ...tail];
}
function linesBytes(lines) {
    return lines.reduce((sum, line) => sum + limits_utf8Length(line), 0);
}
const prefixes = new WeakMap();
/** UTF-8 bytes of the first `kept` rows (computed once per section). */
function rowBytes(s, kept) {
    let prefix = prefixes.get(s);
    if (prefix === undefined) {
        prefix = [0];
        for (const row of s.rows)
            prefix.push(prefix.at(-1) + limits_utf8Length(row));
        prefixes.set(s, prefix);
    }
    return prefix[kept];
}
function omitted(sections, kept) {
    const out = new Map();
    sections.forEach((s, i) => {
        const n = s.rows.length - kept[i];
        if (n > 0)
            out.set(s.noun, (out.get(s.noun) ?? 0) + n);
    });
    return out;
}
/** "> … 812 more findings and 40 changed resources are not shown here (GitHub's size limit): see …" */
function noticeLines(left, where) {
    const parts = [...left].map(([noun, n], i) => gate_count(n, i === 0 ? `more ${noun}` : noun));
    if (parts.length === 0)
        return [];
    const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
    const single = parts.length === 1 && [...left.values()][0] === 1;
    return [`> … ${list} ${single ? 'is' : 'are'} not shown here (GitHub's size limit): ${where}.`];
}
/**
 * The lines around a section's rows. `open` starts it (a heading, or
 * `<details>` and its summary), `intro` comes before the first row (a table
 * header), `close` ends it (`</details>`); a note replaces the rows left out.
 */
function framed(parts, kept) {
    const left = parts.total - kept;
    const note = left === 0
        ? []
        : kept === 0
            ? [`_${gate_count(left, parts.noun)} not shown here._`]
            : ['', `_… and ${gate_count(left, `more ${parts.noun}`)} not shown here._`];
    return { head: [...parts.open, ...(kept > 0 ? parts.intro : [])], tail: [...note, ...parts.close] };
}
function headed(title) {
    return { open: [`### ${title}`, ''], close: [] };
}
function collapsed(title) {
    return { open: ['<details>', `<summary>${title}</summary>`, ''], close: ['', '</details>'] };
}

;// CONCATENATED MODULE: ./src/render/markdown.ts



const CONCLUSION_MARK = { success: '✅', neutral: '⚠️', failure: '❌' };
const markdown_OWNER_LABEL = { customer: 'Customer', aws: 'AWS', shared: 'Shared' };
/**
 * The review as GitHub-flavoured markdown: the check-run summary and the job
 * summary. Gate first, then the responsibility footprint (what side of the
 * line the change works on), shifts, findings, and what could not be read.
 */
function renderMarkdown(report, options = {}) {
    const where = options.fullReport === undefined
        ? 'run `demarc scan --format json` for the full report'
        : `see the report file ${escape_code(options.fullReport)}`;
    return markdown_renderBudgeted(report, options.maxBytes ?? Number.POSITIVE_INFINITY, where);
}
// Lowest first: the rows a reader misses least. Heading, gate, scope and the footprint are never dropped.
const DROP = {
    skipped: 0,
    existing: 1,
    changes: 2,
    unknown: 3,
    fixed: 4,
    errors: 5,
    new: 6,
    shifts: 7
};
/**
 * The review within `maxBytes` (UTF-8). `where` is markdown completing "…
 * are not shown here (GitHub's size limit): ", e.g. "see the job summary".
 */
function markdown_renderBudgeted(report, maxBytes, where) {
    const always = [[heading(report)], [scopeLine(report)], footprint(report)];
    return fitDocument(always, buildSections(report), maxBytes, where);
}
function buildSections(report) {
    const byStatus = (status) => report.findings.filter(f => f.status === status);
    return [
        shiftsSection(report),
        findingSection(DROP.new, 'New findings', byStatus('new'), report, false),
        findingSection(DROP.fixed, 'Fixed findings', byStatus('fixed'), report, false),
        findingSection(DROP.existing, 'Existing findings', byStatus('existing'), report, report.scope.mode === 'changes'),
        changesSection(report),
        unknownSection(report),
        errorsSection(report),
        skippedSection(report)
    ];
}
function heading(report) {
    const { conclusion, reason } = report.gate;
    return `## ${CONCLUSION_MARK[conclusion]} Demarc: ${conclusion} — ${escape_escapeText(reason)}`;
}
function scopeLine(report) {
    const { base, head, mode } = report.scope;
    const where = mode === 'changes'
        ? `Changes from ${escape_code(markdown_short(base))} to ${escape_code(markdown_short(head))}`
        : `Whole tree${head === null ? '' : ` at ${escape_code(markdown_short(head))}`}`;
    const tally = (status) => report.findings.filter(f => f.status === status).length;
    const parts = [
        where,
        mode === 'changes' ? gate_count(report.changes.length, 'changed resource') : undefined,
        `${tally('new')} new`,
        `${tally('fixed')} fixed`,
        `${tally('existing')} existing`
    ];
    return parts.filter(p => p !== undefined).join(' · ');
}
function markdown_short(sha) {
    return sha === null ? 'working tree' : sha.slice(0, 12);
}
function footprint(report) {
    const active = report.rows.filter(r => r.resources + r.new + r.fixed + r.existing > 0);
    const idle = report.rows.filter(r => !active.includes(r));
    const touched = report.scope.mode === 'changes' ? 'Changed resources' : 'Resources';
    const out = ['### Responsibility footprint', ''];
    if (active.length === 0)
        out.push('No resource in scope touches a row of the responsibility matrix.');
    else {
        out.push(`| Row | Owner | ${touched} | New | Fixed | Existing |`, '| --- | --- | ---: | ---: | ---: | ---: |');
        for (const r of active)
            out.push(rowLine(r));
    }
    if (idle.length > 0)
        out.push('', `Not touched: ${idle.map(r => `${escape_escapeText(r.label)} (${markdown_OWNER_LABEL[r.owner]})`).join(', ')}.`);
    return out;
}
function rowLine(r) {
    return `| ${escape_escapeText(r.title, 120)} | ${markdown_OWNER_LABEL[r.owner]} | ${r.resources} | ${r.new} | ${r.fixed} | ${r.existing} |`;
}
function shiftsSection(report) {
    const rows = report.shifts.map(s => `- **${escape_escapeText(markdown_rowTitle(report, s.row))}**: ${markdown_OWNER_LABEL[s.from]} → ${markdown_OWNER_LABEL[s.to]}. ${escape_escapeText(s.explanation)}`);
    const parts = { ...headed('Responsibility shifts'), intro: [], noun: 'responsibility shift' };
    return {
        drop: DROP.shifts,
        noun: parts.noun,
        rows,
        frame: k => framed({ ...parts, total: rows.length }, k)
    };
}
function markdown_rowTitle(report, row) {
    return report.rows.find(r => r.row === row)?.title ?? row;
}
function markdown_rowLabel(report, row) {
    return report.rows.find(r => r.row === row)?.label ?? row;
}
function findingSection(drop, title, findings, report, fold) {
    const named = `${title} (${findings.length})`;
    const parts = {
        ...(fold ? collapsed(named) : headed(named)),
        intro: ['| Severity | Finding | Where | Row (owner) |', '| --- | --- | --- | --- |'],
        noun: 'finding'
    };
    const rows = findings.map(f => findingLine(f, report));
    return { drop, noun: 'finding', rows, frame: k => framed({ ...parts, total: rows.length }, k) };
}
/** A suppressed finding says so, with the reason given and where, so it is seen rather than dropped. */
function suppressedNote(f) {
    const s = f.suppression;
    if (!f.suppressed || s === undefined)
        return '';
    const where = s.line === undefined ? s.file : `${s.file}:${s.line}`;
    return `<br>_Suppressed (${s.source === 'inline' ? 'inline' : 'configuration'}, ${escape_code(where, { inTable: true })}): ${escape_inlineMessage(s.reason, { max: 200, inTable: true })}_`;
}
function findingLine(f, report) {
    const where = `${escape_code(`${f.file}:${f.line}`, { inTable: true })} ${escape_code(f.address, { inTable: true })}`;
    const removed = f.removedLine === undefined ? '' : ` (removed from line ${f.removedLine} of the base)`;
    const what = `**${escape_escapeText(f.title, 200)}** ${escape_code(f.ruleId, { inTable: true })}<br>${escape_inlineMessage(f.message, { max: 300, inTable: true })}${removed}${suppressedNote(f)}`;
    return `| ${f.severity} | ${what} | ${where} | ${escape_escapeText(markdown_rowLabel(report, f.row), 80)} (${markdown_OWNER_LABEL[f.owner]}) |`;
}
function changesSection(report) {
    const rows = report.changes.map(c => {
        const rows = c.rows.map(r => `${markdown_rowLabel(report, r.row)} (${markdown_OWNER_LABEL[r.owner]})`).join(', ') || '—';
        return `| ${c.change} | ${escape_code(c.address, { inTable: true })} | ${escape_code(`${c.file}:${c.line}`, { inTable: true })} | ${c.category} | ${escape_escapeText(rows)} |`;
    });
    const parts = {
        ...collapsed(`Changed resources (${rows.length})`),
        intro: ['| Change | Resource | Where | Category | Rows |', '| --- | --- | --- | --- | --- |'],
        noun: 'changed resource'
    };
    return {
        drop: DROP.changes,
        noun: parts.noun,
        rows,
        frame: k => framed({ ...parts, total: rows.length }, k)
    };
}
function unknownSection(report) {
    const rows = report.unknown.map(u => `- ${escape_code(u.ruleId)} on ${escape_code(u.address)} at ${escape_code(`${u.file}:${u.line}`)}: depends on ${escape_code(u.expr, { max: 80 })}`);
    const parts = {
        ...collapsed(`Not settled statically (${rows.length})`),
        intro: [
            'These checks depend on values known only when Terraform runs; they are neither passed nor failed.',
            ''
        ],
        noun: 'unsettled check'
    };
    return {
        drop: DROP.unknown,
        noun: parts.noun,
        rows,
        frame: k => framed({ ...parts, total: rows.length }, k)
    };
}
function errorsSection(report) {
    const rows = report.errors.map(e => {
        const where = e.line === undefined ? e.file : `${e.file}:${e.line}`;
        return `- ${escape_code(where)}: ${escape_escapeText(e.message)}`;
    });
    const parts = {
        ...headed(`Files that could not be scanned (${rows.length})`),
        intro: [],
        noun: 'scan error'
    };
    return {
        drop: DROP.errors,
        noun: parts.noun,
        rows,
        frame: k => framed({ ...parts, total: rows.length }, k)
    };
}
function skippedSection(report) {
    const rows = report.skipped.map(s => `- ${escape_code(s.file)}: ${escape_escapeText(s.reason)}`);
    const parts = { ...collapsed(`Skipped (${rows.length})`), intro: [], noun: 'skipped file' };
    return {
        drop: DROP.skipped,
        noun: parts.noun,
        rows,
        frame: k => framed({ ...parts, total: rows.length }, k)
    };
}

;// CONCATENATED MODULE: ./src/render/terminal.ts
const CHANGE_MARK = { added: '+', modified: '~', removed: '-' };
const SEVERITY_COLOUR = { critical: '1;31', high: '31', medium: '33', low: '36', info: '2' };
const CONCLUSION_COLOUR = { success: '32', neutral: '33', failure: '1;31' };
/** The review as plain text for a terminal; every value from the scanned files is stripped of control characters. */
function renderTerminal(report, options) {
    const paint = options.color ? (c, t) => `\u001b[${c}m${t}\u001b[0m` : (_c, t) => t;
    const out = [];
    const { base, head, mode } = report.scope;
    const where = mode === 'changes' ? `changes ${terminal_short(base)}..${terminal_short(head)}` : `whole tree ${terminal_short(head)}`;
    out.push(`${paint('1', 'Demarc')} ${report.tool.version} — ${where}`);
    out.push(paint(CONCLUSION_COLOUR[report.gate.conclusion], `${report.gate.conclusion.toUpperCase()}: ${clean(report.gate.reason)}`), '');
    terminal_footprint(report, paint, out);
    for (const s of report.shifts) {
        if (s === report.shifts[0])
            out.push(paint('1', 'Responsibility shifts'));
        const title = report.rows.find(r => r.row === s.row)?.label ?? s.row;
        out.push(`  ${title}: ${s.from} → ${s.to}`, `    ${clean(s.explanation)}`);
        if (s === report.shifts.at(-1))
            out.push('');
    }
    for (const status of ['new', 'fixed', 'existing'])
        findings(report, status, paint, out);
    changes(report, paint, out);
    leftovers(report, paint, out);
    return `${out.join('\n').trimEnd()}\n`;
}
function terminal_footprint(report, paint, out) {
    const rows = report.rows.filter(r => r.resources + r.new + r.fixed + r.existing > 0);
    out.push(paint('1', 'Responsibility footprint'));
    if (rows.length === 0) {
        out.push('  No resource in scope touches a row of the responsibility matrix.', '');
        return;
    }
    const width = Math.max(...rows.map(r => r.label.length), 3);
    const touched = report.scope.mode === 'changes' ? 'Changed' : 'Resources';
    out.push(paint('2', `  ${'Row'.padEnd(width)}  ${'Owner'.padEnd(8)}  ${touched.padStart(9)}  New  Fixed  Existing`));
    for (const r of rows) {
        const numbers = `${String(r.resources).padStart(9)}  ${String(r.new).padStart(3)}  ${String(r.fixed).padStart(5)}  ${String(r.existing).padStart(8)}`;
        out.push(`  ${r.label.padEnd(width)}  ${r.owner.padEnd(8)}  ${numbers}`);
    }
    out.push('');
}
function findings(report, status, paint, out) {
    const list = report.findings.filter(f => f.status === status);
    if (list.length === 0)
        return;
    out.push(paint('1', `${status[0]?.toUpperCase()}${status.slice(1)} findings (${list.length})`));
    for (const f of list) {
        const row = report.rows.find(r => r.row === f.row)?.label ?? f.row;
        out.push(`  ${paint(SEVERITY_COLOUR[f.severity], f.severity.toUpperCase().padEnd(8))} ${clean(f.file)}:${f.line}  ${clean(f.address)}  ${paint('2', f.ruleId)}`, `           ${f.title}`, `           ${clean(f.message)}${f.removedLine === undefined ? '' : ` (removed from base line ${f.removedLine})`}`, `           Row: ${row} (${f.owner})`);
        if (f.suppression !== undefined) {
            const where = `${clean(f.suppression.file)}${f.suppression.line === undefined ? '' : `:${f.suppression.line}`}`;
            out.push(`           Suppressed at ${where}: ${clean(f.suppression.reason)}`);
        }
        else if (status === 'new')
            out.push(`           Fix: ${clean(f.remediation)}`);
    }
    out.push('');
}
function changes(report, paint, out) {
    if (report.changes.length === 0)
        return;
    out.push(paint('1', `Changed resources (${report.changes.length})`));
    for (const c of report.changes) {
        const label = (row) => report.rows.find(r => r.row === row)?.label ?? row;
        const rows = c.rows.map(r => `${label(r.row)} (${r.owner})`).join(', ') || 'no matrix row';
        out.push(`  ${CHANGE_MARK[c.change]} ${clean(c.address)}  ${clean(c.file)}:${c.line}  ${c.category}  ${rows}`);
    }
    out.push('');
}
function leftovers(report, paint, out) {
    if (report.unknown.length > 0) {
        out.push(paint('1', `Not settled statically (${report.unknown.length})`));
        for (const u of report.unknown)
            out.push(`  ${u.ruleId} on ${clean(u.address)} (${clean(u.file)}:${u.line}): depends on ${clean(u.expr)}`);
        out.push('');
    }
    if (report.errors.length > 0) {
        out.push(paint('1;31', `Files that could not be scanned (${report.errors.length})`));
        for (const e of report.errors)
            out.push(`  ${clean(e.file)}${e.line === undefined ? '' : `:${e.line}`}: ${clean(e.message)}`);
        out.push('');
    }
    if (report.skipped.length > 0) {
        out.push(paint('2', `Skipped (${report.skipped.length})`));
        for (const s of report.skipped)
            out.push(paint('2', `  ${clean(s.file)}: ${s.reason}`));
    }
}
function terminal_short(sha) {
    return sha === null ? 'working tree' : sha.slice(0, 12);
}
/** Control characters (ANSI escapes, carriage returns) from scanned files would rewrite the terminal. */
function clean(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

;// CONCATENATED MODULE: ./src/render/check-run.ts





/**
 * The check run's `output`: a title counting new findings by severity and the
 * fixed ones, and the review as its summary, within GitHub's limit. Rows that
 * do not fit are left out with a note pointing at the job summary and
 * `fullReport`. Annotations are sent separately ({@link renderAnnotations}).
 */
function renderCheckRun(report, options) {
    const where = options.fullReport === undefined
        ? 'see the job summary'
        : `see the job summary or the report file ${code(options.fullReport)}`;
    return {
        title: checkRunTitle(report),
        summary: renderBudgeted(report, GITHUB_LIMITS.checkRunSummaryBytes, where)
    };
}
/** `3 new findings (1 critical, 2 high) · 1 fixed`, `No new findings · 2 fixed`; suppressed ones and scan errors are named. */
function checkRunTitle(report) {
    const fresh = report.findings.filter(f => f.status === 'new');
    const fixed = report.findings.filter(f => f.status === 'fixed').length;
    const bySeverity = SEVERITIES.map(s => [s, fresh.filter(f => f.severity === s).length])
        .filter(([, n]) => n > 0)
        .map(([s, n]) => `${n} ${s}`);
    const suppressed = fresh.filter(f => f.suppressed).length;
    const detail = [bySeverity.join(', '), suppressed > 0 ? `${suppressed} suppressed` : '']
        .filter(p => p !== '')
        .join('; ');
    const parts = [fresh.length === 0 ? 'No new findings' : `${count(fresh.length, 'new finding')} (${detail})`];
    if (fixed > 0)
        parts.push(`${fixed} fixed`);
    if (report.errors.length > 0)
        parts.push(count(report.errors.length, 'scan error'));
    return parts.join(' · ');
}

;// CONCATENATED MODULE: ./src/render/annotations.ts



const LEVEL = {
    critical: 'failure',
    high: 'failure',
    medium: 'warning',
    low: 'notice',
    info: 'notice'
};
const LEVEL_ORDER = { failure: 0, warning: 1, notice: 2 };
const OWNER_WORDS = {
    customer: 'owner: you, the customer',
    aws: 'owner: AWS, but this setting is still yours',
    shared: 'owner: shared by AWS and you'
};
/**
 * One annotation per new finding (critical and high: failure, medium:
 * warning, low and info: notice; a suppressed one is a notice) and one
 * warning per scan error, sorted by file, line and level. Annotations show
 * no markup, so everything is plain text within GitHub's sizes. Send them
 * in {@link batches} of 50.
 */
function renderAnnotations(report) {
    const findings = report.findings.filter(f => f.status === 'new').map(f => findingAnnotation(f, report));
    return [...findings, ...report.errors.map(errorAnnotation)].sort(byPlace);
}
function findingAnnotation(f, report) {
    const removed = f.removedLine === undefined ? '' : ` (removed from line ${f.removedLine} of the base)`;
    const message = [
        sentence(`${plainText(f.address, 200)}: ${plainText(f.message, 1_000)}${removed}`),
        `Responsibility: ${plainText(rowTitle(report, f.row), 200)} (${OWNER_WORDS[f.owner]}).`
    ].join('\n');
    const references = f.references.map(r => plainText(r.id, 100)).join(', ');
    const details = [
        `Why it matters: ${plainText(f.explanation, 4_000)}`,
        `How to fix: ${plainText(f.remediation, 4_000)}`,
        `Rule: ${plainText(f.ruleId, 200)}${references === '' ? '' : ` (${references})`}`
    ].join('\n\n');
    const severity = `${f.severity[0]?.toUpperCase()}${f.severity.slice(1)}`;
    return {
        path: f.file,
        start_line: f.line,
        end_line: Math.max(f.line, f.endLine),
        annotation_level: f.suppressed ? 'notice' : LEVEL[f.severity],
        title: fitText(`${severity}: ${plainText(f.title, 300)}${f.suppressed ? ' (suppressed)' : ''}`, {
            bytes: GITHUB_LIMITS.annotationTitleBytes
        }),
        message: fitText(message, { bytes: GITHUB_LIMITS.annotationMessageBytes }),
        raw_details: fitText(details, { bytes: GITHUB_LIMITS.annotationMessageBytes })
    };
}
function errorAnnotation(e) {
    const line = e.line !== undefined && e.line >= 1 ? e.line : 1;
    return {
        path: e.file,
        start_line: line,
        end_line: line,
        annotation_level: 'warning',
        title: 'Demarc could not scan this file',
        message: fitText(plainText(e.message, 2_000), { bytes: GITHUB_LIMITS.annotationMessageBytes })
    };
}
function byPlace(a, b) {
    return (annotations_compare(a.path, b.path) ||
        a.start_line - b.start_line ||
        a.end_line - b.end_line ||
        LEVEL_ORDER[a.annotation_level] - LEVEL_ORDER[b.annotation_level] ||
        annotations_compare(a.title, b.title) ||
        annotations_compare(a.message, b.message));
}
/** Code-unit order: the same on every machine, whatever its locale. */
function annotations_compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** `items` in consecutive groups of at most `size` (by default the 50 annotations one check-run request takes). */
function batches(items, size = GITHUB_LIMITS.annotationsPerRequest) {
    if (!Number.isInteger(size) || size < 1)
        throw new RangeError(`batches: size must be a positive integer, got ${size}`);
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}

;// CONCATENATED MODULE: ./src/render/review-comment.ts



const MARK = { critical: '🔴', high: '🟠', medium: '🟡', low: '🔵', info: '⚪' };
const FIXED_PREFIX = '✅ Fixed';
/**
 * A suggestion is code, committed as it is: one holding control characters
 * (other than tab and newline) or bidirectional controls is not offered.
 */
const UNSAFE_IN_SUGGESTION = 
// eslint-disable-next-line no-control-regex
/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/**
 * The body of an inline review comment on a new finding: what is wrong, whose
 * responsibility it is, why it matters, how to fix it (with a suggestion when
 * given), references, and last the hidden {@link findingMarker} by which the
 * adapter finds the comment again. Always within GitHub's comment size.
 */
function renderReviewComment(finding, report, options = {}) {
    const marker = findingMarker(finding.fingerprint);
    const before = [
        firstLine(finding),
        concrete(finding),
        `**Responsibility:** ${responsibility(finding, report)}`,
        `**Why it matters:** ${inlineMessage(finding.explanation, { max: 2_000 })}`,
        `**How to fix:** ${inlineMessage(finding.remediation, { max: 2_000 })}`
    ];
    const after = [references(finding), anchorNote(finding, options.anchoredFrom)].filter(p => p !== '');
    const room = GITHUB_LIMITS.commentBodyBytes - utf8Length(`\n\n${marker}\n`);
    let suggestion = options.suggestion === undefined ? '' : suggestionBlock(options.suggestion);
    if (suggestion !== '' && utf8Length([...before, suggestion, ...after].join('\n\n')) > room)
        suggestion = '_The suggested change is too long to show here._';
    const body = [...before, ...(suggestion === '' ? [] : [suggestion]), ...after].join('\n\n');
    return `${fitMarkdown(body, room, '_(shortened)_').trimEnd()}\n\n${marker}\n`;
}
function firstLine(f) {
    const severity = `${f.severity[0]?.toUpperCase()}${f.severity.slice(1)}`;
    return `**${MARK[f.severity]} ${severity}: ${escapeText(f.title, 200)}** · ${code(f.ruleId, { max: 100 })}`;
}
function concrete(f) {
    const removed = f.removedLine === undefined
        ? ''
        : ` This pull request removed the setting that prevented it (line ${f.removedLine} of the base).`;
    return `${sentence(`${code(f.address, { max: 200 })}: ${inlineMessage(f.message, { max: 500 })}`)}${removed}`;
}
/** The matrix row in words; for an AWS row, that the setting is still the customer's. One sentence. */
function responsibility(f, report) {
    const row = `*${escapeText(rowTitle(report, f.row), 200)}*`;
    const words = {
        customer: `${row} is the customer's side of the shared responsibility model, so getting this right is yours.`,
        shared: `${row} is shared: AWS secures the service underneath, and how this resource is configured is yours.`,
        aws: `${row} is AWS's side of the shared responsibility model, but this setting is still yours: AWS can only do its part as far as your configuration lets it.`
    };
    return words[f.owner];
}
/** A fenced ```suggestion block whose fence is longer than any run of backticks in it. */
function suggestionBlock(text) {
    const body = text.replace(/\r\n?/g, '\n').replace(/\n$/, '');
    if (UNSAFE_IN_SUGGESTION.test(body))
        return '_A suggested change is not shown: the line holds control or bidirectional characters._';
    let longest = 0;
    for (const run of body.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}suggestion\n${body}\n${fence}`;
}
function references(f) {
    const items = f.references.map(r => {
        const target = review_comment_linkTarget(r.url);
        const id = escapeText(r.id, 100);
        return target === undefined ? id : `[${id}](${target})`;
    });
    return items.length === 0 ? '' : `**References:** ${items.join(' · ')}`;
}
/** An http(s) URL made safe as a markdown link destination; anything else is not linked. */
function review_comment_linkTarget(url) {
    if (url === undefined || url.length > 2_000)
        return undefined;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return undefined;
    if (parsed.username !== '' || parsed.password !== '')
        return undefined;
    return parsed.href.replace(/[()<>\\`"'\s]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
function anchorNote(f, anchoredFrom) {
    if (anchoredFrom === undefined || anchoredFrom === f.line)
        return '';
    return `_The finding is on line ${f.line}, outside this pull request's changes; it is reported on line ${anchoredFrom}, the nearest changed line of ${code(f.address, { max: 200 })}._`;
}
/** The hidden line that identifies a finding's comment across pushes. */
function findingMarker(fingerprint) {
    // Encoded, so that no fingerprint can close the HTML comment.
    return `<!-- demarc:finding:${encodeURIComponent(fingerprint)} -->`;
}
/** The fingerprint in a comment body written by {@link renderReviewComment} (its last marker), or undefined. */
function parseFindingMarker(body) {
    const found = [...body.matchAll(/<!-- demarc:finding:([^\s>]+) -->/g)].at(-1)?.[1];
    if (found === undefined)
        return undefined;
    try {
        return decodeURIComponent(found);
    }
    catch {
        return undefined;
    }
}
/**
 * The first line of a comment whose finding is fixed: `✅ Fixed in <sha12>:
 * …`. Use {@link applyFixedNote} to put it on a comment.
 */
function renderFixedNote(finding, options = {}) {
    const { head } = options;
    const where = head === undefined || head === null ? '' : ` in ${code(head.slice(0, 12))}`;
    const what = finding.title === undefined || finding.address === undefined
        ? 'the pull request no longer has this finding.'
        : `**${escapeText(finding.title, 200)}** no longer applies to ${code(finding.address, { max: 200 })}.`;
    return `${FIXED_PREFIX}${where}: ${what}`;
}
/**
 * A review comment's body once its finding is fixed: the {@link renderFixedNote}
 * line, the original comment collapsed (its suggestion turned into plain code,
 * so it can no longer be committed), and the finding marker last. Idempotent:
 * a body that is already marked fixed is returned as it is.
 */
function applyFixedNote(body, finding, options = {}) {
    if (body.startsWith(FIXED_PREFIX))
        return body;
    const marker = findingMarker(finding.fingerprint);
    const original = body
        .split(marker)
        .join('')
        .trimEnd()
        .replace(/^(`{3,})suggestion[ \t]*$/gm, '$1text');
    const open = `${renderFixedNote(finding, options)}\n\n<details>\n<summary>Original comment</summary>\n\n`;
    const close = `\n\n</details>\n\n${marker}\n`;
    const room = GITHUB_LIMITS.commentBodyBytes - utf8Length(open) - utf8Length(close);
    return `${open}${fitMarkdown(original, room, '_(shortened)_').trimEnd()}${close}`;
}

;// CONCATENATED MODULE: ./src/render/sticky-comment.ts



/**
 * The hidden first line of the summary comment. Find the comment to update by
 * `body.startsWith(SUMMARY_MARKER)` on comments written by the same account:
 * anyone can post a comment that merely contains it.
 */
const SUMMARY_MARKER = '<!-- demarc:summary -->';
/**
 * The pull request comment of `comments: summary` mode: the marker, then the
 * review within GitHub's comment size; rows that do not fit are left out with
 * a note pointing at the job summary and `fullReport`.
 */
function renderStickyComment(report, options) {
    const where = options.fullReport === undefined
        ? "see this run's job summary"
        : `see this run's job summary or the report file ${code(options.fullReport)}`;
    const room = GITHUB_LIMITS.commentBodyBytes - utf8Length(`${SUMMARY_MARKER}\n`);
    return `${SUMMARY_MARKER}\n${renderBudgeted(report, room, where)}`;
}

;// CONCATENATED MODULE: ./src/render/job-summary.ts



/**
 * The job summary (`GITHUB_STEP_SUMMARY`): the review within the 1 MiB a step
 * may write. The budget is the step's whole summary, so write nothing else to
 * it in the same step. Rows that do not fit are left out with a note pointing
 * at `fullReport`.
 */
function renderJobSummary(report, options) {
    const where = options.fullReport === undefined
        ? "set the action's `report-file` input to keep the full report"
        : `see the report file ${code(options.fullReport)}`;
    return renderBudgeted(report, GITHUB_LIMITS.jobSummaryBytes, where);
}

;// CONCATENATED MODULE: ./src/render/sarif.ts





/** The schema GitHub's documentation names for SARIF uploads. */
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const sarif_LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
    info: 'note'
};
/** Code scanning reads 9.0 and above as critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low. */
const SECURITY_SEVERITY = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '3.0',
    info: '1.0'
};
/**
 * The report as SARIF 2.1.0 for `github/codeql-action/upload-sarif`: one run,
 * a rule per control that has a finding, and a result per new or existing
 * finding that is not suppressed.
 *
 * Fixed findings are left out: code scanning closes an alert when a later
 * analysis no longer contains its result, and it ignores `baselineState`, so
 * a result marked `absent` would open an alert on a line of the base
 * version. Suppressed findings are left out because code scanning does not
 * honour SARIF `suppressions` by default and would open them as alerts. When
 * there are more results than code scanning accepts in one run, the most
 * important are kept (new first, then by severity) and a notification says
 * how many are missing.
 */
function renderSarif(report) {
    const rules = rulesOf(report);
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const eligible = report.findings
        .filter(f => f.status !== 'fixed' && !f.suppressed)
        .sort((a, b) => rank(a) - rank(b));
    const kept = eligible.slice(0, GITHUB_LIMITS.sarifResultsPerRun);
    const notifications = report.errors.map(errorNotification);
    if (eligible.length > kept.length)
        notifications.push({
            level: 'warning',
            message: {
                text: `${eligible.length - kept.length} of ${eligible.length} results are left out: code scanning accepts at most ${GITHUB_LIMITS.sarifResultsPerRun} results per run. The report file has them all.`
            }
        });
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: { driver: driver(report, rules) },
                invocations: [
                    {
                        executionSuccessful: true,
                        ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {})
                    }
                ],
                results: kept.map(f => result(f, report, index.get(f.ruleId))),
                properties: {
                    scope: report.scope,
                    gate: report.gate.conclusion,
                    fixed: report.findings.filter(f => f.status === 'fixed').length,
                    suppressed: report.findings.filter(f => f.suppressed && f.status !== 'fixed').length
                }
            }
        ]
    };
}
function driver(report, rules) {
    const { version } = report.tool;
    const semantic = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(version);
    return { name: 'Demarc', version, ...(semantic ? { semanticVersion: version } : {}), rules };
}
/** New before existing, then by severity: the order in which results are kept when there are too many. */
function rank(f) {
    return (f.status === 'new' ? 0 : SEVERITIES.length) + SEVERITIES.indexOf(f.severity);
}
/** One rule per control that has a finding (of any status), sorted by id. */
function rulesOf(report) {
    const first = new Map();
    for (const f of report.findings)
        if (!first.has(f.ruleId))
            first.set(f.ruleId, f);
    return [...first.values()].sort((a, b) => (a.ruleId < b.ruleId ? -1 : 1)).map(f => rule(f, report));
}
function rule(f, report) {
    const title = plainText(f.title, 1_024);
    const helpUri = f.references.map(r => linkTarget(r.url)).find(u => u !== undefined);
    return {
        id: f.ruleId,
        name: fitText(f.ruleId, { bytes: GITHUB_LIMITS.sarifRuleNameBytes }),
        shortDescription: { text: description(title) },
        fullDescription: { text: description(f.explanation === '' ? title : plainText(f.explanation, 4_000)) },
        help: {
            text: plainText(f.remediation === '' ? f.title : f.remediation, 4_000),
            markdown: helpMarkdown(f, report)
        },
        ...(helpUri === undefined ? {} : { helpUri }),
        defaultConfiguration: { level: sarif_LEVEL[f.severity] },
        properties: {
            tags: ['security', f.row, f.owner].slice(0, GITHUB_LIMITS.sarifTagsPerRule),
            precision: 'high',
            'security-severity': SECURITY_SEVERITY[f.severity]
        }
    };
}
function description(text) {
    return fitText(text, { bytes: GITHUB_LIMITS.sarifDescriptionBytes });
}
function helpMarkdown(f, report) {
    const references = f.references.map(r => {
        const target = linkTarget(r.url);
        const id = escapeText(r.id, 100);
        return target === undefined ? `- ${id}` : `- [${id}](${target})`;
    });
    return [
        `**How to fix:** ${inlineMessage(f.remediation, { max: 4_000 })}`,
        `**Why it matters:** ${inlineMessage(f.explanation, { max: 4_000 })}`,
        `**Responsibility:** ${escapeText(rowTitle(report, f.row), 200)} (${OWNER_LABEL[f.owner]})`,
        ...(references.length > 0 ? [`**References:**\n\n${references.join('\n')}`] : [])
    ].join('\n\n');
}
function result(f, report, ruleIndex) {
    const removed = f.removedLine === undefined ? '' : ` (removed from line ${f.removedLine} of the base)`;
    const text = sentence(`${plainText(f.address, 200)}: ${plainText(f.message, 1_000)}${removed}`);
    return {
        ruleId: f.ruleId,
        ruleIndex,
        level: sarif_LEVEL[f.severity],
        message: { text: sarifText(text) },
        locations: [sarif_location(f.file, f.line, Math.max(f.line, f.endLine))],
        partialFingerprints: { 'demarcFingerprint/v1': f.fingerprint },
        // A whole-tree scan has no baseline to compare with.
        ...(report.scope.mode === 'changes' ? { baselineState: f.status === 'new' ? 'new' : 'unchanged' } : {}),
        properties: {
            row: f.row,
            rowTitle: plainText(rowTitle(report, f.row), 300),
            owner: f.owner,
            severity: f.severity,
            address: plainText(f.address, 300)
        }
    };
}
function errorNotification(e) {
    const line = e.line !== undefined && e.line >= 1 ? e.line : undefined;
    return {
        level: 'error',
        message: { text: sarifText(`${plainText(e.file, 300)}: ${plainText(e.message, 1_000)}`) },
        locations: [sarif_location(e.file, line, line)]
    };
}
function sarif_location(file, line, endLine) {
    return {
        physicalLocation: {
            artifactLocation: { uri: fileUri(file), uriBaseId: '%SRCROOT%' },
            ...(line === undefined ? {} : { region: { startLine: line, endLine: endLine ?? line } })
        }
    };
}
/**
 * A repository-relative POSIX path as a relative URI reference: spaces,
 * `%`, `#`, `?` and other characters a URI cannot hold are percent-encoded,
 * `/` is kept.
 */
function fileUri(path) {
    const wellFormed = path.replace(/^\.\//, '').replace(sarif_LONE_SURROGATE, '\ufffd');
    return encodeURI(wellFormed).replace(/[?#]/g, c => encodeURIComponent(c));
}
const sarif_LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** SARIF message text treats `[…](…)` as a link to a location, so literal brackets are escaped (§3.11.5). */
function sarifText(text) {
    return text.replace(/\\(?=[[\]])|[[\]]/g, c => `\\${c}`);
}

;// CONCATENATED MODULE: ./src/render/index.ts












;// CONCATENATED MODULE: ./src/formats/yaml/resolve-scalar.ts
const NULL = /^(?:~|null|Null|NULL)?$/;
const TRUE_CORE = /^(?:true|True|TRUE)$/;
const FALSE_CORE = /^(?:false|False|FALSE)$/;
const TRUE_11 = /^(?:true|True|TRUE|y|Y|yes|Yes|YES|on|On|ON)$/;
const FALSE_11 = /^(?:false|False|FALSE|n|N|no|No|NO|off|Off|OFF)$/;
const INT = /^[-+]?[0-9]+$/;
const OCTAL = /^0o[0-7]+$/;
const resolve_scalar_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const INFINITY = /^[-+]?\.(?:inf|Inf|INF)$/;
const NAN = /^\.(?:nan|NaN|NAN)$/;
/** Characters a plain scalar must start with to be anything but a string. */
const SPECIAL_START = new Set('~nNtTfFyYoO0123456789-+.'.split(''));
/** An untagged plain scalar as its schema reads it: null, bool, number or string. */
function resolvePlain(text, span, booleans) {
    if (text !== '' && !SPECIAL_START.has(text[0]))
        return { kind: 'string', value: text, span };
    if (NULL.test(text))
        return { kind: 'null', span };
    const isTrue = booleans === 'yaml11' ? TRUE_11 : TRUE_CORE;
    const isFalse = booleans === 'yaml11' ? FALSE_11 : FALSE_CORE;
    if (isTrue.test(text))
        return { kind: 'bool', value: true, span };
    if (isFalse.test(text))
        return { kind: 'bool', value: false, span };
    const number = resolve_scalar_numberOf(text);
    return number === undefined
        ? { kind: 'string', value: text, span }
        : { kind: 'number', value: number, span };
}
function resolve_scalar_numberOf(text) {
    if (INT.test(text) || FLOAT.test(text))
        return Number(text);
    if (OCTAL.test(text))
        return parseInt(text.slice(2), 8);
    if (resolve_scalar_HEX.test(text))
        return parseInt(text.slice(2), 16);
    if (INFINITY.test(text))
        return text.startsWith('-') ? -Infinity : Infinity;
    if (NAN.test(text))
        return NaN;
    return undefined;
}
/**
 * A scalar with a standard `!!` tag. Returns undefined when the text does not
 * fit the tag (`!!int abc`), which the caller reports as an error.
 */
function resolveStandardTag(tag, text, span) {
    switch (tag) {
        case '!!null':
            return { kind: 'null', span };
        case '!!bool':
            if (TRUE_CORE.test(text))
                return { kind: 'bool', value: true, span };
            if (FALSE_CORE.test(text))
                return { kind: 'bool', value: false, span };
            return undefined;
        case '!!int':
        case '!!float': {
            const number = resolve_scalar_numberOf(text);
            return number === undefined ? undefined : { kind: 'number', value: number, span };
        }
        default:
            return { kind: 'string', value: text, span };
    }
}

;// CONCATENATED MODULE: ./src/formats/yaml/yaml-error.ts
/** A YAML file that cannot be read, with the 1-based line of the problem when known. */
class YamlError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
        this.name = 'YamlError';
    }
}

;// CONCATENATED MODULE: ./src/formats/yaml/parse-yaml.ts




// Event ids of js-yaml's parseEvents (EVENT_ID), inlined for the hot loop.
const DOCUMENT = 1;
const SEQUENCE = 2;
const MAPPING = 3;
const SCALAR = 4;
const ALIAS = 5;
const FLOW = 2;
const PLAIN = 1;
const QUOTED = new Set([2, 3]);
const LITERAL = 4;
const FOLDED = 5;
/**
 * Parses YAML (every document of a stream) into values that keep their
 * spans. Anchors and aliases, merge keys (`<<`) and `!!` tags are honoured;
 * duplicate keys, unknown aliases and complex keys are errors; nesting,
 * aliases and alias expansion are bounded. Throws {@link YamlError} with the
 * line of the problem.
 */
function parse_yaml_parseYaml(text, options = {}) {
    let events;
    try {
        events = parseEvents(text, { maxDepth: options.maxDepth ?? 100 });
    }
    catch (error) {
        throw fromException(error);
    }
    return new Builder(text, options).build(events);
}
function fromException(error) {
    if (error instanceof YAMLException) {
        const line = error.mark === undefined ? undefined : error.mark.line + 1;
        return new YamlError(error.reason, line);
    }
    return new YamlError(`could not parse the YAML: ${String(error)}`);
}
class Builder {
    text;
    options;
    lines;
    booleans;
    maxAliases;
    maxNodes;
    anchors = new Map();
    stack = [];
    root;
    aliases = 0;
    /** Nodes repeated through aliases so far: a node the text spells out is bounded by the text itself. */
    expanded = 0;
    constructor(text, options) {
        this.text = text;
        this.options = options;
        this.lines = line_index_lineIndex(text);
        this.booleans = options.booleans ?? 'core';
        this.maxAliases = options.maxAliases ?? 10_000;
        this.maxNodes = options.maxNodes ?? 1_000_000;
    }
    build(events) {
        const documents = [];
        let inDocument = false;
        for (const event of events) {
            switch (event.type) {
                case DOCUMENT:
                    this.startDocument();
                    inDocument = true;
                    break;
                case MAPPING:
                case SEQUENCE:
                    this.open(event.type === MAPPING ? 'map' : 'list', event);
                    break;
                case SCALAR:
                    this.scalar(event);
                    break;
                case ALIAS:
                    this.alias(event.anchorStart, event.anchorEnd);
                    break;
                default:
                    if (this.stack.length > 0)
                        this.close();
                    else if (inDocument) {
                        documents.push({ value: this.root });
                        inDocument = false;
                    }
            }
        }
        return documents;
    }
    startDocument() {
        this.anchors = new Map();
        this.root = undefined;
        this.aliases = 0;
        this.expanded = 0;
    }
    open(kind, event) {
        const top = this.stack[this.stack.length - 1];
        if (top !== undefined && top.kind === 'map' && top.key === undefined)
            throw this.error('complex mapping keys (a collection used as a key) are not supported', event.start);
        const anchor = this.slice(event.anchorStart, event.anchorEnd);
        if (anchor !== '')
            this.anchors.set(anchor, 'open');
        this.stack.push({
            kind,
            start: event.start,
            end: event.start + 1,
            flow: event.style === FLOW,
            tag: this.slice(event.tagStart, event.tagEnd),
            anchor,
            weight: 1,
            items: [],
            entries: new Map(),
            keySpans: new Map(),
            merges: []
        });
    }
    close() {
        const frame = this.stack.pop();
        const end = frame.flow ? this.closingBracket(frame) : frame.end;
        const span = this.lines.span(frame.start, end);
        let value;
        if (frame.kind === 'list')
            value = { kind: 'list', items: frame.items, span };
        else {
            if (frame.key !== undefined)
                throw this.error(`the key '${frame.key.name}' has no value`, frame.start);
            for (const merged of frame.merges)
                mergeInto(frame, merged);
            value = { kind: 'map', entries: frame.entries, keySpans: frame.keySpans, span };
        }
        value = this.tagged(frame.tag, value, span, frame.start);
        this.complete(value, frame.anchor, frame.weight, end);
    }
    /** A flow collection ends at its bracket: the first `]`/`}` after its last item, outside comments. */
    closingBracket(frame) {
        const bracket = frame.kind === 'map' ? '}' : ']';
        for (let i = frame.end; i < this.text.length; i++) {
            const c = this.text[i];
            if (c === bracket)
                return i + 1;
            if (c === '#') {
                const newline = this.text.indexOf('\n', i);
                if (newline < 0)
                    break;
                i = newline;
            }
        }
        return frame.end;
    }
    scalar(event) {
        const top = this.stack[this.stack.length - 1];
        const start = this.scalarStart(event);
        const end = QUOTED.has(event.style) ? event.valueEnd + 1 : event.valueEnd;
        const text = event.fast
            ? this.text.slice(event.valueStart, event.valueEnd)
            : getScalarValue(this.text, event);
        const span = this.lines.span(start, end);
        if (top !== undefined && top.kind === 'map' && top.key === undefined) {
            this.key(top, text, span, event.style === PLAIN && event.tagStart < 0 && text === '<<');
            top.end = Math.max(top.end, end);
            return;
        }
        const tag = this.slice(event.tagStart, event.tagEnd);
        const value = tag.startsWith('!!')
            ? resolveStandardTag(tag, text, span)
            : this.tagged(tag, this.untagged(text, span, event.style, tag), span, start);
        if (value === undefined)
            throw this.error(`'${text}' is not a valid ${tag}`, start);
        this.complete(value, this.slice(event.anchorStart, event.anchorEnd), 1, end);
    }
    /** Quoted scalars start at their quote, block scalars at their `|` or `>` indicator. */
    scalarStart(event) {
        if (QUOTED.has(event.style))
            return event.valueStart - 1;
        if (event.style !== LITERAL && event.style !== FOLDED)
            return event.valueStart;
        const indicator = Math.max(this.text.lastIndexOf('|', event.valueStart), this.text.lastIndexOf('>', event.valueStart));
        return indicator < 0 ? event.valueStart : indicator;
    }
    /** Plain scalars are resolved by the schema (with a local tag too); quoted ones, and `!`, are strings. */
    untagged(text, span, style, tag) {
        return style === PLAIN && tag !== '!' ? resolvePlain(text, span, this.booleans) : str(text, span);
    }
    key(top, name, span, merge) {
        if (!merge && (top.entries.has(name) || top.key?.name === name))
            throw this.errorAt(`duplicate key '${name}' (first at line ${top.keySpans.get(name)?.line ?? '?'})`, span);
        top.key = { name, span, merge };
    }
    alias(start, end) {
        const name = this.text.slice(start, end);
        const anchored = this.anchors.get(name);
        if (anchored === undefined)
            throw this.error(`unknown alias '*${name}'`, start);
        if (anchored === 'open')
            throw this.error(`alias '*${name}' refers to a node that contains it`, start);
        if (++this.aliases > this.maxAliases)
            throw this.error(`more than ${this.maxAliases} aliases in one document`, start);
        this.expanded += anchored.weight;
        if (this.expanded > this.maxNodes)
            throw this.error(`aliases in the document expand to more than ${this.maxNodes} nodes (alias bomb?)`, start);
        this.complete(anchored.value, '', anchored.weight, end);
    }
    complete(value, anchor, weight, end) {
        if (anchor !== '')
            this.anchors.set(anchor, { value, weight });
        const top = this.stack[this.stack.length - 1];
        if (top === undefined) {
            this.root = value;
            return;
        }
        top.weight += weight;
        top.end = Math.max(top.end, end);
        if (top.kind === 'list') {
            top.items.push(value);
            return;
        }
        const key = top.key;
        top.key = undefined;
        if (key.merge) {
            const sources = value.kind === 'list' ? value.items : [value];
            if (!sources.every(source => source.kind === 'map'))
                throw this.errorAt("a merge key '<<' takes a mapping or a list of mappings", key.span);
            top.merges.push(...sources);
            return;
        }
        top.entries.set(key.name, value);
        top.keySpans.set(key.name, key.span);
    }
    tagged(tag, value, span, at) {
        if (tag === '' || tag === '!' || tag === '!!map' || tag === '!!seq')
            return value;
        if (tag.startsWith('!!')) {
            if (value.kind === 'map' || value.kind === 'list')
                throw this.error(`the tag ${tag} does not apply to a ${value.kind === 'map' ? 'mapping' : 'sequence'}`, at);
            return value;
        }
        return this.options.tag === undefined ? value : this.options.tag(tag, value, span);
    }
    slice(start, end) {
        return start < 0 ? '' : this.text.slice(start, end);
    }
    error(message, offset) {
        return new YamlError(message, this.lines.line(Math.max(0, Math.min(offset, this.text.length))));
    }
    errorAt(message, span) {
        return new YamlError(message, span.line);
    }
}
function str(value, span) {
    return { kind: 'string', value, span };
}
/** `<<: *base` (or a list of them): the merged map's entries, under the ones written here. */
function mergeInto(frame, source) {
    if (source.kind !== 'map')
        return;
    for (const [key, value] of source.entries) {
        if (frame.entries.has(key))
            continue;
        frame.entries.set(key, value);
        const keySpan = source.keySpans?.get(key);
        if (keySpan !== undefined)
            frame.keySpans.set(key, keySpan);
    }
}

;// CONCATENATED MODULE: ./src/formats/yaml/index.ts



;// CONCATENATED MODULE: ./src/formats/kubernetes/shift-lines.ts
/**
 * Moves every span of a value (and its keys' spans) down by `by` lines, for
 * a document that was parsed on its own out of a longer stream. Anchored
 * nodes are shared between their aliases, so each span is moved once.
 */
function shiftLines(value, by) {
    if (by === 0)
        return;
    const moved = new Set();
    const shift = (span) => {
        if (moved.has(span))
            return;
        moved.add(span);
        span.line += by;
        span.endLine += by;
    };
    const visit = (node) => {
        if (moved.has(node.span))
            return;
        shift(node.span);
        if (node.kind === 'list')
            node.items.forEach(visit);
        if (node.kind !== 'map')
            return;
        node.entries.forEach(visit);
        node.keySpans?.forEach(shift);
    };
    visit(value);
}

;// CONCATENATED MODULE: ./src/formats/kubernetes/split-documents.ts
/** A `---` line starts a document; the content may follow on the same line (`--- {a: 1}`). */
const START = /^---(?:[ \t]|$)/;
/** A `...` line ends one; whatever follows starts the next. */
const END = /^\.\.\.(?:[ \t]|$)/;
/**
 * Cuts a YAML stream into its documents by their markers, without parsing,
 * so that a syntax error in one document does not cost the others. A marker
 * at column 0 always separates documents in YAML, even inside a block
 * scalar, so the cut never splits a document that was whole.
 */
function documentChunks(text) {
    const lines = text.split('\n');
    const chunks = [];
    let start = 0;
    const flush = (end) => {
        if (end > start)
            chunks.push({ line: start + 1, text: lines.slice(start, end).join('\n') });
        start = end;
    };
    lines.forEach((line, i) => {
        if (START.test(line))
            flush(i);
        else if (END.test(line))
            flush(i + 1);
    });
    flush(lines.length);
    return chunks;
}

;// CONCATENATED MODULE: ./src/formats/kubernetes/read-documents.ts



/**
 * Every document of a YAML stream. The stream is parsed whole first; when
 * that fails, each document is parsed on its own, so that one broken
 * manifest in a file of many costs only itself. Never throws.
 */
function readDocuments(text, options) {
    try {
        return { documents: read_documents_present(parse_yaml_parseYaml(text, options).map(d => d.value)), problems: [] };
    }
    catch (error) {
        const chunks = documentChunks(text);
        if (chunks.length <= 1)
            return { documents: [], problems: [problemOf(error, 0)] };
        return readEach(chunks, options);
    }
}
function readEach(chunks, options) {
    const documents = [];
    const problems = [];
    for (const chunk of chunks) {
        try {
            const values = read_documents_present(parse_yaml_parseYaml(chunk.text, options).map(d => d.value));
            values.forEach(value => shiftLines(value, chunk.line - 1));
            documents.push(...values);
        }
        catch (error) {
            problems.push(problemOf(error, chunk.line - 1));
        }
    }
    return { documents, problems };
}
function read_documents_present(values) {
    return values.filter((v) => v !== undefined && v.kind !== 'null');
}
function problemOf(error, offset) {
    if (error instanceof YamlError) {
        const message = `could not read the YAML: ${error.message}`;
        return error.line === undefined ? { message } : { line: error.line + offset, message };
    }
    return { message: `could not read the YAML: ${String(error)}` };
}

;// CONCATENATED MODULE: ./src/formats/kubernetes/yaml-options.ts
/**
 * How manifests are read: YAML 1.1 booleans, as the cluster's own reader
 * does, so `privileged: yes` is `true` here as it is there.
 */
const YAML_OPTIONS = { booleans: 'yaml11' };

;// CONCATENATED MODULE: ./src/formats/kubernetes/detect.ts



const EXTENSIONS = new Set(['.yaml', '.yml', '.json']);
/** Kustomize's build file, which names the manifests to combine; not itself a cluster object. */
const KUSTOMIZATION = /^(?:kustomization\.ya?ml|Kustomization)$/;
/** Names the compose parser owns outright; never Kubernetes. */
const COMPOSE = /^(?:docker-)?compose(?:\.[^/]+)?\.ya?ml$/;
/** Top-level `apiVersion:` and `kind:` keys of block YAML (column 0). */
const YAML_API_VERSION = /^["']?apiVersion["']?[ \t]*:/m;
const YAML_KIND = /^["']?kind["']?[ \t]*:/m;
/** The same keys anywhere in JSON, where indentation says nothing; the real read decides. */
const JSON_API_VERSION = /"apiVersion"[ \t\r\n]*:/;
const JSON_KIND = /"kind"[ \t\r\n]*:/;
/** A Go template action as Helm writes them: `{{ .Values.x }}`, `{{- include "name" . }}`, `{{ if … }}`. */
const TEMPLATE_ACTION = /\{\{-?\s*(?:[.$"(]|(?:include|template|if|else|end|range|with|define|block|toYaml|tpl|required|default|quote|printf|lookup)\b)/;
/**
 * A kustomization file is claimed outright (so that no other YAML reader
 * takes it for application settings) and reported as skipped; other YAML and
 * JSON files are Kubernetes only if their content says so.
 */
function claimsKubernetesPath(path) {
    const base = baseName(path);
    if (KUSTOMIZATION.test(base))
        return 'yes';
    if (COMPOSE.test(base))
        return 'no';
    return EXTENSIONS.has(extensionOf(path)) ? 'maybe' : 'no';
}
/** `kustomization.yaml`, `kustomization.yml` or `Kustomization`, wherever it sits. */
function isKustomizationPath(path) {
    return KUSTOMIZATION.test(baseName(path));
}
/** A file under a chart's `templates/` directory that holds template actions. */
function isHelmTemplate(path, text) {
    return /(?:^|\/)templates\//.test(path.replace(/\\/g, '/')) && TEMPLATE_ACTION.test(text);
}
/**
 * Kubernetes when some document is a mapping with a string `apiVersion` and
 * a string `kind` at its top (a cheap text test first, then a real read),
 * or when it is a Helm template, which is ours to skip. A chart's
 * `values.yaml`, a workflow or an API description has no such keys.
 */
function claimsKubernetesContent(path, text) {
    if (isHelmTemplate(path, text))
        return true;
    const asYaml = YAML_API_VERSION.test(text) && YAML_KIND.test(text);
    if (!asYaml && !(JSON_API_VERSION.test(text) && JSON_KIND.test(text)))
        return false;
    const { documents, problems } = readDocuments(text, YAML_OPTIONS);
    if (documents.some(looksLikeObject))
        return true;
    // Top-level keys are there but the YAML is broken: claim it, so that the error is reported.
    return asYaml && documents.length === 0 && problems.length > 0;
}
function looksLikeObject(document) {
    if (document.kind !== 'map')
        return false;
    const apiVersion = document.entries.get('apiVersion');
    const kind = document.entries.get('kind');
    return apiVersion?.kind === 'string' && kind?.kind === 'string';
}

;// CONCATENATED MODULE: ./src/formats/kubernetes/objects.ts
/** `kind: List`, and `DeploymentList`, … with an `items` list as the API returns them: wrappers of objects. */
const LIST_KIND = /^[A-Z][A-Za-z0-9]*List$/;
const KUSTOMIZE_API = /^kustomize\.config\.k8s\.io\//;
/**
 * The cluster objects of one document: the document itself, or the items
 * of a list. A document that is not an object is a problem at its line; the
 * others of the file are read regardless. A document with apiVersion and
 * kind but no metadata at all is the configuration of a tool (a kubeconfig,
 * a kubelet or cluster-bootstrap configuration), which no cluster stores.
 */
function objectsOf(document) {
    const out = { objects: [], problems: [], kustomization: false, toolConfig: false };
    const header = headerOf(document, 'document', out.problems);
    if (header === undefined)
        return out;
    if (KUSTOMIZE_API.test(header.apiVersion))
        out.kustomization = true;
    else if (isList(header))
        readItems(header, out);
    else if (!header.value.entries.has('metadata'))
        out.toolConfig = true;
    else
        pushObject(header, out.problems, out.objects);
    return out;
}
function isList(header) {
    return (header.kind === 'List' ||
        (LIST_KIND.test(header.kind) && header.value.entries.get('items')?.kind === 'list'));
}
function readItems(list, out) {
    const items = list.value.entries.get('items');
    if (items === undefined || items.kind === 'null')
        return;
    if (items.kind !== 'list') {
        out.problems.push({
            line: items.span.line,
            message: `expected a list of objects under 'items', found ${objects_describeKind(items)}`
        });
        return;
    }
    for (const item of items.items) {
        const inner = headerOf(item, `item of the ${list.kind}`, out.problems);
        if (inner !== undefined)
            pushObject(inner, out.problems, out.objects);
    }
}
function headerOf(value, what, problems) {
    if (value.kind !== 'map') {
        problems.push({
            line: value.span.line,
            message: `expected a Kubernetes object (a mapping with apiVersion and kind) as this ${what}, found ${objects_describeKind(value)}`
        });
        return undefined;
    }
    const apiVersion = value.entries.get('apiVersion');
    const kind = value.entries.get('kind');
    if (apiVersion?.kind !== 'string' || kind?.kind !== 'string' || kind.value === '') {
        const missing = kind?.kind === 'string' && kind.value !== '' ? 'apiVersion' : 'kind';
        const found = missing === 'kind' ? kind : apiVersion;
        problems.push({
            line: value.span.line,
            message: `expected a string '${missing}' in this ${what}, found ${found === undefined ? 'none' : objects_describeKind(found)}`
        });
        return undefined;
    }
    return { value, apiVersion: apiVersion.value, kind: kind.value };
}
function pushObject(header, problems, objects) {
    const metadata = header.value.entries.get('metadata');
    const meta = metadata?.kind === 'map' ? metadata : undefined;
    const name = nameOf(meta?.entries.get('name')) ?? nameOf(meta?.entries.get('generateName'));
    if (name === undefined) {
        problems.push({
            line: (header.value.keySpans?.get('metadata') ?? header.value.span).line,
            message: `expected metadata.name (or metadata.generateName) on this ${header.kind}, found none`
        });
        return;
    }
    const namespace = nameOf(meta?.entries.get('namespace'));
    objects.push({
        value: header.value,
        kind: header.kind,
        name,
        ...(namespace === undefined ? {} : { namespace })
    });
}
/** A name as the API would take it: a non-empty string (or a number YAML read as one). */
function nameOf(value) {
    if (value?.kind === 'string' && value.value !== '')
        return value.value;
    if (value?.kind === 'number')
        return String(value.value);
    return undefined;
}
function objects_describeKind(value) {
    switch (value.kind) {
        case 'map':
            return 'a mapping';
        case 'list':
            return 'a list';
        case 'string':
            return `the string ${JSON.stringify(value.value.length > 40 ? `${value.value.slice(0, 39)}…` : value.value)}`;
        case 'null':
            return 'null';
        default:
            return `a ${value.kind}`;
    }
}

;// CONCATENATED MODULE: ./src/formats/kubernetes/pod-spec.ts
const TEMPLATE = ['spec', 'template', 'spec'];
const JOB_TEMPLATE = ['spec', 'jobTemplate', 'spec', 'template', 'spec'];
/** Where each built-in workload keeps the spec of the pods it runs. */
const POD_SPEC_PATHS = {
    Pod: ['spec'],
    PodTemplate: ['template', 'spec'],
    Deployment: TEMPLATE,
    StatefulSet: TEMPLATE,
    DaemonSet: TEMPLATE,
    ReplicaSet: TEMPLATE,
    ReplicationController: TEMPLATE,
    Job: TEMPLATE,
    CronJob: JOB_TEMPLATE
};
/**
 * The pod spec of a workload, the very value in the manifest, so that rules
 * read `podSpec.containers` whatever the kind. Built-in kinds are looked up
 * by their path; any other kind (a custom workload) counts when it carries a
 * pod template shaped like a Deployment's or a CronJob's, with `containers`.
 */
function podSpecOf(kind, body) {
    const known = POD_SPEC_PATHS[kind];
    if (known !== undefined)
        return asMap(at(body, known));
    for (const path of [TEMPLATE, JOB_TEMPLATE]) {
        const spec = asMap(at(body, path));
        if (spec?.entries.has('containers'))
            return spec;
    }
    return undefined;
}
function at(value, path) {
    let current = value;
    for (const key of path)
        current = current?.kind === 'map' ? current.entries.get(key) : undefined;
    return current;
}
function asMap(value) {
    return value?.kind === 'map' ? value : undefined;
}

;// CONCATENATED MODULE: ./src/formats/kubernetes/resources.ts

/** `Deployment/prod/web` for a namespaced manifest, `ClusterRole/admin` when it names no namespace. */
function resources_addressOf(object) {
    return object.namespace === undefined
        ? `${object.kind}/${object.name}`
        : `${object.kind}/${object.namespace}/${object.name}`;
}
/**
 * The resources of one file's objects, in source order. A second object
 * with the same address is an error at its line and is left out, so that
 * every resource's key stays unique.
 */
function buildResources(unit, file, objects, errors) {
    const seen = new Map();
    for (const object of objects) {
        const address = resources_addressOf(object);
        const first = seen.get(address);
        if (first !== undefined) {
            errors.push({
                file,
                line: object.value.span.line,
                message: `expected one object per kind, namespace and name in a file, found '${address}' again (first at line ${first.span.line})`
            });
            continue;
        }
        seen.set(address, buildResource(unit, file, object, address));
    }
    return [...seen.values()];
}
function buildResource(unit, file, object, address) {
    const resource = {
        file,
        format: 'kubernetes',
        type: object.kind,
        address,
        key: `${unit}//${address}`,
        span: object.value.span,
        body: object.value
    };
    const podSpec = podSpecOf(object.kind, object.value);
    if (podSpec === undefined || object.value.entries.has('podSpec'))
        return resource;
    return { ...resource, body: withPodSpec(object.value, podSpec), derived: ['podSpec'] };
}
/** The manifest with `podSpec` added at its top: a new map, the manifest's own values in it. */
function withPodSpec(body, podSpec) {
    const entries = new Map(body.entries);
    entries.set('podSpec', podSpec);
    return { ...body, entries };
}

;// CONCATENATED MODULE: ./src/formats/kubernetes/parse-manifests.ts






const HELM_TEMPLATE_REASON = 'Helm template (not rendered, not scanned)';
const TOOL_CONFIG_REASON = 'configuration of a Kubernetes tool (apiVersion and kind but no metadata): not a cluster object, not scanned';
const KUSTOMIZATION_REASON = 'Kustomize kustomization (build instructions, not a cluster object; the manifests and patches it names are scanned as plain files)';
/**
 * Parses Kubernetes manifest files: every document of each file, `List`
 * items included, one resource per object. Never throws: a file that cannot
 * be read, a broken document or an object without a name is an error at its
 * line, and everything else in the file still comes through.
 */
function parseManifests(unit, files) {
    const resources = [];
    const errors = [];
    const skipped = [];
    for (const file of files) {
        try {
            parseFile(unit, file, { resources, errors, skipped });
        }
        catch (error) {
            errors.push({ file: file.path, message: `could not read the manifests: ${String(error)}` });
        }
    }
    return { resources, errors, skipped };
}
function parseFile(unit, file, out) {
    if (isHelmTemplate(file.path, file.text)) {
        out.skipped.push({ file: file.path, reason: HELM_TEMPLATE_REASON });
        return;
    }
    if (isKustomizationPath(file.path)) {
        out.skipped.push({ file: file.path, reason: KUSTOMIZATION_REASON });
        return;
    }
    const problem = textProblem(file.text);
    if (problem !== undefined) {
        out.errors.push({ file: file.path, ...problem });
        return;
    }
    const { documents, problems } = readDocuments(file.text, YAML_OPTIONS);
    const objects = [];
    let reason;
    for (const document of documents) {
        const read = objectsOf(document);
        objects.push(...read.objects);
        problems.push(...read.problems);
        if (read.kustomization)
            reason ??= KUSTOMIZATION_REASON;
        if (read.toolConfig)
            reason ??= TOOL_CONFIG_REASON;
    }
    out.errors.push(...problems.map(p => ({ file: file.path, ...p })));
    if (reason !== undefined && objects.length === 0 && problems.length === 0) {
        out.skipped.push({ file: file.path, reason });
        return;
    }
    out.resources.push(...buildResources(unit, file.path, objects, out.errors));
}

;// CONCATENATED MODULE: ./src/formats/kubernetes/index.ts





/**
 * Kubernetes manifests: YAML (and JSON) files whose documents are cluster
 * objects, each file its own unit. Workloads expose their pod spec as
 * `podSpec`; see docs/formats/kubernetes.md.
 */
const kubernetesParser = {
    format: 'kubernetes',
    claimsPath: claimsKubernetesPath,
    claimsContent: claimsKubernetesContent,
    unitOf: path => path,
    parse: (unit, files) => parseManifests(unit, files)
};

;// CONCATENATED MODULE: ./src/formats/compose/merge-service.ts

/** Keys whose value replaces the inherited one instead of adding to it. */
const merge_service_REPLACED = new Set(['command', 'entrypoint']);
/** List keys whose items are unique by a key: a local item replaces the inherited one with the same key. */
const UNIQUE_BY = {
    volumes: item => field(item, 'target'),
    secrets: item => field(item, 'target') || field(item, 'source'),
    configs: item => field(item, 'target') || field(item, 'source'),
    ports: item => JSON.stringify(['host_ip', 'target', 'published', 'protocol'].map(k => field(item, k)))
};
/**
 * A service that `extends` another, as Compose merges them: mappings merge
 * key by key, lists append, `command` and `entrypoint` (and a health
 * check's `test`) are replaced, and volumes, ports, secrets and configs are
 * unique by their key. Inherited values keep their own spans, so findings
 * point at the line that wrote them.
 */
function mergeService(base, local) {
    const entries = new Map();
    const keySpans = new Map();
    for (const [key, value] of base.entries) {
        if (key === 'extends')
            continue;
        entries.set(key, value);
        copySpan(base, key, keySpans);
    }
    for (const [key, value] of local.entries) {
        const inherited = entries.get(key);
        entries.set(key, inherited === undefined ? value : mergeKey(key, inherited, value));
        copySpan(local, key, keySpans);
    }
    return { ...local, entries, keySpans };
}
function mergeKey(key, inherited, local) {
    if (merge_service_REPLACED.has(key))
        return local;
    const unique = UNIQUE_BY[key];
    if (unique !== undefined && inherited.kind === 'list' && local.kind === 'list')
        return mergeUnique(inherited, local, unique);
    if (key === 'healthcheck' && inherited.kind === 'map' && local.kind === 'map') {
        const merged = mergeValues(inherited, local);
        const test = local.entries.get('test');
        if (test !== undefined)
            merged.entries.set('test', test);
        return merged;
    }
    return mergeValues(inherited, local);
}
/** Maps merge key by key, lists append, anything else is replaced. */
function mergeValues(inherited, local) {
    if (inherited.kind === 'list' && local.kind === 'list')
        return { ...local, items: [...inherited.items, ...local.items] };
    if (inherited.kind !== 'map' || local.kind !== 'map')
        return local;
    const entries = new Map(inherited.entries);
    const keySpans = new Map(inherited.keySpans ?? []);
    for (const [key, value] of local.entries) {
        const before = entries.get(key);
        entries.set(key, before === undefined ? value : mergeValues(before, value));
        copySpan(local, key, keySpans);
    }
    return { ...local, entries, keySpans };
}
function mergeUnique(inherited, local, keyOf) {
    const items = [...inherited.items];
    for (const item of local.items) {
        const key = keyOf(item);
        const at = key === '' ? -1 : items.findIndex(existing => keyOf(existing) === key);
        if (at >= 0)
            items[at] = item;
        else
            items.push(item);
    }
    return { ...local, items };
}
/** A field of a list item as text, for uniqueness: a plain string item is its own key. */
function field(item, key) {
    if (item.kind === 'string')
        return item.value;
    if (item.kind !== 'map')
        return '';
    const value = item.entries.get(key);
    if (value === undefined)
        return '';
    const plain = toPlain(value);
    return typeof plain === 'symbol' ? `?${key}` : JSON.stringify(plain);
}
function copySpan(from, key, to) {
    const span = from.keySpans?.get(key);
    if (span !== undefined)
        to.set(key, span);
}

;// CONCATENATED MODULE: ./src/formats/compose/extends.ts

/**
 * Services with `extends` of a service in the same file, merged with what
 * they extend (itself resolved first). `extends` naming another `file` is
 * not followed: the service keeps only what this file writes. A service
 * that does not exist, or a cycle, is a problem at the `extends` line.
 */
function resolveExtends(services, problems) {
    const resolved = new Map();
    const visiting = new Set();
    const resolve = (name) => {
        const done = resolved.get(name);
        if (done !== undefined)
            return done;
        const service = services.get(name);
        visiting.add(name);
        const result = withBase(name, service, services, visiting, resolve, problems);
        visiting.delete(name);
        resolved.set(name, result);
        return result;
    };
    for (const name of services.keys())
        resolve(name);
    return resolved;
}
function withBase(name, service, services, visiting, resolve, problems) {
    const extendsValue = service.entries.get('extends');
    if (extendsValue === undefined)
        return service;
    const base = baseOf(extendsValue);
    if (base === undefined || base.file)
        return service;
    if (!services.has(base.service)) {
        problems.push({
            line: extendsValue.span.line,
            message: `expected the service '${base.service}' that '${name}' extends to be defined in this file, found none`
        });
        return service;
    }
    if (visiting.has(base.service)) {
        problems.push({
            line: extendsValue.span.line,
            message: `expected 'extends' to end at a service that extends nothing, found a cycle through '${base.service}'`
        });
        return service;
    }
    return mergeService(resolve(base.service), service);
}
/** `extends: web` or `extends: { service: web, file: other.yml }`; undefined when it names nothing readable. */
function baseOf(value) {
    if (value.kind === 'string')
        return { service: value.value, file: false };
    if (value.kind !== 'map')
        return undefined;
    const service = value.entries.get('service');
    if (service?.kind !== 'string')
        return undefined;
    const file = value.entries.get('file');
    return { service: service.value, file: file !== undefined && file.kind !== 'null' };
}

;// CONCATENATED MODULE: ./src/formats/compose/interpolate.ts
/**
 * Stands for an interpolation that cannot be settled statically inside a
 * substituted text. A NUL never survives the text check files go through
 * first, so it cannot be confused with the file's own characters.
 */
const UNRESOLVED = '\u0000';
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
/** `NAME:-default` or `NAME-default`: the default is what the value is when the variable is unset. */
const WITH_DEFAULT = /^[A-Za-z_][A-Za-z0-9_]*:?-([\s\S]*)$/;
/**
 * The text with Compose's interpolation applied as far as the file alone
 * allows: `$$` is a `$`; `${VAR:-default}` and `${VAR-default}` take their
 * default; `$VAR`, `${VAR}`, `${VAR:?error}` and `${VAR:+other}` depend on
 * the environment and become {@link UNRESOLVED}.
 */
function substitute(text) {
    if (!text.includes('$'))
        return text;
    let out = '';
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        const next = text[i + 1];
        if (c !== '$') {
            out += c;
            i++;
        }
        else if (next === '$') {
            out += '$';
            i += 2;
        }
        else if (next === '{') {
            const end = closingBrace(text, i + 2);
            out += end < 0 ? UNRESOLVED : braced(text.slice(i + 2, end));
            i = end < 0 ? text.length : end + 1;
        }
        else {
            const name = NAME.exec(text.slice(i + 1));
            out += name === null ? '$' : UNRESOLVED;
            i += 1 + (name?.[0].length ?? 0);
        }
    }
    return out;
}
function braced(inner) {
    const withDefault = WITH_DEFAULT.exec(inner);
    return withDefault === null ? UNRESOLVED : substitute(withDefault[1]);
}
/** The `}` closing a `${` whose body starts at `from`, counting nested `${…}`; -1 when unclosed. */
function closingBrace(text, from) {
    let depth = 1;
    for (let j = from; j < text.length; j++) {
        if (text[j] === '$' && text[j + 1] === '{') {
            depth++;
            j++;
        }
        else if (text[j] === '}' && --depth === 0)
            return j;
    }
    return -1;
}
/** A string value interpolated: the substituted string, or unknown when it depends on the environment. */
function interpolateString(value) {
    const text = substitute(value.value);
    if (text === value.value)
        return value;
    if (text.includes(UNRESOLVED))
        return { kind: 'unknown', expr: shorten(value.value), span: value.span };
    return { kind: 'string', value: text, span: value.span };
}
/** Every string inside a value interpolated; maps and lists are copied, keys and spans kept. */
function interpolateDeep(value) {
    switch (value.kind) {
        case 'string':
            return interpolateString(value);
        case 'list':
            return { ...value, items: value.items.map(interpolateDeep) };
        case 'map':
            return mapWith(value, new Map([...value.entries].map(([k, v]) => [k, interpolateDeep(v)])));
        default:
            return value;
    }
}
function mapWith(map, entries) {
    return { ...map, entries };
}
function shorten(text, max = 80) {
    const line = text.replace(/\s+/g, ' ');
    return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

;// CONCATENATED MODULE: ./src/formats/compose/problems.ts
function describeValueKind(kind) {
    if (kind === 'map')
        return 'a mapping';
    if (kind === 'list')
        return 'a list';
    if (kind === 'null')
        return 'null';
    return `a ${kind}`;
}

;// CONCATENATED MODULE: ./src/formats/compose/key-values.ts


/**
 * `environment`, `labels` and the like, written as a map (`KEY: value`) or
 * as a list (`- KEY=value`), as one map. A list item's value keeps the
 * item's span. `- KEY` without `=`, like `KEY:` with no value, takes its
 * value from the environment Compose runs in: null here, meaning not set in
 * the file.
 */
function keyValueMap(value, problems) {
    if (value.kind === 'map')
        return interpolateDeep(value);
    if (value.kind !== 'list')
        return interpolateDeep(value);
    const entries = new Map();
    const keySpans = new Map();
    for (const item of value.items) {
        const read = readItem(item);
        if (read === undefined) {
            problems.push({
                line: item.span.line,
                message: `expected KEY=value or KEY, found ${describeValueKind(item.kind)}`
            });
            continue;
        }
        entries.delete(read.key);
        entries.set(read.key, read.value);
        keySpans.set(read.key, item.span);
    }
    return { kind: 'map', entries, keySpans, span: value.span };
}
function readItem(item) {
    if (item.kind === 'number' || item.kind === 'bool')
        return { key: String(item.value), value: key_values_nullAt(item.span) };
    if (item.kind !== 'string' || item.value === '')
        return undefined;
    const equals = item.value.indexOf('=');
    if (equals < 0)
        return { key: item.value, value: key_values_nullAt(item.span) };
    const text = item.value.slice(equals + 1);
    return {
        key: item.value.slice(0, equals),
        value: interpolateString({ kind: 'string', value: text, span: item.span })
    };
}
function key_values_nullAt(span) {
    return { kind: 'null', span };
}
/**
 * The environment as a list of `{ name, value }`, the shape Kubernetes
 * writes it in, so that a rule can match variable names by pattern (a map's
 * keys cannot be matched). Each entry spans from its key to its value.
 */
function envList(environment) {
    const items = [];
    for (const [name, value] of environment.entries) {
        const keySpan = environment.keySpans?.get(name) ?? value.span;
        const after = value.span.endLine > keySpan.endLine ||
            (value.span.endLine === keySpan.endLine && value.span.endColumn > keySpan.endColumn);
        const span = after
            ? { ...keySpan, endLine: value.span.endLine, endColumn: value.span.endColumn }
            : keySpan;
        const entries = new Map([
            ['name', { kind: 'string', value: name, span: keySpan }],
            ['value', value]
        ]);
        items.push({
            kind: 'map',
            entries,
            keySpans: new Map([
                ['name', keySpan],
                ['value', value.span]
            ]),
            span
        });
    }
    return { kind: 'list', items, span: environment.span };
}

;// CONCATENATED MODULE: ./src/formats/compose/sections.ts

/**
 * The entries of a top-level section (`services`, `networks`, …) with a
 * mapping body each; `name:` with no body is an empty one. Extension keys
 * (`x-…`) are not entries. An entry that is not a mapping is a problem.
 */
function sectionEntries(section, label, problems) {
    if (section.kind === 'null')
        return [];
    if (section.kind !== 'map') {
        problems.push({
            line: section.span.line,
            message: `expected '${label}' to be a mapping of names to definitions, found ${describeValueKind(section.kind)}`
        });
        return [];
    }
    const out = [];
    for (const [name, value] of section.entries) {
        if (name.startsWith('x-'))
            continue;
        const keySpan = section.keySpans?.get(name) ?? value.span;
        if (value.kind === 'null') {
            out.push({
                name,
                body: { kind: 'map', entries: new Map(), keySpans: new Map(), span: keySpan },
                span: keySpan
            });
        }
        else if (value.kind === 'map') {
            out.push({ name, body: value, span: spanning(keySpan, value.span) });
        }
        else {
            problems.push({
                line: value.span.line,
                message: `expected '${label}.${name}' to be a mapping, found ${describeValueKind(value.kind)}`
            });
        }
    }
    return out;
}
/** From the start of the key to the end of its value. */
function spanning(key, value) {
    return { line: key.line, column: key.column, endLine: value.endLine, endColumn: value.endColumn };
}

;// CONCATENATED MODULE: ./src/formats/compose/ports.ts

const PORT = /^\d+(?:-\d+)?$/;
/**
 * `ports` as one shape whichever syntax wrote them: a list of maps with
 * `target` (the container port), and when set `published` (the host port),
 * `host_ip` and `protocol`, plus any other long-syntax keys as written.
 * A single port is a number, a range a `"start-end"` string. Values read
 * from a short-syntax string carry that string's span.
 */
function normalisePorts(value, problems) {
    if (value.kind !== 'list')
        return interpolateDeep(value);
    return { ...value, items: value.items.map(item => normalisePort(item, problems)) };
}
function normalisePort(item, problems) {
    if (item.kind === 'number')
        return portMap({ target: item.value }, item.span);
    if (item.kind !== 'string')
        return interpolateDeep(item);
    const parsed = parseShortPort(substitute(item.value));
    if (parsed === undefined) {
        problems.push({
            line: item.span.line,
            message: `expected a port mapping like [HOST_IP:][PUBLISHED:]TARGET[/PROTOCOL], found '${shorten(item.value, 60)}'`
        });
        return { kind: 'unknown', expr: shorten(item.value), span: item.span };
    }
    return portMap(parsed, item.span, item.value);
}
/**
 * `[HOST_IP:][PUBLISHED:]TARGET[/PROTOCOL]`, the host IP bare or, for IPv6,
 * in brackets. When an interpolation the file cannot settle comes before
 * the target and no host IP is written, the host IP is not known either:
 * the variable may hold one.
 */
function parseShortPort(text) {
    let rest = text;
    const out = {};
    const slash = rest.lastIndexOf('/');
    if (slash >= 0) {
        out.protocol = rest.slice(slash + 1);
        rest = rest.slice(0, slash);
    }
    let parts;
    if (rest.startsWith('[')) {
        const close = rest.indexOf(']');
        if (close < 0 || rest[close + 1] !== ':')
            return undefined;
        out.host_ip = rest.slice(1, close);
        parts = rest.slice(close + 2).split(':');
        if (parts.length > 2)
            return undefined;
    }
    else {
        parts = rest.split(':');
        if (parts.length > 2)
            out.host_ip = parts.splice(0, parts.length - 2).join(':');
    }
    const target = parts.pop();
    const published = parts.pop();
    if (!isPort(target) || (published !== undefined && published !== '' && !isPort(published)))
        return undefined;
    out.target = portValue(target);
    if (published !== undefined && published !== '')
        out.published = portValue(published);
    if (out.host_ip === '')
        delete out.host_ip;
    if (out.host_ip === undefined && published?.includes(UNRESOLVED) === true)
        out.host_ip = UNRESOLVED;
    return out;
}
function isPort(text) {
    return PORT.test(text) || (text.includes(UNRESOLVED) && /^[\d-]*$/.test(text.split(UNRESOLVED).join('')));
}
function portValue(text) {
    return /^\d+$/.test(text) ? Number(text) : text;
}
function portMap(fields, span, raw = '') {
    const entries = new Map();
    for (const key of ['host_ip', 'published', 'target', 'protocol']) {
        const field = fields[key];
        if (field === undefined)
            continue;
        entries.set(key, fieldValue(field, span, raw));
    }
    const keySpans = new Map([...entries.keys()].map(k => [k, span]));
    return { kind: 'map', entries, keySpans, span };
}
function fieldValue(field, span, raw) {
    if (typeof field === 'number')
        return { kind: 'number', value: field, span };
    if (field.includes(UNRESOLVED))
        return { kind: 'unknown', expr: shorten(raw), span };
    return { kind: 'string', value: field, span };
}

;// CONCATENATED MODULE: ./src/formats/compose/volumes.ts

/**
 * A service's `volumes` as one shape whichever syntax wrote them: a list of
 * maps with `type` (`bind` or `volume` for the short syntax), `source`
 * (absent for an anonymous volume), `target`, and `read_only` when an access
 * mode is written; long-syntax entries keep every key as written. Values
 * read from a short-syntax string carry its span.
 */
function normaliseVolumes(value, problems) {
    if (value.kind !== 'list')
        return interpolateDeep(value);
    return { ...value, items: value.items.map(item => normaliseVolume(item, problems)) };
}
function normaliseVolume(item, problems) {
    if (item.kind !== 'string')
        return interpolateDeep(item);
    const parsed = parseShortVolume(substitute(item.value));
    if (parsed === undefined) {
        problems.push({
            line: item.span.line,
            message: `expected a volume like [SOURCE:]TARGET[:MODE], found '${shorten(item.value, 60)}'`
        });
        return { kind: 'unknown', expr: shorten(item.value), span: item.span };
    }
    return volumeMap(parsed, item.span, item.value);
}
/** A host path: absolute, relative (`./`, `../`), home (`~`), or a Windows drive. */
const HOST_PATH = /^(?:[/.~]|[A-Za-z]:[\\/])/;
/** `[SOURCE:]TARGET[:MODE]`; a Windows drive letter's colon is part of the source. */
function parseShortVolume(text) {
    const parts = text.split(':');
    if (parts.length > 1 && /^[A-Za-z]$/.test(parts[0]) && /^[\\/]/.test(parts[1]))
        parts.splice(0, 2, `${parts[0]}:${parts[1]}`);
    if (parts.length > 3 || parts.some(p => p === ''))
        return undefined;
    if (parts.length === 1)
        return { type: 'volume', target: parts[0] };
    const [source, target, mode] = parts;
    const out = { type: typeOf(source), source, target };
    const options = mode?.split(',') ?? [];
    if (options.includes('ro'))
        out.read_only = true;
    else if (options.includes('rw'))
        out.read_only = false;
    return out;
}
/** A source the file cannot settle is a bind or a volume by what the variable holds; unknown here. */
function typeOf(source) {
    if (HOST_PATH.test(source))
        return 'bind';
    return source.startsWith(UNRESOLVED) ? UNRESOLVED : 'volume';
}
function volumeMap(volume, span, raw) {
    const entries = new Map();
    for (const [key, field] of Object.entries(volume)) {
        if (typeof field === 'boolean')
            entries.set(key, { kind: 'bool', value: field, span });
        else if (field.includes(UNRESOLVED))
            entries.set(key, { kind: 'unknown', expr: shorten(raw), span });
        else
            entries.set(key, { kind: 'string', value: field, span });
    }
    const keySpans = new Map([...entries.keys()].map(k => [k, span]));
    return { kind: 'map', entries, keySpans, span };
}

;// CONCATENATED MODULE: ./src/formats/compose/service.ts




/** Service keys written either as a map or as a list of `KEY=value`. */
const KEY_VALUE_KEYS = new Set(['environment', 'labels', 'annotations', 'sysctls']);
/**
 * One service's body with interpolation applied and the keys that have two
 * spellings brought to one: `environment` (and `labels`, `annotations`,
 * `sysctls`) as a map, `ports` and `volumes` as lists of maps. Every other
 * key is kept as written.
 */
function normaliseService(service, problems) {
    const entries = new Map();
    for (const [key, value] of service.entries)
        entries.set(key, normaliseKey(key, value, problems));
    return mapWith(service, entries);
}
function normaliseKey(key, value, problems) {
    if (KEY_VALUE_KEYS.has(key))
        return keyValueMap(value, problems);
    if (key === 'ports')
        return normalisePorts(value, problems);
    if (key === 'volumes')
        return normaliseVolumes(value, problems);
    return interpolateDeep(value);
}

;// CONCATENATED MODULE: ./src/formats/compose/parse-compose.ts








/** Top-level sections that hold resources, with the type of each entry. */
const SECTIONS = [
    ['networks', 'network'],
    ['volumes', 'volume'],
    ['secrets', 'secret'],
    ['configs', 'config']
];
/** Top-level keys of the Compose specification besides the sections. */
const OTHER_KEYS = new Set(['version', 'name', 'include', 'services', ...SECTIONS.map(([key]) => key)]);
/**
 * Parses compose files, each its own unit: one resource per service,
 * network, volume, secret and config. Never throws: a file that cannot be
 * read is one error at its line; a bad entry is an error and the others
 * still come through.
 */
function parseCompose(unit, files) {
    const resources = [];
    const errors = [];
    for (const file of files) {
        const problems = [];
        try {
            resources.push(...parse_compose_parseFile(unit, file, problems, errors));
        }
        catch (error) {
            errors.push({ file: file.path, message: `could not read the compose file: ${String(error)}` });
        }
        errors.push(...problems.map(p => ({ file: file.path, ...p })));
    }
    return { resources, errors };
}
function parse_compose_parseFile(unit, file, problems, errors) {
    const root = readRoot(file, errors);
    if (root === undefined)
        return [];
    const problem = layoutProblem(root);
    if (problem !== undefined)
        problems.push(problem);
    if (problem !== undefined || root.kind !== 'map')
        return [];
    const make = (type, address, entry, body) => ({
        file: file.path,
        format: 'compose',
        type,
        address,
        key: `${unit}//${address}`,
        span: entry.span,
        body
    });
    const resources = services(root, problems).map(({ entry, body, derived }) => ({
        ...make('service', `services.${entry.name}`, entry, body),
        ...(derived.length > 0 ? { derived } : {})
    }));
    for (const [key, type] of SECTIONS) {
        const section = root.entries.get(key);
        if (section === undefined)
            continue;
        for (const entry of sectionEntries(section, key, problems))
            resources.push(make(type, `${key}.${entry.name}`, entry, interpolateDeep(entry.body)));
    }
    return resources;
}
/** Why the top of the file is not a compose model: not a mapping, or the version 1 layout. */
function layoutProblem(root) {
    if (root.kind !== 'map')
        return {
            line: root.span.line,
            message: `expected a mapping with a 'services' section at the top of the compose file, found ${describeValueKind(root.kind)}`
        };
    if (!isVersionOne(root))
        return undefined;
    return {
        line: root.span.line,
        message: "expected a 'services' section (Compose file format 2 and later), found services at the top level: version 1 files are not supported"
    };
}
/** The file's one document; a syntax error or a second document is an error at its line. */
function readRoot(file, errors) {
    const problem = textProblem(file.text);
    if (problem !== undefined) {
        errors.push({ file: file.path, ...problem });
        return undefined;
    }
    try {
        const documents = parse_yaml_parseYaml(file.text, { booleans: 'core' })
            .map(d => d.value)
            .filter((v) => v !== undefined && v.kind !== 'null');
        const second = documents[1];
        if (second !== undefined)
            errors.push({
                file: file.path,
                line: second.span.line,
                message: `expected one YAML document in a compose file, found ${documents.length}; only the first is read`
            });
        return documents[0];
    }
    catch (error) {
        if (!(error instanceof YamlError))
            throw error;
        errors.push({
            file: file.path,
            ...(error.line === undefined ? {} : { line: error.line }),
            message: `could not read the YAML: ${error.message}`
        });
        return undefined;
    }
}
/** No `services`, and top-level keys that are not the specification's: services written at the top, as in version 1. */
function isVersionOne(root) {
    if (root.entries.has('services'))
        return false;
    return [...root.entries.keys()].some(key => !OTHER_KEYS.has(key) && !key.startsWith('x-'));
}
/** Every service normalised, `extends` applied, and `env` derived from its environment. */
function services(root, problems) {
    const section = root.entries.get('services');
    if (section === undefined)
        return [];
    const entries = sectionEntries(section, 'services', problems);
    const normalised = new Map(entries.map(entry => [entry.name, normaliseService(entry.body, problems)]));
    const merged = resolveExtends(normalised, problems);
    return entries.map(entry => withEnv(entry, merged.get(entry.name)));
}
function withEnv(entry, body) {
    const environment = body.entries.get('environment');
    if (environment?.kind !== 'map' || body.entries.has('env'))
        return { entry, body, derived: [] };
    const entries = new Map(body.entries);
    entries.set('env', envList(environment));
    return { entry, body: { ...body, entries }, derived: ['env'] };
}

;// CONCATENATED MODULE: ./src/formats/compose/paths.ts

/**
 * The names Compose itself looks for, and their variants by environment:
 * `compose.yaml`, `docker-compose.yml`, `docker-compose.override.yml`,
 * `compose.prod.yaml`. Anything else is not a compose file here.
 */
const COMPOSE_FILE = /^(?:docker-)?compose(?:\.[^/]+)?\.ya?ml$/;
function claimsComposePath(path) {
    return COMPOSE_FILE.test(baseName(path)) ? 'yes' : 'no';
}

;// CONCATENATED MODULE: ./src/formats/compose/index.ts





/**
 * Compose files (`compose.yaml`, `docker-compose.yml` and their
 * `.override`/`.<env>` variants), each file its own unit: one resource per
 * service, network, volume, secret and config. See docs/formats/compose.md.
 */
const composeParser = {
    format: 'compose',
    claimsPath: claimsComposePath,
    unitOf: path => path,
    parse: (unit, files) => parseCompose(unit, files)
};

;// CONCATENATED MODULE: ./src/formats/cloudformation/limits.ts
/**
 * Bounds on what one template may cost. A template is small (CloudFormation
 * accepts at most 1 MB), but YAML aliases and nested intrinsics can make a
 * small text expand exponentially; these keep every file's work linear.
 */
/** Deepest nesting of maps and lists, for YAML and JSON alike. */
const limits_MAX_DEPTH = 100;
/** Aliases (`*name`) per YAML document. */
const MAX_ALIASES = 10_000;
/** YAML nodes per document, every alias counted as the whole node it repeats. */
const MAX_NODES = 1_000_000;
/** Longest string an intrinsic (`Fn::Join`, `Fn::Sub`, …) may build; longer is unknown. */
const MAX_STRING = 100_000;
/**
 * Evaluation steps per file: a base plus a share per character of text.
 * A step is one node visited, one node copied or one character built.
 */
function fuelFor(text) {
    return 1_000_000 + 16 * text.length;
}

;// CONCATENATED MODULE: ./src/formats/cloudformation/expr-text.ts
/** Longest expression text kept in an unknown value. */
const expr_text_MAX_EXPR = 80;
const BARE = /^[A-Za-z0-9_:./-]+$/;
/**
 * An intrinsic (or any value) as short text in the YAML short form
 * (`!Ref Bucket`, `!GetAtt Role.Arn`, `!Join ["-", [a, !Ref Env]]`), the same
 * whether the template was YAML or JSON. Stops early past `max` characters,
 * so a huge value (through aliases) costs no more than a small one.
 */
function exprText(value, max = expr_text_MAX_EXPR) {
    const out = { text: '', max };
    write(value, out);
    return out.text.length > max ? `${out.text.slice(0, max - 1)}…` : out.text;
}
function write(value, out) {
    if (out.text.length > out.max)
        return;
    switch (value.kind) {
        case 'string':
            out.text += BARE.test(value.value) ? value.value : JSON.stringify(value.value);
            return;
        case 'number':
        case 'bool':
            out.text += String(value.value);
            return;
        case 'null':
            out.text += 'null';
            return;
        case 'unknown':
            out.text += value.expr;
            return;
        case 'list':
            writeList(value.items, out);
            return;
        case 'map':
            writeMap(value.entries, out);
    }
}
function writeList(items, out) {
    out.text += '[';
    items.forEach((item, i) => {
        if (out.text.length > out.max)
            return;
        if (i > 0)
            out.text += ', ';
        write(item, out);
    });
    out.text += ']';
}
function writeMap(entries, out) {
    const [first] = entries;
    if (entries.size === 1 && first !== undefined && isFunctionName(first[0])) {
        writeCall(first[0], first[1], out);
        return;
    }
    out.text += '{';
    let i = 0;
    for (const [key, item] of entries) {
        if (out.text.length > out.max)
            break;
        out.text += `${i++ > 0 ? ', ' : ''}${BARE.test(key) ? key : JSON.stringify(key)}: `;
        write(item, out);
    }
    out.text += '}';
}
function isFunctionName(name) {
    return name === 'Ref' || name === 'Condition' || name.startsWith('Fn::');
}
/** `!Name arg`; `!GetAtt a.b` for the attribute of a resource. */
function writeCall(name, arg, out) {
    out.text += `!${name.startsWith('Fn::') ? name.slice(4) : name} `;
    if (name === 'Fn::GetAtt' && arg.kind === 'list' && arg.items.every(i => i.kind === 'string')) {
        out.text += arg.items.map(i => i.value).join('.');
        return;
    }
    write(arg, out);
}

;// CONCATENATED MODULE: ./src/formats/cloudformation/short-forms.ts

/**
 * The long name of each YAML short form: `!Ref` is `Ref`, `!Condition` is
 * `Condition`, every other one `Fn::` and its name.
 */
const LONG_NAMES = new Map([
    ['!Ref', 'Ref'],
    ['!Condition', 'Condition'],
    ...[
        'And',
        'Base64',
        'Cidr',
        'Equals',
        'FindInMap',
        'GetAtt',
        'GetAZs',
        'If',
        'ImportValue',
        'Join',
        'Length',
        'Not',
        'Or',
        'Select',
        'Split',
        'Sub',
        'ToJsonString',
        'Transform'
    ].map((name) => [`!${name}`, `Fn::${name}`])
]);
/**
 * The `tag` hook of `parseYaml` for templates: every short form becomes the
 * long form JSON templates write (`!Ref X` → `{ Ref: X }`, `!GetAtt a.b` →
 * `{ 'Fn::GetAtt': [a, b] }`), so both give the same model. The result spans
 * the tag too (`!Ref X`, not just `X`). A tag that is no intrinsic is kept
 * as an unknown value: nothing can say what it stands for.
 */
function shortFormTags(text) {
    let starts;
    return (tag, value, span) => {
        starts ??= lineStarts(text);
        const whole = withTag(text, starts, tag, span);
        const name = LONG_NAMES.get(tag);
        if (name === undefined)
            return { kind: 'unknown', expr: `${tag} ${exprText(value, 60)}`, span: whole };
        const arg = name === 'Fn::GetAtt' && value.kind === 'string' ? splitGetAtt(value) : value;
        const call = {
            kind: 'map',
            entries: new Map([[name, arg]]),
            keySpans: new Map([[name, whole]]),
            span: whole
        };
        return call;
    };
}
/** `!GetAtt Db.Endpoint.Address` names the resource before the first dot, the attribute after it. */
function splitGetAtt(value) {
    const dot = value.value.indexOf('.');
    if (dot <= 0)
        return value;
    return {
        kind: 'list',
        items: [
            { kind: 'string', value: value.value.slice(0, dot), span: value.span },
            { kind: 'string', value: value.value.slice(dot + 1), span: value.span }
        ],
        span: value.span
    };
}
function lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
/** The node's span widened back to its tag, when the tag is what precedes it (across blanks). */
function withTag(text, starts, tag, span) {
    const lineStart = starts[span.line - 1];
    if (lineStart === undefined)
        return span;
    let i = lineStart + span.column - 1;
    while (i > 0 && short_forms_isBlank(text.charCodeAt(i - 1)))
        i--;
    const at = i - tag.length;
    if (at < 0 || !text.startsWith(tag, at))
        return span;
    let line = span.line;
    while (line > 1 && starts[line - 1] > at)
        line--;
    return { ...span, line, column: at - starts[line - 1] + 1 };
}
function short_forms_isBlank(c) {
    return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

;// CONCATENATED MODULE: ./src/formats/cloudformation/read-document.ts






/**
 * The one document of a template file, YAML or JSON, with every short-form
 * intrinsic in its long form. JSON is read as JSON (a `.json` file, or a
 * `.template` or `.cfn` file that starts with `{`), for its exact errors;
 * anything else as YAML. Never
 * throws: a file that cannot be read gives one error with its line.
 */
function read_document_readDocument(path, text) {
    const problem = textProblem(text);
    if (problem !== undefined)
        return { ok: false, error: { file: path, ...problem } };
    try {
        return isJson(path, text)
            ? { ok: true, value: parseJson(text, { maxDepth: limits_MAX_DEPTH }) }
            : readYaml(path, text);
    }
    catch (error) {
        if (error instanceof JsonError || error instanceof YamlError)
            return { ok: false, error: { file: path, ...lineOf(error), message: error.message } };
        return { ok: false, error: { file: path, message: `could not parse the file: ${String(error)}` } };
    }
}
/** A `.json` file; or, for extensions that do not say (`.template`, `.cfn`), text that opens with `{`. */
function isJson(path, text) {
    const extension = extensionOf(path);
    if (extension === '.json')
        return true;
    if (extension === '.yaml' || extension === '.yml')
        return false;
    return /^\uFEFF?\s*\{/.test(text.slice(0, 1024));
}
function readYaml(path, text) {
    const documents = parse_yaml_parseYaml(text, {
        maxDepth: limits_MAX_DEPTH,
        maxAliases: MAX_ALIASES,
        maxNodes: MAX_NODES,
        booleans: 'core',
        tag: shortFormTags(text)
    }).filter(document => document.value !== undefined);
    const [first, second] = documents;
    if (first?.value === undefined)
        return { ok: false, error: { file: path, line: 1, message: 'the file is empty' } };
    if (second?.value !== undefined) {
        const line = second.value.span.line;
        const message = `expected one YAML document, found ${documents.length} (the second at line ${line})`;
        return { ok: false, error: { file: path, line, message } };
    }
    return { ok: true, value: first.value };
}
function lineOf(error) {
    return error.line === undefined ? {} : { line: error.line };
}

;// CONCATENATED MODULE: ./src/formats/cloudformation/detect.ts

/** A resource type CloudFormation deploys itself, or hands to a custom resource. */
const TEMPLATE_TYPE = /^(?:AWS|Alexa|Custom)::/;
/** Text a template cannot do without; anything lacking both is turned down without parsing. */
const MARKERS = ['AWSTemplateFormatVersion', 'AWS::', 'Alexa::', 'Custom::'];
const YAML_VERSION = /^AWSTemplateFormatVersion[ \t]*:/m;
const YAML_RESOURCES = /^Resources[ \t]*:/m;
const YAML_TYPE = /^[ \t]+Type[ \t]*:[ \t]*['"]?(?:AWS|Alexa|Custom)::/m;
const JSON_VERSION = /"AWSTemplateFormatVersion"\s*:/;
const JSON_RESOURCES = /"Resources"\s*:/;
const JSON_TYPE = /"Type"\s*:\s*"(?:AWS|Alexa|Custom)::/;
/**
 * Whether a file is a CloudFormation or SAM template, whatever its name: a
 * top-level `AWSTemplateFormatVersion`, or a top-level `Resources` map with
 * an entry whose `Type` is `AWS::…`, `Alexa::…` or `Custom::…`. Quick text
 * tests first (a marker such as `AWS::`, and one of those keys at column 0
 * of YAML or quoted in JSON), a parse only when they pass. A file that does
 * not parse is still claimed when its text has that shape, so that its
 * error is reported rather than the file silently skipped.
 */
function claimsCloudFormationContent(path, text) {
    if (!MARKERS.some(marker => text.includes(marker)) || !hasTopLevelKey(text))
        return false;
    const read = read_document_readDocument(path, text);
    return read.ok ? isTemplate(read.value) : looksLikeTemplate(text);
}
function isTemplate(root) {
    if (root.kind !== 'map')
        return false;
    if (root.entries.has('AWSTemplateFormatVersion'))
        return true;
    const resources = root.entries.get('Resources');
    if (resources?.kind !== 'map')
        return false;
    for (const entry of resources.entries.values()) {
        const type = entry.kind === 'map' ? entry.entries.get('Type') : undefined;
        if (type?.kind === 'string' && TEMPLATE_TYPE.test(type.value))
            return true;
    }
    return false;
}
/** A column-0 `AWSTemplateFormatVersion:` or `Resources:` key in YAML, or either key quoted in JSON. */
function hasTopLevelKey(text) {
    return (YAML_VERSION.test(text) ||
        YAML_RESOURCES.test(text) ||
        JSON_VERSION.test(text) ||
        JSON_RESOURCES.test(text));
}
function looksLikeTemplate(text) {
    if (YAML_VERSION.test(text) || JSON_VERSION.test(text))
        return true;
    return ((YAML_RESOURCES.test(text) && YAML_TYPE.test(text)) || (JSON_RESOURCES.test(text) && JSON_TYPE.test(text)));
}

;// CONCATENATED MODULE: ./src/formats/cloudformation/describe-kind.ts

/** What a value is, for errors: `a list`, `a map`, `the string "x"`, `!Ref Thing`. */
function describe_kind_describeKind(value) {
    switch (value.kind) {
        case 'list':
            return 'a list';
        case 'map':
            return 'a map';
        case 'null':
            return 'nothing';
        case 'unknown':
            return `\`${value.expr}\``;
        default:
            return `the ${value.kind === 'bool' ? 'boolean' : value.kind} ${describeValue(value, 40)}`;
    }
}

;// CONCATENATED MODULE: ./src/formats/cloudformation/evaluate/context.ts
/** Takes `cost` from the budget; false (and marked exhausted) when there is not enough left. */
function spend(budget, cost) {
    if (budget.fuel < cost) {
        budget.fuel = 0;
        budget.exhausted = true;
        return false;
    }
    budget.fuel -= cost;
    return true;
}

;// CONCATENATED MODULE: ./src/formats/cloudformation/evaluate/results.ts


/** `Ref: AWS::NoValue`: the property is removed, as if it had not been written. */
const NO_VALUE = Symbol('AWS::NoValue');
/** The call as an unknown value at its own place, naming the resources it refers to. */
function unknownCall(call, refs = []) {
    return unknownAt(exprText(call.node), call.node.span, refs);
}
function unknownAt(expr, span, refs = []) {
    const unique = [...new Set(refs)];
    return unique.length === 0 ? { kind: 'unknown', expr, span } : { kind: 'unknown', expr, refs: unique, span };
}
/** Every resource named by unknown values in `values`, however deep. */
function results_refsIn(values) {
    const refs = [];
    const visit = (value, depth) => {
        if (value === NO_VALUE || depth > 200)
            return;
        if (value.kind === 'unknown')
            refs.push(...(value.refs ?? []));
        else if (value.kind === 'list')
            for (const item of value.items)
                visit(item, depth + 1);
        else if (value.kind === 'map')
            for (const item of value.entries.values())
                visit(item, depth + 1);
    };
    for (const value of values)
        visit(value, 0);
    return refs;
}
/** Whether a value is unknown or holds an unknown anywhere inside. */
function results_hasUnknown(value) {
    if (value.kind === 'unknown')
        return true;
    if (value.kind === 'list')
        return value.items.some(results_hasUnknown);
    if (value.kind === 'map')
        for (const item of value.entries.values())
            if (results_hasUnknown(item))
                return true;
    return false;
}
/** A scalar as CloudFormation turns it into text; undefined for anything else. */
function scalarText(value) {
    if (value.kind === 'string')
        return value.value;
    if (value.kind === 'number' || value.kind === 'bool')
        return String(value.value);
    return undefined;
}
function stringAt(value, span) {
    return { kind: 'string', value, span };
}
/**
 * A copy of `value` placed at `span`, inside too: a parameter's default or a
 * mapping's entry, read where an intrinsic uses it, points at that use.
 * Each copied node costs a step; undefined when the budget runs out.
 */
function results_respan(value, span, budget) {
    if (!spend(budget, 1))
        return undefined;
    switch (value.kind) {
        case 'list': {
            const items = [];
            for (const item of value.items) {
                const copy = results_respan(item, span, budget);
                if (copy === undefined)
                    return undefined;
                items.push(copy);
            }
            return { kind: 'list', items, span };
        }
        case 'map': {
            const entries = new Map();
            for (const [key, item] of value.entries) {
                const copy = results_respan(item, span, budget);
                if (copy === undefined)
                    return undefined;
                entries.set(key, copy);
            }
            return { kind: 'map', entries, span };
        }
        default:
            return { ...value, span };
    }
}

;// CONCATENATED MODULE: ./src/formats/cloudformation/evaluate/conditions.ts



/**
 * `Fn::If [condition, then, else]`: conditions turn on how the stack is
 * deployed, so the value is never guessed: unknown, naming the resources
 * either branch refers to.
 */
function evalIf(call, ctx) {
    const arg = call.arg;
    if (arg.kind !== 'list' || arg.items.length !== 3)
        return unknownCall(call);
    const branches = arg.items.slice(1).map(item => evaluate_evaluate_evaluate(item, ctx));
    return unknownCall(call, results_refsIn(branches));
}
/** `Condition: name` (inside `Fn::And`, `Fn::Or`, `Fn::Not`): a condition, so unknown. */
function evalCondition(call) {
    return unknownCall(call);
}
/** `Fn::Equals [a, b]`: settled when both sides are known scalars, compared as text. */
function evalEquals(call, ctx) {
    const arg = call.arg;
    if (arg.kind !== 'list' || arg.items.length !== 2)
        return unknownCall(call);
    const [a, b] = arg.items.map(item => scalarText(evaluatePresent(item, ctx)));
    if (a === undefined || b === undefined)
        return unknownCall(call);
    return { kind: 'bool', value: a === b, span: call.node.span };
}
function evalAnd(call, ctx) {
    return conditions_combine(call, ctx, 'and');
}
function evalOr(call, ctx) {
    return conditions_combine(call, ctx, 'or');
}
function evalNot(call, ctx) {
    const arg = call.arg;
    const [only] = arg.kind === 'list' && arg.items.length === 1 ? arg.items : [];
    const truth = only === undefined ? undefined : conditionTruth(only, ctx);
    return truth === undefined ? unknownCall(call) : { kind: 'bool', value: !truth, span: call.node.span };
}
/** Kleene logic: `and` is false if one operand is, `or` true if one is; otherwise unknown unless all are settled. */
function conditions_combine(call, ctx, op) {
    const arg = call.arg;
    if (arg.kind !== 'list' || arg.items.length === 0)
        return unknownCall(call);
    const decisive = op === 'or';
    let unknown = false;
    for (const item of arg.items) {
        const truth = conditionTruth(item, ctx);
        if (truth === decisive)
            return { kind: 'bool', value: decisive, span: call.node.span };
        if (truth === undefined)
            unknown = true;
    }
    return unknown ? unknownCall(call) : { kind: 'bool', value: !decisive, span: call.node.span };
}
/** A condition operand: `{ Condition: name }` is unknown, anything else is evaluated. */
function conditionTruth(value, ctx) {
    const call = value.kind === 'map' ? intrinsicOf(value, true) : undefined;
    const result = call === undefined ? evaluatePresent(value, ctx) : callIntrinsic(call, ctx);
    if (result === undefined || typeof result === 'symbol')
        return undefined;
    if (result.kind === 'bool')
        return result.value;
    if (result.kind === 'string' && (result.value === 'true' || result.value === 'false'))
        return result.value === 'true';
    return undefined;
}

;// CONCATENATED MODULE: ./src/formats/cloudformation/evaluate/arguments.ts




/**
 * The evaluated items of a call whose argument is a list of `count` items
 * (`Fn::Join [delimiter, list]`); undefined when the argument has another
 * shape, which leaves the call unknown.
 */
function listArguments(call, ctx, count) {
    const arg = call.arg;
    if (arg.kind !== 'list' || arg.items.length !== count)
        return undefined;
    return arg.items.map(item => evaluatePresent(item, ctx));
}
/**
 * A string an intrinsic built, at the call's place; unknown when it is
 * longer than {@link MAX_STRING} or the budget cannot pay for its characters.
 */
function builtString(call, ctx, text) {
    if (text.length > MAX_STRING || !spend(ctx.budget, text.length))
        return unknownCall(call);
    return stringAt(text, call.node.span);
}
/** An integer index, written as a number or as text (`Ref` to a `Number` parameter gives text). */
function indexOf(value) {
    const n = value.kind === 'number' ? value.value : value.kind === 'string' ? Number(value.value) : NaN;
    return Number.isInteger(n) && n >= 0 ? n : undefined;
}

;// CONCATENATED MODULE: ./src/formats/cloudformation/evaluate/cidr.ts



const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;
/**
 * `Fn::Cidr [ipBlock, count, cidrBits]`: the first `count` subnets of an IPv4
 * block, each with `cidrBits` host bits. IPv6 blocks (usually another
 * resource's attribute anyway) are left unknown.
 */
function evalCidr(call, ctx) {
    const args = listArguments(call, ctx, 3);
    if (args === undefined)
        return unknownCall(call);
    const [block, count, bits] = [
        scalarText(args[0]),
        indexOf(args[1]),
        indexOf(args[2])
    ];
    const subnets = block === undefined || count === undefined || bits === undefined ? undefined : cidrs(block, count, bits);
    if (subnets === undefined || !spend(ctx.budget, subnets.length))
        return unknownCall(call, results_refsIn(args));
    const span = call.node.span;
    return { kind: 'list', items: subnets.map(subnet => stringAt(subnet, span)), span };
}
/** The subnets, or undefined when the block is not IPv4 or cannot hold them. */
function cidrs(block, count, bits) {
    const match = IPV4.exec(block);
    if (match === null || count < 1 || count > 256 || bits < 1)
        return undefined;
    const octets = match.slice(1, 5).map(Number);
    const prefix = Number(match[5]);
    if (octets.some(o => o > 255) || prefix > 32 || 32 - bits < prefix)
        return undefined;
    if (count > 2 ** (32 - bits - prefix))
        return undefined;
    const base = octets.reduce((n, o) => n * 256 + o, 0);
    const size = 2 ** bits;
    const start = base - (base % 2 ** (32 - prefix));
    return Array.from({ length: count }, (_, i) => `${dotted(start + i * size)}/${32 - bits}`);
}
function dotted(address) {
    return [24, 16, 8, 0].map(shift => Math.floor(address / 2 ** shift) % 256).join('.');
}

;// CONCATENATED MODULE: ./src/formats/cloudformation/evaluate/find-in-map.ts


/**
 * `Fn::FindInMap [MapName, TopKey, SecondKey]` (with the optional
 * `{ DefaultValue: … }` of the language extensions): the entry of
 * `Mappings`, at the call's place. A key that is unknown (`!Ref AWS::Region`)
 * leaves it unknown; a missing entry takes the default when there is one.
 */
function evalFindInMap(call, ctx) {
    const arg = call.arg;
    if (arg.kind !== 'list' || (arg.items.length !== 3 && arg.items.length !== 4))
        return unknownCall(call);
    const keys = arg.items.slice(0, 3).map(item => evaluatePresent(item, ctx));
    const names = keys.map(scalarText);
    if (names.some(name => name === undefined))
        return unknownCall(call, results_refsIn(keys));
    const found = lookUp(ctx, names);
    if (found !== undefined)
        return results_respan(found, call.node.span, ctx.budget) ?? unknownCall(call);
    const fallback = defaultOf(arg.items[3]);
    return fallback === undefined ? unknownCall(call) : evaluate_evaluate_evaluate(fallback, ctx);
}
function lookUp(ctx, [map, top, second]) {
    let value = ctx.template.mappings;
    for (const key of [map, top, second]) {
        if (value?.kind !== 'map')
            return undefined;
        value = value.entries.get(key);
    }
    return value;
}
function defaultOf(options) {
    return options?.kind === 'map' ? options.entries.get('DefaultValue') : undefined;
}

;// CONCATENATED MODULE: ./src/formats/cloudformation/evaluate/parameter-value.ts

/**
 * What `Ref` to a parameter gives when the stack is deployed with its
 * default: text for a scalar type, a list of text for `CommaDelimitedList`
 * and `List<…>`. Undefined (unknown) without a default, and for
 * `AWS::SSM::Parameter::Value<…>`, whose default names a parameter in
 * Systems Manager rather than giving the value.
 */
function parameterValue(parameter) {
    const value = parameter.default;
    if (value === undefined || parameter.type.startsWith('AWS::SSM::Parameter::Value<'))
        return undefined;
    if (isListType(parameter.type)) {
        if (value.kind === 'list')
            return value.items.every(i => scalarText(i) !== undefined) ? value : undefined;
        const text = scalarText(value);
        if (text === undefined)
            return undefined;
        const items = text.split(',').map(part => ({ kind: 'string', value: part, span: value.span }));
        return { kind: 'list', items, span: value.span };
    }
    const text = scalarText(value);
    return text === undefined ? undefined : { kind: 'string', value: text, span: value.span };
}
function isListType(type) {
    return type === 'CommaDelimitedList' || type.startsWith('List<');
}

;// CONCATENATED MODULE: ./src/formats/cloudformation/evaluate/references.ts



/**
 * `Ref`: a parameter's default (unknown without one), a resource (unknown,
 * naming it), `AWS::NoValue` (no value at all); pseudo parameters
 * (`AWS::Region`, `AWS::AccountId`, …) depend on the deployment: unknown.
 */
function evalRef(call, ctx) {
    if (call.arg.kind !== 'string')
        return unknownCall(call);
    const name = call.arg.value;
    if (name === 'AWS::NoValue')
        return NO_VALUE;
    const parameter = ctx.template.parameters.get(name);
    if (parameter !== undefined) {
        const value = parameterValue(parameter);
        if (value === undefined)
            return unknownCall(call);
        return results_respan(value, call.node.span, ctx.budget) ?? unknownAt(EXHAUSTED, call.node.span);
    }
    return unknownCall(call, ctx.template.resources.has(name) ? [name] : []);
}
/** `Fn::GetAtt [Resource, Attribute]` (or `Resource.Attribute`): known only once deployed; names the resource. */
function evalGetAtt(call, ctx) {
    const id = resourceOf(call, ctx);
    return unknownCall(call, id !== undefined && ctx.template.resources.has(id) ? [id] : []);
}
function resourceOf(call, ctx) {
    const arg = call.arg;
    if (arg.kind === 'string')
        return arg.value.split('.')[0];
    if (arg.kind !== 'list')
        return undefined;
    const [first] = arg.items;
    if (first === undefined)
        return undefined;
    const id = evaluatePresent(first, ctx);
    return id.kind === 'string' ? id.value : undefined;
}

;// CONCATENATED MODULE: ./src/formats/cloudformation/evaluate/strings.ts





/** `Fn::Join [delimiter, [items]]`: text when the delimiter and every item are known scalars. */
function evalJoin(call, ctx) {
    const args = listArguments(call, ctx, 2);
    if (args === undefined)
        return unknownCall(call);
    const [delimiter, list] = args;
    const separator = scalarText(delimiter);
    if (separator === undefined || list.kind !== 'list')
        return unknownCall(call, results_refsIn(args));
    const parts = [];
    let length = 0;
    for (const item of list.items) {
        const text = scalarText(item);
        if (text === undefined)
            return unknownCall(call, results_refsIn(args));
        length += text.length + separator.length;
        if (length > MAX_STRING)
            return unknownCall(call, results_refsIn(args));
        parts.push(text);
    }
    return builtString(call, ctx, parts.join(separator));
}
/** `Fn::Split [delimiter, text]`: a list of text. */
function evalSplit(call, ctx) {
    const args = listArguments(call, ctx, 2);
    if (args === undefined)
        return unknownCall(call);
    const [delimiter, source] = args.map(scalarText);
    if (delimiter === undefined || delimiter === '' || source === undefined)
        return unknownCall(call, results_refsIn(args));
    const span = call.node.span;
    return { kind: 'list', items: source.split(delimiter).map(part => stringAt(part, span)), span };
}
/**
 * `Fn::Select [index, list]`: the item, at the call's place. Unknown when an
 * item up to the index is unknown: it may be a conditional `AWS::NoValue`
 * that shifts the items after it.
 */
function evalSelect(call, ctx) {
    const args = listArguments(call, ctx, 2);
    if (args === undefined)
        return unknownCall(call);
    const [position, list] = args;
    const index = indexOf(position);
    if (index === undefined || list.kind !== 'list' || index >= list.items.length)
        return unknownCall(call, results_refsIn(args));
    const before = list.items.slice(0, index + 1);
    if (before.some(item => item.kind === 'unknown'))
        return unknownCall(call, results_refsIn(before));
    return results_respan(list.items[index], call.node.span, ctx.budget) ?? unknownCall(call);
}
/** `Fn::Base64 text`: the text encoded, as CloudFormation passes it on. */
function evalBase64(call, ctx) {
    const value = evaluatePresent(call.arg, ctx);
    const text = scalarText(value);
    if (text === undefined)
        return unknownCall(call, results_refsIn([value]));
    return builtString(call, ctx, Buffer.from(text, 'utf8').toString('base64'));
}
/** `Fn::Length list`: the number of items, when none of them could turn out to be `AWS::NoValue`. */
function evalLength(call, ctx) {
    const value = evaluatePresent(call.arg, ctx);
    if (value.kind !== 'list' || value.items.some(item => item.kind === 'unknown'))
        return unknownCall(call, results_refsIn([value]));
    return { kind: 'number', value: value.items.length, span: call.node.span };
}
/** `Fn::ToJsonString value`: compact JSON of a value known all the way down. */
function evalToJsonString(call, ctx) {
    const value = evaluatePresent(call.arg, ctx);
    if (results_hasUnknown(value))
        return unknownCall(call, results_refsIn([value]));
    const text = value.kind === 'string' ? value.value : JSON.stringify(toPlain(value));
    return builtString(call, ctx, text);
}

;// CONCATENATED MODULE: ./src/formats/cloudformation/evaluate/sub.ts





/**
 * `Fn::Sub template` and `Fn::Sub [template, { name: value }]`: text when
 * every `${name}` is settled (a variable of the call, a parameter with a
 * default); `${Resource}` and `${Resource.Attribute}` refer to a resource,
 * `${AWS::Region}` and the other pseudo parameters depend on the deployment.
 * `${!text}` is the literal `${text}`.
 */
function evalSub(call, ctx) {
    const [template, variables] = subArguments(call, ctx);
    if (template === undefined)
        return unknownCall(call, results_refsIn(variables === undefined ? [] : [variables]));
    const refs = [];
    let text = '';
    let unknown = false;
    for (const part of parseSubTemplate(template)) {
        const resolved = 'text' in part ? part : resolveName(part.name, variables, ctx);
        if ('refs' in resolved) {
            unknown = true;
            refs.push(...resolved.refs);
        }
        else if (!unknown) {
            text += resolved.text;
            if (text.length > MAX_STRING)
                return unknownCall(call, refs);
        }
    }
    return unknown ? unknownCall(call, refs) : builtString(call, ctx, text);
}
function subArguments(call, ctx) {
    const arg = call.arg;
    if (arg.kind !== 'list') {
        const template = evaluatePresent(arg, ctx);
        return [template.kind === 'string' ? template.value : undefined, undefined];
    }
    const [first, second] = arg.items;
    if (first === undefined || arg.items.length > 2)
        return [undefined, undefined];
    const template = evaluatePresent(first, ctx);
    const variables = second === undefined ? undefined : evaluatePresent(second, ctx);
    return [template.kind === 'string' ? template.value : undefined, variables];
}
/** Splits a template into literal text and `${name}` references. */
function parseSubTemplate(template) {
    const parts = [];
    let from = 0;
    for (let at = template.indexOf('${'); at >= 0; at = template.indexOf('${', from)) {
        const close = template.indexOf('}', at + 2);
        if (close < 0)
            break;
        if (at > from)
            parts.push({ text: template.slice(from, at) });
        if (template[at + 2] === '!')
            parts.push({ text: `\${${template.slice(at + 3, close)}}` });
        else
            parts.push({ name: template.slice(at + 2, close).trim() });
        from = close + 1;
    }
    if (from < template.length)
        parts.push({ text: template.slice(from) });
    return parts;
}
function resolveName(name, variables, ctx) {
    if (variables !== undefined && variables.kind !== 'map')
        return { refs: results_refsIn([variables]) };
    const own = variables?.entries.get(name);
    if (own !== undefined)
        return asText(own);
    const parameter = ctx.template.parameters.get(name);
    if (parameter !== undefined) {
        const value = parameterValue(parameter);
        return value === undefined ? { refs: [] } : asText(value);
    }
    const id = name.split('.')[0];
    return { refs: ctx.template.resources.has(id) ? [id] : [] };
}
function asText(value) {
    const text = scalarText(value);
    return text === undefined ? { refs: results_refsIn([value]) } : { text };
}

;// CONCATENATED MODULE: ./src/formats/cloudformation/evaluate/functions.ts







/**
 * Intrinsics that can be settled from the template alone. The others
 * (`Fn::GetAZs`, `Fn::ImportValue`, `Fn::Transform`, and any name not
 * known here) depend on the account, other stacks or macros: unknown.
 */
const INTRINSICS = {
    Ref: evalRef,
    Condition: evalCondition,
    'Fn::And': evalAnd,
    'Fn::Base64': evalBase64,
    'Fn::Cidr': evalCidr,
    'Fn::Equals': evalEquals,
    'Fn::FindInMap': evalFindInMap,
    'Fn::GetAtt': evalGetAtt,
    'Fn::If': evalIf,
    'Fn::Join': evalJoin,
    'Fn::Length': evalLength,
    'Fn::Not': evalNot,
    'Fn::Or': evalOr,
    'Fn::Select': evalSelect,
    'Fn::Split': evalSplit,
    'Fn::Sub': evalSub,
    'Fn::ToJsonString': evalToJsonString
};
function callIntrinsic(call, ctx) {
    const intrinsic = Object.hasOwn(INTRINSICS, call.name) ? INTRINSICS[call.name] : undefined;
    return intrinsic === undefined ? unknownCall(call) : intrinsic(call, ctx);
}

;// CONCATENATED MODULE: ./src/formats/cloudformation/evaluate/evaluate.ts




/** The expression text of values left unknown because the file's evaluation budget ran out. */
const EXHAUSTED = '(evaluation limit reached)';
/**
 * A template value with its intrinsics evaluated: plain values where the
 * template settles them, unknown values (with the resources they refer to)
 * where only a deployment could. `Ref: AWS::NoValue` removes the entry or
 * item it stands for. Never throws. Walking plain maps and lists is bounded
 * by the size of the document (the YAML reader caps alias expansion); every
 * call, copy and built character costs budget, and past it calls are unknown.
 */
function evaluate_evaluate_evaluate(value, ctx) {
    switch (value.kind) {
        case 'list':
            return evaluateList(value, ctx);
        case 'map': {
            const call = intrinsicOf(value);
            if (call === undefined)
                return evaluateMap(value, ctx);
            return spend(ctx.budget, 1) ? callIntrinsic(call, ctx) : unknownAt(EXHAUSTED, value.span);
        }
        default:
            return value;
    }
}
/** A value that must be present: `AWS::NoValue` where one is required is unknown. */
function evaluatePresent(value, ctx) {
    const result = evaluate_evaluate_evaluate(value, ctx);
    return result === NO_VALUE ? unknownAt(exprText(value), value.span) : result;
}
/**
 * `{ Ref: … }`, `{ 'Fn::…': … }` (and, where conditions are read,
 * `{ Condition: … }`): a map with that one key. A map with more keys is data.
 */
function intrinsicOf(map, conditions = false) {
    if (map.entries.size !== 1)
        return undefined;
    const [entry] = map.entries;
    if (entry === undefined)
        return undefined;
    const [name, arg] = entry;
    if (name === 'Ref' || name.startsWith('Fn::') || (conditions && name === 'Condition'))
        return { name, arg, node: map };
    return undefined;
}
function evaluateList(list, ctx) {
    const items = [];
    for (const item of list.items) {
        const result = evaluate_evaluate_evaluate(item, ctx);
        if (result !== NO_VALUE)
            items.push(result);
    }
    return { kind: 'list', items, span: list.span };
}
function evaluateMap(map, ctx) {
    const entries = new Map();
    const keySpans = new Map();
    for (const [key, item] of map.entries) {
        const result = evaluate_evaluate_evaluate(item, ctx);
        if (result === NO_VALUE)
            continue;
        entries.set(key, result);
        const keySpan = map.keySpans?.get(key);
        if (keySpan !== undefined)
            keySpans.set(key, keySpan);
    }
    return { kind: 'map', entries, keySpans, span: map.span };
}

;// CONCATENATED MODULE: ./src/formats/cloudformation/resource-attributes.ts


/**
 * Resource attributes rules may read, under reserved names in the body:
 * `$` keeps them apart from properties, which never start with it.
 * `$DependsOn` is always a list; `$Condition` is the condition's name.
 */
const RESERVED_KEYS = {
    Condition: '$Condition',
    DependsOn: '$DependsOn',
    DeletionPolicy: '$DeletionPolicy',
    UpdateReplacePolicy: '$UpdateReplacePolicy'
};
/** The resource attributes of one `Resources` entry, evaluated, under their reserved names. */
function resourceAttributes(entry, ctx) {
    const attributes = [];
    for (const [name, key] of Object.entries(RESERVED_KEYS)) {
        const raw = entry.entries.get(name);
        if (raw === undefined)
            continue;
        const evaluated = name === 'Condition' ? raw : evaluate_evaluate_evaluate(raw, ctx);
        if (evaluated === NO_VALUE)
            continue;
        const value = name === 'DependsOn' && evaluated.kind !== 'list'
            ? { kind: 'list', items: [evaluated], span: evaluated.span }
            : evaluated;
        attributes.push({ key, value, keySpan: entry.keySpans?.get(name) });
    }
    return attributes;
}

;// CONCATENATED MODULE: ./src/formats/cloudformation/sam-globals.ts


/**
 * The `Globals` of a SAM template, evaluated, by the resource type each
 * section applies to: `Function` to `AWS::Serverless::Function`, `Api` to
 * `AWS::Serverless::Api`, and so on for every section SAM defines.
 */
function readGlobals(root, ctx, file, errors) {
    const globals = new Map();
    const section = root.entries.get('Globals');
    if (section === undefined)
        return globals;
    if (section.kind !== 'map') {
        errors.push({
            file,
            line: section.span.line,
            message: `expected 'Globals' to be a map of resource kinds, found ${describe_kind_describeKind(section)}`
        });
        return globals;
    }
    for (const [kind, value] of section.entries) {
        const evaluated = evaluatePresent(value, ctx);
        if (evaluated.kind !== 'map') {
            errors.push({
                file,
                line: value.span.line,
                message: `expected 'Globals.${kind}' to be a map of properties, found ${describe_kind_describeKind(evaluated)}`
            });
            continue;
        }
        globals.set(`AWS::Serverless::${kind}`, evaluated);
    }
    return globals;
}
/**
 * A resource's properties over its globals, as SAM merges them: the
 * resource's scalar wins, maps merge key by key, lists are the global items
 * followed by the resource's own. Values of different kinds (or unknown
 * ones): the resource's wins.
 */
function mergeGlobals(globals, own) {
    const entries = new Map();
    const keySpans = new Map();
    for (const [key, value] of globals.entries) {
        if (own.entries.has(key))
            continue;
        entries.set(key, value);
        const keySpan = globals.keySpans?.get(key);
        if (keySpan !== undefined)
            keySpans.set(key, keySpan);
    }
    for (const [key, value] of own.entries) {
        const global = globals.entries.get(key);
        entries.set(key, global === undefined ? value : mergeValue(global, value));
        const keySpan = own.keySpans?.get(key);
        if (keySpan !== undefined)
            keySpans.set(key, keySpan);
    }
    return { kind: 'map', entries, keySpans, span: own.span };
}
function mergeValue(global, own) {
    if (global.kind === 'map' && own.kind === 'map')
        return mergeGlobals(global, own);
    if (global.kind === 'list' && own.kind === 'list')
        return { kind: 'list', items: [...global.items, ...own.items], span: own.span };
    return own;
}

;// CONCATENATED MODULE: ./src/formats/cloudformation/resources.ts





/** Types that are a tool's bookkeeping, not infrastructure: left out of the model. */
const BOOKKEEPING = new Set(['AWS::CDK::Metadata']);
/**
 * One resource per entry of the `Resources` map: its `Type`, its logical id
 * as address, its evaluated `Properties` (over the SAM `Globals` of its
 * type) as body, with its resource attributes under reserved keys. An entry
 * that cannot be read is an error and the others still come through.
 */
function resources_buildResources(root, section, ctx, place, errors) {
    const globals = readGlobals(root, ctx, place.file, errors);
    const resources = [];
    for (const [id, entry] of section.entries) {
        if (id.startsWith('Fn::ForEach::'))
            continue;
        const keySpan = section.keySpans?.get(id) ?? entry.span;
        try {
            const resource = resources_buildResource(id, entry, keySpan, ctx, globals, place, errors);
            if (resource !== undefined)
                resources.push(resource);
        }
        catch (error) {
            errors.push({
                file: place.file,
                line: keySpan.line,
                message: `could not read the resource '${id}': ${String(error)}`
            });
        }
    }
    return resources;
}
function resources_buildResource(id, entry, keySpan, ctx, globals, place, errors) {
    const fail = (line, message) => {
        errors.push({ file: place.file, line, message });
        return undefined;
    };
    if (entry.kind !== 'map')
        return fail(keySpan.line, `expected the resource '${id}' to be a map with a Type, found ${describe_kind_describeKind(entry)}`);
    const type = entry.entries.get('Type');
    if (type === undefined)
        return fail(keySpan.line, `expected the resource '${id}' to have a Type, found none`);
    if (type.kind !== 'string' || type.value === '')
        return fail(type.span.line, `expected the Type of '${id}' to be a resource type name, found ${describe_kind_describeKind(type)}`);
    if (BOOKKEEPING.has(type.value))
        return undefined;
    const span = {
        line: keySpan.line,
        column: keySpan.column,
        endLine: entry.span.endLine,
        endColumn: entry.span.endColumn
    };
    const properties = readProperties(id, entry, span, ctx, fail);
    if (properties === undefined)
        return undefined;
    const global = globals.get(type.value);
    const body = withAttributes(global === undefined ? properties : mergeGlobals(global, properties), entry, ctx);
    return {
        file: place.file,
        format: 'cloudformation',
        type: type.value,
        address: id,
        key: `${place.unit}//${id}`,
        span,
        body
    };
}
function readProperties(id, entry, span, ctx, fail) {
    const raw = entry.entries.get('Properties');
    if (raw === undefined || raw.kind === 'null')
        return { kind: 'map', entries: new Map(), keySpans: new Map(), span };
    const properties = evaluate_evaluate_evaluate(raw, ctx);
    if (properties === NO_VALUE)
        return { kind: 'map', entries: new Map(), keySpans: new Map(), span };
    if (properties.kind !== 'map')
        return fail(raw.span.line, `expected the Properties of '${id}' to be a map, found ${describe_kind_describeKind(properties)}`);
    return properties;
}
function withAttributes(properties, entry, ctx) {
    const attributes = resourceAttributes(entry, ctx);
    if (attributes.length === 0)
        return properties;
    const entries = new Map(properties.entries);
    const keySpans = new Map(properties.keySpans ?? []);
    for (const { key, value, keySpan } of attributes) {
        entries.set(key, value);
        if (keySpan !== undefined)
            keySpans.set(key, keySpan);
    }
    return { kind: 'map', entries, keySpans, span: properties.span };
}

;// CONCATENATED MODULE: ./src/formats/cloudformation/template.ts
/**
 * The names a template declares, for intrinsics to look up: parameters with
 * their types and defaults, mappings, conditions and resources' logical ids.
 * Sections of the wrong shape declare nothing; the resources report them.
 */
function readTemplate(root) {
    return {
        parameters: readParameters(root.entries.get('Parameters')),
        mappings: template_asMap(root.entries.get('Mappings')),
        resources: new Set(template_asMap(root.entries.get('Resources'))?.entries.keys() ?? []),
        conditions: new Set(template_asMap(root.entries.get('Conditions'))?.entries.keys() ?? [])
    };
}
function readParameters(section) {
    const parameters = new Map();
    const map = template_asMap(section);
    if (map === undefined)
        return parameters;
    for (const [name, declaration] of map.entries) {
        const fields = template_asMap(declaration);
        const type = fields?.entries.get('Type');
        parameters.set(name, {
            type: type?.kind === 'string' ? type.value : 'String',
            default: fields?.entries.get('Default')
        });
    }
    return parameters;
}
function template_asMap(value) {
    return value?.kind === 'map' ? value : undefined;
}

;// CONCATENATED MODULE: ./src/formats/cloudformation/parse-template.ts






/**
 * Parses each template of a unit (one file: a template is its own unit).
 * Never throws: a file that cannot be read gives one error, a resource
 * that cannot be read gives its own, and everything else comes through.
 */
function parseCloudFormationUnit(unit, files) {
    const resources = [];
    const errors = [];
    for (const file of files) {
        try {
            resources.push(...parseTemplateFile(unit, file, errors));
        }
        catch (error) {
            errors.push({ file: file.path, message: `could not read the template: ${String(error)}` });
        }
    }
    return { resources, errors };
}
function parseTemplateFile(unit, file, errors) {
    const read = read_document_readDocument(file.path, file.text);
    if (!read.ok) {
        errors.push(read.error);
        return [];
    }
    const root = read.value;
    if (root.kind !== 'map') {
        const message = `expected a template (a map with 'Resources'), found ${describe_kind_describeKind(root)}`;
        errors.push({ file: file.path, line: root.span.line, message });
        return [];
    }
    return templateResources(root, { file: file.path, unit }, fuelFor(file.text), errors, true);
}
/**
 * The resources of a template's root map (or of serverless.yml's
 * `resources` section, where `Resources` may be left out).
 */
function templateResources(root, place, fuel, errors, requireResources) {
    const section = root.entries.get('Resources');
    if (section === undefined) {
        if (requireResources)
            errors.push({
                file: place.file,
                line: root.span.line,
                message: "expected a 'Resources' map, found none"
            });
        return [];
    }
    if (section.kind !== 'map') {
        const message = `expected 'Resources' to be a map of logical ids to resources, found ${describe_kind_describeKind(section)}`;
        errors.push({ file: place.file, line: section.span.line, message });
        return [];
    }
    const ctx = { template: readTemplate(root), budget: { fuel, exhausted: false } };
    const resources = resources_buildResources(root, section, ctx, place, errors);
    if (ctx.budget.exhausted)
        errors.push({
            file: place.file,
            line: section.span.line,
            message: `evaluation stopped after ${fuel} steps, a bound on how far a template may expand: the intrinsics left are unknown ${EXHAUSTED}`
        });
    return resources;
}

;// CONCATENATED MODULE: ./src/formats/cloudformation/paths.ts

/** Extensions a template may have; which of them are templates is decided by content. */
const paths_EXTENSIONS = new Set(['.yaml', '.yml', '.json', '.template', '.cfn']);
/** `maybe` for the extensions a template may have, `no` otherwise: a template is known by its content. */
function claimsCloudFormationPath(path) {
    return paths_EXTENSIONS.has(extensionOf(path)) ? 'maybe' : 'no';
}
/** A template is parsed on its own: its unit is its path. */
function cloudFormationUnitOf(path) {
    return path;
}

;// CONCATENATED MODULE: ./src/formats/cloudformation/index.ts










/**
 * CloudFormation and SAM templates, YAML or JSON (CDK's synthesized
 * `*.template.json` too), known by their content, each its own unit.
 */
const cloudformationParser = {
    format: 'cloudformation',
    claimsPath: claimsCloudFormationPath,
    claimsContent: claimsCloudFormationContent,
    unitOf: cloudFormationUnitOf,
    parse: parseCloudFormationUnit
};

;// CONCATENATED MODULE: ./src/formats/serverless/iam.ts
/**
 * The older IAM settings of a provider (or of a function, as the per-function
 * roles plugin writes them) and where the current layout keeps them, under
 * `iam.role`. Rules read one place whichever layout a file uses.
 */
const ROLE_FIELDS = {
    iamRoleStatements: 'statements',
    iamManagedPolicies: 'managedPolicies',
    rolePermissionsBoundary: 'permissionsBoundary'
};
/**
 * `iamRoleStatements`, `iamManagedPolicies` and `rolePermissionsBoundary`
 * become `iam.role.statements`, `iam.role.managedPolicies` and
 * `iam.role.permissionsBoundary` (lists are joined, the current layout's
 * items first); `role` becomes `iam.role` and `cfnRole` `iam.deploymentRole`
 * when those are not set. When `iam.role` is a role's ARN (a string), the
 * older statements are left where they are: no role of the file gets them.
 */
function normaliseIam(map) {
    const has = (key) => map.entries.has(key);
    if (!Object.keys(ROLE_FIELDS).some(has) && !has('role') && !has('cfnRole'))
        return map;
    const iam = map.entries.get('iam');
    if (iam !== undefined && iam.kind !== 'map')
        return map;
    const entries = new Map(map.entries);
    const keySpans = new Map(map.keySpans ?? []);
    const take = (key) => {
        const value = entries.get(key);
        if (value === undefined)
            return undefined;
        const keySpan = keySpans.get(key);
        entries.delete(key);
        keySpans.delete(key);
        return { value, keySpan };
    };
    const target = iam_copyMap(iam ?? iam_emptyMap(firstSpan(map)));
    const role = target.entries.get('role');
    if (role === undefined || role.kind === 'map') {
        const fields = iam_copyMap(role ?? iam_emptyMap(target.span));
        for (const [old, field] of Object.entries(ROLE_FIELDS))
            iam_join(fields, field, take(old));
        if (fields.entries.size > 0)
            put(target, 'role', { value: fields, keySpan: undefined });
    }
    if (!target.entries.has('role'))
        putIfAbsent(target, 'role', take('role'));
    if (!target.entries.has('deploymentRole'))
        putIfAbsent(target, 'deploymentRole', take('cfnRole'));
    entries.set('iam', target);
    if (!keySpans.has('iam'))
        keySpans.set('iam', target.span);
    return { kind: 'map', entries, keySpans, span: map.span };
}
function iam_join(fields, field, moved) {
    if (moved === undefined)
        return;
    const current = fields.entries.get(field);
    if (current?.kind === 'list' && moved.value.kind === 'list')
        put(fields, field, {
            value: { ...current, items: [...current.items, ...moved.value.items] },
            keySpan: undefined
        });
    else
        putIfAbsent(fields, field, moved);
}
function put(map, key, moved) {
    map.entries.set(key, moved.value);
    if (moved.keySpan !== undefined)
        map.keySpans?.set(key, moved.keySpan);
    else if (!map.keySpans?.has(key))
        map.keySpans?.set(key, moved.value.span);
}
function putIfAbsent(map, key, moved) {
    if (moved !== undefined && !map.entries.has(key))
        put(map, key, moved);
}
function iam_copyMap(map) {
    return { kind: 'map', entries: new Map(map.entries), keySpans: new Map(map.keySpans ?? []), span: map.span };
}
function iam_emptyMap(span) {
    return { kind: 'map', entries: new Map(), keySpans: new Map(), span };
}
/** Where a new `iam` map is placed: at the first older setting it gathers. */
function firstSpan(map) {
    for (const key of [...Object.keys(ROLE_FIELDS), 'role', 'cfnRole']) {
        const value = map.entries.get(key);
        if (value !== undefined)
            return value.span;
    }
    return map.span;
}

;// CONCATENATED MODULE: ./src/formats/serverless/inherit.ts
/**
 * Provider settings a function takes when it does not set its own, as the
 * framework deploys it: the function's `runtime` is its own or the
 * provider's, and so on. `environment` and `tags` merge, the function's
 * entries winning. `tracing` comes from `provider.tracing.lambda`.
 */
const INHERITED = [
    'runtime',
    'architecture',
    'memorySize',
    'timeout',
    'vpc',
    'kmsKeyArn',
    'layers',
    'logRetentionInDays'
];
const MERGED = ['environment', 'tags'];
/** The function's body with what it inherits from the provider, each inherited value keeping the provider's span. */
function withProviderDefaults(fn, provider) {
    if (provider === undefined)
        return fn;
    const entries = new Map(fn.entries);
    const keySpans = new Map(fn.keySpans ?? []);
    const inherit = (key, value, keySpan) => {
        if (value === undefined || value.kind === 'null')
            return;
        entries.set(key, value);
        keySpans.set(key, keySpan ?? value.span);
    };
    for (const key of INHERITED) {
        if (key === 'runtime' && has(fn, 'image'))
            continue;
        if (!has(fn, key))
            inherit(key, provider.entries.get(key), provider.keySpans?.get(key));
    }
    for (const key of MERGED) {
        const merged = mergeMaps(provider.entries.get(key), fn.entries.get(key));
        if (merged !== fn.entries.get(key))
            inherit(key, merged, fn.keySpans?.get(key) ?? provider.keySpans?.get(key));
    }
    const tracing = provider.entries.get('tracing');
    if (!has(fn, 'tracing') && tracing?.kind === 'map')
        inherit('tracing', tracing.entries.get('lambda'), tracing.keySpans?.get('lambda'));
    return { kind: 'map', entries, keySpans, span: fn.span };
}
function has(map, key) {
    const value = map.entries.get(key);
    return value !== undefined && value.kind !== 'null';
}
/** The provider's map under the function's: both maps merge; otherwise the function's value if it has one. */
function mergeMaps(provider, own) {
    if (provider === undefined || provider.kind === 'null')
        return own;
    if (own === undefined || own.kind === 'null')
        return provider;
    if (provider.kind !== 'map' || own.kind !== 'map')
        return own;
    const entries = new Map(provider.entries);
    const keySpans = new Map(provider.keySpans ?? []);
    for (const [key, value] of own.entries) {
        entries.set(key, value);
        const keySpan = own.keySpans?.get(key);
        if (keySpan !== undefined)
            keySpans.set(key, keySpan);
    }
    return { kind: 'map', entries, keySpans, span: own.span };
}

;// CONCATENATED MODULE: ./src/formats/serverless/service-resources.ts




/** The `provider` block as one resource (type and address `provider`), its IAM in the current layout. */
function providerResource(service) {
    const raw = service.root.entries.get('provider');
    if (raw === undefined || raw.kind === 'null')
        return undefined;
    const provider = service.read(raw);
    if (provider.kind !== 'map') {
        const message = `expected 'provider' to be a map of settings, found ${describe_kind_describeKind(provider)}`;
        service.errors.push({ file: service.place.file, line: raw.span.line, message });
        return undefined;
    }
    return entryResource(service, 'provider', 'provider', normaliseIam(provider), raw);
}
/**
 * One resource per function (type `function`, address `functions.<name>`),
 * with what it inherits from the provider. `functions` may be a map or, as
 * older files write it, a list of maps.
 */
function functionResources(service, provider) {
    const raw = service.root.entries.get('functions');
    if (raw === undefined || raw.kind === 'null')
        return [];
    const section = raw.kind === 'string' ? service.read(raw) : raw;
    const groups = section.kind === 'list' ? section.items : [section];
    const resources = [];
    for (const item of groups) {
        const group = item.kind === 'string' ? service.read(item) : item;
        if (group.kind !== 'map') {
            notRead(service, group, 'functions');
            continue;
        }
        for (const [name, value] of group.entries) {
            const resource = functionResource(service, group, name, value, provider?.body);
            if (resource !== undefined)
                resources.push(resource);
        }
    }
    return resources;
}
function functionResource(service, group, name, raw, provider) {
    const fn = service.read(raw);
    if (fn.kind !== 'map') {
        const line = group.keySpans?.get(name)?.line ?? raw.span.line;
        const message = `expected the function '${name}' to be a map of settings, found ${describe_kind_describeKind(fn)}`;
        service.errors.push({ file: service.place.file, line, message });
        return undefined;
    }
    const body = withProviderDefaults(normaliseIam(fn), provider);
    return entryResource(service, 'function', `functions.${name}`, body, raw, group.keySpans?.get(name));
}
/**
 * The `resources` section: CloudFormation, whose `Resources` become
 * resources of the `cloudformation` format, so CloudFormation rules apply.
 * It may be a list of such maps, as files that split it up write it.
 */
function cloudFormationResources(service) {
    const resources = [];
    for (const part of service.templates) {
        if (part.kind !== 'map')
            notRead(service, part, 'resources');
        else
            resources.push(...templateResources(part, service.place, service.fuel, service.errors, false));
    }
    return resources;
}
/** A section the file takes from elsewhere (`${file(…)}`) or writes in a shape no deployment reads. */
function notRead(service, value, section) {
    if (value.kind === 'unknown')
        service.skipped.push({
            file: service.place.file,
            reason: `'${section}' from \`${value.expr}\` is not read`
        });
    else
        service.errors.push({
            file: service.place.file,
            line: value.span.line,
            message: `expected '${section}' to be a map, found ${describe_kind_describeKind(value)}`
        });
}
function entryResource(service, type, address, body, raw, keySpan = service.root.keySpans?.get(address)) {
    const start = keySpan ?? raw.span;
    const span = {
        line: start.line,
        column: start.column,
        endLine: raw.span.endLine,
        endColumn: raw.span.endColumn
    };
    const { file, unit } = service.place;
    return { file, format: 'serverless', type, address, key: `${unit}//${address}`, span, body };
}

;// CONCATENATED MODULE: ./src/formats/serverless/variable-syntax.ts
/**
 * What starts a variable: a source and a colon (`self:`, `opt:`, `env:`,
 * `ssm:`, `file(./x.yml):`), `file(…)`, or a nested variable. `${AWS::Region}`
 * and `${Bucket.Arn}` are CloudFormation's `Fn::Sub` syntax and are left alone.
 */
const VARIABLE = /^\s*(?:[a-zA-Z][\w-]*(?:\([^)]*\))?:(?!:)|file\(|\$\{)/;
/** The top-level variables of a string, in order. */
function findVariables(text) {
    const found = [];
    let from = 0;
    for (let at = text.indexOf('${'); at >= 0; at = text.indexOf('${', from)) {
        const close = variable_syntax_closingBrace(text, at + 2);
        if (close < 0)
            break;
        const inner = text.slice(at + 2, close);
        if (VARIABLE.test(inner))
            found.push({ start: at, end: close + 1, inner });
        from = VARIABLE.test(inner) ? close + 1 : at + 2;
    }
    return found;
}
/** The `}` that closes a variable whose text starts at `from`, skipping nested variables and quotes. */
function variable_syntax_closingBrace(text, from) {
    let depth = 1;
    for (let i = from; i < text.length; i++) {
        const c = text[i];
        if (c === '$' && text[i + 1] === '{') {
            depth++;
            i++;
        }
        else if (c === '}') {
            if (--depth === 0)
                return i;
        }
        else if (c === "'" || c === '"') {
            const end = text.indexOf(c, i + 1);
            if (end < 0)
                return -1;
            i = end;
        }
    }
    return -1;
}
/** The comma-separated sources of a variable (`opt:stage, 'dev'`), outside quotes, parentheses and nested variables. */
function splitSources(inner) {
    const sources = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < inner.length; i++) {
        const c = inner[i];
        if (c === "'" || c === '"') {
            const end = inner.indexOf(c, i + 1);
            if (end < 0)
                break;
            i = end;
        }
        else if (c === '(' || c === '{')
            depth++;
        else if (c === ')' || c === '}')
            depth--;
        else if (c === ',' && depth === 0) {
            sources.push(inner.slice(start, i).trim());
            start = i + 1;
        }
    }
    sources.push(inner.slice(start).trim());
    return sources;
}

;// CONCATENATED MODULE: ./src/formats/serverless/variables.ts





/**
 * Resolves the framework's variables against the file itself. `${self:…}`
 * reads the same file (`self:custom.x`, `self:provider.stage`); a quoted or
 * numeric fallback is used when what comes before it is missing from the
 * file. `${opt:…}`, `${env:…}`, `${ssm:…}`, `${sls:…}`, `${file(…)}` and
 * every other source depend on the deployment: unknown, never guessed —
 * even when a fallback follows, since the source may well be set.
 */
function variableResolver(root, budget) {
    const memo = new Map();
    let depth = 0;
    const resolve = (value) => {
        if (!spend(budget, 1))
            return unknownAt('(evaluation limit reached)', value.span);
        switch (value.kind) {
            case 'string':
                return value.value.includes('${') ? resolveString(value.value, value.span) : value;
            case 'list':
                return { kind: 'list', items: value.items.map(resolve), span: value.span };
            case 'map': {
                const entries = new Map();
                for (const [key, item] of value.entries)
                    entries.set(key, resolve(item));
                return { kind: 'map', entries, keySpans: value.keySpans ?? new Map(), span: value.span };
            }
            default:
                return value;
        }
    };
    const resolveString = (text, span) => {
        const found = findVariables(text);
        if (found.length === 0)
            return { kind: 'string', value: text, span };
        const unknown = () => unknownAt(variables_shorten(text), span);
        const only = found[0];
        if (found.length === 1 && only.start === 0 && only.end === text.length) {
            const outcome = resolveVariable(only.inner);
            if (typeof outcome === 'string')
                return unknown();
            return results_respan(outcome.value, span, budget) ?? unknown();
        }
        let out = '';
        let from = 0;
        for (const occurrence of found) {
            const outcome = resolveVariable(occurrence.inner);
            const part = typeof outcome === 'string' ? undefined : scalarText(outcome.value);
            if (part === undefined)
                return unknown();
            out += text.slice(from, occurrence.start) + part;
            from = occurrence.end;
            if (out.length > MAX_STRING)
                return unknown();
        }
        return { kind: 'string', value: out + text.slice(from), span };
    };
    /** The sources of one variable, left to right, until one gives a value or is unknown. */
    const resolveVariable = (inner) => {
        const expanded = inner.includes('${') ? resolveString(inner, ZERO) : undefined;
        if (expanded !== undefined && expanded.kind !== 'string')
            return 'unknown';
        for (const source of splitSources(expanded?.value ?? inner)) {
            const outcome = readSource(source);
            if (outcome !== 'missing')
                return outcome;
        }
        return 'unknown';
    };
    const readSource = (source) => {
        const literal = literalOf(source);
        if (literal !== undefined)
            return { value: literal };
        const self = /^self:(.*)$/s.exec(source);
        if (self === null)
            return 'unknown';
        return lookUp(self[1].trim());
    };
    /** `self:a.b.c`: the value at that path of the file, itself resolved; a cycle is unknown. */
    const lookUp = (address) => {
        const cached = memo.get(address);
        if (cached === 'pending' || address === '' || depth >= MAX_NESTING)
            return 'unknown';
        if (cached !== undefined)
            return { value: cached };
        memo.set(address, 'pending');
        depth++;
        try {
            const value = valueAt(address);
            if (value === undefined)
                memo.delete(address);
            else
                memo.set(address, value);
            return value === undefined ? 'missing' : value.kind === 'unknown' ? 'unknown' : { value };
        }
        finally {
            depth--;
        }
    };
    /** The resolved value at a path of the file; undefined when the file does not set it. */
    const valueAt = (address) => {
        let current = root;
        for (const step of address.split('.')) {
            const next = current.kind === 'map'
                ? current.entries.get(step)
                : current.kind === 'list'
                    ? current.items[Number(step)]
                    : undefined;
            if (next === undefined || next.kind === 'null')
                return undefined;
            current = next.kind === 'string' && next.value.includes('${') ? resolve(next) : next;
            if (current.kind === 'unknown')
                return current;
        }
        return resolve(current);
    };
    return { resolve };
}
/** How many `self:` references may lead through one another before the value is unknown. */
const MAX_NESTING = 64;
const ZERO = { line: 1, column: 1, endLine: 1, endColumn: 1 };
/** A quoted string, a number or a boolean written as a fallback. */
function literalOf(source) {
    const quoted = /^(['"])(.*)\1$/s.exec(source);
    if (quoted !== null)
        return { kind: 'string', value: quoted[2], span: ZERO };
    if (/^-?\d+(?:\.\d+)?$/.test(source))
        return { kind: 'number', value: Number(source), span: ZERO };
    if (source === 'true' || source === 'false')
        return { kind: 'bool', value: source === 'true', span: ZERO };
    return undefined;
}
function variables_shorten(text) {
    const flat = text.replace(/\s+/g, ' ');
    return flat.length > expr_text_MAX_EXPR ? `${flat.slice(0, expr_text_MAX_EXPR - 1)}…` : flat;
}

;// CONCATENATED MODULE: ./src/formats/serverless/parse-service.ts







/**
 * Parses each service file of a unit (one file: a service file is its own
 * unit). Never throws: a file that cannot be read gives one error, a
 * section or function that cannot be read its own, and the rest comes
 * through. A service for another cloud than AWS is skipped.
 */
function parseServerlessUnit(unit, files) {
    const resources = [];
    const errors = [];
    const skipped = [];
    for (const file of files) {
        try {
            resources.push(...parseServiceFile(unit, file, errors, skipped));
        }
        catch (error) {
            errors.push({ file: file.path, message: `could not read the service file: ${String(error)}` });
        }
    }
    return skipped.length === 0 ? { resources, errors } : { resources, errors, skipped };
}
function parseServiceFile(unit, file, errors, skipped) {
    const read = read_document_readDocument(file.path, file.text);
    if (!read.ok) {
        errors.push(read.error);
        return [];
    }
    const root = read.value;
    if (root.kind !== 'map') {
        const message = `expected a service (a map with 'service', 'provider' and 'functions'), found ${describe_kind_describeKind(root)}`;
        errors.push({ file: file.path, line: root.span.line, message });
        return [];
    }
    const cloud = providerName(root.entries.get('provider'));
    if (cloud !== undefined && cloud !== 'aws') {
        skipped.push({ file: file.path, reason: `the provider is '${cloud}', not AWS` });
        return [];
    }
    const fuel = fuelFor(file.text);
    const resolver = variableResolver(root, { fuel, exhausted: false });
    const raw = root.entries.get('resources');
    const templates = templatesOf(raw === undefined ? undefined : resolver.resolve(raw));
    const ctx = intrinsicContext(root, templates, fuel);
    const service = {
        root,
        place: { file: file.path, unit },
        read: value => evaluatePresent(resolver.resolve(value), ctx),
        templates,
        fuel,
        errors,
        skipped
    };
    const provider = providerResource(service);
    const functions = functionResources(service, provider);
    return [...(provider === undefined ? [] : [provider]), ...functions, ...cloudFormationResources(service)];
}
/** The `resources` section, variables resolved, as a list of its parts (a map, or a list of them). */
function templatesOf(section) {
    if (section === undefined || section.kind === 'null')
        return [];
    return section.kind === 'list' ? section.items : [section];
}
/**
 * What intrinsics in the provider and functions may refer to: the
 * parameters, mappings, conditions and resources of the `resources` section.
 */
function intrinsicContext(root, templates, fuel) {
    const first = templates.find(part => part.kind === 'map');
    const section = first?.kind === 'map' ? first : { kind: 'map', entries: new Map(), span: root.span };
    return { template: readTemplate(section), budget: { fuel, exhausted: false } };
}
function providerName(provider) {
    if (provider?.kind !== 'map')
        return undefined;
    const name = provider.entries.get('name');
    return name?.kind === 'string' && !name.value.includes('${') ? name.value : undefined;
}

;// CONCATENATED MODULE: ./src/formats/serverless/paths.ts

const SERVICE_FILE = /^(?:.+\.)?serverless\.(?:yml|yaml|json)$/;
/** `serverless.yml`, `serverless.yaml`, `serverless.json`, and `<name>.serverless.yml` (rule fixtures). */
function claimsServerlessPath(path) {
    return SERVICE_FILE.test(baseName(path)) ? 'yes' : 'no';
}
/** A service file is parsed on its own: its unit is its path. */
function serverlessUnitOf(path) {
    return path;
}

;// CONCATENATED MODULE: ./src/formats/serverless/index.ts







/** Serverless Framework service files for AWS (`serverless.yml`, `.yaml`, `.json`), each its own unit. */
const serverlessParser = {
    format: 'serverless',
    claimsPath: claimsServerlessPath,
    unitOf: serverlessUnitOf,
    parse: parseServerlessUnit
};

;// CONCATENATED MODULE: ./src/formats/dockerfile/stage-state.ts
/** What a value stands for when it is expanded into another instruction. */
function bindingOf(value) {
    if (value === undefined || value.kind === 'unknown' || value.kind === 'null')
        return 'unknown';
    if (value.kind === 'string' || value.kind === 'number' || value.kind === 'bool')
        return { value: String(value.value) };
    return 'unknown';
}
/** Variables inside a stage: ENV first (it overrides an ARG of the same name), then the stage's ARGs. */
function stageLookup(state) {
    return name => {
        const env = state.env.get(name);
        if (env !== undefined)
            return bindingOf(env);
        return state.argBindings.get(name);
    };
}

;// CONCATENATED MODULE: ./src/formats/dockerfile/apply-instruction.ts

const LAST = {
    WORKDIR: 'path',
    CMD: 'command',
    ENTRYPOINT: 'command',
    SHELL: 'command',
    HEALTHCHECK: ''
};
/** Updates a stage with one built instruction: its variables, user, ports, labels and last settings. */
function applyInstruction(state, item, globals) {
    const keyword = apply_instruction_text(item.entries.get('instruction'));
    state.items.push(item);
    const pairs = item.entries.get('pairs');
    if (keyword === 'ENV' && pairs?.kind === 'map')
        for (const [name, pair] of pairs.entries)
            setIfValue(state.env, name, pair);
    if (keyword === 'ARG' && pairs?.kind === 'map')
        for (const [name, pair] of pairs.entries)
            declareArg(state, name, pair, globals);
    if (keyword === 'LABEL' && pairs?.kind === 'map')
        for (const [name, pair] of pairs.entries)
            setIfValue(state.labels, name, pair);
    if (keyword === 'USER')
        state.user = item.entries.get('user') ?? state.user;
    if (keyword === 'EXPOSE') {
        const ports = item.entries.get('ports');
        if (ports?.kind === 'list')
            state.expose.push(...ports.items);
    }
    const field = LAST[keyword];
    if (field === '')
        state.last.set(keyword.toLowerCase(), item);
    else if (field !== undefined) {
        const value = item.entries.get(field);
        if (value !== undefined)
            state.last.set(keyword.toLowerCase(), value);
    }
}
function setIfValue(target, name, pair) {
    const value = pair.kind === 'map' ? pair.entries.get('value') : undefined;
    if (value !== undefined)
        target.set(name, value);
}
/**
 * An ARG in a stage: its default when it has one, else the global ARG of
 * that name (which it brings into the stage), else a value given at build time.
 */
function declareArg(state, name, pair, globals) {
    const value = pair.kind === 'map' ? pair.entries.get('value') : undefined;
    if (value !== undefined) {
        state.args.set(name, value);
        state.argBindings.set(name, bindingOf(value));
        return;
    }
    state.args.set(name, { kind: 'null', span: pair.span });
    state.argBindings.set(name, globals.get(name) ?? 'unknown');
}
function apply_instruction_text(value) {
    return value?.kind === 'string' ? value.value : '';
}

;// CONCATENATED MODULE: ./src/formats/dockerfile/exec-form.ts
/**
 * The JSON (exec) form of RUN, CMD, ENTRYPOINT, SHELL, VOLUME, COPY and ADD:
 * a JSON array of strings. Anything else is the shell form, as the builder
 * falls back to it for text that is not such an array.
 */
function execForm(text) {
    const trimmed = text.trim();
    if (!trimmed.startsWith('['))
        return undefined;
    try {
        const parsed = JSON.parse(trimmed);
        if (Array.isArray(parsed) && parsed.every(item => typeof item === 'string'))
            return parsed;
    }
    catch {
        return undefined;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/formats/dockerfile/flags.ts
/** The leading flags of a word list, and the index of the first word after them. */
function leadingFlags(words) {
    const flags = [];
    let i = 0;
    for (; i < words.length; i++) {
        const word = words[i];
        const match = /^--([A-Za-z][A-Za-z0-9-]*)(?:=([\s\S]*))?$/.exec(word.raw);
        if (match === null)
            break;
        const value = match[2];
        flags.push({ name: match[1], ...(value === undefined ? {} : { value: unquote(value) }), word });
    }
    return { flags, rest: i };
}
function unquote(text) {
    return /^(["']).*\1$/s.test(text) ? text.slice(1, -1) : text;
}

;// CONCATENATED MODULE: ./src/formats/dockerfile/make-value.ts
/** Small constructors for the values a stage body is made of. */
function make_value_str(value, span) {
    return { kind: 'string', value, span };
}
function bool(value, span) {
    return { kind: 'bool', value, span };
}
function num(value, span) {
    return { kind: 'number', value, span };
}
function list(items, span) {
    return { kind: 'list', items, span };
}
/** A map of the given entries, leaving out the undefined ones (an attribute that is not set). */
function record(entries, span) {
    const map = new Map();
    for (const [key, value] of entries)
        if (value !== undefined)
            map.set(key, value);
    return { kind: 'map', entries: map, span };
}

;// CONCATENATED MODULE: ./src/formats/dockerfile/words.ts
const SPACE = /\s/;
/**
 * Splits arguments on whitespace outside quotes, as the builder's shell-like
 * lexer does: `'…'` and `"…"` keep their spaces, and the escape character
 * keeps the next character (a space, a quote) inside the word.
 */
function splitWords(text, escape) {
    const words = [];
    let i = 0;
    while (i < text.length) {
        while (i < text.length && SPACE.test(text[i]))
            i++;
        if (i >= text.length)
            break;
        const start = i;
        i = wordEnd(text, i, escape);
        words.push({ raw: text.slice(start, i), start, end: i });
    }
    return words;
}
function wordEnd(text, from, escape) {
    let quote = '';
    let i = from;
    while (i < text.length) {
        const c = text[i];
        if (quote === '' && SPACE.test(c))
            break;
        if (c === escape && quote !== "'")
            i += 2;
        else {
            if (quote === '' && (c === '"' || c === "'"))
                quote = c;
            else if (c === quote)
                quote = '';
            i++;
        }
    }
    return Math.min(i, text.length);
}
/** The index of the first `=` outside quotes, or -1. */
function assignmentAt(raw, escape) {
    let quote = '';
    for (let i = 0; i < raw.length; i++) {
        const c = raw[i];
        if (c === escape && quote !== "'")
            i++;
        else if (quote === '' && (c === '"' || c === "'"))
            quote = c;
        else if (c === quote)
            quote = '';
        else if (c === '=' && quote === '')
            return i;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/formats/dockerfile/build-command.ts




/**
 * RUN, CMD, ENTRYPOINT and SHELL: `form` (`exec` for a JSON array, else
 * `shell`) and `command` (the list of an exec form, or the shell text as
 * written, continuations joined). RUN also has its `flags` (`--mount`,
 * `--network`, `--security`) and `heredocs`.
 */
function buildCommand(ctx) {
    const words = splitWords(ctx.raw.args.text, ctx.escape);
    const { flags, rest } = ctx.raw.keyword === 'RUN' ? leadingFlags(words) : { flags: [], rest: 0 };
    const from = words[rest]?.start ?? ctx.raw.args.text.length;
    if (from >= ctx.raw.args.text.length)
        ctx.problem(`${ctx.raw.keyword} needs a command`);
    return [...commandEntries(ctx, from), ['flags', flagsValue(ctx, flags)], ['heredocs', heredocsValue(ctx)]];
}
/** `form` and `command` of the arguments from `from` on. */
function commandEntries(ctx, from) {
    const text = ctx.raw.args.text.slice(from);
    const trimmed = text.trim();
    const lead = from + text.length - text.trimStart().length;
    const span = ctx.span(lead, lead + trimmed.length);
    const exec = execForm(trimmed);
    if (exec === undefined)
        return [
            ['form', make_value_str('shell', span)],
            ['command', make_value_str(trimmed, span)]
        ];
    return [
        ['form', make_value_str('exec', span)],
        [
            'command',
            list(exec.map(item => make_value_str(item, span)), span)
        ]
    ];
}
/** Flags by name; a flag given more than once (`--mount` twice) becomes a list; a bare flag is true. */
function flagsValue(ctx, flags) {
    if (flags.length === 0)
        return undefined;
    const byName = new Map();
    for (const flag of flags) {
        const span = ctx.wordSpan(flag.word);
        const value = flag.value === undefined ? bool(true, span) : make_value_str(flag.value, span);
        byName.set(flag.name, [...(byName.get(flag.name) ?? []), value]);
    }
    const entries = [...byName].map(([name, values]) => {
        const first = values[0];
        return [name, values.length === 1 ? first : list(values, first.span)];
    });
    return record(entries, ctx.span(flags[0].word.start, flags[flags.length - 1].word.end));
}
/** Each heredoc as `{ delimiter, body }`, pointing at its body. */
function heredocsValue(ctx) {
    if (ctx.raw.heredocs.length === 0)
        return undefined;
    const items = ctx.raw.heredocs.map(heredoc => {
        const span = ctx.fileSpan(heredoc.start, heredoc.end);
        return record([
            ['delimiter', make_value_str(heredoc.delimiter, span)],
            ['body', make_value_str(heredoc.body, span)]
        ], span);
    });
    return list(items, ctx.whole);
}
/** HEALTHCHECK NONE, or HEALTHCHECK [--interval=… …] CMD command. */
function buildHealthcheck(ctx) {
    const words = splitWords(ctx.raw.args.text, ctx.escape);
    const { flags, rest } = leadingFlags(words);
    const word = words[rest];
    const verb = word?.raw.toUpperCase();
    if (word !== undefined && verb === 'NONE')
        return [['none', bool(true, ctx.wordSpan(word))]];
    if (word === undefined || verb !== 'CMD') {
        ctx.problem('expected HEALTHCHECK NONE or HEALTHCHECK [options] CMD command');
        return [];
    }
    return [['flags', flagsValue(ctx, flags)], ...commandEntries(ctx, word.end)];
}

;// CONCATENATED MODULE: ./src/formats/dockerfile/build-copy.ts





/**
 * COPY and ADD: `sources` (expanded; a heredoc source stays `<<EOF`),
 * `destination`, `flags` (`--from`, `--chown`, `--chmod`, `--checksum`,
 * `--link`, …) and `heredocs`.
 */
function buildCopy(ctx) {
    const words = splitWords(ctx.raw.args.text, ctx.escape);
    const { flags, rest } = leadingFlags(words);
    const paths = pathsOf(ctx, words.slice(rest), words[rest]?.start ?? ctx.raw.args.text.length);
    if (paths.length < 2) {
        ctx.problem(`${ctx.raw.keyword} needs at least one source and a destination`);
        return [['flags', flagsValue(ctx, flags)]];
    }
    const sources = paths.slice(0, -1);
    return [
        ['sources', list(sources, sources[0].span)],
        ['destination', paths[paths.length - 1]],
        ['flags', flagsValue(ctx, flags)],
        ['heredocs', heredocsValue(ctx)]
    ];
}
function pathsOf(ctx, words, from) {
    const text = ctx.raw.args.text.slice(from);
    const exec = execForm(text);
    if (exec !== undefined) {
        const span = ctx.span(from, ctx.raw.args.text.length);
        return exec.map(item => ctx.expand(item, span, true).value);
    }
    return words.map(word => word.raw.startsWith('<<')
        ? make_value_str(word.raw, ctx.wordSpan(word))
        : ctx.expand(word.raw, ctx.wordSpan(word)).value);
}

;// CONCATENATED MODULE: ./src/formats/dockerfile/build-pairs.ts


/**
 * ENV, LABEL and ARG as `pairs`: a map from each name to `{ name, value,
 * literal }`, where `literal` says the value was written out rather than
 * built from variables. An ARG without a default has no `value`. A name
 * given twice keeps its last value, as the builder does.
 */
function buildPairs(ctx) {
    const words = splitWords(ctx.raw.args.text, ctx.escape);
    const keyword = ctx.raw.keyword;
    if (words.length === 0) {
        ctx.problem(`${keyword} needs at least one ${keyword === 'ARG' ? 'name' : 'NAME=value pair'}`);
        return record([], ctx.whole);
    }
    if (keyword !== 'ARG' && assignmentAt(words[0].raw, ctx.escape) < 0)
        return legacyPair(ctx, words);
    const pairs = [];
    for (const word of words) {
        const pair = pairOf(ctx, word);
        if (pair !== undefined)
            pairs.push(pair);
    }
    return record(pairs, ctx.whole);
}
function pairOf(ctx, word) {
    const eq = assignmentAt(word.raw, ctx.escape);
    const span = ctx.wordSpan(word);
    if (eq < 0 && ctx.raw.keyword !== 'ARG') {
        ctx.problem(`expected NAME=value pairs after ${ctx.raw.keyword}, found a word without '='`);
        return undefined;
    }
    const name = build_pairs_nameOf(ctx, eq < 0 ? word.raw : word.raw.slice(0, eq));
    if (name === '') {
        ctx.problem(`expected a name before '=' in ${ctx.raw.keyword}`);
        return undefined;
    }
    if (eq < 0)
        return [name, record([['name', make_value_str(name, span)]], span)];
    const valueSpan = ctx.span(word.start + eq + 1, word.end);
    const { value, referred } = ctx.expand(word.raw.slice(eq + 1), eq + 1 < word.raw.length ? valueSpan : span);
    return [name, pairValue(name, value, !referred, span)];
}
/** `ENV NAME value with spaces`: the older form, one pair, the rest of the line as the value. */
function legacyPair(ctx, words) {
    const first = words[0];
    const second = words[1];
    const name = build_pairs_nameOf(ctx, first.raw);
    if (second === undefined) {
        ctx.problem(`${ctx.raw.keyword} ${name} needs a value (expected ${ctx.raw.keyword} NAME=value)`);
        return record([], ctx.whole);
    }
    const end = words[words.length - 1].end;
    const span = ctx.span(first.start, end);
    const rest = ctx.raw.args.text.slice(second.start, end);
    const { value, referred } = ctx.expand(rest, ctx.span(second.start, end));
    return record([[name, pairValue(name, value, !referred, span)]], ctx.whole);
}
function pairValue(name, value, literal, span) {
    return record([
        ['name', make_value_str(name, span)],
        ['value', value],
        ['literal', bool(literal, span)]
    ], span);
}
/** Names are expanded too (`ENV ${PREFIX}_HOME=…`); one that cannot be settled stays as written. */
function build_pairs_nameOf(ctx, raw) {
    const expanded = ctx.expand(raw, ctx.whole).value;
    return expanded.kind === 'string' ? expanded.value : raw;
}

;// CONCATENATED MODULE: ./src/formats/dockerfile/build-instruction.ts






/** Every instruction the builder knows; FROM starts a stage and is read apart. */
const INSTRUCTIONS = [
    'ADD',
    'ARG',
    'CMD',
    'COPY',
    'ENTRYPOINT',
    'ENV',
    'EXPOSE',
    'FROM',
    'HEALTHCHECK',
    'LABEL',
    'MAINTAINER',
    'ONBUILD',
    'RUN',
    'SHELL',
    'STOPSIGNAL',
    'USER',
    'VOLUME',
    'WORKDIR'
];
const BUILDERS = {
    RUN: buildCommand,
    CMD: buildCommand,
    ENTRYPOINT: buildCommand,
    SHELL: buildCommand,
    HEALTHCHECK: buildHealthcheck,
    ADD: buildCopy,
    COPY: buildCopy,
    ENV: ctx => [['pairs', buildPairs(ctx)]],
    ARG: ctx => [['pairs', buildPairs(ctx)]],
    LABEL: ctx => [['pairs', buildPairs(ctx)]],
    USER: ctx => [['user', oneWord(ctx)]],
    WORKDIR: ctx => [['path', oneWord(ctx)]],
    STOPSIGNAL: ctx => [['signal', oneWord(ctx)]],
    EXPOSE: ctx => [['ports', words(ctx)]],
    VOLUME: ctx => [['paths', execOrWords(ctx)]],
    MAINTAINER: ctx => [['name', build_instruction_text(ctx)]],
    ONBUILD: onbuild
};
/**
 * The value of an instruction inside a stage: `{ instruction, … }` with the
 * fields of its kind (see docs/formats/dockerfile.md), pointing at the
 * instruction (heredocs included).
 */
function buildInstruction(ctx) {
    const build = BUILDERS[ctx.raw.keyword];
    const entries = build === undefined ? [] : build(ctx);
    return record([['instruction', make_value_str(ctx.raw.keyword, ctx.whole)], ...entries], ctx.whole);
}
/** The whole argument text as one word (USER, WORKDIR, STOPSIGNAL), expanded. */
function oneWord(ctx) {
    const raw = ctx.raw.args.text.trim();
    if (raw === '') {
        ctx.problem(`${ctx.raw.keyword} needs a value`);
        return undefined;
    }
    const lead = ctx.raw.args.text.indexOf(raw);
    return ctx.expand(raw, ctx.span(lead, lead + raw.length)).value;
}
function words(ctx) {
    const found = splitWords(ctx.raw.args.text, ctx.escape);
    if (found.length === 0)
        ctx.problem(`${ctx.raw.keyword} needs at least one value`);
    return list(found.map(word => ctx.expand(word.raw, ctx.wordSpan(word)).value), ctx.whole);
}
function execOrWords(ctx) {
    const exec = execForm(ctx.raw.args.text);
    if (exec === undefined)
        return words(ctx);
    return list(exec.map(item => ctx.expand(item, ctx.whole, true).value), ctx.whole);
}
function build_instruction_text(ctx) {
    return make_value_str(ctx.raw.args.text.trim(), ctx.whole);
}
/** ONBUILD: the trigger instruction's keyword and its arguments as written; it runs in child builds only. */
function onbuild(ctx) {
    const match = /^\s*(\S+)/.exec(ctx.raw.args.text);
    if (match === null) {
        ctx.problem('ONBUILD needs an instruction');
        return [];
    }
    return [
        ['trigger', make_value_str(match[1].toUpperCase(), ctx.whole)],
        ['arguments', make_value_str(ctx.raw.args.text.slice(match[0].length).trim(), ctx.whole)]
    ];
}

;// CONCATENATED MODULE: ./src/formats/dockerfile/expand-word.ts
/** Holes are private-use characters around the hole's index, so they survive splitting the text. */
const OPEN = '\ue000';
const CLOSE = '\ue001';
const HOLE = /\ue000(\d+)\ue001/g;
/** Longest expansion kept; beyond it the word is unsettled (ENV A=$A$A… doubles at each line). */
const MAX_EXPANSION = 65_536;
/**
 * Expands one word as the builder does for ARG, ENV, USER, WORKDIR, COPY and
 * the like: quotes are removed (nothing inside single quotes is expanded),
 * the escape character keeps the next character, and `$name`, `${name}`,
 * `${name:-word}`, `${name-word}`, `${name:+word}` and `${name+word}` are
 * replaced. Other modifiers, and variables that cannot be settled, become holes.
 * A `plain` word (an item of a JSON array, already unquoted) only has its
 * variables expanded.
 */
function expandWord(raw, lookup, escape, plain = false) {
    const state = { text: '', holes: [], referred: false };
    let quote = '';
    for (let i = 0; i < raw.length; i++) {
        const c = raw[i];
        if (plain) {
            if (c === '$')
                i = variable(raw, i, lookup, escape, state);
            else
                state.text += c;
        }
        else if (quote === "'") {
            if (c === "'")
                quote = '';
            else
                state.text += c;
        }
        else if (c === escape) {
            const next = raw[i + 1];
            if (next === undefined)
                state.text += c;
            else if (quote === '"' && next !== '"' && next !== '$' && next !== escape)
                state.text += c + next;
            else
                state.text += next;
            i++;
        }
        else if ((c === '"' || c === "'") && quote === '')
            quote = c;
        else if (c === '"' && quote === '"')
            quote = '';
        else if (c === '$')
            i = variable(raw, i, lookup, escape, state);
        else
            state.text += c;
    }
    if (state.text.length > MAX_EXPANSION)
        return { text: hole(state, raw), holes: state.holes, referred: true };
    return state;
}
/** Reads a variable reference at `at` (a `$`); returns the index of its last character. */
function variable(raw, at, lookup, escape, state) {
    if (raw[at + 1] === '{') {
        const close = expand_word_closingBrace(raw, at + 2);
        if (close < 0) {
            state.text += '$';
            return at;
        }
        state.referred = true;
        expand_word_braced(raw.slice(at + 2, close), raw.slice(at, close + 1), lookup, escape, state);
        return close;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(raw.slice(at + 1))?.[0];
    if (name === undefined) {
        state.text += '$';
        return at;
    }
    state.referred = true;
    const binding = lookup(name);
    state.text += typeof binding === 'object' ? binding.value : hole(state, `$${name}`);
    return at + name.length;
}
function expand_word_braced(inner, source, lookup, escape, state) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([\s\S]*))?$/.exec(inner);
    if (match === null) {
        state.text += hole(state, source);
        return;
    }
    const [, name = '', modifier, word = ''] = match;
    const binding = lookup(name);
    if (binding === 'unknown' || (binding === undefined && modifier === undefined)) {
        state.text += hole(state, source);
        return;
    }
    const value = binding?.value;
    if (modifier === undefined) {
        state.text += value ?? '';
        return;
    }
    const set = modifier.startsWith(':') ? value !== undefined && value !== '' : value !== undefined;
    const useWord = modifier.endsWith('-') ? !set : set;
    if (useWord)
        state.text += shiftHoles(expandWord(word, lookup, escape), state);
    else if (modifier.endsWith('-'))
        state.text += value ?? '';
}
/** Appends a nested expansion's holes to `state`, renumbering its markers. */
function shiftHoles(inner, state) {
    const offset = state.holes.length;
    state.holes.push(...inner.holes);
    return inner.text.replace(HOLE, (_, n) => `${OPEN}${Number(n) + offset}${CLOSE}`);
}
function hole(state, source) {
    state.holes.push(source);
    return `${OPEN}${state.holes.length - 1}${CLOSE}`;
}
function expand_word_closingBrace(raw, from) {
    let depth = 1;
    for (let i = from; i < raw.length; i++) {
        if (raw[i] === '{')
            depth++;
        else if (raw[i] === '}' && --depth === 0)
            return i;
    }
    return -1;
}
/** Whether a text (or part of one) still has holes. */
function hasHoles(text) {
    return text.includes(OPEN);
}
/** The text with each hole put back as written, for an unknown value's expression. */
function fillHoles(text, holes) {
    return text.replace(HOLE, (_, n) => holes[Number(n)] ?? '');
}

;// CONCATENATED MODULE: ./src/formats/dockerfile/image-reference.ts
/**
 * Splits an image reference. The first path segment is a registry when it
 * has a `.` or a `:` or is `localhost`, as the reference grammar says; the
 * tag follows the last `:` after the last `/`; the digest follows `@`.
 */
function parseImageReference(ref) {
    const at = ref.indexOf('@');
    const digest = at < 0 ? undefined : ref.slice(at + 1);
    const named = at < 0 ? ref : ref.slice(0, at);
    const slash = named.lastIndexOf('/');
    const colon = named.lastIndexOf(':');
    const tag = colon > slash ? named.slice(colon + 1) : undefined;
    const image = colon > slash ? named.slice(0, colon) : named;
    const first = image.indexOf('/');
    const head = first < 0 ? '' : image.slice(0, first);
    const hasRegistry = first >= 0 && (head.includes('.') || head.includes(':') || head === 'localhost');
    const repository = hasRegistry ? image.slice(first + 1) : image;
    return {
        image,
        ...(hasRegistry ? { registry: head } : {}),
        repository,
        name: repository.slice(repository.lastIndexOf('/') + 1),
        ...(tag === undefined ? {} : { tag }),
        ...(digest === undefined ? {} : { digest })
    };
}

;// CONCATENATED MODULE: ./src/formats/dockerfile/build-from.ts






/** `FROM [--platform=…] image [AS name]`. */
function readFrom(ctx) {
    const words = splitWords(ctx.raw.args.text, ctx.escape);
    const { flags, rest } = leadingFlags(words);
    const ref = words[rest];
    if (ref === undefined) {
        ctx.problem('FROM needs an image (expected FROM [--platform=…] image [AS name])');
        return undefined;
    }
    const tail = words.slice(rest + 1);
    const named = tail.length === 2 && tail[0]?.raw.toLowerCase() === 'as';
    if (tail.length > 0 && !named)
        ctx.problem(`expected FROM [--platform=…] image [AS name], found ${tail.length} more word(s) after the image`);
    const expanded = expandWord(ref.raw, ctx.lookup, ctx.escape);
    const platform = flags.find(flag => flag.name === 'platform');
    const span = ctx.wordSpan(ref);
    return {
        text: expanded.text,
        holes: expanded.holes,
        span,
        ...(named ? { name: (tail[1]?.raw).toLowerCase() } : {}),
        ...(platform?.value === undefined ? {} : { platform: make_value_str(platform.value, ctx.wordSpan(platform.word)) })
    };
}
/**
 * The stage's `from`: `ref` (as expanded), `platform`, and either `stage`
 * (the earlier stage it builds on), `scratch: true`, or the image's parts
 * (`image`, `registry`, `repository`, `name`, `tag`, `digest`). A part that
 * depends on a variable that cannot be settled is unknown; so are the tag
 * and digest when the image name itself is unknown (the variable may hold them).
 */
function fromValue(line, stage, whole) {
    const { span } = line;
    const part = (text) => hasHoles(text) ? { kind: 'unknown', expr: fillHoles(text, line.holes), span } : make_value_str(text, span);
    const entries = [
        ['ref', part(line.text)],
        ['platform', line.platform]
    ];
    if (stage !== undefined)
        return record([...entries, ['stage', make_value_str(stage, span)]], whole);
    if (line.text.toLowerCase() === 'scratch') {
        return record([
            ...entries,
            ['image', make_value_str('scratch', span)],
            ['name', make_value_str('scratch', span)],
            ['scratch', bool(true, span)]
        ], whole);
    }
    const ref = parseImageReference(line.text);
    const open = hasHoles(ref.image);
    const unsettled = (text) => text !== undefined
        ? part(text)
        : open
            ? { kind: 'unknown', expr: fillHoles(line.text, line.holes), span }
            : undefined;
    return record([
        ...entries,
        ['image', part(ref.image)],
        ['registry', ref.registry === undefined ? undefined : part(ref.registry)],
        ['repository', part(ref.repository)],
        ['name', part(ref.name)],
        ['tag', unsettled(ref.tag)],
        ['digest', unsettled(ref.digest)]
    ], whole);
}

;// CONCATENATED MODULE: ./src/formats/dockerfile/directives.ts
const DIRECTIVE = /^#\s*([A-Za-z][A-Za-z0-9]*)\s*=\s*(.*?)\s*$/;
const KNOWN = new Set(['syntax', 'escape', 'check']);
/**
 * Reads the parser directives: `# name=value` lines at the very top. The
 * first line that is not one (a comment, a blank line, an instruction, or a
 * directive of an unknown name, which is a comment) ends them; after that a
 * directive is only a comment. Names are case-insensitive; each may appear
 * once.
 */
function readDirectives(lines) {
    const found = { escape: '\\', lines: 0, problems: [] };
    const seen = new Set();
    for (const line of lines) {
        const match = DIRECTIVE.exec(line.text);
        const name = match?.[1]?.toLowerCase();
        if (match === null || name === undefined || !KNOWN.has(name))
            break;
        found.lines++;
        const at = line.index + 1;
        if (seen.has(name)) {
            found.problems.push({ line: at, message: `the parser directive '${name}' is given twice` });
            continue;
        }
        seen.add(name);
        apply(found, name, match[2] ?? '', at);
    }
    return found;
}
function apply(found, name, value, line) {
    if (name === 'syntax')
        found.syntax = value;
    if (name !== 'escape')
        return;
    if (value === '\\' || value === '`')
        found.escape = value;
    else
        found.problems.push({
            line,
            message: `expected the escape directive to be '\\' or '\`', found '${value.slice(0, 20)}'`
        });
}

;// CONCATENATED MODULE: ./src/formats/dockerfile/instruction-context.ts


/** What building one instruction's value needs: where things are, and the variables in scope. */
class InstructionContext {
    raw;
    lines;
    escape;
    lookup;
    problems = [];
    constructor(raw, lines, escape, lookup) {
        this.raw = raw;
        this.lines = lines;
        this.escape = escape;
        this.lookup = lookup;
    }
    /** The span of the whole instruction, heredocs included. */
    get whole() {
        return this.lines.span(this.raw.start, this.raw.end);
    }
    /** The span of the arguments' range `[from, to)`. */
    span(from, to) {
        if (to <= from)
            return this.whole;
        const [start, end] = this.raw.args.range(from, to);
        return this.lines.span(start, end);
    }
    /** The span of a file range `[start, end)` (a heredoc body). */
    fileSpan(start, end) {
        return end <= start ? this.whole : this.lines.span(start, end);
    }
    wordSpan(word) {
        return this.span(word.start, word.end);
    }
    /**
     * A word (or part of one) expanded as the builder would: a string, or an
     * unknown value showing the text as written when a variable cannot be settled.
     */
    expand(raw, span, plain = false) {
        const expanded = expandWord(raw, this.lookup, this.escape, plain);
        if (expanded.holes.length === 0)
            return { value: make_value_str(expanded.text, span), referred: expanded.referred };
        const expr = instruction_context_shorten(fillHoles(expanded.text, expanded.holes));
        return { value: { kind: 'unknown', expr, span }, referred: true };
    }
    problem(message) {
        this.problems.push(message);
    }
}
function instruction_context_shorten(text) {
    return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

;// CONCATENATED MODULE: ./src/formats/dockerfile/physical-lines.ts
/** The file's lines; a leading byte-order mark is not part of the first. */
function physicalLines(text) {
    const lines = [];
    let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let index = 0;
    while (start <= text.length) {
        const newline = text.indexOf('\n', start);
        const end = newline < 0 ? text.length : newline;
        const body = text.slice(start, end);
        lines.push({ text: body.endsWith('\r') ? body.slice(0, -1) : body, start, index });
        if (newline < 0)
            break;
        start = newline + 1;
        index++;
    }
    if (lines.length > 1 && lines[lines.length - 1]?.text === '' && text.endsWith('\n'))
        lines.pop();
    return lines;
}

;// CONCATENATED MODULE: ./src/formats/dockerfile/heredocs.ts
/** Instructions that take heredocs. */
const HEREDOC_INSTRUCTIONS = new Set(['RUN', 'COPY', 'ADD']);
const heredocs_MARK = /^\d*<<(-?)(["']?)([^<"'\s]+)\2$/;
/**
 * The heredocs a word list opens: a word that *starts* with `<<` (after an
 * optional file descriptor) and names a delimiter, as the builder reads
 * them; `cat<<EOF` or a `<<<` here-string is not one.
 */
function heredocMarks(words) {
    const marks = [];
    words.forEach((word, i) => {
        const match = heredocs_MARK.exec(word.raw);
        if (match === null)
            return;
        marks.push({ delimiter: match[3], stripTabs: match[1] === '-', word: i });
    });
    return marks;
}
/** Reads the bodies of `marks` one after the other, from line `first` on. */
function readHeredocs(marks, lines, first) {
    const heredocs = [];
    let next = first;
    for (const mark of marks) {
        const heredoc = readBody(mark, lines, next);
        heredocs.push(heredoc);
        next = heredoc.lastLine + 1;
    }
    return heredocs;
}
function readBody(mark, lines, first) {
    const body = [];
    let start = -1;
    let end = -1;
    for (let i = first; i < lines.length; i++) {
        const line = lines[i];
        const text = mark.stripTabs ? line.text.replace(/^\t+/, '') : line.text;
        if (text === mark.delimiter) {
            const after = line.start + line.text.length;
            return {
                ...mark,
                body: body.join('\n'),
                ...range(start, end, line.start),
                after,
                lastLine: i,
                closed: true
            };
        }
        body.push(text);
        if (start < 0)
            start = line.start;
        end = line.start + line.text.length;
    }
    const last = lines[lines.length - 1];
    const eof = last.start + last.text.length;
    return {
        ...mark,
        body: body.join('\n'),
        ...range(start, end, eof),
        after: eof,
        lastLine: lines.length - 1,
        closed: false
    };
}
function range(start, end, fallback) {
    return start < 0 ? { start: fallback, end: fallback } : { start, end };
}

;// CONCATENATED MODULE: ./src/formats/dockerfile/stitched-text.ts
/**
 * Text pieced together from parts of the file (an instruction continued over
 * several lines) that still knows where each character came from, so that a
 * word found in the joined text gets the span of its original place.
 */
class StitchedText {
    text = '';
    starts = [];
    origins = [];
    /** Appends `piece`, whose first character is at `origin` in the file. */
    append(piece, origin) {
        if (piece === '')
            return;
        this.starts.push(this.text.length);
        this.origins.push(origin);
        this.text += piece;
    }
    /** The file offset of the character at `index`; past the end, one after the last character. */
    origin(index) {
        if (this.starts.length === 0)
            return 0;
        if (index >= this.text.length)
            return this.origin(this.text.length - 1) + 1;
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= index)
                lo = mid;
            else
                hi = mid - 1;
        }
        return this.origins[lo] + index - this.starts[lo];
    }
    /** The file range `[start, end)` of the joined range `[from, to)` (to > from). */
    range(from, to) {
        return [this.origin(from), this.origin(Math.max(from, to - 1)) + 1];
    }
    /** The part from `from` on, still mapped to the file. */
    slice(from, to = this.text.length) {
        const out = new StitchedText();
        for (let i = from; i < to;) {
            const origin = this.origin(i);
            let j = i + 1;
            while (j < to && this.origin(j) === origin + (j - i))
                j++;
            out.append(this.text.slice(i, j), origin);
            i = j;
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/formats/dockerfile/read-instructions.ts



/**
 * Groups the lines after the parser directives into instructions. A line
 * ending in the escape character (trailing spaces allowed) goes on with the
 * next line; comment lines and blank lines inside a continued instruction
 * are dropped, as the builder drops them. RUN, COPY and ADD may open
 * heredocs, whose bodies follow the instruction's line.
 */
function readInstructions(lines, first, escape) {
    const instructions = [];
    const problems = [];
    let i = first;
    while (i < lines.length) {
        if (isBlankOrComment(lines[i].text)) {
            i++;
            continue;
        }
        const { text, last } = joinContinued(lines, i, escape);
        const read = instructionOf(text, lines, last, escape);
        for (const heredoc of read.heredocs.filter(h => !h.closed)) {
            problems.push({
                line: lines[i].index + 1,
                message: `the heredoc <<${heredoc.delimiter} is never closed: expected a line '${heredoc.delimiter}' before the end of the file`
            });
        }
        if (read.instruction !== undefined)
            instructions.push(read.instruction);
        i = read.next;
    }
    return { instructions, problems };
}
function isBlankOrComment(text) {
    const trimmed = text.trimStart();
    return trimmed === '' || trimmed.startsWith('#');
}
/** The instruction starting at line `first`, its continuation lines joined; `last` is its last line. */
function joinContinued(lines, first, escape) {
    const text = new StitchedText();
    let i = first;
    let last = first;
    for (;;) {
        const line = lines[i];
        const cut = continuationAt(line.text, escape);
        last = i;
        if (cut < 0) {
            text.append(line.text, line.start);
            return { text, last };
        }
        text.append(line.text.slice(0, cut), line.start);
        i++;
        while (i < lines.length && isBlankOrComment(lines[i].text))
            i++;
        if (i >= lines.length)
            return { text, last };
    }
}
/** Where a line's continuation (the escape character and trailing spaces) starts, or -1. */
function continuationAt(text, escape) {
    const trimmed = text.replace(/[ \t]+$/, '');
    return trimmed.endsWith(escape) ? trimmed.length - 1 : -1;
}
function instructionOf(text, lines, last, escape) {
    const match = /^\s*(\S+)\s*/.exec(text.text);
    const lastLine = lines[last];
    if (match === null)
        return { heredocs: [], next: last + 1 };
    const keyword = match[1].toUpperCase();
    const args = text.slice(match[0].length);
    const marks = HEREDOC_INSTRUCTIONS.has(keyword) ? heredocMarks(splitWords(args.text, escape)) : [];
    const heredocs = readHeredocs(marks, lines, last + 1);
    const end = heredocs.length > 0
        ? heredocs[heredocs.length - 1].after
        : lastLine.start + lastLine.text.length;
    const next = heredocs.length > 0 ? heredocs[heredocs.length - 1].lastLine + 1 : last + 1;
    const start = text.origin(match[0].length - match[0].trimStart().length);
    return { instruction: { keyword, args, start, end, heredocs }, heredocs, next };
}

;// CONCATENATED MODULE: ./src/formats/dockerfile/stage-resource.ts

/**
 * A stage as a resource: type `stage`, address `stage.<name>` (or
 * `stage.<index>` when it has no name), spanning its FROM to its last
 * instruction. The body layout is documented in docs/formats/dockerfile.md.
 */
function stageResource(file, stage, final, index) {
    const span = index.span(stage.start, stage.end);
    const address = `stage.${stage.name ?? stage.index}`;
    const body = record([
        ['index', num(stage.index, stage.from.span)],
        ['name', stage.name === undefined ? undefined : make_value_str(stage.name, stage.from.span)],
        ['final', bool(final, stage.from.span)],
        ['from', stage.from],
        ['user', stage.user],
        ['instructions', list(stage.items, span)],
        ['env', record(stage.env, span)],
        ['args', record(stage.args, span)],
        ['expose', list(stage.expose, span)],
        ['labels', record(stage.labels, span)],
        ...[...stage.last].map(([key, value]) => [key, value])
    ], span);
    return { file, format: 'dockerfile', type: 'stage', address, key: `${file}//${address}`, span, body };
}
/**
 * The ARGs before the first FROM, as one resource (type and address
 * `global-args`): `instructions` (the ARG instructions) and `args` (each
 * name with its default, or null).
 */
function globalArgsResource(file, built, raws, index) {
    const first = raws[0];
    const last = raws[raws.length - 1];
    const span = index.span(first.start, last.end);
    const args = new Map();
    for (const item of built) {
        const pairs = item.entries.get('pairs');
        if (pairs?.kind !== 'map')
            continue;
        for (const [name, pair] of pairs.entries) {
            const value = pair.kind === 'map' ? pair.entries.get('value') : undefined;
            args.set(name, value ?? { kind: 'null', span: pair.span });
        }
    }
    const body = record([
        ['instructions', list([...built], span)],
        ['args', record(args, span)]
    ], span);
    const address = 'global-args';
    return { file, format: 'dockerfile', type: 'global-args', address, key: `${file}//${address}`, span, body };
}

;// CONCATENATED MODULE: ./src/formats/dockerfile/parse-dockerfile.ts











const parse_dockerfile_KNOWN = new Set(INSTRUCTIONS);
/**
 * Parses one Dockerfile into one `stage` resource per FROM (and a
 * `global-args` resource for ARGs before the first FROM). Never throws: each
 * problem is an error with its line, and the rest of the file still comes
 * through (an unknown instruction is skipped, not fatal).
 */
function parseDockerfile(file, text) {
    const bad = textProblem(text);
    if (bad !== undefined)
        return { resources: [], errors: [{ file, ...bad }] };
    const lines = physicalLines(text);
    const index = line_index_lineIndex(text);
    const directives = readDirectives(lines);
    const read = readInstructions(lines, directives.lines, directives.escape);
    const errors = [...directives.problems, ...read.problems].map(p => ({ file, ...p }));
    const globals = { bindings: new Map(), items: [], built: [] };
    const stages = [];
    for (const raw of read.instructions) {
        const line = index.line(raw.start);
        const fail = (message) => void errors.push({ file, line, message });
        if (!parse_dockerfile_KNOWN.has(raw.keyword)) {
            fail(`unknown instruction${shown(raw.keyword)} (expected one of ${INSTRUCTIONS.join(', ')})`);
            continue;
        }
        const current = stages[stages.length - 1];
        if (raw.keyword === 'FROM')
            startStage(raw, index, directives.escape, globals, stages, fail);
        else if (current !== undefined)
            addToStage(current, raw, index, directives.escape, globals, fail);
        else if (raw.keyword === 'ARG')
            addGlobal(raw, index, directives.escape, globals, fail);
        else
            fail(`expected FROM before ${raw.keyword} (only ARG may come before the first FROM)`);
    }
    if (stages.length === 0 && errors.length === 0)
        errors.push({ file, line: 1, message: 'no FROM instruction: a Dockerfile builds from at least one FROM' });
    else if (stages.length === 0)
        errors.push({ file, line: 1, message: 'no FROM instruction was read, so the file has no stages' });
    const resources = stages.map(stage => stageResource(file, stage, stage === stages[stages.length - 1], index));
    if (globals.built.length > 0)
        resources.unshift(globalArgsResource(file, globals.built, globals.items, index));
    return { resources, errors: errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}
/** The unknown word, when it looks like a misspelt keyword; anything else may be a stray secret. */
function shown(keyword) {
    return /^[A-Z]{1,20}$/.test(keyword) ? ` '${keyword}'` : '';
}
function startStage(raw, index, escape, globals, stages, fail) {
    const ctx = new InstructionContext(raw, index, escape, name => globals.bindings.get(name));
    const line = readFrom(ctx);
    ctx.problems.forEach(fail);
    if (line === undefined)
        return;
    const parent = line.holes.length === 0 ? stages.find(s => s.name === line.text.toLowerCase()) : undefined;
    let name = line.name;
    if (name !== undefined && !/^[a-z][a-z0-9._-]*$/.test(name)) {
        fail(`invalid stage name '${name.slice(0, 40)}' (expected a letter, then letters, digits, '.', '_' or '-')`);
        name = undefined;
    }
    else if (name !== undefined && stages.some(s => s.name === name)) {
        fail(`the stage name '${name}' is used twice; this stage is known by its index, ${stages.length}`);
        name = undefined;
    }
    stages.push({
        index: stages.length,
        ...(name === undefined ? {} : { name }),
        ...(parent === undefined ? {} : { parent }),
        from: fromValue(line, parent?.name, ctx.whole),
        start: raw.start,
        end: raw.end,
        items: [],
        env: new Map(parent?.env ?? []),
        args: new Map(),
        argBindings: new Map(),
        ...(parent?.user === undefined ? {} : { user: parent.user }),
        expose: [],
        labels: new Map(),
        last: new Map()
    });
}
function addToStage(stage, raw, index, escape, globals, fail) {
    const ctx = new InstructionContext(raw, index, escape, stageLookup(stage));
    const item = buildInstruction(ctx);
    ctx.problems.forEach(fail);
    applyInstruction(stage, item, globals.bindings);
    stage.end = raw.end;
}
function addGlobal(raw, index, escape, globals, fail) {
    const ctx = new InstructionContext(raw, index, escape, name => globals.bindings.get(name));
    const item = buildInstruction(ctx);
    ctx.problems.forEach(fail);
    const pairs = item.entries.get('pairs');
    if (pairs?.kind === 'map') {
        for (const [name, pair] of pairs.entries) {
            const value = pair.kind === 'map' ? pair.entries.get('value') : undefined;
            globals.bindings.set(name, bindingOf(value));
        }
    }
    globals.items.push(raw);
    globals.built.push(item);
}

;// CONCATENATED MODULE: ./src/formats/dockerfile/paths.ts

/**
 * Dockerfiles by name: `Dockerfile`, `Dockerfile.<anything>` (`Dockerfile.dev`),
 * `<anything>.Dockerfile` or `.dockerfile`, and `Containerfile` (with the same
 * variants). The names are matched case-insensitively, as build tools accept
 * `dockerfile` too; nothing else is a Dockerfile, whatever its content.
 */
function claimsDockerfilePath(path) {
    const base = baseName(path).toLowerCase();
    return /^(?:(?:docker|container)file(?:\..+)?|.+\.(?:docker|container)file)$/.test(base) ? 'yes' : 'no';
}
/** A Dockerfile is its own unit: the file's path. */
function dockerfileUnitOf(path) {
    return path;
}

;// CONCATENATED MODULE: ./src/formats/dockerfile/index.ts




/** Dockerfiles (and Containerfiles): one `stage` resource per FROM, each file on its own. */
const dockerfileParser = {
    format: 'dockerfile',
    claimsPath: claimsDockerfilePath,
    unitOf: dockerfileUnitOf,
    parse: (_unit, files) => {
        const out = { resources: [], errors: [] };
        for (const file of files) {
            try {
                const parsed = parseDockerfile(file.path, file.text);
                out.resources.push(...parsed.resources);
                out.errors.push(...parsed.errors);
            }
            catch (error) {
                // A bug here must not stop the scan: the file is reported and the others still parse.
                out.errors.push({ file: file.path, message: `could not read the Dockerfile: ${String(error)}` });
            }
        }
        return out;
    }
};

;// CONCATENATED MODULE: ./src/formats/appconfig/paths.ts

const DOTENV = /^\.env(?:\..+)?$|^.+\.env$/;
const PROPERTIES = /^.+\.properties$/;
const APPSETTINGS = /^appsettings(?:\.[^.]+)*\.json$/;
const YAML_OR_JSON = /\.(?:ya?ml|json)$/;
/** YAML/JSON names that suggest settings; still decided by content (see claims-content.ts). */
const SETTINGS_NAMES = [
    /^(?:application|bootstrap)(?:[-.].+)?\.ya?ml$/,
    /^(?:config|configuration|settings|secrets|credentials|parameters)(?:[-._].+)?\.(?:ya?ml|json)$/,
    /^.+[-.](?:config|settings|secrets|credentials)\.(?:ya?ml|json)$/,
    /^values(?:[-.].+)?\.ya?ml$/
];
/** Directories whose YAML/JSON files are settings unless their content says otherwise. */
const SETTINGS_DIRS = new Set(['config', 'configs', 'conf', 'configuration', 'settings']);
/** Names that have their own meaning (and often their own parser): never settings. */
const NOT_SETTINGS = [
    /^(?:package|package-lock|npm-shrinkwrap|composer|bower|lerna|nx|turbo|renovate|vercel|netlify|firebase|cdk|angular|deno|app)\.json$/,
    /^(?:ts|js)config(?:\..+)?\.json$/,
    /^\.[^.]+rc(?:\..+)?$/,
    /\.lock$|^pnpm-lock\.ya?ml$|^yarn\.lock$/,
    /^(?:docker-)?compose(?:[-.].+)?\.ya?ml$|^.+\.compose\.ya?ml$/,
    /^serverless(?:[-.].+)?\.ya?ml$|^.+\.serverless\.ya?ml$/,
    /^(?:template|.+\.template)\.(?:ya?ml|json)$|^.+\.k8s\.ya?ml$/,
    /^(?:chart|kustomization|\.gitlab-ci|\.travis|azure-pipelines|buildspec|appspec|cloudbuild|mkdocs|\.pre-commit-config|codecov|dependabot|action|pubspec|environment)\.ya?ml$/
];
/** Directories whose files are never application settings (CI, editors, dependencies, chart templates). */
const NOT_SETTINGS_DIRS = new Set([
    '.github',
    '.gitlab',
    '.circleci',
    '.vscode',
    '.idea',
    '.devcontainer',
    'node_modules',
    'templates'
]);
/**
 * `yes` for dotenv files (`.env`, `.env.<profile>`, `<name>.env`),
 * `.properties` files and `appsettings*.json`; `maybe` for YAML and JSON
 * files whose name or directory suggests settings (see
 * docs/formats/appconfig.md), which are then decided by content; `no` for
 * everything else, and always for names that mean something else
 * (`package.json`, `tsconfig.json`, lock files, compose files, CI files,
 * templates) and for files under CI, editor, dependency and template directories.
 */
function claimsAppConfigPath(path) {
    const normal = path.replace(/\\/g, '/');
    const base = baseName(normal).toLowerCase();
    const dirs = normal.toLowerCase().split('/').slice(0, -1);
    if (dirs.some(dir => NOT_SETTINGS_DIRS.has(dir)))
        return 'no';
    if (NOT_SETTINGS.some(pattern => pattern.test(base)))
        return 'no';
    if (DOTENV.test(base) || PROPERTIES.test(base) || APPSETTINGS.test(base))
        return 'yes';
    if (!YAML_OR_JSON.test(base))
        return 'no';
    if (namedLikeSettings(base))
        return 'maybe';
    return dirs.some(dir => SETTINGS_DIRS.has(dir)) ? 'maybe' : 'no';
}
/** The file's name itself says settings (`settings.json`, `application-prod.yml`), not just its folder. */
function namedLikeSettings(path) {
    const base = baseName(path.replace(/\\/g, '/')).toLowerCase();
    return SETTINGS_NAMES.some(pattern => pattern.test(base));
}
/** How a file claimed as settings is written, by its name. */
function fileKindOf(path) {
    const base = baseName(path.replace(/\\/g, '/')).toLowerCase();
    if (DOTENV.test(base))
        return 'dotenv';
    if (PROPERTIES.test(base))
        return 'properties';
    if (/\.ya?ml$/.test(base))
        return 'yaml';
    if (base.endsWith('.json'))
        return 'json';
    return undefined;
}
/**
 * The environment a file's name says it is for, as written: `production`
 * for `.env.production`, `prod` for `prod.env`, `application-prod.yml` and
 * `values-prod.yaml`, `Development` for `appsettings.Development.json`,
 * `local` for `local.settings.json`, and the file's stem for a file in a
 * settings directory (`config/staging.json`). Undefined when it says none.
 */
function profileOf(path) {
    const normal = path.replace(/\\/g, '/');
    const base = baseName(normal);
    const lower = base.toLowerCase();
    const found = /^\.env\.(.+)$/.exec(lower) !== null
        ? base.slice('.env.'.length)
        : (/^(.+)\.env$/.exec(base)?.[1] ??
            /^(?:application|bootstrap|values|config|configuration|settings|secrets|parameters|appsettings)[-.](.+)\.(?:ya?ml|json|properties)$/i.exec(base)?.[1] ??
            /^(.+)[-.](?:config|settings|secrets|credentials)\.(?:ya?ml|json)$/i.exec(base)?.[1] ??
            inSettingsDir(normal, base));
    return found === undefined || found === '' ? undefined : found;
}
function inSettingsDir(normal, base) {
    const dirs = normal.toLowerCase().split('/').slice(0, -1);
    if (!dirs.some(dir => SETTINGS_DIRS.has(dir)))
        return undefined;
    const stem = /^(.+)\.(?:ya?ml|json)$/i.exec(base)?.[1];
    return stem !== undefined && !/^(?:application|bootstrap|values|config|settings|appsettings)$/i.test(stem)
        ? stem
        : undefined;
}

;// CONCATENATED MODULE: ./src/formats/appconfig/flatten-settings.ts
/**
 * Flattens a map of settings into one entry per leaf: nested maps join
 * their keys with dots (`spring.datasource.password`), list items add
 * `[i]` (`cors.origins[0]`, `servers[1].host`). Empty maps and lists hold
 * no setting and are left out.
 */
function flattenSettings(root) {
    const out = [];
    if (root.kind === 'map')
        walkMap(root, '', out);
    return out;
}
function walkMap(map, path, out) {
    for (const [name, value] of map.entries) {
        const childPath = path === '' ? name : `${path}.${name}`;
        const keySpan = map.keySpans?.get(name) ?? value.span;
        flatten_settings_visit(value, { path: childPath, keySpan }, out);
    }
}
function flatten_settings_visit(value, place, out) {
    if (value.kind === 'map')
        return walkMap(value, place.path, out);
    if (value.kind === 'list') {
        value.items.forEach((item, i) => {
            const path = `${place.path}[${i}]`;
            if (item.kind === 'map')
                walkMap(item, path, out);
            else
                flatten_settings_visit(item, { path, keySpan: item.span }, out);
        });
        return;
    }
    out.push({ path: place.path, value, span: flatten_settings_join(place.keySpan, value.span) });
}
function flatten_settings_join(from, to) {
    const ends = to.endLine > from.endLine || (to.endLine === from.endLine && to.endColumn > from.endColumn);
    return ends ? { line: from.line, column: from.column, endLine: to.endLine, endColumn: to.endColumn } : from;
}

;// CONCATENATED MODULE: ./src/formats/appconfig/relax-json.ts
/**
 * JSON as settings files are often written: `//` and `/* … *\/` comments and
 * trailing commas are allowed (the usual readers of such files accept them).
 * They are blanked out with spaces, line breaks kept, so that every offset,
 * and so every span, stays where it was.
 */
function relaxJson(text) {
    const out = text.split('');
    let i = 0;
    let lastComma = -1;
    while (i < text.length) {
        const c = text[i];
        if (c === '"') {
            i = skipString(text, i);
            lastComma = -1;
        }
        else if (c === '/' && text[i + 1] === '/')
            i = blank(out, i, lineEndOf(text, i));
        else if (c === '/' && text[i + 1] === '*')
            i = blank(out, i, blockEndOf(text, i));
        else {
            if ((c === '}' || c === ']') && lastComma >= 0)
                out[lastComma] = ' ';
            if (c === ',')
                lastComma = i;
            else if (!/\s/.test(c))
                lastComma = -1;
            i++;
        }
    }
    return out.join('');
}
function skipString(text, start) {
    for (let i = start + 1; i < text.length; i++) {
        if (text[i] === '\\')
            i++;
        else if (text[i] === '"' || text[i] === '\n')
            return i + 1;
    }
    return text.length;
}
function lineEndOf(text, from) {
    const newline = text.indexOf('\n', from);
    return newline < 0 ? text.length : newline;
}
function blockEndOf(text, from) {
    const close = text.indexOf('*/', from + 2);
    return close < 0 ? text.length : close + 2;
}
function blank(out, from, to) {
    for (let i = from; i < to; i++)
        if (out[i] !== '\n' && out[i] !== '\r')
            out[i] = ' ';
    return to;
}

;// CONCATENATED MODULE: ./src/formats/appconfig/parse-structured.ts




/**
 * The top-level values of a YAML or JSON settings file: every document of a
 * YAML stream (a profile per document is common), the one JSON value.
 * YAML is read with the YAML 1.1 booleans (`yes`, `on`), as the usual
 * application readers still do. Throws what the readers throw.
 */
function parse_structured_readDocuments(kind, text) {
    if (kind === 'json')
        return [parseJson(relaxJson(text))];
    return parse_yaml_parseYaml(text, { booleans: 'yaml11' }).map(document => document.value);
}
/** Reads YAML or JSON settings: each document must be a map (or empty); its leaves are the settings. */
function parseStructured(kind, text) {
    let documents;
    try {
        documents = parse_structured_readDocuments(kind, text);
    }
    catch (error) {
        if (error instanceof YamlError || error instanceof JsonError) {
            const what = kind === 'json' ? 'JSON' : 'YAML';
            return {
                entries: [],
                problems: [{ line: error.line ?? 1, message: `invalid ${what}: ${redact(error.message)}` }]
            };
        }
        throw error;
    }
    const out = { entries: [], problems: [] };
    for (const value of documents) {
        if (value === undefined || value.kind === 'null')
            continue;
        if (value.kind !== 'map') {
            out.problems.push({
                line: value.span.line,
                message: `expected a map of settings at the top, found a ${value.kind}`
            });
            continue;
        }
        out.entries.push(...flattenSettings(value));
    }
    return out;
}
/**
 * The readers quote a few characters of the text where they stopped; in a
 * settings file those may be a secret, so the quote is left out.
 */
function redact(message) {
    return message
        .replace(/"(?:[^"\\]|\\.)*"/g, 'other text')
        .replace(/'[^']*' is not a valid/g, 'a value is not a valid');
}

;// CONCATENATED MODULE: ./src/formats/appconfig/claims-content.ts


/**
 * For a YAML or JSON file whose name only suggests settings: yes when every
 * document is a map (or empty), at least one holds something, and none has
 * the shape of a file another format reads (a Kubernetes manifest, a
 * CloudFormation template, a compose file, a CI workflow). Those formats'
 * parsers are asked first; this is a second guard. A file that does not
 * parse is claimed when its name itself says settings, so that its error is
 * reported rather than the file silently left out.
 */
function claimsAppConfigContent(path, text) {
    const kind = fileKindOf(path);
    if (kind !== 'yaml' && kind !== 'json')
        return false;
    let documents;
    try {
        documents = parse_structured_readDocuments(kind, text);
    }
    catch {
        return namedLikeSettings(path);
    }
    const maps = documents.filter(value => value !== undefined && value.kind !== 'null');
    if (maps.length === 0)
        return false;
    return maps.every(value => value?.kind === 'map' && value.entries.size > 0 && !looksForeign(value));
}
function looksForeign(map) {
    const has = (key) => map.entries.has(key);
    if (has('apiVersion') && has('kind'))
        return true;
    if (has('AWSTemplateFormatVersion') || hasTypedResources(map.entries.get('Resources')))
        return true;
    if (has('jobs') && has('on'))
        return true;
    return isComposeServices(map.entries.get('services'));
}
function hasTypedResources(value) {
    if (value?.kind !== 'map')
        return false;
    return [...value.entries.values()].some(resource => resource.kind === 'map' && resource.entries.get('Type')?.kind === 'string');
}
function isComposeServices(value) {
    if (value?.kind !== 'map' || value.entries.size === 0)
        return false;
    return [...value.entries.values()].every(service => service.kind === 'map' && (service.entries.has('image') || service.entries.has('build')));
}

;// CONCATENATED MODULE: ./src/formats/appconfig/parse-dotenv.ts

const ASSIGNMENT = /^([ \t]*)(export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*/;
const QUOTES = new Set(['"', "'", '`']);
/**
 * Reads a dotenv file: `KEY=value` lines, optionally after `export`, with
 * `#` comment lines, single, double or backtick quotes (which may span
 * lines), `\n`, `\r`, `\t`, `\"` and `\\` escapes inside double quotes, and
 * `# comments` after unquoted values (a `#` not preceded by a space is part
 * of the value). `${VAR}` inside a value is kept as written: Demarc never
 * reads the environment. A line that is not an assignment is an error, and
 * the next line is read on.
 */
function parseDotenv(text) {
    const cursor = { text, lines: line_index_lineIndex(text), problems: [] };
    const entries = [];
    let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    while (pos < text.length) {
        const end = lineEnd(text, pos);
        const line = stripCr(text.slice(pos, end));
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#')) {
            pos = end + 1;
            continue;
        }
        const match = ASSIGNMENT.exec(line);
        if (match === null) {
            cursor.problems.push({ line: cursor.lines.line(pos), message: notAssignment(trimmed) });
            pos = end + 1;
            continue;
        }
        const keyStart = pos + match[1].length + (match[2]?.length ?? 0);
        const key = match[3];
        const read = parse_dotenv_readValue(cursor, key, pos + match[0].length);
        entries.push(parse_dotenv_entryOf(cursor, key, keyStart, read));
        pos = read.next;
    }
    return { entries, problems: cursor.problems };
}
/** Says what is wrong without quoting the line: it may be a secret pasted on its own. */
function notAssignment(trimmed) {
    return trimmed.includes('=')
        ? "expected KEY=value, found a name before '=' that is not letters, digits, '_', '.' or '-'"
        : "expected KEY=value, found a line without '='; it was skipped";
}
function parse_dotenv_entryOf(cursor, key, keyStart, read) {
    const keySpan = cursor.lines.span(keyStart, keyStart + key.length);
    const valueSpan = read.end > read.start ? cursor.lines.span(read.start, read.end) : keySpan;
    const span = cursor.lines.span(keyStart, Math.max(read.end, keyStart + key.length));
    return { path: key, value: { kind: 'string', value: read.value, span: valueSpan }, span };
}
function parse_dotenv_readValue(cursor, key, start) {
    const quote = cursor.text[start];
    if (QUOTES.has(quote)) {
        const quoted = readQuoted(cursor, key, start, quote);
        if (quoted !== undefined)
            return quoted;
    }
    return readUnquoted(cursor.text, start);
}
/** An unquoted value: the rest of the line, up to a `#` that follows a space, trimmed. */
function readUnquoted(text, start) {
    const end = lineEnd(text, start);
    const line = stripCr(text.slice(start, end));
    const comment = /[ \t]#/.exec(line);
    const value = (comment === null ? line : line.slice(0, comment.index)).trimEnd();
    return { value, start, end: start + value.length, next: end + 1 };
}
/** A quoted value, or undefined (after an error) when its quote is never closed. */
function readQuoted(cursor, key, start, quote) {
    const { text } = cursor;
    let value = '';
    for (let i = start + 1; i < text.length; i++) {
        const c = text[i];
        if (c === quote)
            return closeQuoted(cursor, key, start, i, value);
        if (c === '\\' && quote === '"' && i + 1 < text.length) {
            value += parse_dotenv_unescape(text[i + 1]);
            i++;
        }
        else if (c !== '\r' || text[i + 1] !== '\n')
            value += c;
    }
    cursor.problems.push({
        line: cursor.lines.line(start),
        message: `the value of ${key} opens a ${quoteName(quote)} quote that is never closed; it is read as one unquoted line`
    });
    return undefined;
}
/** After the closing quote only spaces and a `# comment` may follow on that line. */
function closeQuoted(cursor, key, start, close, value) {
    const end = lineEnd(cursor.text, close);
    const rest = stripCr(cursor.text.slice(close + 1, end)).trim();
    if (rest !== '' && !rest.startsWith('#'))
        cursor.problems.push({
            line: cursor.lines.line(close),
            message: `expected the end of the line or a # comment after the closing quote of ${key}`
        });
    return { value, start, end: close + 1, next: end + 1 };
}
function parse_dotenv_unescape(c) {
    if (c === 'n')
        return '\n';
    if (c === 'r')
        return '\r';
    if (c === 't')
        return '\t';
    if (c === '"' || c === '\\')
        return c;
    return `\\${c}`;
}
function quoteName(quote) {
    return quote === '"' ? 'double' : quote === "'" ? 'single' : 'backtick';
}
function lineEnd(text, from) {
    const newline = text.indexOf('\n', from);
    return newline < 0 ? text.length : newline;
}
function stripCr(line) {
    return line.endsWith('\r') ? line.slice(0, -1) : line;
}

;// CONCATENATED MODULE: ./src/formats/appconfig/parse-properties.ts

const BLANK = new Set([' ', '\t', '\f']);
const NEWLINE = new Set(['\n', '\r']);
/**
 * Reads a `.properties` file as the Java platform does: `key=value`,
 * `key: value` or `key value`; `#` and `!` comment lines; a line ending in
 * an odd number of backslashes goes on with the next line (whose leading
 * spaces are dropped); `\t`, `\n`, `\r`, `\f`, `\uXXXX` escapes, and `\x`
 * for any other `x`. A malformed `\u` escape is an error, kept as written.
 */
function parseProperties(text) {
    const reader = {
        text,
        pos: text.charCodeAt(0) === 0xfeff ? 1 : 0,
        lines: line_index_lineIndex(text),
        problems: []
    };
    const entries = [];
    while (reader.pos < text.length) {
        skip(reader, BLANK);
        const c = text[reader.pos];
        if (c === undefined)
            break;
        if (NEWLINE.has(c))
            reader.pos++;
        else if (c === '#' || c === '!')
            skipLine(reader);
        else
            entries.push(parse_properties_readEntry(reader));
    }
    return { entries, problems: reader.problems };
}
function parse_properties_readEntry(reader) {
    const keyStart = reader.pos;
    const key = readPart(reader, true);
    const keyEnd = reader.pos;
    skipBlanks(reader);
    const c = reader.text[reader.pos];
    if (c === '=' || c === ':') {
        reader.pos++;
        skipBlanks(reader);
    }
    const valueStart = reader.pos;
    const value = readPart(reader, false);
    const valueEnd = trimCr(reader.text, valueStart, reader.pos);
    const keySpan = reader.lines.span(keyStart, keyEnd);
    const valueSpan = valueEnd > valueStart ? reader.lines.span(valueStart, valueEnd) : keySpan;
    const span = reader.lines.span(keyStart, Math.max(keyEnd, valueEnd));
    return { path: key, value: { kind: 'string', value, span: valueSpan }, span };
}
/** A key (up to an unescaped `=`, `:` or blank) or a value (up to the end of the logical line), unescaped. */
function readPart(reader, isKey) {
    const { text } = reader;
    let out = '';
    while (reader.pos < text.length) {
        const c = text[reader.pos];
        if (NEWLINE.has(c))
            break;
        if (isKey && (c === '=' || c === ':' || BLANK.has(c)))
            break;
        if (c !== '\\') {
            out += c;
            reader.pos++;
            continue;
        }
        const next = text[reader.pos + 1];
        if (next === undefined) {
            reader.pos++;
            break;
        }
        if (NEWLINE.has(next))
            continueLine(reader);
        else
            out += parse_properties_escape(reader);
    }
    return out;
}
/** A backslash at the end of a line: skip the line break and the next line's leading blanks. */
function continueLine(reader) {
    reader.pos += reader.text[reader.pos + 1] === '\r' && reader.text[reader.pos + 2] === '\n' ? 3 : 2;
    skip(reader, BLANK);
}
function parse_properties_escape(reader) {
    const { text } = reader;
    const c = text[reader.pos + 1];
    reader.pos += 2;
    if (c === 't')
        return '\t';
    if (c === 'n')
        return '\n';
    if (c === 'r')
        return '\r';
    if (c === 'f')
        return '\f';
    if (c !== 'u')
        return c;
    const hex = text.slice(reader.pos, reader.pos + 4);
    if (/^[0-9A-Fa-f]{4}$/.test(hex)) {
        reader.pos += 4;
        return String.fromCharCode(parseInt(hex, 16));
    }
    reader.problems.push({
        line: reader.lines.line(reader.pos - 2),
        message: 'malformed \\uXXXX escape: expected four hexadecimal digits after \\u'
    });
    return '\\u';
}
/** Blanks, and line continuations between a key and its separator or value. */
function skipBlanks(reader) {
    for (;;) {
        skip(reader, BLANK);
        const { text, pos } = reader;
        if (text[pos] === '\\' && NEWLINE.has(text[pos + 1] ?? ''))
            continueLine(reader);
        else
            return;
    }
}
function skip(reader, set) {
    while (reader.pos < reader.text.length && set.has(reader.text[reader.pos]))
        reader.pos++;
}
function skipLine(reader) {
    while (reader.pos < reader.text.length && !NEWLINE.has(reader.text[reader.pos]))
        reader.pos++;
}
function trimCr(text, start, end) {
    return end > start && text[end - 1] === '\r' ? end - 1 : end;
}

;// CONCATENATED MODULE: ./src/formats/appconfig/setting-entry.ts
/** Settings read from one file at most; the rest is reported, not read. */
const MAX_SETTINGS = 10_000;
/** Characters of one value that are kept and checked; longer values are cut, with an error. */
const MAX_VALUE_LENGTH = 65_536;

;// CONCATENATED MODULE: ./src/formats/appconfig/setting-resource.ts
function setting_resource_str(value, span) {
    return { kind: 'string', value, span };
}
/**
 * A setting as a resource: type `setting`, address its key path (a key
 * defined again in the same file gets `#2`, `#3`…, so that no value escapes
 * the rules), spanning its key and value. The body is `{ key, path, parent,
 * value, kind, profile? }` (see docs/formats/appconfig.md).
 */
function settingResource(file, entry, address, kind, profile) {
    const { span } = entry;
    const { key, parent } = keyAndParent(entry.path);
    const entries = new Map([
        ['key', setting_resource_str(key, span)],
        ['path', setting_resource_str(entry.path, span)],
        ['parent', setting_resource_str(parent, span)],
        ['value', entry.value],
        ['kind', setting_resource_str(kind, span)]
    ]);
    if (profile !== undefined)
        entries.set('profile', setting_resource_str(profile, span));
    return {
        file,
        format: 'appconfig',
        type: 'setting',
        address,
        key: `${file}//${address}`,
        span,
        body: { kind: 'map', entries, span }
    };
}
/** Addresses in file order: the key path, then `path#2`, `path#3`… for repeats. */
function addressesOf(entries) {
    const seen = new Map();
    return entries.map(entry => {
        const count = (seen.get(entry.path) ?? 0) + 1;
        seen.set(entry.path, count);
        return count === 1 ? entry.path : `${entry.path}#${count}`;
    });
}
/**
 * The last named segment of a key path and the path of the map holding it:
 * `spring.datasource.password` → `password` in `spring.datasource`, however
 * the file nests it. A list item keeps its list's name and sits beside the
 * list's siblings: `cors.origins[0]` → `origins` in `cors`.
 */
function keyAndParent(path) {
    const bare = path.replace(/(?:\[\d+\])+$/, '');
    const dot = bare.lastIndexOf('.');
    return { key: bare.slice(dot + 1), parent: dot < 0 ? '' : bare.slice(0, dot) };
}

;// CONCATENATED MODULE: ./src/formats/appconfig/parse-appconfig.ts







/**
 * Parses one settings file into one `setting` resource per setting, so that
 * every rule runs per setting, a finding points at its line, and a change
 * to one setting is one changed resource. Never throws; problems are errors
 * with their line, and the settings read around them still come through.
 */
function parseAppConfig(file, text) {
    const bad = textProblem(text);
    if (bad !== undefined)
        return { resources: [], errors: [{ file, ...bad }] };
    const kind = fileKindOf(file);
    if (kind === undefined)
        return {
            resources: [],
            errors: [{ file, message: 'expected a dotenv, .properties, YAML or JSON settings file' }]
        };
    const read = readKind(kind, text);
    const errors = read.problems.map(p => ({ file, ...p }));
    const entries = bounded(read.entries, file, errors);
    const profile = profileOf(file);
    const addresses = addressesOf(entries);
    const resources = entries.map((entry, i) => settingResource(file, entry, addresses[i], kind, profile));
    return { resources, errors };
}
function readKind(kind, text) {
    if (kind === 'dotenv')
        return parseDotenv(text);
    if (kind === 'properties')
        return parseProperties(text);
    return parseStructured(kind, text);
}
/** At most {@link MAX_SETTINGS} settings, each value cut at {@link MAX_VALUE_LENGTH} characters. */
function bounded(entries, file, errors) {
    const kept = entries.slice(0, MAX_SETTINGS);
    const first = entries[MAX_SETTINGS];
    if (first !== undefined)
        errors.push({
            file,
            line: first.span.line,
            message: `more than ${MAX_SETTINGS.toLocaleString('en-US')} settings: the rest of the file, from this line on, was not read`
        });
    return kept.map(entry => {
        const { value } = entry;
        if (value.kind !== 'string' || value.value.length <= MAX_VALUE_LENGTH)
            return entry;
        errors.push({
            file,
            line: entry.span.line,
            message: `the value of ${entry.path} is ${value.value.length.toLocaleString('en-US')} characters long; only the first ${MAX_VALUE_LENGTH.toLocaleString('en-US')} were checked`
        });
        return { ...entry, value: { ...value, value: value.value.slice(0, MAX_VALUE_LENGTH) } };
    });
}

;// CONCATENATED MODULE: ./src/formats/appconfig/index.ts





/**
 * Application settings (dotenv, `.properties`, YAML and JSON settings files):
 * one `setting` resource per setting, each file on its own. It claims
 * generic YAML and JSON only by content, and comes last among the parsers.
 */
const appConfigParser = {
    format: 'appconfig',
    claimsPath: claimsAppConfigPath,
    claimsContent: claimsAppConfigContent,
    unitOf: path => path,
    parse: (_unit, files) => {
        const out = { resources: [], errors: [] };
        for (const file of files) {
            try {
                const parsed = parseAppConfig(file.path, file.text);
                out.resources.push(...parsed.resources);
                out.errors.push(...parsed.errors);
            }
            catch (error) {
                // A bug here must not stop the scan: the file is reported and the others still parse.
                out.errors.push({ file: file.path, message: `could not read the settings: ${String(error)}` });
            }
        }
        return out;
    }
};

;// CONCATENATED MODULE: ./src/formats/index.ts







/** Every format Demarc reads. Adding one is one folder and one line here. */
const PARSERS = [
    terraformParser,
    cloudformationParser,
    kubernetesParser,
    composeParser,
    serverlessParser,
    dockerfileParser,
    appConfigParser
];
/** The parser of a format; throws for a format no parser reads (a programming error). */
function parserOfFormat(format, parsers = PARSERS) {
    const parser = parsers.find(p => p.format === format);
    if (parser === undefined)
        throw new Error(`no parser for the format '${format}'`);
    return parser;
}
/**
 * The parser that owns a file, deciding by path first and by content only
 * where the path cannot tell (`read` is called at most once, and only then).
 */
async function parserFor(path, read, parsers = PARSERS) {
    const maybe = [];
    for (const parser of parsers) {
        const claim = parser.claimsPath(path);
        if (claim === 'yes')
            return parser;
        if (claim === 'maybe' && parser.claimsContent !== undefined)
            maybe.push(parser);
    }
    if (maybe.length === 0)
        return undefined;
    const text = await read();
    if (text === undefined)
        return undefined;
    return maybe.find(parser => parser.claimsContent?.(path, text) === true);
}

;// CONCATENATED MODULE: ./src/diff/apply-moves.ts
/**
 * The base resources, each under the key the head's `moved` declarations
 * give it, so that the differ pairs a renamed resource with itself
 * (modified or unchanged, instead of removed and added) and its findings
 * keep their fingerprint (existing, instead of new and fixed). The address
 * is left as it was in base. As in Terraform, moves chain (`a` → `b` → `c`),
 * the most specific `from` wins, and a move onto a key base already holds,
 * or a loop of moves, is not applied.
 */
function applyMoves(base, moves) {
    if (moves.length === 0)
        return base;
    const ordered = [...moves].sort((a, b) => b.from.length - a.from.length);
    const taken = new Set(base.map(r => r.key));
    return base.map(resource => {
        const key = movedKey(resource.key, ordered);
        return key === resource.key || taken.has(key) ? resource : { ...resource, key };
    });
}
function movedKey(key, moves) {
    let current = key;
    for (let hops = 0; hops <= moves.length; hops++) {
        const move = moves.find(m => covers(m.from, current));
        if (move === undefined)
            return current;
        current = move.to + current.slice(move.from.length);
    }
    return key;
}
/** `from` itself, or something inside it: `module.a.aws_s3_bucket.b` and `module.a[0]` are in `module.a`. */
function covers(from, key) {
    if (!key.startsWith(from))
        return false;
    const next = key.charAt(from.length);
    return next === '' || next === '.' || next === '[';
}

;// CONCATENATED MODULE: ./src/path-glob.ts
/**
 * Glob patterns for `paths` and `exclude`, matched against POSIX paths from
 * the repository root: `*` and `?` within one path segment, `**` across
 * segments (a whole segment only), `[abc]`/`[!abc]` classes, `{a,b}`
 * alternatives. A pattern also matches everything below a folder it
 * matches, so `modules/legacy` means the whole folder. Dots are not special.
 */
function globToRegExp(pattern) {
    const body = pattern.replace(/^\.\//, '').replace(/^\/+/, '').replace(/\/+$/, '');
    if (body === '')
        throw new Error(`empty glob pattern '${pattern}'`);
    return new RegExp(`^${translate(body, pattern)}(?:/.*)?$`, 's');
}
/** A test for "is this path in scope": in `include` (all paths when empty) and in no `exclude`. */
function pathFilter(include = [], exclude = []) {
    const wanted = include.map(globToRegExp);
    const unwanted = exclude.map(globToRegExp);
    return path => (wanted.length === 0 || wanted.some(re => re.test(path))) && !unwanted.some(re => re.test(path));
}
function translate(glob, pattern) {
    let out = '';
    let braces = 0;
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*' &&
            glob[i + 1] === '*' &&
            (i === 0 || glob[i - 1] === '/') &&
            (i + 2 === glob.length || glob[i + 2] === '/')) {
            // `**/` is zero or more whole segments; a trailing `**` is anything.
            out += i + 2 === glob.length ? '.*' : '(?:[^/]*/)*';
            i += 2;
        }
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else if (c === '[') {
            const end = glob.indexOf(']', i + 2);
            if (end === -1)
                throw new Error(`glob '${pattern}': '[' at ${i + 1} is never closed`);
            const negated = glob[i + 1] === '!' || glob[i + 1] === '^';
            const members = glob.slice(negated ? i + 2 : i + 1, end).replace(/[\\\]^]/g, '\\$&');
            out += `[${negated ? '^/' : ''}${members}]`;
            i = end;
        }
        else if (c === '{') {
            braces += 1;
            out += '(?:';
        }
        else if (c === '}' && braces > 0) {
            braces -= 1;
            out += ')';
        }
        else if (c === ',' && braces > 0)
            out += '|';
        else
            out += c.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    if (braces > 0)
        throw new Error(`glob '${pattern}': '{' is never closed`);
    return out;
}

;// CONCATENATED MODULE: ./src/pipeline/cached-snapshot.ts
/**
 * The same snapshot, each file read at most once: a scan reads the files of
 * a module directory for every unit that calls it, and once more to find
 * who calls whom.
 */
function cachedSnapshot(snapshot) {
    const reads = new Map();
    let listing;
    return {
        label: snapshot.label,
        list: () => (listing ??= snapshot.list()),
        read: path => {
            let result = reads.get(path);
            if (result === undefined)
                reads.set(path, (result = snapshot.read(path)));
            return result;
        }
    };
}

;// CONCATENATED MODULE: ./src/scope/changed-file.ts
/** Git's modes for the entries the scanner never reads. */
const SYMLINK_MODE = '120000';
const GITLINK_MODE = '160000';

;// CONCATENATED MODULE: ./src/scope/diff-header.ts
const NAMED_ESCAPES = {
    '\x07': '\\a',
    '\b': '\\b',
    '\t': '\\t',
    '\n': '\\n',
    '\v': '\\v',
    '\f': '\\f',
    '\r': '\\r',
    '"': '\\"',
    '\\': '\\\\'
};
function needsQuoting(char) {
    const code = char.charCodeAt(0);
    return code < 0x20 || code === 0x7f || char === '"' || char === '\\';
}
function escapeChar(char) {
    if (!needsQuoting(char))
        return char;
    return NAMED_ESCAPES[char] ?? `\\${char.charCodeAt(0).toString(8).padStart(3, '0')}`;
}
/**
 * Quotes a name the way git does in patch headers with `core.quotePath=false`:
 * unchanged unless it holds a control character, `"` or `\`, in which case the
 * whole name is put in double quotes with C escapes.
 */
function quoteCPath(name) {
    if (![...name].some(needsQuoting))
        return name;
    return `"${[...name].map(escapeChar).join('')}"`;
}
/** The `diff --git a/<old> b/<new>` line git writes for a pair of paths. */
function diffHeaderFor(oldPath, newPath) {
    return `diff --git ${quoteCPath(`a/${oldPath}`)} ${quoteCPath(`b/${newPath}`)}`;
}

;// CONCATENATED MODULE: ./src/scope/line-ranges.ts
/** Sorts ranges and joins those that overlap or touch: [1–3, 4–6, 9–9] → [1–6, 9–9]. */
function mergeRanges(ranges) {
    const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
    const merged = [];
    for (const range of sorted) {
        const last = merged[merged.length - 1];
        if (last !== undefined && range.start <= last.end + 1) {
            last.end = Math.max(last.end, range.end);
        }
        else {
            merged.push({ start: range.start, end: range.end });
        }
    }
    return merged;
}
/** Line numbers in any order → the fewest ranges covering exactly them. */
function rangesOfLines(lines) {
    return mergeRanges(lines.map(line => ({ start: line, end: line })));
}

;// CONCATENATED MODULE: ./src/scope/parse-raw-diff.ts
const STATUS_BY_LETTER = {
    A: 'added',
    C: 'added',
    D: 'removed',
    M: 'modified',
    T: 'modified',
    R: 'renamed'
};
/**
 * Parses the NUL-separated output of `git diff --raw -z`:
 * `:<old mode> <new mode> <old oid> <new oid> <status>\0<path>\0[<new path>\0]`.
 */
function parseRawDiff(output) {
    const tokens = output.toString('utf8').split('\0');
    const entries = [];
    let i = 0;
    while (i < tokens.length && !(i === tokens.length - 1 && tokens[i] === '')) {
        const meta = tokens[i] ?? '';
        const fields = meta.split(' ');
        const letter = (fields[4] ?? '').charAt(0);
        const status = STATUS_BY_LETTER[letter];
        if (!meta.startsWith(':') || fields.length !== 5 || status === undefined) {
            throw new Error(`git diff --raw output, entry ${entries.length + 1}: expected ':<mode> <mode> <oid> <oid> <A|C|D|M|R|T>', found '${meta}'`);
        }
        const paired = letter === 'R' || letter === 'C';
        const first = tokens[i + 1];
        const second = paired ? tokens[i + 2] : first;
        if (first === undefined || second === undefined) {
            throw new Error(`git diff --raw output, entry ${entries.length + 1}: '${meta}' is not followed by its path`);
        }
        const oldMode = (fields[0] ?? '').slice(1);
        const newMode = fields[1] ?? '';
        entries.push({ status, path: second, oldMode, newMode, letter, ...(paired ? { sourcePath: first } : {}) });
        i += paired ? 3 : 2;
    }
    return entries;
}

;// CONCATENATED MODULE: ./src/scope/parse-unified-diff.ts
const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
/**
 * Parses `git diff` patch output into sections and hunks. Hunk bodies are
 * consumed by the line counts of their header, so a changed line that itself
 * reads `diff --git …` or `@@ …` is never taken for a header.
 */
function parseUnifiedDiff(text) {
    const lines = text.split('\n');
    const sections = [];
    let i = 0;
    while (i < lines.length) {
        const line = lines[i] ?? '';
        if (line.startsWith('diff --git ')) {
            sections.push({ header: line, hunks: [] });
            i += 1;
        }
        else if (line.startsWith('@@ ') && sections.length > 0) {
            const { hunk, next } = readHunk(lines, i);
            sections[sections.length - 1]?.hunks.push(hunk);
            i = next;
        }
        else {
            i += 1;
        }
    }
    return sections;
}
function readHunk(lines, at) {
    const header = lines[at] ?? '';
    const match = HUNK_HEADER.exec(header);
    if (match === null) {
        throw new Error(`git diff output, line ${at + 1}: expected a hunk header '@@ -a,b +c,d @@', found '${header}'`);
    }
    let oldLeft = Number(match[2] ?? '1');
    const newStart = Number(match[3]);
    const newCount = Number(match[4] ?? '1');
    let newLeft = newCount;
    const addedLines = [];
    let lineNo = newStart;
    let i = at + 1;
    while (oldLeft > 0 || newLeft > 0) {
        const line = lines[i];
        const kind = line === undefined ? undefined : line === '' ? ' ' : line[0];
        if (kind === ' ') {
            oldLeft -= 1;
            newLeft -= 1;
            lineNo += 1;
        }
        else if (kind === '-') {
            oldLeft -= 1;
        }
        else if (kind === '+') {
            addedLines.push(lineNo);
            newLeft -= 1;
            lineNo += 1;
        }
        else if (kind !== '\\') {
            const found = line === undefined ? 'the end of the output' : `'${line}'`;
            throw new Error(`git diff output, line ${i + 1}: hunk '${header}' expected ${oldLeft} more old and ${newLeft} more new lines, found ${found}`);
        }
        if (oldLeft < 0 || newLeft < 0) {
            throw new Error(`git diff output, line ${i + 1}: hunk '${header}' has more lines than its header counts`);
        }
        i += 1;
    }
    return { hunk: { newStart, newCount, addedLines }, next: i };
}

;// CONCATENATED MODULE: ./src/scope/list-changed-files.ts





/** Settings that would change git's output format if a user's config set them otherwise. */
const DIFF_CONFIG = ['core.quotePath=false'];
/** Options shared by both runs, so that they pair files the same way and in the same order. */
const PAIRING = ['-M', '--no-relative', '--ignore-submodules=none', '--no-ext-diff', '--no-textconv'];
/** GitHub's view of a pull request: three lines of context, hunks not joined across untouched lines. */
const PATCH = [
    '-U3',
    '--inter-hunk-context=0',
    '--diff-algorithm=myers',
    '--no-color',
    '--submodule=short',
    '--src-prefix=a/',
    '--dst-prefix=b/'
];
/**
 * The files that differ between two commits, with the head-side lines a
 * review comment may sit on and the lines actually added. Two git runs in
 * all: `diff --raw -z` for statuses, modes and exact paths, and one patch for
 * the hunks, whose sections are matched to the raw entries in order.
 */
async function listChangedFiles(repoDir, base, head, options = {}) {
    const revs = ['--end-of-options', base, head, '--'];
    const config = { ...options, config: [...DIFF_CONFIG, ...(options.config ?? [])] };
    const [raw, patch] = await Promise.all([
        runGit(repoDir, ['diff', '--raw', '-z', ...PAIRING, ...revs], config),
        runGit(repoDir, ['diff', ...PATCH, ...PAIRING, ...revs], config)
    ]);
    return pairSections(parseRawDiff(raw), parseUnifiedDiff(patch.toString('utf8')));
}
/** Gives each raw entry the patch sections written for it (two when a file changed type). */
function pairSections(entries, sections) {
    let next = 0;
    const files = entries.map(entry => {
        const expected = diffHeaderFor(entry.sourcePath ?? entry.path, entry.path);
        const own = [];
        while (sections[next]?.header === expected)
            own.push(sections[next++]);
        if (own.length === 0) {
            const found = sections[next]?.header ?? 'the end of the patch';
            throw new Error(`git diff patch out of step with --raw at '${entry.path}': expected '${expected}', found '${found}'`);
        }
        return toChangedFile(entry, own);
    });
    if (next < sections.length) {
        throw new Error(`git diff patch has a section no --raw entry accounts for: '${sections[next]?.header}'`);
    }
    return files;
}
function toChangedFile(entry, sections) {
    const removed = entry.status === 'removed';
    const hunks = removed ? [] : sections.flatMap(section => section.hunks);
    return {
        path: entry.path,
        status: entry.status,
        ...(entry.status === 'renamed' ? { previousPath: entry.sourcePath } : {}),
        mode: removed ? entry.oldMode : entry.newMode,
        commentable: mergeRanges(hunks.flatMap(headSideRange)),
        added: rangesOfLines(hunks.flatMap(hunk => hunk.addedLines))
    };
}
function headSideRange(hunk) {
    return hunk.newCount === 0 ? [] : [{ start: hunk.newStart, end: hunk.newStart + hunk.newCount - 1 }];
}

;// CONCATENATED MODULE: ./src/scope/resolve-revisions.ts

const SHALLOW_HINT = 'this clone is shallow, so the commits that connect them were not fetched; fetch the full history (actions/checkout with `fetch-depth: 0`)';
/**
 * Resolves a pull request's refs to commits the way GitHub compares them:
 * head as given, base as the merge base of base and head ("three dots").
 */
async function resolveRevisions(repoDir, baseRef, headRef, options = {}) {
    // One after the other, so that a failure always names the same ref first.
    const baseSha = await resolveCommit(repoDir, 'base', baseRef, options);
    const head = await resolveCommit(repoDir, 'head', headRef, options);
    const base = await findMergeBase(repoDir, { ref: baseRef, sha: baseSha }, { ref: headRef, sha: head }, options);
    return { base, head };
}
/** A ref → the full sha of the commit it names; `--end-of-options` keeps a ref like `--output=x` from being an option. */
async function resolveCommit(repoDir, role, ref, options = {}) {
    try {
        const out = await runGit(repoDir, ['rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`], options);
        return out.toString('utf8').trim();
    }
    catch (error) {
        if (!(error instanceof GitCommandError) || error.exitCode === null)
            throw error;
        const hint = (await isShallow(repoDir, options)) ? `; ${SHALLOW_HINT}` : '';
        throw new Error(`${role} ref '${ref}' is not a commit in this repository (git: ${error.stderr})${hint}`);
    }
}
async function findMergeBase(repoDir, base, head, options) {
    try {
        const out = await runGit(repoDir, ['merge-base', '--end-of-options', base.sha, head.sha], options);
        return out.toString('utf8').trim();
    }
    catch (error) {
        if (!(error instanceof GitCommandError) || error.exitCode !== 1)
            throw error;
        const pair = `base '${base.ref}' (${base.sha.slice(0, 12)}) and head '${head.ref}' (${head.sha.slice(0, 12)})`;
        if (await isShallow(repoDir, options))
            throw new Error(`no merge base found between ${pair}: ${SHALLOW_HINT}`);
        throw new Error(`${pair} have no common ancestor, so there is no merge base to compare against`);
    }
}
async function isShallow(repoDir, options) {
    const out = await runGit(repoDir, ['rev-parse', '--is-shallow-repository'], options).catch(() => Buffer.from(''));
    return out.toString('utf8').trim() === 'true';
}

;// CONCATENATED MODULE: ./src/scope/index.ts





;// CONCATENATED MODULE: ./src/select-files.ts



const LINK_MODES = {
    [SYMLINK_MODE]: SYMLINK_REASON,
    [GITLINK_MODE]: SUBMODULE_REASON
};
/** A unit's identity across parsers: its format and its unit key. */
function unitId(parser, unit) {
    return `${parser.format}\0${unit}`;
}
/**
 * The units a pull request touches: every changed file a parser claims
 * brings in its whole unit (a Terraform module directory), at base and head,
 * so that variables and cross-resource links resolve as they would there.
 */
async function unitsOfChanges(changed, head, base, parsers, wanted = () => true) {
    const targets = new Set();
    const errors = [];
    const skipped = [];
    for (const file of changed) {
        if (!wanted(file.path) && (file.previousPath === undefined || !wanted(file.previousPath)))
            continue;
        const link = file.mode === undefined ? undefined : LINK_MODES[file.mode];
        const sides = [[file.path, file.status === 'removed' ? base : head]];
        if (file.previousPath !== undefined)
            sides.push([file.previousPath, base]);
        else if (file.status === 'modified')
            sides.push([file.path, base]);
        for (const [path, snapshot] of sides) {
            const parser = await parserFor(path, () => readText(snapshot, path), parsers);
            if (parser === undefined)
                continue;
            if (link !== undefined) {
                if (snapshot === head)
                    errors.push({ file: path, message: `not scanned: ${link}` });
                continue;
            }
            targets.add(unitId(parser, parser.unitOf(path)));
        }
        if (link !== undefined && !errors.some(e => e.file === file.path))
            skipped.push({ file: file.path, reason: link });
    }
    return { targets, errors, skipped };
}
/**
 * The files of a snapshot that belong to the wanted units (or to any unit
 * when `targets` is undefined, for a whole-tree scan), grouped by unit;
 * files `wanted` turns down (the `paths`/`exclude` globs) are left out.
 */
async function selectFiles(snapshot, parsers, targets, wanted = () => true) {
    const listing = await snapshot.list();
    const units = new Map();
    for (const path of listing.files) {
        if (!wanted(path))
            continue;
        const parser = await parserFor(path, () => readText(snapshot, path), parsers);
        if (parser === undefined)
            continue;
        const unit = parser.unitOf(path);
        const id = unitId(parser, unit);
        if (targets !== undefined && !targets.has(id))
            continue;
        let entry = units.get(id);
        if (entry === undefined)
            units.set(id, (entry = { parser, unit, paths: [] }));
        entry.paths.push(path);
    }
    const errors = [];
    const skipped = [];
    for (const link of listing.skipped) {
        if (!wanted(link.file))
            continue;
        const parser = await parserFor(link.file, async () => undefined, parsers);
        const inScope = parser !== undefined && (targets === undefined || targets.has(unitId(parser, parser.unitOf(link.file))));
        if (inScope)
            errors.push({ file: link.file, message: `not scanned: ${link.reason}` });
        else if (targets === undefined)
            skipped.push(link);
    }
    return { units, errors, skipped };
}
async function readText(snapshot, path) {
    const result = await snapshot.read(path);
    return result.ok ? result.text : undefined;
}

;// CONCATENATED MODULE: ./src/pipeline/read-linked-units.ts

/** Linked units read for one unit at most; a bound against pathological trees. */
const MAX_LINKED_UNITS = 1000;
const EXCLUDED = 'every file of it is left out by the paths/exclude globs';
const TOO_MANY = `more than ${MAX_LINKED_UNITS} module directories under one unit`;
/**
 * The units `unit` pulls in, directly or through each other, read from the
 * same snapshot: asks the parser about the unit's files, reads what it
 * names, asks about those, until nothing new comes up. A unit the snapshot
 * does not hold is left out (the parser says so where it is called).
 */
async function readLinkedUnits(snapshot, unit, files, graph, errors) {
    const linked = new Map();
    let next = unit.parser.dependencies?.(files) ?? [];
    while (next.length > 0) {
        const found = [];
        for (const dir of next) {
            if (dir === unit.unit || linked.has(dir))
                continue;
            const id = unitId(unit.parser, dir);
            const entry = graph.units.get(id);
            if (linked.size >= MAX_LINKED_UNITS)
                linked.set(dir, { reason: TOO_MANY });
            else if (entry !== undefined) {
                const read = await readUnitFiles(snapshot, entry.paths, errors);
                linked.set(dir, { files: read });
                found.push(...read);
            }
            else if (graph.excluded.has(id))
                linked.set(dir, { reason: EXCLUDED });
        }
        next = found.length === 0 ? [] : (unit.parser.dependencies?.(found) ?? []);
    }
    return linked;
}
/** The files of a unit; one that cannot be read is an error naming why. */
async function readUnitFiles(snapshot, paths, errors) {
    const results = await Promise.all(paths.map(path => snapshot.read(path)));
    const files = [];
    results.forEach((result, i) => {
        const path = paths[i];
        if (result.ok)
            files.push({ path, text: result.text });
        else
            errors.push({ file: path, message: `not scanned: ${result.reason}` });
    });
    return files;
}

;// CONCATENATED MODULE: ./src/pipeline/unit-graph.ts



/** Whether any parser's units pull in others: only then is a graph worth building. */
function linksUnits(parsers) {
    return parsers.some(p => p.dependencies !== undefined);
}
/** Whether a unit id belongs to a parser whose units pull in others. */
function isLinkingUnit(id, parsers) {
    const format = id.slice(0, id.indexOf('\0'));
    return parsers.some(p => p.format === format && p.dependencies !== undefined);
}
/**
 * Reads every unit of the linking formats (by path alone: these formats
 * claim their files by name) and asks its parser what it pulls in.
 */
async function buildUnitGraph(snapshot, parsers, wanted) {
    const units = new Map();
    const unwanted = new Set();
    for (const path of (await snapshot.list()).files) {
        const parser = await parserFor(path, async () => undefined, parsers);
        if (parser?.dependencies === undefined)
            continue;
        const unit = parser.unitOf(path);
        const id = unitId(parser, unit);
        if (!wanted(path)) {
            unwanted.add(id);
            continue;
        }
        let entry = units.get(id);
        if (entry === undefined)
            units.set(id, (entry = { parser, unit, paths: [] }));
        entry.paths.push(path);
    }
    const calls = new Map();
    for (const [id, entry] of units) {
        // Unreadable files are reported where the unit is parsed, not here.
        const files = await readUnitFiles(snapshot, entry.paths, []);
        const ids = (entry.parser.dependencies?.(files) ?? []).map(unit => unitId(entry.parser, unit));
        calls.set(id, ids.filter(other => units.has(other)));
    }
    const excluded = new Set([...unwanted].filter(id => !units.has(id)));
    return { units, excluded, calls };
}
/**
 * The units parsed on their own: every unit nothing calls, and one unit
 * (the first by path) of each group of units that only call each other.
 * Any other unit is reported through its callers, under their addresses.
 */
function standaloneUnits(graph) {
    const called = new Set();
    for (const [id, targets] of graph.calls)
        for (const t of targets)
            if (t !== id)
                called.add(t);
    const standalone = new Set([...graph.units.keys()].filter(id => !called.has(id)));
    const reached = reach(graph, standalone);
    for (const id of [...graph.units.keys()].sort()) {
        if (reached.has(id) || standalone.has(id))
            continue;
        standalone.add(id);
        for (const more of reach(graph, new Set([id])))
            reached.add(more);
    }
    return standalone;
}
/** Units reachable from `from` through one call or more. */
function reach(graph, from) {
    const seen = new Set();
    const queue = [...from];
    while (queue.length > 0) {
        for (const next of graph.calls.get(queue.pop()) ?? []) {
            if (seen.has(next))
                continue;
            seen.add(next);
            queue.push(next);
        }
    }
    return seen;
}
/** The units that pull in any of `ids`, directly or through others. */
function callersOf(graph, ids) {
    const callers = new Map();
    for (const [id, targets] of graph.calls)
        for (const t of targets)
            callers.set(t, [...(callers.get(t) ?? []), id]);
    const seen = new Set();
    const queue = [...ids];
    while (queue.length > 0) {
        for (const caller of callers.get(queue.pop()) ?? []) {
            if (seen.has(caller))
                continue;
            seen.add(caller);
            queue.push(caller);
        }
    }
    return seen;
}

;// CONCATENATED MODULE: ./src/pipeline/plan-root-of.ts



/**
 * The Terraform directory the plan was made in, among the head's
 * directories that no other one calls; undefined without a plan, or when
 * no directory declares what the plan holds (its resources then point at
 * the plan file).
 */
async function planRootOf(plan, head, graph) {
    if (plan === undefined || graph === undefined)
        return undefined;
    const candidates = [];
    for (const id of standaloneUnits(graph)) {
        const unit = graph.units.get(id);
        if (unit?.parser.format !== 'terraform')
            continue;
        candidates.push({ unit: unit.unit, files: await readUnitFiles(head, unit.paths, []) });
    }
    return findPlanRoot(plan, candidates);
}

;// CONCATENATED MODULE: ./src/suppress/suppression-for.ts
/**
 * The inline suppression that covers a failing outcome, if any: one naming
 * its rule, in the resource's file, written inside the resource or on the
 * lines just above it (or just above the failing line).
 */
function suppressionFor(outcome, suppressions) {
    const { resource, rule } = outcome;
    for (const s of suppressions) {
        if (s.file !== resource.file || !s.ruleIds.includes(rule.id))
            continue;
        const inside = s.line >= resource.span.line && s.line <= resource.span.endLine;
        const above = s.target === resource.span.line || s.target === outcome.span.line;
        if (inside || above)
            return { source: 'inline', reason: s.reason, file: s.file, line: s.line };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/diff/changed-attributes.ts

/** At most this many paths are listed for one resource; the rest would only be noise. */
const MAX_PATHS = 50;
/**
 * The attribute paths that differ between two bodies of the same resource:
 * `acl`, `versioning[0].enabled`, `tags.Owner`. Maps and equal-length lists
 * are descended into so that the path names the smallest part that changed.
 */
function changedAttributes(base, head, derived = []) {
    const out = [];
    diffMaps(base, head, '', out, derived);
    return out;
}
function diffMaps(base, head, prefix, out, skip = []) {
    const keys = new Set([...base.entries.keys(), ...head.entries.keys()]);
    for (const key of keys) {
        if (skip.includes(key))
            continue;
        if (out.length >= MAX_PATHS)
            return;
        const path = prefix === '' ? key : `${prefix}.${key}`;
        const a = base.entries.get(key);
        const b = head.entries.get(key);
        if (a === undefined || b === undefined)
            out.push(path);
        else
            diffValues(a, b, path, out);
    }
}
function diffValues(a, b, path, out) {
    if (a.kind === 'map' && b.kind === 'map')
        return diffMaps(a, b, path, out);
    if (a.kind === 'list' && b.kind === 'list' && a.items.length === b.items.length && hasMaps(a.items)) {
        a.items.forEach((item, i) => diffValues(item, b.items[i], `${path}[${i}]`, out));
        return;
    }
    if (!valuesEqual(a, b))
        out.push(path);
}
function hasMaps(items) {
    return items.some(item => item.kind === 'map');
}

;// CONCATENATED MODULE: ./src/diff/match-resources.ts


/**
 * Pairs base and head resources by their key (unit and address) and keeps
 * the ones that differ. Moving a block within its unit, or reformatting it,
 * is not a change.
 */
function matchResources(base, head) {
    const before = new Map(base.map(r => [r.key, r]));
    const changes = [];
    for (const h of head) {
        const b = before.get(h.key);
        before.delete(h.key);
        if (b === undefined)
            changes.push({ change: 'added', head: h, attributes: [] });
        else if (b.type !== h.type) {
            changes.push({ change: 'removed', base: b, attributes: [] }, { change: 'added', head: h, attributes: [] });
        }
        else if (!valuesEqual(b.body, h.body)) {
            changes.push({
                change: 'modified',
                base: b,
                head: h,
                attributes: changedAttributes(b.body, h.body, h.derived)
            });
        }
    }
    for (const b of before.values())
        changes.push({ change: 'removed', base: b, attributes: [] });
    return changes;
}

;// CONCATENATED MODULE: ./src/version.ts
/** Demarc's version, reported in every report and SARIF run. Kept equal to package.json by a test. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/diff/fingerprint.ts

/**
 * A finding's identity across commits: the rule and the resource's key
 * (unit and address). Line numbers are deliberately left out, so moving a
 * block or editing lines above it never turns an old finding into a new one.
 */
function fingerprint(ruleId, resource) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(`${ruleId}\0${resource.key}`).digest('hex').slice(0, 24);
}

;// CONCATENATED MODULE: ./src/report/findings.ts

/**
 * Failing outcomes become findings. A head failure is `new` unless the same
 * rule already failed on the same resource in base (`existing`); a base
 * failure that head no longer has is `fixed`. A whole-tree scan has no base:
 * everything it finds is `existing`.
 */
function buildFindings(input) {
    const baseFailures = new Map();
    for (const o of input.base)
        if (o.outcome === 'fail')
            baseFailures.set(fingerprint(o.rule.id, o.resource), o);
    const findings = [];
    const seen = new Set();
    for (const o of input.head) {
        if (o.outcome !== 'fail')
            continue;
        const fp = fingerprint(o.rule.id, o.resource);
        if (seen.has(fp))
            continue;
        seen.add(fp);
        const status = input.mode === 'all' || baseFailures.has(fp) ? 'existing' : 'new';
        const finding = toFinding(o, status, fp, input.ownerOf);
        const suppression = input.suppressionOf?.(o);
        if (suppression !== undefined) {
            finding.suppressed = true;
            finding.suppression = suppression;
        }
        if (status === 'new') {
            const removedLine = removedProtectionLine(o, input.baseResources.get(o.resource.key));
            if (removedLine !== undefined)
                finding.removedLine = removedLine;
        }
        findings.push(finding);
    }
    for (const [fp, o] of baseFailures)
        if (!seen.has(fp))
            findings.push(toFinding(o, 'fixed', fp, input.ownerOf));
    return findings;
}
function toFinding(o, status, fp, ownerOf) {
    const { rule, resource } = o;
    return {
        ruleId: rule.id,
        title: rule.title,
        file: resource.file,
        line: o.span.line,
        endLine: o.span.endLine,
        address: resource.address,
        type: resource.type,
        format: resource.format,
        status,
        severity: rule.severity,
        row: rule.row,
        owner: ownerOf(rule.row),
        suppressed: false,
        references: rule.references,
        message: o.message,
        explanation: rule.explanation,
        remediation: rule.remediation,
        fingerprint: fp
    };
}
/**
 * When head fails because an attribute is gone that base had (a deleted
 * `encrypted = true`), the base line of that attribute, so the report can
 * cite what was removed.
 */
function removedProtectionLine(o, base) {
    if (base === undefined || o.path === '')
        return undefined;
    const top = o.path.split(/[.[]/, 1)[0];
    if (o.resource.body.entries.has(top))
        return undefined;
    const before = base.body.entries.get(top);
    return before === undefined ? undefined : before.span.line;
}

;// CONCATENATED MODULE: ./src/report/build-report.ts







/** Everything a renderer needs, as one serialisable document (the report contract of DESIGN.md). */
function buildReport(input) {
    const { matrix } = input;
    const changes = input.mode === 'changes' ? classifyChanges(input.base.resources, input.head.resources, matrix) : [];
    const findings = sortFindings(buildFindings({
        mode: input.mode,
        base: input.base.outcomes,
        head: input.head.outcomes,
        baseResources: new Map(input.base.resources.map(r => [r.key, r])),
        ownerOf: row => ownerOf(matrix, row),
        suppressionOf: outcome => suppressionFor(outcome, input.suppressions ?? [])
    }));
    const errors = [...input.errors, ...ruleErrors(input.head.outcomes)];
    return {
        schemaVersion: 1,
        tool: { name: 'demarc', version: VERSION },
        scope: { base: input.revisions.base, head: input.revisions.head, mode: input.mode },
        changes,
        findings,
        shifts: input.shifts,
        rows: summariseRows(matrix, input.mode === 'changes' ? changes : holdings(input.head.resources, matrix), input.mode === 'changes', findings),
        unknown: input.head.outcomes
            .filter(o => o.outcome === 'unknown')
            .map(o => ({
            ruleId: o.rule.id,
            file: o.resource.file,
            line: o.span.line,
            address: o.resource.address,
            expr: o.expr ?? o.message
        })),
        errors: errors.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0)),
        skipped: input.skipped,
        gate: decideGate(findings, input.gate)
    };
}
function classifyChanges(base, head, matrix) {
    return matchResources(base, head)
        .map(c => {
        const resource = (c.head ?? c.base);
        const classified = classifyChange(matrix, {
            type: resource.type,
            format: resource.format,
            change: c.change,
            attributes: c.attributes
        });
        return {
            file: resource.file,
            line: resource.span.line,
            endLine: resource.span.endLine,
            address: resource.address,
            type: resource.type,
            format: resource.format,
            change: c.change,
            category: classified.category,
            attributes: c.attributes,
            rows: classified.rows
        };
    })
        .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
/** For a whole-tree scan: every resource held, classified as if it were added. */
function holdings(resources, matrix) {
    return resources.map(r => classifyChange(matrix, { type: r.type, format: r.format, change: 'added', attributes: [] }));
}
/** Per matrix row: resources touched (changed in a PR, held in a whole-tree scan) and findings by status. */
function summariseRows(matrix, touched, areChanges, findings) {
    return matrix.rows.map(row => {
        const inRow = findings.filter(f => f.row === row.id);
        const resources = touched.filter(c => c.rows.some(r => r.row === row.id)).length;
        return {
            row: row.id,
            title: row.title,
            label: row.label,
            owner: row.owner,
            resources,
            changes: areChanges ? resources : 0,
            new: inRow.filter(f => f.status === 'new').length,
            fixed: inRow.filter(f => f.status === 'fixed').length,
            existing: inRow.filter(f => f.status === 'existing').length
        };
    });
}
function ruleErrors(outcomes) {
    return outcomes
        .filter(o => o.outcome === 'error')
        .map(o => ({
        file: o.resource.file,
        line: o.resource.span.line,
        message: `rule ${o.rule.id} could not be evaluated on ${o.resource.address}: ${o.message}`
    }));
}
const STATUS_ORDER = { new: 0, fixed: 1, existing: 2 };
function sortFindings(findings) {
    return findings.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        model_SEVERITIES.indexOf(a.severity) - model_SEVERITIES.indexOf(b.severity) ||
        a.file.localeCompare(b.file) ||
        a.line - b.line ||
        a.ruleId.localeCompare(b.ruleId));
}

;// CONCATENATED MODULE: ./src/suppress/inline-suppressions.ts
const MARKER = 'demarc:ignore';
/**
 * A comment opener (`#`, `//`, `/*`, `!` in properties, `;`) at the start of
 * a line or after a space, then the marker: so `"# demarc:ignore"` inside a
 * quoted value is rare, and a URL fragment (`a#demarc:ignore`) never counts.
 */
const COMMENT = /(?:^|\s)(?:#|\/\/|\/\*|!|;)\s*demarc:ignore\b(.*)$/;
const COMMENT_LINE = /^\s*(?:#|\/\/|\/\*|\*|!|;)/;
const RULE_IDS = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:,[a-z0-9]+(?:-[a-z0-9]+)*)*$/;
/**
 * The inline suppressions of one file, and an error for each one that is
 * not well-formed (no rule id, or no reason: a suppression must say why).
 * Formats without comments (JSON) have none; use the configuration file.
 */
function inlineSuppressions(file, text) {
    const suppressions = [];
    const errors = [];
    if (!text.includes(MARKER))
        return { suppressions, errors };
    const lines = text.split(/\r?\n/);
    lines.forEach((content, index) => {
        const match = COMMENT.exec(content);
        if (match === null)
            return;
        const line = index + 1;
        const words = (match[1] ?? '').replace(/\*\/\s*$/, '').trim();
        const [ids = '', ...rest] = words.split(/\s+/);
        const reason = rest.join(' ').trim();
        if (ids === '' || !RULE_IDS.test(ids)) {
            errors.push({
                file,
                line,
                message: `${MARKER} needs a rule id and a reason: \`${MARKER} <rule-id> <reason>\``
            });
            return;
        }
        if (reason === '') {
            errors.push({
                file,
                line,
                message: `${MARKER} ${ids} has no reason, so it is not applied: say why, \`${MARKER} ${ids} <reason>\``
            });
            return;
        }
        suppressions.push({ file, line, target: targetLine(lines, index), ruleIds: ids.split(','), reason });
    });
    return { suppressions, errors };
}
function targetLine(lines, index) {
    for (let i = index + 1; i < lines.length; i++) {
        const content = lines[i];
        if (content.trim() !== '' && !COMMENT_LINE.test(content))
            return i + 1;
    }
    return index + 1;
}

;// CONCATENATED MODULE: ./src/pipeline/parse-side.ts




/**
 * Parses the wanted units of one version (every unit when `targets` is
 * undefined). A unit another one calls is not parsed on its own: it is
 * analysed through its callers, with their arguments, once per call.
 */
async function parseSide(snapshot, parsers, targets, wanted, graph) {
    const parsed = { resources: [], errors: [], skipped: [], moved: [], suppressions: [] };
    const commented = new Set();
    if (targets !== undefined && targets.size === 0)
        return parsed;
    const selection = await selectFiles(snapshot, parsers, targets, wanted);
    parsed.errors.push(...selection.errors);
    parsed.skipped.push(...selection.skipped);
    const standalone = graph === undefined ? undefined : standaloneUnits(graph);
    const units = [...selection.units].sort(([, a], [, b]) => a.unit.localeCompare(b.unit));
    for (const [id, unit] of units) {
        if (standalone !== undefined && graph?.units.has(id) === true && !standalone.has(id))
            continue;
        const files = await readUnitFiles(snapshot, unit.paths, parsed.errors);
        const linked = graph === undefined || unit.parser.dependencies === undefined
            ? undefined
            : await readLinkedUnits(snapshot, unit, files, graph, parsed.errors);
        for (const file of [...files, ...linkedFiles(linked)]) {
            if (commented.has(file.path))
                continue;
            commented.add(file.path);
            const found = inlineSuppressions(file.path, file.text);
            parsed.suppressions.push(...found.suppressions);
            parsed.errors.push(...found.errors);
        }
        const output = unit.parser.parse(unit.unit, files, linked);
        parsed.resources.push(...output.resources);
        parsed.errors.push(...output.errors);
        parsed.skipped.push(...(output.skipped ?? []));
        parsed.moved.push(...(output.moved ?? []));
    }
    parsed.errors = parse_side_distinct(parsed.errors, e => `${e.file}\0${e.line ?? 0}\0${e.message}`);
    parsed.skipped = parse_side_distinct(parsed.skipped, s => `${s.file}\0${s.reason}`);
    return parsed;
}
function linkedFiles(linked) {
    if (linked === undefined)
        return [];
    return [...linked.values()].flatMap(unit => ('files' in unit ? unit.files : []));
}
/** A module called from several units reports a problem in its files, or a call it skips, once. */
function parse_side_distinct(items, id) {
    const seen = new Set();
    return items.filter(item => {
        const key = id(item);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/suppress/unknown-rule-ids.ts
/** A suppression naming a rule Demarc does not have suppresses nothing; each is reported at its line. */
function unknownRuleIds(suppressions, rules) {
    return suppressions.flatMap(s => s.ruleIds
        .filter(id => rules.byId(id) === undefined)
        .map(id => ({ file: s.file, line: s.line, message: `demarc:ignore names an unknown rule '${id}'` })));
}

;// CONCATENATED MODULE: ./src/scan.ts













/**
 * The pipeline of DESIGN.md: scope → sources → parse → evaluate →
 * diff+classify → report. Pure apart from reading the snapshots it is given.
 */
async function scan(target, config) {
    const parsers = config.parsers ?? PARSERS;
    const wanted = pathFilter(config.include, config.exclude);
    if (target.mode === 'all') {
        const snapshot = cachedSnapshot(target.head);
        const graph = linksUnits(parsers) ? await buildUnitGraph(snapshot, parsers, wanted) : undefined;
        const root = await planRootOf(config.plan, snapshot, graph);
        const parsed = await parseSide(snapshot, parsers, undefined, wanted, graph);
        const head = evaluateSide(withPlan(parsed.resources, config.plan, 'after', root), config.rules);
        return buildReport({
            mode: 'all',
            revisions: { base: null, head: target.revision },
            base: { resources: [], outcomes: [] },
            head,
            shifts: [],
            errors: [...parsed.errors, ...unknownRuleIds(parsed.suppressions, config.rules)],
            skipped: parsed.skipped,
            matrix: config.matrix,
            gate: config.gate,
            suppressions: parsed.suppressions
        });
    }
    const base = cachedSnapshot(target.base);
    const head = cachedSnapshot(target.head);
    const scope = await unitsOfChanges(target.changed, head, base, parsers, wanted);
    const targets = scope.targets;
    const graphs = await changeGraphs(base, head, parsers, wanted, targets, config.plan !== undefined);
    const root = await planRootOf(config.plan, head, graphs?.head);
    if (root !== undefined)
        targets.add(`terraform\0${root}`);
    const [baseParsed, headParsed] = await Promise.all([
        parseSide(base, parsers, targets, wanted, graphs?.base),
        parseSide(head, parsers, targets, wanted, graphs?.head)
    ]);
    const baseResources = applyMoves(withPlan(baseParsed.resources, config.plan, 'before', root), headParsed.moved);
    const baseSide = evaluateSide(baseResources, config.rules);
    const headSide = evaluateSide(withPlan(headParsed.resources, config.plan, 'after', root), config.rules);
    return buildReport({
        mode: 'changes',
        revisions: target.revisions,
        base: baseSide,
        head: headSide,
        shifts: detectShifts(config.matrix, baseSide.resources, headSide.resources),
        errors: [...scope.errors, ...headParsed.errors, ...unknownRuleIds(headParsed.suppressions, config.rules)],
        skipped: [...scope.skipped, ...headParsed.skipped],
        matrix: config.matrix,
        gate: config.gate,
        suppressions: headParsed.suppressions
    });
}
/**
 * Who calls whom at base and at head, when units that pull in others are
 * in play; the units that call a changed one (at either version) join the
 * targets, so a change inside a module shows under its callers.
 */
async function changeGraphs(base, head, parsers, wanted, targets, plan) {
    if (!linksUnits(parsers))
        return undefined;
    if (!plan && ![...targets].some(id => isLinkingUnit(id, parsers)))
        return undefined;
    const [baseGraph, headGraph] = await Promise.all([
        buildUnitGraph(base, parsers, wanted),
        buildUnitGraph(head, parsers, wanted)
    ]);
    const changed = [...targets];
    for (const graph of [baseGraph, headGraph])
        for (const id of callersOf(graph, changed))
            targets.add(id);
    return { base: baseGraph, head: headGraph };
}
function withPlan(resources, plan, side, root) {
    return plan === undefined ? resources : applyPlan(resources, plan, side, root);
}
function evaluateSide(resources, rules) {
    return { resources, outcomes: evaluate(rules, resources) };
}

;// CONCATENATED MODULE: ./src/scan-checkout.ts



/** Scans a local checkout: a range of commits, or the files on disk. Shared by the CLI and the action. */
async function scanCheckout(request, config) {
    const scanConfig = {
        rules: config.rules,
        matrix: config.matrix,
        gate: request.gate,
        ...(request.include === undefined ? {} : { include: request.include }),
        ...(request.exclude === undefined ? {} : { exclude: request.exclude }),
        ...(request.plan === undefined ? {} : { plan: request.plan })
    };
    const limits = request.maxFileBytes === undefined ? {} : { maxFileBytes: request.maxFileBytes };
    if (request.base === undefined || request.head === undefined) {
        const head = fsSnapshot(request.root, request.paths ?? ['.'], limits);
        return scan({ mode: 'all', head, revision: null }, scanConfig);
    }
    const revisions = await resolveRevisions(request.root, request.base, request.head);
    const reader = new GitBlobReader(request.root);
    try {
        const changed = await listChangedFiles(request.root, revisions.base, revisions.head);
        const base = gitSnapshot(request.root, revisions.base, reader, limits);
        const head = gitSnapshot(request.root, revisions.head, reader, limits);
        return await scan({ mode: 'changes', base, head, changed, revisions }, scanConfig);
    }
    finally {
        await reader.close();
    }
}

;// CONCATENATED MODULE: ./src/cli.ts










/** Exit codes: nothing gates, a new finding gates, the command could not run as asked. */
const EXIT = { ok: 0, gated: 1, usage: 2 };
const cli_FORMATS = ['terminal', 'markdown', 'json'];
const USAGE = `Usage: demarc scan [options] [path…]

Reviews infrastructure-as-code against the AWS shared responsibility model.

  demarc scan --base <ref> [--head <ref>]   what changed between two commits, as a pull request
                                            sees it (from their merge base; head defaults to HEAD)
  demarc scan [path…]                       every file under the paths (default: .); all findings
                                            are existing

Options:
  --repo <dir>             repository or root folder (default: the current folder)
  --format <fmt>           terminal | markdown | json (default: terminal)
  --output <file>          write the report to a file instead of standard output
  --fail-on <severity>     critical | high | medium | low | info | never (default: high)
  --fail-on-owner <list>   owners whose new findings gate, comma-separated (default: customer,shared)
  --include <glob>         scan only files matching the glob (repeatable; ** crosses folders)
  --exclude <glob>         leave out files matching the glob (repeatable)
  --plan <file>            a Terraform plan as JSON (terraform show -json <planfile>): its values and
                           actions replace the source's for the resources it covers
  --color / --no-color     force colour on or off (default: on for a terminal)
  --version, --help

Exit codes: 0 nothing gates, 1 a new finding reaches --fail-on, 2 usage or configuration error.
`;
class UsageError extends Error {
}
/** The `demarc` command line; returns the exit code. */
async function runCli(argv, io) {
    let options;
    try {
        options = parseCli(argv, io.cwd);
    }
    catch (error) {
        io.stderr.write(`demarc: ${error.message}\n\n${USAGE}`);
        return EXIT.usage;
    }
    if (options === 'help' || options === 'version') {
        io.stdout.write(options === 'help' ? USAGE : `${VERSION}\n`);
        return EXIT.ok;
    }
    let report;
    try {
        const config = loadBundledConfig();
        const gate = { failOn: options.failOn, owners: options.owners };
        const { root, base, head, paths, include, exclude } = options;
        const plan = readPlan(options, io.cwd);
        report = await scanCheckout({ root, base, head, paths, include, exclude, gate, plan }, config);
    }
    catch (error) {
        io.stderr.write(`demarc: ${error.message}\n`);
        return EXIT.usage;
    }
    const color = options.color ??
        (options.output === undefined && io.stdout.isTTY === true && io.env.NO_COLOR === undefined);
    const text = render(report, options.format, color);
    if (options.output === undefined)
        io.stdout.write(text);
    else {
        try {
            (0,external_node_fs_namespaceObject.writeFileSync)((0,external_node_path_namespaceObject.resolve)(io.cwd, options.output), text);
        }
        catch (error) {
            io.stderr.write(`demarc: cannot write --output ${options.output}: ${error.message}\n`);
            return EXIT.usage;
        }
    }
    return report.gate.conclusion === 'failure' ? EXIT.gated : EXIT.ok;
}
/** The `--plan` file, read and checked before anything is scanned: a bad plan is a usage error. */
function readPlan(options, cwd) {
    if (options.plan === undefined)
        return undefined;
    try {
        return readPlanFile(options.plan, cwd, options.root);
    }
    catch (error) {
        throw new UsageError(`--plan ${error.message}`);
    }
}
function render(report, format, color) {
    switch (format) {
        case 'json':
            return renderJson(report);
        case 'markdown':
            return renderMarkdown(report);
        case 'terminal':
            return renderTerminal(report, { color });
    }
}
function parseCli(argv, cwd) {
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            base: { type: 'string' },
            head: { type: 'string' },
            repo: { type: 'string' },
            format: { type: 'string', default: 'terminal' },
            output: { type: 'string', short: 'o' },
            'fail-on': { type: 'string', default: DEFAULT_GATE.failOn },
            'fail-on-owner': { type: 'string', default: DEFAULT_GATE.owners.join(',') },
            include: { type: 'string', multiple: true },
            exclude: { type: 'string', multiple: true },
            plan: { type: 'string' },
            color: { type: 'boolean' },
            'no-color': { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
            version: { type: 'boolean' }
        }
    });
    if (values.help === true)
        return 'help';
    if (values.version === true)
        return 'version';
    const [command, ...paths] = positionals;
    if (command !== 'scan')
        throw new UsageError(command === undefined ? 'missing command' : `unknown command '${command}'`);
    if (values.head !== undefined && values.base === undefined)
        throw new UsageError('--head needs --base');
    if (values.base !== undefined && paths.length > 0) {
        throw new UsageError('paths cannot be combined with --base/--head: a change scan covers what the commits changed');
    }
    const options = {
        root: (0,external_node_path_namespaceObject.resolve)(cwd, values.repo ?? '.'),
        paths: paths.length > 0 ? paths : ['.'],
        format: oneOf('--format', values.format, cli_FORMATS),
        failOn: oneOf('--fail-on', values['fail-on'], [...model_SEVERITIES, 'never']),
        owners: values['fail-on-owner'].split(',').map(o => oneOf('--fail-on-owner', o.trim(), OWNERS))
    };
    if (values.base !== undefined) {
        options.base = values.base;
        options.head = values.head ?? 'HEAD';
    }
    if (values.output !== undefined)
        options.output = values.output;
    if (values.include !== undefined)
        options.include = values.include;
    if (values.exclude !== undefined)
        options.exclude = values.exclude;
    if (values.plan !== undefined)
        options.plan = values.plan;
    if (values.color === true)
        options.color = true;
    if (values['no-color'] === true)
        options.color = false;
    return options;
}
function oneOf(name, value, allowed) {
    if (allowed.includes(value))
        return value;
    throw new UsageError(`${name} must be one of ${allowed.join(', ')}; got '${value}'`);
}


/***/ }),

/***/ 3816:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = __nccwpck_require__(9725)
const { SCHEMES, getSchemeHandler } = __nccwpck_require__(6972)

const VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u
const MALFORMED_SCHEME_ERROR = 'URI scheme is malformed.'
const MALFORMED_HOST_ERROR = 'URI host is malformed.'
// ASCII characters outside the RFC 3986 reg-name set (unreserved, sub-delims
// and "%" for pct-encoded): C0 controls, space, DEL, and "#/:<>?@[\]^`{|}.
const FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u

/**
 * RFC 3986 section 3.1 does not allow percent-encoding in a scheme, so the
 * scheme is validated as-is and never decoded. Decoding would let inert input
 * such as `%6Aavascript:` become a live `javascript:` scheme.
 *
 * @param {string} scheme
 * @returns {string}
 */
function validateScheme (scheme) {
  const stringScheme = String(scheme)
  if (!VALID_SCHEME.test(stringScheme)) {
    throw new TypeError(MALFORMED_SCHEME_ERROR)
  }
  return stringScheme
}

/**
 * @template {import('./types/index').URIComponent|string} T
 * @param {T} uri
 * @param {import('./types/index').Options} [options]
 * @returns {T}
 */
function normalize (uri, options) {
  if (typeof uri === 'string') {
    uri = /** @type {T} */ (normalizeString(uri, options))
  } else if (typeof uri === 'object') {
    uri = /** @type {T} */ (parse(serialize(uri, options), options))
  }
  return uri
}

/**
 * @param {string} baseURI
 * @param {string} relativeURI
 * @param {import('./types/index').Options} [options]
 * @returns {string}
 */
function resolve (baseURI, relativeURI, options) {
  const schemelessOptions = options ? Object.assign({ scheme: 'null' }, options) : { scheme: 'null' }
  const {
    parsed: baseParsed,
    malformedAuthorityOrPort: baseMalformed,
    malformedPercentEncoding: baseMalformedPercentEncoding,
    malformedSchemeSpecific: baseMalformedSchemeSpecific,
    malformedHost: baseMalformedHost,
    malformedScheme: baseMalformedScheme
  } = parseWithStatus(baseURI, schemelessOptions)
  const {
    parsed: relativeParsed,
    malformedAuthorityOrPort: relativeMalformed,
    malformedPercentEncoding: relativeMalformedPercentEncoding,
    malformedSchemeSpecific: relativeMalformedSchemeSpecific,
    malformedHost: relativeMalformedHost,
    malformedScheme: relativeMalformedScheme
  } = parseWithStatus(relativeURI, schemelessOptions)
  if (
    baseMalformed ||
    relativeMalformed ||
    baseMalformedPercentEncoding ||
    relativeMalformedPercentEncoding ||
    baseMalformedSchemeSpecific ||
    relativeMalformedSchemeSpecific ||
    baseMalformedHost ||
    relativeMalformedHost ||
    baseMalformedScheme ||
    relativeMalformedScheme
  ) {
    throw new Error(baseParsed.error || relativeParsed.error || 'URI is malformed.')
  }
  const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true)
  const resolvedSchemeHandler = getSchemeHandler((options && options.scheme) || resolved.scheme)
  const resolvedHost = resolved.host
  const resolvedHostIsIP = resolvedHost !== undefined && resolvedHost !== '' &&
    (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6)
  // Inputs are parsed scheme-neutrally, so delimiters and controls in a domain
  // host are only detected here, once the final scheme is known. They always
  // fail closed, including in percent-encoded hosts.
  if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
    throw new Error(MALFORMED_HOST_ERROR)
  }
  canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)
  // Percent escapes in an ASCII reg-name are encoded data. The WHATWG hostname
  // parser can reject them even though fast-uri preserves them safely as RFC
  // 3986 data. A raw non-ASCII host must still fail closed if conversion fails.
  const encodedASCIIHost = resolvedHost && resolvedHost.indexOf('%') !== -1 &&
    !/\P{ASCII}/u.test(resolvedHost)
  if (resolved.error && !encodedASCIIHost) {
    throw new Error(resolved.error)
  }
  schemelessOptions.skipEscape = true
  return serialize(resolved, schemelessOptions)
}

/**
 * @param {import ('./types/index').URIComponent} base
 * @param {import ('./types/index').URIComponent} relative
 * @param {import('./types/index').Options} [options]
 * @param {boolean} [skipNormalization=false]
 * @returns {import ('./types/index').URIComponent}
 */
function resolveComponent (base, relative, options, skipNormalization) {
  /** @type {import('./types/index').URIComponent} */
  const target = {}
  if (!skipNormalization) {
    base = parse(serialize(base, options), options) // normalize base component
    relative = parse(serialize(relative, options), options) // normalize relative component
  }
  options = options || {}

  if (!options.tolerant && relative.scheme) {
    target.scheme = relative.scheme
    // target.authority = relative.authority;
    target.userinfo = relative.userinfo
    target.host = relative.host
    target.port = relative.port
    target.path = removeDotSegments(relative.path || '')
    target.query = relative.query
  } else {
    if (relative.userinfo !== undefined || relative.host !== undefined || relative.port !== undefined) {
      // target.authority = relative.authority;
      target.userinfo = relative.userinfo
      target.host = relative.host
      target.port = relative.port
      target.path = removeDotSegments(relative.path || '')
      target.query = relative.query
    } else {
      if (!relative.path) {
        target.path = base.path
        if (relative.query !== undefined) {
          target.query = relative.query
        } else {
          target.query = base.query
        }
      } else {
        if (relative.path[0] === '/') {
          target.path = removeDotSegments(relative.path)
        } else {
          const baseHasAuthority = base.userinfo !== undefined || base.host !== undefined || base.port !== undefined
          if (baseHasAuthority && !base.path) {
            target.path = '/' + relative.path
          } else if (!base.path) {
            target.path = relative.path
          } else {
            target.path = base.path.slice(0, base.path.lastIndexOf('/') + 1) + relative.path
          }
          target.path = base.scheme === undefined && !baseHasAuthority && target.path[0] !== '/'
            ? removeDotSegmentsRelative(target.path)
            : removeDotSegments(target.path)
        }
        target.query = relative.query
      }
      // target.authority = base.authority;
      target.userinfo = base.userinfo
      target.host = base.host
      target.port = base.port
    }
    target.scheme = base.scheme
  }

  target.fragment = relative.fragment

  return target
}

/**
 * @param {import ('./types/index').URIComponent|string} uriA
 * @param {import ('./types/index').URIComponent|string} uriB
 * @param {import ('./types/index').Options} options
 * @returns {boolean}
 */
function equal (uriA, uriB, options) {
  const normalizedA = normalizeComparableURI(uriA, options)
  const normalizedB = normalizeComparableURI(uriB, options)

  return normalizedA !== undefined && normalizedB !== undefined && normalizedA === normalizedB
}

/**
 * @param {Readonly<import('./types/index').URIComponent>} cmpts
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function serialize (cmpts, opts) {
  const component = {
    host: cmpts.host,
    scheme: cmpts.scheme,
    userinfo: cmpts.userinfo,
    port: cmpts.port,
    path: cmpts.path,
    query: cmpts.query,
    nid: cmpts.nid,
    nss: cmpts.nss,
    uuid: cmpts.uuid,
    fragment: cmpts.fragment,
    reference: cmpts.reference,
    resourceName: cmpts.resourceName,
    secure: cmpts.secure,
    error: ''
  }
  const options = Object.assign({}, opts)
  const uriTokens = []

  if (component.scheme) {
    component.scheme = validateScheme(component.scheme)
  }

  // find scheme handler
  const schemeHandler = getSchemeHandler(options.scheme || component.scheme)

  // perform scheme specific serialization
  if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options)

  const hasAuthority = component.userinfo !== undefined || component.host !== undefined || component.port !== undefined
  // A reference with no emitted scheme is path-noscheme: a bare ':' in its
  // first path segment would reparse as a scheme (RFC 3986 3.3/4.2). Enforced
  // under skipEscape too (resolve()), so the reapply below gates on this flag.
  const schemelessReference = (component.scheme === undefined || options.reference === 'suffix') && !hasAuthority
  const pathNoScheme = !options.skipEscape && schemelessReference

  if (component.path !== undefined) {
    if (!options.skipEscape) {
      component.path = serializePathEncoding(component.path, pathNoScheme)
    } else {
      component.path = normalizePercentEncoding(component.path)
    }
  }

  if (options.reference !== 'suffix' && component.scheme) {
    // Scheme handlers may replace the scheme during serialization.
    component.scheme = validateScheme(component.scheme)
    uriTokens.push(component.scheme, ':')
  }

  const authority = recomposeAuthority(component)
  if (authority !== undefined) {
    if (options.reference !== 'suffix') {
      uriTokens.push('//')
    }

    uriTokens.push(authority)

    if (component.path && component.path[0] !== '/') {
      uriTokens.push('/')
    }
  }
  if (component.path !== undefined) {
    let s = component.path

    if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
      // A relative-path reference keeps its unresolvable leading ".." segments
      // and must never become root-relative (RFC 3986 section 5.2.4 applies to
      // merged target paths, not to the reference itself).
      s = schemelessReference && s[0] !== '/'
        ? removeDotSegmentsRelative(s)
        : removeDotSegments(s)
    }

    // Dot-segment removal can expose a colon that was not originally in the
    // first segment (for example, "./a:b"). Reapply path-noscheme encoding so
    // the serialized relative reference cannot be reparsed as a URI scheme.
    if (schemelessReference) {
      s = serializePathEncoding(s, true)
    }

    if (
      authority === undefined &&
      s[0] === '/' &&
      s[1] === '/'
    ) {
      // don't allow the path to start with "//"
      s = '/%2F' + s.slice(2)
    }

    uriTokens.push(s)
  }

  if (component.query !== undefined) {
    uriTokens.push('?', encodeQuery(component.query))
  }

  if (component.fragment !== undefined) {
    uriTokens.push('#', encodeFragment(component.fragment))
  }
  return uriTokens.join('')
}

const URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u

// Captures the authority component (between "//" and the next "/", "?" or "#"),
// with or without a scheme prefix, for the literal-backslash rejection below.
const AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/

// Captures the leading authority-introducer region after an optional scheme: a
// run of forward slashes, backslashes, and the characters the WHATWG URL parser
// removes before parsing (TAB U+0009, LF U+000A, CR U+000D). A valid introducer
// is exactly "//". Node treats "\" as "/" on special schemes and strips those
// characters first, so forms like "\\", "/\", "\/", "/<TAB>/", or a leading
// "<TAB>//" reach an authority in Node while fast-uri's URI_PARSE folds them into
// the path group (host confusion / SSRF / redirect bypass).
const AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {RegExpMatchArray} matches
 * @returns {string|undefined}
 */
function getParseError (parsed, matches) {
  if (matches[2] !== undefined && parsed.path && parsed.path[0] !== '/') {
    return 'URI path must start with "/" when authority is present.'
  }

  if (typeof parsed.port === 'number' && (parsed.port < 0 || parsed.port > 65535)) {
    return 'URI port is malformed.'
  }

  return undefined
}

/**
 * Checks percent syntax without decoding the represented octets. RFC 3986
 * percent-encoding is byte-oriented, so sequences such as `%FF` are valid even
 * though they are not independently valid UTF-8.
 *
 * @param {string|undefined} component
 * @returns {boolean}
 */
function hasMalformedPercentEncoding (component) {
  if (component === undefined) return false

  let percent = component.indexOf('%')
  while (percent !== -1) {
    if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
      return true
    }
    percent = component.indexOf('%', percent + 3)
  }

  return false
}

/**
 * Whether the host is a bracketed IP literal (RFC 3986 `IP-literal`).
 * An unterminated `[` is not a literal, so it must still be validated as a
 * reg-name instead of being waved through as an IP.
 *
 * @param {string} host
 * @returns {boolean}
 */
function isIPLiteral (host) {
  return host[0] === '[' && host[host.length - 1] === ']'
}

/**
 * @param {RegExpMatchArray} matches
 * @returns {boolean}
 */
function hasMalformedComponentPercentEncoding (matches) {
  // Bracketed IP literals use a raw "%" as the zone separator for historical
  // compatibility. Their parsing is intentionally left to normalizeIPv6.
  const host = matches[4]
  return hasMalformedPercentEncoding(matches[3]) ||
    (host !== undefined && !isIPLiteral(host) && hasMalformedPercentEncoding(host)) ||
    hasMalformedPercentEncoding(matches[6]) ||
    hasMalformedPercentEncoding(matches[7]) ||
    hasMalformedPercentEncoding(matches[8])
}

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean, unicodeSupport?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean} whether host conversion failed
 */
function canonicalizeHost (parsed, options, schemeHandler, isIP) {
  if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
    parsed.error = parsed.error || MALFORMED_HOST_ERROR
    return true
  }

  if (
    !options.unicodeSupport &&
    (!schemeHandler || !schemeHandler.unicodeSupport) &&
    parsed.host &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    isIP === false &&
    nonSimpleDomain(parsed.host)
  ) {
    let url
    try {
      url = new URL('http://' + parsed.host)
    } catch (e) {
      parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e
      return true
    }
    // The WHATWG parser must have read the whole input as a host. Anything
    // else means it found a delimiter fast-uri did not, so its hostname would
    // describe a different authority.
    if (!isHostOnlyURL(url)) {
      parsed.error = parsed.error || MALFORMED_HOST_ERROR
      return true
    }
    parsed.host = url.hostname
  }
  return false
}

/**
 * Whether a domain host contains an ASCII character that RFC 3986 does not
 * allow in a reg-name (unreserved, sub-delims, or pct-encoded). Such a host is
 * rejected instead of being handed to the WHATWG URL parser, which would treat
 * "@" as a userinfo delimiter (silently dropping the data before it) and strip
 * TAB, LF, and CR. Non-ASCII characters remain allowed for IDNs.
 *
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean}
 */
function hasForbiddenDomainHost (parsed, options, schemeHandler, isIP) {
  return Boolean(
    parsed.host &&
    isIP === false &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
  )
}

/**
 * @param {URL} url
 * @returns {boolean}
 */
function isHostOnlyURL (url) {
  return url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === '' &&
    url.hostname !== ''
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ parsed: import('./types/index').URIComponent, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function parseWithStatus (uri, opts) {
  const options = Object.assign({}, opts)
  /** @type {import('./types/index').URIComponent} */
  const parsed = {
    scheme: undefined,
    userinfo: undefined,
    host: '',
    port: undefined,
    path: '',
    query: undefined,
    fragment: undefined
  }

  let malformedAuthorityOrPort = false
  let malformedPercentEncoding = false
  let malformedSchemeSpecific = false
  let malformedHost = false
  let malformedIPLiteral = false
  let malformedScheme = false

  let isIP = false
  if (options.reference === 'suffix') {
    if (options.scheme) {
      uri = options.scheme + ':' + uri
    } else {
      uri = '//' + uri
    }
  }

  // A literal backslash (U+005C) is not a valid RFC 3986 URI character and is
  // not an authority delimiter. Reject it in the authority rather than
  // rewriting it: normalizing "\" -> "/" (WHATWG error recovery) could silently
  // change the resource identified by an otherwise-invalid input, and lets "\"
  // act as a host delimiter here while Node's native URL parses a different
  // host (SSRF / redirect / origin-allowlist bypass). Percent-encoded %5C is
  // untouched and remains valid encoded data.
  const authorityMatch = uri.match(AUTHORITY_PREFIX)
  if (authorityMatch !== null && authorityMatch[1].indexOf('\\') !== -1) {
    parsed.error = 'URI authority must not contain a literal backslash.'
    malformedAuthorityOrPort = true
  }

  // Reject a malformed or whitespace-smuggled authority introducer. fast-uri
  // only recognizes a literal "//"; anything else in the leading separator run
  // (a backslash, or a "//" that appears only after removing the TAB/LF/CR that
  // Node strips) means the authority fast-uri parses differs from the one Node's
  // URL resolves. Reject rather than rewrite, mirroring the literal-backslash
  // guard above. Percent-encoded forms (%5C, %09) are untouched, valid data.
  const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION)
  if (introducerMatch !== null) {
    const region = introducerMatch[1]
    const normalizedRegion = region.replace(/[\t\n\r]/g, '')
    // Two or more leading separators introduce an authority.
    if (normalizedRegion.length >= 2) {
      if (normalizedRegion.slice(0, 2) !== '//') {
        parsed.error = parsed.error || 'URI authority must not contain a literal backslash.'
        malformedAuthorityOrPort = true
      } else if (region.length !== normalizedRegion.length) {
        parsed.error = parsed.error || 'URI authority introducer must not contain whitespace.'
        malformedAuthorityOrPort = true
      }
    }
  }

  const matches = uri.match(URI_PARSE)

  if (matches) {
    // store each component
    parsed.scheme = matches[1]
    parsed.userinfo = matches[3]
    parsed.host = matches[4]
    parsed.port = parseInt(matches[5], 10)
    parsed.path = matches[6] || ''
    parsed.query = matches[7]
    parsed.fragment = matches[8]

    if (parsed.scheme !== undefined) {
      if (VALID_SCHEME.test(parsed.scheme)) {
        parsed.scheme = parsed.scheme.toLowerCase()
      } else {
        parsed.error = parsed.error || MALFORMED_SCHEME_ERROR
        malformedScheme = true
      }
    }

    malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches)
    if (malformedPercentEncoding) {
      parsed.error = parsed.error || 'URI contains malformed percent-encoding.'
    }

    // fix port number
    if (isNaN(parsed.port)) {
      parsed.port = matches[5]
    }

    const parseError = getParseError(parsed, matches)
    if (parseError !== undefined) {
      parsed.error = parsed.error || parseError
      malformedAuthorityOrPort = true
    }

    if (parsed.host) {
      const ipv4result = isIPv4(parsed.host)
      if (ipv4result === false) {
        const bracketedIPLiteral = isIPLiteral(parsed.host)
        const hasIPLiteralBracket = parsed.host.indexOf('[') !== -1 || parsed.host.indexOf(']') !== -1
        const ipv6result = normalizeIPv6(parsed.host)
        isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true
        malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true)
        parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase()

        if (malformedIPLiteral) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR
          malformedAuthorityOrPort = true
        }
      } else {
        isIP = true
      }
    }
    if (parsed.scheme === undefined && parsed.userinfo === undefined && parsed.host === undefined && parsed.port === undefined && parsed.query === undefined && !parsed.path) {
      parsed.reference = 'same-document'
    } else if (parsed.scheme === undefined) {
      parsed.reference = 'relative'
    } else if (parsed.fragment === undefined) {
      parsed.reference = 'absolute'
    } else {
      parsed.reference = 'uri'
    }

    // check for reference errors
    if (options.reference && options.reference !== 'suffix' && options.reference !== parsed.reference) {
      parsed.error = parsed.error || 'URI is not a ' + options.reference + ' reference.'
    }

    // find scheme handler
    const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme)

    // convert Unicode IDN -> ASCII IDN when the effective scheme uses domain hosts
    if (!malformedIPLiteral) {
      malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP)
    }

    if (uri.indexOf('%') !== -1 && parsed.host !== undefined && !malformedIPLiteral) {
      let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true)
      if (!isIP) {
        // Fold reg-name case after decoding unreserved octets. The second
        // pass only restores uppercase hex in escapes that remain encoded.
        host = normalizePercentEncoding(host.toLowerCase())
      }
      // Resolution parses both inputs with the internal `null` scheme before
      // the effective scheme is known. Keep raw host delimiters for that step
      // so resolve() can reject them for domain-host schemes; the resolved
      // authority is encoded when it is serialized.
      parsed.host = isIP || options.scheme !== 'null' ? reescapeHostDelimiters(host, isIP) : host
    }

    if (!schemeHandler || (schemeHandler && !schemeHandler.skipNormalize)) {
      if (parsed.path) {
        parsed.path = normalizePathEncoding(parsed.path)
      }
      if (parsed.query) {
        parsed.query = normalizeQueryFragmentEncoding(parsed.query)
      }
      if (parsed.fragment) {
        parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment)
      }
    }

    // perform scheme specific parsing
    if (schemeHandler && schemeHandler.parse) {
      schemeHandler.parse(parsed, options)
      if (schemeHandler === SCHEMES.urn && parsed.nid === undefined) {
        malformedSchemeSpecific = true
      }
    }
  } else {
    parsed.error = parsed.error || 'URI can not be parsed.'
  }
  return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme }
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns
 */
function parse (uri, opts) {
  return parseWithStatus(uri, opts).parsed
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function normalizeString (uri, opts) {
  return normalizeStringWithStatus(uri, opts).normalized
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ normalized: string, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function normalizeStringWithStatus (uri, opts) {
  const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts)
  return {
    normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
    malformedAuthorityOrPort,
    malformedPercentEncoding,
    malformedSchemeSpecific,
    malformedHost,
    malformedScheme
  }
}

/**
 * @param {import ('./types/index').URIComponent|string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string|undefined}
 */
function normalizeComparableURI (uri, opts) {
  if (typeof uri !== 'string' && typeof uri !== 'object') {
    return undefined
  }

  let value
  try {
    value = typeof uri === 'string' ? uri : serialize(uri, opts)
  } catch {
    return undefined
  }
  const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts)
  return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? undefined : normalized
}

const fastUri = {
  SCHEMES,
  normalize,
  resolve,
  resolveComponent,
  equal,
  serialize,
  parse
}

module.exports = fastUri
module.exports["default"] = fastUri
module.exports.fastUri = fastUri


/***/ }),

/***/ 6972:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isUUID } = __nccwpck_require__(9725)
const URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu

const supportedSchemeNames = /** @type {const} */ (['http', 'https', 'ws',
  'wss', 'urn', 'urn:uuid'])

/** @typedef {supportedSchemeNames[number]} SchemeName */

/**
 * @param {string} name
 * @returns {name is SchemeName}
 */
function isValidSchemeName (name) {
  return supportedSchemeNames.indexOf(/** @type {*} */ (name)) !== -1
}

/**
 * @callback SchemeFn
 * @param {import('../types/index').URIComponent} component
 * @param {import('../types/index').Options} options
 * @returns {import('../types/index').URIComponent}
 */

/**
 * @typedef {Object} SchemeHandler
 * @property {SchemeName} scheme - The scheme name.
 * @property {boolean} [domainHost] - Indicates if the scheme supports domain hosts.
 * @property {SchemeFn} parse - Function to parse the URI component for this scheme.
 * @property {SchemeFn} serialize - Function to serialize the URI component for this scheme.
 * @property {boolean} [skipNormalize] - Indicates if normalization should be skipped for this scheme.
 * @property {boolean} [absolutePath] - Indicates if the scheme uses absolute paths.
 * @property {boolean} [unicodeSupport] - Indicates if the scheme supports Unicode.
 */

/**
 * @param {import('../types/index').URIComponent} wsComponent
 * @returns {boolean}
 */
function wsIsSecure (wsComponent) {
  if (wsComponent.secure === true) {
    return true
  } else if (wsComponent.secure === false) {
    return false
  } else if (wsComponent.scheme) {
    return (
      wsComponent.scheme.length === 3 &&
      (wsComponent.scheme[0] === 'w' || wsComponent.scheme[0] === 'W') &&
      (wsComponent.scheme[1] === 's' || wsComponent.scheme[1] === 'S') &&
      (wsComponent.scheme[2] === 's' || wsComponent.scheme[2] === 'S')
    )
  } else {
    return false
  }
}

/** @type {SchemeFn} */
function httpParse (component) {
  if (!component.host) {
    component.error = component.error || 'HTTP URIs must have a host.'
  }

  return component
}

/** @type {SchemeFn} */
function httpSerialize (component) {
  const secure = String(component.scheme).toLowerCase() === 'https'

  // normalize the default port
  if (component.port === (secure ? 443 : 80) || component.port === '') {
    component.port = undefined
  }

  // normalize the empty path
  if (!component.path) {
    component.path = '/'
  }

  // NOTE: We do not parse query strings for HTTP URIs
  // as WWW Form Url Encoded query strings are part of the HTML4+ spec,
  // and not the HTTP spec.

  return component
}

/** @type {SchemeFn} */
function wsParse (wsComponent) {
// indicate if the secure flag is set
  wsComponent.secure = wsIsSecure(wsComponent)

  // construct resouce name
  wsComponent.resourceName = (wsComponent.path || '/') + (wsComponent.query ? '?' + wsComponent.query : '')
  wsComponent.path = undefined
  wsComponent.query = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function wsSerialize (wsComponent) {
// normalize the default port
  if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === '') {
    wsComponent.port = undefined
  }

  // ensure scheme matches secure flag
  if (typeof wsComponent.secure === 'boolean') {
    wsComponent.scheme = (wsComponent.secure ? 'wss' : 'ws')
    wsComponent.secure = undefined
  }

  // reconstruct path from resource name
  if (wsComponent.resourceName) {
    const queryIndex = wsComponent.resourceName.indexOf('?')
    const path = queryIndex === -1
      ? wsComponent.resourceName
      : wsComponent.resourceName.slice(0, queryIndex)
    wsComponent.path = (path && path !== '/' ? path : undefined)
    wsComponent.query = queryIndex === -1
      ? undefined
      : wsComponent.resourceName.slice(queryIndex + 1)
    wsComponent.resourceName = undefined
  }

  // forbid fragment component
  wsComponent.fragment = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function urnParse (urnComponent, options) {
  if (!urnComponent.path) {
    urnComponent.error = 'URN can not be parsed'
    return urnComponent
  }
  const matches = urnComponent.path.match(URN_REG)
  if (matches && matches[0] === urnComponent.path) {
    const scheme = options.scheme || urnComponent.scheme || 'urn'
    urnComponent.nid = matches[1].toLowerCase()
    urnComponent.nss = matches[2]
    const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`
    const schemeHandler = getSchemeHandler(urnScheme)
    urnComponent.path = undefined

    if (schemeHandler) {
      urnComponent = schemeHandler.parse(urnComponent, options)
    }
  } else {
    urnComponent.error = urnComponent.error || 'URN can not be parsed.'
  }

  return urnComponent
}

/** @type {SchemeFn} */
function urnSerialize (urnComponent, options) {
  if (urnComponent.nid === undefined) {
    throw new Error('URN without nid cannot be serialized')
  }
  const scheme = options.scheme || urnComponent.scheme || 'urn'
  const nid = urnComponent.nid.toLowerCase()
  const urnScheme = `${scheme}:${options.nid || nid}`
  const schemeHandler = getSchemeHandler(urnScheme)

  if (schemeHandler) {
    urnComponent = schemeHandler.serialize(urnComponent, options)
  }

  const uriComponent = urnComponent
  const nss = urnComponent.nss
  uriComponent.path = `${nid || options.nid}:${nss}`

  options.skipEscape = true
  return uriComponent
}

/** @type {SchemeFn} */
function urnuuidParse (urnComponent, options) {
  const uuidComponent = urnComponent
  uuidComponent.uuid = uuidComponent.nss
  uuidComponent.nss = undefined

  if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
    uuidComponent.error = uuidComponent.error || 'UUID is not valid.'
  }

  return uuidComponent
}

/** @type {SchemeFn} */
function urnuuidSerialize (uuidComponent) {
  const urnComponent = uuidComponent
  // normalize UUID
  urnComponent.nss = (uuidComponent.uuid || '').toLowerCase()
  return urnComponent
}

const http = /** @type {SchemeHandler} */ ({
  scheme: 'http',
  domainHost: true,
  parse: httpParse,
  serialize: httpSerialize
})

const https = /** @type {SchemeHandler} */ ({
  scheme: 'https',
  domainHost: http.domainHost,
  parse: httpParse,
  serialize: httpSerialize
})

const ws = /** @type {SchemeHandler} */ ({
  scheme: 'ws',
  domainHost: true,
  parse: wsParse,
  serialize: wsSerialize
})

const wss = /** @type {SchemeHandler} */ ({
  scheme: 'wss',
  domainHost: ws.domainHost,
  parse: ws.parse,
  serialize: ws.serialize
})

const urn = /** @type {SchemeHandler} */ ({
  scheme: 'urn',
  parse: urnParse,
  serialize: urnSerialize,
  skipNormalize: true
})

const urnuuid = /** @type {SchemeHandler} */ ({
  scheme: 'urn:uuid',
  parse: urnuuidParse,
  serialize: urnuuidSerialize,
  skipNormalize: true
})

const SCHEMES = /** @type {Record<SchemeName, SchemeHandler>} */ ({
  http,
  https,
  ws,
  wss,
  urn,
  'urn:uuid': urnuuid
})

Object.setPrototypeOf(SCHEMES, null)

/**
 * @param {string|undefined} scheme
 * @returns {SchemeHandler|undefined}
 */
function getSchemeHandler (scheme) {
  return (
    scheme && (
      SCHEMES[/** @type {SchemeName} */ (scheme)] ||
      SCHEMES[/** @type {SchemeName} */(scheme.toLowerCase())])
  ) ||
    undefined
}

module.exports = {
  wsIsSecure,
  SCHEMES,
  isValidSchemeName,
  getSchemeHandler,
}


/***/ }),

/***/ 9725:
/***/ ((module) => {



/** @type {(value: string) => boolean} */
const isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu)

/** @type {(value: string) => boolean} */
const isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u)

/** @type {(value: string) => boolean} */
const isPort = RegExp.prototype.test.bind(/^\d*$/u)

/** @type {(value: string) => boolean} */
const isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu)

/** @type {(value: string) => boolean} */
const isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu)

/** @type {(value: string) => boolean} */
const isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u)

/** @type {(value: string) => boolean} */
const isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u)

/** @type {(value: string) => boolean} */
const isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u)

const BYTE_HEX = new Array(256)
{
  const HEX_DIGITS = '0123456789ABCDEF'
  for (let i = 0; i < 256; i++) {
    BYTE_HEX[i] = '%' + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 0xF]
  }
}
function percentEncodeNonAscii (cp) {
  if (cp < 0x800) {
    return BYTE_HEX[0xC0 | (cp >> 6)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  if (cp < 0x10000) {
    return BYTE_HEX[0xE0 | (cp >> 12)] +
           BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  return BYTE_HEX[0xF0 | (cp >> 18)] +
         BYTE_HEX[0x80 | ((cp >> 12) & 0x3F)] +
         BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
         BYTE_HEX[0x80 | (cp & 0x3F)]
}

/**
 * @param {Array<string>} input
 * @returns {string}
 */
function stringArrayToHexStripped (input) {
  let acc = ''
  let code = 0
  let i = 0

  for (i = 0; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (code === 48) {
      continue
    }
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
    break
  }

  for (i += 1; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
  }
  return acc
}

/** @type {(value: string) => boolean} */
const isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/)

/** @type {(value: string) => boolean} */
const isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/)

/** @type {(value: string) => boolean} */
const isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/)

/**
 * @param {string} value
 * @returns {boolean}
 */
const nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u)

/**
 * @param {string} zone
 * @returns {boolean}
 */
function isZoneIdentifier (zone) {
  if (zone.length === 0) return false

  for (let i = 0; i < zone.length; i++) {
    if (isZoneCharacter(zone[i])) continue
    if (zone[i] === '%' && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
      i += 2
      continue
    }
    return false
  }

  return true
}

/**
 * Compresses the longest run of zero hextets to "::" per RFC 5952. A run of a
 * single zero hextet is left uncompressed. On ties the leftmost run wins.
 *
 * @param {string[]} hextets
 * @returns {string}
 */
function compressIPv6ZeroRun (hextets) {
  let bestStart = -1
  let bestLength = 0
  let runStart = -1
  let runLength = 0
  for (let i = 0; i < hextets.length; i++) {
    if (hextets[i] === '0') {
      if (runStart === -1) runStart = i
      runLength++
      if (runLength > bestLength) {
        bestLength = runLength
        bestStart = runStart
      }
    } else {
      runStart = -1
      runLength = 0
    }
  }

  if (bestLength < 2) return hextets.join(':')

  const head = hextets.slice(0, bestStart).join(':')
  const tail = hextets.slice(bestStart + bestLength).join(':')
  return head + '::' + tail
}

/**
 * Validates an IPv6 address against the alternatives in RFC 3986 section
 * 3.2.2 and returns the same address with leading hextet zeroes removed.
 * An embedded IPv4 address counts as two hextets and is only valid at the end.
 *
 * @param {string} input
 * @returns {string|undefined}
 */
function normalizeIPv6Address (input) {
  const compression = input.indexOf('::')
  if (compression !== -1 && input.indexOf('::', compression + 1) !== -1) return undefined

  const left = compression === -1 ? input.split(':') : input.slice(0, compression).split(':')
  const right = compression === -1 ? [] : input.slice(compression + 2).split(':')
  if (compression !== -1) {
    if (left.length === 1 && left[0] === '') left.length = 0
    if (right.length === 1 && right[0] === '') right.length = 0
  }

  const parts = left.concat(right)
  let hextetCount = 0
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (part === '') return undefined

    if (part.indexOf('.') !== -1) {
      if (i !== parts.length - 1 || (compression !== -1 && right.length === 0) || !isIPv4(part)) return undefined
      hextetCount += 2
      continue
    }

    if (!isHextet(part)) return undefined
    parts[i] = parseInt(part, 16).toString(16)
    hextetCount++
  }

  if (compression === -1) {
    if (hextetCount !== 8) return undefined
    return compressIPv6ZeroRun(parts)
  }
  if (hextetCount >= 8) return undefined

  // expand "::" then re-compress the longest run for a canonical result
  const expanded = parts.slice(0, left.length)
  for (let i = hextetCount; i < 8; i++) expanded.push('0')
  for (let i = left.length; i < parts.length; i++) expanded.push(parts[i])
  return compressIPv6ZeroRun(expanded)
}

/**
 * @typedef {Object} NormalizeIPv6Result
 * @property {string} host - The normalized host.
 * @property {string} [escapedHost] - The escaped host.
 * @property {boolean} isIPV6 - Indicates if the host is an IPv6 address.
 * @property {boolean} [isIPVFuture] - Indicates if the host is an IPvFuture literal.
 * @property {boolean} [error] - Indicates if a bracketed IP literal is malformed.
 */

/**
 * Validates and normalizes a bracketed IP literal. Raw zone separators remain
 * accepted for backwards compatibility, while encoded separators and zone
 * contents follow RFC 6874.
 *
 * @param {string} host
 * @returns {NormalizeIPv6Result}
 */
function normalizeIPv6 (host) {
  const bracketed = host[0] === '[' && host[host.length - 1] === ']'
  const hasBracket = host[0] === '[' || host[host.length - 1] === ']'
  if (hasBracket && !bracketed) return { host, isIPV6: false, error: true }

  let input = bracketed ? host.slice(1, -1) : host
  if (bracketed && isIPvFuture(input)) {
    input = input.toLowerCase()
    return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true }
  }

  if (findToken(input, ':') < 2) {
    return { host, isIPV6: false, error: bracketed }
  }

  let zoneIdentifier = ''
  const zoneSeparator = input.indexOf('%')
  if (zoneSeparator !== -1) {
    const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === '%25' ? 3 : 1
    zoneIdentifier = input.slice(zoneSeparator + separatorLength)
    if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true }
    input = input.slice(0, zoneSeparator)
  }

  const address = normalizeIPv6Address(input)
  if (address === undefined) return { host, isIPV6: false, error: true }

  return {
    host: address + (zoneIdentifier ? '%' + zoneIdentifier : ''),
    escapedHost: address + (zoneIdentifier ? '%25' + zoneIdentifier : ''),
    isIPV6: true
  }
}

/**
 * @param {string} str
 * @param {string} token
 * @returns {number}
 */
function findToken (str, token) {
  let ind = 0
  for (let i = 0; i < str.length; i++) {
    if (str[i] === token) ind++
  }
  return ind
}

/**
 * @param {string} path
 * @returns {string}
 *
 * @see https://datatracker.ietf.org/doc/html/rfc3986#section-5.2.4
 */
function removeDotSegments (path) {
  let input = path
  const output = []
  let nextSlash = -1
  let len = 0

  // eslint-disable-next-line no-cond-assign
  while (len = input.length) {
    if (len === 1) {
      if (input === '.') {
        break
      } else if (input === '/') {
        output.push('/')
        break
      } else {
        output.push(input)
        break
      }
    } else if (len === 2) {
      if (input[0] === '.') {
        if (input[1] === '.') {
          break
        } else if (input[1] === '/') {
          input = input.slice(2)
          continue
        }
      } else if (input[0] === '/') {
        if (input[1] === '.' || input[1] === '/') {
          output.push('/')
          break
        }
      }
    } else if (len === 3) {
      if (input === '/..') {
        if (output.length !== 0) {
          output.pop()
        }
        output.push('/')
        break
      }
    }
    if (input[0] === '.') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(3)
          continue
        }
      } else if (input[1] === '/') {
        input = input.slice(2)
        continue
      }
    } else if (input[0] === '/') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(2)
          continue
        } else if (input[2] === '.') {
          if (input[3] === '/') {
            input = input.slice(3)
            if (output.length !== 0) {
              output.pop()
            }
            continue
          }
        }
      }
    }

    // Rule 2E: Move normal path segment to output
    if ((nextSlash = input.indexOf('/', 1)) === -1) {
      output.push(input)
      break
    } else {
      output.push(input.slice(0, nextSlash))
      input = input.slice(nextSlash)
    }
  }

  return output.join('')
}

/**
 * Removes dot segments from the path of a relative reference (a path that does
 * not start with "/") without changing what it resolves to against any base.
 * Unlike `removeDotSegments`, leading ".." segments that cannot be collapsed
 * are kept, the result never becomes root-relative, and a result that would be
 * empty or start with an empty segment is prefixed with "." (an empty path
 * means "same document" and a leading "//" would introduce an authority).
 *
 * @param {string} path
 * @returns {string}
 */
function removeDotSegmentsRelative (path) {
  if (path === '' || path[0] === '/') {
    return removeDotSegments(path)
  }

  const segments = path.split('/')
  const last = segments.length - 1
  /** @type {string[]} */
  const output = []
  let trailingDirectory = false

  for (let i = 0; i <= last; i++) {
    const segment = segments[i]
    if (segment === '.' || segment === '..') {
      if (segment === '..') {
        if (output.length !== 0 && output[output.length - 1] !== '..') {
          output.pop()
        } else {
          output.push('..')
        }
      }
      trailingDirectory = i === last
    } else {
      output.push(segment)
    }
  }

  if (trailingDirectory && output[output.length - 1] !== '..') {
    output.push('')
  }
  if (output.length === 0 || output[0] === '' || output[0].includes(':')) {
    // An empty path, a leading empty segment ("//"), or a first segment
    // containing ":" (which would be mistaken for a scheme, RFC 3986 section
    // 4.2) must stay behind a "." segment so the reference keeps its meaning.
    output.unshift('.')
  }

  return output.join('/')
}

/**
 * Re-escape RFC 3986 gen-delims that must not appear literally in the host.
 * After the URI regex parses, these characters cannot be literal in the host
 * field, so any that appear after decoding came from percent-encoding and
 * must be restored to prevent authority structure changes.
 *
 * @param {string} host
 * @param {boolean} isIP - true for IPv4/IPv6 hosts (skip colon re-escaping)
 * @returns {string}
 */
const HOST_DELIMS = { '@': '%40', '/': '%2F', '?': '%3F', '#': '%23', ':': '%3A' }
const HOST_DELIM_RE = /[@/?#:]/g
const HOST_DELIM_NO_COLON_RE = /[@/?#]/g

function reescapeHostDelimiters (host, isIP) {
  const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE
  re.lastIndex = 0
  return host.replace(re, (ch) => HOST_DELIMS[ch])
}

/**
 * Normalizes percent escapes and optionally decodes only unreserved ASCII bytes.
 * Reserved delimiters such as `%2F` stay escaped; `%2E` is unreserved.
 *
 * @param {string} input
 * @param {boolean} [decodeUnreserved=false]
 * @returns {string}
 */
function normalizePercentEncoding (input, decodeUnreserved = false) {
  if (input.indexOf('%') === -1) {
    return input
  }

  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decodeUnreserved && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    output += input[i]
  }

  return output
}

/**
 * Normalizes path data without turning reserved escapes into live path syntax.
 * Valid escapes are uppercased, raw unsafe characters are escaped, and only
 * unreserved bytes that are not `.` are decoded.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizePathEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decoded !== '.' && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isPathCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Serializes a path without rewriting reserved data. Raw RFC 3986 path
 * characters remain literal, valid escapes are preserved and uppercased, and
 * everything else is UTF-8 percent-encoded. In a path-noscheme, a colon in the
 * first segment must be escaped so the result cannot be parsed as a scheme.
 *
 * @param {string} input
 * @param {boolean} [pathNoScheme=false]
 * @returns {string}
 */
function serializePathEncoding (input, pathNoScheme = false) {
  let output = ''
  let firstSegment = pathNoScheme && input[0] !== '/'

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (ch === '/') {
      firstSegment = false
    }

    if (isPathCharacter(ch) && (ch !== ':' || !firstSegment)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Percent-encodes a URI component using its RFC 3986 literal character set.
 * Existing valid escapes are preserved and normalized to uppercase hex.
 *
 * @param {string} input
 * @param {(value: string) => boolean} isAllowed
 * @returns {string}
 */
function encodeComponent (input, isAllowed) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (isAllowed(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Encodes userinfo while preserving its RFC 3986 §3.2.1 literal characters.
 * In particular, authority delimiters such as `@`, `/`, `?`, and `#` are data.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeUserinfo (input) {
  return encodeComponent(input, isUserinfoCharacter)
}

/**
 * Encodes query data using the RFC 3986 §3.4 grammar. A literal `#` must be
 * escaped because it would otherwise begin the fragment component.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeQuery (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

/**
 * Encodes fragment data using the RFC 3986 §3.5 grammar.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeFragment (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

function isEscapeSafe (cp) {
  return (
    (cp >= 0x30 && cp <= 0x39) ||
    (cp >= 0x41 && cp <= 0x5A) ||
    (cp >= 0x61 && cp <= 0x7A) ||
    cp === 0x2A || cp === 0x2B || cp === 0x2D || cp === 0x2E ||
    cp === 0x2F || cp === 0x40 || cp === 0x5F
  )
}

/**
 * Normalizes the percent-encoding of a query or fragment component.
 *
 * Like `normalizePathEncoding`, but uses the query/fragment character set
 * (which additionally allows `?`) and decodes `.` since it has no dot-segment
 * meaning outside of a path.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizeQueryFragmentEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isQueryFragmentCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Escapes a component while preserving existing valid percent escapes.
 *
 * @param {string} input
 * @returns {string}
 */
function escapePreservingEscapes (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    output += escape(input[i])
  }

  return output
}

/**
 * @param {import('../types/index').URIComponent} component
 * @returns {string|undefined}
 */
function recomposeAuthority (component) {
  const uriTokens = []

  if (component.userinfo !== undefined) {
    uriTokens.push(encodeUserinfo(component.userinfo))
    uriTokens.push('@')
  }

  if (component.host !== undefined) {
    let host = component.host
    if (!isIPv4(host)) {
      let ipV6res = normalizeIPv6(host)
      if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
        // Decode only unreserved bytes, once. In particular, keep %25 encoded
        // so it cannot introduce a second escape during recomposition.
        host = normalizePercentEncoding(host, true)
        ipV6res = normalizeIPv6(host)
      }
      if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
        host = `[${ipV6res.escapedHost}]`
      } else {
        host = reescapeHostDelimiters(host, false)
      }
    }
    uriTokens.push(host)
  }

  if (typeof component.port === 'number' || typeof component.port === 'string') {
    const port = String(component.port)
    if (!isPort(port)) {
      throw new TypeError('URI port is malformed.')
    }
    uriTokens.push(':')
    uriTokens.push(port)
  }

  return uriTokens.length ? uriTokens.join('') : undefined
};

module.exports = {
  nonSimpleDomain,
  recomposeAuthority,
  reescapeHostDelimiters,
  normalizePercentEncoding,
  normalizePathEncoding,
  serializePathEncoding,
  normalizeQueryFragmentEncoding,
  encodeUserinfo,
  encodeQuery,
  encodeFragment,
  escapePreservingEscapes,
  removeDotSegments,
  removeDotSegmentsRelative,
  isIPv4,
  isUUID,
  normalizeIPv6,
  stringArrayToHexStripped
}


/***/ }),

/***/ 6590:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$id":"https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#","description":"Meta-schema for $data reference (JSON AnySchema extension proposal)","type":"object","required":["$data"],"properties":{"$data":{"type":"string","anyOf":[{"format":"relative-json-pointer"},{"format":"json-pointer"}]}},"additionalProperties":false}');

/***/ }),

/***/ 6564:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"http://json-schema.org/draft-07/schema#","title":"Core schema meta-schema","definitions":{"schemaArray":{"type":"array","minItems":1,"items":{"$ref":"#"}},"nonNegativeInteger":{"type":"integer","minimum":0},"nonNegativeIntegerDefault0":{"allOf":[{"$ref":"#/definitions/nonNegativeInteger"},{"default":0}]},"simpleTypes":{"enum":["array","boolean","integer","null","number","object","string"]},"stringArray":{"type":"array","items":{"type":"string"},"uniqueItems":true,"default":[]}},"type":["object","boolean"],"properties":{"$id":{"type":"string","format":"uri-reference"},"$schema":{"type":"string","format":"uri"},"$ref":{"type":"string","format":"uri-reference"},"$comment":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"default":true,"readOnly":{"type":"boolean","default":false},"examples":{"type":"array","items":true},"multipleOf":{"type":"number","exclusiveMinimum":0},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"maxLength":{"$ref":"#/definitions/nonNegativeInteger"},"minLength":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"pattern":{"type":"string","format":"regex"},"additionalItems":{"$ref":"#"},"items":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/schemaArray"}],"default":true},"maxItems":{"$ref":"#/definitions/nonNegativeInteger"},"minItems":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"uniqueItems":{"type":"boolean","default":false},"contains":{"$ref":"#"},"maxProperties":{"$ref":"#/definitions/nonNegativeInteger"},"minProperties":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"required":{"$ref":"#/definitions/stringArray"},"additionalProperties":{"$ref":"#"},"definitions":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"properties":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"patternProperties":{"type":"object","additionalProperties":{"$ref":"#"},"propertyNames":{"format":"regex"},"default":{}},"dependencies":{"type":"object","additionalProperties":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/stringArray"}]}},"propertyNames":{"$ref":"#"},"const":true,"enum":{"type":"array","items":true,"minItems":1,"uniqueItems":true},"type":{"anyOf":[{"$ref":"#/definitions/simpleTypes"},{"type":"array","items":{"$ref":"#/definitions/simpleTypes"},"minItems":1,"uniqueItems":true}]},"format":{"type":"string"},"contentMediaType":{"type":"string"},"contentEncoding":{"type":"string"},"if":{"$ref":"#"},"then":{"$ref":"#"},"else":{"$ref":"#"},"allOf":{"$ref":"#/definitions/schemaArray"},"anyOf":{"$ref":"#/definitions/schemaArray"},"oneOf":{"$ref":"#/definitions/schemaArray"},"not":{"$ref":"#"}},"default":true}');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(4577);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map