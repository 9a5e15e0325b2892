import { createRequire as __aksbgCreateRequire } from 'node:module'; const require = __aksbgCreateRequire(import.meta.url);
import {
  FEW_ASSIGNMENTS,
  InputError,
  MATRIX_FILE,
  REQUIRED_PROVIDERS,
  RULE_FILE,
  SYMBOL,
  SourceMap,
  TOOL_NAME,
  TOOL_VERSION,
  computePlan,
  estateDigest,
  expandClusters,
  formatBytes,
  formatDiagnostic,
  formatDuration,
  formatPath,
  inShard,
  instanceInVault,
  isFirstShard,
  locateSchemaErrors,
  matrixFromDocument,
  matrixValue,
  parseDuration,
  parseTimeOfDay,
  parseYaml,
  pathOf,
  printJsonEntries,
  readDataFile,
  readPlanFile,
  readTextFile,
  renderChanges,
  requireMatrixValue,
  require_ucs2length,
  shortName,
  suggest,
  toPlanFile,
  writePlanFile
} from "./chunk-LEEMSPS5.js";
import {
  ESTATE_SCHEMA_VERSION
} from "./chunk-K75ECK3V.js";
import {
  EstateBuilder,
  backupSchedule,
  buildEstate,
  byCodeUnit
} from "./chunk-DXYLSLI5.js";
import {
  idKey,
  jobOutcome,
  parseInstant
} from "./chunk-7EMEIYIE.js";
import {
  __commonJS,
  __toESM
} from "./chunk-E45LEVXN.js";

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
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
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
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
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
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
    var plus = new _Code("+");
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
          if (res !== void 0) {
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
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
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
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
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
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
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
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
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
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
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
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
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
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
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
    };
    var Assign = class extends Node {
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
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
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
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
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
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
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
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
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
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
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
    };
    var ForRange = class extends For {
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
    };
    var ForIter = class extends For {
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
    };
    var Func = class extends BlockNode {
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
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
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
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
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
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
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
        if (rhs !== void 0 && constant)
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
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
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
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
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
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
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
        if (n instanceof N1 || N2 && n instanceof N2) {
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
    };
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
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
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
      const rules2 = self.RULES.keywords;
      for (const key in schema) {
        if (!rules2[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules2) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules2[key])
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
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
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
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
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
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
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
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
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
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
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
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
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
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
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
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
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
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
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
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
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
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
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
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
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
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
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
        compositeRule: true
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
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
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
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
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
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
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
      "const"
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
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
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
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
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
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
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
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
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
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
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
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
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
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
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
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
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
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
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
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
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
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
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
      const rules2 = it.self.RULES.all;
      for (const keyword in rules2) {
        const rule = rules2[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
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
    var KeywordCxt = class {
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
        } else {
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
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
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
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
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
        if (this.errsCount === void 0)
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
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
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
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
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
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
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
      } else {
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
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
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
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
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
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
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
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
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
      let _sch = resolve2.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
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
    function resolve2(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
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
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
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
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
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
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve2(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative3, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative3 = parse(serialize(relative3, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative3.scheme) {
        target.scheme = relative3.scheme;
        target.userinfo = relative3.userinfo;
        target.host = relative3.host;
        target.port = relative3.port;
        target.path = removeDotSegments(relative3.path || "");
        target.query = relative3.query;
      } else {
        if (relative3.userinfo !== void 0 || relative3.host !== void 0 || relative3.port !== void 0) {
          target.userinfo = relative3.userinfo;
          target.host = relative3.host;
          target.port = relative3.port;
          target.path = removeDotSegments(relative3.path || "");
          target.query = relative3.query;
        } else {
          if (!relative3.path) {
            target.path = base.path;
            if (relative3.query !== void 0) {
              target.query = relative3.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative3.path[0] === "/") {
              target.path = removeDotSegments(relative3.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative3.path;
              } else if (!base.path) {
                target.path = relative3.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative3.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative3.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative3.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
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
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve2,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
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
      "Error"
    ]);
    var removedOptions = {
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
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
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
        uriResolver
      };
    }
    var Ajv = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
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
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
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
          } catch (e) {
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
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
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
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
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
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
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
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
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
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
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
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules2 = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules2) {
            const rule = rules2[key];
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
            } else if (sch && !sch.meta) {
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
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
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
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv.ValidationError = validation_error_1.default;
    Ajv.MissingRefError = ref_error_1.default;
    exports.default = Ajv;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
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
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
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
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
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
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
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
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
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
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
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
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
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
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
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
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
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
          } else {
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
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
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
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
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
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
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
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
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
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
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
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
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
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
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
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
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
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
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
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
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
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
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
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
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
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
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
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
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
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
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
            } else {
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
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
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
          } else {
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
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
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
            } else {
              gen.var(valid, true);
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
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
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
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
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
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
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
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
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
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js
var require_dynamicAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicAnchor = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicAnchor",
      schemaType: "string",
      code: (cxt) => dynamicAnchor(cxt, cxt.schema)
    };
    function dynamicAnchor(cxt, anchor) {
      const { gen, it } = cxt;
      it.schemaEnv.root.dynamicAnchors[anchor] = true;
      const v = (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
      const validate = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
      gen.if((0, codegen_1._)`!${v}`, () => gen.assign(v, validate));
    }
    exports.dynamicAnchor = dynamicAnchor;
    function _getValidate(cxt) {
      const { schemaEnv, schema, self } = cxt.it;
      const { root, baseId, localRefs, meta } = schemaEnv.root;
      const { schemaId } = self.opts;
      const sch = new compile_1.SchemaEnv({ schema, schemaId, root, baseId, localRefs, meta });
      compile_1.compileSchema.call(self, sch);
      return (0, ref_1.getValidate)(cxt, sch);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js
var require_dynamicRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicRef = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicRef",
      schemaType: "string",
      code: (cxt) => dynamicRef(cxt, cxt.schema)
    };
    function dynamicRef(cxt, ref) {
      const { gen, keyword, it } = cxt;
      if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
      const anchor = ref.slice(1);
      if (it.allErrors) {
        _dynamicRef();
      } else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
      }
      function _dynamicRef(valid) {
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
          const v = gen.let("_v", (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
          gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        } else {
          _callRef(it.validateName, valid)();
        }
      }
      function _callRef(validate, valid) {
        return valid ? () => gen.block(() => {
          (0, ref_1.callRef)(cxt, validate);
          gen.let(valid, true);
        }) : () => (0, ref_1.callRef)(cxt, validate);
      }
    }
    exports.dynamicRef = dynamicRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js
var require_recursiveAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var util_1 = require_util();
    var def = {
      keyword: "$recursiveAnchor",
      schemaType: "boolean",
      code(cxt) {
        if (cxt.schema)
          (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
          (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js
var require_recursiveRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicRef_1 = require_dynamicRef();
    var def = {
      keyword: "$recursiveRef",
      schemaType: "string",
      code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/index.js
var require_dynamic = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var dynamicRef_1 = require_dynamicRef();
    var recursiveAnchor_1 = require_recursiveAnchor();
    var recursiveRef_1 = require_recursiveRef();
    var dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
    exports.default = dynamic;
  }
});

// node_modules/ajv/dist/vocabularies/validation/dependentRequired.js
var require_dependentRequired = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/dependentRequired.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentRequired",
      type: "object",
      schemaType: "object",
      error: dependencies_1.error,
      code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js
var require_dependentSchemas = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentSchemas",
      type: "object",
      schemaType: "object",
      code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitContains.js
var require_limitContains = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitContains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["maxContains", "minContains"],
      type: "array",
      schemaType: "number",
      code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === void 0) {
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/next.js
var require_next = __commonJS({
  "node_modules/ajv/dist/vocabularies/next.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependentRequired_1 = require_dependentRequired();
    var dependentSchemas_1 = require_dependentSchemas();
    var limitContains_1 = require_limitContains();
    var next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
    exports.default = next;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js
var require_unevaluatedProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var error = {
      message: "must NOT have unevaluated properties",
      params: ({ params }) => (0, codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`
    };
    var def = {
      keyword: "unevaluatedProperties",
      type: "object",
      schemaType: ["boolean", "object"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        } else if (props !== true) {
          gen.forIn("key", data, (key) => props === void 0 ? unevaluatedPropCode(key) : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
          if (schema === false) {
            cxt.setParams({ unevaluatedProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
          const ps = [];
          for (const p in evaluatedProps) {
            if (evaluatedProps[p] === true)
              ps.push((0, codegen_1._)`${key} !== ${p}`);
          }
          return (0, codegen_1.and)(...ps);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js
var require_unevaluatedItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "unevaluatedItems",
      type: "array",
      schemaType: ["boolean", "object"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        if (schema === false) {
          cxt.setParams({ len: items });
          cxt.fail((0, codegen_1._)`${len} > ${items}`);
        } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
          const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items}`);
          gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
          cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
          gen.forRange("i", from, len, (i) => {
            cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/index.js
var require_unevaluated = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var unevaluatedProperties_1 = require_unevaluatedProperties();
    var unevaluatedItems_1 = require_unevaluatedItems();
    var unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
    exports.default = unevaluated;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
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
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
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
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft2020.js
var require_draft2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft2020Vocabularies = [
      dynamic_1.default,
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(true),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary,
      next_1.default,
      unevaluated_1.default
    ];
    exports.default = draft2020Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
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
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
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
              if (sch === void 0)
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
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
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
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/schema.json
var require_schema = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true,
        "https://json-schema.org/draft/2020-12/vocab/applicator": true,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true,
        "https://json-schema.org/draft/2020-12/vocab/validation": true,
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true,
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true,
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/unevaluated" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format-annotation" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      $comment: "This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.",
      properties: {
        definitions: {
          $comment: '"definitions" has been replaced by "$defs".',
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          deprecated: true,
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" has been split and replaced by "dependentSchemas" and "dependentRequired" in order to serve their differing semantics.',
          type: "object",
          additionalProperties: {
            anyOf: [{ $dynamicRef: "#meta" }, { $ref: "meta/validation#/$defs/stringArray" }]
          },
          deprecated: true,
          default: {}
        },
        $recursiveAnchor: {
          $comment: '"$recursiveAnchor" has been replaced by "$dynamicAnchor".',
          $ref: "meta/core#/$defs/anchorString",
          deprecated: true
        },
        $recursiveRef: {
          $comment: '"$recursiveRef" has been replaced by "$dynamicRef".',
          $ref: "meta/core#/$defs/uriReferenceString",
          deprecated: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json
var require_applicator2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/applicator": true
      },
      $dynamicAnchor: "meta",
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        prefixItems: { $ref: "#/$defs/schemaArray" },
        items: { $dynamicRef: "#meta" },
        contains: { $dynamicRef: "#meta" },
        additionalProperties: { $dynamicRef: "#meta" },
        properties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        propertyNames: { $dynamicRef: "#meta" },
        if: { $dynamicRef: "#meta" },
        then: { $dynamicRef: "#meta" },
        else: { $dynamicRef: "#meta" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $dynamicRef: "#meta" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $dynamicRef: "#meta" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json
var require_unevaluated2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/unevaluated",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true
      },
      $dynamicAnchor: "meta",
      title: "Unevaluated applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        unevaluatedItems: { $dynamicRef: "#meta" },
        unevaluatedProperties: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json
var require_content = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentEncoding: { type: "string" },
        contentMediaType: { type: "string" },
        contentSchema: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json
var require_core3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true
      },
      $dynamicAnchor: "meta",
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          $ref: "#/$defs/uriReferenceString",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: { $ref: "#/$defs/uriString" },
        $ref: { $ref: "#/$defs/uriReferenceString" },
        $anchor: { $ref: "#/$defs/anchorString" },
        $dynamicRef: { $ref: "#/$defs/uriReferenceString" },
        $dynamicAnchor: { $ref: "#/$defs/anchorString" },
        $vocabulary: {
          type: "object",
          propertyNames: { $ref: "#/$defs/uriString" },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" }
        }
      },
      $defs: {
        anchorString: {
          type: "string",
          pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"
        },
        uriString: {
          type: "string",
          format: "uri"
        },
        uriReferenceString: {
          type: "string",
          format: "uri-reference"
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json
var require_format_annotation = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/format-annotation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true
      },
      $dynamicAnchor: "meta",
      title: "Format vocabulary meta-schema for annotation results",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json
var require_meta_data = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true
      },
      $dynamicAnchor: "meta",
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json
var require_validation2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/validation": true
      },
      $dynamicAnchor: "meta",
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/index.js
var require_json_schema_2020_12 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema();
    var applicator = require_applicator2();
    var unevaluated = require_unevaluated2();
    var content = require_content();
    var core = require_core3();
    var format = require_format_annotation();
    var metadata = require_meta_data();
    var validation = require_validation2();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2020($data) {
      ;
      [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2020;
  }
});

// node_modules/ajv/dist/2020.js
var require__ = __commonJS({
  "node_modules/ajv/dist/2020.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
    var core_1 = require_core();
    var draft2020_1 = require_draft2020();
    var discriminator_1 = require_discriminator();
    var json_schema_2020_12_1 = require_json_schema_2020_12();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
    var Ajv20202 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2020 = Ajv20202;
    module.exports = exports = Ajv20202;
    module.exports.Ajv2020 = Ajv20202;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20202;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// src/util/clock.ts
function clockFromEnv(env) {
  const fixed = env.AKS_BACKUP_GUARD_NOW;
  if (fixed === void 0 || fixed === "") return () => /* @__PURE__ */ new Date();
  const instant = new Date(fixed);
  return () => {
    if (Number.isNaN(instant.getTime())) {
      throw new Error(
        `AKS_BACKUP_GUARD_NOW must be an ISO 8601 instant such as 2026-11-21T12:00:00Z; got '${fixed}'`
      );
    }
    return instant;
  };
}

// src/report/model.ts
var REPORT_SCHEMA_VERSION = 1;
var SEVERITIES = ["error", "warning", "info"];
var COMMANDS = [
  "validate",
  "plan",
  "apply",
  "audit",
  "backup",
  "restore-test",
  "export",
  "rules"
];

// src/report/build.ts
function buildReport(parts) {
  const changes = parts.changes ?? [];
  const findings = sortFindings(parts.findings ?? []);
  const errors = parts.errors ?? [];
  const summary = summarise(changes, findings);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    command: parts.command,
    generatedAt: parts.now.toISOString(),
    ...parts.config !== void 0 ? { config: parts.config } : {},
    exitCode: exitCodeFor(errors, changes, findings, parts.failOn),
    failOn: parts.failOn,
    summary,
    changes,
    findings,
    errors,
    stats: parts.stats ?? {}
  };
}
function summarise(changes, findings) {
  const summary = {
    create: 0,
    update: 0,
    replace: 0,
    delete: 0,
    noop: 0,
    findings: { error: 0, warning: 0, info: 0, exempted: 0 }
  };
  for (const change of changes) summary[change.action]++;
  for (const finding of findings) {
    if (finding.exempted) summary.findings.exempted++;
    else summary.findings[finding.severity]++;
  }
  return summary;
}
function exitCodeFor(errors, changes, findings, failOn) {
  if (errors.length > 0) return 1;
  if (changes.some((c) => c.action !== "noop" && c.outcome?.status !== "done")) return 2;
  if (findings.some((f) => !f.exempted && atOrAbove(f.severity, failOn))) return 2;
  return 0;
}
function atOrAbove(severity, threshold) {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}
function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => Number(a.exempted) - Number(b.exempted) || SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || (a.line ?? 0) - (b.line ?? 0) || a.ruleId.localeCompare(b.ruleId)
  );
}

// src/apply/approval.ts
function approvalRule(autoApprove, channel) {
  if (autoApprove) return { kind: "approved" };
  if (channel?.kind === "workflow") return { kind: "approved" };
  if (channel?.kind === "terminal") return { kind: "ask", confirm: channel.confirm };
  return {
    kind: "refused",
    reason: "apply changes Azure and there is no terminal to confirm in: give --auto-approve to apply without confirmation (in CI), or run it in a terminal; in the GitHub Action, command: apply is the approval"
  };
}
var CONFIRM_QUESTION = "Do you want to perform these actions?\n  AKS Backup Guard will perform the actions described above.\n  Only 'yes' will be accepted to approve.\n\n  Enter a value: ";
function approver(rule, show) {
  if (rule.kind === "approved") return async () => true;
  return async (changes) => {
    show(renderChanges(changes).join("\n"));
    return rule.confirm(CONFIRM_QUESTION);
  };
}

// src/apply/apply-report.ts
function applyReport(outcome, context) {
  const base = {
    command: "apply",
    failOn: context.failOn,
    now: context.now,
    config: context.config
  };
  if (outcome.kind === "refused") {
    return buildReport({
      ...base,
      changes: (outcome.plan?.changes ?? []).filter((c) => c.action !== "noop").map(toChange),
      findings: outcome.plan?.findings ?? [],
      errors: [{ file: context.source, message: outcome.reason }]
    });
  }
  if (outcome.kind === "nothing-to-do") {
    return buildReport({
      ...base,
      changes: outcome.plan.changes.map(toChange),
      findings: outcome.plan.findings,
      stats: { changes: 0, done: 0 }
    });
  }
  const errors = outcome.results.filter((r) => r.status === "failed").map((r) => ({ file: "Azure", message: `${r.change.kind} ${r.change.id}: ${r.note ?? "failed"}` }));
  const notAttempted = outcome.results.filter((r) => r.status === "not-attempted").length;
  const interrupted = outcome.results.filter((r) => r.status === "interrupted").length;
  if (notAttempted > 0) {
    errors.push({
      file: "Azure",
      message: `${notAttempted} change${notAttempted === 1 ? " was" : "s were"} not attempted because a change they depend on was not done; fix the errors above and re-run apply`
    });
  }
  if (interrupted > 0) {
    errors.push({
      file: "Azure",
      message: `apply was interrupted with ${interrupted} change${interrupted === 1 ? "" : "s"} unfinished; re-run apply to finish (names are deterministic, so nothing is created twice)`
    });
  }
  const count = (status) => outcome.results.filter((r) => r.status === status).length;
  return buildReport({
    ...base,
    changes: outcome.results.map((r) => ({
      ...toChange(r.change),
      outcome: {
        status: r.status,
        seconds: Math.round(r.elapsedMs / 100) / 10,
        ...r.note ? { note: r.note } : {}
      }
    })),
    findings: outcome.plan.findings,
    errors,
    stats: {
      changes: outcome.results.length,
      done: count("done"),
      failed: count("failed"),
      notAttempted,
      interrupted,
      seconds: Math.round(outcome.elapsedMs / 100) / 10
    }
  });
}
function toChange(change) {
  return {
    action: change.action,
    kind: change.kind,
    id: change.id,
    ...change.cluster ? { cluster: change.cluster } : {},
    reasons: change.reasons
  };
}

// src/apply/timing.ts
function defaultTiming(pollIntervalMs = 2e3) {
  return {
    pollIntervalMs,
    propagation: { attempts: 12, firstDelayMs: 3e4, maxDelayMs: 6e4 },
    principalNotFound: { attempts: 4, firstDelayMs: 1e4, maxDelayMs: 1e4 },
    transient: { attempts: 4, firstDelayMs: 5e3, maxDelayMs: 3e4 },
    registrationTimeoutMs: 10 * 6e4,
    extensionTimeoutMs: 15 * 6e4,
    protectionTimeoutMs: 5 * 6e4
  };
}

// src/config/model.ts
var DEFAULT_BACKUP = {
  excludedNamespaces: [],
  includedResourceTypes: [],
  excludedResourceTypes: [],
  labelSelectors: [],
  // Explicitly true: Terraform's false defaults silently skip volumes (AZURE-FACTS.md trap 11).
  includeClusterScopeResources: true,
  snapshotVolumes: true,
  includedVolumeTypes: ["AzureDisk"]
};
var DEFAULT_TIME_ZONE = "Coordinated Universal Time";
var DEFAULT_DRILL_SUFFIX = "-drill";

// src/config/resource-id.ts
var SUBSCRIPTION = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
var RESOURCE_GROUP = /^[-\w.()]{0,89}[-\w()]$/;
var SAFE_CHARS = /^[A-Za-z0-9._()\-/]*$/;
var EXAMPLE_SUB = "00000000-0000-0000-0000-000000000000";
var KINDS = {
  managedCluster: {
    label: "AKS cluster",
    providerType: ["Microsoft.ContainerService", "managedClusters"],
    namePattern: /^[a-zA-Z0-9](?:[a-zA-Z0-9_-]{0,61}[a-zA-Z0-9])?$/,
    nameRule: "1-63 letters, digits, - or _, starting and ending with a letter or digit",
    example: `/subscriptions/${EXAMPLE_SUB}/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-prod`
  },
  backupVault: {
    label: "Backup vault",
    providerType: ["Microsoft.DataProtection", "backupVaults"],
    namePattern: /^[A-Za-z][-A-Za-z0-9]{0,48}[A-Za-z0-9]$/,
    nameRule: "2-50 letters, digits or -, starting with a letter and ending with a letter or digit",
    example: `/subscriptions/${EXAMPLE_SUB}/resourceGroups/rg-backup/providers/Microsoft.DataProtection/backupVaults/bv-weu`
  },
  storageAccount: {
    label: "storage account",
    providerType: ["Microsoft.Storage", "storageAccounts"],
    namePattern: /^[a-z0-9]{3,24}$/,
    nameRule: "3-24 lower-case letters or digits",
    example: `/subscriptions/${EXAMPLE_SUB}/resourceGroups/rg-backup/providers/Microsoft.Storage/storageAccounts/staksbackup`
  },
  userAssignedIdentity: {
    label: "user-assigned identity",
    providerType: ["Microsoft.ManagedIdentity", "userAssignedIdentities"],
    namePattern: /^[a-zA-Z0-9][a-zA-Z0-9_-]{2,127}$/,
    nameRule: "3-128 letters, digits, - or _, starting with a letter or digit",
    example: `/subscriptions/${EXAMPLE_SUB}/resourceGroups/rg-id/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-backup`
  },
  resourceGroup: {
    label: "resource group",
    namePattern: RESOURCE_GROUP,
    nameRule: "1-90 letters, digits, '.', '_', '-', '(' or ')', not ending in '.'",
    example: `/subscriptions/${EXAMPLE_SUB}/resourceGroups/rg-aks-snapshots`
  }
};
function article(word) {
  return /^[aeiou]/i.test(word) || /^AKS/.test(word) ? "an" : "a";
}
function describeChar(ch) {
  if (ch === " ") return "a space";
  if (ch === "	") return "a tab";
  if (ch === "'") return "a single quote";
  if (ch === '"') return "a double quote";
  const code = ch.codePointAt(0) ?? 0;
  if (code < 32 || code === 127) return `a control character (U+${code.toString(16).padStart(4, "0")})`;
  return `'${ch}'`;
}
var EXPECTED_ID = Object.fromEntries(
  Object.entries(KINDS).map(([kind, spec]) => [
    kind,
    `expected ${article(spec.label)} ${spec.label} id like ${spec.example}`
  ])
);
function parseResourceId(text, kind) {
  const spec = KINDS[kind];
  const expected = EXPECTED_ID[kind];
  if (!SAFE_CHARS.test(text)) {
    const offset = [...text].findIndex((ch2) => !SAFE_CHARS.test(ch2));
    const ch = [...text][offset] ?? "";
    return {
      ok: false,
      offset,
      reason: `${describeChar(ch)} at position ${offset + 1} is not allowed in an Azure resource id (${expected})`
    };
  }
  if (!text.startsWith("/"))
    return { ok: false, reason: `an Azure resource id starts with '/': ${expected}` };
  const parts = text.slice(1).split("/");
  if (parts.some((p) => p === ""))
    return { ok: false, reason: `the id has an empty segment ('//' or a trailing '/'): ${expected}` };
  const [subLiteral, subscriptionId, rgLiteral, resourceGroup, ...rest] = parts;
  if (subLiteral?.toLowerCase() !== "subscriptions" || subscriptionId === void 0) {
    return { ok: false, reason: `the id must start with /subscriptions/<subscription-guid>: ${expected}` };
  }
  if (!SUBSCRIPTION.test(subscriptionId)) {
    return { ok: false, reason: `'${subscriptionId}' is not a subscription id (a GUID): ${expected}` };
  }
  if (rgLiteral?.toLowerCase() !== "resourcegroups" || resourceGroup === void 0) {
    return { ok: false, reason: `the id must continue with /resourceGroups/<name>: ${expected}` };
  }
  if (!RESOURCE_GROUP.test(resourceGroup)) {
    return {
      ok: false,
      reason: `'${resourceGroup}' is not a valid resource group name (${KINDS.resourceGroup.nameRule})`
    };
  }
  if (spec.providerType === void 0) {
    if (rest.length > 0)
      return { ok: false, reason: `a resource group id ends after the group name: ${expected}` };
    return { ok: true, value: build(text, subscriptionId, resourceGroup, resourceGroup, kind) };
  }
  const [providersLiteral, namespace, type, name, ...extra] = rest;
  const [wantNamespace, wantType] = spec.providerType;
  if (providersLiteral?.toLowerCase() !== "providers" || namespace?.toLowerCase() !== wantNamespace.toLowerCase() || type?.toLowerCase() !== wantType.toLowerCase() || name === void 0) {
    const found = rest.length >= 3 ? ` (found ${rest.slice(1, 3).join("/")})` : "";
    return {
      ok: false,
      reason: `not ${article(spec.label)} ${spec.label} id: expected .../providers/${wantNamespace}/${wantType}/<name>${found}`
    };
  }
  if (extra.length > 0) {
    return { ok: false, reason: `the id has extra segments after the ${spec.label} name: ${expected}` };
  }
  if (!spec.namePattern.test(name)) {
    return { ok: false, reason: `'${name}' is not a valid ${spec.label} name (${spec.nameRule})` };
  }
  return { ok: true, value: build(text, subscriptionId, resourceGroup, name, kind) };
}
function build(id, subscriptionId, resourceGroup, name, kind) {
  return {
    id,
    key: id.toLowerCase(),
    subscriptionId: subscriptionId.toLowerCase(),
    resourceGroup,
    name,
    kind
  };
}
function isSubscriptionId(text) {
  return SUBSCRIPTION.test(text);
}

// src/config/normalise.ts
function normalise(raw, sourceMap) {
  const diagnostics = [];
  const problem = (path, message, prefer = "value") => {
    diagnostics.push({ ...sourceMap.locate(path, prefer), message });
  };
  const id = (path, text, kind) => {
    const parsed = parseResourceId(text, kind);
    if (parsed.ok) return parsed.value;
    problem(path, `${formatPath(path)}: ${parsed.reason}`);
    return void 0;
  };
  const duration2 = (path, text) => {
    if (text === void 0) return void 0;
    const parsed = parseDuration(text);
    if (parsed.ok) return parsed.value;
    problem(path, `${formatPath(path)}: ${parsed.reason}`);
    return void 0;
  };
  const vaults = /* @__PURE__ */ new Map();
  for (const [name, vault] of Object.entries(raw.vaults ?? {})) {
    const vaultId = id(["vaults", name, "id"], vault.id, "backupVault");
    if (vaultId) vaults.set(name, { name, id: vaultId, source: sourceMap.locate(["vaults", name], "key") });
  }
  const storage = /* @__PURE__ */ new Map();
  for (const [name, entry] of Object.entries(raw.storage ?? {})) {
    const account = id(["storage", name, "account"], entry.account, "storageAccount");
    if (account) {
      storage.set(name, {
        name,
        account,
        container: entry.container,
        source: sourceMap.locate(["storage", name], "key")
      });
    }
  }
  const policies = /* @__PURE__ */ new Map();
  for (const [name, policy] of Object.entries(raw.policies ?? {})) {
    const base = ["policies", name];
    const every = duration2([...base, "schedule", "every"], policy.schedule.every);
    const operational = duration2([...base, "retention", "operational"], policy.retention.operational);
    const vaultRetention = duration2([...base, "retention", "vault"], policy.retention.vault);
    if (!every || !operational || policy.retention.vault !== void 0 && !vaultRetention) continue;
    policies.set(name, {
      name,
      schedule: {
        every,
        at: policy.schedule.at ?? "00:00",
        timeZone: policy.schedule.timeZone ?? DEFAULT_TIME_ZONE
      },
      retention: { operational, ...vaultRetention ? { vault: vaultRetention } : {} },
      source: sourceMap.locate(base, "key")
    });
  }
  const defaults = raw.defaults ?? {};
  const defaultSnapshotGroup = defaults.snapshotResourceGroup !== void 0 ? id(["defaults", "snapshotResourceGroup"], defaults.snapshotResourceGroup, "resourceGroup") : void 0;
  const defaultMaxAge = duration2(
    ["defaults", "preUpgrade", "maxRecoveryPointAge"],
    defaults.preUpgrade?.maxRecoveryPointAge
  );
  function resolve2(section, known, declared, name, entryPath, key) {
    if (name === void 0) {
      problem(
        entryPath,
        `${formatPath(entryPath)} has no ${key}: set '${key}:' on the entry or 'defaults.${key}'`
      );
      return void 0;
    }
    const found = known.get(name);
    if (found) return found;
    if (declared && name in declared) return void 0;
    const usedAt = entryPath[0] === "defaults" ? ["defaults", key] : [...entryPath, key];
    const guess = suggest(name, Object.keys(declared ?? {}));
    const names = Object.keys(declared ?? {});
    problem(
      usedAt,
      `${formatPath(usedAt)} refers to ${key} '${name}', which is not defined under '${section}:'` + (guess ? `; did you mean '${guess}'?` : names.length > 0 ? ` (defined: ${names.join(", ")})` : "")
    );
    return void 0;
  }
  const defaultsPath = ["defaults"];
  for (const key of ["vault", "storage", "policy"]) {
    const name = defaults[key];
    if (name === void 0) continue;
    const [section, known, declared] = sectionFor(key);
    if (!known.has(name)) resolve2(section, known, declared, name, defaultsPath, key);
  }
  function sectionFor(key) {
    if (key === "vault") return ["vaults", vaults, raw.vaults];
    if (key === "storage") return ["storage", storage, raw.storage];
    return ["policies", policies, raw.policies];
  }
  const clusters = [];
  const firstSeen = /* @__PURE__ */ new Map();
  raw.clusters.forEach((entry, index) => {
    const path = ["clusters", index];
    const source = sourceMap.locate(path);
    if (entry.id === void 0 === (entry.match === void 0)) {
      problem(
        path,
        `${formatPath(path)} must have exactly one of 'id' (one cluster) or 'match' (a selector)`
      );
      return;
    }
    let target;
    if (entry.id !== void 0) {
      const clusterId = id([...path, "id"], entry.id, "managedCluster");
      if (clusterId) {
        const earlier = firstSeen.get(clusterId.key);
        if (earlier) {
          problem(
            [...path, "id"],
            `${formatPath(path)} repeats the cluster of clusters[${earlier.index}] (line ${earlier.line}); a cluster may be listed once: merge the two entries`
          );
          return;
        }
        firstSeen.set(clusterId.key, { index, line: source.line });
        target = { kind: "id", id: clusterId };
      }
    } else if (entry.match) {
      target = { kind: "selector", selector: entry.match };
    }
    const inherits = (key) => entry[key] ?? defaults[key];
    const resolveEntry = (key) => {
      const name = inherits(key);
      const [section, known, declared] = sectionFor(key);
      if (entry[key] === void 0 && name !== void 0 && !known.has(name)) return void 0;
      return resolve2(section, known, declared, name, path, key);
    };
    const vault = resolveEntry("vault");
    const store = resolveEntry("storage");
    const policy = resolveEntry("policy");
    let snapshotResourceGroup;
    if (entry.snapshotResourceGroup !== void 0) {
      snapshotResourceGroup = id(
        [...path, "snapshotResourceGroup"],
        entry.snapshotResourceGroup,
        "resourceGroup"
      );
    } else if (defaults.snapshotResourceGroup !== void 0) {
      snapshotResourceGroup = defaultSnapshotGroup;
    } else {
      problem(
        path,
        `${formatPath(path)} has no snapshotResourceGroup: set it on the entry or in 'defaults' (it is fixed for the life of the backup instance)`
      );
    }
    const backup = mergeBackup(defaults.backup, entry.backup);
    const contradictions = (backup.includedNamespaces ?? []).filter(
      (ns) => backup.excludedNamespaces.includes(ns)
    );
    if (contradictions.length > 0) {
      problem(
        [...path, "backup"],
        `${formatPath([...path, "backup"])} both includes and excludes namespace(s) ${contradictions.join(", ")}: keep each in one list`
      );
    }
    const maxAge = entry.preUpgrade?.maxRecoveryPointAge !== void 0 ? duration2([...path, "preUpgrade", "maxRecoveryPointAge"], entry.preUpgrade.maxRecoveryPointAge) : defaultMaxAge;
    let restoreDrill;
    if (entry.restoreDrill) {
      const drill = entry.restoreDrill;
      const drillTarget = drill.target !== void 0 ? id([...path, "restoreDrill", "target"], drill.target, "managedCluster") : void 0;
      if (drillTarget && target?.kind === "id" && drillTarget.key === target.id.key && drill.namespaceSuffix === void 0) {
        problem(
          [...path, "restoreDrill", "target"],
          `${formatPath([...path, "restoreDrill"])} restores into the source cluster itself: set 'namespaceSuffix' (e.g. ${DEFAULT_DRILL_SUFFIX}) so production namespaces are never touched`
        );
      }
      restoreDrill = {
        ...drillTarget ? { target: drillTarget } : {},
        namespaceSuffix: drill.namespaceSuffix ?? (drillTarget ? "" : DEFAULT_DRILL_SUFFIX),
        ...drill.namespaces ? { namespaces: drill.namespaces } : {}
      };
    }
    if (!target || !vault || !store || !policy || !snapshotResourceGroup) return;
    clusters.push({
      index,
      target,
      vault,
      storage: store,
      policy,
      policyId: `${vault.id.id}/backupPolicies/${policy.name}`,
      snapshotResourceGroup,
      backup,
      preUpgrade: maxAge ? { maxRecoveryPointAge: maxAge } : {},
      ...restoreDrill ? { restoreDrill } : {},
      source
    });
  });
  const exemptions = [];
  (raw.exemptions ?? []).forEach((entry, index) => {
    const path = ["exemptions", index];
    const expiresAt = parseDay(entry.expires);
    if (!expiresAt) {
      problem(
        [...path, "expires"],
        `${formatPath([...path, "expires"])}: '${entry.expires}' is not a calendar date (YYYY-MM-DD)`
      );
      return;
    }
    const clusterRefs = [];
    let refsOk = true;
    (entry.clusters ?? []).forEach((ref, i) => {
      if (ref.startsWith("/")) {
        const parsed = id([...path, "clusters", i], ref, "managedCluster");
        if (!parsed) refsOk = false;
        else clusterRefs.push(parsed.key);
      } else clusterRefs.push(ref.toLowerCase());
    });
    if (!refsOk) return;
    exemptions.push({
      index,
      rule: entry.rule,
      ...entry.clusters ? { clusters: clusterRefs } : {},
      ...entry.match ? { selector: entry.match } : {},
      reason: entry.reason,
      expires: entry.expires,
      expiresAt,
      source: sourceMap.locate(path)
    });
  });
  if (diagnostics.length > 0) return { diagnostics };
  return {
    diagnostics,
    state: {
      file: sourceMap.file,
      version: 1,
      vaults,
      storage,
      policies,
      clusters,
      exemptions,
      options: {
        roleSet: raw.options?.roleSet ?? "recommended",
        allowAzureFiles: raw.options?.allowAzureFiles ?? false
      },
      sourceMap
    }
  };
}
function mergeBackup(defaults, entry) {
  const merged = { ...DEFAULT_BACKUP, ...stripUndefined(defaults ?? {}), ...stripUndefined(entry ?? {}) };
  return merged;
}
function stripUndefined(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}
function parseDay(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return void 0;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return void 0;
  return new Date(date.getTime() + 864e5);
}

// src/generated/desired-state-validator.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var import_equal = __toESM(require_equal(), 1);
var desired_state_validator_default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/aks-backup-guard/aks-backup-guard/schema/aks-backup.schema.json", "title": "AKS Backup Guard desired state", "description": "How a team's AKS clusters must be backed up with Azure Backup for AKS. Reference: README.md, section 'The desired-state file'.", "type": "object", "additionalProperties": false, "required": ["version", "clusters"], "properties": { "$schema": { "type": "string", "description": "Editor hint; ignored by the tool." }, "version": { "const": 1, "description": "Format version of this file. Only 1 exists." }, "vaults": { "type": "object", "description": "Backup vaults by a short name that clusters and defaults refer to.", "propertyNames": { "$ref": "#/$defs/localName" }, "additionalProperties": { "$ref": "#/$defs/vault" } }, "storage": { "type": "object", "description": "Blob containers the backup extension writes to, by a short name.", "propertyNames": { "$ref": "#/$defs/localName" }, "additionalProperties": { "$ref": "#/$defs/storage" } }, "policies": { "type": "object", "description": "Backup policies by name. The name is also the policy's name in each vault that uses it.", "propertyNames": { "$ref": "#/$defs/policyName" }, "additionalProperties": { "$ref": "#/$defs/policy" } }, "defaults": { "$ref": "#/$defs/defaults" }, "clusters": { "type": "array", "description": "Clusters that must be backed up: each entry is one cluster (id) or every cluster a selector matches (match).", "items": { "$ref": "#/$defs/cluster" } }, "exemptions": { "type": "array", "description": "Accepted exceptions to rules, each with a reason and an expiry date.", "items": { "$ref": "#/$defs/exemption" } }, "options": { "$ref": "#/$defs/options" } }, "$defs": { "localName": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$", "description": "A short name used inside this file: letters, digits, '.', '_' or '-'." }, "policyName": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{2,149}$", "description": "A backup policy name as Azure accepts it: 3-150 letters, digits or '-'." }, "armId": { "type": "string", "minLength": 1, "maxLength": 1024, "pattern": "^/[A-Za-z0-9._()\\-/]+$", "description": "An Azure Resource Manager id. Only letters, digits and . _ - ( ) / are accepted." }, "clusterId": { "$ref": "#/$defs/armId", "description": "/subscriptions/<guid>/resourceGroups/<rg>/providers/Microsoft.ContainerService/managedClusters/<name>" }, "vaultId": { "$ref": "#/$defs/armId", "description": "/subscriptions/<guid>/resourceGroups/<rg>/providers/Microsoft.DataProtection/backupVaults/<name>" }, "storageAccountId": { "$ref": "#/$defs/armId", "description": "/subscriptions/<guid>/resourceGroups/<rg>/providers/Microsoft.Storage/storageAccounts/<name>" }, "resourceGroupId": { "$ref": "#/$defs/armId", "description": "/subscriptions/<guid>/resourceGroups/<name>" }, "duration": { "type": "string", "pattern": "^(?=.)(?:[0-9]+[wW])?(?:[0-9]+[dD])?(?:[0-9]+[hH])?(?:[0-9]+[mM])?(?:[0-9]+[sS])?$|^[pP](?=.)(?:[0-9]+[wW])?(?:[0-9]+[dD])?(?:[tT](?=.)(?:[0-9]+[hH])?(?:[0-9]+[mM])?(?:[0-9]+[sS])?)?$", "description": "A duration: 4h, 7d, 2w, 1d12h, or ISO 8601 such as PT4H or P7D." }, "namespace": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", "description": "A Kubernetes namespace name (RFC 1123 label)." }, "vault": { "type": "object", "additionalProperties": false, "required": ["id"], "properties": { "id": { "$ref": "#/$defs/vaultId" } } }, "storage": { "type": "object", "additionalProperties": false, "required": ["account", "container"], "properties": { "account": { "$ref": "#/$defs/storageAccountId" }, "container": { "type": "string", "pattern": "^[a-z0-9](?:[a-z0-9]|-(?!-))*[a-z0-9]$", "minLength": 3, "maxLength": 63, "description": "Blob container name: 3-63 lower-case letters, digits and single hyphens." } } }, "policy": { "type": "object", "additionalProperties": false, "required": ["schedule", "retention"], "properties": { "schedule": { "type": "object", "additionalProperties": false, "required": ["every"], "properties": { "every": { "$ref": "#/$defs/duration", "description": "Backup interval. Azure Backup for AKS allows 4h, 6h, 8h, 12h and 24h." }, "at": { "type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$", "description": "Time of day (HH:MM, 24-hour) the first backup of each day starts. Default 00:00." }, "timeZone": { "type": "string", "minLength": 1, "maxLength": 64, "description": "Windows time zone name for the schedule. Default: Coordinated Universal Time." } } }, "retention": { "type": "object", "additionalProperties": false, "required": ["operational"], "properties": { "operational": { "$ref": "#/$defs/duration", "description": "How long snapshots stay in the operational tier (up to 360 days)." }, "vault": { "$ref": "#/$defs/duration", "description": "Optional: copy the first backup of each day to the vault tier and keep it this long." } } } } }, "backup": { "type": "object", "additionalProperties": false, "description": "What a backup instance captures. Both booleans default to true (Terraform's false defaults silently skip volumes).", "properties": { "includedNamespaces": { "type": "array", "items": { "$ref": "#/$defs/namespace" }, "uniqueItems": true, "description": "Namespaces to back up. Absent means all." }, "excludedNamespaces": { "type": "array", "items": { "$ref": "#/$defs/namespace" }, "uniqueItems": true }, "includedResourceTypes": { "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }, "excludedResourceTypes": { "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }, "labelSelectors": { "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }, "includeClusterScopeResources": { "type": "boolean" }, "snapshotVolumes": { "type": "boolean" }, "includedVolumeTypes": { "type": "array", "items": { "enum": ["AzureDisk", "AzureFileShareSMB"] }, "uniqueItems": true, "minItems": 1, "description": "Volume types to protect. Default [AzureDisk]; Azure Files (SMB) is portal-only in 2026." } } }, "preUpgrade": { "type": "object", "additionalProperties": false, "properties": { "maxRecoveryPointAge": { "$ref": "#/$defs/duration", "description": "The pre-upgrade gate passes when a recovery point younger than this exists." } } }, "restoreDrill": { "type": "object", "additionalProperties": false, "properties": { "target": { "$ref": "#/$defs/clusterId", "description": "Cluster to restore into. Absent: the source cluster itself, with namespaceSuffix." }, "namespaceSuffix": { "type": "string", "pattern": "^-[a-z0-9]([-a-z0-9]{0,14}[a-z0-9])?$", "description": "Appended to each restored namespace, e.g. -drill, so production namespaces are never touched." }, "namespaces": { "type": "array", "items": { "$ref": "#/$defs/namespace" }, "uniqueItems": true, "description": "Namespaces to restore. Absent: the instance's included namespaces." } } }, "selector": { "type": "object", "additionalProperties": false, "minProperties": 1, "description": "Every cluster that satisfies all the given criteria.", "properties": { "subscriptions": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$" } }, "resourceGroups": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^[-\\w.()]{0,89}[-\\w()]$" } }, "locations": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^[a-z][a-z0-9]{1,39}$" }, "description": "ARM region names such as westeurope, eastus2." }, "tags": { "type": "object", "minProperties": 1, "propertyNames": { "type": "string", "minLength": 1, "maxLength": 512, "pattern": "^[^<>%&\\\\?/'\"`]+$" }, "additionalProperties": { "type": "string", "maxLength": 256, "pattern": "^[^'\"`]*$" } }, "names": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^[a-zA-Z0-9_*-]{1,63}$" }, "description": "Cluster names; '*' matches any run of characters." } } }, "cluster": { "type": "object", "additionalProperties": false, "properties": { "id": { "$ref": "#/$defs/clusterId" }, "match": { "$ref": "#/$defs/selector" }, "vault": { "$ref": "#/$defs/localName" }, "storage": { "$ref": "#/$defs/localName" }, "policy": { "$ref": "#/$defs/policyName" }, "snapshotResourceGroup": { "$ref": "#/$defs/resourceGroupId" }, "backup": { "$ref": "#/$defs/backup" }, "preUpgrade": { "$ref": "#/$defs/preUpgrade" }, "restoreDrill": { "$ref": "#/$defs/restoreDrill" } } }, "defaults": { "type": "object", "additionalProperties": false, "properties": { "vault": { "$ref": "#/$defs/localName" }, "storage": { "$ref": "#/$defs/localName" }, "policy": { "$ref": "#/$defs/policyName" }, "snapshotResourceGroup": { "$ref": "#/$defs/resourceGroupId" }, "backup": { "$ref": "#/$defs/backup" }, "preUpgrade": { "$ref": "#/$defs/preUpgrade" } } }, "exemption": { "type": "object", "additionalProperties": false, "required": ["rule", "reason", "expires"], "properties": { "rule": { "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_.-]{0,63}$", "description": "The rule id, e.g. AKSB007." }, "clusters": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^(/[A-Za-z0-9._()\\-/]+|[a-zA-Z0-9_-]{1,63})$" }, "description": "Cluster names or ids. Absent (and no match): the exemption applies to every cluster." }, "match": { "$ref": "#/$defs/selector" }, "reason": { "type": "string", "description": "Why the finding is accepted: a ticket reference helps the next reader." }, "expires": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "Last day (UTC, YYYY-MM-DD) the exemption applies." } } }, "options": { "type": "object", "additionalProperties": false, "properties": { "roleSet": { "enum": ["recommended", "minimal"], "description": "Role assignments to require: 'recommended' (newest Microsoft docs) or 'minimal' (what every source agrees on)." }, "allowAzureFiles": { "type": "boolean", "description": "Accept AzureFileShareSMB volumes (portal-only in Azure's 2026 support matrix). Default false." } } } } };
var schema32 = { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$", "description": "A short name used inside this file: letters, digits, '.', '_' or '-'." };
var schema38 = { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{2,149}$", "description": "A backup policy name as Azure accepts it: 3-150 letters, digits or '-'." };
var schema65 = { "type": "object", "additionalProperties": false, "properties": { "roleSet": { "enum": ["recommended", "minimal"], "description": "Role assignments to require: 'recommended' (newest Microsoft docs) or 'minimal' (what every source agrees on)." }, "allowAzureFiles": { "type": "boolean", "description": "Accept AzureFileShareSMB volumes (portal-only in Azure's 2026 support matrix). Default false." } } };
var func1 = Object.prototype.hasOwnProperty;
var pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$", "u");
var pattern9 = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]{2,149}$", "u");
var schema33 = { "type": "object", "additionalProperties": false, "required": ["id"], "properties": { "id": { "$ref": "#/$defs/vaultId" } } };
var schema34 = { "type": "string", "minLength": 1, "maxLength": 1024, "pattern": "^/[A-Za-z0-9._()\\-/]+$", "description": "An Azure Resource Manager id. Only letters, digits and . _ - ( ) / are accepted." };
var func2 = import_ucs2length.default.default;
var pattern5 = new RegExp("^/[A-Za-z0-9._()\\-/]+$", "u");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 1024) {
          const err2 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/vaultId/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema34, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err3 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/vaultId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/vaultId/pattern", keyword: "pattern", params: { pattern: "^/[A-Za-z0-9._()\\-/]+$" }, message: 'must match pattern "^/[A-Za-z0-9._()\\-/]+$"', schema: "^/[A-Za-z0-9._()\\-/]+$", parentSchema: schema34, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/vaultId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema36 = { "type": "object", "additionalProperties": false, "required": ["account", "container"], "properties": { "account": { "$ref": "#/$defs/storageAccountId" }, "container": { "type": "string", "pattern": "^[a-z0-9](?:[a-z0-9]|-(?!-))*[a-z0-9]$", "minLength": 3, "maxLength": 63, "description": "Blob container name: 3-63 lower-case letters, digits and single hyphens." } } };
var pattern8 = new RegExp("^[a-z0-9](?:[a-z0-9]|-(?!-))*[a-z0-9]$", "u");
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.account === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "account" }, message: "must have required property 'account'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.container === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "container" }, message: "must have required property 'container'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "account" || key0 === "container")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.account !== void 0) {
      let data0 = data.account;
      if (typeof data0 === "string") {
        if (func2(data0) > 1024) {
          const err3 = { instancePath: instancePath + "/account", schemaPath: "#/$defs/storageAccountId/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema34, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err4 = { instancePath: instancePath + "/account", schemaPath: "#/$defs/storageAccountId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err5 = { instancePath: instancePath + "/account", schemaPath: "#/$defs/storageAccountId/pattern", keyword: "pattern", params: { pattern: "^/[A-Za-z0-9._()\\-/]+$" }, message: 'must match pattern "^/[A-Za-z0-9._()\\-/]+$"', schema: "^/[A-Za-z0-9._()\\-/]+$", parentSchema: schema34, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/account", schemaPath: "#/$defs/storageAccountId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.container !== void 0) {
      let data1 = data.container;
      if (typeof data1 === "string") {
        if (func2(data1) > 63) {
          const err7 = { instancePath: instancePath + "/container", schemaPath: "#/properties/container/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema36.properties.container, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func2(data1) < 3) {
          const err8 = { instancePath: instancePath + "/container", schemaPath: "#/properties/container/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema36.properties.container, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!pattern8.test(data1)) {
          const err9 = { instancePath: instancePath + "/container", schemaPath: "#/properties/container/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9]|-(?!-))*[a-z0-9]$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9]|-(?!-))*[a-z0-9]$"', schema: "^[a-z0-9](?:[a-z0-9]|-(?!-))*[a-z0-9]$", parentSchema: schema36.properties.container, data: data1 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/container", schemaPath: "#/properties/container/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.container.type, parentSchema: schema36.properties.container, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema39 = { "type": "object", "additionalProperties": false, "required": ["schedule", "retention"], "properties": { "schedule": { "type": "object", "additionalProperties": false, "required": ["every"], "properties": { "every": { "$ref": "#/$defs/duration", "description": "Backup interval. Azure Backup for AKS allows 4h, 6h, 8h, 12h and 24h." }, "at": { "type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$", "description": "Time of day (HH:MM, 24-hour) the first backup of each day starts. Default 00:00." }, "timeZone": { "type": "string", "minLength": 1, "maxLength": 64, "description": "Windows time zone name for the schedule. Default: Coordinated Universal Time." } } }, "retention": { "type": "object", "additionalProperties": false, "required": ["operational"], "properties": { "operational": { "$ref": "#/$defs/duration", "description": "How long snapshots stay in the operational tier (up to 360 days)." }, "vault": { "$ref": "#/$defs/duration", "description": "Optional: copy the first backup of each day to the vault tier and keep it this long." } } } } };
var schema40 = { "type": "string", "pattern": "^(?=.)(?:[0-9]+[wW])?(?:[0-9]+[dD])?(?:[0-9]+[hH])?(?:[0-9]+[mM])?(?:[0-9]+[sS])?$|^[pP](?=.)(?:[0-9]+[wW])?(?:[0-9]+[dD])?(?:[tT](?=.)(?:[0-9]+[hH])?(?:[0-9]+[mM])?(?:[0-9]+[sS])?)?$", "description": "A duration: 4h, 7d, 2w, 1d12h, or ISO 8601 such as PT4H or P7D." };
var pattern10 = new RegExp("^(?=.)(?:[0-9]+[wW])?(?:[0-9]+[dD])?(?:[0-9]+[hH])?(?:[0-9]+[mM])?(?:[0-9]+[sS])?$|^[pP](?=.)(?:[0-9]+[wW])?(?:[0-9]+[dD])?(?:[tT](?=.)(?:[0-9]+[hH])?(?:[0-9]+[mM])?(?:[0-9]+[sS])?)?$", "u");
var pattern11 = new RegExp("^([01][0-9]|2[0-3]):[0-5][0-9]$", "u");
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schedule === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schedule" }, message: "must have required property 'schedule'", schema: schema39.required, parentSchema: schema39, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.retention === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "retention" }, message: "must have required property 'retention'", schema: schema39.required, parentSchema: schema39, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "schedule" || key0 === "retention")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.schedule !== void 0) {
      let data0 = data.schedule;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.every === void 0) {
          const err3 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/required", keyword: "required", params: { missingProperty: "every" }, message: "must have required property 'every'", schema: schema39.properties.schedule.required, parentSchema: schema39.properties.schedule, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === "every" || key1 === "at" || key1 === "timeZone")) {
            const err4 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.properties.schedule, data: data0 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.every !== void 0) {
          let data1 = data0.every;
          if (typeof data1 === "string") {
            if (!pattern10.test(data1)) {
              const err5 = { instancePath: instancePath + "/schedule/every", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(?=.)(?:[0-9]+[wW])?(?:[0-9]+[dD])?(?:[0-9]+[hH])?(?:[0-9]+[mM])?(?:[0-9]+[sS])?$|^[pP](?=.)(?:[0-9]+[wW])?(?:[0-9]+[dD])?(?:[tT](?=.)(?:[0-9]+[hH])?(?:[0-9]+[mM])?(?:[0-9]+[sS])?)?$" }, message: 'must match pattern "^(?=.)(?:[0-9]+[wW])?(?:[0-9]+[dD])?(?:[0-9]+[hH])?(?:[0-9]+[mM])?(?:[0-9]+[sS])?$|^[pP](?=.)(?:[0-9]+[wW])?(?:[0-9]+[dD])?(?:[tT](?=.)(?:[0-9]+[hH])?(?:[0-9]+[mM])?(?:[0-9]+[sS])?)?$"', schema: "^(?=.)(?:[0-9]+[wW])?(?:[0-9]+[dD])?(?:[0-9]+[hH])?(?:[0-9]+[mM])?(?:[0-9]+[sS])?$|^[pP](?=.)(?:[0-9]+[wW])?(?:[0-9]+[dD])?(?:[tT](?=.)(?:[0-9]+[hH])?(?:[0-9]+[mM])?(?:[0-9]+[sS])?)?$", parentSchema: schema40, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/schedule/every", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.at !== void 0) {
          let data2 = data0.at;
          if (typeof data2 === "string") {
            if (!pattern11.test(data2)) {
              const err7 = { instancePath: instancePath + "/schedule/at", schemaPath: "#/properties/schedule/properties/at/pattern", keyword: "pattern", params: { pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$" }, message: 'must match pattern "^([01][0-9]|2[0-3]):[0-5][0-9]$"', schema: "^([01][0-9]|2[0-3]):[0-5][0-9]$", parentSchema: schema39.properties.schedule.properties.at, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/schedule/at", schemaPath: "#/properties/schedule/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.schedule.properties.at.type, parentSchema: schema39.properties.schedule.properties.at, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.timeZone !== void 0) {
          let data3 = data0.timeZone;
          if (typeof data3 === "string") {
            if (func2(data3) > 64) {
              const err9 = { instancePath: instancePath + "/schedule/timeZone", schemaPath: "#/properties/schedule/properties/timeZone/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema39.properties.schedule.properties.timeZone, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (func2(data3) < 1) {
              const err10 = { instancePath: instancePath + "/schedule/timeZone", schemaPath: "#/properties/schedule/properties/timeZone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39.properties.schedule.properties.timeZone, data: data3 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/schedule/timeZone", schemaPath: "#/properties/schedule/properties/timeZone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.schedule.properties.timeZone.type, parentSchema: schema39.properties.schedule.properties.timeZone, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.properties.schedule.type, parentSchema: schema39.properties.schedule, data: data0 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.retention !== void 0) {
      let data4 = data.retention;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.operational === void 0) {
          const err13 = { instancePath: instancePath + "/retention", schemaPath: "#/properties/retention/required", keyword: "required", params: { missingProperty: "operational" }, message: "must have required property 'operational'", schema: schema39.properties.retention.required, parentSchema: schema39.properties.retention, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        for (const key2 in data4) {
          if (!(key2 === "operational" || key2 === "vault")) {
            const err14 = { instancePath: instancePath + "/retention", schemaPath: "#/properties/retention/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.properties.retention, data: data4 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data4.operational !== void 0) {
          let data5 = data4.operational;
          if (typeof data5 === "string") {
            if (!pattern10.test(data5)) {
              const err15 = { instancePath: instancePath + "/retention/operational", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(?=.)(?:[0-9]+[wW])?(?:[0-9]+[dD])?(?:[0-9]+[hH])?(?:[0-9]+[mM])?(?:[0-9]+[sS])?$|^[pP](?=.)(?:[0-9]+[wW])?(?:[0-9]+[dD])?(?:[tT](?=.)(?:[0-9]+[hH])?(?:[0-9]+[mM])?(?:[0-9]+[sS])?)?$" }, message: 'must match pattern "^(?=.)(?:[0-9]+[wW])?(?:[0-9]+[dD])?(?:[0-9]+[hH])?(?:[0-9]+[mM])?(?:[0-9]+[sS])?$|^[pP](?=.)(?:[0-9]+[wW])?(?:[0-9]+[dD])?(?:[tT](?=.)(?:[0-9]+[hH])?(?:[0-9]+[mM])?(?:[0-9]+[sS])?)?$"', schema: "^(?=.)(?:[0-9]+[wW])?(?:[0-9]+[dD])?(?:[0-9]+[hH])?(?:[0-9]+[mM])?(?:[0-9]+[sS])?$|^[pP](?=.)(?:[0-9]+[wW])?(?:[0-9]+[dD])?(?:[tT](?=.)(?:[0-9]+[hH])?(?:[0-9]+[mM])?(?:[0-9]+[sS])?)?$", parentSchema: schema40, data: data5 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/retention/operational", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data5 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data4.vault !== void 0) {
          let data6 = data4.vault;
          if (typeof data6 === "string") {
            if (!pattern10.test(data6)) {
              const err17 = { instancePath: instancePath + "/retention/vault", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(?=.)(?:[0-9]+[wW])?(?:[0-9]+[dD])?(?:[0-9]+[hH])?(?:[0-9]+[mM])?(?:[0-9]+[sS])?$|^[pP](?=.)(?:[0-9]+[wW])?(?:[0-9]+[dD])?(?:[tT](?=.)(?:[0-9]+[hH])?(?:[0-9]+[mM])?(?:[0-9]+[sS])?)?$" }, message: 'must match pattern "^(?=.)(?:[0-9]+[wW])?(?:[0-9]+[dD])?(?:[0-9]+[hH])?(?:[0-9]+[mM])?(?:[0-9]+[sS])?$|^[pP](?=.)(?:[0-9]+[wW])?(?:[0-9]+[dD])?(?:[tT](?=.)(?:[0-9]+[hH])?(?:[0-9]+[mM])?(?:[0-9]+[sS])?)?$"', schema: "^(?=.)(?:[0-9]+[wW])?(?:[0-9]+[dD])?(?:[0-9]+[hH])?(?:[0-9]+[mM])?(?:[0-9]+[sS])?$|^[pP](?=.)(?:[0-9]+[wW])?(?:[0-9]+[dD])?(?:[tT](?=.)(?:[0-9]+[hH])?(?:[0-9]+[mM])?(?:[0-9]+[sS])?)?$", parentSchema: schema40, data: data6 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/retention/vault", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data6 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/retention", schemaPath: "#/properties/retention/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.properties.retention.type, parentSchema: schema39.properties.retention, data: data4 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema43 = { "type": "object", "additionalProperties": false, "properties": { "vault": { "$ref": "#/$defs/localName" }, "storage": { "$ref": "#/$defs/localName" }, "policy": { "$ref": "#/$defs/policyName" }, "snapshotResourceGroup": { "$ref": "#/$defs/resourceGroupId" }, "backup": { "$ref": "#/$defs/backup" }, "preUpgrade": { "$ref": "#/$defs/preUpgrade" } } };
var schema48 = { "type": "object", "additionalProperties": false, "description": "What a backup instance captures. Both booleans default to true (Terraform's false defaults silently skip volumes).", "properties": { "includedNamespaces": { "type": "array", "items": { "$ref": "#/$defs/namespace" }, "uniqueItems": true, "description": "Namespaces to back up. Absent means all." }, "excludedNamespaces": { "type": "array", "items": { "$ref": "#/$defs/namespace" }, "uniqueItems": true }, "includedResourceTypes": { "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }, "excludedResourceTypes": { "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }, "labelSelectors": { "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }, "includeClusterScopeResources": { "type": "boolean" }, "snapshotVolumes": { "type": "boolean" }, "includedVolumeTypes": { "type": "array", "items": { "enum": ["AzureDisk", "AzureFileShareSMB"] }, "uniqueItems": true, "minItems": 1, "description": "Volume types to protect. Default [AzureDisk]; Azure Files (SMB) is portal-only in 2026." } } };
var schema49 = { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", "description": "A Kubernetes namespace name (RFC 1123 label)." };
var pattern18 = new RegExp("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", "u");
var func0 = import_equal.default.default;
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "includedNamespaces" || key0 === "excludedNamespaces" || key0 === "includedResourceTypes" || key0 === "excludedResourceTypes" || key0 === "labelSelectors" || key0 === "includeClusterScopeResources" || key0 === "snapshotVolumes" || key0 === "includedVolumeTypes")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.includedNamespaces !== void 0) {
      let data0 = data.includedNamespaces;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (!pattern18.test(data1)) {
              const err1 = { instancePath: instancePath + "/includedNamespaces/" + i0, schemaPath: "#/$defs/namespace/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", parentSchema: schema49, data: data1 };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          } else {
            const err2 = { instancePath: instancePath + "/includedNamespaces/" + i0, schemaPath: "#/$defs/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        let i1 = data0.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func0(data0[i1], data0[j0])) {
                  const err3 = { instancePath: instancePath + "/includedNamespaces", schemaPath: "#/properties/includedNamespaces/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema48.properties.includedNamespaces, data: data0 };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err4 = { instancePath: instancePath + "/includedNamespaces", schemaPath: "#/properties/includedNamespaces/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema48.properties.includedNamespaces.type, parentSchema: schema48.properties.includedNamespaces, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.excludedNamespaces !== void 0) {
      let data2 = data.excludedNamespaces;
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data3 = data2[i2];
          if (typeof data3 === "string") {
            if (!pattern18.test(data3)) {
              const err5 = { instancePath: instancePath + "/excludedNamespaces/" + i2, schemaPath: "#/$defs/namespace/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", parentSchema: schema49, data: data3 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/excludedNamespaces/" + i2, schemaPath: "#/$defs/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data3 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        let i3 = data2.length;
        let j1;
        if (i3 > 1) {
          outer1:
            for (; i3--; ) {
              for (j1 = i3; j1--; ) {
                if (func0(data2[i3], data2[j1])) {
                  const err7 = { instancePath: instancePath + "/excludedNamespaces", schemaPath: "#/properties/excludedNamespaces/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema48.properties.excludedNamespaces, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                  break outer1;
                }
              }
            }
        }
      } else {
        const err8 = { instancePath: instancePath + "/excludedNamespaces", schemaPath: "#/properties/excludedNamespaces/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema48.properties.excludedNamespaces.type, parentSchema: schema48.properties.excludedNamespaces, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.includedResourceTypes !== void 0) {
      let data4 = data.includedResourceTypes;
      if (Array.isArray(data4)) {
        const len2 = data4.length;
        for (let i4 = 0; i4 < len2; i4++) {
          let data5 = data4[i4];
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err9 = { instancePath: instancePath + "/includedResourceTypes/" + i4, schemaPath: "#/properties/includedResourceTypes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema48.properties.includedResourceTypes.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/includedResourceTypes/" + i4, schemaPath: "#/properties/includedResourceTypes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.includedResourceTypes.items.type, parentSchema: schema48.properties.includedResourceTypes.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        let i5 = data4.length;
        let j2;
        if (i5 > 1) {
          const indices0 = {};
          for (; i5--; ) {
            let item0 = data4[i5];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j2 = indices0[item0];
              const err11 = { instancePath: instancePath + "/includedResourceTypes", schemaPath: "#/properties/includedResourceTypes/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)", schema: true, parentSchema: schema48.properties.includedResourceTypes, data: data4 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
              break;
            }
            indices0[item0] = i5;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/includedResourceTypes", schemaPath: "#/properties/includedResourceTypes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema48.properties.includedResourceTypes.type, parentSchema: schema48.properties.includedResourceTypes, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.excludedResourceTypes !== void 0) {
      let data6 = data.excludedResourceTypes;
      if (Array.isArray(data6)) {
        const len3 = data6.length;
        for (let i6 = 0; i6 < len3; i6++) {
          let data7 = data6[i6];
          if (typeof data7 === "string") {
            if (func2(data7) < 1) {
              const err13 = { instancePath: instancePath + "/excludedResourceTypes/" + i6, schemaPath: "#/properties/excludedResourceTypes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema48.properties.excludedResourceTypes.items, data: data7 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/excludedResourceTypes/" + i6, schemaPath: "#/properties/excludedResourceTypes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.excludedResourceTypes.items.type, parentSchema: schema48.properties.excludedResourceTypes.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        let i7 = data6.length;
        let j3;
        if (i7 > 1) {
          const indices1 = {};
          for (; i7--; ) {
            let item1 = data6[i7];
            if (typeof item1 !== "string") {
              continue;
            }
            if (typeof indices1[item1] == "number") {
              j3 = indices1[item1];
              const err15 = { instancePath: instancePath + "/excludedResourceTypes", schemaPath: "#/properties/excludedResourceTypes/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)", schema: true, parentSchema: schema48.properties.excludedResourceTypes, data: data6 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
              break;
            }
            indices1[item1] = i7;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/excludedResourceTypes", schemaPath: "#/properties/excludedResourceTypes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema48.properties.excludedResourceTypes.type, parentSchema: schema48.properties.excludedResourceTypes, data: data6 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.labelSelectors !== void 0) {
      let data8 = data.labelSelectors;
      if (Array.isArray(data8)) {
        const len4 = data8.length;
        for (let i8 = 0; i8 < len4; i8++) {
          let data9 = data8[i8];
          if (typeof data9 === "string") {
            if (func2(data9) < 1) {
              const err17 = { instancePath: instancePath + "/labelSelectors/" + i8, schemaPath: "#/properties/labelSelectors/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema48.properties.labelSelectors.items, data: data9 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/labelSelectors/" + i8, schemaPath: "#/properties/labelSelectors/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.labelSelectors.items.type, parentSchema: schema48.properties.labelSelectors.items, data: data9 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        let i9 = data8.length;
        let j4;
        if (i9 > 1) {
          const indices2 = {};
          for (; i9--; ) {
            let item2 = data8[i9];
            if (typeof item2 !== "string") {
              continue;
            }
            if (typeof indices2[item2] == "number") {
              j4 = indices2[item2];
              const err19 = { instancePath: instancePath + "/labelSelectors", schemaPath: "#/properties/labelSelectors/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i9 + " are identical)", schema: true, parentSchema: schema48.properties.labelSelectors, data: data8 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
              break;
            }
            indices2[item2] = i9;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/labelSelectors", schemaPath: "#/properties/labelSelectors/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema48.properties.labelSelectors.type, parentSchema: schema48.properties.labelSelectors, data: data8 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.includeClusterScopeResources !== void 0) {
      let data10 = data.includeClusterScopeResources;
      if (typeof data10 !== "boolean") {
        const err21 = { instancePath: instancePath + "/includeClusterScopeResources", schemaPath: "#/properties/includeClusterScopeResources/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema48.properties.includeClusterScopeResources.type, parentSchema: schema48.properties.includeClusterScopeResources, data: data10 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.snapshotVolumes !== void 0) {
      let data11 = data.snapshotVolumes;
      if (typeof data11 !== "boolean") {
        const err22 = { instancePath: instancePath + "/snapshotVolumes", schemaPath: "#/properties/snapshotVolumes/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema48.properties.snapshotVolumes.type, parentSchema: schema48.properties.snapshotVolumes, data: data11 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.includedVolumeTypes !== void 0) {
      let data12 = data.includedVolumeTypes;
      if (Array.isArray(data12)) {
        if (data12.length < 1) {
          const err23 = { instancePath: instancePath + "/includedVolumeTypes", schemaPath: "#/properties/includedVolumeTypes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema48.properties.includedVolumeTypes, data: data12 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        const len5 = data12.length;
        for (let i10 = 0; i10 < len5; i10++) {
          let data13 = data12[i10];
          if (!(data13 === "AzureDisk" || data13 === "AzureFileShareSMB")) {
            const err24 = { instancePath: instancePath + "/includedVolumeTypes/" + i10, schemaPath: "#/properties/includedVolumeTypes/items/enum", keyword: "enum", params: { allowedValues: schema48.properties.includedVolumeTypes.items.enum }, message: "must be equal to one of the allowed values", schema: schema48.properties.includedVolumeTypes.items.enum, parentSchema: schema48.properties.includedVolumeTypes.items, data: data13 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        let i11 = data12.length;
        let j5;
        if (i11 > 1) {
          outer2:
            for (; i11--; ) {
              for (j5 = i11; j5--; ) {
                if (func0(data12[i11], data12[j5])) {
                  const err25 = { instancePath: instancePath + "/includedVolumeTypes", schemaPath: "#/properties/includedVolumeTypes/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i11 + " are identical)", schema: true, parentSchema: schema48.properties.includedVolumeTypes, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                  break outer2;
                }
              }
            }
        }
      } else {
        const err26 = { instancePath: instancePath + "/includedVolumeTypes", schemaPath: "#/properties/includedVolumeTypes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema48.properties.includedVolumeTypes.type, parentSchema: schema48.properties.includedVolumeTypes, data: data12 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema51 = { "type": "object", "additionalProperties": false, "properties": { "maxRecoveryPointAge": { "$ref": "#/$defs/duration", "description": "The pre-upgrade gate passes when a recovery point younger than this exists." } } };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "maxRecoveryPointAge")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.maxRecoveryPointAge !== void 0) {
      let data0 = data.maxRecoveryPointAge;
      if (typeof data0 === "string") {
        if (!pattern10.test(data0)) {
          const err1 = { instancePath: instancePath + "/maxRecoveryPointAge", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(?=.)(?:[0-9]+[wW])?(?:[0-9]+[dD])?(?:[0-9]+[hH])?(?:[0-9]+[mM])?(?:[0-9]+[sS])?$|^[pP](?=.)(?:[0-9]+[wW])?(?:[0-9]+[dD])?(?:[tT](?=.)(?:[0-9]+[hH])?(?:[0-9]+[mM])?(?:[0-9]+[sS])?)?$" }, message: 'must match pattern "^(?=.)(?:[0-9]+[wW])?(?:[0-9]+[dD])?(?:[0-9]+[hH])?(?:[0-9]+[mM])?(?:[0-9]+[sS])?$|^[pP](?=.)(?:[0-9]+[wW])?(?:[0-9]+[dD])?(?:[tT](?=.)(?:[0-9]+[hH])?(?:[0-9]+[mM])?(?:[0-9]+[sS])?)?$"', schema: "^(?=.)(?:[0-9]+[wW])?(?:[0-9]+[dD])?(?:[0-9]+[hH])?(?:[0-9]+[mM])?(?:[0-9]+[sS])?$|^[pP](?=.)(?:[0-9]+[wW])?(?:[0-9]+[dD])?(?:[tT](?=.)(?:[0-9]+[hH])?(?:[0-9]+[mM])?(?:[0-9]+[sS])?)?$", parentSchema: schema40, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/maxRecoveryPointAge", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.type, parentSchema: schema51, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "vault" || key0 === "storage" || key0 === "policy" || key0 === "snapshotResourceGroup" || key0 === "backup" || key0 === "preUpgrade")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.vault !== void 0) {
      let data0 = data.vault;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err1 = { instancePath: instancePath + "/vault", schemaPath: "#/$defs/localName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$", parentSchema: schema32, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/vault", schemaPath: "#/$defs/localName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.storage !== void 0) {
      let data1 = data.storage;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err3 = { instancePath: instancePath + "/storage", schemaPath: "#/$defs/localName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$", parentSchema: schema32, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/storage", schemaPath: "#/$defs/localName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.policy !== void 0) {
      let data2 = data.policy;
      if (typeof data2 === "string") {
        if (!pattern9.test(data2)) {
          const err5 = { instancePath: instancePath + "/policy", schemaPath: "#/$defs/policyName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]{2,149}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]{2,149}$"', schema: "^[A-Za-z0-9][A-Za-z0-9-]{2,149}$", parentSchema: schema38, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/policy", schemaPath: "#/$defs/policyName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.snapshotResourceGroup !== void 0) {
      let data3 = data.snapshotResourceGroup;
      if (typeof data3 === "string") {
        if (func2(data3) > 1024) {
          const err7 = { instancePath: instancePath + "/snapshotResourceGroup", schemaPath: "#/$defs/resourceGroupId/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema34, data: data3 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err8 = { instancePath: instancePath + "/snapshotResourceGroup", schemaPath: "#/$defs/resourceGroupId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!pattern5.test(data3)) {
          const err9 = { instancePath: instancePath + "/snapshotResourceGroup", schemaPath: "#/$defs/resourceGroupId/pattern", keyword: "pattern", params: { pattern: "^/[A-Za-z0-9._()\\-/]+$" }, message: 'must match pattern "^/[A-Za-z0-9._()\\-/]+$"', schema: "^/[A-Za-z0-9._()\\-/]+$", parentSchema: schema34, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/snapshotResourceGroup", schemaPath: "#/$defs/resourceGroupId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.backup !== void 0) {
      if (!validate28(data.backup, { instancePath: instancePath + "/backup", parentData: data, parentDataProperty: "backup", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.preUpgrade !== void 0) {
      if (!validate30(data.preUpgrade, { instancePath: instancePath + "/preUpgrade", parentData: data, parentDataProperty: "preUpgrade", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.type, parentSchema: schema43, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema53 = { "type": "object", "additionalProperties": false, "properties": { "id": { "$ref": "#/$defs/clusterId" }, "match": { "$ref": "#/$defs/selector" }, "vault": { "$ref": "#/$defs/localName" }, "storage": { "$ref": "#/$defs/localName" }, "policy": { "$ref": "#/$defs/policyName" }, "snapshotResourceGroup": { "$ref": "#/$defs/resourceGroupId" }, "backup": { "$ref": "#/$defs/backup" }, "preUpgrade": { "$ref": "#/$defs/preUpgrade" }, "restoreDrill": { "$ref": "#/$defs/restoreDrill" } } };
var schema55 = { "type": "object", "additionalProperties": false, "minProperties": 1, "description": "Every cluster that satisfies all the given criteria.", "properties": { "subscriptions": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$" } }, "resourceGroups": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^[-\\w.()]{0,89}[-\\w()]$" } }, "locations": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^[a-z][a-z0-9]{1,39}$" }, "description": "ARM region names such as westeurope, eastus2." }, "tags": { "type": "object", "minProperties": 1, "propertyNames": { "type": "string", "minLength": 1, "maxLength": 512, "pattern": "^[^<>%&\\\\?/'\"`]+$" }, "additionalProperties": { "type": "string", "maxLength": 256, "pattern": "^[^'\"`]*$" } }, "names": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^[a-zA-Z0-9_*-]{1,63}$" }, "description": "Cluster names; '*' matches any run of characters." } } };
var pattern22 = new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "u");
var pattern23 = new RegExp("^[-\\w.()]{0,89}[-\\w()]$", "u");
var pattern24 = new RegExp("^[a-z][a-z0-9]{1,39}$", "u");
var pattern25 = new RegExp("^[^<>%&\\\\?/'\"`]+$", "u");
var pattern26 = new RegExp("^[^'\"`]*$", "u");
var pattern27 = new RegExp("^[a-zA-Z0-9_*-]{1,63}$", "u");
var schema60 = { "type": "object", "additionalProperties": false, "properties": { "target": { "$ref": "#/$defs/clusterId", "description": "Cluster to restore into. Absent: the source cluster itself, with namespaceSuffix." }, "namespaceSuffix": { "type": "string", "pattern": "^-[a-z0-9]([-a-z0-9]{0,14}[a-z0-9])?$", "description": "Appended to each restored namespace, e.g. -drill, so production namespaces are never touched." }, "namespaces": { "type": "array", "items": { "$ref": "#/$defs/namespace" }, "uniqueItems": true, "description": "Namespaces to restore. Absent: the instance's included namespaces." } } };
var pattern33 = new RegExp("^-[a-z0-9]([-a-z0-9]{0,14}[a-z0-9])?$", "u");
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate36.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "target" || key0 === "namespaceSuffix" || key0 === "namespaces")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema60, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.target !== void 0) {
      let data0 = data.target;
      if (typeof data0 === "string") {
        if (func2(data0) > 1024) {
          const err1 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/clusterId/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema34, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/clusterId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err3 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/clusterId/pattern", keyword: "pattern", params: { pattern: "^/[A-Za-z0-9._()\\-/]+$" }, message: 'must match pattern "^/[A-Za-z0-9._()\\-/]+$"', schema: "^/[A-Za-z0-9._()\\-/]+$", parentSchema: schema34, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/clusterId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.namespaceSuffix !== void 0) {
      let data1 = data.namespaceSuffix;
      if (typeof data1 === "string") {
        if (!pattern33.test(data1)) {
          const err5 = { instancePath: instancePath + "/namespaceSuffix", schemaPath: "#/properties/namespaceSuffix/pattern", keyword: "pattern", params: { pattern: "^-[a-z0-9]([-a-z0-9]{0,14}[a-z0-9])?$" }, message: 'must match pattern "^-[a-z0-9]([-a-z0-9]{0,14}[a-z0-9])?$"', schema: "^-[a-z0-9]([-a-z0-9]{0,14}[a-z0-9])?$", parentSchema: schema60.properties.namespaceSuffix, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/namespaceSuffix", schemaPath: "#/properties/namespaceSuffix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.properties.namespaceSuffix.type, parentSchema: schema60.properties.namespaceSuffix, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.namespaces !== void 0) {
      let data2 = data.namespaces;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (!pattern18.test(data3)) {
              const err7 = { instancePath: instancePath + "/namespaces/" + i0, schemaPath: "#/$defs/namespace/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", parentSchema: schema49, data: data3 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/namespaces/" + i0, schemaPath: "#/$defs/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        let i1 = data2.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func0(data2[i1], data2[j0])) {
                  const err9 = { instancePath: instancePath + "/namespaces", schemaPath: "#/properties/namespaces/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema60.properties.namespaces, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err10 = { instancePath: instancePath + "/namespaces", schemaPath: "#/properties/namespaces/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema60.properties.namespaces.type, parentSchema: schema60.properties.namespaces, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema60.type, parentSchema: schema60, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
validate36.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func1.call(schema53.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema53, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 1024) {
          const err1 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/clusterId/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema34, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/clusterId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err3 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/clusterId/pattern", keyword: "pattern", params: { pattern: "^/[A-Za-z0-9._()\\-/]+$" }, message: 'must match pattern "^/[A-Za-z0-9._()\\-/]+$"', schema: "^/[A-Za-z0-9._()\\-/]+$", parentSchema: schema34, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/clusterId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.match !== void 0) {
      let data1 = data.match;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (Object.keys(data1).length < 1) {
          const err5 = { instancePath: instancePath + "/match", schemaPath: "#/$defs/selector/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema55, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "subscriptions" || key1 === "resourceGroups" || key1 === "locations" || key1 === "tags" || key1 === "names")) {
            const err6 = { instancePath: instancePath + "/match", schemaPath: "#/$defs/selector/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data1.subscriptions !== void 0) {
          let data2 = data1.subscriptions;
          if (Array.isArray(data2)) {
            if (data2.length < 1) {
              const err7 = { instancePath: instancePath + "/match/subscriptions", schemaPath: "#/$defs/selector/properties/subscriptions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema55.properties.subscriptions, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data3 = data2[i0];
              if (typeof data3 === "string") {
                if (!pattern22.test(data3)) {
                  const err8 = { instancePath: instancePath + "/match/subscriptions/" + i0, schemaPath: "#/$defs/selector/properties/subscriptions/items/pattern", keyword: "pattern", params: { pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$" }, message: 'must match pattern "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"', schema: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", parentSchema: schema55.properties.subscriptions.items, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
              } else {
                const err9 = { instancePath: instancePath + "/match/subscriptions/" + i0, schemaPath: "#/$defs/selector/properties/subscriptions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.subscriptions.items.type, parentSchema: schema55.properties.subscriptions.items, data: data3 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
          } else {
            const err10 = { instancePath: instancePath + "/match/subscriptions", schemaPath: "#/$defs/selector/properties/subscriptions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema55.properties.subscriptions.type, parentSchema: schema55.properties.subscriptions, data: data2 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data1.resourceGroups !== void 0) {
          let data4 = data1.resourceGroups;
          if (Array.isArray(data4)) {
            if (data4.length < 1) {
              const err11 = { instancePath: instancePath + "/match/resourceGroups", schemaPath: "#/$defs/selector/properties/resourceGroups/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema55.properties.resourceGroups, data: data4 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            const len1 = data4.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data5 = data4[i1];
              if (typeof data5 === "string") {
                if (!pattern23.test(data5)) {
                  const err12 = { instancePath: instancePath + "/match/resourceGroups/" + i1, schemaPath: "#/$defs/selector/properties/resourceGroups/items/pattern", keyword: "pattern", params: { pattern: "^[-\\w.()]{0,89}[-\\w()]$" }, message: 'must match pattern "^[-\\w.()]{0,89}[-\\w()]$"', schema: "^[-\\w.()]{0,89}[-\\w()]$", parentSchema: schema55.properties.resourceGroups.items, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = { instancePath: instancePath + "/match/resourceGroups/" + i1, schemaPath: "#/$defs/selector/properties/resourceGroups/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.resourceGroups.items.type, parentSchema: schema55.properties.resourceGroups.items, data: data5 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/match/resourceGroups", schemaPath: "#/$defs/selector/properties/resourceGroups/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema55.properties.resourceGroups.type, parentSchema: schema55.properties.resourceGroups, data: data4 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data1.locations !== void 0) {
          let data6 = data1.locations;
          if (Array.isArray(data6)) {
            if (data6.length < 1) {
              const err15 = { instancePath: instancePath + "/match/locations", schemaPath: "#/$defs/selector/properties/locations/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema55.properties.locations, data: data6 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            const len2 = data6.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data7 = data6[i2];
              if (typeof data7 === "string") {
                if (!pattern24.test(data7)) {
                  const err16 = { instancePath: instancePath + "/match/locations/" + i2, schemaPath: "#/$defs/selector/properties/locations/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]{1,39}$" }, message: 'must match pattern "^[a-z][a-z0-9]{1,39}$"', schema: "^[a-z][a-z0-9]{1,39}$", parentSchema: schema55.properties.locations.items, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = { instancePath: instancePath + "/match/locations/" + i2, schemaPath: "#/$defs/selector/properties/locations/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.locations.items.type, parentSchema: schema55.properties.locations.items, data: data7 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/match/locations", schemaPath: "#/$defs/selector/properties/locations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema55.properties.locations.type, parentSchema: schema55.properties.locations, data: data6 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data1.tags !== void 0) {
          let data8 = data1.tags;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (Object.keys(data8).length < 1) {
              const err19 = { instancePath: instancePath + "/match/tags", schemaPath: "#/$defs/selector/properties/tags/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema55.properties.tags, data: data8 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            for (const key2 in data8) {
              const _errs23 = errors;
              if (typeof key2 === "string") {
                if (func2(key2) > 512) {
                  const err20 = { instancePath: instancePath + "/match/tags", schemaPath: "#/$defs/selector/properties/tags/propertyNames/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters", schema: 512, parentSchema: schema55.properties.tags.propertyNames, data: key2, propertyName: key2 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
                if (func2(key2) < 1) {
                  const err21 = { instancePath: instancePath + "/match/tags", schemaPath: "#/$defs/selector/properties/tags/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema55.properties.tags.propertyNames, data: key2, propertyName: key2 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
                if (!pattern25.test(key2)) {
                  const err22 = { instancePath: instancePath + "/match/tags", schemaPath: "#/$defs/selector/properties/tags/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[^<>%&\\\\?/'\"`]+$" }, message: 'must match pattern "^[^<>%&\\\\?/\'"`]+$"', schema: "^[^<>%&\\\\?/'\"`]+$", parentSchema: schema55.properties.tags.propertyNames, data: key2, propertyName: key2 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = { instancePath: instancePath + "/match/tags", schemaPath: "#/$defs/selector/properties/tags/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.tags.propertyNames.type, parentSchema: schema55.properties.tags.propertyNames, data: key2, propertyName: key2 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              var valid10 = _errs23 === errors;
              if (!valid10) {
                const err24 = { instancePath: instancePath + "/match/tags", schemaPath: "#/$defs/selector/properties/tags/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema55.properties.tags.propertyNames, parentSchema: schema55.properties.tags, data: data8 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            for (const key3 in data8) {
              let data9 = data8[key3];
              if (typeof data9 === "string") {
                if (func2(data9) > 256) {
                  const err25 = { instancePath: instancePath + "/match/tags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/selector/properties/tags/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema55.properties.tags.additionalProperties, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
                if (!pattern26.test(data9)) {
                  const err26 = { instancePath: instancePath + "/match/tags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/selector/properties/tags/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^[^'\"`]*$" }, message: 'must match pattern "^[^\'"`]*$"', schema: "^[^'\"`]*$", parentSchema: schema55.properties.tags.additionalProperties, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              } else {
                const err27 = { instancePath: instancePath + "/match/tags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/selector/properties/tags/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.tags.additionalProperties.type, parentSchema: schema55.properties.tags.additionalProperties, data: data9 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/match/tags", schemaPath: "#/$defs/selector/properties/tags/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.properties.tags.type, parentSchema: schema55.properties.tags, data: data8 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data1.names !== void 0) {
          let data10 = data1.names;
          if (Array.isArray(data10)) {
            if (data10.length < 1) {
              const err29 = { instancePath: instancePath + "/match/names", schemaPath: "#/$defs/selector/properties/names/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema55.properties.names, data: data10 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            const len3 = data10.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data11 = data10[i3];
              if (typeof data11 === "string") {
                if (!pattern27.test(data11)) {
                  const err30 = { instancePath: instancePath + "/match/names/" + i3, schemaPath: "#/$defs/selector/properties/names/items/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9_*-]{1,63}$" }, message: 'must match pattern "^[a-zA-Z0-9_*-]{1,63}$"', schema: "^[a-zA-Z0-9_*-]{1,63}$", parentSchema: schema55.properties.names.items, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              } else {
                const err31 = { instancePath: instancePath + "/match/names/" + i3, schemaPath: "#/$defs/selector/properties/names/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.names.items.type, parentSchema: schema55.properties.names.items, data: data11 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
          } else {
            const err32 = { instancePath: instancePath + "/match/names", schemaPath: "#/$defs/selector/properties/names/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema55.properties.names.type, parentSchema: schema55.properties.names, data: data10 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/match", schemaPath: "#/$defs/selector/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.type, parentSchema: schema55, data: data1 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.vault !== void 0) {
      let data12 = data.vault;
      if (typeof data12 === "string") {
        if (!pattern4.test(data12)) {
          const err34 = { instancePath: instancePath + "/vault", schemaPath: "#/$defs/localName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$", parentSchema: schema32, data: data12 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      } else {
        const err35 = { instancePath: instancePath + "/vault", schemaPath: "#/$defs/localName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data12 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.storage !== void 0) {
      let data13 = data.storage;
      if (typeof data13 === "string") {
        if (!pattern4.test(data13)) {
          const err36 = { instancePath: instancePath + "/storage", schemaPath: "#/$defs/localName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$", parentSchema: schema32, data: data13 };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      } else {
        const err37 = { instancePath: instancePath + "/storage", schemaPath: "#/$defs/localName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data13 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.policy !== void 0) {
      let data14 = data.policy;
      if (typeof data14 === "string") {
        if (!pattern9.test(data14)) {
          const err38 = { instancePath: instancePath + "/policy", schemaPath: "#/$defs/policyName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]{2,149}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]{2,149}$"', schema: "^[A-Za-z0-9][A-Za-z0-9-]{2,149}$", parentSchema: schema38, data: data14 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      } else {
        const err39 = { instancePath: instancePath + "/policy", schemaPath: "#/$defs/policyName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data14 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.snapshotResourceGroup !== void 0) {
      let data15 = data.snapshotResourceGroup;
      if (typeof data15 === "string") {
        if (func2(data15) > 1024) {
          const err40 = { instancePath: instancePath + "/snapshotResourceGroup", schemaPath: "#/$defs/resourceGroupId/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema34, data: data15 };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
        if (func2(data15) < 1) {
          const err41 = { instancePath: instancePath + "/snapshotResourceGroup", schemaPath: "#/$defs/resourceGroupId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34, data: data15 };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        if (!pattern5.test(data15)) {
          const err42 = { instancePath: instancePath + "/snapshotResourceGroup", schemaPath: "#/$defs/resourceGroupId/pattern", keyword: "pattern", params: { pattern: "^/[A-Za-z0-9._()\\-/]+$" }, message: 'must match pattern "^/[A-Za-z0-9._()\\-/]+$"', schema: "^/[A-Za-z0-9._()\\-/]+$", parentSchema: schema34, data: data15 };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      } else {
        const err43 = { instancePath: instancePath + "/snapshotResourceGroup", schemaPath: "#/$defs/resourceGroupId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data15 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.backup !== void 0) {
      if (!validate28(data.backup, { instancePath: instancePath + "/backup", parentData: data, parentDataProperty: "backup", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.preUpgrade !== void 0) {
      if (!validate30(data.preUpgrade, { instancePath: instancePath + "/preUpgrade", parentData: data, parentDataProperty: "preUpgrade", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
        errors = vErrors.length;
      }
    }
    if (data.restoreDrill !== void 0) {
      if (!validate36(data.restoreDrill, { instancePath: instancePath + "/restoreDrill", parentData: data, parentDataProperty: "restoreDrill", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err44 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema53.type, parentSchema: schema53, data };
    if (vErrors === null) {
      vErrors = [err44];
    } else {
      vErrors.push(err44);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema63 = { "type": "object", "additionalProperties": false, "required": ["rule", "reason", "expires"], "properties": { "rule": { "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_.-]{0,63}$", "description": "The rule id, e.g. AKSB007." }, "clusters": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^(/[A-Za-z0-9._()\\-/]+|[a-zA-Z0-9_-]{1,63})$" }, "description": "Cluster names or ids. Absent (and no match): the exemption applies to every cluster." }, "match": { "$ref": "#/$defs/selector" }, "reason": { "type": "string", "description": "Why the finding is accepted: a ticket reference helps the next reader." }, "expires": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "Last day (UTC, YYYY-MM-DD) the exemption applies." } } };
var pattern35 = new RegExp("^[A-Za-z][A-Za-z0-9_.-]{0,63}$", "u");
var pattern36 = new RegExp("^(/[A-Za-z0-9._()\\-/]+|[a-zA-Z0-9_-]{1,63})$", "u");
var pattern43 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate39.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.rule === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'", schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.expires === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'", schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "rule" || key0 === "clusters" || key0 === "match" || key0 === "reason" || key0 === "expires")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema63, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.rule !== void 0) {
      let data0 = data.rule;
      if (typeof data0 === "string") {
        if (!pattern35.test(data0)) {
          const err4 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.-]{0,63}$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.-]{0,63}$"', schema: "^[A-Za-z][A-Za-z0-9_.-]{0,63}$", parentSchema: schema63.properties.rule, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.properties.rule.type, parentSchema: schema63.properties.rule, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.clusters !== void 0) {
      let data1 = data.clusters;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err6 = { instancePath: instancePath + "/clusters", schemaPath: "#/properties/clusters/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema63.properties.clusters, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (!pattern36.test(data2)) {
              const err7 = { instancePath: instancePath + "/clusters/" + i0, schemaPath: "#/properties/clusters/items/pattern", keyword: "pattern", params: { pattern: "^(/[A-Za-z0-9._()\\-/]+|[a-zA-Z0-9_-]{1,63})$" }, message: 'must match pattern "^(/[A-Za-z0-9._()\\-/]+|[a-zA-Z0-9_-]{1,63})$"', schema: "^(/[A-Za-z0-9._()\\-/]+|[a-zA-Z0-9_-]{1,63})$", parentSchema: schema63.properties.clusters.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/clusters/" + i0, schemaPath: "#/properties/clusters/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.properties.clusters.items.type, parentSchema: schema63.properties.clusters.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/clusters", schemaPath: "#/properties/clusters/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema63.properties.clusters.type, parentSchema: schema63.properties.clusters, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.match !== void 0) {
      let data3 = data.match;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (Object.keys(data3).length < 1) {
          const err10 = { instancePath: instancePath + "/match", schemaPath: "#/$defs/selector/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema55, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "subscriptions" || key1 === "resourceGroups" || key1 === "locations" || key1 === "tags" || key1 === "names")) {
            const err11 = { instancePath: instancePath + "/match", schemaPath: "#/$defs/selector/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data3.subscriptions !== void 0) {
          let data4 = data3.subscriptions;
          if (Array.isArray(data4)) {
            if (data4.length < 1) {
              const err12 = { instancePath: instancePath + "/match/subscriptions", schemaPath: "#/$defs/selector/properties/subscriptions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema55.properties.subscriptions, data: data4 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            const len1 = data4.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data5 = data4[i1];
              if (typeof data5 === "string") {
                if (!pattern22.test(data5)) {
                  const err13 = { instancePath: instancePath + "/match/subscriptions/" + i1, schemaPath: "#/$defs/selector/properties/subscriptions/items/pattern", keyword: "pattern", params: { pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$" }, message: 'must match pattern "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"', schema: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", parentSchema: schema55.properties.subscriptions.items, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              } else {
                const err14 = { instancePath: instancePath + "/match/subscriptions/" + i1, schemaPath: "#/$defs/selector/properties/subscriptions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.subscriptions.items.type, parentSchema: schema55.properties.subscriptions.items, data: data5 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/match/subscriptions", schemaPath: "#/$defs/selector/properties/subscriptions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema55.properties.subscriptions.type, parentSchema: schema55.properties.subscriptions, data: data4 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data3.resourceGroups !== void 0) {
          let data6 = data3.resourceGroups;
          if (Array.isArray(data6)) {
            if (data6.length < 1) {
              const err16 = { instancePath: instancePath + "/match/resourceGroups", schemaPath: "#/$defs/selector/properties/resourceGroups/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema55.properties.resourceGroups, data: data6 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            const len2 = data6.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data7 = data6[i2];
              if (typeof data7 === "string") {
                if (!pattern23.test(data7)) {
                  const err17 = { instancePath: instancePath + "/match/resourceGroups/" + i2, schemaPath: "#/$defs/selector/properties/resourceGroups/items/pattern", keyword: "pattern", params: { pattern: "^[-\\w.()]{0,89}[-\\w()]$" }, message: 'must match pattern "^[-\\w.()]{0,89}[-\\w()]$"', schema: "^[-\\w.()]{0,89}[-\\w()]$", parentSchema: schema55.properties.resourceGroups.items, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              } else {
                const err18 = { instancePath: instancePath + "/match/resourceGroups/" + i2, schemaPath: "#/$defs/selector/properties/resourceGroups/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.resourceGroups.items.type, parentSchema: schema55.properties.resourceGroups.items, data: data7 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/match/resourceGroups", schemaPath: "#/$defs/selector/properties/resourceGroups/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema55.properties.resourceGroups.type, parentSchema: schema55.properties.resourceGroups, data: data6 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data3.locations !== void 0) {
          let data8 = data3.locations;
          if (Array.isArray(data8)) {
            if (data8.length < 1) {
              const err20 = { instancePath: instancePath + "/match/locations", schemaPath: "#/$defs/selector/properties/locations/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema55.properties.locations, data: data8 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            const len3 = data8.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data9 = data8[i3];
              if (typeof data9 === "string") {
                if (!pattern24.test(data9)) {
                  const err21 = { instancePath: instancePath + "/match/locations/" + i3, schemaPath: "#/$defs/selector/properties/locations/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]{1,39}$" }, message: 'must match pattern "^[a-z][a-z0-9]{1,39}$"', schema: "^[a-z][a-z0-9]{1,39}$", parentSchema: schema55.properties.locations.items, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              } else {
                const err22 = { instancePath: instancePath + "/match/locations/" + i3, schemaPath: "#/$defs/selector/properties/locations/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.locations.items.type, parentSchema: schema55.properties.locations.items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          } else {
            const err23 = { instancePath: instancePath + "/match/locations", schemaPath: "#/$defs/selector/properties/locations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema55.properties.locations.type, parentSchema: schema55.properties.locations, data: data8 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data3.tags !== void 0) {
          let data10 = data3.tags;
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (Object.keys(data10).length < 1) {
              const err24 = { instancePath: instancePath + "/match/tags", schemaPath: "#/$defs/selector/properties/tags/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema55.properties.tags, data: data10 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            for (const key2 in data10) {
              const _errs26 = errors;
              if (typeof key2 === "string") {
                if (func2(key2) > 512) {
                  const err25 = { instancePath: instancePath + "/match/tags", schemaPath: "#/$defs/selector/properties/tags/propertyNames/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters", schema: 512, parentSchema: schema55.properties.tags.propertyNames, data: key2, propertyName: key2 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
                if (func2(key2) < 1) {
                  const err26 = { instancePath: instancePath + "/match/tags", schemaPath: "#/$defs/selector/properties/tags/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema55.properties.tags.propertyNames, data: key2, propertyName: key2 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                if (!pattern25.test(key2)) {
                  const err27 = { instancePath: instancePath + "/match/tags", schemaPath: "#/$defs/selector/properties/tags/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[^<>%&\\\\?/'\"`]+$" }, message: 'must match pattern "^[^<>%&\\\\?/\'"`]+$"', schema: "^[^<>%&\\\\?/'\"`]+$", parentSchema: schema55.properties.tags.propertyNames, data: key2, propertyName: key2 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              } else {
                const err28 = { instancePath: instancePath + "/match/tags", schemaPath: "#/$defs/selector/properties/tags/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.tags.propertyNames.type, parentSchema: schema55.properties.tags.propertyNames, data: key2, propertyName: key2 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
              var valid11 = _errs26 === errors;
              if (!valid11) {
                const err29 = { instancePath: instancePath + "/match/tags", schemaPath: "#/$defs/selector/properties/tags/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema55.properties.tags.propertyNames, parentSchema: schema55.properties.tags, data: data10 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            for (const key3 in data10) {
              let data11 = data10[key3];
              if (typeof data11 === "string") {
                if (func2(data11) > 256) {
                  const err30 = { instancePath: instancePath + "/match/tags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/selector/properties/tags/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema55.properties.tags.additionalProperties, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
                if (!pattern26.test(data11)) {
                  const err31 = { instancePath: instancePath + "/match/tags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/selector/properties/tags/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^[^'\"`]*$" }, message: 'must match pattern "^[^\'"`]*$"', schema: "^[^'\"`]*$", parentSchema: schema55.properties.tags.additionalProperties, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              } else {
                const err32 = { instancePath: instancePath + "/match/tags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/selector/properties/tags/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.tags.additionalProperties.type, parentSchema: schema55.properties.tags.additionalProperties, data: data11 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
          } else {
            const err33 = { instancePath: instancePath + "/match/tags", schemaPath: "#/$defs/selector/properties/tags/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.properties.tags.type, parentSchema: schema55.properties.tags, data: data10 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data3.names !== void 0) {
          let data12 = data3.names;
          if (Array.isArray(data12)) {
            if (data12.length < 1) {
              const err34 = { instancePath: instancePath + "/match/names", schemaPath: "#/$defs/selector/properties/names/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema55.properties.names, data: data12 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            const len4 = data12.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data13 = data12[i4];
              if (typeof data13 === "string") {
                if (!pattern27.test(data13)) {
                  const err35 = { instancePath: instancePath + "/match/names/" + i4, schemaPath: "#/$defs/selector/properties/names/items/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9_*-]{1,63}$" }, message: 'must match pattern "^[a-zA-Z0-9_*-]{1,63}$"', schema: "^[a-zA-Z0-9_*-]{1,63}$", parentSchema: schema55.properties.names.items, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              } else {
                const err36 = { instancePath: instancePath + "/match/names/" + i4, schemaPath: "#/$defs/selector/properties/names/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.names.items.type, parentSchema: schema55.properties.names.items, data: data13 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
          } else {
            const err37 = { instancePath: instancePath + "/match/names", schemaPath: "#/$defs/selector/properties/names/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema55.properties.names.type, parentSchema: schema55.properties.names, data: data12 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/match", schemaPath: "#/$defs/selector/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.type, parentSchema: schema55, data: data3 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      let data14 = data.reason;
      if (typeof data14 !== "string") {
        const err39 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.properties.reason.type, parentSchema: schema63.properties.reason, data: data14 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.expires !== void 0) {
      let data15 = data.expires;
      if (typeof data15 === "string") {
        if (!pattern43.test(data15)) {
          const err40 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema63.properties.expires, data: data15 };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      } else {
        const err41 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.properties.expires.type, parentSchema: schema63.properties.expires, data: data15 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
  } else {
    const err42 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema63.type, parentSchema: schema63, data };
    if (vErrors === null) {
      vErrors = [err42];
    } else {
      vErrors.push(err42);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
validate39.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.clusters === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "clusters" }, message: "must have required property 'clusters'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.$schema.type, parentSchema: schema31.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (1 !== data1) {
        const err4 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema31.properties.version, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.vaults !== void 0) {
      let data2 = data.vaults;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          const _errs7 = errors;
          if (typeof key1 === "string") {
            if (!pattern4.test(key1)) {
              const err5 = { instancePath: instancePath + "/vaults", schemaPath: "#/$defs/localName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$", parentSchema: schema32, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/vaults", schemaPath: "#/$defs/localName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          var valid1 = _errs7 === errors;
          if (!valid1) {
            const err7 = { instancePath: instancePath + "/vaults", schemaPath: "#/properties/vaults/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema31.properties.vaults.propertyNames, parentSchema: schema31.properties.vaults, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        for (const key2 in data2) {
          if (!validate21(data2[key2], { instancePath: instancePath + "/vaults/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data2, parentDataProperty: key2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/vaults", schemaPath: "#/properties/vaults/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.vaults.type, parentSchema: schema31.properties.vaults, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.storage !== void 0) {
      let data4 = data.storage;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key3 in data4) {
          const _errs14 = errors;
          if (typeof key3 === "string") {
            if (!pattern4.test(key3)) {
              const err9 = { instancePath: instancePath + "/storage", schemaPath: "#/$defs/localName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$", parentSchema: schema32, data: key3, propertyName: key3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/storage", schemaPath: "#/$defs/localName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: key3, propertyName: key3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          var valid4 = _errs14 === errors;
          if (!valid4) {
            const err11 = { instancePath: instancePath + "/storage", schemaPath: "#/properties/storage/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid", schema: schema31.properties.storage.propertyNames, parentSchema: schema31.properties.storage, data: data4 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        for (const key4 in data4) {
          if (!validate23(data4[key4], { instancePath: instancePath + "/storage/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data4, parentDataProperty: key4, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/storage", schemaPath: "#/properties/storage/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.storage.type, parentSchema: schema31.properties.storage, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.policies !== void 0) {
      let data6 = data.policies;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key5 in data6) {
          const _errs21 = errors;
          if (typeof key5 === "string") {
            if (!pattern9.test(key5)) {
              const err13 = { instancePath: instancePath + "/policies", schemaPath: "#/$defs/policyName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]{2,149}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]{2,149}$"', schema: "^[A-Za-z0-9][A-Za-z0-9-]{2,149}$", parentSchema: schema38, data: key5, propertyName: key5 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/policies", schemaPath: "#/$defs/policyName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: key5, propertyName: key5 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          var valid7 = _errs21 === errors;
          if (!valid7) {
            const err15 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/propertyNames", keyword: "propertyNames", params: { propertyName: key5 }, message: "property name must be valid", schema: schema31.properties.policies.propertyNames, parentSchema: schema31.properties.policies, data: data6 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        for (const key6 in data6) {
          if (!validate25(data6[key6], { instancePath: instancePath + "/policies/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data6, parentDataProperty: key6, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.policies.type, parentSchema: schema31.properties.policies, data: data6 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.defaults !== void 0) {
      if (!validate27(data.defaults, { instancePath: instancePath + "/defaults", parentData: data, parentDataProperty: "defaults", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.clusters !== void 0) {
      let data9 = data.clusters;
      if (Array.isArray(data9)) {
        const len0 = data9.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate33(data9[i0], { instancePath: instancePath + "/clusters/" + i0, parentData: data9, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/clusters", schemaPath: "#/properties/clusters/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.clusters.type, parentSchema: schema31.properties.clusters, data: data9 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.exemptions !== void 0) {
      let data11 = data.exemptions;
      if (Array.isArray(data11)) {
        const len1 = data11.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate39(data11[i1], { instancePath: instancePath + "/exemptions/" + i1, parentData: data11, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/exemptions", schemaPath: "#/properties/exemptions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.exemptions.type, parentSchema: schema31.properties.exemptions, data: data11 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.options !== void 0) {
      let data13 = data.options;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key7 in data13) {
          if (!(key7 === "roleSet" || key7 === "allowAzureFiles")) {
            const err19 = { instancePath: instancePath + "/options", schemaPath: "#/$defs/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema65, data: data13 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data13.roleSet !== void 0) {
          let data14 = data13.roleSet;
          if (!(data14 === "recommended" || data14 === "minimal")) {
            const err20 = { instancePath: instancePath + "/options/roleSet", schemaPath: "#/$defs/options/properties/roleSet/enum", keyword: "enum", params: { allowedValues: schema65.properties.roleSet.enum }, message: "must be equal to one of the allowed values", schema: schema65.properties.roleSet.enum, parentSchema: schema65.properties.roleSet, data: data14 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data13.allowAzureFiles !== void 0) {
          let data15 = data13.allowAzureFiles;
          if (typeof data15 !== "boolean") {
            const err21 = { instancePath: instancePath + "/options/allowAzureFiles", schemaPath: "#/$defs/options/properties/allowAzureFiles/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema65.properties.allowAzureFiles.type, parentSchema: schema65.properties.allowAzureFiles, data: data15 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/options", schemaPath: "#/$defs/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema65.type, parentSchema: schema65, data: data13 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// src/config/schema-validate.ts
function validateAgainstSchema(value, sourceMap) {
  if (desired_state_validator_default(value)) return [];
  const seen = /* @__PURE__ */ new Set();
  const diagnostics = [];
  for (const error of desired_state_validator_default.errors ?? []) {
    if (error.keyword === "if" || error.keyword === "$ref" || error.keyword === "propertyNames") continue;
    const diagnostic = toDiagnostic(error, sourceMap);
    const key = `${diagnostic.line}:${diagnostic.column}:${diagnostic.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push(diagnostic);
  }
  return diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
function toPath(instancePath) {
  if (instancePath === "") return [];
  return instancePath.slice(1).split("/").map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~")).map((part) => /^\d+$/.test(part) ? Number(part) : part);
}
function describeValue(data) {
  if (data === null) return "null (an empty value)";
  if (Array.isArray(data)) return "a list";
  if (typeof data === "object") return "a mapping";
  if (typeof data === "string") return `the string '${data.length > 60 ? `${data.slice(0, 57)}...` : data}'`;
  return `${typeof data} ${String(data)}`;
}
var TYPE_NAMES = {
  object: "a mapping (key: value)",
  array: "a list",
  string: "a string",
  boolean: "true or false",
  integer: "a whole number",
  number: "a number"
};
function toDiagnostic(error, sourceMap) {
  const path = toPath(error.instancePath);
  const where = formatPath(path);
  const data = error.data;
  switch (error.keyword) {
    case "additionalProperty":
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      const allowed = Object.keys(
        error.parentSchema?.properties ?? {}
      );
      const guess = suggest(key, allowed);
      const hint = key === "<<" ? " (YAML merge keys are not supported: use 'defaults:')" : guess ? `; did you mean '${guess}'?` : "";
      const list = allowed.length > 0 && !guess ? ` Allowed keys: ${allowed.join(", ")}.` : "";
      return locate(sourceMap, [...path, key], "key", `unknown key '${key}' in ${where}${hint}${list}`);
    }
    case "required": {
      const missing = error.params.missingProperty;
      return locate(sourceMap, path, "value", `${where} is missing the required key '${missing}'`);
    }
    case "type": {
      const expected = String(error.params.type).split(",").map((t) => TYPE_NAMES[t] ?? t).join(" or ");
      return locate(sourceMap, path, "value", `${where} must be ${expected}, found ${describeValue(data)}`);
    }
    case "const":
      return locate(
        sourceMap,
        path,
        "value",
        `${where} must be ${JSON.stringify(error.params.allowedValue)}, found ${describeValue(data)}`
      );
    case "enum": {
      const allowed = error.params.allowedValues.map(String);
      const guess = typeof data === "string" ? suggest(data, allowed) : void 0;
      return locate(
        sourceMap,
        path,
        "value",
        `${where} must be one of ${allowed.join(", ")}; found ${describeValue(data)}${guess ? ` (did you mean '${guess}'?)` : ""}`
      );
    }
    case "pattern": {
      if (error.propertyName !== void 0) {
        return locate(
          sourceMap,
          [...path, error.propertyName],
          "key",
          `'${error.propertyName}' is not a valid name in ${where}: ${nameRule(error)}`
        );
      }
      const kind = resourceKindAt(path);
      if (kind && typeof data === "string") {
        const parsed = parseResourceId(data, kind);
        if (!parsed.ok) return locate(sourceMap, path, "value", `${where}: ${parsed.reason}`);
      }
      if (error.schemaPath.startsWith("#/$defs/duration/") && typeof data === "string") {
        const parsed = parseDuration(data);
        if (!parsed.ok) return locate(sourceMap, path, "value", `${where}: ${parsed.reason}`);
      }
      if (path.at(-1) === "at" && typeof data === "string") {
        const parsed = parseTimeOfDay(data);
        if (!parsed.ok) return locate(sourceMap, path, "value", `${where}: ${parsed.reason}`);
      }
      const description = error.parentSchema?.description;
      return locate(
        sourceMap,
        path,
        "value",
        `${where}: ${describeValue(data)} is not valid${description ? `; expected ${lowerFirst(description)}` : ""}`
      );
    }
    case "uniqueItems": {
      const { i, j } = error.params;
      return locate(
        sourceMap,
        [...path, i],
        "value",
        `${where} lists the same value twice (items ${j + 1} and ${i + 1})`
      );
    }
    case "minProperties":
      return locate(sourceMap, path, "value", `${where} must not be empty`);
    case "minItems":
      return locate(
        sourceMap,
        path,
        "value",
        `${where} must list at least ${error.params.limit} item(s)`
      );
    case "minLength":
    case "maxLength":
      return locate(sourceMap, path, "value", `${where} ${error.message ?? "has an invalid length"}`);
    default:
      return locate(sourceMap, path, "value", `${where} ${error.message ?? "is invalid"}`);
  }
}
function nameRule(error) {
  const schema = error.parentSchema;
  return schema?.description ? `expected ${lowerFirst(schema.description)}` : `must match ${schema?.pattern ?? "the allowed pattern"}`;
}
function lowerFirst(text) {
  return /^[A-Z](?![A-Z])/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
function resourceKindAt(path) {
  const last = path.at(-1);
  if (last === "snapshotResourceGroup") return "resourceGroup";
  if (last === "account" && path[0] === "storage") return "storageAccount";
  if (last === "id" && path[0] === "vaults") return "backupVault";
  if (last === "id" && path[0] === "clusters") return "managedCluster";
  if (last === "target") return "managedCluster";
  return void 0;
}
function locate(sourceMap, path, prefer, message) {
  const loc = sourceMap.locate(path, prefer);
  return { file: loc.file, line: loc.line, column: loc.column, message };
}

// src/config/load.ts
function loadDesiredState(file) {
  const text = readTextFile(file, "desired-state file");
  return parseDesiredState(file, text);
}
function parseDesiredState(file, text) {
  const { value, sourceMap } = parseYaml(file, text);
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new InputError([
      {
        file,
        line: 1,
        column: 1,
        message: `the file must be a mapping that starts with 'version: 1', found ${Array.isArray(value) ? "a list" : value === null ? "nothing" : `a ${typeof value}`}`
      }
    ]);
  }
  const schemaProblems = validateAgainstSchema(value, sourceMap);
  if (schemaProblems.length > 0) throw new InputError(schemaProblems);
  const { state, diagnostics } = normalise(value, sourceMap);
  if (!state) throw new InputError(diagnostics);
  return state;
}

// src/rules/catalogue.ts
import { join as join4 } from "node:path";

// src/rules/builtin-policies.ts
import { join as join3 } from "node:path";

// src/config/lazy-source-map.ts
var LazySourceMap = class extends SourceMap {
  constructor(file, load) {
    super(file);
    this.load = load;
  }
  load;
  loaded;
  /** Whether the file has been parsed: loading the built-in catalogue must not (test/rules). */
  get parsed() {
    return this.loaded !== void 0;
  }
  locate(path, prefer = "value") {
    this.loaded ??= this.load();
    return this.loaded.locate(path, prefer);
  }
};

// src/generated/builtin-policies.js
var rules = [
  {
    path: "rules/AKSB001.yaml",
    file: "policies/rules/AKSB001.yaml",
    idAt: { "file": "policies/rules/AKSB001.yaml", "line": 2, "column": 5 },
    value: JSON.parse(`{"id":"AKSB001","name":"Azure.AKSBackup.RegionSupported","title":"The cluster's region supports Azure Backup for AKS.","severity":"error","subject":"cluster","source":{"citation":"SM26","date":"2026-01-06","url":"https://learn.microsoft.com/azure/backup/azure-kubernetes-service-cluster-backup-support-matrix"},"docs":"docs/AKSB001.md","tags":{"ruleSet":"2026_11","area":"support-matrix","pillar":"Reliability"},"assert":{"properties":{"location":{"inList":["regions.vaultAndOperational","regions.operationalOnly"]}}},"message":"Azure Backup for AKS is not available in region '{location}': the cluster cannot be protected there; protect its workloads another way and exempt it with a reason"}`)
  },
  {
    path: "rules/AKSB002.yaml",
    file: "policies/rules/AKSB002.yaml",
    idAt: { "file": "policies/rules/AKSB002.yaml", "line": 2, "column": 5 },
    value: JSON.parse('{"id":"AKSB002","name":"Azure.AKSBackup.KubernetesVersion","title":"The cluster runs a Kubernetes version that Azure Backup for AKS supports (the versions AKS supports).","severity":"warning","subject":"cluster","source":{"citation":"SM26","date":"2026-01-06","url":"https://learn.microsoft.com/azure/backup/azure-kubernetes-service-cluster-backup-support-matrix"},"docs":"docs/AKSB002.md","tags":{"ruleSet":"2026_11","area":"support-matrix","pillar":"Reliability"},"check":"kubernetes-version","message":"Kubernetes {kubernetesVersion} is outside what Azure Backup for AKS supports","messages":{"unsupported":"Kubernetes {kubernetesVersion} is outside what Azure Backup for AKS supports ({reasons}): backups may work but are unsupported; upgrade the cluster to a version AKS supports","unknown":"could not check Kubernetes {kubernetesVersion} against the versions AKS supports in {location|its region}: the list could not be read ({reason}). Reading it needs Reader on the subscription (the list sits at subscription scope) and Microsoft.ContainerService registered there"}}')
  },
  {
    path: "rules/AKSB003.yaml",
    file: "policies/rules/AKSB003.yaml",
    idAt: { "file": "policies/rules/AKSB003.yaml", "line": 2, "column": 5 },
    value: JSON.parse('{"id":"AKSB003","name":"Azure.AKSBackup.DiskCSIDriver","title":"The Azure Disk CSI driver is enabled on the cluster.","severity":"error","subject":"cluster","source":{"citation":"SM26","date":"2026-01-06","url":"https://learn.microsoft.com/azure/backup/azure-kubernetes-service-cluster-backup-support-matrix"},"docs":"docs/AKSB003.md","tags":{"ruleSet":"2026_11","area":"prerequisites","pillar":"Reliability"},"assert":{"properties":{"csi":{"properties":{"diskDriver":{"const":true}}}}},"message":"the Azure Disk CSI driver is disabled (storageProfile.diskCSIDriver.enabled: false): AKS backup snapshots persistent volumes through it; enable it with az aks update --enable-disk-driver"}')
  },
  {
    path: "rules/AKSB004.yaml",
    file: "policies/rules/AKSB004.yaml",
    idAt: { "file": "policies/rules/AKSB004.yaml", "line": 2, "column": 5 },
    value: JSON.parse('{"id":"AKSB004","name":"Azure.AKSBackup.SnapshotController","title":"The CSI snapshot controller is enabled on the cluster.","severity":"error","subject":"cluster","source":{"citation":"SM26","date":"2026-01-06","url":"https://learn.microsoft.com/azure/backup/azure-kubernetes-service-cluster-backup-support-matrix"},"docs":"docs/AKSB004.md","tags":{"ruleSet":"2026_11","area":"prerequisites","pillar":"Reliability"},"assert":{"properties":{"csi":{"properties":{"snapshotController":{"const":true}}}}},"message":"the CSI snapshot controller is disabled (storageProfile.snapshotController.enabled: false): AKS backup cannot take volume snapshots; enable it with az aks update --enable-snapshot-controller"}')
  },
  {
    path: "rules/AKSB005.yaml",
    file: "policies/rules/AKSB005.yaml",
    idAt: { "file": "policies/rules/AKSB005.yaml", "line": 2, "column": 5 },
    value: JSON.parse('{"id":"AKSB005","name":"Azure.AKSBackup.ClusterIdentity","title":"The cluster uses a managed identity of a supported kind (system- or user-assigned), not a service principal.","severity":"error","subject":"cluster","source":{"citation":"SM26","date":"2026-01-06","url":"https://learn.microsoft.com/azure/backup/azure-kubernetes-service-cluster-backup-support-matrix"},"docs":"docs/AKSB005.md","tags":{"ruleSet":"2026_11","area":"support-matrix","pillar":"Security"},"assert":{"properties":{"identity":{"required":["type"],"properties":{"type":{"inList":"cluster.identityTypes"},"servicePrincipalClientId":{"enumIgnoreCase":["msi"]}}}}},"message":"the cluster does not use a supported managed identity (identity type {identity.type|none}, servicePrincipalProfile.clientId {identity.servicePrincipalClientId|not set}): AKS backup supports {$matrix.cluster.identityTypes} identities only; migrate with az aks update --enable-managed-identity"}')
  },
  {
    path: "rules/AKSB006.yaml",
    file: "policies/rules/AKSB006.yaml",
    idAt: { "file": "policies/rules/AKSB006.yaml", "line": 2, "column": 5 },
    value: JSON.parse(`{"id":"AKSB006","name":"Azure.AKSBackup.VaultPlacement","title":"The Backup vault is in the cluster's region and in an allowed subscription and tenant.","severity":"error","subject":"binding","resource":"vault.id","source":{"citation":"SM26","date":"2026-01-06","url":"https://learn.microsoft.com/azure/backup/azure-kubernetes-service-cluster-backup-support-matrix"},"docs":"docs/AKSB006.md","tags":{"ruleSet":"2026_11","area":"support-matrix","pillar":"Reliability"},"assert":{"properties":{"vault":{"properties":{"location":{"sameAs":{"$data":"/location"},"explain":"the vault is in {vault.location}, the cluster in {location}"},"tenantId":{"sameAs":{"$data":"/tenantId"},"explain":"the vault is in tenant {vault.tenantId}, the cluster in tenant {tenantId}"}}}},"if":{"matrixTrue":"vault.sameSubscriptionRequired"},"then":{"properties":{"vault":{"properties":{"subscriptionId":{"sameAs":{"$data":"/subscriptionId"},"explain":"the vault is in subscription {vault.subscriptionId}, the cluster in {subscriptionId}"}}}}}},"message":"vault {vault.id} cannot protect this cluster: {$errors}. A Backup vault protects clusters of its own region (another subscription of the same tenant is allowed); use a vault in {location|the cluster's region}"}`)
  },
  {
    path: "rules/AKSB007.yaml",
    file: "policies/rules/AKSB007.yaml",
    idAt: { "file": "policies/rules/AKSB007.yaml", "line": 2, "column": 5 },
    value: JSON.parse(`{"id":"AKSB007","name":"Azure.AKSBackup.StoragePlacement","title":"The backup storage account (blob container) is in the cluster's region and subscription, general-purpose v2 and not Premium.","severity":"error","subject":"binding","resource":"storage.accountId","source":{"citation":"SM26","date":"2026-01-06","url":"https://learn.microsoft.com/azure/backup/azure-kubernetes-service-cluster-backup-support-matrix"},"docs":"docs/AKSB007.md","tags":{"ruleSet":"2026_11","area":"support-matrix","pillar":"Reliability"},"check":"storage-placement","message":"the backup storage account {storage.accountId} does not meet AKS backup's storage requirements","messages":{"region":"backup storage account {storage.accountId} is in {storage.location}, the cluster in {location}: the backup extension's storage must be in the cluster's region; use an account in {location}","subscription":"backup storage account {storage.accountId} is in subscription {storage.subscriptionId}, the cluster in {subscriptionId}: the 2026 docs allow it, but az dataprotection enable-backup and the 2023 matrix require the cluster's subscription; prefer an account there","kind":"backup storage account {storage.accountId} is of kind {storage.kind}: AKS backup needs a Standard general-purpose v2 account ({allowedKinds})","premium":"backup storage account {storage.accountId} is {storage.skuName}: Premium storage accounts are not supported for AKS backup; use a Standard general-purpose v2 account"}}`)
  },
  {
    path: "rules/AKSB008.yaml",
    file: "policies/rules/AKSB008.yaml",
    idAt: { "file": "policies/rules/AKSB008.yaml", "line": 2, "column": 5 },
    value: JSON.parse(`{"id":"AKSB008","name":"Azure.AKSBackup.ScheduleInterval","title":"The backup policy's schedule interval is one AKS backup allows.","severity":"error","subject":"binding","resource":"policy.id","source":{"citation":"SM26","date":"2026-01-06","url":"https://learn.microsoft.com/azure/backup/azure-kubernetes-service-cluster-backup-support-matrix"},"docs":"docs/AKSB008.md","tags":{"ruleSet":"2026_11","area":"support-matrix","pillar":"Reliability"},"assert":{"properties":{"policy":{"properties":{"interval":{"inList":"schedule.intervals"}}}}},"message":"policy '{policy.name}' backs up every {policy.interval}; AKS backup allows only {$matrix.schedule.intervals} (every 4, 6, 8, 12 or 24 hours): change schedule.every"}`)
  },
  {
    path: "rules/AKSB009.yaml",
    file: "policies/rules/AKSB009.yaml",
    idAt: { "file": "policies/rules/AKSB009.yaml", "line": 2, "column": 5 },
    value: JSON.parse(`{"id":"AKSB009","name":"Azure.AKSBackup.RetentionBounds","title":"The backup policy's retention is within the bounds of its datastore (and the datastore exists in the region).","severity":"error","subject":"binding","resource":"policy.id","source":{"citation":"SM26","date":"2026-01-06","url":"https://learn.microsoft.com/azure/backup/azure-kubernetes-service-cluster-backup-support-matrix"},"docs":"docs/AKSB009.md","tags":{"ruleSet":"2026_11","area":"support-matrix","pillar":"Reliability"},"assert":{"properties":{"policy":{"properties":{"retention":{"properties":{"operational":{"maxDuration":{"matrix":"retention.operational.max"},"explain":"operational retention {policy.retention.operational} is longer than the {$matrix.retention.operational.max} maximum"},"vault":{"maxDuration":{"matrix":"retention.vault.max"},"explain":"vault-tier retention {policy.retention.vault} is longer than the {$matrix.retention.vault.max} maximum"}}}}}},"allOf":[{"if":{"required":["backup"],"properties":{"backup":{"required":["includedVolumeTypes"],"properties":{"includedVolumeTypes":{"contains":{"enumIgnoreCase":["AzureFileShareSMB"]}}}}}},"then":{"properties":{"policy":{"properties":{"retention":{"properties":{"operational":{"maxDuration":{"matrix":"retention.operationalWithAzureFiles.max"},"explain":"with Azure Files volumes, operational retention {policy.retention.operational} is longer than the {$matrix.retention.operationalWithAzureFiles.max} maximum"},"vault":{"not":{},"explain":"Azure Files volumes are backed up to the operational tier only, but the policy keeps a vault-tier copy"}}}}}}}},{"if":{"required":["location","policy"],"properties":{"policy":{"properties":{"retention":{"required":["vault"]}}}}},"then":{"properties":{"location":{"inList":"regions.vaultAndOperational","explain":"the policy keeps a vault-tier copy, but {location} offers the operational tier only"}}}}]},"message":"policy '{policy.name}' is outside AKS backup's retention bounds: {$errors}"}`)
  },
  {
    path: "rules/AKSB010.yaml",
    file: "policies/rules/AKSB010.yaml",
    idAt: { "file": "policies/rules/AKSB010.yaml", "line": 2, "column": 5 },
    value: JSON.parse(`{"id":"AKSB010","name":"Azure.AKSBackup.ExtensionHealthy","title":"The backup extension is installed on the cluster and healthy, or the plan installs it.","severity":"error","subject":"cluster","source":{"citation":"CON25","date":"2025-08-12","url":"https://learn.microsoft.com/azure/backup/azure-kubernetes-service-cluster-backup-concept"},"docs":"docs/AKSB010.md","tags":{"ruleSet":"2026_11","area":"prerequisites","pillar":"Reliability"},"assert":{"if":{"required":["extension"]},"then":{"anyOf":[{"required":["plan"],"properties":{"plan":{"required":["installsExtension"],"properties":{"installsExtension":{"const":true}}}}},{"properties":{"extension":{"type":"object","required":["provisioningState"],"properties":{"provisioningState":{"enumIgnoreCase":["Succeeded"]}}}}}]}},"message":"the backup extension ({$matrix.extension.type}) is {extension.provisioningState|not installed}: backups and restores need it healthy on the cluster; install it (a Failed one: install it again, which apply does with a PUT of the same extension) with the storage account and container of this cluster's binding"}`)
  },
  {
    path: "rules/AKSB011.yaml",
    file: "policies/rules/AKSB011.yaml",
    idAt: { "file": "policies/rules/AKSB011.yaml", "line": 2, "column": 5 },
    value: JSON.parse('{"id":"AKSB011","name":"Azure.AKSBackup.TrustedAccess","title":"A trusted-access role binding gives the vault the backup-operator role on the cluster, or the plan creates it.","severity":"error","subject":"binding","source":{"citation":"CON25","date":"2025-08-12","url":"https://learn.microsoft.com/azure/backup/azure-kubernetes-service-cluster-backup-concept"},"docs":"docs/AKSB011.md","tags":{"ruleSet":"2026_11","area":"prerequisites","pillar":"Security"},"assert":{"if":{"required":["trustedAccessBindings"]},"then":{"anyOf":[{"required":["plan"],"properties":{"plan":{"required":["createsTrustedAccess"],"properties":{"createsTrustedAccess":{"const":true}}}}},{"properties":{"trustedAccessBindings":{"contains":{"required":["sourceResourceId","roles"],"properties":{"sourceResourceId":{"sameAs":{"$data":"/vault/id"}},"roles":{"contains":{"sameAs":{"matrix":"trustedAccess.role"}}},"provisioningState":{"enumIgnoreCase":["Succeeded"]}}}}}}]}},"message":"no Succeeded trusted-access binding on the cluster gives vault {vault.id} the {$matrix.trustedAccess.role} role: create one whose sourceResourceId is the vault (bindings are matched by source, not by name; a Failed one: provision it again, which apply does with a PUT of the same binding)"}')
  },
  {
    path: "rules/AKSB012.yaml",
    file: "policies/rules/AKSB012.yaml",
    idAt: { "file": "policies/rules/AKSB012.yaml", "line": 2, "column": 5 },
    value: JSON.parse(`{"id":"AKSB012","name":"Azure.AKSBackup.ProvidersRegistered","title":"Microsoft.DataProtection and Microsoft.KubernetesConfiguration (and Microsoft.ContainerService) are registered in the cluster's subscription, or the plan registers them.","severity":"error","subject":"cluster","source":{"citation":"BK25","date":"2025-03-24","url":"https://learn.microsoft.com/azure/backup/azure-kubernetes-service-cluster-backup"},"docs":"docs/AKSB012.md","tags":{"ruleSet":"2026_11","area":"prerequisites","pillar":"Operational Excellence"},"check":"providers-registered","message":"resource providers not registered in subscription {subscriptionId}: {missing}; register them with az provider register --namespace <name> (registration can take up to 10 minutes)"}`)
  },
  {
    path: "rules/AKSB013.yaml",
    file: "policies/rules/AKSB013.yaml",
    idAt: { "file": "policies/rules/AKSB013.yaml", "line": 2, "column": 5 },
    value: JSON.parse(`{"id":"AKSB013","name":"Azure.AKSBackup.PolicyChangeNeedsReplace","title":"An existing backup instance uses the desired policy; a different one can only be reached by replacing the instance.","severity":"error","subject":"binding","source":{"citation":"SM26","date":"2026-01-06","url":"https://learn.microsoft.com/azure/backup/azure-kubernetes-service-cluster-backup-support-matrix"},"docs":"docs/AKSB013.md","tags":{"ruleSet":"2026_11","area":"lifecycle","pillar":"Reliability"},"check":"instance-replace","params":{"field":"policy"},"message":"backup instance {instance.id} uses policy {actual}, the desired state wants {desired}","messages":{"replace-blocked":"backup instance {instance.id} uses policy {actual}, the desired state wants {desired}: Azure cannot change an instance's policy in place, so this needs a replace (delete and recreate the instance); set allow-replace to let the plan do it, or keep the current policy","replace-planned":"backup instance {instance.id} will be replaced to move it from policy {actual} to {desired} (allow-replace is set): the new instance starts without recovery points, so take a backup right after"}}`)
  },
  {
    path: "rules/AKSB014.yaml",
    file: "policies/rules/AKSB014.yaml",
    idAt: { "file": "policies/rules/AKSB014.yaml", "line": 2, "column": 5 },
    value: JSON.parse('{"id":"AKSB014","name":"Azure.AKSBackup.SnapshotGroupChangeNeedsReplace","title":"An existing backup instance uses the desired snapshot resource group; a different one can only be reached by replacing the instance.","severity":"error","subject":"binding","source":{"citation":"FAQ25","date":"2025-04-14","url":"https://learn.microsoft.com/azure/backup/aks-backup-faq"},"docs":"docs/AKSB014.md","tags":{"ruleSet":"2026_11","area":"lifecycle","pillar":"Reliability"},"check":"instance-replace","params":{"field":"snapshotResourceGroup"},"message":"backup instance {instance.id} keeps snapshots in {actual}, the desired state wants {desired}","messages":{"replace-blocked":"backup instance {instance.id} keeps snapshots in {actual}, the desired state wants {desired}: the snapshot resource group is fixed for the life of an instance, so this needs a replace; set allow-replace to let the plan do it, or keep the current group","replace-planned":"backup instance {instance.id} will be replaced to move its snapshots from {actual} to {desired} (allow-replace is set): the new instance starts without recovery points, so take a backup right after"}}')
  },
  {
    path: "rules/AKSB015.yaml",
    file: "policies/rules/AKSB015.yaml",
    idAt: { "file": "policies/rules/AKSB015.yaml", "line": 2, "column": 5 },
    value: JSON.parse('{"id":"AKSB015","name":"Azure.AKSBackup.DistinctInstances","title":"No two backup instances of one cluster share both vault and policy.","severity":"error","subject":"cluster","source":{"citation":"BK25","date":"2025-03-24","url":"https://learn.microsoft.com/azure/backup/azure-kubernetes-service-cluster-backup"},"docs":"docs/AKSB015.md","tags":{"ruleSet":"2026_11","area":"lifecycle","pillar":"Operational Excellence"},"check":"instances-distinct","message":"{count} backup instances of this cluster share vault {vault} and policy {policy} ({instances}): each instance of a cluster needs its own vault or policy; remove the duplicate"}')
  },
  {
    path: "rules/AKSB016.yaml",
    file: "policies/rules/AKSB016.yaml",
    idAt: { "file": "policies/rules/AKSB016.yaml", "line": 2, "column": 5 },
    value: JSON.parse('{"id":"AKSB016","name":"Azure.AKSBackup.VaultCapacity","title":"The vault stays within 5,000 backup policies and 5,000 backup instances after the plan.","severity":"error","subject":"vault","source":{"citation":"SM26","date":"2026-01-06","url":"https://learn.microsoft.com/azure/backup/azure-kubernetes-service-cluster-backup-support-matrix"},"docs":"docs/AKSB016.md","tags":{"ruleSet":"2026_11","area":"limits","pillar":"Reliability"},"assert":{"properties":{"counts":{"properties":{"policies":{"atMost":{"matrix":"limits.policiesPerVault"},"explain":"{counts.policies} backup policies (the limit is {$matrix.limits.policiesPerVault})"},"instances":{"atMost":{"matrix":"limits.instancesPerVault"},"explain":"{counts.instances} backup instances (the limit is {$matrix.limits.instancesPerVault})"}}}}},"message":"vault {resourceId} would hold {$errors} after the plan: Azure refuses more; spread the clusters over another vault"}')
  },
  {
    path: "rules/AKSB017.yaml",
    file: "policies/rules/AKSB017.yaml",
    idAt: { "file": "policies/rules/AKSB017.yaml", "line": 2, "column": 5 },
    value: JSON.parse('{"id":"AKSB017","name":"Azure.AKSBackup.OnDemandBackupLimit","title":"On-demand backups stay within 10 per backup instance per day.","severity":"error","subject":"operation","source":{"citation":"SM26","date":"2026-01-06","url":"https://learn.microsoft.com/azure/backup/azure-kubernetes-service-cluster-backup-support-matrix"},"docs":"docs/AKSB017.md","tags":{"ruleSet":"2026_11","area":"limits","pillar":"Reliability"},"check":"daily-operation-limit","params":{"operation":"backup","limit":"limits.onDemandBackupsPerInstancePerDay"},"message":"{count} on-demand backups of this instance started in the last 24 hours and the limit is {limit} per day: wait until {freesAt}; retrying past the limit can block the instance for hours (CloudDosTimeboudLimitReached)"}')
  },
  {
    path: "rules/AKSB018.yaml",
    file: "policies/rules/AKSB018.yaml",
    idAt: { "file": "policies/rules/AKSB018.yaml", "line": 2, "column": 5 },
    value: JSON.parse('{"id":"AKSB018","name":"Azure.AKSBackup.RestoreLimit","title":"Restores stay within 10 per backup instance per day.","severity":"error","subject":"operation","source":{"citation":"SM26","date":"2026-01-06","url":"https://learn.microsoft.com/azure/backup/azure-kubernetes-service-cluster-backup-support-matrix"},"docs":"docs/AKSB018.md","tags":{"ruleSet":"2026_11","area":"limits","pillar":"Reliability"},"check":"daily-operation-limit","params":{"operation":"restore","limit":"limits.restoresPerInstancePerDay"},"message":"{count} restores from this instance started in the last 24 hours and the limit is {limit} per day: wait until {freesAt} before the next restore drill"}')
  },
  {
    path: "rules/AKSB019.yaml",
    file: "policies/rules/AKSB019.yaml",
    idAt: { "file": "policies/rules/AKSB019.yaml", "line": 2, "column": 5 },
    value: JSON.parse(`{"id":"AKSB019","name":"Azure.AKSBackup.RestoreTarget","title":"A restore target is in the source cluster's region and has the backup extension and trusted access for the vault.","severity":"error","subject":"operation","resource":"targetCluster.id","source":{"citation":"RST26","date":"2026-01-19","url":"https://learn.microsoft.com/azure/backup/azure-kubernetes-service-cluster-restore"},"docs":"docs/AKSB019.md","tags":{"ruleSet":"2026_11","area":"restore","pillar":"Reliability"},"assert":{"if":{"required":["operation","targetCluster"],"properties":{"operation":{"const":"restore"}}},"then":{"allOf":[{"if":{"required":["crossRegionRestore"],"properties":{"crossRegionRestore":{"const":true}}},"else":{"properties":{"targetCluster":{"properties":{"location":{"sameAs":{"$data":"/sourceCluster/location"},"explain":"it is in {targetCluster.location}, the source cluster in {sourceCluster.location}"}}}}}},{"properties":{"targetCluster":{"properties":{"extension":{"type":"object","required":["provisioningState"],"explain":"it has no backup extension","properties":{"provisioningState":{"enumIgnoreCase":["Succeeded"],"explain":"its backup extension is {targetCluster.extension.provisioningState}"}}},"trustedAccessBindings":{"explain":"no Succeeded trusted-access binding gives vault {vaultId} the backup-operator role on it","contains":{"required":["sourceResourceId","roles"],"properties":{"sourceResourceId":{"sameAs":{"$data":"/vaultId"}},"roles":{"contains":{"sameAs":{"matrix":"trustedAccess.role"}}},"provisioningState":{"enumIgnoreCase":["Succeeded"]}}}}}}}}]}},"message":"restore target {targetCluster.id} cannot receive this restore: {$errors}"}`)
  },
  {
    path: "rules/AKSB020.yaml",
    file: "policies/rules/AKSB020.yaml",
    idAt: { "file": "policies/rules/AKSB020.yaml", "line": 2, "column": 5 },
    value: JSON.parse('{"id":"AKSB020","name":"Azure.AKSBackup.ClusterRunning","title":"The cluster is running before a backup or restore operation (the source for a backup, the target for a restore).","severity":"error","subject":"operation","source":{"citation":"SM26","date":"2026-01-06","url":"https://learn.microsoft.com/azure/backup/azure-kubernetes-service-cluster-backup-support-matrix"},"docs":"docs/AKSB020.md","tags":{"ruleSet":"2026_11","area":"operations","pillar":"Reliability"},"assert":{"allOf":[{"if":{"required":["operation"],"properties":{"operation":{"const":"backup"}}},"then":{"properties":{"sourceCluster":{"properties":{"powerState":{"enumIgnoreCase":["Running"],"explain":"cluster {sourceCluster.id} is {sourceCluster.powerState}"}}}}}},{"if":{"required":["operation"],"properties":{"operation":{"const":"restore"}}},"then":{"properties":{"targetCluster":{"properties":{"powerState":{"enumIgnoreCase":["Running"],"explain":"restore target {targetCluster.id} is {targetCluster.powerState}"}}}}}}]},"message":"the {operation} cannot run: {$errors}; the cluster and its backup extension pods must be running for backups and restores: start it with az aks start"}')
  },
  {
    path: "rules/AKSB021.yaml",
    file: "policies/rules/AKSB021.yaml",
    idAt: { "file": "policies/rules/AKSB021.yaml", "line": 2, "column": 5 },
    value: JSON.parse(`{"id":"AKSB021","name":"Azure.AKSBackup.RoleAssignments","title":"Every role assignment AKS backup needs exists for the vault, cluster and extension identities (the recommended or minimal set).","severity":"error","subject":"binding","source":{"citation":"CON25","date":"2025-08-12","url":"https://learn.microsoft.com/azure/backup/azure-kubernetes-service-cluster-backup-concept"},"docs":"docs/AKSB021.md","tags":{"ruleSet":"2026_11","area":"permissions","pillar":"Security"},"check":"role-assignments","message":"{count} role assignment(s) AKS backup needs are missing (role set '{roleSet}'): {missing}; without them configuring protection, backups or restores fail with permission errors"}`)
  },
  {
    path: "rules/AKSB022.yaml",
    file: "policies/rules/AKSB022.yaml",
    idAt: { "file": "policies/rules/AKSB022.yaml", "line": 2, "column": 5 },
    value: JSON.parse('{"id":"AKSB022","name":"Azure.AKSBackup.NamespaceLimit","title":"A backup instance selects at most 800 namespaces.","severity":"error","subject":"binding","source":{"citation":"SM26","date":"2026-01-06","url":"https://learn.microsoft.com/azure/backup/azure-kubernetes-service-cluster-backup-support-matrix"},"docs":"docs/AKSB022.md","tags":{"ruleSet":"2026_11","area":"limits","pillar":"Reliability"},"check":"namespace-count","message":"the backup instance selects {count} namespaces; the limit is {limit}","messages":{"included":"backup.includedNamespaces lists {count} namespaces; one backup instance can back up at most {limit}: split them over several instances (each needs its own vault or policy)","all":"without backup.includedNamespaces the instance selects all {count} namespaces of the cluster; one backup instance can back up at most {limit}: list the namespaces to back up, or split them over several instances"}}')
  },
  {
    path: "rules/AKSB023.yaml",
    file: "policies/rules/AKSB023.yaml",
    idAt: { "file": "policies/rules/AKSB023.yaml", "line": 2, "column": 5 },
    value: JSON.parse('{"id":"AKSB023","name":"Azure.AKSBackup.InstanceHealthy","title":"The backup instance is protected and healthy (protection configured, no protection error).","severity":"error","subject":"instance","source":{"citation":"SPEC","date":"2026-03-01","url":"https://github.com/Azure/azure-rest-api-specs/blob/20c0a593/specification/dataprotection/resource-manager/Microsoft.DataProtection/DataProtection/stable/2026-03-01/dataprotection.json"},"docs":"docs/AKSB023.md","tags":{"ruleSet":"2026_11","area":"protection","pillar":"Reliability"},"assert":{"properties":{"protectionState":{"enumIgnoreCase":["ProtectionConfigured","ConfiguringProtection","UpdatingProtection"],"explain":"protection state is {protectionState}"},"provisioningState":{"not":{"enumIgnoreCase":["Failed"]},"explain":"provisioning state is Failed"}}},"message":"backup instance {name|(name unknown)} is not healthy: {$errors}; Azure reports {errors.0.code|no error code} ({errors.0.message|no details}); scheduled backups are not being taken: fix the cause (often a missing role or an unhealthy extension), then reconfigure protection"}')
  },
  {
    path: "rules/AKSB024.yaml",
    file: "policies/rules/AKSB024.yaml",
    idAt: { "file": "policies/rules/AKSB024.yaml", "line": 2, "column": 5 },
    value: JSON.parse('{"id":"AKSB024","name":"Azure.AKSBackup.RecoveryPointFresh","title":"The latest recovery point is younger than the schedule interval plus the backup window, times a tolerance.","severity":"error","subject":"instance","source":{"citation":"FAQ25","date":"2025-04-14","url":"https://learn.microsoft.com/azure/backup/aks-backup-faq"},"docs":"docs/AKSB024.md","tags":{"ruleSet":"2026_11","area":"protection","pillar":"Reliability"},"check":"recovery-point-fresh","params":{"tolerance":1.5},"message":"the latest recovery point is older than {maxAge}","messages":{"stale":"the latest recovery point ({time}) is {age} old; with a {interval} schedule it should be at most {maxAge} old (({interval} + {window} backup window) \xD7 {tolerance}): scheduled backups are failing or not running","none":"the instance has no recovery point, and its {interval} schedule should have produced one within {maxAge}: check its jobs and its health"}}')
  },
  {
    path: "rules/AKSB025.yaml",
    file: "policies/rules/AKSB025.yaml",
    idAt: { "file": "policies/rules/AKSB025.yaml", "line": 2, "column": 5 },
    value: JSON.parse('{"id":"AKSB025","name":"Azure.AKSBackup.ClusterProtected","title":"A cluster in scope has a backup instance (unprotected clusters are found), or the plan creates one.","severity":"error","subject":"cluster","source":{"citation":"BK25; Azure Policy built-in 0b0434ec-2bad-4229-965f-bb7ae5a71257 (Azure Backup should be enabled for AKS clusters)","date":"2025-03-24","url":"https://learn.microsoft.com/azure/backup/azure-kubernetes-service-cluster-backup"},"docs":"docs/AKSB025.md","tags":{"ruleSet":"2026_11","area":"protection","pillar":"Reliability"},"assert":{"if":{"required":["instances"]},"then":{"anyOf":[{"properties":{"instances":{"minItems":1}}},{"required":["plan"],"properties":{"plan":{"required":["createsInstance"],"properties":{"createsInstance":{"const":true}}}}}]}},"message":"the cluster has no backup instance in any vault: it is not backed up; give it an entry in the desired state (or a matching selector) and apply the plan"}')
  },
  {
    path: "rules/AKSB026.yaml",
    file: "policies/rules/AKSB026.yaml",
    idAt: { "file": "policies/rules/AKSB026.yaml", "line": 2, "column": 5 },
    value: JSON.parse(`{"id":"AKSB026","name":"Azure.AKSBackup.VaultSoftDelete","title":"The Backup vault's soft delete is on.","severity":"warning","subject":"vault","source":{"citation":"SM26; Azure Policy built-in 9798d31d-6028-4dee-8643-46102185c016 (Soft delete should be enabled for Backup Vaults)","date":"2026-01-06","url":"https://learn.microsoft.com/azure/backup/azure-kubernetes-service-cluster-backup-support-matrix"},"docs":"docs/AKSB026.md","tags":{"ruleSet":"2026_11","area":"vault-security","pillar":"Security"},"assert":{"properties":{"softDeleteState":{"enumIgnoreCase":["On","AlwaysOn","Enabled"]}}},"message":"vault {resourceId} has soft delete {softDeleteState}: deleted backup data cannot be recovered; turn soft delete on (AlwaysOn cannot be turned off again, which is what protects it)"}`)
  },
  {
    path: "rules/AKSB027.yaml",
    file: "policies/rules/AKSB027.yaml",
    idAt: { "file": "policies/rules/AKSB027.yaml", "line": 2, "column": 5 },
    value: JSON.parse(`{"id":"AKSB027","name":"Azure.AKSBackup.VaultImmutable","title":"The Backup vault's immutability is enabled.","severity":"warning","subject":"vault","source":{"citation":"SM26; Azure Policy built-in 2514263b-bc0d-4b06-ac3e-f262c0979018 (Immutability must be enabled for backup vaults); PSRule Azure.BV.Immutable","date":"2026-01-06","url":"https://learn.microsoft.com/azure/backup/azure-kubernetes-service-cluster-backup-support-matrix"},"docs":"docs/AKSB027.md","tags":{"ruleSet":"2026_11","area":"vault-security","pillar":"Security"},"assert":{"properties":{"immutabilityState":{"enumIgnoreCase":["Unlocked","Locked"]}}},"message":"vault {resourceId} has immutability {immutabilityState}: recovery points can be deleted before they expire; enable immutability (Unlocked, then Locked once the retention settings are final)"}`)
  },
  {
    path: "rules/AKSB028.yaml",
    file: "policies/rules/AKSB028.yaml",
    idAt: { "file": "policies/rules/AKSB028.yaml", "line": 2, "column": 5 },
    value: JSON.parse('{"id":"AKSB028","name":"Azure.AKSBackup.ExemptionValid","title":"Every exemption gives a reason, names a known rule and has not expired (one expiring within 14 days is a warning).","severity":"error","subject":"exemption","source":{"citation":"issue 4 exemption semantics, after Azure Policy exemptions (expiresOn) and PSRule suppression groups (expiring within 15 days, microsoft/PSRule#1335)","date":"2026-11-21","url":"https://learn.microsoft.com/azure/governance/policy/concepts/exemption-structure"},"docs":"docs/AKSB028.md","tags":{"ruleSet":"2026_11","area":"governance","pillar":"Operational Excellence"},"check":"exemption-validity","params":{"warnDays":14},"message":"{label} is not valid","messages":{"no-reason":"{label} has no reason: say why the finding is accepted (a ticket reference helps)","expired":"{label} expired on {expires}: fix the finding, or renew the exemption with a new date and reason","expiring":"{label} expires on {expires} (in {inDays}): fix the finding or renew it","unknown-rule":"{label} names a rule the catalogue does not have{hint}: it exempts nothing"}}')
  },
  {
    path: "rules/AKSB029.yaml",
    file: "policies/rules/AKSB029.yaml",
    idAt: { "file": "policies/rules/AKSB029.yaml", "line": 2, "column": 5 },
    value: JSON.parse('{"id":"AKSB029","name":"Azure.AKSBackup.RecentJobsSucceeded","title":"No backup or restore job of the instance failed in the last 24 hours.","severity":"warning","subject":"instance","source":{"citation":"SPEC","date":"2026-03-01","url":"https://github.com/Azure/azure-rest-api-specs/blob/20c0a593/specification/dataprotection/resource-manager/Microsoft.DataProtection/DataProtection/stable/2026-03-01/dataprotection.json"},"docs":"docs/AKSB029.md","tags":{"ruleSet":"2026_11","area":"protection","pillar":"Reliability"},"check":"recent-job-failures","params":{"window":"P1D","categories":["Backup","Restore"]},"message":"{count} of this instance failed in the last {window}: {jobs}"}')
  },
  {
    path: "rules/AKSB030.yaml",
    file: "policies/rules/AKSB030.yaml",
    idAt: { "file": "policies/rules/AKSB030.yaml", "line": 2, "column": 5 },
    value: JSON.parse(`{"id":"AKSB030","name":"Azure.AKSBackup.VolumeCoverage","title":"The instance's volume-backup settings can protect its volumes (snapshot volumes on; unsupported volume types reported where a persistent volume inventory is given).","severity":"warning","subject":"binding","source":{"citation":"SM26","date":"2026-01-06","url":"https://learn.microsoft.com/azure/backup/azure-kubernetes-service-cluster-backup-support-matrix"},"docs":"docs/AKSB030.md","tags":{"ruleSet":"2026_11","area":"coverage","pillar":"Reliability"},"check":"volume-coverage","message":"the instance's volume settings leave volumes unprotected","messages":{"snapshot-off":"backup.snapshotVolumes is false: the data of {volumes|the cluster's persistent volumes} is not backed up, only Kubernetes objects; set snapshotVolumes: true unless the cluster keeps no state","unsupported":"{count} will be skipped because AKS backup cannot protect their type (supported: {supported}): {volumes}; move them to Azure Disk CSI volumes or protect them another way","not-included":"{count} of a supported type will be skipped because backup.includedVolumeTypes ({included}) leaves their type out: {volumes}","files-not-allowed":"backup.includedVolumeTypes lists AzureFileShareSMB, which Azure supports only from the portal (PowerShell, CLI and Terraform are unsupported): set options.allowAzureFiles: true to accept that, or remove it"}}`)
  }
];
var matrix = {
  path: "support-matrix.yaml",
  file: "policies/support-matrix.yaml",
  value: JSON.parse(`{"schemaVersion":1,"asOf":"2026-03-19","sources":{"SM23":{"title":"Azure Kubernetes Service backup support matrix (preview), 2023 revision","url":"https://github.com/MicrosoftDocs/azure-docs/blob/b5caa122/articles/backup/azure-kubernetes-service-cluster-backup-support-matrix.md","date":"2023-08-17"},"SM24":{"title":"Azure Kubernetes Service backup support matrix, 2024 revision","url":"https://github.com/MicrosoftDocs/azure-docs/blob/006f437f/articles/backup/azure-kubernetes-service-cluster-backup-support-matrix.md","date":"2024-09-09"},"SM26":{"title":"Azure Kubernetes Service backup support matrix","url":"https://learn.microsoft.com/azure/backup/azure-kubernetes-service-cluster-backup-support-matrix","date":"2026-01-06"},"CON23":{"title":"Prerequisites for Azure Kubernetes Service backup, 2023 revision","url":"https://github.com/MicrosoftDocs/azure-docs/blob/3b9d7e48/articles/backup/azure-kubernetes-service-cluster-backup-concept.md","date":"2023-08-17"},"CON25":{"title":"Prerequisites for Azure Kubernetes Service backup using Azure Backup","url":"https://learn.microsoft.com/azure/backup/azure-kubernetes-service-cluster-backup-concept","date":"2025-08-12"},"OV23":{"title":"About Azure Kubernetes Service backup (preview), 2023 revision (file history)","url":"https://github.com/MicrosoftDocs/azure-docs/commits/main/articles/backup/azure-kubernetes-service-backup-overview.md","date":"2023-04-05"},"HOW23":{"title":"Back up Azure Kubernetes Service cluster using Azure Backup (preview), February 2023 revision (file history)","url":"https://github.com/MicrosoftDocs/azure-docs/commits/main/articles/backup/azure-kubernetes-service-cluster-backup.md","date":"2023-02-28"},"BK23":{"title":"Back up Azure Kubernetes Service cluster using Azure Backup, 2023 revision","url":"https://github.com/MicrosoftDocs/azure-docs/blob/df312ff2/articles/backup/azure-kubernetes-service-cluster-backup.md","date":"2023-11-14"},"BK25":{"title":"Back up Azure Kubernetes Service by using Azure Backup","url":"https://learn.microsoft.com/azure/backup/azure-kubernetes-service-cluster-backup","date":"2025-03-24"},"MAN26":{"title":"Manage Azure Kubernetes Service backups using Azure Backup","url":"https://learn.microsoft.com/azure/backup/azure-kubernetes-service-cluster-manage-backups","date":"2026-03-19"},"RST26":{"title":"Restore Azure Kubernetes Service using Azure Backup","url":"https://learn.microsoft.com/azure/backup/azure-kubernetes-service-cluster-restore","date":"2026-01-19"},"FAQ25":{"title":"Frequently asked questions about Azure Backup for Azure Kubernetes Service","url":"https://learn.microsoft.com/azure/backup/aks-backup-faq","date":"2025-04-14"},"TFQS":{"title":"Quickstart: Configure backup for an AKS cluster using Terraform (azurerm 3.99.0)","url":"https://learn.microsoft.com/azure/backup/quick-kubernetes-backup-terraform","date":"2025-01-21"},"AKSSPEC":{"title":"Microsoft.ContainerService managedClusters 2026-03-01 OpenAPI (storageProfile defaults, trusted access)","url":"https://github.com/Azure/azure-rest-api-specs/blob/171068d1/specification/containerservice/resource-manager/Microsoft.ContainerService/aks/stable/2026-03-01/managedClusters.json"},"K8SEXT":{"title":"az k8s-extension partner extension DataProtectionKubernetes.py","url":"https://github.com/Azure/azure-cli-extensions/blob/0ba8c453/src/k8s-extension/azext_k8s_extension/partner_extensions/DataProtectionKubernetes.py"},"CLI-AKS":{"title":"az dataprotection enable-backup trigger (aks_helper.py)","url":"https://github.com/Azure/azure-cli-extensions/blob/06ea816d/src/dataprotection/azext_dataprotection/manual/aks/aks_helper.py"},"CLI-CUS":{"title":"az dataprotection backup-instance update-msi-permissions and policy helpers (custom.py, helpers.py)","url":"https://github.com/Azure/azure-cli-extensions/blob/b363efab/src/dataprotection/azext_dataprotection/manual/custom.py"},"TF":{"title":"terraform-provider-azurerm data protection resources and docs","url":"https://github.com/hashicorp/terraform-provider-azurerm/tree/69697b7f/internal/services/dataprotection"},"RBAC":{"title":"Azure built-in roles","url":"https://learn.microsoft.com/azure/role-based-access-control/built-in-roles"}},"regions":{"vaultAndOperational":{"asOf":"2026-01-06","source":"SM26","note":"Regions with both the operational tier (snapshots) and the vault tier.","value":[{"name":"australiacentral","displayName":"Australia Central"},{"name":"australiacentral2","displayName":"Australia Central 2"},{"name":"australiaeast","displayName":"Australia East"},{"name":"australiasoutheast","displayName":"Australia Southeast"},{"name":"brazilsouth","displayName":"Brazil South"},{"name":"brazilsoutheast","displayName":"Brazil Southeast"},{"name":"canadacentral","displayName":"Canada Central"},{"name":"canadaeast","displayName":"Canada East"},{"name":"centralindia","displayName":"Central India"},{"name":"centralus","displayName":"Central US"},{"name":"eastasia","displayName":"East Asia"},{"name":"eastus","displayName":"East US"},{"name":"eastus2","displayName":"East US 2"},{"name":"francecentral","displayName":"France Central"},{"name":"francesouth","displayName":"France South"},{"name":"germanynorth","displayName":"Germany North"},{"name":"germanywestcentral","displayName":"Germany West Central"},{"name":"italynorth","displayName":"Italy North"},{"name":"japaneast","displayName":"Japan East"},{"name":"japanwest","displayName":"Japan West"},{"name":"jioindiawest","displayName":"Jio India West"},{"name":"koreacentral","displayName":"Korea Central"},{"name":"koreasouth","displayName":"Korea South"},{"name":"northcentralus","displayName":"North Central US"},{"name":"northeurope","displayName":"North Europe"},{"name":"norwayeast","displayName":"Norway East"},{"name":"norwaywest","displayName":"Norway West"},{"name":"southafricanorth","displayName":"South Africa North"},{"name":"southafricawest","displayName":"South Africa West"},{"name":"southcentralus","displayName":"South Central US"},{"name":"southindia","displayName":"South India"},{"name":"southeastasia","displayName":"Southeast Asia"},{"name":"swedencentral","displayName":"Sweden Central"},{"name":"switzerlandnorth","displayName":"Switzerland North"},{"name":"switzerlandwest","displayName":"Switzerland West"},{"name":"uaenorth","displayName":"UAE North"},{"name":"uksouth","displayName":"UK South"},{"name":"ukwest","displayName":"UK West"},{"name":"westcentralus","displayName":"West Central US"},{"name":"westeurope","displayName":"West Europe"},{"name":"westus","displayName":"West US"},{"name":"westus2","displayName":"West US 2"},{"name":"westus3","displayName":"West US 3"}],"previous":{"asOf":"2023-08-17","source":"SM23","note":"In 2023 only the operational tier existed; this was the one list of supported public regions (34).","value":[{"name":"eastus","displayName":"East US"},{"name":"northeurope","displayName":"North Europe"},{"name":"westeurope","displayName":"West Europe"},{"name":"southeastasia","displayName":"South East Asia"},{"name":"westus2","displayName":"West US 2"},{"name":"eastus2","displayName":"East US 2"},{"name":"westus","displayName":"West US"},{"name":"northcentralus","displayName":"North Central US"},{"name":"centralus","displayName":"Central US"},{"name":"francecentral","displayName":"France Central"},{"name":"koreacentral","displayName":"Korea Central"},{"name":"australiaeast","displayName":"Australia East"},{"name":"uksouth","displayName":"UK South"},{"name":"eastasia","displayName":"East Asia"},{"name":"westcentralus","displayName":"West Central US"},{"name":"japaneast","displayName":"Japan East"},{"name":"southcentralus","displayName":"South Central US"},{"name":"westus3","displayName":"West US3"},{"name":"canadacentral","displayName":"Canada Central"},{"name":"canadaeast","displayName":"Canada East"},{"name":"australiasoutheast","displayName":"Australia South East"},{"name":"centralindia","displayName":"Central India"},{"name":"norwayeast","displayName":"Norway East"},{"name":"germanywestcentral","displayName":"Germany West Central"},{"name":"switzerlandnorth","displayName":"Switzerland North"},{"name":"swedencentral","displayName":"Sweden Central"},{"name":"japanwest","displayName":"Japan West"},{"name":"ukwest","displayName":"UK West"},{"name":"koreasouth","displayName":"Korea South"},{"name":"southafricanorth","displayName":"South Africa North"},{"name":"southindia","displayName":"South India"},{"name":"francesouth","displayName":"France South"},{"name":"brazilsouth","displayName":"Brazil South"},{"name":"uaenorth","displayName":"UAE North"}]}},"operationalOnly":{"asOf":"2026-01-06","source":"SM26","note":"Regions with the operational tier only; a policy with a vault-tier (VaultStore) retention cannot be used here.","value":[{"name":"chinaeast2","displayName":"China East 2"},{"name":"chinaeast3","displayName":"China East 3"},{"name":"chinanorth2","displayName":"China North 2"},{"name":"chinanorth3","displayName":"China North 3"},{"name":"usgovarizona","displayName":"US GOV Arizona"},{"name":"usgovtexas","displayName":"US GOV Texas"},{"name":"usgovvirginia","displayName":"US GOV Virginia"},{"name":"israelcentral","displayName":"Israel Central"},{"name":"polandcentral","displayName":"Poland Central"},{"name":"spaincentral","displayName":"Spain Central"}],"previous":{"asOf":"2023-08-17","source":"SM23","note":"No operational-only list existed; sovereign clouds were not supported.","value":[]}}},"kubernetes":{"versionPolicy":{"value":"aks-supported","asOf":"2026-01-06","source":"SM26","note":"AKS backup supports the Kubernetes versions AKS itself supports; other versions may work but are unsupported.","previous":{"value":"minimum-version","asOf":"2023-08-17","source":"SM23","note":"A fixed floor: 1.22 or later."}},"minimumVersion":{"value":null,"asOf":"2026-01-06","source":"SM26","note":"No fixed minimum is published any more; AKSB002 compares with the versions AKS supports in the region.","previous":{"value":"1.22","asOf":"2023-08-17","source":"SM23"}},"skippedNamespaces":{"value":["kube-system","kube-node-lease","kube-public"],"asOf":"2026-01-06","source":"SM26","note":"System namespaces AKS backup never backs up."}},"csi":{"diskDriverRequired":{"value":true,"asOf":"2026-01-06","source":["SM26","SM23"]},"snapshotControllerRequired":{"value":true,"asOf":"2026-01-06","source":["SM26","SM23"]},"enabledWhenAbsent":{"value":true,"asOf":"2026-11-21","source":"AKSSPEC","note":"storageProfile.diskCSIDriver.enabled and .snapshotController.enabled default to true when absent. Undated spec at a commit; asOf = date checked."}},"cluster":{"identityTypes":{"value":["SystemAssigned","UserAssigned"],"asOf":"2026-01-06","source":"SM26","note":"A service principal cluster is not supported.","previous":{"value":["SystemAssigned"],"asOf":"2023-08-17","source":"SM23"}},"networkIsolatedSupported":{"value":false,"asOf":"2026-01-06","source":"SM26"}},"volumes":{"supportedTypes":{"value":["AzureDisk","AzureFileShareSMB"],"asOf":"2026-01-06","source":"SM26","note":"Azure Disk CSI (Standard HDD/SSD, Premium, Premium v2, Ultra) and Azure Files over SMB. Blob, Container Storage, NFS and in-tree volumes are skipped.","previous":{"value":["AzureDisk"],"asOf":"2023-08-17","source":"SM23","note":"Dynamically provisioned Azure Disk CSI volumes only."}},"staticVolumesSupported":{"value":true,"asOf":"2026-01-06","source":"SM26","note":"Static volumes are backed up when they have a storage class.","previous":{"value":false,"asOf":"2023-08-17","source":"SM23"}}},"azureFiles":{"protocols":{"value":["SMB"],"asOf":"2026-01-06","source":"SM26"},"csiDriverMinimumVersion":{"value":"1.32","asOf":"2026-01-06","source":"SM26","note":"As the matrix states it, \\"Azure Files CSI >= 1.32\\"."},"programmaticConfigurationSupported":{"value":false,"asOf":"2026-01-06","source":"SM26","note":"Portal only; PowerShell, CLI, Terraform and other programmatic tools are unsupported for Files."},"maxFilesPerShare":{"value":25000,"asOf":"2026-01-06","source":"SM26"}},"schedule":{"intervals":{"value":["PT4H","PT6H","PT8H","PT12H","P1D"],"asOf":"2026-01-06","source":"SM26","note":"Minimum 4 hours; every 4, 6, 8, 12 or 24 hours.","previous":{"value":["PT4H","PT8H","PT12H","P1D"],"asOf":"2023-11-14","source":"BK23","note":"Daily, or every 4, 8 or 12 hours."}},"backupWindow":{"value":"PT2H","asOf":"2026-01-06","source":["SM26","FAQ25"],"note":"A scheduled backup may start up to 2 hours late (FAQ25) and should finish within 2 hours (SM26)."}},"retention":{"operational":{"max":{"value":"P360D","asOf":"2025-03-24","source":"BK25"}},"operationalWithAzureFiles":{"max":{"value":"P30D","asOf":"2026-01-06","source":"SM26","note":"At most 200 share snapshots."}},"vault":{"max":{"value":null,"asOf":"2026-01-06","source":"SM26","note":"No vault-tier maximum is published."}},"tiers":{"value":["OperationalStore","VaultStore"],"asOf":"2026-01-06","source":"SM26","previous":{"value":["OperationalStore"],"asOf":"2023-08-17","source":"SM23"}}},"vault":{"sameRegionRequired":{"value":true,"asOf":"2026-01-06","source":["SM26","SM23"]},"sameSubscriptionRequired":{"value":false,"asOf":"2026-01-06","source":"SM26","note":"Another subscription of the same tenant is allowed.","previous":{"value":true,"asOf":"2023-08-17","source":"SM23"}},"sameTenantRequired":{"value":true,"asOf":"2026-01-06","source":"SM26"}},"storage":{"sameRegionRequired":{"value":true,"asOf":"2026-01-06","source":["SM26","SM23"]},"sameSubscriptionRequired":{"value":false,"asOf":"2026-01-06","source":"SM26","note":"The docs no longer require it, but az dataprotection enable-backup still does (CLI-AKS), so AKSB007 warns.","previous":{"value":true,"asOf":"2023-08-17","source":"SM23"}},"accountKinds":{"value":["StorageV2"],"asOf":"2025-04-14","source":["FAQ25","SM26"],"note":"Standard general-purpose v2 only."},"premiumSupported":{"value":false,"asOf":"2026-01-06","source":"SM26"}},"limits":{"policiesPerVault":{"value":5000,"asOf":"2026-01-06","source":["SM26","SM23"]},"instancesPerVault":{"value":5000,"asOf":"2026-01-06","source":["SM26","SM23"]},"onDemandBackupsPerInstancePerDay":{"value":10,"asOf":"2026-01-06","source":["SM26","SM23"]},"restoresPerInstancePerDay":{"value":10,"asOf":"2026-01-06","source":["SM26","SM23"]},"namespacesPerInstance":{"value":800,"asOf":"2026-01-06","source":"SM26","previous":{"value":null,"asOf":"2023-08-17","source":"SM23","note":"No namespace limit was published."}}},"providers":{"required":{"value":["Microsoft.DataProtection","Microsoft.KubernetesConfiguration","Microsoft.ContainerService"],"asOf":"2025-03-24","source":"BK25","note":"Registration can take up to 10 minutes (MAN26).","previous":{"value":["Microsoft.KubernetesConfiguration","Microsoft.DataProtection"],"asOf":"2023-02-28","source":"HOW23"}}},"extension":{"type":{"value":"microsoft.dataprotection.kubernetes","asOf":"2026-03-19","source":["MAN26","K8SEXT"],"note":"Compare case-insensitively; Terraform's docs write Microsoft.DataProtection.Kubernetes."},"name":{"value":"azure-aks-backup","asOf":"2026-03-19","source":"MAN26"},"releaseTrain":{"value":"stable","asOf":"2026-03-19","source":["MAN26","K8SEXT"]},"releaseNamespace":{"value":"dataprotection-microsoft","asOf":"2025-08-12","source":"CON25"},"scope":{"value":"cluster","asOf":"2025-08-12","source":"CON25"}},"trustedAccess":{"role":{"value":"Microsoft.DataProtection/backupVaults/backup-operator","asOf":"2025-08-12","source":"CON25"},"featureFlagRequired":{"value":false,"asOf":"2026-01-06","source":"SM26","note":"The 2026 matrix no longer mentions a feature flag.","previous":{"value":true,"asOf":"2023-08-17","source":"CON23","note":"TrustedAccessPreview on Microsoft.ContainerService."}}},"roles":{"definitions":{"asOf":"2026-11-21","source":"RBAC","note":"Built-in role GUIDs (stable). satisfiedBy lists broader built-in roles that grant every action of the role: Contributor and Owner grant all control-plane actions; Storage Blob Data Owner grants all blob data actions. Living reference page; asOf = date checked.","value":{"Reader":{"id":"acdd72a7-3385-48ef-bd42-f606fba81ae7","satisfiedBy":["Contributor","Owner"]},"Contributor":{"id":"b24988ac-6180-42a0-ab88-20f7382dd24c","satisfiedBy":["Owner"]},"Owner":{"id":"8e3af657-a8ff-443c-a75c-2fe8c4bcb635"},"Storage Account Contributor":{"id":"17d1049b-9a84-46fb-8f53-869881c3d3ab","satisfiedBy":["Contributor","Owner"]},"Storage Blob Data Owner":{"id":"b7e6dc6d-f1e8-4753-8033-0f276bb0955b"},"Storage Blob Data Contributor":{"id":"ba92f5b4-2d11-453d-a403-e96b0029c9fe","satisfiedBy":["Storage Blob Data Owner"]},"Storage Blob Data Reader":{"id":"2a2b9908-6ea1-4ae2-8e65-a410df84e7d1","satisfiedBy":["Storage Blob Data Contributor","Storage Blob Data Owner"]},"Storage File Data Privileged Contributor":{"id":"69566ab7-960f-475b-8e7c-b3118f30c6bd"},"Disk Snapshot Contributor":{"id":"7efff54f-a5b4-42b5-a1c5-5411624893ce","satisfiedBy":["Contributor","Owner"]},"Data Operator for Managed Disks":{"id":"959f8984-c045-4866-89c7-12bf9737be2e"},"Backup Contributor":{"id":"5e467623-bb1f-42f4-a55d-6e525e11384b"}}},"recommended":{"asOf":"2025-08-12","source":"CON25","note":"The newest Microsoft docs. Extension storage role: Storage Blob Data Contributor; Storage Account Contributor is accepted instead only when the extension does not use Microsoft Entra auth (useAAD is not \\"true\\").","value":[{"principal":"vault","role":"Reader","scope":"cluster"},{"principal":"vault","role":"Reader","scope":"snapshotResourceGroup"},{"principal":"cluster","role":"Contributor","scope":"snapshotResourceGroup"},{"principal":"extension","role":"Storage Blob Data Contributor","scope":"storageAccount","alternatives":[{"role":"Storage Account Contributor","when":"extensionWithoutAad"}]},{"principal":"vault","role":"Disk Snapshot Contributor","scope":"snapshotResourceGroup","when":"vaultTier"},{"principal":"vault","role":"Data Operator for Managed Disks","scope":"snapshotResourceGroup","when":"vaultTier"},{"principal":"vault","role":"Storage Blob Data Reader","scope":"storageAccount","when":"vaultTier"},{"principal":"cluster","role":"Storage File Data Privileged Contributor","scope":"fileShareStorageAccounts","when":"azureFiles"}],"previous":{"asOf":"2023-08-17","source":"CON23","value":[{"principal":"vault","role":"Reader","scope":"cluster"},{"principal":"vault","role":"Reader","scope":"snapshotResourceGroup"},{"principal":"cluster","role":"Contributor","scope":"snapshotResourceGroup"},{"principal":"extension","role":"Storage Account Contributor","scope":"storageAccount"}]}},"minimal":{"asOf":"2025-08-12","source":["CON23","CON25","CLI-CUS","CLI-AKS","TF","TFQS"],"note":"What every source agrees on. The sources disagree on the extension's storage role (and the CLI's update-msi-permissions assigns none), so the minimal set leaves it to whoever installs the extension.","value":[{"principal":"vault","role":"Reader","scope":"cluster"},{"principal":"vault","role":"Reader","scope":"snapshotResourceGroup"},{"principal":"cluster","role":"Contributor","scope":"snapshotResourceGroup"}]}}}`)
};

// src/rules/builtin.ts
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var cached;
function builtInPoliciesFolder() {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, "policies");
    if (existsSync(join(candidate, "support-matrix.yaml"))) return cached = candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`the built-in policies folder was not found above ${fileURLToPath(import.meta.url)}`);
}

// src/rules/load-rules.ts
import { existsSync as existsSync2, readdirSync, statSync } from "node:fs";
import { join as join2, relative } from "node:path";

// src/generated/rule-validator.js
var import_ucs2length2 = __toESM(require_ucs2length(), 1);
var rule_validator_default = validate202;
var schema312 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "AKS Backup Guard rule", "description": "One rule of the catalogue: policies/rules/<id>.yaml for built-in rules, or a file in the organisation's policies folder. See policies/README.md.", "type": "object", "additionalProperties": false, "required": ["id", "name", "title", "severity", "subject", "source", "docs", "message"], "oneOf": [{ "required": ["assert"] }, { "required": ["check"] }], "properties": { "id": { "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_.-]{0,63}$", "description": "A stable, opaque id that is never reused, e.g. AKSB007 or CONTOSO001. AKSB\u2026 is reserved for built-in rules." }, "name": { "type": "string", "pattern": "^[A-Z][A-Za-z0-9]*(\\.[A-Z][A-Za-z0-9]*)+$", "description": "A readable dotted name, PSRule style: Azure.AKSBackup.RegionSupported." }, "title": { "type": "string", "minLength": 1, "maxLength": 200, "description": "One sentence saying what must hold." }, "severity": { "enum": ["error", "warning", "info"], "description": "error: backup or restore fails, Azure refuses, or data is unprotected. warning: works today but is unsupported or weakens protection. info: advice." }, "subject": { "enum": ["cluster", "binding", "vault", "instance", "operation", "exemption"], "description": "The document the rule is evaluated over (src/rules/subjects.ts)." }, "source": { "type": "object", "additionalProperties": false, "required": ["citation", "date"], "properties": { "citation": { "type": "string", "minLength": 1, "description": "Which source says so: the keys of policies/support-matrix.yaml `sources`, or a short reference." }, "date": { "type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", "description": "The date of the cited source revision, YYYY-MM-DD." }, "url": { "type": "string", "pattern": "^https://" } } }, "docs": { "type": "string", "minLength": 1, "description": "The rule's documentation: a path relative to the policies folder (docs/AKSB001.md) or an https URL." }, "tags": { "type": "object", "additionalProperties": { "type": "string" }, "description": "Free-form labels, e.g. ruleSet, pillar, area." }, "resource": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$", "description": "The subject field whose value is the Azure id findings are about (default: the subject's resourceId)." }, "assert": { "type": "object", "description": "A JSON Schema (2020-12) the subject document must satisfy, with the custom keywords of policies/README.md." }, "check": { "type": "string", "pattern": "^[a-z][a-z0-9-]*$", "description": "The name of a TypeScript check in src/rules/checks/." }, "params": { "type": "object", "description": "Parameters passed to the check." }, "message": { "type": "string", "minLength": 1, "description": "The finding's message: {path} reads the subject (or the check's values), {path|fallback} when it may be unknown, {$errors} the assertion's failures." }, "messages": { "type": "object", "minProperties": 1, "additionalProperties": { "type": "string", "minLength": 1 }, "description": "A message per failure code of the check." } }, "dependentSchemas": { "params": { "required": ["check"] }, "messages": { "required": ["check"] } } };
var func12 = Object.prototype.hasOwnProperty;
var func22 = import_ucs2length2.default.default;
var pattern42 = new RegExp("^[A-Za-z][A-Za-z0-9_.-]{0,63}$", "u");
var pattern52 = new RegExp("^[A-Z][A-Za-z0-9]*(\\.[A-Z][A-Za-z0-9]*)+$", "u");
var pattern6 = new RegExp("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", "u");
var pattern7 = new RegExp("^https://", "u");
var pattern82 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$", "u");
var pattern92 = new RegExp("^[a-z][a-z0-9-]*$", "u");
function validate202(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate202.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.assert === void 0) {
      const err0 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "assert" }, message: "must have required property 'assert'", schema: schema312.oneOf[0].required, parentSchema: schema312.oneOf[0], data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.check === void 0) {
      const err1 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "check" }, message: "must have required property 'check'", schema: schema312.oneOf[1].required, parentSchema: schema312.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema312.oneOf, parentSchema: schema312, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema312.required, parentSchema: schema312, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema312.required, parentSchema: schema312, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema312.required, parentSchema: schema312, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.severity === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'", schema: schema312.required, parentSchema: schema312, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.subject === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "subject" }, message: "must have required property 'subject'", schema: schema312.required, parentSchema: schema312, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.source === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema312.required, parentSchema: schema312, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.docs === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "docs" }, message: "must have required property 'docs'", schema: schema312.required, parentSchema: schema312, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.message === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema312.required, parentSchema: schema312, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func12.call(schema312.properties, key0)) {
        const err11 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema312, data };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern42.test(data0)) {
          const err12 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.-]{0,63}$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.-]{0,63}$"', schema: "^[A-Za-z][A-Za-z0-9_.-]{0,63}$", parentSchema: schema312.properties.id, data: data0 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.id.type, parentSchema: schema312.properties.id, data: data0 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (!pattern52.test(data1)) {
          const err14 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Za-z0-9]*(\\.[A-Z][A-Za-z0-9]*)+$" }, message: 'must match pattern "^[A-Z][A-Za-z0-9]*(\\.[A-Z][A-Za-z0-9]*)+$"', schema: "^[A-Z][A-Za-z0-9]*(\\.[A-Z][A-Za-z0-9]*)+$", parentSchema: schema312.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.name.type, parentSchema: schema312.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data2 = data.title;
      if (typeof data2 === "string") {
        if (func22(data2) > 200) {
          const err16 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema312.properties.title, data: data2 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (func22(data2) < 1) {
          const err17 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema312.properties.title, data: data2 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.title.type, parentSchema: schema312.properties.title, data: data2 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data3 = data.severity;
      if (!(data3 === "error" || data3 === "warning" || data3 === "info")) {
        const err19 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema312.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema312.properties.severity.enum, parentSchema: schema312.properties.severity, data: data3 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.subject !== void 0) {
      let data4 = data.subject;
      if (!(data4 === "cluster" || data4 === "binding" || data4 === "vault" || data4 === "instance" || data4 === "operation" || data4 === "exemption")) {
        const err20 = { instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/enum", keyword: "enum", params: { allowedValues: schema312.properties.subject.enum }, message: "must be equal to one of the allowed values", schema: schema312.properties.subject.enum, parentSchema: schema312.properties.subject, data: data4 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data5 = data.source;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.citation === void 0) {
          const err21 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/required", keyword: "required", params: { missingProperty: "citation" }, message: "must have required property 'citation'", schema: schema312.properties.source.required, parentSchema: schema312.properties.source, data: data5 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (data5.date === void 0) {
          const err22 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'", schema: schema312.properties.source.required, parentSchema: schema312.properties.source, data: data5 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        for (const key1 in data5) {
          if (!(key1 === "citation" || key1 === "date" || key1 === "url")) {
            const err23 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema312.properties.source, data: data5 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data5.citation !== void 0) {
          let data6 = data5.citation;
          if (typeof data6 === "string") {
            if (func22(data6) < 1) {
              const err24 = { instancePath: instancePath + "/source/citation", schemaPath: "#/properties/source/properties/citation/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema312.properties.source.properties.citation, data: data6 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/source/citation", schemaPath: "#/properties/source/properties/citation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.source.properties.citation.type, parentSchema: schema312.properties.source.properties.citation, data: data6 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data5.date !== void 0) {
          let data7 = data5.date;
          if (typeof data7 === "string") {
            if (!pattern6.test(data7)) {
              const err26 = { instancePath: instancePath + "/source/date", schemaPath: "#/properties/source/properties/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$" }, message: 'must match pattern "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"', schema: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", parentSchema: schema312.properties.source.properties.date, data: data7 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/source/date", schemaPath: "#/properties/source/properties/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.source.properties.date.type, parentSchema: schema312.properties.source.properties.date, data: data7 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data5.url !== void 0) {
          let data8 = data5.url;
          if (typeof data8 === "string") {
            if (!pattern7.test(data8)) {
              const err28 = { instancePath: instancePath + "/source/url", schemaPath: "#/properties/source/properties/url/pattern", keyword: "pattern", params: { pattern: "^https://" }, message: 'must match pattern "^https://"', schema: "^https://", parentSchema: schema312.properties.source.properties.url, data: data8 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = { instancePath: instancePath + "/source/url", schemaPath: "#/properties/source/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.source.properties.url.type, parentSchema: schema312.properties.source.properties.url, data: data8 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema312.properties.source.type, parentSchema: schema312.properties.source, data: data5 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.docs !== void 0) {
      let data9 = data.docs;
      if (typeof data9 === "string") {
        if (func22(data9) < 1) {
          const err31 = { instancePath: instancePath + "/docs", schemaPath: "#/properties/docs/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema312.properties.docs, data: data9 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      } else {
        const err32 = { instancePath: instancePath + "/docs", schemaPath: "#/properties/docs/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.docs.type, parentSchema: schema312.properties.docs, data: data9 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data10 = data.tags;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        for (const key2 in data10) {
          let data11 = data10[key2];
          if (typeof data11 !== "string") {
            const err33 = { instancePath: instancePath + "/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tags/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.tags.additionalProperties.type, parentSchema: schema312.properties.tags.additionalProperties, data: data11 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      } else {
        const err34 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema312.properties.tags.type, parentSchema: schema312.properties.tags, data: data10 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.resource !== void 0) {
      let data12 = data.resource;
      if (typeof data12 === "string") {
        if (!pattern82.test(data12)) {
          const err35 = { instancePath: instancePath + "/resource", schemaPath: "#/properties/resource/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$", parentSchema: schema312.properties.resource, data: data12 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      } else {
        const err36 = { instancePath: instancePath + "/resource", schemaPath: "#/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.resource.type, parentSchema: schema312.properties.resource, data: data12 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.assert !== void 0) {
      let data13 = data.assert;
      if (!(data13 && typeof data13 == "object" && !Array.isArray(data13))) {
        const err37 = { instancePath: instancePath + "/assert", schemaPath: "#/properties/assert/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema312.properties.assert.type, parentSchema: schema312.properties.assert, data: data13 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.check !== void 0) {
      let data14 = data.check;
      if (typeof data14 === "string") {
        if (!pattern92.test(data14)) {
          const err38 = { instancePath: instancePath + "/check", schemaPath: "#/properties/check/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]*$" }, message: 'must match pattern "^[a-z][a-z0-9-]*$"', schema: "^[a-z][a-z0-9-]*$", parentSchema: schema312.properties.check, data: data14 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      } else {
        const err39 = { instancePath: instancePath + "/check", schemaPath: "#/properties/check/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.check.type, parentSchema: schema312.properties.check, data: data14 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.params !== void 0) {
      let data15 = data.params;
      if (!(data15 && typeof data15 == "object" && !Array.isArray(data15))) {
        const err40 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema312.properties.params.type, parentSchema: schema312.properties.params, data: data15 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      let data16 = data.message;
      if (typeof data16 === "string") {
        if (func22(data16) < 1) {
          const err41 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema312.properties.message, data: data16 };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
      } else {
        const err42 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.message.type, parentSchema: schema312.properties.message, data: data16 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.messages !== void 0) {
      let data17 = data.messages;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        if (Object.keys(data17).length < 1) {
          const err43 = { instancePath: instancePath + "/messages", schemaPath: "#/properties/messages/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema312.properties.messages, data: data17 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        for (const key3 in data17) {
          let data18 = data17[key3];
          if (typeof data18 === "string") {
            if (func22(data18) < 1) {
              const err44 = { instancePath: instancePath + "/messages/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/messages/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema312.properties.messages.additionalProperties, data: data18 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = { instancePath: instancePath + "/messages/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/messages/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.messages.additionalProperties.type, parentSchema: schema312.properties.messages.additionalProperties, data: data18 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
      } else {
        const err46 = { instancePath: instancePath + "/messages", schemaPath: "#/properties/messages/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema312.properties.messages.type, parentSchema: schema312.properties.messages, data: data17 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.params !== void 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.check === void 0) {
          const err47 = { instancePath, schemaPath: "#/dependentSchemas/params/required", keyword: "required", params: { missingProperty: "check" }, message: "must have required property 'check'", schema: schema312.dependentSchemas.params.required, parentSchema: schema312.dependentSchemas.params, data };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
      }
    }
    if (data.messages !== void 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.check === void 0) {
          const err48 = { instancePath, schemaPath: "#/dependentSchemas/messages/required", keyword: "required", params: { missingProperty: "check" }, message: "must have required property 'check'", schema: schema312.dependentSchemas.messages.required, parentSchema: schema312.dependentSchemas.messages, data };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
      }
    }
  } else {
    const err49 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema312.type, parentSchema: schema312, data };
    if (vErrors === null) {
      vErrors = [err49];
    } else {
      vErrors.push(err49);
    }
    errors++;
  }
  validate202.errors = vErrors;
  return errors === 0;
}
validate202.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// src/rules/load-rules.ts
var MAX_RULE_FILES = 2e3;
function validateRule(value) {
  rule_validator_default(value);
  return rule_validator_default;
}
function ruleFiles(folder) {
  let isDir = false;
  try {
    isDir = statSync(folder).isDirectory();
  } catch {
    throw new InputError([
      { file: folder, message: "policies folder not found: check the path (input `policies`)" }
    ]);
  }
  if (!isDir)
    throw new InputError([{ file: folder, message: "policies must be a folder of rule files, not a file" }]);
  const rulesDir = join2(folder, "rules");
  const dir = existsSync2(rulesDir) && statSync(rulesDir).isDirectory() ? rulesDir : folder;
  const files = readdirSync(dir).filter((name) => /\.ya?ml$/i.test(name)).sort().map((name) => join2(dir, name));
  if (files.length === 0) {
    throw new InputError([
      {
        file: folder,
        message: `no rule files (*.yaml) in ${dir}: an empty policies folder is almost certainly a wrong path`
      }
    ]);
  }
  if (files.length > MAX_RULE_FILES) {
    throw new InputError([
      {
        file: folder,
        message: `${files.length} YAML files; the limit is ${MAX_RULE_FILES} rules per folder`
      }
    ]);
  }
  return files;
}
function ruleFileLabel(folder, file, displayAs) {
  return join2(displayAs, relative(folder, file)).replace(/\\/g, "/");
}
function loadRuleFolder(folder, origin, docsPrefix, displayAs = folder) {
  const rules2 = [];
  const diagnostics = [];
  for (const file of ruleFiles(folder)) {
    const label = ruleFileLabel(folder, file, displayAs);
    try {
      const { value, sourceMap } = readDataFile(file, label, RULE_FILE);
      rules2.push(ruleFromDocument(label, value, sourceMap, { folder, origin, docsPrefix }));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      diagnostics.push(...error.diagnostics);
    }
  }
  return { rules: rules2, diagnostics };
}
function ruleFromDocument(file, value, sourceMap, { folder, origin, docsPrefix }, idAt) {
  const validate = validateRule(value);
  if (validate.errors && validate.errors.length > 0) {
    throw new InputError(locateSchemaErrors(validate.errors, sourceMap));
  }
  const document = value;
  const diagnostics = [];
  const isUrl = /^https:\/\//.test(document.docs);
  if (!isUrl && (document.docs.includes("..") || document.docs.startsWith("/"))) {
    diagnostics.push({
      ...sourceMap.locate(["docs"]),
      message: `docs '${document.docs}' must be a path inside the policies folder (e.g. docs/${document.id}.md) or an https URL`
    });
  } else if (!isUrl && !existsSync2(join2(folder, document.docs))) {
    diagnostics.push({
      ...sourceMap.locate(["docs"]),
      message: `docs page '${document.docs}' does not exist beside the rules: every rule needs a page with synopsis, description and recommendation`
    });
  }
  if (diagnostics.length > 0) throw new InputError(diagnostics);
  return {
    definition: {
      ...document,
      origin,
      file,
      docsLink: isUrl ? document.docs : docsPrefix(document.docs),
      idAt: idAt ?? sourceMap.locate(["id"])
    },
    sourceMap
  };
}

// src/rules/builtin-policies.ts
function builtInSourceMap(policy, kind) {
  return new LazySourceMap(
    policy.file,
    () => readDataFile(join3(builtInPoliciesFolder(), policy.path), policy.file, kind).sourceMap
  );
}
function loadBuiltInRules(docsPrefix) {
  const context = { folder: builtInPoliciesFolder(), origin: "built-in", docsPrefix };
  const rules2 = [];
  const diagnostics = [];
  for (const policy of rules) {
    try {
      const sourceMap = builtInSourceMap(policy, RULE_FILE);
      rules2.push(ruleFromDocument(policy.file, policy.value, sourceMap, context, policy.idAt));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      diagnostics.push(...error.diagnostics);
    }
  }
  return { rules: rules2, diagnostics };
}
function loadBuiltInMatrix() {
  return matrixFromDocument(matrix.file, matrix.value, builtInSourceMap(matrix, MATRIX_FILE));
}

// src/rules/compile.ts
var import__ = __toESM(require__(), 1);

// src/rules/values.ts
function normaliseText(value) {
  return String(value).toLowerCase().replace(/\s+/g, "");
}
function sameText(a, b) {
  if (typeof a !== "string" || typeof b !== "string") return false;
  return a === b || a.toLowerCase() === b.toLowerCase();
}
function parseVersion(text) {
  if (typeof text !== "string") return void 0;
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-+].*)?$/.exec(text.trim());
  if (!match) return void 0;
  return [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)];
}
function compareVersions(a, b) {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
function minorOf(version) {
  return `${version[0]}.${version[1]}`;
}
var durationCache = /* @__PURE__ */ new Map();
function durationSeconds(text) {
  if (typeof text !== "string") return void 0;
  if (durationCache.has(text)) return durationCache.get(text);
  const parsed = parseDuration(text);
  const seconds = parsed.ok ? parsed.value.seconds : void 0;
  if (durationCache.size < 1e4) durationCache.set(text, seconds);
  return seconds;
}
function instantMs(text) {
  if (typeof text !== "string") return void 0;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? void 0 : ms;
}

// src/rules/checks/types.ts
var NO_FAILURES = [];
function listSome(items, max = 5) {
  if (items.length <= max) return items.join("; ");
  return `${items.slice(0, max).join("; ")}; and ${items.length - max} more`;
}
function plural(count, word, many = `${word}s`) {
  return `${count} ${count === 1 ? word : many}`;
}

// src/rules/checks/daily-operation-limit.ts
var DAY_MS = 864e5;
var dailyOperationLimit = {
  name: "daily-operation-limit",
  description: "an on-demand backup or a restore stays within the per-instance daily limit",
  subjects: ["operation"],
  codes: ["exceeded"],
  params: {
    type: "object",
    additionalProperties: false,
    required: ["operation", "limit"],
    properties: {
      operation: { enum: ["backup", "restore"] },
      limit: { type: "string", description: "support-matrix path of the per-day limit" }
    }
  },
  matrixPaths: (params) => [String(params.limit)],
  run(subject, { matrix: matrix2, now }, params) {
    const s = subject;
    if (s.operation !== params.operation || !s.recentJobs) return NO_FAILURES;
    const limit = requireMatrixValue(matrix2, String(params.limit));
    const since = now.getTime() - DAY_MS;
    const counted = s.recentJobs.filter((job) => counts(job, s.operation)).map((job) => instantMs(job.startTime)).filter((ms) => ms !== void 0 && ms > since && ms <= now.getTime()).sort((a, b) => a - b);
    if (counted.length + 1 <= limit) return NO_FAILURES;
    const freesAt = new Date(counted[counted.length - limit] + DAY_MS).toISOString();
    return [{ code: "exceeded", values: { count: counted.length, limit, freesAt } }];
  }
};
function counts(job, operation) {
  const category = job.category ?? job.operation ?? "";
  if (operation === "restore") return sameText(category, "Restore") || /restore/i.test(job.operation ?? "");
  return (sameText(category, "Backup") || /backup/i.test(job.operation ?? "")) && job.isUserTriggered === true;
}

// src/rules/checks/exemption-validity.ts
var DAY_MS2 = 864e5;
var exemptionValidity = {
  name: "exemption-validity",
  description: "an exemption has a reason, names a known rule, and has not expired",
  subjects: ["exemption"],
  codes: ["no-reason", "expired", "expiring", "unknown-rule"],
  params: {
    type: "object",
    additionalProperties: false,
    properties: { warnDays: { type: "integer", minimum: 1, maximum: 365 } }
  },
  matrixPaths: () => [],
  run(subject, { now, ruleIds }, params) {
    const s = subject;
    const warnDays = typeof params.warnDays === "number" ? params.warnDays : 14;
    const label = `exemption ${s.number} (${s.rule})`;
    const failures = [];
    if (s.reason.trim() === "") failures.push({ code: "no-reason", values: { label } });
    if (ruleIds && ![...ruleIds].some((id) => id.toLowerCase() === s.rule.toLowerCase())) {
      const guess = suggest(s.rule, ruleIds);
      failures.push({
        code: "unknown-rule",
        values: { label, hint: guess ? ` (did you mean ${guess}?)` : "" }
      });
    }
    const msLeft = Date.parse(s.expiresAt) - now.getTime();
    if (msLeft <= 0) {
      failures.push({ code: "expired", values: { label } });
    } else if (msLeft <= warnDays * DAY_MS2) {
      const days = Math.ceil(msLeft / DAY_MS2);
      failures.push({
        code: "expiring",
        severity: "warning",
        values: { label, inDays: `${days} day${days === 1 ? "" : "s"}` }
      });
    }
    return failures.length > 0 ? failures : NO_FAILURES;
  }
};

// src/rules/checks/instance-replace.ts
var instanceReplace = {
  name: "instance-replace",
  description: "an existing backup instance's policy or snapshot resource group differs from the desired one",
  subjects: ["binding"],
  codes: ["replace-blocked", "replace-planned"],
  params: {
    type: "object",
    additionalProperties: false,
    required: ["field"],
    properties: { field: { enum: ["policy", "snapshotResourceGroup"] } }
  },
  matrixPaths: () => [],
  run(subject, { options }, params) {
    const s = subject;
    if (!s.instance) return NO_FAILURES;
    const byPolicy = params.field === "policy";
    const actual = byPolicy ? s.instance.policyId : s.instance.snapshotResourceGroupId;
    const desired = byPolicy ? s.policy.id : s.snapshotResourceGroup.id;
    if (actual === void 0 || sameText(actual, desired)) return NO_FAILURES;
    return [
      {
        code: options.allowReplace ? "replace-planned" : "replace-blocked",
        ...options.allowReplace ? { severity: "warning" } : {},
        resourceId: s.instance.id,
        values: { actual, desired }
      }
    ];
  }
};

// src/rules/checks/instances-distinct.ts
var VAULT_IN_ID = /^(.*\/providers\/microsoft\.dataprotection\/backupvaults\/[^/]+)\/backupinstances\//i;
var instancesDistinct = {
  name: "instances-distinct",
  description: "no two backup instances of one cluster share both vault and policy",
  subjects: ["cluster"],
  codes: ["duplicate"],
  matrixPaths: () => [],
  run(subject) {
    const s = subject;
    if (!s.instances || s.instances.length < 2) return NO_FAILURES;
    const groups = /* @__PURE__ */ new Map();
    for (const instance of s.instances) {
      const vault = instance.vaultId ?? VAULT_IN_ID.exec(instance.id)?.[1];
      if (vault === void 0 || instance.policyId === void 0) continue;
      const key = `${vault.toLowerCase()}|${instance.policyId.toLowerCase()}`;
      const group = groups.get(key) ?? { vault, policy: instance.policyId, ids: [] };
      group.ids.push(instance.id);
      groups.set(key, group);
    }
    const failures = [];
    for (const group of groups.values()) {
      if (group.ids.length < 2) continue;
      failures.push({
        code: "duplicate",
        resourceId: group.ids[1],
        values: { vault: group.vault, policy: group.policy, instances: group.ids, count: group.ids.length }
      });
    }
    return failures.length > 0 ? failures : NO_FAILURES;
  }
};

// src/rules/checks/kubernetes-version.ts
var kubernetesVersion = {
  name: "kubernetes-version",
  description: "the cluster's Kubernetes minor version is one AKS supports in its region (and the matrix's floor)",
  subjects: ["cluster"],
  codes: ["unsupported", "unknown"],
  matrixPaths: () => ["kubernetes.minimumVersion"],
  run(subject, { matrix: matrix2 }) {
    const s = subject;
    if (s.kubernetesVersion === void 0) return NO_FAILURES;
    const floor = matrixValue(matrix2, "kubernetes.minimumVersion");
    const list = s.aksSupportedVersions;
    const hasFloor = floor !== null && floor !== void 0;
    if (!hasFloor && list === void 0) {
      return s.aksVersionsUnavailable === void 0 ? NO_FAILURES : [{ code: "unknown", severity: "info", values: { reason: s.aksVersionsUnavailable } }];
    }
    const version = parseVersion(s.kubernetesVersion);
    if (!version) {
      return [
        { code: "unsupported", values: { reasons: `'${s.kubernetesVersion}' is not a version like 1.31.2` } }
      ];
    }
    const reasons = [];
    const limit = hasFloor ? parseVersion(String(floor)) : void 0;
    if (limit && compareVersions(version, limit) < 0) {
      reasons.push(
        `${s.kubernetesVersion} is older than ${String(floor)} (support matrix kubernetes.minimumVersion)`
      );
    }
    if (list !== void 0) {
      const listed = list.map((v) => parseVersion(v)).filter((v) => v !== void 0);
      if (!listed.some((v) => v[0] === version[0] && v[1] === version[1])) {
        reasons.push(
          `${minorOf(version)} is not among the supported versions ${list.join(", ")}${s.location ? ` that AKS offers in ${s.location}` : ""}`
        );
      }
    } else if (reasons.length === 0 && s.aksVersionsUnavailable !== void 0) {
      return [{ code: "unknown", severity: "info", values: { reason: s.aksVersionsUnavailable } }];
    }
    return reasons.length > 0 ? [{ code: "unsupported", values: { reasons: reasons.join("; ") } }] : NO_FAILURES;
  }
};

// src/rules/checks/namespace-count.ts
var namespaceCount = {
  name: "namespace-count",
  description: "a backup instance selects at most the supported number of namespaces",
  subjects: ["binding"],
  codes: ["included", "all"],
  matrixPaths: () => ["limits.namespacesPerInstance", "kubernetes.skippedNamespaces"],
  run(subject, { matrix: matrix2 }) {
    const s = subject;
    const limit = matrixValue(matrix2, "limits.namespacesPerInstance");
    if (typeof limit !== "number") return NO_FAILURES;
    if (s.backup.includedNamespaces) {
      const count2 = new Set(s.backup.includedNamespaces.map((n) => n.toLowerCase())).size;
      return count2 > limit ? [{ code: "included", values: { count: count2, limit } }] : NO_FAILURES;
    }
    if (!s.namespaces) return NO_FAILURES;
    const skipped = new Set(
      [
        ...matrixValue(matrix2, "kubernetes.skippedNamespaces") ?? [],
        ...s.backup.excludedNamespaces
      ].map((n) => n.toLowerCase())
    );
    const count = new Set(s.namespaces.map((n) => n.toLowerCase()).filter((n) => !skipped.has(n))).size;
    return count > limit ? [{ code: "all", values: { count, limit } }] : NO_FAILURES;
  }
};

// src/rules/checks/providers-registered.ts
var providersRegistered = {
  name: "providers-registered",
  description: "the resource providers AKS backup needs are registered in the cluster's subscription",
  subjects: ["cluster"],
  codes: ["unregistered"],
  matrixPaths: () => ["providers.required"],
  run(subject, { matrix: matrix2 }) {
    const s = subject;
    if (!s.providers) return NO_FAILURES;
    const providers = s.providers;
    const namespaces = Object.keys(providers);
    const lowered = namespaces.map((ns) => ns.toLowerCase());
    const planned = s.plan?.registersProviders ?? [];
    const missing = [];
    for (const namespace of matrixValue(matrix2, "providers.required") ?? []) {
      const at = typeof namespace === "string" ? lowered.indexOf(namespace.toLowerCase()) : -1;
      const state = at === -1 ? void 0 : providers[namespaces[at]];
      if (state === void 0 || sameText(state, "Registered")) continue;
      if (planned.some((p) => sameText(p, namespace))) continue;
      missing.push(`${namespace} (${state})`);
    }
    return missing.length > 0 ? [{ code: "unregistered", values: { missing } }] : NO_FAILURES;
  }
};

// src/rules/checks/recent-job-failures.ts
var FAILED = ["Failed", "Cancelled", "Canceled"];
var FAILED_LOWER = new Set(FAILED.map((status) => status.toLowerCase()));
function hasFailed(status) {
  return typeof status === "string" && FAILED_LOWER.has(status.toLowerCase());
}
var recentJobFailures = {
  name: "recent-job-failures",
  description: "no backup or restore job of the instance failed within the window",
  subjects: ["instance"],
  codes: ["failed"],
  params: {
    type: "object",
    additionalProperties: false,
    properties: {
      window: { type: "string", description: "ISO 8601 duration, e.g. P1D" },
      categories: { type: "array", minItems: 1, items: { type: "string" } }
    }
  },
  matrixPaths: () => [],
  run(subject, { now }, params) {
    const s = subject;
    if (!s.jobs) return NO_FAILURES;
    const windowMs = (durationSeconds(params.window ?? "P1D") ?? 86400) * 1e3;
    const categories = params.categories ?? ["Backup", "Restore"];
    const since = now.getTime() - windowMs;
    const failed = s.jobs.filter((job) => {
      if (!hasFailed(job.status)) return false;
      const category = job.category ?? job.operation;
      if (!categories.some(
        (c) => sameText(c, category) || (job.operation ?? "").toLowerCase().includes(c.toLowerCase())
      ))
        return false;
      const at = instantMs(job.endTime) ?? instantMs(job.startTime);
      return at !== void 0 && at > since && at <= now.getTime();
    });
    if (failed.length === 0) return NO_FAILURES;
    const described = failed.map(
      (job) => `${job.category ?? job.operation ?? "job"} ${job.status} at ${job.startTime ?? job.endTime}` + (job.errorCode ? ` (${job.errorCode}${job.errorMessage ? `: ${job.errorMessage}` : ""})` : "")
    );
    return [
      {
        code: "failed",
        values: {
          jobs: listSome(described),
          count: plural(failed.length, "job"),
          window: humanWindow(windowMs)
        }
      }
    ];
  }
};
function humanWindow(ms) {
  const hours = ms / 36e5;
  return hours % 24 === 0 && hours > 24 ? plural(hours / 24, "day") : plural(hours, "hour");
}

// src/rules/checks/recovery-point-fresh.ts
var SCHEDULED_STATES = ["ProtectionConfigured", "ConfiguringProtection", "UpdatingProtection"];
function schedulesRun(state) {
  return state === void 0 || SCHEDULED_STATES.some((s) => sameText(s, state));
}
var recoveryPointFresh = {
  name: "recovery-point-fresh",
  description: "the latest recovery point is younger than (schedule interval + backup window) \xD7 tolerance",
  subjects: ["instance"],
  codes: ["stale", "none"],
  params: {
    type: "object",
    additionalProperties: false,
    properties: { tolerance: { type: "number", minimum: 1, maximum: 10 } }
  },
  matrixPaths: () => ["schedule.backupWindow"],
  run(subject, { matrix: matrix2, now }, params) {
    const s = subject;
    if (s.latestRecoveryPoint === void 0) return NO_FAILURES;
    const interval = durationSeconds(s.policy?.interval);
    if (interval === void 0) return NO_FAILURES;
    const window = durationSeconds(matrixValue(matrix2, "schedule.backupWindow")) ?? 0;
    const tolerance = typeof params.tolerance === "number" ? params.tolerance : 1.5;
    const maxAgeMs = (interval + window) * tolerance * 1e3;
    const values = () => ({
      maxAge: formatDuration(Math.round(maxAgeMs / 1e3)),
      interval: formatDuration(interval),
      window: formatDuration(window),
      tolerance
    });
    if (s.latestRecoveryPoint === null) {
      const created = instantMs(s.createdAt);
      if (created !== void 0) {
        return now.getTime() - created <= maxAgeMs ? NO_FAILURES : [{ code: "none", values: values() }];
      }
      if (s.scheduledBackupsEnded === 0 && schedulesRun(s.protectionState)) return NO_FAILURES;
      return [{ code: "none", values: values() }];
    }
    const taken = instantMs(s.latestRecoveryPoint.time);
    if (taken === void 0) return NO_FAILURES;
    const ageMs = now.getTime() - taken;
    if (ageMs <= maxAgeMs) return NO_FAILURES;
    return [
      {
        code: "stale",
        values: {
          ...values(),
          age: formatDuration(Math.round(ageMs / 1e3)),
          time: s.latestRecoveryPoint.time
        }
      }
    ];
  }
};

// src/rules/checks/role-assignments.ts
var SCOPE_LABEL = {
  cluster: "the cluster",
  snapshotResourceGroup: "the snapshot resource group",
  storageAccount: "the backup storage account",
  fileShareStorageAccounts: "the Azure Files storage account"
};
var roleAssignments = {
  name: "role-assignments",
  description: "every role assignment AKS backup needs exists for the vault, cluster and extension identities",
  subjects: ["binding"],
  codes: ["missing"],
  matrixPaths: () => ["roles.definitions", "roles.recommended", "roles.minimal"],
  run(subject, { matrix: matrix2, options }) {
    const s = subject;
    if (!s.roleAssignments || !s.identities) return NO_FAILURES;
    const requirements = requireMatrixValue(matrix2, `roles.${options.roleSet}`);
    const holds = {
      vaultTier: s.policy.retention.vault !== void 0,
      azureFiles: s.backup.includedVolumeTypes.some((t) => sameText(t, "AzureFileShareSMB")),
      extensionWithoutAad: !!s.extension?.useAAD && !sameText(s.extension.useAAD, "true")
    };
    const assignments = normaliseAll(s.roleAssignments, s.plan?.roleAssignments ?? []);
    const missing = [];
    for (const requirement of requirements) {
      if (requirement.when && !holds[requirement.when]) continue;
      const holder = s.identities[requirement.principal];
      if (holder === null) {
        missing.push(
          `${requirement.role} for the ${requirement.principal} identity: the ${requirement.principal} has no managed identity, so nothing can be granted to it (enable its system-assigned identity)`
        );
        continue;
      }
      const principal = holder?.toLowerCase();
      if (!principal) continue;
      const accepted = acceptedRoleIds(matrix2, requirement, holds);
      for (const target of targets(s, requirement.scope)) {
        if (!isGranted(assignments, principal, accepted, trimSlash(target))) {
          missing.push(
            `${requirement.role} for the ${requirement.principal} identity on ${SCOPE_LABEL[requirement.scope]} (${target})`
          );
        }
      }
    }
    if (missing.length === 0) return NO_FAILURES;
    return [{ code: "missing", values: { missing, count: missing.length, roleSet: options.roleSet } }];
  }
};
function normaliseAll(existing, planned) {
  const all = [];
  for (const assignment of existing) all.push(normalise2(assignment));
  for (const assignment of planned) all.push(normalise2(assignment));
  return all;
}
function normalise2(a) {
  return {
    principal: a.principalId.toLowerCase(),
    role: guidOf(a.roleDefinitionId),
    scope: trimSlash(a.scope)
  };
}
function isGranted(assignments, principal, accepted, target) {
  for (const a of assignments) {
    if (a.principal === principal && accepted.has(a.role) && covers(a.scope, target)) return true;
  }
  return false;
}
function guidOf(id) {
  const end = id.endsWith("/") ? id.length - 1 : id.length;
  const guid = id.slice(id.lastIndexOf("/", end - 1) + 1, end);
  return /[A-Z]/.test(guid) ? guid.toLowerCase() : guid;
}
function trimSlash(id) {
  return id.endsWith("/") ? id.replace(/\/+$/, "") : id;
}
function covers(scope, target) {
  if (target.length < scope.length) return false;
  if (target.length === scope.length) return target === scope || target.toLowerCase() === scope.toLowerCase();
  if (target[scope.length] !== "/") return false;
  return target.startsWith(scope) || target.slice(0, scope.length).toLowerCase() === scope.toLowerCase();
}
function targets(s, scope) {
  switch (scope) {
    case "cluster":
      return s.resourceId ? [s.resourceId] : [];
    case "snapshotResourceGroup":
      return [s.snapshotResourceGroup.id];
    case "storageAccount":
      return [s.storage.accountId];
    case "fileShareStorageAccounts":
      return s.fileShareStorageAccounts ?? [];
  }
}
var acceptedCache = /* @__PURE__ */ new WeakMap();
function acceptedRoleIds(matrix2, requirement, holds) {
  let cache = acceptedCache.get(matrix2);
  if (!cache) acceptedCache.set(matrix2, cache = /* @__PURE__ */ new Map());
  let key = requirement.role;
  for (const alternative of requirement.alternatives ?? []) {
    if (!alternative.when || holds[alternative.when]) key += `|${alternative.role}`;
  }
  const cached2 = cache.get(key);
  if (cached2) return cached2;
  const definitions = requireMatrixValue(matrix2, "roles.definitions");
  const ids = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  const queue = key.split("|");
  while (queue.length > 0) {
    const role = queue.shift();
    if (seen.has(role)) continue;
    seen.add(role);
    const definition = definitions[role];
    if (!definition) throw new Error(`support matrix roles.definitions has no role '${role}'`);
    ids.add(definition.id.toLowerCase());
    queue.push(...definition.satisfiedBy ?? []);
  }
  cache.set(key, ids);
  return ids;
}

// src/rules/checks/storage-placement.ts
var storagePlacement = {
  name: "storage-placement",
  description: "the backup storage account is in the cluster's region (and subscription), general-purpose v2, not Premium",
  subjects: ["binding"],
  codes: ["region", "subscription", "kind", "premium"],
  matrixPaths: () => [
    "storage.sameRegionRequired",
    "storage.sameSubscriptionRequired",
    "storage.accountKinds",
    "storage.premiumSupported"
  ],
  run(subject, { matrix: matrix2 }) {
    const s = subject;
    const st = s.storage;
    const failures = [];
    if (matrixValue(matrix2, "storage.sameRegionRequired") === true && st.location !== void 0 && s.location !== void 0 && normaliseText(st.location) !== normaliseText(s.location)) {
      failures.push({ code: "region" });
    }
    if (st.subscriptionId !== void 0 && s.subscriptionId !== void 0 && !sameText(st.subscriptionId, s.subscriptionId)) {
      const required = matrixValue(matrix2, "storage.sameSubscriptionRequired") === true;
      failures.push({ code: "subscription", ...required ? {} : { severity: "warning" } });
    }
    const kinds = matrixValue(matrix2, "storage.accountKinds") ?? [];
    if (st.kind !== void 0 && kinds.length > 0 && !kinds.some((k) => sameText(k, st.kind))) {
      failures.push({ code: "kind", values: { allowedKinds: kinds } });
    }
    if (matrixValue(matrix2, "storage.premiumSupported") === false && st.skuName !== void 0 && /^premium/i.test(st.skuName)) {
      failures.push({ code: "premium" });
    }
    return failures.length > 0 ? failures : NO_FAILURES;
  }
};

// src/rules/checks/volume-coverage.ts
var volumeCoverage = {
  name: "volume-coverage",
  description: "the instance's volume settings can protect the cluster's persistent volumes",
  subjects: ["binding"],
  codes: ["snapshot-off", "unsupported", "not-included", "files-not-allowed"],
  matrixPaths: () => ["volumes.supportedTypes", "kubernetes.skippedNamespaces"],
  run(subject, { matrix: matrix2, options }) {
    const s = subject;
    const failures = [];
    const included = s.backup.includedVolumeTypes;
    if (included.some((t) => sameText(t, "AzureFileShareSMB")) && !options.allowAzureFiles) {
      failures.push({ code: "files-not-allowed" });
    }
    const skipped = (matrixValue(matrix2, "kubernetes.skippedNamespaces") ?? []).map(
      (n) => n.toLowerCase()
    );
    const selected = s.persistentVolumes?.filter((pv) => isSelected(pv, s, skipped));
    if (!s.backup.snapshotVolumes) {
      if (selected === void 0 || selected.length > 0) {
        failures.push({
          code: "snapshot-off",
          values: {
            volumes: selected === void 0 ? void 0 : plural(selected.length, "persistent volume")
          }
        });
      }
      return failures.length > 0 ? failures : NO_FAILURES;
    }
    if (selected && selected.length > 0) {
      const supported = matrixValue(matrix2, "volumes.supportedTypes") ?? [];
      const isSupported = (pv) => supported.some((t) => sameText(t, pv.type));
      const unsupported = selected.filter((pv) => !isSupported(pv));
      const notIncluded = selected.filter(
        (pv) => isSupported(pv) && !included.some((t) => sameText(t, pv.type))
      );
      if (unsupported.length > 0) {
        failures.push({
          code: "unsupported",
          values: {
            count: plural(unsupported.length, "persistent volume"),
            volumes: listSome(unsupported.map(describe)),
            supported
          }
        });
      }
      if (notIncluded.length > 0) {
        failures.push({
          code: "not-included",
          values: {
            count: plural(notIncluded.length, "persistent volume"),
            volumes: listSome(notIncluded.map(describe)),
            included
          }
        });
      }
    }
    return failures.length > 0 ? failures : NO_FAILURES;
  }
};
function isSelected(pv, s, skipped) {
  const ns = pv.namespace?.toLowerCase();
  if (ns === void 0) return s.backup.includedNamespaces === void 0;
  if (skipped.includes(ns)) return false;
  if (s.backup.excludedNamespaces.some((e) => e.toLowerCase() === ns)) return false;
  return s.backup.includedNamespaces === void 0 || s.backup.includedNamespaces.some((i) => i.toLowerCase() === ns);
}
function describe(pv) {
  return `${pv.namespace ? `${pv.namespace}/` : ""}${pv.name} (${pv.type})`;
}

// src/rules/checks/index.ts
var CHECKS = new Map(
  [
    storagePlacement,
    providersRegistered,
    instanceReplace,
    instancesDistinct,
    dailyOperationLimit,
    roleAssignments,
    namespaceCount,
    recoveryPointFresh,
    exemptionValidity,
    recentJobFailures,
    volumeCoverage,
    kubernetesVersion
  ].map((check) => [check.name, check])
);

// src/rules/keywords.ts
var operand = (literal) => ({
  anyOf: [
    literal,
    {
      type: "object",
      required: ["matrix"],
      additionalProperties: false,
      properties: { matrix: { type: "string" } }
    }
  ]
});
var matrixCache = /* @__PURE__ */ new WeakMap();
function matrixSet(matrix2, paths) {
  let sets = matrixCache.get(matrix2);
  if (!sets) matrixCache.set(matrix2, sets = { byPath: /* @__PURE__ */ new Map(), byList: /* @__PURE__ */ new WeakMap() });
  const cached2 = typeof paths === "string" ? sets.byPath.get(paths) : sets.byList.get(paths);
  if (cached2) return cached2;
  const members = /* @__PURE__ */ new Set();
  for (const path of typeof paths === "string" ? [paths] : paths) {
    const value = matrix2.facts.get(path)?.value;
    for (const item of Array.isArray(value) ? value : []) {
      const name = item !== null && typeof item === "object" ? item.name : item;
      if (name !== void 0 && name !== null) members.add(normaliseText(name));
    }
  }
  if (typeof paths === "string") sets.byPath.set(paths, members);
  else sets.byList.set(paths, members);
  return members;
}
function contextOf(self) {
  const context = self;
  if (!context?.matrix) throw new Error("a rule assertion ran without an evaluation context");
  return context;
}
function resolve(self, schema) {
  if (schema !== null && typeof schema === "object" && "matrix" in schema) {
    return contextOf(self).matrix.facts.get(String(schema.matrix))?.value;
  }
  return schema;
}
function fail(fn, keyword, message, parentSchema, params = {}) {
  const error = { keyword, message, params };
  if (parentSchema) error.parentSchema = parentSchema;
  fn.errors = [error];
  return false;
}
function describeOperand(schema, resolved) {
  if (schema !== null && typeof schema === "object" && "matrix" in schema) {
    return `${String(resolved)} (support matrix ${String(schema.matrix)})`;
  }
  return String(resolved);
}
var inList = function(schema, data, parentSchema) {
  if (matrixSet(contextOf(this).matrix, schema).has(normaliseText(data))) return true;
  const paths = typeof schema === "string" ? [schema] : schema;
  return fail(
    inList,
    "inList",
    `'${String(data)}' is not in support matrix ${paths.join(" or ")}`,
    parentSchema,
    { paths }
  );
};
var enumIgnoreCase = function(schema, data, parentSchema) {
  const allowed = schema;
  for (const value of allowed) if (sameText(value, data)) return true;
  return fail(
    enumIgnoreCase,
    "enumIgnoreCase",
    `'${String(data)}' is not one of ${allowed.join(", ")}`,
    parentSchema,
    {
      allowed
    }
  );
};
var sameAs = function(schema, data, parentSchema) {
  const expected = resolve(this, schema);
  if (typeof expected !== "string") return true;
  if (sameText(data, expected)) return true;
  return fail(
    sameAs,
    "sameAs",
    `'${String(data)}' is not '${describeOperand(schema, expected)}'`,
    parentSchema,
    { expected }
  );
};
function versionKeyword(keyword) {
  const fn = function(schema, data, parentSchema) {
    const bound = resolve(this, schema);
    if (bound === null || bound === void 0) return true;
    const limit = parseVersion(String(bound));
    const version = parseVersion(data);
    if (!limit) throw new Error(`${keyword}: '${String(bound)}' is not a version`);
    if (!version) return fail(fn, keyword, `'${String(data)}' is not a version like 1.31.2`, parentSchema);
    const order = compareVersions(version, limit);
    if (keyword === "minVersion" ? order >= 0 : order <= 0) return true;
    const relation = keyword === "minVersion" ? "older than" : "newer than";
    return fail(
      fn,
      keyword,
      `${String(data)} is ${relation} ${describeOperand(schema, bound)}`,
      parentSchema,
      { limit: bound }
    );
  };
  return fn;
}
var versionIn = function(schema, data, parentSchema) {
  const list = resolve(this, schema);
  if (!Array.isArray(list)) return true;
  const version = parseVersion(data);
  if (!version)
    return fail(versionIn, "versionIn", `'${String(data)}' is not a version like 1.31.2`, parentSchema);
  const minors = list.map((v) => parseVersion(String(v))).filter((v) => v !== void 0);
  if (minors.some((v) => v[0] === version[0] && v[1] === version[1])) return true;
  return fail(
    versionIn,
    "versionIn",
    `${minorOf(version)} is not among the supported versions ${list.map(String).join(", ")}`,
    parentSchema,
    { allowed: list }
  );
};
function durationKeyword(keyword) {
  const fn = function(schema, data, parentSchema) {
    const bound = resolve(this, schema);
    if (bound === null || bound === void 0) return true;
    const limit = durationSeconds(bound);
    if (limit === void 0) throw new Error(`${keyword}: '${String(bound)}' is not a duration`);
    const seconds = durationSeconds(data);
    if (seconds === void 0)
      return fail(fn, keyword, `'${String(data)}' is not an ISO 8601 duration`, parentSchema);
    if (keyword === "maxDuration" ? seconds <= limit : seconds >= limit) return true;
    const relation = keyword === "maxDuration" ? "longer than" : "shorter than";
    return fail(
      fn,
      keyword,
      `${String(data)} is ${relation} ${describeOperand(schema, bound)}`,
      parentSchema,
      { limit: bound }
    );
  };
  return fn;
}
var atMost = function(schema, data, parentSchema) {
  const bound = resolve(this, schema);
  if (typeof bound !== "number" || typeof data !== "number") return true;
  if (data <= bound) return true;
  return fail(atMost, "atMost", `${data} is more than ${describeOperand(schema, bound)}`, parentSchema, {
    limit: bound
  });
};
var matrixTrue = function(schema, _data, parentSchema) {
  if (contextOf(this).matrix.facts.get(String(schema))?.value === true) return true;
  return fail(matrixTrue, "matrixTrue", `support matrix ${String(schema)} is not true`, parentSchema);
};
var stringOrPaths = {
  anyOf: [{ type: "string" }, { type: "array", minItems: 1, items: { type: "string" } }]
};
var KEYWORDS = [
  { keyword: "inList", validate: inList, errors: true, metaSchema: stringOrPaths },
  {
    keyword: "enumIgnoreCase",
    validate: enumIgnoreCase,
    errors: true,
    metaSchema: { type: "array", minItems: 1, items: { type: "string" } }
  },
  { keyword: "sameAs", validate: sameAs, errors: true, $data: true, metaSchema: operand({ type: "string" }) },
  {
    keyword: "minVersion",
    validate: versionKeyword("minVersion"),
    errors: true,
    $data: true,
    metaSchema: operand({ type: "string" })
  },
  {
    keyword: "maxVersion",
    validate: versionKeyword("maxVersion"),
    errors: true,
    $data: true,
    metaSchema: operand({ type: "string" })
  },
  {
    keyword: "versionIn",
    validate: versionIn,
    errors: true,
    $data: true,
    metaSchema: operand({ type: "array", items: { type: "string" } })
  },
  {
    keyword: "minDuration",
    validate: durationKeyword("minDuration"),
    errors: true,
    $data: true,
    metaSchema: operand({ type: "string" })
  },
  {
    keyword: "maxDuration",
    validate: durationKeyword("maxDuration"),
    errors: true,
    $data: true,
    metaSchema: operand({ type: "string" })
  },
  { keyword: "atMost", validate: atMost, errors: true, $data: true, metaSchema: operand({ type: "number" }) },
  { keyword: "matrixTrue", validate: matrixTrue, errors: true, metaSchema: { type: "string" } },
  // Annotation: the text a failure under this subschema reports instead of ajv's own message.
  { keyword: "explain", schemaType: "string" }
];
var KEYWORD_NAMES = KEYWORDS.map((k) => k.keyword);
function addKeywords(ajv, options = { checkValues: true }) {
  for (const keyword of KEYWORDS) {
    if (options.checkValues) ajv.addKeyword(keyword);
    else {
      const { metaSchema: _checked, ...definition } = keyword;
      ajv.addKeyword(definition);
    }
  }
}
var PATH_KEYWORDS = /* @__PURE__ */ new Set(["inList", "matrixTrue"]);
var OPERAND_KEYWORDS = /* @__PURE__ */ new Set([
  "sameAs",
  "minVersion",
  "maxVersion",
  "versionIn",
  "minDuration",
  "maxDuration",
  "atMost"
]);
function matrixReferences(schema, at = []) {
  const found = [];
  const visit = (node, path) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, [...path, i]));
      return;
    }
    if (node === null || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (PATH_KEYWORDS.has(key)) {
        if (typeof value === "string") found.push({ at: [...path, key], path: value });
        else if (Array.isArray(value))
          value.forEach((v, i) => found.push({ at: [...path, key, i], path: String(v) }));
        continue;
      }
      if (OPERAND_KEYWORDS.has(key) && value !== null && typeof value === "object" && "matrix" in value) {
        found.push({ at: [...path, key, "matrix"], path: String(value.matrix) });
        continue;
      }
      visit(value, [...path, key]);
    }
  };
  visit(schema, at);
  return found;
}

// src/rules/template.ts
var PLACEHOLDER = /\{([$A-Za-z_][\w$.-]*)(?:\|([^{}]*))?\}/g;
var TemplateError = class extends Error {
};
function compileTemplate(text) {
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    parts.push(text.slice(last, match.index));
    parts.push({ path: match[1], ...match[2] !== void 0 ? { fallback: match[2] } : {} });
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  for (const part of parts) {
    if (typeof part === "string" && /[{}]/.test(part)) {
      throw new TemplateError(
        `unbalanced '{' or '}' in the message template; placeholders look like {path} or {path|fallback}`
      );
    }
  }
  const render = (lookup2) => {
    let text2 = "";
    for (const part of parts) {
      if (typeof part === "string") {
        text2 += part;
        continue;
      }
      const value = lookup2(part.path);
      text2 += value === void 0 || value === null ? part.fallback ?? "unknown" : formatValue(value);
    }
    return text2;
  };
  return Object.assign(render, {
    paths: parts.filter((p) => typeof p !== "string").map((p) => p.path)
  });
}
function formatValue(value) {
  if (Array.isArray(value)) return value.map(formatValue).join(", ");
  if (value !== null && typeof value === "object") return JSON.stringify(value);
  return String(value);
}
var segmentsByPath = /* @__PURE__ */ new Map();
var MAX_CACHED_PATHS = 1e4;
function segmentsOf(path) {
  let segments = segmentsByPath.get(path);
  if (!segments) {
    segments = path.split(".");
    if (segmentsByPath.size < MAX_CACHED_PATHS) segmentsByPath.set(path, segments);
  }
  return segments;
}
function readPath(document, path) {
  let node = document;
  for (const part of segmentsOf(path)) {
    if (node === null || node === void 0 || typeof node !== "object") return void 0;
    node = node[part];
  }
  return node;
}

// src/rules/compile.ts
function createAjv(options = { checkSchemas: true }) {
  const ajv = new import__.Ajv2020({
    validateSchema: options.checkSchemas,
    $data: true,
    passContext: true,
    allErrors: true,
    verbose: true,
    strict: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    allowUnionTypes: true,
    logger: false
  });
  addKeywords(ajv, { checkValues: options.checkSchemas });
  return ajv;
}
var WRAPPERS = /* @__PURE__ */ new Set(["if", "then", "else", "anyOf", "allOf", "oneOf", "$ref"]);
var NONE = [];
function compileRule(rule, sourceMap, ajv, matrix2, options = {}) {
  const diagnostics = [];
  const problem = (path, message, prefer = "value") => {
    diagnostics.push({ ...sourceMap.locate(path, prefer), message });
  };
  const templates = /* @__PURE__ */ new Map();
  const compileAt = (path, text) => {
    try {
      const template = compileTemplate(text);
      for (const used of template.paths) {
        if (used.startsWith("$matrix.") && !matrix2.facts.has(used.slice("$matrix.".length))) {
          problem(
            path,
            `${formatPath(path)}: support-matrix path '${used.slice("$matrix.".length)}' does not exist in ${matrix2.file}`
          );
        }
      }
      return template;
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      problem(path, `${formatPath(path)}: ${error.message}`);
      return void 0;
    }
  };
  const main = compileAt(["message"], rule.message);
  if (main) templates.set(void 0, main);
  for (const [code, text] of Object.entries(rule.messages ?? {})) {
    const template = compileAt(["messages", code], text);
    if (template) templates.set(code, template);
  }
  let run;
  if (rule.assert !== void 0) {
    for (const reference of matrixReferences(rule.assert, ["assert"])) {
      if (!matrix2.facts.has(reference.path)) {
        problem(reference.at, `support-matrix path '${reference.path}' does not exist in ${matrix2.file}`);
      }
    }
    const explains = /* @__PURE__ */ new Map();
    collectExplains(rule.assert, ["assert"], (path, text) => {
      const template = compileAt(path, text);
      if (template) explains.set(text, template);
    });
    const runWith = (getValidate) => (subject, context) => {
      const v = getValidate();
      if (v.call(context, subject)) return NONE;
      return [{ values: { $errors: describeErrors(v.errors ?? [], subject, context, explains) } }];
    };
    const assertion = rule.assert;
    if (options.lazy) {
      let validate;
      run = runWith(() => validate ??= ajv.compile(assertion));
    } else {
      const validate = compileAssertion(ajv, assertion, problem);
      if (validate) run = runWith(() => validate);
    }
  } else if (rule.check !== void 0) {
    const check = CHECKS.get(rule.check);
    if (!check) {
      problem(["check"], `unknown check '${rule.check}'; available: ${[...CHECKS.keys()].join(", ")}`);
    } else {
      if (!check.subjects.includes(rule.subject)) {
        problem(
          ["subject"],
          `check '${check.name}' evaluates ${check.subjects.join(" or ")} subjects, not '${rule.subject}'`
        );
      }
      const params = rule.params ?? {};
      if (check.params) {
        if (options.checkParams !== false) checkParams(check.params, params, problem);
      } else if (rule.params !== void 0) {
        problem(["params"], `check '${check.name}' takes no params`, "key");
      }
      for (const path of check.matrixPaths(params)) {
        if (!matrix2.facts.has(path))
          problem(["params"], `support-matrix path '${path}' does not exist in ${matrix2.file}`);
      }
      for (const code of Object.keys(rule.messages ?? {})) {
        if (!check.codes.includes(code)) {
          problem(
            ["messages", code],
            `check '${check.name}' has no failure code '${code}'; its codes: ${check.codes.join(", ")}`,
            "key"
          );
        }
      }
      run = (subject, context) => check.run(subject, context, params);
    }
  }
  if (diagnostics.length > 0 || !run || !main) return { diagnostics };
  const compiled = {
    ...rule,
    run,
    render(failure, subject, context) {
      const template = templates.get(failure.code) ?? main;
      const values = failure.values;
      return template((path) => values && path in values ? values[path] : lookup(path, subject, context));
    }
  };
  return { compiled, diagnostics };
}
var paramsAjv;
function checkParams(schema, params, problem) {
  paramsAjv ??= new import__.Ajv2020({ allErrors: true, strict: false, validateSchema: false });
  const validateParams = paramsAjv.compile(schema);
  if (validateParams(params)) return;
  for (const error of validateParams.errors ?? []) {
    problem(
      ["params", ...pathOf(error.instancePath)],
      `params${error.instancePath.replace(/\//g, ".")} ${error.message}`
    );
  }
}
function collectExplains(node, path, found) {
  if (Array.isArray(node)) {
    node.forEach((item, i) => collectExplains(item, [...path, i], found));
    return;
  }
  if (node === null || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node)) {
    if (key === "explain" && typeof value === "string") found([...path, key], value);
    else collectExplains(value, [...path, key], found);
  }
}
function describeErrors(errors, subject, context, explains) {
  const parts = [];
  for (const error of errors) {
    if (WRAPPERS.has(error.keyword)) continue;
    const explain = error.parentSchema?.explain;
    const template = typeof explain === "string" ? explains.get(explain) : void 0;
    const text = template ? template((path) => path === "$value" ? error.data : lookup(path, subject, context)) : `${formatPath(pathOf(error.instancePath))}: ${error.message ?? "is invalid"}`;
    if (!parts.includes(text)) parts.push(text);
  }
  return parts.join("; ");
}
function lookup(path, subject, context) {
  if (path.startsWith("$matrix.")) return context.matrix.facts.get(path.slice("$matrix.".length))?.value;
  return readPath(subject, path);
}
function findKey(node, key, path) {
  if (node === null || typeof node !== "object") return void 0;
  for (const [k, v] of Array.isArray(node) ? node.entries() : Object.entries(node)) {
    if (k === key) return [...path, k];
    const found = findKey(v, key, [...path, k]);
    if (found) return found;
  }
  return void 0;
}
function compileAssertion(ajv, assertion, problem) {
  try {
    return ajv.compile(assertion);
  } catch (error) {
    const message = error.message;
    const keyword = /unknown keyword: "([^"]+)"/.exec(message)?.[1];
    const invalidAt = /schema is invalid: data((?:\/[^\s,/]+)+)/.exec(message)?.[1];
    const at = keyword !== void 0 ? findKey(assertion, keyword, ["assert"]) : invalidAt !== void 0 ? ["assert", ...pathOf(invalidAt)] : void 0;
    problem(at ?? ["assert"], `the assertion is not a valid JSON Schema for this engine: ${message}`, "key");
    return void 0;
  }
}

// src/rules/catalogue.ts
function loadCatalogue(options = {}) {
  const matrix2 = options.matrix ?? builtInMatrix();
  const builtInBase = options.builtInDocsBase ?? "policies/";
  const builtIn = builtInRules(builtInBase);
  const rules2 = [...builtIn.rules];
  const diagnostics = [...builtIn.diagnostics];
  if (options.organisationFolder !== void 0) {
    const folder = options.organisationFolder;
    const organisation = loadRuleFolder(
      folder,
      "organisation",
      (docs) => join4(folder, docs).replace(/\\/g, "/")
    );
    rules2.push(...organisation.rules);
    diagnostics.push(...organisation.diagnostics);
  }
  return buildCatalogue(rules2, matrix2, diagnostics);
}
var cachedBuiltInRules = /* @__PURE__ */ new Map();
function builtInRules(docsBase) {
  let loaded = cachedBuiltInRules.get(docsBase);
  if (!loaded) {
    loaded = loadBuiltInRules((docs) => `${docsBase}${docs}`);
    cachedBuiltInRules.set(docsBase, loaded);
  }
  return loaded;
}
var cachedMatrix;
function builtInMatrix() {
  cachedMatrix ??= loadBuiltInMatrix();
  return cachedMatrix;
}
function buildCatalogue(loaded, matrix2, earlier = []) {
  const diagnostics = [...earlier];
  const seen = /* @__PURE__ */ new Map();
  const unique = [];
  for (const rule of loaded) {
    const key = rule.definition.id.toLowerCase();
    const first = seen.get(key);
    if (first) {
      const at = first.definition.idAt;
      diagnostics.push({
        ...rule.definition.idAt,
        message: `rule id '${rule.definition.id}' is already used by ${at.file}:${at.line}:${at.column} (${first.definition.origin}); rule ids must be unique: give this rule another id`
      });
      continue;
    }
    if (rule.definition.origin === "organisation" && /^aksb/i.test(rule.definition.id)) {
      diagnostics.push({
        ...rule.definition.idAt,
        message: `rule id '${rule.definition.id}': ids starting with AKSB are reserved for built-in rules; use your organisation's own prefix`
      });
      continue;
    }
    seen.set(key, rule);
    unique.push(rule);
  }
  const ajv = createAjv({ checkSchemas: unique.some((rule) => rule.definition.origin !== "built-in") });
  const compiled = [];
  for (const rule of unique) {
    const builtIn = rule.definition.origin === "built-in";
    const result = compileRule(rule.definition, rule.sourceMap, ajv, matrix2, {
      lazy: builtIn,
      checkParams: !builtIn
    });
    diagnostics.push(...result.diagnostics);
    if (result.compiled) compiled.push(result.compiled);
  }
  if (diagnostics.length > 0) throw new InputError(diagnostics);
  const bySubject = /* @__PURE__ */ new Map();
  for (const rule of compiled) {
    const list = bySubject.get(rule.subject) ?? [];
    list.push(rule);
    bySubject.set(rule.subject, list);
  }
  return { rules: compiled, bySubject, byId: new Map(compiled.map((r) => [r.id, r])), matrix: matrix2 };
}

// src/rules/selector.ts
function matchesSelector(selector, scope) {
  if (!scope) return false;
  const anyOf = (list, value) => list === void 0 || value !== void 0 && list.some((item) => normaliseText(item) === normaliseText(value));
  if (!anyOf(selector.subscriptions, scope.subscriptionId)) return false;
  if (!anyOf(selector.resourceGroups, scope.resourceGroup)) return false;
  if (!anyOf(selector.locations, scope.location)) return false;
  if (!anyOf(selector.names, scope.name)) return false;
  if (selector.tags) {
    const tags = Object.entries(scope.tags ?? {});
    for (const [key, value] of Object.entries(selector.tags)) {
      if (!tags.some(([k, v]) => k.toLowerCase() === key.toLowerCase() && v === value)) return false;
    }
  }
  return true;
}

// src/rules/exemptions.ts
function isExemptionActive(exemption, now) {
  return exemption.reason.trim() !== "" && now.getTime() < exemption.expiresAt.getTime();
}
function indexExemptions(exemptions, now) {
  const index = /* @__PURE__ */ new Map();
  for (const exemption of exemptions) {
    if (!isExemptionActive(exemption, now)) continue;
    const key = exemption.rule.toLowerCase();
    const list = index.get(key) ?? [];
    list.push(exemption);
    index.set(key, list);
  }
  return index;
}
function exemptionFor(ruleId, subject, index) {
  if (subject.kind === "exemption") return void 0;
  const candidates = index.get(ruleId.toLowerCase());
  if (!candidates) return void 0;
  return candidates.find((exemption) => covers2(exemption, subject));
}
function covers2(exemption, subject) {
  if (exemption.clusters) {
    const name = subject.cluster?.toLowerCase();
    const id = subject.clusterId?.toLowerCase();
    if (!exemption.clusters.some((ref) => ref === name || ref === id)) return false;
  }
  if (exemption.selector && !matchesSelector(exemption.selector, subject.scope)) return false;
  return true;
}

// src/rules/evaluate.ts
var idSets = /* @__PURE__ */ new WeakMap();
function evaluate(catalogue, subjects, context) {
  const ctx = withRuleIds(catalogue, context);
  const exemptions = indexExemptions(context.exemptions ?? [], context.now);
  const findings = [];
  for (const subject of subjects) {
    const rules2 = catalogue.bySubject.get(subject.kind);
    if (!rules2) continue;
    for (const rule of rules2) {
      const failures = rule.run(subject, ctx);
      for (let i = 0; i < failures.length; i++) {
        findings.push(findingOf(rule, failures[i], subject, ctx, exemptions));
      }
    }
  }
  return findings;
}
function withRuleIds(catalogue, context) {
  if (context.ruleIds) return context;
  let ruleIds = idSets.get(catalogue);
  if (!ruleIds) idSets.set(catalogue, ruleIds = new Set(catalogue.rules.map((r) => r.id)));
  return { ...context, ruleIds };
}
function findingOf(rule, failure, subject, context, exemptions) {
  const finding = {
    ruleId: rule.id,
    severity: failure.severity ?? rule.severity,
    message: rule.render(failure, subject, context)
  };
  const resourceId = failure.resourceId ?? (rule.resource ? readPath(subject, rule.resource) : subject.resourceId);
  if (typeof resourceId === "string") finding.resourceId = resourceId;
  if (subject.cluster !== void 0) finding.cluster = subject.cluster;
  const where = subject.declaredAt;
  if (where) {
    finding.file = where.file;
    finding.line = where.line;
    finding.column = where.column;
  }
  const exemption = exemptionFor(rule.id, subject, exemptions);
  finding.exempted = exemption !== void 0;
  if (exemption) finding.exemption = { reason: exemption.reason, expires: exemption.expires };
  finding.docs = rule.docsLink;
  return finding;
}

// src/rules/static-subjects.ts
function staticSubjects(state) {
  return [...state.clusters.map(bindingFromDesired), ...exemptionSubjects(state)];
}
function bindingFromDesired(entry) {
  const target = entry.target.kind === "id" ? entry.target.id : void 0;
  const { policy, vault, storage, snapshotResourceGroup, backup } = entry;
  return {
    kind: "binding",
    ...target ? {
      resourceId: target.id,
      cluster: target.name,
      clusterId: target.id,
      subscriptionId: target.subscriptionId,
      scope: {
        subscriptionId: target.subscriptionId,
        resourceGroup: target.resourceGroup,
        name: target.name
      }
    } : {},
    declaredAt: entry.source,
    vault: { id: vault.id.id, subscriptionId: vault.id.subscriptionId },
    storage: {
      accountId: storage.account.id,
      container: storage.container,
      subscriptionId: storage.account.subscriptionId
    },
    policy: {
      name: policy.name,
      id: entry.policyId,
      interval: policy.schedule.every.iso,
      retention: {
        operational: policy.retention.operational.iso,
        ...policy.retention.vault ? { vault: policy.retention.vault.iso } : {}
      }
    },
    snapshotResourceGroup: {
      id: snapshotResourceGroup.id,
      subscriptionId: snapshotResourceGroup.subscriptionId
    },
    backup: {
      ...backup.includedNamespaces ? { includedNamespaces: backup.includedNamespaces } : {},
      excludedNamespaces: backup.excludedNamespaces,
      includeClusterScopeResources: backup.includeClusterScopeResources,
      snapshotVolumes: backup.snapshotVolumes,
      includedVolumeTypes: backup.includedVolumeTypes
    }
  };
}
function exemptionSubjects(state) {
  return state.exemptions.map((exemption) => ({
    kind: "exemption",
    number: exemption.index + 1,
    rule: exemption.rule,
    reason: exemption.reason,
    expires: exemption.expires,
    expiresAt: exemption.expiresAt.toISOString(),
    declaredAt: exemption.source
  }));
}

// src/estate/load-snapshot.ts
import { statSync as statSync2 } from "node:fs";

// src/estate/json-text.ts
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var LITERALS = ["true", "false", "null"];
function findJsonSyntaxError(text) {
  const stack = [];
  let expect = "value";
  let afterComma = false;
  let pos = skipWhitespace(text, 0);
  if (pos >= text.length) return { offset: pos, message: "the file holds no JSON value" };
  for (; ; ) {
    pos = skipWhitespace(text, pos);
    const ch = text[pos];
    if (ch === void 0) {
      if (stack.length === 0 && expect === "after") return void 0;
      return { offset: text.length, message: `the file ends too early: ${describeExpected(expect, stack)}` };
    }
    switch (expect) {
      case "firstValueOrClose":
      case "value": {
        if (ch === "]" && (expect === "firstValueOrClose" || afterComma)) {
          if (afterComma)
            return { offset: pos, message: "a ',' before ']' is not allowed in JSON: remove it" };
          stack.pop();
          expect = "after";
          pos++;
          break;
        }
        afterComma = false;
        if (ch === "{" || ch === "[") {
          stack.push(ch);
          expect = ch === "{" ? "firstKeyOrClose" : "firstValueOrClose";
          pos++;
          break;
        }
        const end = scanScalar(text, pos);
        if (typeof end !== "number") return end;
        pos = end;
        expect = "after";
        break;
      }
      case "firstKeyOrClose":
      case "key": {
        if (ch === "}") {
          if (afterComma)
            return { offset: pos, message: "a ',' before '}' is not allowed in JSON: remove it" };
          stack.pop();
          expect = "after";
          pos++;
          break;
        }
        afterComma = false;
        if (ch !== '"') {
          return {
            offset: pos,
            message: `expected a property name in double quotes, found ${describeChar2(ch)}`
          };
        }
        const end = scanString(text, pos);
        if (typeof end !== "number") return end;
        pos = end;
        expect = "colon";
        break;
      }
      case "colon":
        if (ch !== ":")
          return { offset: pos, message: `expected ':' after the property name, found ${describeChar2(ch)}` };
        pos++;
        expect = "value";
        break;
      case "after": {
        const open = stack.at(-1);
        if (open === void 0) {
          return { offset: pos, message: `unexpected ${describeChar2(ch)} after the end of the JSON value` };
        }
        const close = open === "{" ? "}" : "]";
        if (ch === ",") {
          expect = open === "{" ? "key" : "value";
          afterComma = true;
          pos++;
        } else if (ch === close) {
          stack.pop();
          pos++;
        } else {
          return { offset: pos, message: `expected ',' or '${close}', found ${describeChar2(ch)}` };
        }
        break;
      }
    }
  }
}
function scanScalar(text, pos) {
  const ch = text[pos] ?? "";
  if (ch === '"') return scanString(text, pos);
  if (ch === "-" || ch >= "0" && ch <= "9") {
    NUMBER.lastIndex = pos;
    const match = NUMBER.exec(text);
    if (!match) return { offset: pos, message: "a malformed number" };
    return pos + match[0].length;
  }
  for (const literal of LITERALS) {
    if (text.startsWith(literal, pos)) return pos + literal.length;
  }
  const hint = ch === "'" ? " (JSON strings use double quotes)" : "";
  return {
    offset: pos,
    message: `expected a value (string, number, object, list, true, false or null), found ${describeChar2(ch)}${hint}`
  };
}
function scanString(text, start) {
  let pos = start + 1;
  while (pos < text.length) {
    const code = text.charCodeAt(pos);
    if (code === 34) return pos + 1;
    if (code < 32) {
      return {
        offset: pos,
        message: "a string contains a raw control character (a line break?): escape it, e.g. \\n"
      };
    }
    if (code === 92) {
      const next = text[pos + 1];
      if (next === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) {
          return { offset: pos, message: "a \\u escape needs four hexadecimal digits" };
        }
        pos += 6;
        continue;
      }
      if (next === void 0 || !'"\\/bfnrt'.includes(next)) {
        return { offset: pos, message: `'\\${next ?? ""}' is not a JSON escape` };
      }
      pos += 2;
      continue;
    }
    pos++;
  }
  return { offset: start, message: "a string is not closed: a double quote is missing" };
}
function skipWhitespace(text, pos) {
  let at = pos;
  for (; ; ) {
    const code = text.charCodeAt(at);
    if (code === 32 || code === 9 || code === 10 || code === 13) at++;
    else return at;
  }
}
function describeExpected(expect, stack) {
  const open = stack.length;
  const closers = open > 0 ? ` (${open} unclosed '${stack.at(-1)}')` : "";
  switch (expect) {
    case "colon":
      return `expected ':'${closers}`;
    case "key":
    case "firstKeyOrClose":
      return `expected a property name${closers}`;
    case "after":
      return `expected ',' or '${stack.at(-1) === "{" ? "}" : "]"}'${closers}`;
    default:
      return `expected a value${closers}`;
  }
}
function describeChar2(ch) {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 32 || code === 127) return `a control character (U+${code.toString(16).padStart(4, "0")})`;
  return `'${ch}'`;
}
var JsonLocator = class {
  constructor(text) {
    this.text = text;
  }
  text;
  elementStarts = /* @__PURE__ */ new Map();
  lineCursor = { offset: 0, line: 1, lineStart: 0 };
  /** Position of the value at `path` (or of its key); the nearest enclosing value when the path ends early. */
  position(path, at = "value") {
    return this.positionOf(this.offsetOf(path, at));
  }
  /** With repeated keys JSON.parse keeps the last, so the last occurrence is the one found. */
  offsetOf(path, at = "value") {
    const text = this.text;
    let pos = skipWhitespace(text, 0);
    let keyPos = pos;
    for (const segment of path) {
      const ch = text[pos];
      if (typeof segment === "number" && ch === "[") {
        const element = this.element(pos, segment);
        if (element === void 0) return pos;
        keyPos = element;
        pos = element;
      } else if (typeof segment === "string" && ch === "{") {
        const found = findKey2(text, pos, segment);
        if (!found) return pos;
        keyPos = found.key;
        pos = found.value;
      } else {
        return pos;
      }
    }
    return at === "key" ? keyPos : pos;
  }
  /** Line and column of an offset (UTF-16 units, as JavaScript strings count). */
  positionOf(offset) {
    const text = this.text;
    const end = Math.max(0, Math.min(offset, text.length));
    let { line, lineStart } = this.lineCursor;
    if (end < this.lineCursor.offset) {
      line = 1;
      lineStart = 0;
    }
    const from = end < this.lineCursor.offset ? 0 : this.lineCursor.offset;
    for (let at = text.indexOf("\n", from); at !== -1 && at < end; at = text.indexOf("\n", at + 1)) {
      line++;
      lineStart = at + 1;
    }
    this.lineCursor = { offset: end, line, lineStart };
    return { line, column: [...text.slice(lineStart, end)].length + 1 };
  }
  element(arrayStart, index) {
    const text = this.text;
    let starts = this.elementStarts.get(arrayStart);
    if (!starts) {
      starts = [];
      const first = skipWhitespace(text, arrayStart + 1);
      if (text[first] !== "]") starts.push(first);
      this.elementStarts.set(arrayStart, starts);
    }
    while (starts.length <= index) {
      const last = starts.at(-1);
      if (last === void 0) return void 0;
      const after = skipWhitespace(text, skipValue(text, last));
      if (text[after] !== ",") return void 0;
      starts.push(skipWhitespace(text, after + 1));
    }
    return starts[index];
  }
};
function positionAt(text, offset) {
  return new JsonLocator(text).positionOf(offset);
}
function findKey2(text, objectStart, wanted) {
  let found;
  let cursor = skipWhitespace(text, objectStart + 1);
  while (text[cursor] === '"') {
    const keyEnd = scanString(text, cursor);
    if (typeof keyEnd !== "number") return found;
    const key = JSON.parse(text.slice(cursor, keyEnd));
    let valueStart = skipWhitespace(text, keyEnd);
    if (text[valueStart] !== ":") return found;
    valueStart = skipWhitespace(text, valueStart + 1);
    if (key === wanted) found = { key: cursor, value: valueStart };
    cursor = skipWhitespace(text, skipValue(text, valueStart));
    if (text[cursor] !== ",") break;
    cursor = skipWhitespace(text, cursor + 1);
  }
  return found;
}
function skipValue(text, pos) {
  let depth = 0;
  let at = pos;
  while (at < text.length) {
    const ch = text[at];
    if (ch === '"') {
      const end = scanString(text, at);
      at = typeof end === "number" ? end : text.length;
    } else if (ch === "{" || ch === "[") {
      depth++;
      at++;
    } else if (ch === "}" || ch === "]") {
      if (depth === 0) return at;
      depth--;
      at++;
    } else if (depth === 0 && (ch === "," || ch === " " || ch === "\n" || ch === "\r" || ch === "	")) {
      return at;
    } else {
      at++;
    }
    if (depth === 0 && (ch === '"' || ch === "}" || ch === "]")) return at;
  }
  return at;
}

// src/estate/nesting.ts
var MAX_NESTING = 64;
function findTooDeep(root, limit = MAX_NESTING) {
  return exceeds(root, limit, 1) ? pathTooDeep(root, limit) : void 0;
}
function exceeds(value, limit, depth) {
  if (value === null || typeof value !== "object") return false;
  if (depth > limit) return true;
  if (Array.isArray(value)) {
    for (const item of value) if (exceeds(item, limit, depth + 1)) return true;
  } else {
    for (const key in value) {
      if (exceeds(value[key], limit, depth + 1)) return true;
    }
  }
  return false;
}
function pathTooDeep(root, limit) {
  const stack = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop();
    if (value === null || typeof value !== "object") continue;
    if (path.length >= limit) return path;
    const entries = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
    for (const [key, child] of entries) stack.push({ value: child, path: [...path, key] });
  }
  return void 0;
}

// src/estate/read-in-pieces.ts
import { closeSync, openSync, readSync } from "node:fs";
import { isUtf8 } from "node:buffer";
function readSnapshotInPieces(file, {
  consume,
  chunkBytes = DEFAULT_CHUNK_BYTES,
  counts: counts2
} = {}) {
  let fd;
  try {
    fd = openSync(file, "r");
  } catch {
    return void 0;
  }
  try {
    const collected = [];
    const scanner = new TopLevelScanner(
      counts2 ?? { whole: 0, scanned: 0, missedSearches: 0 },
      consume ?? ((element) => {
        collected.push(element);
        return true;
      })
    );
    const chunk = Buffer.allocUnsafe(chunkBytes);
    for (; ; ) {
      const read = readSync(fd, chunk, 0, chunkBytes, null);
      if (read === 0) break;
      if (!scanner.feed(chunk.subarray(0, read))) return void 0;
    }
    const envelope = scanner.finish();
    if (envelope !== void 0) envelope.resources = collected;
    return envelope;
  } catch {
    return void 0;
  } finally {
    closeSync(fd);
  }
}
var DEFAULT_CHUNK_BYTES = 4 * 1024 * 1024;
var QUOTE = 34;
var BACKSLASH = 92;
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
var OPEN_BRACKET = 91;
var CLOSE_BRACKET = 93;
var COMMA = 44;
var COLON = 58;
var NEWLINE = 10;
var MAX_INDENT = 64;
var MAX_WHOLE_MISSES = 8;
function oddBackslashesBefore(chunk, end, from) {
  let run = 0;
  for (let at = end - 1; at >= from && chunk[at] === BACKSLASH; at--) run++;
  return run % 2 === 1;
}
function isSpace(byte) {
  return byte === 32 || byte === 10 || byte === 13 || byte === 9;
}
var TopLevelScanner = class {
  constructor(counts2, consume) {
    this.counts = counts2;
    this.consume = consume;
  }
  counts;
  consume;
  depth = 0;
  inString = false;
  escaped = false;
  /** The last string closed at depth 1 (a key, when a `:` follows). */
  lastKeyStart = -1;
  lastKey = [];
  lastKeyText;
  sawColonAfterKey = false;
  inResources = false;
  resourcesSeen = false;
  envelope = [];
  elementCount = 0;
  /** The current element's bytes from earlier chunks. */
  pending = [];
  elementStarted = false;
  /** An element was taken whole by its closing line: a `,` or the list's `]` must come next. */
  separatorDue = false;
  started = false;
  /** `\n` + an element's indentation + `}`, by indentation. */
  closingLines = /* @__PURE__ */ new Map();
  /** Elements in a row that could not be taken by their closing line. */
  wholeMisses = 0;
  feed(chunk) {
    let envelopeFrom = this.inResources ? -1 : 0;
    let elementFrom = this.inResources && this.elementStarted ? 0 : -1;
    const length = chunk.length;
    let index = 0;
    while (index < length) {
      const byte = chunk[index];
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false;
          index++;
          continue;
        }
        const quote = chunk.indexOf(QUOTE, index);
        if (quote === -1) {
          this.escaped = oddBackslashesBefore(chunk, length, index);
          index = length;
          break;
        }
        if (oddBackslashesBefore(chunk, quote, index)) {
          index = quote + 1;
          continue;
        }
        this.inString = false;
        if (this.depth === 1) this.closeKey(chunk, quote);
        index = quote + 1;
        continue;
      }
      if (!this.started) {
        if (isSpace(byte)) {
          index++;
          continue;
        }
        if (byte !== OPEN_BRACE) return false;
        this.started = true;
      }
      if (this.inResources && this.depth === 2 && !this.elementStarted && !isSpace(byte)) {
        if (this.separatorDue) {
          this.separatorDue = false;
          if (byte === COMMA) {
            index++;
            continue;
          }
          if (byte !== CLOSE_BRACKET) return false;
        } else if (byte === CLOSE_BRACKET) {
          if (this.elementCount > 0) return false;
        } else {
          if (byte === COMMA) return false;
          if (byte === OPEN_BRACE) {
            const after = this.takeWhole(chunk, index);
            if (after === false) return false;
            if (after > index) {
              this.separatorDue = true;
              index = after;
              continue;
            }
          }
          this.elementStarted = true;
          elementFrom = index;
        }
      }
      switch (byte) {
        case QUOTE:
          this.inString = true;
          if (this.depth === 1) {
            this.lastKeyStart = index + 1;
            this.lastKey = [];
            this.lastKeyText = void 0;
            this.sawColonAfterKey = false;
          }
          break;
        case COLON:
          if (this.depth === 1) this.sawColonAfterKey = this.lastKeyText !== void 0;
          break;
        case OPEN_BRACE:
        case OPEN_BRACKET:
          this.depth++;
          if (byte === OPEN_BRACKET && this.depth === 2 && this.sawColonAfterKey && this.lastKeyText === "resources") {
            if (this.resourcesSeen) return false;
            this.resourcesSeen = true;
            this.inResources = true;
            this.envelope.push(Buffer.from(chunk.subarray(envelopeFrom, index + 1)));
            envelopeFrom = -1;
          }
          break;
        case CLOSE_BRACE:
        case CLOSE_BRACKET:
          if (this.inResources && this.depth === 2) {
            if (byte !== CLOSE_BRACKET) return false;
            if (this.elementStarted && !this.endElement(chunk, elementFrom, index)) return false;
            elementFrom = -1;
            this.inResources = false;
            envelopeFrom = index;
          }
          this.depth--;
          if (this.depth < 0) return false;
          break;
        case COMMA:
          if (this.inResources && this.depth === 2) {
            if (!this.elementStarted || !this.endElement(chunk, elementFrom, index)) return false;
            elementFrom = -1;
          }
          break;
        default:
      }
      if (this.depth === 1 && !isSpace(byte) && byte !== QUOTE && byte !== COLON)
        this.sawColonAfterKey = false;
      index++;
    }
    if (this.inString && this.depth === 1 && this.lastKeyStart >= 0) {
      this.lastKey.push(Buffer.from(chunk.subarray(this.lastKeyStart)));
      this.lastKeyStart = 0;
    }
    if (envelopeFrom >= 0) this.envelope.push(Buffer.from(chunk.subarray(envelopeFrom)));
    if (elementFrom >= 0) this.pending.push(Buffer.from(chunk.subarray(elementFrom)));
    return true;
  }
  finish() {
    if (!this.started || this.depth !== 0 || this.inString || !this.resourcesSeen) return void 0;
    const bytes = Buffer.concat(this.envelope);
    if (!isUtf8(bytes)) return void 0;
    const value = JSON.parse(bytes.toString("utf8"));
    if (value === null || typeof value !== "object" || Array.isArray(value)) return void 0;
    const record = value;
    if (!Array.isArray(record.resources) || record.resources.length !== 0) return void 0;
    return record;
  }
  closeKey(chunk, end) {
    const parts = this.lastKeyStart >= 0 ? [...this.lastKey, chunk.subarray(this.lastKeyStart, end)] : [];
    this.lastKeyStart = -1;
    this.lastKey = [];
    const size = parts.reduce((sum, part) => sum + part.length, 0);
    this.lastKeyText = size <= 32 ? Buffer.concat(parts).toString("latin1") : "";
  }
  /**
   * An element that starts with `{` at `start`, found by its closing line instead of byte by byte: in a
   * pretty-printed file (what export writes) each element ends with a line holding only its own
   * indentation and `}`. Where that line is in this chunk, the text up to it is parsed; a raw newline
   * cannot stand inside a JSON string, and a text that stops at an inner `}` does not parse, so only the
   * whole element parses. Returns the index after the element once taken, `start` when the element is
   * left to the byte scan (no closing line in this chunk, or the text up to it does not parse: another
   * layout), and false when the element is taken and refused, as the byte scan would refuse it. Scanning
   * byte by byte in JavaScript was the larger part of reading a 220 MB snapshot (about 0.7 of 1.8 s).
   */
  takeWhole(chunk, start) {
    if (this.wholeMisses >= MAX_WHOLE_MISSES) return start;
    const closing = this.closingLineOf(chunk, start);
    const at = closing === void 0 ? -1 : chunk.indexOf(closing, start + 1);
    if (closing === void 0 || at === -1) {
      this.wholeMisses++;
      this.counts.missedSearches++;
      return start;
    }
    const end = at + closing.length;
    const bytes = chunk.subarray(start, end);
    if (!isUtf8(bytes)) return false;
    let value;
    try {
      value = JSON.parse(bytes.toString("utf8"));
    } catch {
      this.wholeMisses++;
      this.counts.missedSearches++;
      return start;
    }
    this.wholeMisses = 0;
    this.elementCount++;
    this.counts.whole++;
    return this.consume(value) ? end : false;
  }
  /** `\n` + the indentation of the line `start` is on + `}`; undefined if text comes before `start`. */
  closingLineOf(chunk, start) {
    const lineStart = chunk.lastIndexOf(NEWLINE, start) + 1;
    if (lineStart === 0 || start - lineStart > MAX_INDENT) return void 0;
    const indent = chunk.subarray(lineStart, start);
    if (!indent.every((byte) => byte === 32 || byte === 9)) return void 0;
    const key = indent.toString("latin1");
    let closing = this.closingLines.get(key);
    if (!closing) {
      closing = Buffer.concat([Buffer.of(NEWLINE), indent, Buffer.of(CLOSE_BRACE)]);
      this.closingLines.set(key, closing);
    }
    return closing;
  }
  endElement(chunk, from, to) {
    const tail = chunk.subarray(Math.max(from, 0), to);
    const bytes = this.pending.length === 0 ? tail : Buffer.concat([...this.pending, tail]);
    this.pending = [];
    this.elementStarted = false;
    if (!isUtf8(bytes)) return false;
    this.elementCount++;
    this.counts.scanned++;
    return this.consume(JSON.parse(bytes.toString("utf8")));
  }
};

// src/generated/arm-resource-validator.js
var arm_resource_validator_default = validate212;
var schema322 = { "type": "object", "description": "One ARM resource document. Fields beyond these are open: they are passed through untouched.", "required": ["id", "type"], "properties": { "id": { "type": "string", "pattern": "^/?[^\\s/][^\\s]*$", "description": "The ARM resource id, e.g. /subscriptions/<guid>/resourceGroups/<rg>/providers/Microsoft.ContainerService/managedClusters/<name>. Compared case-insensitively; no whitespace." }, "type": { "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+(/[A-Za-z0-9_-]+)+$", "description": "The ARM resource type, e.g. Microsoft.ContainerService/managedClusters. Compared case-insensitively (Resource Graph lower-cases it)." }, "name": { "type": "string" }, "location": { "type": "string" }, "tags": { "type": ["object", "null"], "additionalProperties": { "type": ["string", "null"] }, "description": "ARM tags: names to string values." }, "identity": { "type": ["object", "null"] }, "properties": { "type": ["object", "null"] } } };
var pattern53 = new RegExp("^/?[^\\s/][^\\s]*$", "u");
var pattern62 = new RegExp("^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+(/[A-Za-z0-9_-]+)+$", "u");
function validate212(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate212.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema322.required, parentSchema: schema322, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema322.required, parentSchema: schema322, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern53.test(data0)) {
          const err2 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^/?[^\\s/][^\\s]*$" }, message: 'must match pattern "^/?[^\\s/][^\\s]*$"', schema: "^/?[^\\s/][^\\s]*$", parentSchema: schema322.properties.id, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema322.properties.id.type, parentSchema: schema322.properties.id, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (typeof data1 === "string") {
        if (!pattern62.test(data1)) {
          const err4 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+(/[A-Za-z0-9_-]+)+$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+(/[A-Za-z0-9_-]+)+$"', schema: "^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+(/[A-Za-z0-9_-]+)+$", parentSchema: schema322.properties.type, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema322.properties.type.type, parentSchema: schema322.properties.type, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data2 = data.name;
      if (typeof data2 !== "string") {
        const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema322.properties.name.type, parentSchema: schema322.properties.name, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.location !== void 0) {
      let data3 = data.location;
      if (typeof data3 !== "string") {
        const err7 = { instancePath: instancePath + "/location", schemaPath: "#/properties/location/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema322.properties.location.type, parentSchema: schema322.properties.location, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data4 = data.tags;
      if (!(data4 && typeof data4 == "object" && !Array.isArray(data4)) && data4 !== null) {
        const err8 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: schema322.properties.tags.type }, message: "must be object,null", schema: schema322.properties.tags.type, parentSchema: schema322.properties.tags, data: data4 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key0 in data4) {
          let data5 = data4[key0];
          if (typeof data5 !== "string" && data5 !== null) {
            const err9 = { instancePath: instancePath + "/tags/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tags/additionalProperties/type", keyword: "type", params: { type: schema322.properties.tags.additionalProperties.type }, message: "must be string,null", schema: schema322.properties.tags.additionalProperties.type, parentSchema: schema322.properties.tags.additionalProperties, data: data5 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      }
    }
    if (data.identity !== void 0) {
      let data6 = data.identity;
      if (!(data6 && typeof data6 == "object" && !Array.isArray(data6)) && data6 !== null) {
        const err10 = { instancePath: instancePath + "/identity", schemaPath: "#/properties/identity/type", keyword: "type", params: { type: schema322.properties.identity.type }, message: "must be object,null", schema: schema322.properties.identity.type, parentSchema: schema322.properties.identity, data: data6 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.properties !== void 0) {
      let data7 = data.properties;
      if (!(data7 && typeof data7 == "object" && !Array.isArray(data7)) && data7 !== null) {
        const err11 = { instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: schema322.properties.properties.type }, message: "must be object,null", schema: schema322.properties.properties.type, parentSchema: schema322.properties.properties, data: data7 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema322.type, parentSchema: schema322, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate212.errors = vErrors;
  return errors === 0;
}
validate212.evaluated = { "props": { "id": true, "type": true, "name": true, "location": true, "tags": true, "identity": true, "properties": true }, "dynamicProps": false, "dynamicItems": false };

// src/generated/estate-validator.js
var import_ucs2length3 = __toESM(require_ucs2length(), 1);
var estate_validator_default = validate203;
var schema313 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/aks-backup-guard/aks-backup-guard/schema/estate.schema.json", "title": "AKS Backup Guard estate snapshot", "description": "The actual Azure state the tool reads: written by `export --output FILE`, read by `--estate FILE`, served by the test emulator. Version 1. Resources are ARM documents exactly as ARM GET (or a Resource Graph row in the same shape) returns them; only `id` and `type` are required, because ARM documents vary by type and api-version. `export` writes resources sorted by lower-cased id and keys sorted at every level, so a snapshot round-trips byte for byte.", "type": "object", "additionalProperties": false, "required": ["schemaVersion", "capturedAt", "resources", "providers"], "properties": { "$schema": { "type": "string", "description": "Editor hint; ignored by the tool and not written back by export." }, "schemaVersion": { "const": 1, "description": "Format version of this file. A tool refuses versions it does not know rather than guessing." }, "capturedAt": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", "description": "An RFC 3339 date-time with a zone, e.g. 2026-11-20T06:00:00Z: the instant the estate was read. Ages (of recovery points, jobs) are measured from it when the estate comes from a file." }, "resources": { "type": "array", "description": "ARM resource documents: managed clusters, backup vaults, backup policies, backup instances, recovery points, backup jobs, cluster extensions, trusted-access role bindings, role assignments, storage accounts. Documents of other types are kept and ignored.", "items": { "$ref": "#/$defs/armResource" } }, "providers": { "type": "object", "description": 'Resource provider registration per subscription: { "<subscription id>": { "Microsoft.DataProtection": "Registered" } }. Resource Graph does not hold it; ARM GET /subscriptions/{s}/providers/{namespace} does.', "propertyNames": { "$ref": "#/$defs/subscriptionId" }, "additionalProperties": { "type": "object", "propertyNames": { "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+$", "description": "A resource provider namespace such as Microsoft.DataProtection." }, "additionalProperties": { "type": "string", "minLength": 1, "description": "registrationState as ARM reports it: Registered, NotRegistered, Registering, Unregistering. Open: other values are kept." } } }, "kubernetesVersions": { "type": "object", "description": 'Optional. The Kubernetes versions AKS supports, per region of the estate\'s clusters: ARM\'s answer to GET /subscriptions/{s}/providers/Microsoft.ContainerService/locations/{location}/kubernetesVersions (operation ManagedClusters_ListKubernetesVersions of the AKS spec). Either the 200 body verbatim ({"values": [KubernetesVersion\u2026]}; note `values`, not `value`) or, when ARM refused (403 without permission, 409 when the provider is not registered), {"status": 403, "error": {"code", "message"}}: the versions are then known to be unknown. Rule AKSB002 compares each cluster\'s version with its region\'s list. Absent from snapshots written before it was read.', "propertyNames": { "type": "string", "pattern": "^[a-z0-9]+$", "description": "An ARM location name, lower-case without spaces: westeurope." }, "additionalProperties": { "oneOf": [{ "type": "object", "required": ["values"], "properties": { "values": { "type": "array", "items": { "type": "object" }, "description": "KubernetesVersion documents: version (major.minor), isPreview, isDefault, capabilities.supportPlan, patchVersions." } } }, { "type": "object", "additionalProperties": false, "required": ["status", "error"], "properties": { "status": { "type": "integer", "minimum": 400, "maximum": 599, "description": "The HTTP status ARM answered." }, "error": { "type": "object", "properties": { "code": { "type": "string" }, "message": { "type": "string" } }, "description": "The CloudError's error: its code and message." } } }] } }, "unreadRecoveryPoints": { "type": "array", "description": "Optional. Backup instances whose recovery points the reader left out on purpose (plan reads them only where no recent successful backup job already shows the latest one is fresh): their latest recovery point is unknown, not absent. Absent when every instance's recovery points were read, as in every export.", "items": { "type": "string", "pattern": "^/?[^\\s/][^\\s]*$" } }, "vaultCounts": { "type": "object", "description": "Optional. Backup policies and backup instances per Backup vault, of every workload (AKS, blobs, disks, databases\u2026), keyed by the lower-cased vault id: a live read counts them with one Resource Graph summarize query, while `resources` holds only the AKS ones. Rule AKSB016 (5,000 of each per vault) takes the larger of these counts and the documents in `resources`. Absent from snapshots written before it was read; then the documents are all the counts there are.", "propertyNames": { "pattern": "^/?[^\\s/A-Z][^\\sA-Z]*$" }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["policies", "instances"], "properties": { "policies": { "type": "integer", "minimum": 0, "description": "Backup policies in the vault." }, "instances": { "type": "integer", "minimum": 0, "description": "Backup instances in the vault." } } } } }, "$defs": { "subscriptionId": { "type": "string", "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "description": "A subscription id (a GUID)." }, "armResource": { "type": "object", "description": "One ARM resource document. Fields beyond these are open: they are passed through untouched.", "required": ["id", "type"], "properties": { "id": { "type": "string", "pattern": "^/?[^\\s/][^\\s]*$", "description": "The ARM resource id, e.g. /subscriptions/<guid>/resourceGroups/<rg>/providers/Microsoft.ContainerService/managedClusters/<name>. Compared case-insensitively; no whitespace." }, "type": { "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+(/[A-Za-z0-9_-]+)+$", "description": "The ARM resource type, e.g. Microsoft.ContainerService/managedClusters. Compared case-insensitively (Resource Graph lower-cases it)." }, "name": { "type": "string" }, "location": { "type": "string" }, "tags": { "type": ["object", "null"], "additionalProperties": { "type": ["string", "null"] }, "description": "ARM tags: names to string values." }, "identity": { "type": ["object", "null"] }, "properties": { "type": ["object", "null"] } } } } };
var schema323 = { "type": "object", "description": "One ARM resource document. Fields beyond these are open: they are passed through untouched.", "required": ["id", "type"], "properties": { "id": { "type": "string", "pattern": "^/?[^\\s/][^\\s]*$", "description": "The ARM resource id, e.g. /subscriptions/<guid>/resourceGroups/<rg>/providers/Microsoft.ContainerService/managedClusters/<name>. Compared case-insensitively; no whitespace." }, "type": { "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+(/[A-Za-z0-9_-]+)+$", "description": "The ARM resource type, e.g. Microsoft.ContainerService/managedClusters. Compared case-insensitively (Resource Graph lower-cases it)." }, "name": { "type": "string" }, "location": { "type": "string" }, "tags": { "type": ["object", "null"], "additionalProperties": { "type": ["string", "null"] }, "description": "ARM tags: names to string values." }, "identity": { "type": ["object", "null"] }, "properties": { "type": ["object", "null"] } } };
var schema332 = { "type": "string", "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "description": "A subscription id (a GUID)." };
var pattern44 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", "u");
var pattern54 = new RegExp("^/?[^\\s/][^\\s]*$", "u");
var pattern63 = new RegExp("^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+(/[A-Za-z0-9_-]+)+$", "u");
var pattern72 = new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "u");
var pattern83 = new RegExp("^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+$", "u");
var pattern93 = new RegExp("^[a-z0-9]+$", "u");
var pattern112 = new RegExp("^/?[^\\s/A-Z][^\\sA-Z]*$", "u");
var func13 = import_ucs2length3.default.default;
function validate203(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate203.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'", schema: schema313.required, parentSchema: schema313, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.capturedAt === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "capturedAt" }, message: "must have required property 'capturedAt'", schema: schema313.required, parentSchema: schema313, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.resources === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resources" }, message: "must have required property 'resources'", schema: schema313.required, parentSchema: schema313, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.providers === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "providers" }, message: "must have required property 'providers'", schema: schema313.required, parentSchema: schema313, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "schemaVersion" || key0 === "capturedAt" || key0 === "resources" || key0 === "providers" || key0 === "kubernetesVersions" || key0 === "unreadRecoveryPoints" || key0 === "vaultCounts")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema313, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema313.properties.$schema.type, parentSchema: schema313.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.schemaVersion !== void 0) {
      let data1 = data.schemaVersion;
      if (1 !== data1) {
        const err6 = { instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema313.properties.schemaVersion, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.capturedAt !== void 0) {
      let data2 = data.capturedAt;
      if (typeof data2 === "string") {
        if (!pattern44.test(data2)) {
          const err7 = { instancePath: instancePath + "/capturedAt", schemaPath: "#/properties/capturedAt/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", parentSchema: schema313.properties.capturedAt, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/capturedAt", schemaPath: "#/properties/capturedAt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema313.properties.capturedAt.type, parentSchema: schema313.properties.capturedAt, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.resources !== void 0) {
      let data3 = data.resources;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.id === void 0) {
              const err9 = { instancePath: instancePath + "/resources/" + i0, schemaPath: "#/$defs/armResource/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema323.required, parentSchema: schema323, data: data4 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data4.type === void 0) {
              const err10 = { instancePath: instancePath + "/resources/" + i0, schemaPath: "#/$defs/armResource/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema323.required, parentSchema: schema323, data: data4 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data4.id !== void 0) {
              let data5 = data4.id;
              if (typeof data5 === "string") {
                if (!pattern54.test(data5)) {
                  const err11 = { instancePath: instancePath + "/resources/" + i0 + "/id", schemaPath: "#/$defs/armResource/properties/id/pattern", keyword: "pattern", params: { pattern: "^/?[^\\s/][^\\s]*$" }, message: 'must match pattern "^/?[^\\s/][^\\s]*$"', schema: "^/?[^\\s/][^\\s]*$", parentSchema: schema323.properties.id, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = { instancePath: instancePath + "/resources/" + i0 + "/id", schemaPath: "#/$defs/armResource/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema323.properties.id.type, parentSchema: schema323.properties.id, data: data5 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data4.type !== void 0) {
              let data6 = data4.type;
              if (typeof data6 === "string") {
                if (!pattern63.test(data6)) {
                  const err13 = { instancePath: instancePath + "/resources/" + i0 + "/type", schemaPath: "#/$defs/armResource/properties/type/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+(/[A-Za-z0-9_-]+)+$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+(/[A-Za-z0-9_-]+)+$"', schema: "^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+(/[A-Za-z0-9_-]+)+$", parentSchema: schema323.properties.type, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              } else {
                const err14 = { instancePath: instancePath + "/resources/" + i0 + "/type", schemaPath: "#/$defs/armResource/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema323.properties.type.type, parentSchema: schema323.properties.type, data: data6 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data4.name !== void 0) {
              let data7 = data4.name;
              if (typeof data7 !== "string") {
                const err15 = { instancePath: instancePath + "/resources/" + i0 + "/name", schemaPath: "#/$defs/armResource/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema323.properties.name.type, parentSchema: schema323.properties.name, data: data7 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data4.location !== void 0) {
              let data8 = data4.location;
              if (typeof data8 !== "string") {
                const err16 = { instancePath: instancePath + "/resources/" + i0 + "/location", schemaPath: "#/$defs/armResource/properties/location/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema323.properties.location.type, parentSchema: schema323.properties.location, data: data8 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data4.tags !== void 0) {
              let data9 = data4.tags;
              if (!(data9 && typeof data9 == "object" && !Array.isArray(data9)) && data9 !== null) {
                const err17 = { instancePath: instancePath + "/resources/" + i0 + "/tags", schemaPath: "#/$defs/armResource/properties/tags/type", keyword: "type", params: { type: schema323.properties.tags.type }, message: "must be object,null", schema: schema323.properties.tags.type, parentSchema: schema323.properties.tags, data: data9 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                for (const key1 in data9) {
                  let data10 = data9[key1];
                  if (typeof data10 !== "string" && data10 !== null) {
                    const err18 = { instancePath: instancePath + "/resources/" + i0 + "/tags/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/armResource/properties/tags/additionalProperties/type", keyword: "type", params: { type: schema323.properties.tags.additionalProperties.type }, message: "must be string,null", schema: schema323.properties.tags.additionalProperties.type, parentSchema: schema323.properties.tags.additionalProperties, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                }
              }
            }
            if (data4.identity !== void 0) {
              let data11 = data4.identity;
              if (!(data11 && typeof data11 == "object" && !Array.isArray(data11)) && data11 !== null) {
                const err19 = { instancePath: instancePath + "/resources/" + i0 + "/identity", schemaPath: "#/$defs/armResource/properties/identity/type", keyword: "type", params: { type: schema323.properties.identity.type }, message: "must be object,null", schema: schema323.properties.identity.type, parentSchema: schema323.properties.identity, data: data11 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data4.properties !== void 0) {
              let data12 = data4.properties;
              if (!(data12 && typeof data12 == "object" && !Array.isArray(data12)) && data12 !== null) {
                const err20 = { instancePath: instancePath + "/resources/" + i0 + "/properties", schemaPath: "#/$defs/armResource/properties/properties/type", keyword: "type", params: { type: schema323.properties.properties.type }, message: "must be object,null", schema: schema323.properties.properties.type, parentSchema: schema323.properties.properties, data: data12 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/resources/" + i0, schemaPath: "#/$defs/armResource/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema323.type, parentSchema: schema323, data: data4 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema313.properties.resources.type, parentSchema: schema313.properties.resources, data: data3 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.providers !== void 0) {
      let data13 = data.providers;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key2 in data13) {
          const _errs31 = errors;
          if (typeof key2 === "string") {
            if (!pattern72.test(key2)) {
              const err23 = { instancePath: instancePath + "/providers", schemaPath: "#/$defs/subscriptionId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$" }, message: 'must match pattern "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"', schema: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", parentSchema: schema332, data: key2, propertyName: key2 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/providers", schemaPath: "#/$defs/subscriptionId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: key2, propertyName: key2 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          var valid6 = _errs31 === errors;
          if (!valid6) {
            const err25 = { instancePath: instancePath + "/providers", schemaPath: "#/properties/providers/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema313.properties.providers.propertyNames, parentSchema: schema313.properties.providers, data: data13 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        for (const key3 in data13) {
          let data14 = data13[key3];
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            for (const key4 in data14) {
              const _errs37 = errors;
              if (typeof key4 === "string") {
                if (!pattern83.test(key4)) {
                  const err26 = { instancePath: instancePath + "/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/providers/additionalProperties/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+$"', schema: "^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+$", parentSchema: schema313.properties.providers.additionalProperties.propertyNames, data: key4, propertyName: key4 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              } else {
                const err27 = { instancePath: instancePath + "/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/providers/additionalProperties/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema313.properties.providers.additionalProperties.propertyNames.type, parentSchema: schema313.properties.providers.additionalProperties.propertyNames, data: key4, propertyName: key4 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
              var valid9 = _errs37 === errors;
              if (!valid9) {
                const err28 = { instancePath: instancePath + "/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/providers/additionalProperties/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid", schema: schema313.properties.providers.additionalProperties.propertyNames, parentSchema: schema313.properties.providers.additionalProperties, data: data14 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            for (const key5 in data14) {
              let data15 = data14[key5];
              if (typeof data15 === "string") {
                if (func13(data15) < 1) {
                  const err29 = { instancePath: instancePath + "/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/providers/additionalProperties/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema313.properties.providers.additionalProperties.additionalProperties, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              } else {
                const err30 = { instancePath: instancePath + "/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/providers/additionalProperties/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema313.properties.providers.additionalProperties.additionalProperties.type, parentSchema: schema313.properties.providers.additionalProperties.additionalProperties, data: data15 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/providers/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema313.properties.providers.additionalProperties.type, parentSchema: schema313.properties.providers.additionalProperties, data: data14 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/providers", schemaPath: "#/properties/providers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema313.properties.providers.type, parentSchema: schema313.properties.providers, data: data13 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.kubernetesVersions !== void 0) {
      let data16 = data.kubernetesVersions;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        for (const key6 in data16) {
          const _errs44 = errors;
          if (typeof key6 === "string") {
            if (!pattern93.test(key6)) {
              const err33 = { instancePath: instancePath + "/kubernetesVersions", schemaPath: "#/properties/kubernetesVersions/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+$" }, message: 'must match pattern "^[a-z0-9]+$"', schema: "^[a-z0-9]+$", parentSchema: schema313.properties.kubernetesVersions.propertyNames, data: key6, propertyName: key6 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/kubernetesVersions", schemaPath: "#/properties/kubernetesVersions/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema313.properties.kubernetesVersions.propertyNames.type, parentSchema: schema313.properties.kubernetesVersions.propertyNames, data: key6, propertyName: key6 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
          var valid11 = _errs44 === errors;
          if (!valid11) {
            const err35 = { instancePath: instancePath + "/kubernetesVersions", schemaPath: "#/properties/kubernetesVersions/propertyNames", keyword: "propertyNames", params: { propertyName: key6 }, message: "property name must be valid", schema: schema313.properties.kubernetesVersions.propertyNames, parentSchema: schema313.properties.kubernetesVersions, data: data16 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        for (const key7 in data16) {
          let data17 = data16[key7];
          const _errs48 = errors;
          let valid13 = false;
          let passing0 = null;
          const _errs49 = errors;
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            if (data17.values === void 0) {
              const err36 = { instancePath: instancePath + "/kubernetesVersions/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/kubernetesVersions/additionalProperties/oneOf/0/required", keyword: "required", params: { missingProperty: "values" }, message: "must have required property 'values'", schema: schema313.properties.kubernetesVersions.additionalProperties.oneOf[0].required, parentSchema: schema313.properties.kubernetesVersions.additionalProperties.oneOf[0], data: data17 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (data17.values !== void 0) {
              let data18 = data17.values;
              if (Array.isArray(data18)) {
                const len1 = data18.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data19 = data18[i1];
                  if (!(data19 && typeof data19 == "object" && !Array.isArray(data19))) {
                    const err37 = { instancePath: instancePath + "/kubernetesVersions/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/values/" + i1, schemaPath: "#/properties/kubernetesVersions/additionalProperties/oneOf/0/properties/values/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema313.properties.kubernetesVersions.additionalProperties.oneOf[0].properties.values.items.type, parentSchema: schema313.properties.kubernetesVersions.additionalProperties.oneOf[0].properties.values.items, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
              } else {
                const err38 = { instancePath: instancePath + "/kubernetesVersions/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/values", schemaPath: "#/properties/kubernetesVersions/additionalProperties/oneOf/0/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema313.properties.kubernetesVersions.additionalProperties.oneOf[0].properties.values.type, parentSchema: schema313.properties.kubernetesVersions.additionalProperties.oneOf[0].properties.values, data: data18 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/kubernetesVersions/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/kubernetesVersions/additionalProperties/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema313.properties.kubernetesVersions.additionalProperties.oneOf[0].type, parentSchema: schema313.properties.kubernetesVersions.additionalProperties.oneOf[0], data: data17 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          var _valid0 = _errs49 === errors;
          if (_valid0) {
            valid13 = true;
            passing0 = 0;
            var props0 = {};
            props0.values = true;
          }
          const _errs55 = errors;
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            if (data17.status === void 0) {
              const err40 = { instancePath: instancePath + "/kubernetesVersions/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/kubernetesVersions/additionalProperties/oneOf/1/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema313.properties.kubernetesVersions.additionalProperties.oneOf[1].required, parentSchema: schema313.properties.kubernetesVersions.additionalProperties.oneOf[1], data: data17 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data17.error === void 0) {
              const err41 = { instancePath: instancePath + "/kubernetesVersions/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/kubernetesVersions/additionalProperties/oneOf/1/required", keyword: "required", params: { missingProperty: "error" }, message: "must have required property 'error'", schema: schema313.properties.kubernetesVersions.additionalProperties.oneOf[1].required, parentSchema: schema313.properties.kubernetesVersions.additionalProperties.oneOf[1], data: data17 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            for (const key8 in data17) {
              if (!(key8 === "status" || key8 === "error")) {
                const err42 = { instancePath: instancePath + "/kubernetesVersions/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/kubernetesVersions/additionalProperties/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema313.properties.kubernetesVersions.additionalProperties.oneOf[1], data: data17 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data17.status !== void 0) {
              let data20 = data17.status;
              if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
                const err43 = { instancePath: instancePath + "/kubernetesVersions/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/status", schemaPath: "#/properties/kubernetesVersions/additionalProperties/oneOf/1/properties/status/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema313.properties.kubernetesVersions.additionalProperties.oneOf[1].properties.status.type, parentSchema: schema313.properties.kubernetesVersions.additionalProperties.oneOf[1].properties.status, data: data20 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
              if (typeof data20 == "number" && isFinite(data20)) {
                if (data20 > 599 || isNaN(data20)) {
                  const err44 = { instancePath: instancePath + "/kubernetesVersions/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/status", schemaPath: "#/properties/kubernetesVersions/additionalProperties/oneOf/1/properties/status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema313.properties.kubernetesVersions.additionalProperties.oneOf[1].properties.status, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
                if (data20 < 400 || isNaN(data20)) {
                  const err45 = { instancePath: instancePath + "/kubernetesVersions/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/status", schemaPath: "#/properties/kubernetesVersions/additionalProperties/oneOf/1/properties/status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 400 }, message: "must be >= 400", schema: 400, parentSchema: schema313.properties.kubernetesVersions.additionalProperties.oneOf[1].properties.status, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
              }
            }
            if (data17.error !== void 0) {
              let data21 = data17.error;
              if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                if (data21.code !== void 0) {
                  let data22 = data21.code;
                  if (typeof data22 !== "string") {
                    const err46 = { instancePath: instancePath + "/kubernetesVersions/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/error/code", schemaPath: "#/properties/kubernetesVersions/additionalProperties/oneOf/1/properties/error/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema313.properties.kubernetesVersions.additionalProperties.oneOf[1].properties.error.properties.code.type, parentSchema: schema313.properties.kubernetesVersions.additionalProperties.oneOf[1].properties.error.properties.code, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
                if (data21.message !== void 0) {
                  let data23 = data21.message;
                  if (typeof data23 !== "string") {
                    const err47 = { instancePath: instancePath + "/kubernetesVersions/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/error/message", schemaPath: "#/properties/kubernetesVersions/additionalProperties/oneOf/1/properties/error/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema313.properties.kubernetesVersions.additionalProperties.oneOf[1].properties.error.properties.message.type, parentSchema: schema313.properties.kubernetesVersions.additionalProperties.oneOf[1].properties.error.properties.message, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                }
              } else {
                const err48 = { instancePath: instancePath + "/kubernetesVersions/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/error", schemaPath: "#/properties/kubernetesVersions/additionalProperties/oneOf/1/properties/error/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema313.properties.kubernetesVersions.additionalProperties.oneOf[1].properties.error.type, parentSchema: schema313.properties.kubernetesVersions.additionalProperties.oneOf[1].properties.error, data: data21 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
          } else {
            const err49 = { instancePath: instancePath + "/kubernetesVersions/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/kubernetesVersions/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema313.properties.kubernetesVersions.additionalProperties.oneOf[1].type, parentSchema: schema313.properties.kubernetesVersions.additionalProperties.oneOf[1], data: data17 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
          var _valid0 = _errs55 === errors;
          if (_valid0 && valid13) {
            valid13 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid13 = true;
              passing0 = 1;
              if (props0 !== true) {
                props0 = true;
              }
            }
          }
          if (!valid13) {
            const err50 = { instancePath: instancePath + "/kubernetesVersions/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/kubernetesVersions/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema313.properties.kubernetesVersions.additionalProperties.oneOf, parentSchema: schema313.properties.kubernetesVersions.additionalProperties, data: data17 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          } else {
            errors = _errs48;
            if (vErrors !== null) {
              if (_errs48) {
                vErrors.length = _errs48;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err51 = { instancePath: instancePath + "/kubernetesVersions", schemaPath: "#/properties/kubernetesVersions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema313.properties.kubernetesVersions.type, parentSchema: schema313.properties.kubernetesVersions, data: data16 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.unreadRecoveryPoints !== void 0) {
      let data24 = data.unreadRecoveryPoints;
      if (Array.isArray(data24)) {
        const len2 = data24.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data25 = data24[i2];
          if (typeof data25 === "string") {
            if (!pattern54.test(data25)) {
              const err52 = { instancePath: instancePath + "/unreadRecoveryPoints/" + i2, schemaPath: "#/properties/unreadRecoveryPoints/items/pattern", keyword: "pattern", params: { pattern: "^/?[^\\s/][^\\s]*$" }, message: 'must match pattern "^/?[^\\s/][^\\s]*$"', schema: "^/?[^\\s/][^\\s]*$", parentSchema: schema313.properties.unreadRecoveryPoints.items, data: data25 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
          } else {
            const err53 = { instancePath: instancePath + "/unreadRecoveryPoints/" + i2, schemaPath: "#/properties/unreadRecoveryPoints/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema313.properties.unreadRecoveryPoints.items.type, parentSchema: schema313.properties.unreadRecoveryPoints.items, data: data25 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
      } else {
        const err54 = { instancePath: instancePath + "/unreadRecoveryPoints", schemaPath: "#/properties/unreadRecoveryPoints/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema313.properties.unreadRecoveryPoints.type, parentSchema: schema313.properties.unreadRecoveryPoints, data: data24 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.vaultCounts !== void 0) {
      let data26 = data.vaultCounts;
      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
        for (const key9 in data26) {
          const _errs72 = errors;
          if (typeof key9 === "string") {
            if (!pattern112.test(key9)) {
              const err55 = { instancePath: instancePath + "/vaultCounts", schemaPath: "#/properties/vaultCounts/propertyNames/pattern", keyword: "pattern", params: { pattern: "^/?[^\\s/A-Z][^\\sA-Z]*$" }, message: 'must match pattern "^/?[^\\s/A-Z][^\\sA-Z]*$"', schema: "^/?[^\\s/A-Z][^\\sA-Z]*$", parentSchema: schema313.properties.vaultCounts.propertyNames, data: key9, propertyName: key9 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          }
          var valid21 = _errs72 === errors;
          if (!valid21) {
            const err56 = { instancePath: instancePath + "/vaultCounts", schemaPath: "#/properties/vaultCounts/propertyNames", keyword: "propertyNames", params: { propertyName: key9 }, message: "property name must be valid", schema: schema313.properties.vaultCounts.propertyNames, parentSchema: schema313.properties.vaultCounts, data: data26 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        for (const key10 in data26) {
          let data27 = data26[key10];
          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
            if (data27.policies === void 0) {
              const err57 = { instancePath: instancePath + "/vaultCounts/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/vaultCounts/additionalProperties/required", keyword: "required", params: { missingProperty: "policies" }, message: "must have required property 'policies'", schema: schema313.properties.vaultCounts.additionalProperties.required, parentSchema: schema313.properties.vaultCounts.additionalProperties, data: data27 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
            if (data27.instances === void 0) {
              const err58 = { instancePath: instancePath + "/vaultCounts/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/vaultCounts/additionalProperties/required", keyword: "required", params: { missingProperty: "instances" }, message: "must have required property 'instances'", schema: schema313.properties.vaultCounts.additionalProperties.required, parentSchema: schema313.properties.vaultCounts.additionalProperties, data: data27 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            for (const key11 in data27) {
              if (!(key11 === "policies" || key11 === "instances")) {
                const err59 = { instancePath: instancePath + "/vaultCounts/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/vaultCounts/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema313.properties.vaultCounts.additionalProperties, data: data27 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data27.policies !== void 0) {
              let data28 = data27.policies;
              if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)) && isFinite(data28))) {
                const err60 = { instancePath: instancePath + "/vaultCounts/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/policies", schemaPath: "#/properties/vaultCounts/additionalProperties/properties/policies/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema313.properties.vaultCounts.additionalProperties.properties.policies.type, parentSchema: schema313.properties.vaultCounts.additionalProperties.properties.policies, data: data28 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
              if (typeof data28 == "number" && isFinite(data28)) {
                if (data28 < 0 || isNaN(data28)) {
                  const err61 = { instancePath: instancePath + "/vaultCounts/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/policies", schemaPath: "#/properties/vaultCounts/additionalProperties/properties/policies/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema313.properties.vaultCounts.additionalProperties.properties.policies, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
              }
            }
            if (data27.instances !== void 0) {
              let data29 = data27.instances;
              if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)) && isFinite(data29))) {
                const err62 = { instancePath: instancePath + "/vaultCounts/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/instances", schemaPath: "#/properties/vaultCounts/additionalProperties/properties/instances/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema313.properties.vaultCounts.additionalProperties.properties.instances.type, parentSchema: schema313.properties.vaultCounts.additionalProperties.properties.instances, data: data29 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
              if (typeof data29 == "number" && isFinite(data29)) {
                if (data29 < 0 || isNaN(data29)) {
                  const err63 = { instancePath: instancePath + "/vaultCounts/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/instances", schemaPath: "#/properties/vaultCounts/additionalProperties/properties/instances/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema313.properties.vaultCounts.additionalProperties.properties.instances, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err64 = { instancePath: instancePath + "/vaultCounts/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/vaultCounts/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema313.properties.vaultCounts.additionalProperties.type, parentSchema: schema313.properties.vaultCounts.additionalProperties, data: data27 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
      } else {
        const err65 = { instancePath: instancePath + "/vaultCounts", schemaPath: "#/properties/vaultCounts/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema313.properties.vaultCounts.type, parentSchema: schema313.properties.vaultCounts, data: data26 };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
  } else {
    const err66 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema313.type, parentSchema: schema313, data };
    if (vErrors === null) {
      vErrors = [err66];
    } else {
      vErrors.push(err66);
    }
    errors++;
  }
  validate203.errors = vErrors;
  return errors === 0;
}
validate203.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// src/estate/schema-validate.ts
var MAX_SCHEMA_DIAGNOSTICS = 50;
function isValidSnapshotShape(value) {
  return estate_validator_default(value);
}
function isValidResourceShape(value) {
  return arm_resource_validator_default(value);
}
function validateSnapshotSchema(file, text, value) {
  if (estate_validator_default(value)) return [];
  const errors = (estate_validator_default.errors ?? []).filter(
    (error) => error.keyword !== "$ref" && error.keyword !== "propertyNames"
  );
  const locator = new JsonLocator(text);
  const diagnostics = errors.slice(0, MAX_SCHEMA_DIAGNOSTICS).map((error) => toDiagnostic2(file, locator, error));
  if (errors.length > MAX_SCHEMA_DIAGNOSTICS) {
    diagnostics.push({ file, message: `\u2026and ${errors.length - MAX_SCHEMA_DIAGNOSTICS} more problems` });
  }
  return diagnostics;
}
function toDiagnostic2(file, locator, error) {
  const path = toPath2(error.instancePath);
  const where = formatJsonPath(path);
  const locate2 = (at, part, message) => ({
    file,
    ...locator.position(at, part),
    message
  });
  switch (error.keyword) {
    case "required": {
      const missing = error.params.missingProperty;
      return locate2(path, "value", `${where} is missing the required key '${missing}'`);
    }
    case "additionalProperties": {
      const key = error.params.additionalProperty;
      const allowed = Object.keys(
        error.parentSchema?.properties ?? {}
      );
      const guess = suggest(key, allowed);
      return locate2(
        [...path, key],
        "key",
        `unknown key '${key}' in ${where}${guess ? `; did you mean '${guess}'?` : `; allowed keys: ${allowed.join(", ")}`}`
      );
    }
    case "type":
      return locate2(
        path,
        "value",
        `${where} must be ${String(error.params.type).split(",").map((type) => TYPE_NAMES2[type] ?? type).join(" or ")}, found ${describe2(error.data)}`
      );
    case "pattern": {
      const description = error.parentSchema?.description;
      const expected = description ? `; expected ${lowerFirst2(description)}` : "";
      if (error.propertyName !== void 0) {
        const name = error.propertyName;
        return locate2([...path, name], "key", `'${name}' is not a valid key in ${where}${expected}`);
      }
      return locate2(path, "value", `${where}: ${describe2(error.data)} is not valid${expected}`);
    }
    default:
      return locate2(path, "value", `${where} ${error.message ?? "is invalid"}`);
  }
}
var TYPE_NAMES2 = {
  string: "a string",
  object: "an object",
  array: "a list",
  null: "null",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false"
};
function toPath2(instancePath) {
  if (instancePath === "") return [];
  return instancePath.slice(1).split("/").map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~")).map((part) => /^\d+$/.test(part) ? Number(part) : part);
}
function formatJsonPath(path) {
  if (path.length === 0) return "the snapshot";
  return path.map((part, index) => {
    if (typeof part === "number") return `[${part}]`;
    if (/^[A-Za-z_$][\w$]*$/.test(part)) return index === 0 ? part : `.${part}`;
    return `[${JSON.stringify(part)}]`;
  }).join("");
}
function describe2(data) {
  if (data === null) return "null";
  if (Array.isArray(data)) return "a list";
  if (typeof data === "object") return "an object";
  if (typeof data === "string") return `'${data.length > 80 ? `${data.slice(0, 77)}...` : data}'`;
  return `${typeof data} ${String(data)}`;
}
function lowerFirst2(text) {
  return /^[A-Z](?![A-Z])/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

// src/estate/load-snapshot.ts
var MAX_SNAPSHOT_BYTES = 384 * 1024 * 1024;
var WHAT = "estate snapshot";
function loadSnapshot(file, options = {}) {
  const maxBytes = options.maxBytes ?? MAX_SNAPSHOT_BYTES;
  refuseOversize(file, maxBytes);
  const resources = [];
  const envelope = readSnapshotInPieces(file, {
    consume: soundDocuments((resource) => {
      resources.push(resource);
      return idKey(resource.id);
    })
  });
  if (envelope !== void 0 && isSoundEnvelope(envelope)) {
    envelope.resources = resources;
    return envelope;
  }
  return parseSnapshot(file, readTextFile(file, WHAT, maxBytes));
}
function soundDocuments(keep) {
  const keys = /* @__PURE__ */ new Set();
  return (element) => {
    if (findTooDeep(element, MAX_NESTING - 2) !== void 0 || !isValidResourceShape(element)) return false;
    const key = keep(element);
    if (keys.has(key)) return false;
    keys.add(key);
    return true;
  };
}
function isSoundEnvelope(value) {
  if (findTooDeep(value) !== void 0) return false;
  if (value.schemaVersion !== ESTATE_SCHEMA_VERSION || !isValidSnapshotShape(value)) return false;
  return parseInstant(value.capturedAt) !== void 0;
}
function refuseOversize(file, maxBytes) {
  let size;
  try {
    size = statSync2(file).size;
  } catch {
    return;
  }
  if (size > maxBytes) {
    throw new InputError([
      {
        file,
        message: `the ${WHAT} is ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}. Check that the right file was given.`
      }
    ]);
  }
}
function parseSnapshot(file, text) {
  const value = parseJson(file, text);
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new InputError([
      {
        file,
        ...positionAt(text, Math.max(0, text.search(/\S/))),
        message: `a ${WHAT} is a JSON object with schemaVersion, capturedAt, resources and providers; found ${Array.isArray(value) ? "a list" : value === null ? "null" : `a ${typeof value}`}`
      }
    ]);
  }
  refuseDeepNesting(file, text, value);
  refuseUnknownVersion(file, text, value);
  const schemaProblems = validateSnapshotSchema(file, text, value);
  if (schemaProblems.length > 0) throw new InputError(schemaProblems);
  const snapshot = value;
  const problems = [...checkCapturedAt(file, text, snapshot), ...findDuplicateIds(file, text, snapshot)];
  if (problems.length > 0) throw new InputError(problems);
  return snapshot;
}
function parseJson(file, text) {
  if (text.trim() === "") {
    throw new InputError([
      { file, line: 1, column: 1, message: `the file is empty: expected a ${WHAT} written by 'export'` }
    ]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const found = findJsonSyntaxError(text);
    const message = found?.message ?? error.message;
    const position = positionAt(text, found?.offset ?? 0);
    throw new InputError([{ file, ...position, message: `the file is not valid JSON: ${message}` }]);
  }
}
function refuseDeepNesting(file, text, value) {
  const path = findTooDeep(value);
  if (path === void 0) return;
  throw new InputError([
    {
      file,
      ...new JsonLocator(text).position(path),
      message: `${formatJsonPath(path)} is nested more than ${MAX_NESTING} levels deep; ARM documents nest about ten`
    }
  ]);
}
function refuseUnknownVersion(file, text, value) {
  if (!Object.hasOwn(value, "schemaVersion")) return;
  const version = value.schemaVersion;
  if (version === ESTATE_SCHEMA_VERSION) return;
  const shown = typeof version === "string" ? `'${version}'` : JSON.stringify(version);
  const hint = typeof version === "number" && version > ESTATE_SCHEMA_VERSION ? "it was written by a newer aks-backup-guard: upgrade this one, or export the estate again with it" : `write it as the number ${ESTATE_SCHEMA_VERSION}`;
  throw new InputError([
    {
      file,
      ...new JsonLocator(text).position(["schemaVersion"]),
      message: `schemaVersion ${shown} is not supported: this version reads schemaVersion ${ESTATE_SCHEMA_VERSION}; ${hint}`
    }
  ]);
}
function checkCapturedAt(file, text, snapshot) {
  if (parseInstant(snapshot.capturedAt) !== void 0) return [];
  return [
    {
      file,
      ...new JsonLocator(text).position(["capturedAt"]),
      message: `capturedAt '${snapshot.capturedAt}' is not a real date and time`
    }
  ];
}
function findDuplicateIds(file, text, snapshot) {
  const firstIndex = /* @__PURE__ */ new Map();
  const locator = new JsonLocator(text);
  const diagnostics = [];
  snapshot.resources.forEach((resource, index) => {
    const key = idKey(resource.id);
    const first = firstIndex.get(key);
    if (first === void 0) {
      firstIndex.set(key, index);
      return;
    }
    if (diagnostics.length >= MAX_SCHEMA_DIAGNOSTICS) return;
    diagnostics.push({
      file,
      ...locator.position(["resources", index, "id"]),
      message: `${formatJsonPath(["resources", index])} repeats the id of ${formatJsonPath(["resources", first])} (ids compare ignoring case): ${resource.id}`
    });
  });
  return diagnostics;
}

// src/estate/load-estate.ts
function loadEstate(file, options = {}) {
  const maxBytes = options.maxBytes ?? MAX_SNAPSHOT_BYTES;
  refuseOversize(file, maxBytes);
  const builder = options.builder ?? new EstateBuilder();
  const envelope = readSnapshotInPieces(file, {
    consume: soundDocuments((resource) => builder.add(resource))
  });
  if (envelope !== void 0 && isSoundEnvelope(envelope)) {
    return builder.finish(envelope);
  }
  return buildEstate(parseSnapshot(file, readTextFile(file, WHAT, maxBytes)));
}

// src/commands/estate-source.ts
var MANAGEMENT_GROUP = /^\/providers\/Microsoft\.Management\/managementGroups\/([A-Za-z0-9._()-]{1,90})$/i;
async function estateFor(state, context) {
  if (context.settings.estate) return loadEstate(context.settings.estate);
  return buildEstate(await readEstateFor(state, context));
}
async function readEstateFor(state, context) {
  const { settings, log } = context;
  if (settings.estate) return loadSnapshot(settings.estate);
  const scope = estateScope(settings, state);
  const where = describeScope(scope);
  const { readEstate } = await import("./read-estate-TAJQK5UC.js");
  return withAzure(context, where, async ({ cloud, credential, method }) => {
    log.info(`reading the estate from ${cloud.armEndpoint} (${where}, signed in with ${method})`);
    const started = Date.now();
    const snapshot = await readEstate(
      { scope, ...estateReadOptions(settings.command) },
      { credential, cloud, now: () => context.now, concurrency: settings.concurrency }
    );
    log.info(`read ${snapshot.resources.length} resources in ${((Date.now() - started) / 1e3).toFixed(1)}s`);
    return snapshot;
  });
}
function estateReadOptions(command) {
  return { recoveryPoints: command === "plan" || command === "apply" ? "needed" : "all" };
}
function lroPolling(context) {
  const pollIntervalMs = context.azure?.pollIntervalMs;
  return pollIntervalMs === void 0 ? {} : { pollIntervalMs };
}
async function withAzure(context, where, work) {
  const { settings } = context;
  const [{ resolveCloud, CloudConfigurationError }, { createCredential, CredentialConfigurationError }] = await Promise.all([import("./clouds-C3PDI5YR.js"), import("./credentials-BTM7F6J3.js")]);
  try {
    const cloud = resolveCloud({
      cloud: settings.cloud,
      ...settings.armEndpoint ? { armEndpoint: settings.armEndpoint } : {},
      ...settings.authorityHost ? { authorityHost: settings.authorityHost } : {}
    });
    const { method, credential } = createCredential(
      {
        auth: settings.auth,
        audience: settings.audience,
        ...settings.tenantId ? { tenantId: settings.tenantId } : {},
        ...settings.clientId ? { clientId: settings.clientId } : {}
      },
      cloud,
      context.azure?.getIdToken ? { getIdToken: context.azure.getIdToken } : {}
    );
    return await work({ cloud, credential, method });
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (error instanceof CloudConfigurationError || error instanceof CredentialConfigurationError) {
      throw new InputError([{ file: "Azure", message: error.message }]);
    }
    throw new InputError([{ file: "Azure", message: explainAzureFailure(error, where) }]);
  }
}
function estateScope(settings, state) {
  const problems = [];
  if (settings.scope.length > 0) {
    const subscriptions2 = [];
    const managementGroups = [];
    for (const entry of settings.scope) {
      const group = MANAGEMENT_GROUP.exec(entry)?.[1];
      if (group) managementGroups.push(group);
      else if (isSubscriptionId(entry)) subscriptions2.push(entry.toLowerCase());
      else {
        problems.push({
          file: "scope",
          message: `'${entry}' is neither a subscription id nor /providers/Microsoft.Management/managementGroups/<id>`
        });
      }
    }
    if (subscriptions2.length > 0 && managementGroups.length > 0) {
      problems.push({
        file: "scope",
        message: "give subscriptions or management groups, not both (Resource Graph takes one kind per query)"
      });
    }
    if (problems.length > 0) throw new InputError(problems);
    return managementGroups.length > 0 ? { managementGroups } : { subscriptions: subscriptions2 };
  }
  if (!state)
    throw new InputError([
      { file: "scope", message: "give --scope: the subscriptions or management groups to read" }
    ]);
  const subscriptions = /* @__PURE__ */ new Set();
  for (const cluster of state.clusters) {
    if (cluster.target.kind === "id") subscriptions.add(cluster.target.id.subscriptionId);
    else if (cluster.target.selector.subscriptions)
      cluster.target.selector.subscriptions.forEach((s) => subscriptions.add(s.toLowerCase()));
    else {
      problems.push({
        ...cluster.source,
        message: `the selector of clusters[${cluster.index}] names no subscriptions, so it could match anywhere: add 'subscriptions:' to it or give --scope`
      });
    }
    subscriptions.add(cluster.vault.id.subscriptionId);
    subscriptions.add(cluster.storage.account.subscriptionId);
  }
  if (problems.length > 0) throw new InputError(problems);
  return { subscriptions: [...subscriptions].sort() };
}
function describeScope(scope) {
  if (scope.managementGroups)
    return `management group${scope.managementGroups.length === 1 ? "" : "s"} ${scope.managementGroups.join(", ")}`;
  const count = scope.subscriptions?.length ?? 0;
  return `${count} subscription${count === 1 ? "" : "s"}`;
}
function explainAzureFailure(error, where) {
  const message = error?.message ?? String(error);
  const status = error.statusCode;
  if (/endpoints_resolution_error|self[- ]signed|unable to verify the first certificate|UNABLE_TO_VERIFY_LEAF_SIGNATURE|DEPTH_ZERO_SELF_SIGNED/i.test(
    message
  )) {
    return `cannot reach the authority host or Resource Manager over TLS (${message}): if it uses its own certificate authority, trust it with NODE_EXTRA_CA_CERTS`;
  }
  if (/Failed to get ID Token/i.test(message)) {
    return `the runner refused to issue a GitHub OIDC token (${message.replace(/\s+/g, " ").trim()}): give the workflow 'permissions: id-token: write' (fork pull requests never get one)`;
  }
  if (status === 401 || /AADSTS|invalid_client|unauthorized/i.test(message)) {
    return `signing in to Azure failed: ${message}. Check tenant-id, client-id and the federated credential or secret`;
  }
  if (status === 403 || /AuthorizationFailed|Forbidden/i.test(message)) {
    return `the identity may not read ${where}: ${message}. Give it Reader on the scope (see README: permissions)`;
  }
  return `reading the estate from Azure failed: ${message}`;
}

// src/commands/apply.ts
async function applyCommand(context) {
  const { settings, now, log } = context;
  if (settings.estate) {
    throw new InputError([
      {
        file: "command line",
        message: "apply reads Azure as it is now and cannot take --estate (a snapshot); leave it out"
      }
    ]);
  }
  const rule = approvalRule(settings.autoApprove, context.approval);
  if (rule.kind === "refused") throw new InputError([{ file: "command line", message: rule.reason }]);
  const state = loadDesiredState(settings.config);
  const configText = readTextFile(settings.config, "desired-state file");
  const saved = settings.planFile ? { file: settings.planFile, plan: readPlanFile(settings.planFile) } : void 0;
  const catalogue = loadCatalogue(settings.policies ? { organisationFolder: settings.policies } : {});
  const [{ DataProtectionClient }, { ArmWriter }, { REAL_TIMER }, { runApply }] = await Promise.all([
    import("./data-protection-G73QZEHF.js"),
    import("./arm-writer-GIO6K6LW.js"),
    import("./retry-5Q6IW7OZ.js"),
    import("./run-apply-BP7XXLB7.js")
  ]);
  const timing = defaultTiming(context.azure?.pollIntervalMs);
  const outcome = await withAzure(context, "the subscriptions of the desired state", async (session) => {
    const clientOptions = {
      cloud: session.cloud,
      credential: session.credential,
      pollIntervalMs: timing.pollIntervalMs
    };
    log.info(`writing to ${session.cloud.armEndpoint} (signed in with ${session.method})`);
    return runApply(
      {
        state,
        configText,
        matrix: catalogue.matrix,
        options: {
          allowReplace: settings.allowReplace,
          prune: settings.prune,
          concurrency: settings.concurrency,
          ...settings.shard ? { shard: settings.shard } : {}
        },
        ...saved ? { saved } : {}
      },
      {
        readEstate: () => readEstateFor(state, context),
        writers: {
          dataProtection: new DataProtectionClient(clientOptions),
          arm: new ArmWriter(clientOptions)
        },
        approve: approver(rule, (text) => log.info(text)),
        log,
        timer: REAL_TIMER,
        timing
      }
    );
  });
  return applyReport(outcome, {
    now,
    failOn: settings.failOn,
    config: settings.config,
    source: saved?.file ?? "apply"
  });
}

// src/rules/catalogue-summary.ts
import { existsSync as existsSync3, readFileSync } from "node:fs";
import { dirname as dirname2, join as join5 } from "node:path";
function summariseCatalogue(catalogue) {
  return catalogue.rules.map((rule) => ({
    id: rule.id,
    name: rule.name,
    title: rule.title,
    severity: rule.severity,
    subject: rule.subject,
    origin: rule.origin,
    source: { ...rule.source },
    docs: rule.docsLink,
    assertion: rule.check !== void 0 ? `check:${rule.check}` : "assert",
    ...rule.tags ? { tags: { ...rule.tags } } : {}
  }));
}
function ruleDescriptors(catalogue) {
  return catalogue.rules.map((rule) => {
    const help = /^https:\/\//.test(rule.docs) ? void 0 : readHelp(rule.file, rule.docs);
    return {
      id: rule.id,
      name: rule.name,
      title: rule.title,
      severity: rule.severity,
      docs: rule.docsLink,
      ...help ? { help } : {}
    };
  });
}
function readHelp(ruleFile, docs) {
  const candidates = [join5(dirname2(ruleFile), docs), join5(dirname2(dirname2(ruleFile)), docs)];
  const page = candidates.find((path) => existsSync3(path));
  if (!page) return void 0;
  const text = readFileSync(page, "utf8");
  const cut = text.search(/^## Examples/m);
  return (cut > 0 ? text.slice(0, cut) : text).trim();
}

// src/commands/rules.ts
async function rulesCommand(context) {
  const { settings, now } = context;
  const catalogue = loadCatalogue(settings.policies ? { organisationFolder: settings.policies } : {});
  const rules2 = summariseCatalogue(catalogue);
  const count = (predicate) => rules2.filter(predicate).length;
  const report = buildReport({
    command: "rules",
    failOn: settings.failOn,
    now,
    stats: {
      rules: rules2.length,
      builtIn: count((r) => r.origin === "built-in"),
      organisation: count((r) => r.origin === "organisation"),
      error: count((r) => r.severity === "error"),
      warning: count((r) => r.severity === "warning"),
      info: count((r) => r.severity === "info")
    }
  });
  return { ...report, rules: rules2 };
}

// src/commands/audit.ts
import { existsSync as existsSync4 } from "node:fs";

// src/subjects/from-estate.ts
var JOB_WINDOW_MS = 2 * 864e5;
function* subjectsOfPlan(state, estate, plan, now, shard) {
  const index = indexPlan(plan);
  const planned = (kind, clusterKey) => (index.byCluster.get(clusterKey) ?? []).some((c) => c.kind === kind);
  const reaches = new Reaches();
  for (const binding of plan.bindings) {
    const cluster = binding.cluster;
    if (!cluster) continue;
    yield clusterSubject(binding.desired.source, cluster, estate, index);
    yield bindingSubject(
      binding,
      cluster,
      estate,
      index,
      planned("trustedAccessBinding", binding.clusterKey),
      reaches
    );
    for (const instance of estate.instancesOfCluster(cluster))
      yield instanceSubject(instance, binding.desired.source, cluster, estate, now);
  }
  for (const vault of vaultSubjects(state, estate, plan)) if (inShard(vault.resourceId, shard)) yield vault;
}
function subjectsOfUnboundClusters(estate, plan, now, shard, skip = /* @__PURE__ */ new Set()) {
  const bound = new Set(plan.bindings.map((b) => b.clusterKey));
  const index = indexPlan(plan);
  return estate.clusters.filter((cluster) => !bound.has(cluster.key) && !skip.has(cluster.key) && inShard(cluster.key, shard)).flatMap((cluster) => [
    clusterSubject(void 0, cluster, estate, index),
    ...estate.instancesOfCluster(cluster).map((instance) => instanceSubject(instance, void 0, cluster, estate, now))
  ]);
}
function indexPlan(plan) {
  const byCluster = /* @__PURE__ */ new Map();
  const rolesByPrincipal = /* @__PURE__ */ new Map();
  const registrationsBySubscription = /* @__PURE__ */ new Map();
  const push = (map, key, value) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const change of plan.changes) {
    if (change.action === "noop") continue;
    if (change.clusterId) push(byCluster, idKey(change.clusterId), change);
    if (change.kind === "roleAssignment" && change.action === "create" && change.principal?.kind === "known") {
      const scope = change.id.slice(
        0,
        change.id.toLowerCase().indexOf("/providers/microsoft.authorization/roleassignments/")
      );
      push(rolesByPrincipal, change.principal.principalId.toLowerCase(), {
        facts: {
          principalId: change.principal.principalId,
          roleDefinitionId: change.body.properties.roleDefinitionId,
          scope
        },
        scopeKey: idKey(scope)
      });
    }
    if (change.kind === "providerRegistration") {
      push(
        registrationsBySubscription,
        (change.id.split("/")[2] ?? "").toLowerCase(),
        change.id.slice(change.id.lastIndexOf("/") + 1)
      );
    }
  }
  return { byCluster, rolesByPrincipal, registrationsBySubscription };
}
function scopeOf(cluster) {
  const scope = {};
  if (cluster.subscriptionId) scope.subscriptionId = cluster.subscriptionId;
  if (cluster.resourceGroup) scope.resourceGroup = cluster.resourceGroup;
  if (cluster.location) scope.location = cluster.location;
  scope.tags = cluster.tags;
  scope.name = cluster.name;
  return scope;
}
function extensionFacts(extension) {
  if (!extension) return null;
  const facts = { name: extension.name };
  if (extension.extensionType) facts.extensionType = extension.extensionType;
  if (extension.provisioningState) facts.provisioningState = extension.provisioningState;
  if (extension.principalId) facts.principalId = extension.principalId;
  const useAAD = extension.configurationSettings["configuration.backupStorageLocation.config.useAAD"];
  if (useAAD !== void 0) facts.useAAD = useAAD;
  return facts;
}
function bindingFacts(binding) {
  const facts = { name: binding.name };
  if (binding.sourceResourceId) facts.sourceResourceId = binding.sourceResourceId;
  facts.roles = binding.roles;
  if (binding.provisioningState) facts.provisioningState = binding.provisioningState;
  return facts;
}
function vaultIdOf(instance) {
  const lower = instance.key.length === instance.id.length ? instance.key : instance.id.toLowerCase();
  const at = lower.indexOf("/backupinstances/");
  return at > 0 && lower.includes("/backupvaults/") ? instance.id.slice(0, at) : void 0;
}
function clusterSubject(declaredAt, cluster, estate, index) {
  const providers = {};
  for (const namespace of [...REQUIRED_PROVIDERS, "Microsoft.ContainerService"]) {
    const state = cluster.subscriptionId ? estate.providerState(cluster.subscriptionId, namespace) : void 0;
    if (state !== void 0) providers[namespace] = state;
  }
  const mine = index.byCluster.get(cluster.key) ?? [];
  const subject = {
    kind: "cluster",
    resourceId: cluster.id,
    cluster: cluster.name,
    clusterId: cluster.id
  };
  if (declaredAt) subject.declaredAt = declaredAt;
  subject.scope = scopeOf(cluster);
  if (cluster.location) subject.location = cluster.location;
  if (cluster.subscriptionId) subject.subscriptionId = cluster.subscriptionId;
  if (cluster.kubernetesVersion) subject.kubernetesVersion = cluster.kubernetesVersion;
  Object.assign(subject, aksVersionFacts(cluster, estate));
  subject.csi = {
    diskDriver: cluster.diskCsiDriverEnabled,
    snapshotController: cluster.snapshotControllerEnabled,
    fileDriver: cluster.fileCsiDriverEnabled
  };
  const identity = {};
  if (cluster.identity.type) identity.type = cluster.identity.type;
  if (cluster.servicePrincipalClientId) identity.servicePrincipalClientId = cluster.servicePrincipalClientId;
  subject.identity = identity;
  if (cluster.powerState) subject.powerState = cluster.powerState;
  subject.extension = extensionFacts(estate.backupExtension(cluster));
  subject.providers = providers;
  subject.instances = estate.instancesOfCluster(cluster).map((i) => {
    const facts = { id: i.id };
    const vaultId = vaultIdOf(i);
    if (vaultId) facts.vaultId = vaultId;
    if (i.policyId) facts.policyId = i.policyId;
    return facts;
  });
  subject.plan = {
    // A PUT over a Failed extension installs it again.
    installsExtension: mine.some(
      (c) => c.kind === "extension" && (c.action === "create" || c.method === "PUT")
    ),
    createsInstance: mine.some(
      (c) => c.kind === "backupInstance" && (c.action === "create" || c.action === "replace")
    ),
    registersProviders: [
      ...index.registrationsBySubscription.get(cluster.subscriptionId?.toLowerCase() ?? "") ?? []
    ]
  };
  return subject;
}
function aksVersionFacts(cluster, estate) {
  const listed = cluster.location ? estate.aksVersions(cluster.location) : void 0;
  if (!listed) return {};
  if (!listed.versions) return { aksVersionsUnavailable: listed.unavailable ?? "the list was not read" };
  const plan = (cluster.supportPlan ?? "KubernetesOfficial").toLowerCase();
  const supported = listed.versions.filter(
    (v) => !v.isPreview && (v.supportPlans.length === 0 || v.supportPlans.some((p) => p.toLowerCase() === plan))
  ).map((v) => v.version);
  if (supported.length === 0) {
    return { aksVersionsUnavailable: `AKS lists no generally available version in ${listed.location}` };
  }
  return { aksSupportedVersions: supported };
}
function bindingSubject(binding, cluster, estate, index, createsTrustedAccess, reaches) {
  const desired = binding.desired;
  const base = bindingFromDesired(desired);
  const vault = estate.vault(desired.vault.id.id);
  const account = estate.storageAccount(desired.storage.account.id);
  const extension = estate.backupExtension(cluster);
  const policyId = binding.policyId ?? desired.policyId;
  const instance = instanceInVault(estate.instancesOfCluster(cluster), desired.vault.id.key, idKey(policyId));
  const identities = {
    // A vault that was read but has no managed identity is `null`: AKSB021 reports it.
    ...vault ? { vault: vault.principalId ?? null } : {},
    ...cluster.principalId ? { cluster: cluster.principalId } : {},
    ...extension?.principalId ? { extension: extension.principalId } : {}
  };
  const principals = Object.values(identities).filter((p) => typeof p === "string");
  const reach = reaches.of(desired, base, cluster);
  const roleAssignments2 = [];
  for (const principal of principals) {
    for (const a of assignmentsReaching(estate, principal, reach)) {
      if (a.principalId && a.roleDefinitionId && a.scope)
        roleAssignments2.push({
          principalId: a.principalId,
          roleDefinitionId: a.roleDefinitionId,
          scope: a.scope
        });
    }
  }
  const plannedRoles = [];
  for (const principal of principals) {
    for (const role of index.rolesByPrincipal.get(principal.toLowerCase()) ?? [])
      if (reach.has(role.scopeKey)) plannedRoles.push(role.facts);
  }
  return {
    ...base,
    resourceId: cluster.id,
    cluster: cluster.name,
    clusterId: cluster.id,
    scope: scopeOf(cluster),
    ...cluster.location ? { location: cluster.location } : {},
    ...cluster.subscriptionId ? { subscriptionId: cluster.subscriptionId } : {},
    ...cluster.identity.tenantId ? { tenantId: cluster.identity.tenantId } : {},
    vault: {
      ...base.vault,
      ...vault?.location ? { location: vault.location } : {},
      ...vault?.identity.tenantId ? { tenantId: vault.identity.tenantId } : {}
    },
    storage: {
      ...base.storage,
      ...account?.location ? { location: account.location } : {},
      ...account?.kind ? { kind: account.kind } : {},
      ...account?.skuName ? { skuName: account.skuName } : {}
    },
    policy: { ...base.policy, id: policyId },
    instance: instance ? {
      id: instance.id,
      ...instance.policyId ? { policyId: instance.policyId } : {},
      ...instance.snapshotResourceGroupId ? { snapshotResourceGroupId: instance.snapshotResourceGroupId } : {}
    } : null,
    trustedAccessBindings: estate.bindingsOfCluster(cluster).map(bindingFacts),
    extension: extensionFacts(extension),
    identities,
    roleAssignments: roleAssignments2,
    plan: { createsTrustedAccess, roleAssignments: plannedRoles }
  };
}
function assignmentsReaching(estate, principal, reach) {
  const all = estate.roleAssignmentsOfPrincipal(principal);
  if (all.length <= FEW_ASSIGNMENTS) {
    return all.length === 0 ? NONE2 : all.filter((a) => a.scopeKey !== void 0 && reach.has(a.scopeKey));
  }
  const byScope = estate.roleAssignmentsOfPrincipalByScope(principal);
  const found = [];
  let lists = 0;
  const take = (list) => {
    if (list === void 0) return;
    lists++;
    for (const assignment of list) found.push(assignment);
  };
  if (byScope.size <= reach.size) {
    for (const [scope, list] of byScope) if (reach.has(scope)) take(list);
  } else {
    for (const scope of reach.scopes()) take(byScope.get(scope));
  }
  return lists < 2 ? found : found.sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
var NONE2 = Object.freeze([]);
var Reaches = class {
  byEntry = /* @__PURE__ */ new Map();
  of(desired, base, cluster) {
    let shared = this.byEntry.get(desired);
    if (!shared) {
      const scopes = /* @__PURE__ */ new Set(["/"]);
      for (const id of [
        base.snapshotResourceGroup.id,
        base.storage.accountId,
        ...base.fileShareStorageAccounts ?? []
      ])
        for (const scope of prefixesOf(idKey(id))) scopes.add(scope);
      this.byEntry.set(desired, shared = scopes);
    }
    return new Reach(
      shared,
      prefixesOf(cluster.key).filter((scope) => !shared.has(scope))
    );
  }
};
function prefixesOf(key) {
  const found = [];
  for (let end = key.indexOf("/", 1); end !== -1; end = key.indexOf("/", end + 1))
    found.push(key.slice(0, end));
  found.push(key);
  return found;
}
var Reach = class {
  constructor(shared, own) {
    this.shared = shared;
    this.own = own;
  }
  shared;
  own;
  get size() {
    return this.shared.size + this.own.length;
  }
  has(scope) {
    return this.shared.has(scope) || this.own.includes(scope);
  }
  *scopes() {
    yield* this.shared;
    yield* this.own;
  }
};
function instanceSubject(instance, declaredAt, cluster, estate, now) {
  const policy = instance.policyId ? estate.policy(instance.policyId) : void 0;
  const interval = policy ? backupSchedule(policy)?.interval.every?.text : void 0;
  const pointsKnown = estate.recoveryPointsRead(instance);
  const latest = pointsKnown ? estate.latestRecoveryPoint(instance) : void 0;
  const vaultId = vaultIdOf(instance);
  const allJobs = estate.jobsOf(instance);
  const scheduledBackupsEnded = allJobs.filter(
    (j) => j.isUserTriggered !== true && j.outcome !== "running" && (j.operationCategory ?? j.operation ?? "").toLowerCase().includes("backup") && (j.startMs === void 0 || j.startMs <= now.getTime())
  ).length;
  const jobs = allJobs.filter((j) => j.startMs === void 0 || now.getTime() - j.startMs <= JOB_WINDOW_MS).map(jobFacts);
  const subject = {
    kind: "instance",
    resourceId: instance.id,
    name: instance.name,
    cluster: cluster.name,
    clusterId: cluster.id
  };
  if (declaredAt) subject.declaredAt = declaredAt;
  subject.scope = scopeOf(cluster);
  if (vaultId) subject.vaultId = vaultId;
  if (instance.policyId) subject.policyId = instance.policyId;
  if (instance.protectionState) subject.protectionState = instance.protectionState;
  if (instance.protectionStatus) subject.protectionStatus = instance.protectionStatus;
  if (instance.provisioningState) subject.provisioningState = instance.provisioningState;
  subject.errors = instance.errors;
  if (interval) subject.policy = { interval };
  subject.scheduledBackupsEnded = scheduledBackupsEnded;
  if (pointsKnown) subject.latestRecoveryPoint = latest?.time ? latestPointFacts(latest, latest.time) : null;
  subject.jobs = jobs;
  return subject;
}
function latestPointFacts(point, time) {
  const facts = { id: point.recoveryPointId, time };
  if (point.state) facts.state = point.state;
  return facts;
}
function jobFacts(job) {
  const facts = { id: job.id };
  if (job.operationCategory) facts.category = job.operationCategory;
  if (job.operation) facts.operation = job.operation;
  if (job.status) facts.status = job.status;
  if (job.isUserTriggered !== void 0) facts.isUserTriggered = job.isUserTriggered;
  if (job.startTime) facts.startTime = job.startTime;
  if (job.endTime) facts.endTime = job.endTime;
  const error = job.errors[0];
  if (error?.code) facts.errorCode = error.code;
  if (error?.message) facts.errorMessage = error.message;
  return facts;
}
function createdUnderVaults(plan) {
  const counts2 = /* @__PURE__ */ new Map();
  for (const change of plan.changes) {
    if (change.action !== "create") continue;
    if (change.kind !== "backupPolicy" && change.kind !== "backupInstance") continue;
    const key = idKey(change.id);
    const collection = key.slice(0, key.lastIndexOf("/"));
    counts2.set(collection, (counts2.get(collection) ?? 0) + 1);
  }
  return counts2;
}
function vaultSubjects(state, estate, plan) {
  const subjects = [];
  const created = createdUnderVaults(plan);
  for (const desired of state.vaults.values()) {
    const vault = estate.vault(desired.id.id);
    if (!vault) continue;
    const under = (segment) => created.get(`${vault.key}/${segment}`) ?? 0;
    const counted = estate.vaultCounts(vault.id);
    subjects.push({
      kind: "vault",
      resourceId: vault.id,
      name: vault.name,
      declaredAt: desired.source,
      scope: {
        ...vault.subscriptionId ? { subscriptionId: vault.subscriptionId } : {},
        ...vault.resourceGroup ? { resourceGroup: vault.resourceGroup } : {},
        ...vault.location ? { location: vault.location } : {},
        tags: vault.tags,
        name: vault.name
      },
      ...vault.location ? { location: vault.location } : {},
      ...vault.subscriptionId ? { subscriptionId: vault.subscriptionId } : {},
      ...vault.softDeleteState ? { softDeleteState: vault.softDeleteState } : {},
      ...vault.immutabilityState ? { immutabilityState: vault.immutabilityState } : {},
      // The documents read are AKS's (a live read) or all (a snapshot file); the reader's counts take in
      // every workload's. Whichever is larger is what the vault holds.
      counts: {
        policies: Math.max(estate.policiesInVault(vault.id).length, counted?.policies ?? 0) + under("backuppolicies"),
        instances: Math.max(estate.instancesInVault(vault.id).length, counted?.instances ?? 0) + under("backupinstances")
      }
    });
  }
  return subjects;
}

// src/commands/assess.ts
async function assess(state, context, extraSubjects = () => []) {
  const { settings, now, log } = context;
  const estate = await estateFor(state, context);
  log.debug(`estate: ${estate.clusters.length} clusters, ${estate.instances.length} backup instances`);
  const catalogue = loadCatalogue(settings.policies ? { organisationFolder: settings.policies } : {});
  const plan = computePlan(state, estate, {
    allowReplace: settings.allowReplace,
    prune: settings.prune,
    matrix: catalogue.matrix,
    ...settings.shard ? { shard: settings.shard } : {}
  });
  const estateTime = estateInstant(estate.capturedAt, now);
  const evaluationAt = (at) => ({
    now: at,
    matrix: catalogue.matrix,
    options: {
      roleSet: state.options.roleSet,
      allowAzureFiles: state.options.allowAzureFiles,
      allowReplace: settings.allowReplace
    },
    exemptions: state.exemptions
  });
  const findings = [
    ...plan.findings,
    ...evaluate(
      catalogue,
      // Judged as they are made, never all in memory at once (subjectsOfPlan).
      (function* () {
        yield* subjectsOfPlan(state, estate, plan, estateTime, settings.shard);
        yield* extraSubjects(estate, plan, estateTime);
      })(),
      evaluationAt(estateTime)
    ),
    ...evaluate(catalogue, isFirstShard(settings.shard) ? exemptionSubjects(state) : [], evaluationAt(now))
  ];
  return { estate, catalogue, plan, findings, estateTime };
}
function estateInstant(capturedAt, now) {
  const instant = new Date(capturedAt);
  return Number.isNaN(instant.getTime()) || instant > now ? now : instant;
}
function reportChanges(plan) {
  return plan.changes.map((c) => ({
    action: c.action,
    kind: c.kind,
    id: c.id,
    ...c.cluster ? { cluster: c.cluster } : {},
    reasons: c.reasons
  }));
}

// src/commands/audit.ts
async function auditCommand(context) {
  const { settings, now } = context;
  const state = settings.scope.length === 0 || existsSync4(settings.config) ? loadDesiredState(settings.config) : emptyDesiredState(settings.config);
  const drillTargets = new Set(
    state.clusters.flatMap((c) => c.restoreDrill?.target ? [c.restoreDrill.target.key] : [])
  );
  const { estate, plan, findings, estateTime } = await assess(
    state,
    context,
    (estate2, plan2, at) => subjectsOfUnboundClusters(estate2, plan2, at, settings.shard, drillTargets)
  );
  const clusters = clusterStatuses(
    estate,
    plan,
    findings,
    estateTime,
    settings.failOn,
    settings.shard,
    drillTargets
  );
  const compliant = clusters.filter((c) => c.compliant).length;
  const report = buildReport({
    command: "audit",
    failOn: settings.failOn,
    now,
    ...state.clusters.length > 0 ? { config: settings.config } : {},
    changes: reportChanges(plan),
    findings,
    stats: {
      clusters: clusters.length,
      compliant,
      unprotected: clusters.filter((c) => c.protection === "unprotected").length,
      unhealthy: clusters.filter((c) => c.protection === "unhealthy").length,
      compliancePercent: clusters.length === 0 ? 100 : Math.round(compliant / clusters.length * 1e3) / 10
    }
  });
  return { ...report, clusters };
}
function clusterStatuses(estate, plan, findings, at, failOn, shard, skip) {
  const bound = new Set(plan.bindings.map((b) => b.clusterKey));
  return estate.clusters.filter((cluster) => inShard(cluster.key, shard) && !skip.has(cluster.key)).map((cluster) => {
    const instances = estate.instancesOfCluster(cluster.id);
    const healthy = instances.find(
      (i) => (i.protectionState ?? "").toLowerCase() === "protectionconfigured"
    );
    const instance = healthy ?? instances[0];
    const latest = instances.map((i) => estate.latestRecoveryPoint(i.id)).filter((rp) => rp?.timeMs !== void 0).sort((a, b) => b.timeMs - a.timeMs)[0];
    const job = instances.flatMap((i) => estate.jobsOf(i.id)).sort((a, b) => (b.startMs ?? 0) - (a.startMs ?? 0))[0];
    const mine = findings.filter((f) => f.cluster === cluster.name && !f.exempted);
    const counts2 = { error: 0, warning: 0, info: 0 };
    for (const f of mine) counts2[f.severity]++;
    const drift = plan.changes.filter(
      (c) => c.action !== "noop" && c.clusterId !== void 0 && c.clusterId.toLowerCase() === cluster.key
    ).length;
    const protection = healthy ? "protected" : instance ? "unhealthy" : "unprotected";
    return {
      cluster: cluster.name,
      id: cluster.id,
      inConfig: bound.has(cluster.key),
      protection,
      ...instance?.protectionState ? { protectionState: instance.protectionState } : {},
      ...latest?.time ? {
        latestRecoveryPoint: latest.time,
        recoveryPointAgeHours: Math.round((at.getTime() - latest.timeMs) / 36e5 * 10) / 10
      } : {},
      ...job ? {
        lastJob: {
          ...job.operationCategory ? { category: job.operationCategory } : {},
          ...job.status ? { status: job.status } : {},
          ...job.startTime ? { startTime: job.startTime } : {}
        }
      } : {},
      drift,
      findings: counts2,
      compliant: protection === "protected" && drift === 0 && !mine.some((f) => atOrAbove(f.severity, failOn))
    };
  }).sort((a, b) => Number(a.compliant) - Number(b.compliant) || a.cluster.localeCompare(b.cluster));
}
function emptyDesiredState(file) {
  return {
    file,
    version: 1,
    vaults: /* @__PURE__ */ new Map(),
    storage: /* @__PURE__ */ new Map(),
    policies: /* @__PURE__ */ new Map(),
    clusters: [],
    exemptions: [],
    options: { roleSet: "recommended", allowAzureFiles: false },
    sourceMap: new SourceMap(file)
  };
}

// src/operations/gate.ts
var HEALTHY = /* @__PURE__ */ new Set(["protectionconfigured"]);
function decideGate(instance, latest, maxAgeSeconds, now) {
  if (!instance) {
    return { verdict: "blocked", reason: "the cluster has no backup instance: run plan and apply first" };
  }
  const state = instance.protectionState ?? "unknown";
  if (!HEALTHY.has(state.toLowerCase())) {
    const cause = instance.errors[0]?.message ? `: ${instance.errors[0].message}` : "";
    return {
      verdict: "blocked",
      reason: `backup instance ${instance.name} is ${state}, not ProtectionConfigured${cause}; an on-demand backup would not run`
    };
  }
  const limit = formatDuration(maxAgeSeconds);
  if (latest?.timeMs !== void 0 && (latest.state ?? "Completed").toLowerCase() === "completed") {
    const ageSeconds = Math.max(0, Math.round((now.getTime() - latest.timeMs) / 1e3));
    if (ageSeconds <= maxAgeSeconds) {
      return {
        verdict: "fresh",
        recoveryPoint: latest,
        ageSeconds,
        reason: `recovery point ${latest.recoveryPointId} is ${formatDuration(ageSeconds)} old, within ${limit}`
      };
    }
    return {
      verdict: "trigger",
      reason: `the latest recovery point is ${formatDuration(ageSeconds)} old, older than ${limit}`
    };
  }
  return {
    verdict: "trigger",
    reason: latest ? `the latest recovery point is ${latest.state}, not Completed` : "the instance has no recovery point yet"
  };
}

// src/operations/operation-subject.ts
var RECENT_JOBS_MS = 26 * 36e5;
function operationCluster(estate, clusterId) {
  const cluster = estate.cluster(clusterId);
  if (!cluster) return { id: clusterId };
  const extension = estate.backupExtension(cluster.id);
  return {
    id: cluster.id,
    name: cluster.name,
    ...cluster.location ? { location: cluster.location } : {},
    ...cluster.powerState ? { powerState: cluster.powerState } : {},
    extension: extension ? {
      name: extension.name,
      ...extension.extensionType ? { extensionType: extension.extensionType } : {},
      ...extension.provisioningState ? { provisioningState: extension.provisioningState } : {}
    } : null,
    trustedAccessBindings: estate.bindingsOfCluster(cluster.id).map((b) => ({
      name: b.name,
      ...b.sourceResourceId ? { sourceResourceId: b.sourceResourceId } : {},
      roles: b.roles,
      ...b.provisioningState ? { provisioningState: b.provisioningState } : {}
    }))
  };
}
function operationSubject(estate, request) {
  const since = request.now.getTime() - RECENT_JOBS_MS;
  const recentJobs = estate.jobsOf(request.instanceId).filter((job) => job.startMs !== void 0 && job.startMs >= since).map((job) => ({
    id: job.id,
    ...job.operationCategory ? { category: job.operationCategory } : {},
    ...job.operation ? { operation: job.operation } : {},
    ...job.status ? { status: job.status } : {},
    ...job.isUserTriggered !== void 0 ? { isUserTriggered: job.isUserTriggered } : {},
    ...job.startTime ? { startTime: job.startTime } : {}
  }));
  const source = operationCluster(estate, request.sourceClusterId);
  const vaultAt = request.instanceId.toLowerCase().indexOf("/backupinstances/");
  return {
    kind: "operation",
    operation: request.operation,
    resourceId: request.instanceId,
    ...source.name ? { cluster: source.name } : {},
    clusterId: request.sourceClusterId,
    ...request.declaredAt ? { declaredAt: request.declaredAt } : {},
    ...vaultAt > 0 ? { vaultId: request.instanceId.slice(0, vaultAt) } : {},
    sourceCluster: source,
    ...request.targetClusterId ? { targetCluster: operationCluster(estate, request.targetClusterId) } : {},
    sourceDataStore: "OperationalStore",
    recentJobs
  };
}

// src/operations/run-gate.ts
async function triggerAndWait(actions, clock, options) {
  const started = clock.now();
  const elapsed = () => Math.round((clock.now() - started) / 1e3);
  const deadline = started + options.timeoutMs;
  const jobId = await actions.triggerBackup(options.instanceId, options.ruleName);
  options.progress(`on-demand backup started (job ${jobId}), waiting for a new recovery point`);
  let jobDone = false;
  while (clock.now() < deadline) {
    if (!jobDone) {
      const job = await actions.job(options.vaultId, jobId);
      const state = jobOutcome(job?.status);
      if (state === "failed") {
        return {
          ok: false,
          jobId,
          waitSeconds: elapsed(),
          reason: `backup job ${jobId} ${job?.status}${job?.error ? `: ${job.error}` : ""}`
        };
      }
      jobDone = state === "succeeded";
      options.progress(`job ${jobId} ${job?.status ?? "not visible yet"} after ${formatDuration(elapsed())}`);
    }
    if (jobDone) {
      const fresh = (await actions.recoveryPoints(options.instanceId)).filter(
        (rp) => Date.parse(rp.time) >= started - 6e4 && (rp.state ?? "Completed").toLowerCase() === "completed"
      ).sort((a, b) => Date.parse(b.time) - Date.parse(a.time))[0];
      if (fresh)
        return { ok: true, jobId, recoveryPoint: { id: fresh.id, time: fresh.time }, waitSeconds: elapsed() };
    }
    await clock.sleep(options.pollMs);
  }
  return {
    ok: false,
    jobId,
    waitSeconds: elapsed(),
    reason: `no new recovery point within ${formatDuration(Math.round(options.timeoutMs / 1e3))}${jobDone ? " (the job finished, the recovery point is not listed yet)" : ` (job ${jobId} still running)`}`
  };
}

// src/commands/backup.ts
var GATE_RULE = "GATE001";
var WAIT_TIMEOUT_MS = 60 * 6e4;
var POLL_MS = 15e3;
async function backupCommand(context) {
  const { settings, now, log } = context;
  const state = loadDesiredState(settings.config);
  const estate = await estateFor(state, context);
  const bindings = selectClusters(expandClusters(state, estate).bindings, settings.cluster);
  const catalogue = loadCatalogue(settings.policies ? { organisationFolder: settings.policies } : {});
  const findings = [];
  const gates = [];
  const fail2 = (binding, reason, extra = {}) => {
    gates.push({ cluster: binding.clusterName, verdict: "failed", reason, ...extra });
    findings.push({
      ruleId: GATE_RULE,
      severity: "error",
      message: `pre-upgrade gate failed: ${reason}`,
      cluster: binding.clusterName,
      resourceId: binding.clusterId,
      ...location(binding),
      exempted: false
    });
  };
  for (const binding of bindings) {
    const maxAge = maxAgeFor(binding, settings.maxAge);
    const instance = estate.instancesOfCluster(binding.clusterId).find((i) => i.vaultKey === binding.desired.vault.id.key);
    const latest = instance ? estate.latestRecoveryPoint(instance.id) : void 0;
    const verdict = decideGate(instance, latest, maxAge, now);
    log.info(`${binding.clusterName}: ${verdict.reason}`);
    if (verdict.verdict === "fresh") {
      gates.push({
        cluster: binding.clusterName,
        verdict: "passed",
        reason: verdict.reason,
        recoveryPointId: verdict.recoveryPoint.recoveryPointId,
        recoveryPointTime: verdict.recoveryPoint.time,
        waitSeconds: 0
      });
      continue;
    }
    if (verdict.verdict === "blocked" || !instance) {
      fail2(binding, verdict.reason);
      continue;
    }
    const blockers = operationRules(catalogue, estate, instance.id, binding, now);
    findings.push(...blockers);
    if (blockers.some((f) => f.severity === "error" && !f.exempted)) {
      fail2(
        binding,
        `${verdict.reason}, and an on-demand backup may not start now: ${blockers.map((f) => f.ruleId).join(", ")}`
      );
      continue;
    }
    if (settings.estate) {
      fail2(binding, `${verdict.reason}; a snapshot (--estate) cannot take a backup: run against Azure`);
      continue;
    }
    const ruleName = estate.policy(instance.policyId ?? "")?.backupRules[0]?.name;
    if (!ruleName) {
      fail2(binding, `the policy of ${instance.name} has no backup rule to run on demand`);
      continue;
    }
    const vaultId = instance.id.slice(0, instance.id.toLowerCase().indexOf("/backupinstances/"));
    const outcome = await withAzure(context, binding.clusterName, async ({ cloud, credential }) => {
      const { dataProtectionGateActions } = await import("./gate-actions-3J3C4EPL.js");
      const actions = dataProtectionGateActions({ cloud, credential, ...lroPolling(context) });
      return triggerAndWait(actions, realClock, {
        instanceId: instance.id,
        vaultId,
        ruleName,
        timeoutMs: WAIT_TIMEOUT_MS,
        pollMs: context.azure?.pollIntervalMs ?? POLL_MS,
        progress: (message) => log.info(`${binding.clusterName}: ${message}`)
      });
    });
    if (outcome.ok) {
      gates.push({
        cluster: binding.clusterName,
        verdict: "passed",
        reason: `new recovery point ${outcome.recoveryPoint.id}`,
        recoveryPointId: outcome.recoveryPoint.id,
        recoveryPointTime: outcome.recoveryPoint.time,
        jobId: outcome.jobId,
        waitSeconds: outcome.waitSeconds
      });
    } else {
      fail2(binding, outcome.reason, {
        ...outcome.jobId ? { jobId: outcome.jobId } : {},
        waitSeconds: outcome.waitSeconds
      });
    }
  }
  const report = buildReport({
    command: "backup",
    failOn: "error",
    now,
    config: settings.config,
    findings,
    stats: {
      clusters: gates.length,
      passed: gates.filter((g) => g.verdict === "passed").length,
      failed: gates.filter((g) => g.verdict === "failed").length
    }
  });
  return { ...report, gates };
}
var realClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve2) => setTimeout(resolve2, ms))
};
function selectClusters(bindings, wanted) {
  const present = bindings.filter((b) => b.cluster);
  if (!wanted) return present;
  const key = wanted.toLowerCase();
  const chosen = present.filter((b) => b.clusterKey === key || b.clusterName.toLowerCase() === key);
  if (chosen.length === 0) {
    throw new InputError([
      {
        file: "cluster",
        message: `no cluster of the config is named or has the id '${wanted}' (known: ${present.map((b) => b.clusterName).join(", ") || "none"})`
      }
    ]);
  }
  return chosen;
}
function maxAgeFor(binding, input) {
  if (input) {
    const parsed = parseDuration(input);
    if (!parsed.ok) throw new InputError([{ file: "max-age", message: parsed.reason }]);
    return parsed.value.seconds;
  }
  const fromConfig = binding.desired.preUpgrade.maxRecoveryPointAge;
  if (!fromConfig) {
    throw new InputError([
      {
        ...binding.desired.source,
        message: `${binding.clusterName} has no preUpgrade.maxRecoveryPointAge: set it in the config or give --max-age`
      }
    ]);
  }
  return fromConfig.seconds;
}
function operationRules(catalogue, estate, instanceId, binding, now) {
  const subject = operationSubject(estate, {
    operation: "backup",
    instanceId,
    sourceClusterId: binding.clusterId,
    declaredAt: binding.desired.source,
    now
  });
  return evaluate(catalogue, [subject], {
    now,
    matrix: catalogue.matrix,
    options: { roleSet: "recommended", allowAzureFiles: false, allowReplace: false }
  });
}
function location(binding) {
  return {
    file: binding.desired.source.file,
    line: binding.desired.source.line,
    column: binding.desired.source.column
  };
}

// src/operations/drill-history.ts
import { appendFileSync, mkdirSync } from "node:fs";
import { dirname as dirname3 } from "node:path";
function appendDrillRecord(file, record) {
  try {
    mkdirSync(dirname3(file), { recursive: true });
    appendFileSync(file, `${JSON.stringify(record)}
`);
  } catch (error) {
    throw new InputError([
      { file, message: `cannot append to the drill history: ${error.message}` }
    ]);
  }
}

// src/operations/restore-request.ts
function namespaceMappings(namespaces, suffix) {
  if (!suffix || !namespaces) return {};
  return Object.fromEntries(namespaces.map((ns) => [ns, `${ns}${suffix}`.slice(0, 63)]));
}
function restoreRequest(target) {
  const datasource = {
    datasourceType: "Microsoft.ContainerService/managedClusters",
    resourceID: target.targetClusterId,
    resourceUri: target.targetClusterId,
    resourceName: target.targetClusterName,
    resourceType: "Microsoft.ContainerService/managedclusters",
    resourceLocation: target.location
  };
  const mappings = namespaceMappings(target.namespaces, target.namespaceSuffix);
  return {
    objectType: "AzureBackupRecoveryPointBasedRestoreRequest",
    recoveryPointId: target.recoveryPointId,
    sourceDataStoreType: "OperationalStore",
    sourceResourceId: target.sourceClusterId,
    restoreTargetInfo: {
      objectType: "ItemLevelRestoreTargetInfo",
      recoveryOption: "FailIfExists",
      restoreLocation: target.location,
      datasourceInfo: { objectType: "Datasource", ...datasource },
      datasourceSetInfo: { objectType: "DatasourceSet", ...datasource },
      restoreCriteria: [
        {
          objectType: "KubernetesClusterRestoreCriteria",
          // Cluster-scoped resources would land on the target's, shared by every namespace: a drill leaves them.
          includeClusterScopeResources: false,
          ...target.namespaces && target.namespaces.length > 0 ? { includedNamespaces: [...target.namespaces] } : {},
          persistentVolumeRestoreMode: "RestoreWithVolumeData",
          conflictPolicy: "Skip",
          ...Object.keys(mappings).length > 0 ? { namespaceMappings: mappings } : {}
        }
      ]
    }
  };
}
function drillSafetyProblem(target) {
  if (target.sourceClusterId.toLowerCase() !== target.targetClusterId.toLowerCase()) return void 0;
  if (!target.namespaceSuffix)
    return "the drill restores into the source cluster without a namespaceSuffix: it would overwrite production namespaces";
  if (!target.namespaces || target.namespaces.length === 0) {
    return "the drill restores into the source cluster: name the namespaces to restore (restoreDrill.namespaces) so each can be mapped to a suffixed one";
  }
  return void 0;
}

// src/operations/run-drill.ts
async function restoreAndWait(actions, clock, options) {
  const started = clock.now();
  const elapsed = () => Math.round((clock.now() - started) / 1e3);
  const jobId = await actions.restore(options.instanceId, options.request);
  options.progress(`restore started (job ${jobId})`);
  while (clock.now() < started + options.timeoutMs) {
    const job = await actions.job(options.vaultId, jobId);
    const state = jobOutcome(job?.status);
    if (state === "failed")
      return {
        ok: false,
        jobId,
        waitSeconds: elapsed(),
        reason: `restore job ${jobId} ${job?.status}${job?.error ? `: ${job.error}` : ""}`
      };
    if (state === "succeeded") {
      const measured = job?.startTime && job.endTime ? Math.round((Date.parse(job.endTime) - Date.parse(job.startTime)) / 1e3) : NaN;
      return {
        ok: true,
        jobId,
        rtoSeconds: Number.isFinite(measured) && measured >= 0 ? measured : elapsed()
      };
    }
    options.progress(`job ${jobId} ${job?.status ?? "not visible yet"} after ${formatDuration(elapsed())}`);
    await clock.sleep(options.pollMs);
  }
  return {
    ok: false,
    jobId,
    waitSeconds: elapsed(),
    reason: `restore job ${jobId} not finished within ${formatDuration(Math.round(options.timeoutMs / 1e3))}`
  };
}

// src/commands/restore-test.ts
var DRILL_RULE = "DRILL001";
var WAIT_TIMEOUT_MS2 = 2 * 36e5;
var POLL_MS2 = 15e3;
async function restoreTestCommand(context) {
  const { settings, now, log } = context;
  const state = loadDesiredState(settings.config);
  const estate = await estateFor(state, context);
  const catalogue = loadCatalogue(settings.policies ? { organisationFolder: settings.policies } : {});
  const wanted = settings.cluster?.toLowerCase();
  const bindings = expandClusters(state, estate).bindings.filter(
    (b) => b.cluster && b.desired.restoreDrill && (!wanted || b.clusterKey === wanted || b.clusterName.toLowerCase() === wanted)
  );
  if (bindings.length === 0) {
    throw new InputError([
      {
        file: settings.config,
        message: `no cluster ${wanted ? `named '${settings.cluster}' ` : ""}has a restoreDrill in the config: add one (README: the desired-state file)`
      }
    ]);
  }
  const findings = [];
  const drills = [];
  const fail2 = (binding, reason) => {
    findings.push({
      ruleId: DRILL_RULE,
      severity: "error",
      message: `restore drill failed: ${reason}`,
      cluster: binding.clusterName,
      resourceId: binding.clusterId,
      file: binding.desired.source.file,
      line: binding.desired.source.line,
      column: binding.desired.source.column,
      exempted: false
    });
  };
  for (const binding of bindings) {
    const drill = binding.desired.restoreDrill;
    const instance = estate.instancesOfCluster(binding.clusterId).find((i) => i.vaultKey === binding.desired.vault.id.key);
    const point = instance ? estate.recoveryPointsOf(instance.id).find((rp) => (rp.state ?? "Completed").toLowerCase() === "completed" && rp.timeMs !== void 0) : void 0;
    if (!instance || !point) {
      fail2(
        binding,
        instance ? "the instance has no Completed recovery point to restore" : "the cluster has no backup instance: run plan and apply first"
      );
      continue;
    }
    const targetId = drill.target?.id ?? binding.clusterId;
    const targetView = estate.cluster(targetId);
    const target = {
      sourceClusterId: binding.clusterId,
      targetClusterId: targetView?.id ?? targetId,
      targetClusterName: targetView?.name ?? drill.target?.name ?? binding.clusterName,
      location: targetView?.location ?? binding.cluster.location ?? "",
      recoveryPointId: point.recoveryPointId,
      ...drill.namespaces ?? binding.desired.backup.includedNamespaces ? { namespaces: drill.namespaces ?? binding.desired.backup.includedNamespaces } : {},
      namespaceSuffix: drill.namespaceSuffix
    };
    const unsafe = drillSafetyProblem(target);
    if (unsafe) {
      fail2(binding, unsafe);
      continue;
    }
    const subject = operationSubject(estate, {
      operation: "restore",
      instanceId: instance.id,
      sourceClusterId: binding.clusterId,
      targetClusterId: target.targetClusterId,
      declaredAt: binding.desired.source,
      now
    });
    const blockers = evaluate(catalogue, [subject], {
      now,
      matrix: catalogue.matrix,
      options: { roleSet: "recommended", allowAzureFiles: false, allowReplace: false }
    });
    findings.push(...blockers);
    if (blockers.some((f) => f.severity === "error" && !f.exempted)) {
      fail2(binding, `the restore may not start now: ${blockers.map((f) => f.ruleId).join(", ")}`);
      continue;
    }
    if (settings.estate) {
      fail2(binding, "a snapshot (--estate) cannot restore anything: run against Azure");
      continue;
    }
    const vaultId = instance.id.slice(0, instance.id.toLowerCase().indexOf("/backupinstances/"));
    const startedAt = /* @__PURE__ */ new Date();
    log.info(
      `${binding.clusterName}: restoring recovery point ${point.recoveryPointId} (${point.time}) into ${target.targetClusterName}`
    );
    const outcome = await withAzure(context, binding.clusterName, async ({ cloud, credential }) => {
      const { dataProtectionDrillActions } = await import("./drill-actions-KHBGUUUR.js");
      const actions = dataProtectionDrillActions({ cloud, credential, ...lroPolling(context) });
      return restoreAndWait(actions, realClock2, {
        instanceId: instance.id,
        vaultId,
        request: restoreRequest(target),
        timeoutMs: WAIT_TIMEOUT_MS2,
        pollMs: context.azure?.pollIntervalMs ?? POLL_MS2,
        progress: (message) => log.info(`${binding.clusterName}: ${message}`)
      });
    });
    const record = {
      at: startedAt.toISOString(),
      cluster: binding.clusterName,
      target: target.targetClusterName,
      recoveryPointId: point.recoveryPointId,
      rpoSeconds: Math.max(0, Math.round((startedAt.getTime() - point.timeMs) / 1e3)),
      rtoSeconds: outcome.ok ? outcome.rtoSeconds : outcome.waitSeconds,
      status: outcome.ok ? "succeeded" : "failed",
      ...outcome.jobId ? { jobId: outcome.jobId } : {},
      ...outcome.ok ? {} : { error: outcome.reason }
    };
    drills.push(record);
    if (settings.historyFile) appendDrillRecord(settings.historyFile, record);
    if (!outcome.ok) fail2(binding, outcome.reason);
  }
  const report = buildReport({
    command: "restore-test",
    failOn: "error",
    now,
    config: settings.config,
    findings,
    stats: { clusters: bindings.length, restored: drills.filter((d) => d.status === "succeeded").length }
  });
  return { ...report, drills };
}
var realClock2 = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve2) => setTimeout(resolve2, ms))
};

// src/commands/export.ts
import { existsSync as existsSync5 } from "node:fs";

// src/estate/write-snapshot.ts
import { renameSync, rmSync, writeFileSync } from "node:fs";
function serialiseSnapshot(snapshot) {
  return printJsonEntries([
    ["schemaVersion", snapshot.schemaVersion],
    ["capturedAt", snapshot.capturedAt],
    ["resources", sortResources(snapshot.resources)],
    ["providers", snapshot.providers],
    // Optional: printJsonEntries leaves out what is undefined.
    ["kubernetesVersions", snapshot.kubernetesVersions],
    [
      "unreadRecoveryPoints",
      snapshot.unreadRecoveryPoints && [...snapshot.unreadRecoveryPoints].sort(byIdKey)
    ],
    ["vaultCounts", snapshot.vaultCounts]
  ]);
}
function byIdKey(a, b) {
  return byCodeUnit(idKey(a), idKey(b));
}
function sortResources(resources) {
  return resources.map((resource) => ({ key: idKey(resource.id), resource })).sort((a, b) => byCodeUnit(a.key, b.key)).map(({ resource }) => resource);
}
function writeSnapshot(file, snapshot) {
  const text = serialiseSnapshot(snapshot);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text, "utf8");
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = error.code;
    const reason = code === "ENOENT" ? "its folder does not exist" : code === "EACCES" || code === "EPERM" ? "permission denied" : code === "EISDIR" ? "it is a directory" : error.message;
    throw new InputError([{ file, message: `the estate snapshot cannot be written: ${reason}` }]);
  }
}

// src/commands/export.ts
async function exportCommand(context) {
  const { settings, now, log } = context;
  if (!settings.output) {
    throw new InputError([
      {
        file: "command line",
        message: "export needs --output FILE (action input output): where to write the snapshot"
      }
    ]);
  }
  const state = settings.scope.length === 0 || existsSync5(settings.config) ? loadDesiredState(settings.config) : void 0;
  const snapshot = await readEstateFor(state, context);
  writeSnapshot(settings.output, snapshot);
  log.info(`wrote ${snapshot.resources.length} resources to ${settings.output}`);
  const count = (type) => snapshot.resources.filter((r) => r.type.toLowerCase() === type).length;
  return buildReport({
    command: "export",
    failOn: settings.failOn,
    now,
    ...state ? { config: settings.config } : {},
    stats: {
      resources: snapshot.resources.length,
      clusters: count("microsoft.containerservice/managedclusters"),
      backupInstances: count("microsoft.dataprotection/backupvaults/backupinstances"),
      subscriptions: Object.keys(snapshot.providers).length
    }
  });
}

// src/commands/plan.ts
async function planCommand(context) {
  const { settings, now, log } = context;
  const state = loadDesiredState(settings.config);
  const { estate, plan, findings } = await assess(state, context);
  if (settings.planFile) {
    const text = readTextFile(settings.config, "desired-state file");
    writePlanFile(
      settings.planFile,
      // The digest is only worth its cost (a hash over every document the plan depends on) when saved.
      toPlanFile(plan, estateDigest(estate, plan.bindings), { file: settings.config, text }, now, {
        allowReplace: settings.allowReplace,
        prune: settings.prune
      })
    );
    log.info(`plan saved to ${settings.planFile}`);
  }
  return buildReport({
    command: "plan",
    failOn: settings.failOn,
    now,
    config: settings.config,
    changes: reportChanges(plan),
    findings,
    stats: {
      clusters: plan.bindings.length,
      clustersInEstate: estate.clusters.length,
      backupInstances: estate.instances.length
    }
  });
}

// src/commands/validate.ts
async function validateCommand(context) {
  const { settings, now, log } = context;
  const state = loadDesiredState(settings.config);
  const catalogue = loadCatalogue(settings.policies ? { organisationFolder: settings.policies } : {});
  const selectors = state.clusters.filter((c) => c.target.kind === "selector").length;
  log.debug(`loaded ${settings.config}: ${state.clusters.length} cluster entries (${selectors} selectors)`);
  const findings = evaluate(catalogue, staticSubjects(state), {
    now,
    matrix: catalogue.matrix,
    options: {
      roleSet: state.options.roleSet,
      allowAzureFiles: state.options.allowAzureFiles,
      allowReplace: settings.allowReplace
    },
    exemptions: state.exemptions
  });
  return buildReport({
    command: "validate",
    failOn: settings.failOn,
    now,
    config: settings.config,
    findings,
    stats: {
      clusters: state.clusters.length - selectors,
      selectors,
      vaults: state.vaults.size,
      storage: state.storage.size,
      policies: state.policies.size,
      exemptions: state.exemptions.length
    }
  });
}

// src/commands/run.ts
var COMMANDS2 = {
  validate: validateCommand,
  plan: planCommand,
  apply: applyCommand,
  export: exportCommand,
  audit: auditCommand,
  backup: backupCommand,
  "restore-test": restoreTestCommand,
  rules: rulesCommand
};
async function runCommand(context) {
  const { settings, now } = context;
  const command = COMMANDS2[settings.command];
  const failed = (errors) => buildReport({ command: settings.command, failOn: settings.failOn, now, config: settings.config, errors });
  try {
    return await command(context);
  } catch (error) {
    if (error instanceof InputError) return failed([...error.diagnostics]);
    context.log.debug(error?.stack ?? String(error));
    return failed([
      { file: settings.config, message: `unexpected error: ${error?.message ?? String(error)}` }
    ]);
  }
}

// src/report/audit-table.ts
function auditRows(clusters) {
  return clusters.map((c) => ({
    cluster: `${c.cluster}${c.inConfig ? "" : " (not in config)"}`,
    protection: c.protection === "protected" ? "protected" : `${c.protection}${c.protectionState ? ` (${c.protectionState})` : ""}`,
    recoveryPoint: c.recoveryPointAgeHours === void 0 ? "\u2014" : `${c.recoveryPointAgeHours}h old`,
    lastJob: c.lastJob ? `${c.lastJob.category ?? "job"} ${c.lastJob.status ?? "?"}` : "\u2014",
    drift: c.drift === 0 ? "\u2014" : `${c.drift} change${c.drift === 1 ? "" : "s"}`,
    findings: `${c.findings.error}E ${c.findings.warning}W`,
    compliant: c.compliant ? "yes" : "no"
  }));
}
var AUDIT_HEADERS = {
  cluster: "Cluster",
  protection: "Protection",
  recoveryPoint: "Latest recovery point",
  lastJob: "Last job",
  drift: "Drift",
  findings: "Findings",
  compliant: "Compliant"
};
function renderAuditText(clusters) {
  const rows = auditRows(clusters);
  const keys = Object.keys(AUDIT_HEADERS);
  const widths = keys.map((k) => Math.max(AUDIT_HEADERS[k].length, ...rows.map((r) => r[k].length)));
  const line = (cells) => cells.map((c, i) => i === cells.length - 1 ? c : c.padEnd(widths[i])).join("  ");
  return [line(keys.map((k) => AUDIT_HEADERS[k])), ...rows.map((r) => line(keys.map((k) => r[k])))].join(
    "\n"
  );
}

// src/report/catalogue-text.ts
function renderCatalogueText(rules2) {
  const rows = rules2.map((r) => [
    r.id,
    r.severity,
    r.subject,
    r.name,
    `${r.source.citation.split(/[;,]/)[0]} ${r.source.date}`,
    r.docs
  ]);
  const header = ["ID", "SEVERITY", "SUBJECT", "NAME", "SOURCE", "DOCS"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => i === cells.length - 1 ? c : c.padEnd(widths[i])).join("  ");
  return [line(header), ...rows.map(line)].join("\n") + "\n";
}

// src/report/apply-text.ts
var MARK = {
  done: "done",
  failed: "FAILED",
  "not-attempted": "not attempted",
  interrupted: "interrupted"
};
function renderApplyResults(changes) {
  const acting = changes.filter((c) => c.outcome !== void 0);
  if (acting.length === 0) return [];
  const lines = ["AKS Backup Guard applied the plan:", ""];
  for (const change of acting) {
    const outcome = change.outcome;
    const note = outcome.note ? `: ${outcome.note}` : "";
    lines.push(
      `${SYMBOL[change.action].padStart(3)} ${change.kind} ${shortName(change)}: ${MARK[outcome.status]} (${outcome.seconds.toFixed(1)}s)${note}`
    );
  }
  lines.push("");
  return lines;
}
function applyClosingLine(report) {
  const done = report.changes.filter((c) => c.outcome?.status === "done");
  const by = (action) => done.filter((c) => c.action === action).length;
  const tally = `${by("create")} added, ${by("update")} changed, ${by("replace")} replaced, ${by("delete")} destroyed`;
  const attempted = report.changes.filter((c) => c.outcome !== void 0);
  if (attempted.length === 0) {
    return report.errors.length > 0 ? `Apply refused: nothing was changed (${report.errors.length} problem${report.errors.length === 1 ? "" : "s"} above).` : "Apply complete: no changes. Azure matches the desired state.";
  }
  if (done.length === attempted.length) return `Apply complete: ${tally}.`;
  return `Apply incomplete: ${done.length} of ${attempted.length} changes done (${tally}); re-run apply to finish.`;
}

// src/report/terminal.ts
function renderTerminal(report) {
  const lines = [];
  if (report.rules && report.errors.length === 0) lines.push(renderCatalogueText(report.rules).trimEnd());
  if (report.clusters && report.errors.length === 0) lines.push(renderAuditText(report.clusters), "");
  if (report.command === "apply") {
    lines.push(...renderApplyResults(report.changes));
  } else if (report.command !== "validate" && report.errors.length === 0 && report.changes.length > 0) {
    lines.push(...renderChanges(report.changes));
  }
  for (const error of report.errors)
    lines.push(formatDiagnostic({ ...error, message: `error: ${error.message}` }));
  for (const finding of report.findings) lines.push(formatFinding(finding));
  if (report.errors.length === 0) lines.push(...operationLines(report));
  if (lines.length > 0) lines.push("");
  lines.push(closingLine(report));
  return `${lines.join("\n")}
`;
}
function formatFinding(finding) {
  const where = finding.file === void 0 ? "" : `${finding.file}${finding.line === void 0 ? "" : `:${finding.line}:${finding.column ?? 1}`}: `;
  const exempted = finding.exempted ? ` (exempted: ${finding.exemption?.reason ?? "see config"})` : "";
  const subject = finding.cluster ? ` [${finding.cluster}]` : "";
  return `${where}${finding.severity} ${finding.ruleId}${subject}: ${finding.message}${exempted}`;
}
function operationLines(report) {
  const gates = (report.gates ?? []).map(
    (g) => `${g.verdict === "passed" ? "PASS" : "FAIL"} ${g.cluster}: ${g.reason}`
  );
  const drills = (report.drills ?? []).map(
    (d) => `${d.status === "succeeded" ? "RESTORED" : "FAILED"} ${d.cluster} \u2192 ${d.target}: recovery point ${d.recoveryPointId}, RPO ${d.rpoSeconds}s, RTO ${d.rtoSeconds}s${d.error ? ` (${d.error})` : ""}`
  );
  return [...gates, ...drills];
}
function closingLine(report) {
  const { findings } = report.summary;
  const findingText = `${findings.error} error${plural2(findings.error)}, ${findings.warning} warning${plural2(findings.warning)}, ${findings.info} info${findings.exempted ? `, ${findings.exempted} exempted` : ""}`;
  if (report.command === "apply") return applyClosingLine(report);
  if (report.errors.length > 0) {
    return `${report.command} failed: ${report.errors.length} problem${plural2(report.errors.length)} to fix in the input.`;
  }
  if (report.command === "rules") {
    const s = report.stats;
    return `${s.rules ?? 0} rules: ${s.builtIn ?? 0} built-in, ${s.organisation ?? 0} from the organisation folder (${s.error ?? 0} error, ${s.warning ?? 0} warning, ${s.info ?? 0} info).`;
  }
  if (report.command === "audit") {
    const s = report.stats;
    return `Audit: ${s.compliant ?? 0} of ${s.clusters ?? 0} clusters compliant (${s.compliancePercent ?? 0}%), ${s.unprotected ?? 0} unprotected, ${s.unhealthy ?? 0} unhealthy. ${report.summary.create + report.summary.update + report.summary.replace + report.summary.delete} changes pending. Findings: ${findingText}.`;
  }
  if (report.command === "backup") {
    const gates = report.gates ?? [];
    const passed = gates.filter((g) => g.verdict === "passed");
    return `Pre-upgrade gate: ${passed.length} of ${gates.length} cluster${gates.length === 1 ? "" : "s"} passed.`;
  }
  if (report.command === "restore-test") {
    return `Restore drill: ${report.stats.restored ?? 0} of ${report.stats.clusters ?? 0} clusters restored.`;
  }
  if (report.command === "export") {
    return `Exported ${report.stats.resources ?? 0} resources (${report.stats.clusters ?? 0} clusters, ${report.stats.backupInstances ?? 0} backup instances).`;
  }
  if (report.command === "validate") {
    const s = report.stats;
    const shape = `${s.clusters ?? 0} cluster${plural2(s.clusters ?? 0)}, ${s.selectors ?? 0} selector${plural2(s.selectors ?? 0)}, ${s.vaults ?? 0} vault${plural2(s.vaults ?? 0)}, ${s.policies ?? 0} polic${(s.policies ?? 0) === 1 ? "y" : "ies"}, ${s.exemptions ?? 0} exemption${plural2(s.exemptions ?? 0)}`;
    const verdict = report.exitCode === 0 ? "valid" : `not compliant at fail-on '${report.failOn}'`;
    return `${report.config ?? "config"}: ${verdict} (${shape}). Findings: ${findingText}.`;
  }
  const { create, update, replace, delete: destroy } = report.summary;
  const total = findings.error + findings.warning + findings.info;
  const exempted = findings.exempted ? `, ${findings.exempted} exempted` : "";
  return `Plan: ${create} to add, ${update} to change, ${replace} to replace, ${destroy} to destroy. ${total} finding${plural2(total)} (${findings.error} error${plural2(findings.error)}, ${findings.warning} warning${plural2(findings.warning)}${exempted}).`;
}
function plural2(n) {
  return n === 1 ? "" : "s";
}

// src/report/markdown.ts
var MAX_SUMMARY_BYTES = 1024 * 1024;
var DIFF_PREFIX = {
  create: "+",
  update: "~",
  replace: "+",
  delete: "-",
  noop: " "
};
var ICON = { error: "\u{1F534}", warning: "\u{1F7E0}", info: "\u{1F535}" };
function renderMarkdown(report, maxBytes = MAX_SUMMARY_BYTES, pointer = FULL_REPORT_POINTER) {
  const verdict = report.exitCode === 0 ? "\u2705" : report.exitCode === 1 ? "\u274C" : "\u26A0\uFE0F";
  const head = [`## ${verdict} AKS Backup Guard: ${report.command}`, "", escapeText(closingLine(report)), ""];
  const body = [];
  if (report.clusters && report.clusters.length > 0) body.push(...auditTable(report.clusters));
  if (report.gates && report.gates.length > 0) body.push(...gateTable(report.gates));
  if (report.drills && report.drills.length > 0) body.push(...drillTable(report.drills));
  const acting = report.changes.filter((c) => c.action !== "noop");
  if (report.summary.replace + report.summary.delete > 0) {
    body.push(
      `> [!CAUTION]`,
      `> This plan replaces or deletes ${report.summary.replace + report.summary.delete} resource(s). A replaced backup instance starts without recovery points.`,
      ""
    );
  }
  if (acting.length > 0) {
    body.push(`<details><summary>Changes (${acting.length})</summary>`, "", "```diff");
    for (const change of acting) {
      if (change.action === "replace") body.push(`- ${change.kind} ${inCode(shortName(change))}`);
      const outcome = change.outcome ? ` (${change.outcome.status}, ${change.outcome.seconds.toFixed(1)}s)` : "";
      body.push(`${DIFF_PREFIX[change.action]} ${change.kind} ${inCode(shortName(change))}${outcome}`);
      for (const reason of change.reasons) body.push(`    ${inCode(reason)}`);
    }
    body.push("```", "", "</details>", "");
  }
  if (report.errors.length > 0) {
    body.push("### Problems to fix", "");
    for (const error of report.errors) body.push(`- ${escapeText(formatDiagnostic(error))}`);
    body.push("");
  }
  for (const severity of ["error", "warning", "info"]) {
    const group = report.findings.filter((f) => f.severity === severity && !f.exempted);
    if (group.length > 0)
      body.push(
        ...findingTable(`${ICON[severity]} ${severity} (${group.length})`, group, severity === "info")
      );
  }
  const exempted = report.findings.filter((f) => f.exempted);
  if (exempted.length > 0) body.push(...findingTable(`Exempted (${exempted.length})`, exempted, true));
  return fit([...head, ...body].join("\n"), maxBytes, pointer);
}
function findingTable(title, findings, folded) {
  const rows = findings.map((f) => {
    const rule = f.docs ? `[${escapeText(f.ruleId)}](${safeLink(f.docs)})` : escapeText(f.ruleId);
    const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ""}` : "";
    const note = f.exempted && f.exemption ? ` (exempted until ${f.exemption.expires}: ${f.exemption.reason})` : "";
    return `| ${rule} | ${escapeText(f.cluster ?? "")} | ${escapeText(f.message + note)} | ${escapeText(where)} |`;
  });
  const table2 = ["| Rule | Cluster | Finding | Where |", "| --- | --- | --- | --- |", ...rows];
  return folded ? [`<details><summary>${title}</summary>`, "", ...table2, "", "</details>", ""] : [`### ${title}`, "", ...table2, ""];
}
function table(headers, rows) {
  return [
    `| ${headers.join(" | ")} |`,
    `| ${headers.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.map(escapeText).join(" | ")} |`),
    ""
  ];
}
function gateTable(gates) {
  return table(
    ["Cluster", "Gate", "Recovery point", "Backup job", "Waited", "Why"],
    gates.map((g) => [
      g.cluster,
      g.verdict === "passed" ? "\u2705 passed" : "\u274C failed",
      g.recoveryPointTime ?? g.recoveryPointId ?? "\u2014",
      g.jobId ?? "\u2014",
      g.waitSeconds === void 0 ? "\u2014" : `${Math.round(g.waitSeconds)} s`,
      g.reason
    ])
  );
}
function drillTable(drills) {
  return table(
    ["Cluster", "Restored into", "Result", "RPO", "RTO", "Recovery point", "Restore job"],
    drills.map((d) => [
      d.cluster,
      d.target,
      d.status === "succeeded" ? "\u2705 restored" : `\u274C failed${d.error ? `: ${d.error}` : ""}`,
      duration(d.rpoSeconds),
      duration(d.rtoSeconds),
      d.recoveryPointId,
      d.jobId ?? "\u2014"
    ])
  );
}
function duration(seconds) {
  if (seconds < 120) return `${Math.round(seconds)} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}
function auditTable(clusters) {
  const keys = Object.keys(AUDIT_HEADERS);
  return table(
    keys.map((k) => AUDIT_HEADERS[k]),
    auditRows(clusters).map((row) => keys.map((k) => row[k]))
  );
}
function escapeText(text) {
  return text.replace(/\r?\n/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_{}[\]()#+!|~])/g, "\\$1").replace(/@(?=\w)/g, "@\u200B");
}
function inCode(text) {
  return text.replace(/\r?\n/g, " ").replace(/`{3,}/g, (run) => "'".repeat(run.length));
}
function safeLink(link) {
  if (!/^https:\/\//i.test(link) && /^[a-z][a-z0-9+.-]*:/i.test(link)) return "#";
  return link.replace(
    /[()\s<>]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`
  );
}
var FULL_REPORT_POINTER = "the full report is in the JSON output (json-file)";
function fit(markdown, maxBytes, pointer = FULL_REPORT_POINTER) {
  if (Buffer.byteLength(markdown) <= maxBytes) return markdown;
  const notice = `

\u2026the report was cut to fit GitHub's limit; ${pointer}.
`;
  const budget = maxBytes - Buffer.byteLength(notice);
  const lines = markdown.split("\n");
  let size = 0;
  let kept = 0;
  for (const line of lines) {
    const next = Buffer.byteLength(line) + 1;
    if (size + next > budget) break;
    size += next;
    kept++;
  }
  return lines.slice(0, kept).join("\n") + notice;
}

// src/report/json.ts
function renderJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/report/write-files.ts
import { mkdirSync as mkdirSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { dirname as dirname4 } from "node:path";

// src/report/sarif.ts
import { createHash } from "node:crypto";
import { isAbsolute, relative as relative2, sep } from "node:path";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var MAX_SARIF_RESULTS = 25e3;
var LEVEL = {
  error: "error",
  warning: "warning",
  info: "note"
};
function renderSarif(report, options) {
  const catalogue = new Map(options.rules.map((rule) => [rule.id, rule]));
  const used = [...new Set(report.findings.map((f) => f.ruleId))].sort();
  const descriptors = used.map((id) => catalogue.get(id) ?? fallbackDescriptor(id, report.findings));
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  const findings = report.findings.slice(0, MAX_SARIF_RESULTS);
  const fallbackFile = report.config ?? ".github/aks-backup.yaml";
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "AKS Backup Guard",
            version: report.tool.version,
            semanticVersion: report.tool.version,
            ...options.informationUri ? { informationUri: options.informationUri } : {},
            rules: descriptors.map(toReportingDescriptor)
          }
        },
        automationDetails: { id: `aks-backup-guard/${report.command}/` },
        results: findings.map(
          (finding) => toResult(finding, index.get(finding.ruleId), options.baseDir, fallbackFile)
        ),
        ...report.findings.length > MAX_SARIF_RESULTS ? {
          properties: {
            truncated: `${report.findings.length - MAX_SARIF_RESULTS} results left out to stay within GitHub's 25,000 per run; see the JSON report`
          }
        } : {}
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
}
function toReportingDescriptor(rule) {
  const help = rule.help ?? `${rule.title}${rule.docs ? `

See ${rule.docs}` : ""}`;
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.title },
    // SARIF requires an absolute helpUri (multitool SARIF1005); repository paths stay in help.markdown.
    ...rule.docs && /^https?:\/\//i.test(rule.docs) ? { helpUri: rule.docs } : {},
    help: { text: stripMarkdown(help), markdown: help },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ["aks", "backup", "azure"] }
  };
}
function toResult(finding, ruleIndex, baseDir, fallbackFile) {
  const file = toUri(finding.file ?? fallbackFile, baseDir);
  const line = finding.line ?? 1;
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: finding.cluster ? `${finding.cluster}: ${finding.message}` : finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: file },
          region: { startLine: line, startColumn: finding.column ?? 1 }
        }
      }
    ],
    // Identity of an alert across runs: the rule and what it is about, not the line it sits on, so
    // inserting lines above a cluster entry does not close one alert and open another.
    partialFingerprints: {
      primaryLocationLineHash: `${fingerprint(finding.ruleId, finding.resourceId ?? finding.cluster ?? finding.message, file)}:1`
    },
    ...finding.exempted ? {
      suppressions: [
        {
          kind: "external",
          status: "accepted",
          justification: `${finding.exemption?.reason ?? "exempted in the desired-state file"}${finding.exemption ? ` (until ${finding.exemption.expires})` : ""}`
        }
      ]
    } : {},
    ...finding.resourceId ? { properties: { resourceId: finding.resourceId } } : {}
  };
}
function fallbackDescriptor(id, findings) {
  const sample = findings.find((f) => f.ruleId === id);
  return {
    id,
    name: id,
    title: sample.message,
    severity: sample.severity,
    ...sample.docs ? { docs: sample.docs } : {}
  };
}
function toUri(file, baseDir) {
  const path = isAbsolute(file) ? relative2(baseDir, file) : file;
  return path.split(sep).join("/").replace(/^\.\//, "");
}
function fingerprint(...parts) {
  return createHash("sha256").update(parts.join("\0").toLowerCase()).digest("hex").slice(0, 32);
}
function stripMarkdown(markdown) {
  return markdown.replace(/\[([^\]]+)\]\(([^)]+)\)/g, "$1 ($2)").replace(/[*_`#>]/g, "").trim();
}

// src/report/write-files.ts
function writeReportFiles(report, files, rules2, baseDir) {
  const written = {};
  if (files.jsonFile) {
    write(files.jsonFile, renderJson(report), "JSON report");
    written.jsonFile = files.jsonFile;
  }
  if (files.sarifFile) {
    write(files.sarifFile, renderSarif(report, { baseDir, rules: rules2 }), "SARIF file");
    written.sarifFile = files.sarifFile;
  }
  if (files.markdownFile) {
    write(files.markdownFile, renderMarkdown(report), "Markdown report");
    written.markdownFile = files.markdownFile;
  }
  return written;
}
function write(file, content, what) {
  try {
    mkdirSync2(dirname4(file), { recursive: true });
    writeFileSync2(file, content);
  } catch (error) {
    throw new InputError([{ file, message: `cannot write the ${what}: ${error.message}` }]);
  }
}

// src/commands/output-files.ts
function writeRequestedFiles(report, settings, baseDir) {
  const files = {
    ...settings.jsonFile ? { jsonFile: settings.jsonFile } : {},
    ...settings.sarifFile ? { sarifFile: settings.sarifFile } : {},
    ...settings.markdownFile ? { markdownFile: settings.markdownFile } : {}
  };
  const rules2 = files.sarifFile ? ruleDescriptors(loadCatalogue(settings.policies ? { organisationFolder: settings.policies } : {})) : [];
  return writeReportFiles(report, files, rules2, baseDir);
}

// src/settings/inputs.ts
var INPUTS = [
  {
    name: "command",
    type: "string",
    default: "validate",
    values: ["validate", "plan", "apply", "audit", "backup", "restore-test", "export", "rules"],
    description: "What to run: validate, plan, apply, audit, backup, restore-test, export or rules."
  },
  {
    name: "config",
    type: "string",
    default: ".github/aks-backup.yaml",
    description: "Path of the desired-state YAML file."
  },
  {
    name: "fail-on",
    type: "string",
    default: "error",
    values: ["error", "warning", "info"],
    description: "Lowest finding severity that fails the run (exit code 2): error, warning or info."
  },
  {
    name: "format",
    type: "string",
    default: "text",
    values: ["text", "json"],
    cliOnly: true,
    description: "Output on stdout: text for people, json for machines (the report of schema/report.schema.json)."
  },
  {
    name: "json-file",
    type: "string",
    default: "",
    aliases: ["output-json"],
    description: "Write the JSON report (schema/report.schema.json) to this file."
  },
  {
    name: "sarif-file",
    type: "string",
    default: "",
    aliases: ["output-sarif"],
    description: "Write findings as SARIF 2.1.0 to this file, for GitHub code scanning."
  },
  {
    name: "markdown-file",
    type: "string",
    default: "",
    aliases: ["output-markdown"],
    description: "Write the Markdown report (what the job summary and the pull-request comment show) to this file."
  },
  {
    name: "output",
    type: "string",
    default: "",
    description: "For export: the snapshot file to write (read back later with estate)."
  },
  {
    name: "policies",
    type: "string",
    default: "",
    description: "Folder of the organisation's own rules (same format as the built-in ones), added to the catalogue."
  },
  {
    name: "estate",
    type: "string",
    default: "",
    description: "Read the estate from this snapshot file (written by the export command) instead of Azure."
  },
  {
    name: "scope",
    type: "list",
    default: "",
    description: "Where to look for clusters: subscription ids and/or /providers/Microsoft.Management/managementGroups/<id>, comma or newline separated. Default: the subscriptions the config names."
  },
  {
    name: "auth",
    type: "string",
    default: "auto",
    values: ["auto", "oidc", "azure-cli", "environment"],
    description: "How to sign in to Azure: oidc (GitHub OIDC federation), azure-cli (the session of azure/login), environment (AZURE_* variables), or auto (the first that is available)."
  },
  { name: "client-id", type: "string", default: "", description: "Entra application (client) id, for oidc." },
  { name: "tenant-id", type: "string", default: "", description: "Entra tenant id, for oidc." },
  {
    name: "subscription-id",
    type: "string",
    default: "",
    description: "Default subscription, for commands that need one when the config does not say."
  },
  {
    name: "audience",
    type: "string",
    default: "api://AzureADTokenExchange",
    description: "Audience of the GitHub OIDC token exchanged for an Azure token."
  },
  {
    name: "cloud",
    type: "string",
    default: "AzureCloud",
    values: ["AzureCloud", "AzureUSGovernment", "AzureChinaCloud", "custom"],
    description: "Azure cloud: AzureCloud, AzureUSGovernment, AzureChinaCloud, or custom with arm-endpoint and authority-host."
  },
  {
    name: "arm-endpoint",
    type: "string",
    default: "",
    description: "Resource Manager endpoint; overrides the cloud default (sovereign clouds, Azure Stack, test emulators)."
  },
  {
    name: "authority-host",
    type: "string",
    default: "",
    description: "Entra authority host; overrides the cloud default."
  },
  {
    name: "allow-replace",
    type: "boolean",
    default: "false",
    description: "Allow plans that replace a backup instance (delete and re-create) where Azure cannot change it in place, e.g. a new policy or snapshot resource group."
  },
  {
    name: "prune",
    type: "boolean",
    default: "false",
    description: "Allow deleting resources this tool manages that the config no longer lists."
  },
  {
    name: "concurrency",
    type: "integer",
    default: "8",
    description: "Most Azure writes in flight per subscription (ARM allows about 10 writes/s per subscription)."
  },
  {
    name: "shard",
    type: "string",
    default: "",
    description: "Handle only this shard of the clusters, as 'i/n' (1-based), to split a large estate across a job matrix."
  },
  {
    name: "cluster",
    type: "string",
    default: "",
    description: "For backup and restore-test: the cluster (name or id) to act on. Default: every cluster of the config."
  },
  {
    name: "max-age",
    type: "string",
    default: "",
    description: "For backup: a recovery point younger than this passes the gate (e.g. 6h). Default: the config's preUpgrade.maxRecoveryPointAge."
  },
  {
    name: "target-version",
    type: "string",
    default: "",
    description: "For backup: the Kubernetes version the cluster will be upgraded to, checked against the support matrix."
  },
  {
    name: "plan-file",
    type: "string",
    default: "",
    aliases: ["out-plan"],
    description: "plan writes the plan here; apply executes exactly this reviewed plan and refuses if Azure drifted since."
  },
  {
    name: "history-file",
    type: "string",
    default: "",
    description: "For restore-test: append each drill result (RPO, RTO) to this JSON-lines file."
  },
  {
    name: "auto-approve",
    type: "boolean",
    default: "false",
    cliOnly: true,
    description: "For apply in the CLI: do not ask for confirmation (required without a terminal)."
  },
  {
    name: "comment",
    type: "boolean",
    default: "true",
    actionOnly: true,
    description: "On pull requests, keep one comment with the report up to date."
  },
  {
    name: "audit-issue",
    type: "boolean",
    default: "false",
    actionOnly: true,
    description: "For audit in the action: keep one issue up to date, opened when the audit is not compliant, updated on later runs, closed when it is compliant again and reopened if not (needs issues: write)."
  },
  {
    name: "audit-issue-label",
    type: "string",
    default: "aks-backup-guard",
    actionOnly: true,
    description: "Label of the audit issue; the issue is found by this label and a hidden marker, so keep the label on it."
  },
  {
    name: "github-token",
    type: "string",
    default: "${{ github.token }}",
    actionOnly: true,
    description: "Token for the pull-request comment (needs pull-requests: write) and the audit issue (needs issues: write)."
  }
];

// src/settings/settings.ts
var SPECS = new Map(INPUTS.map((spec) => [spec.name, spec]));
function resolveSettings(raw, origin) {
  const problems = [];
  const label = (name) => origin === "input" ? `input '${name}'` : `--${name}`;
  const text = (name) => {
    const given = raw(name).trim();
    if (given !== "") return given;
    const fallback = SPECS.get(name)?.default ?? "";
    return fallback.startsWith("${{") ? "" : fallback;
  };
  const optional = (name) => text(name) || void 0;
  const choice = (name, allowed) => {
    const value = text(name);
    if (allowed.includes(value)) return value;
    const guess = suggest(value, allowed);
    problems.push(
      `${label(name)} must be one of ${allowed.join(", ")}; got '${value}'${guess ? ` (did you mean '${guess}'?)` : ""}`
    );
    return allowed[0];
  };
  const bool = (name) => {
    const value = text(name).toLowerCase();
    if (["true", "yes", "1", "on"].includes(value)) return true;
    if (["false", "no", "0", "off"].includes(value)) return false;
    problems.push(`${label(name)} must be true or false; got '${text(name)}'`);
    return false;
  };
  const integer = (name, min, max) => {
    const value = text(name);
    const n = Number(value);
    if (/^\d+$/.test(value) && n >= min && n <= max) return n;
    problems.push(`${label(name)} must be a whole number from ${min} to ${max}; got '${value}'`);
    return min;
  };
  const shardText = optional("shard");
  let shard;
  if (shardText !== void 0) {
    const match = /^(\d+)\/(\d+)$/.exec(shardText);
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (!match || count < 1 || index < 1 || index > count) {
      problems.push(`${label("shard")} must be 'i/n' with 1 <= i <= n, e.g. 2/8; got '${shardText}'`);
    } else shard = { index, count };
  }
  const auditIssueLabel = text("audit-issue-label");
  if (auditIssueLabel.length > 50 || auditIssueLabel.includes(",")) {
    problems.push(
      `${label("audit-issue-label")} must be one GitHub label: at most 50 characters, no comma; got '${auditIssueLabel}'`
    );
  }
  for (const [name, value] of [
    ["arm-endpoint", optional("arm-endpoint")],
    ["authority-host", optional("authority-host")]
  ]) {
    if (value !== void 0 && !/^https:\/\/[^\s/]+(\/[^\s]*)?$/.test(value)) {
      problems.push(
        `${label(name)} must be an https:// URL; got '${value}' (Azure refuses bearer tokens over plain http)`
      );
    }
  }
  const settings = {
    command: choice("command", COMMANDS),
    config: text("config"),
    failOn: choice("fail-on", SEVERITIES),
    format: choice("format", ["text", "json"]),
    jsonFile: optional("json-file"),
    sarifFile: optional("sarif-file"),
    markdownFile: optional("markdown-file"),
    policies: optional("policies"),
    estate: optional("estate"),
    output: optional("output"),
    scope: text("scope").split(/[\s,]+/).filter((s) => s !== ""),
    auth: choice("auth", ["auto", "oidc", "azure-cli", "environment"]),
    clientId: optional("client-id"),
    tenantId: optional("tenant-id"),
    subscriptionId: optional("subscription-id"),
    audience: text("audience"),
    cloud: choice("cloud", ["AzureCloud", "AzureUSGovernment", "AzureChinaCloud", "custom"]),
    armEndpoint: optional("arm-endpoint"),
    authorityHost: optional("authority-host"),
    allowReplace: bool("allow-replace"),
    prune: bool("prune"),
    concurrency: integer("concurrency", 1, 64),
    shard,
    cluster: optional("cluster"),
    maxAge: optional("max-age"),
    targetVersion: optional("target-version"),
    planFile: optional("plan-file"),
    historyFile: optional("history-file"),
    autoApprove: bool("auto-approve"),
    comment: bool("comment"),
    auditIssue: bool("audit-issue"),
    auditIssueLabel,
    githubToken: optional("github-token")
  };
  if (problems.length > 0) {
    throw new InputError(
      problems.map((message) => ({ file: origin === "input" ? "action inputs" : "command line", message }))
    );
  }
  return settings;
}

// src/util/poll-interval.ts
function pollIntervalFromEnv(env) {
  const text = env.AKS_BACKUP_GUARD_POLL_INTERVAL_MS;
  if (text === void 0 || text === "") return void 0;
  if (!/^\d{1,6}$/.test(text)) {
    throw new InputError([
      {
        file: "environment",
        message: `AKS_BACKUP_GUARD_POLL_INTERVAL_MS must be milliseconds (0-999999); got '${text}'`
      }
    ]);
  }
  return Number(text);
}

export {
  buildReport,
  runCommand,
  renderTerminal,
  renderMarkdown,
  escapeText,
  safeLink,
  renderJson,
  writeRequestedFiles,
  INPUTS,
  resolveSettings,
  clockFromEnv,
  pollIntervalFromEnv
};
