// Render one Hexo theme's post layout (EJS or Pug) with fixed values (tmpl129, issue 10).
//
// Called by benchmarks/templates/blogs.py: node hexo_render.js JOB.json, JOB naming the theme folder (the
// layout/, languages/, scripts/ and _config.yml of one snapshot, unpacked by the caller), the layout file
// and the values; prints the page. Needs the registry packages ejs, pug and js-yaml (NODE_PATH); nothing
// of any theme is kept. Hexo's own helpers are written here from their documented output (date() is
// moment's format, __() the theme's language file, partial() the theme's file); a helper or config key
// this script does not know is a "hole": callable, every property of it another hole, printed as
// nothing, true in a condition (a theme's optional box is drawn, as tmpl90 keeps a conditional's first
// branch). A partial that fails to render is emptied, as tmpl90 empties an include it cannot resolve.

"use strict";
const fs = require("fs");
const path = require("path");
const ejs = require("ejs");
const yaml = require("js-yaml");
let pug = null;
try {
  pug = require("pug");
} catch (e) {
  pug = null;
}

const job = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const ROOT = job.theme_dir;
const V = job.values;

const hole = new Proxy(function () {}, {
  get(t, k) {
    if (k === Symbol.toPrimitive) return () => "";
    if (k === "toString" || k === "valueOf" || k === "toJSON") return () => "";
    if (k === Symbol.iterator) return function* () {};
    if (k === "length") return 0;
    if (k === "then") return undefined;
    return hole;
  },
  apply() {
    return hole;
  },
  has() {
    return false;
  },
});

const PLAIN = Symbol("plain");
function deep(obj) {
  // a config object whose missing keys are holes
  if (obj === null || obj === undefined) return hole;
  if (typeof obj !== "object" || obj[PLAIN]) return obj;
  return new Proxy(obj, {
    get(t, k) {
      if (typeof k === "symbol") return t[k];
      if (k in t) {
        const v = t[k];
        return v !== null && typeof v === "object" ? deep(v) : v === null ? hole : v;
      }
      return hole;
    },
  });
}

function readYaml(p) {
  try {
    return yaml.load(fs.readFileSync(path.join(ROOT, p), "utf8")) || {};
  } catch (e) {
    return {};
  }
}

const themeConfig = readYaml("_config.yml");
// A theme's own author setting (Keep's base_info.author, Redefine's info.author) holds the blog owner's
// account, as config.author does; registries a theme's scripts fill at generation (Stellar's wiki
// and topic trees) are empty, as on a site with none.
(function fill(obj, depth) {
  if (!obj || typeof obj !== "object" || depth > 3) return;
  for (const key of Object.keys(obj)) {
    if (key === "author" && typeof obj[key] === "string") obj[key] = V.poster;
    else fill(obj[key], depth + 1);
  }
})(themeConfig, 0);
for (const key of ["wiki", "topic", "notebooks"]) {
  themeConfig[key] = themeConfig[key] && typeof themeConfig[key] === "object" ? themeConfig[key] : {};
  themeConfig[key].tree = themeConfig[key].tree || { [PLAIN]: true };
}
let lang = {};
for (const name of ["zh-CN", "zh-Hans", "zh_CN", "zh-cn", "zh", "default", "en"]) {
  for (const ext of [".yml", ".yaml"]) {
    if (fs.existsSync(path.join(ROOT, "languages", name + ext))) {
      lang = readYaml(path.join("languages", name + ext));
      break;
    }
  }
  if (Object.keys(lang).length) break;
}

// ------------------------------------------------------------ dates (moment's format tokens)
const [Y, Mo, Dd, H, Mi, S] = job.stamp;
const WEEK = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];
function pad(n, w) {
  return String(n).padStart(w, "0");
}
function fmt(format) {
  if (!format || typeof format !== "string") format = "YYYY-MM-DD";
  const dow = new Date(Date.UTC(Y, Mo - 1, Dd)).getUTCDay();
  const tokens = {
    YYYY: String(Y), YY: String(Y).slice(2), MMMM: `${Mo}月`, MMM: `${Mo}月`, MM: pad(Mo, 2), M: String(Mo),
    Do: `${Dd}日`, DD: pad(Dd, 2), D: String(Dd), dddd: WEEK[dow], ddd: WEEK[dow].replace("星期", "周"),
    HH: pad(H, 2), H: String(H), hh: pad(H % 12 || 12, 2), h: String(H % 12 || 12), mm: pad(Mi, 2),
    m: String(Mi), ss: pad(S, 2), s: String(S), A: H < 12 ? "上午" : "下午", a: H < 12 ? "上午" : "下午",
    LLLL: `${Y}年${Mo}月${Dd}日${WEEK[dow]} ${pad(H, 2)}:${pad(Mi, 2)}`, LLL: `${Y}年${Mo}月${Dd}日 ${pad(H, 2)}:${pad(Mi, 2)}`,
    LL: `${Y}年${Mo}月${Dd}日`, L: `${Y}/${pad(Mo, 2)}/${pad(Dd, 2)}`, llll: `${Y}年${Mo}月${Dd}日${WEEK[dow].replace("星期", "周")} ${pad(H, 2)}:${pad(Mi, 2)}`,
    lll: `${Y}年${Mo}月${Dd}日 ${pad(H, 2)}:${pad(Mi, 2)}`, ll: `${Y}年${Mo}月${Dd}日`, l: `${Y}/${Mo}/${Dd}`, LT: `${pad(H, 2)}:${pad(Mi, 2)}`,
    Z: "+08:00", ZZ: "+0800",
  };  // prettier-ignore (moment's zh-cn locale for the L forms)
  const re = /\[([^\]]*)\]|YYYY|YY|MMMM|MMM|MM|M|Do|DD|D|dddd|ddd|HH|H|hh|h|mm|m|ss|s|A|a|LLLL|LLL|LL|LT|L|llll|lll|ll|l|ZZ|Z/g;
  return format.replace(re, (m, lit) => (lit !== undefined ? lit : tokens[m]));
}
function makeDate() {
  const d = new Date(Date.UTC(Y, Mo - 1, Dd, H - 8, Mi, S));
  const m = {
    format: (f) => fmt(f), toISOString: () => d.toISOString(), toDate: () => d, valueOf: () => d.valueOf(),
    year: () => Y, month: () => Mo - 1, date: () => Dd, unix: () => Math.floor(d.valueOf() / 1000),
    locale: () => m, tz: () => m, clone: () => m, isValid: () => true, toString: () => fmt("YYYY-MM-DD HH:mm:ss"),
    diff: () => 0, isSame: () => true, isBefore: () => false, isAfter: () => false, _isAMomentObject: true,
  };
  return m;
}
const DATE = makeDate();

// ------------------------------------------------------------ the page and site
function coll(items) {
  const arr = items.slice();
  arr.each = (fn) => arr.forEach(fn);
  arr.toArray = () => arr;
  arr.data = arr;
  arr.first = () => arr[0];
  arr.last = () => arr[arr.length - 1];
  arr.sort = () => arr;
  arr.filter = (fn) => coll(Array.prototype.filter.call(arr, fn));
  arr.limit = (n) => coll(arr.slice(0, n));
  return arr;
}
const category = { name: job.column, path: "categories/yqdt/", permalink: "/categories/yqdt/", slug: "yqdt",
  parent: undefined, length: 1 };  // prettier-ignore
const page = {
  title: job.title, date: DATE, updated: DATE, content: job.body, more: job.body, excerpt: "", layout: "post",
  path: "2023/05/17/park-fair/", permalink: "https://blog.example.cn/2023/05/17/park-fair/", source: "_posts/x.md",
  categories: coll([category]), tags: coll([]), comments: false, toc: false, photos: [], prev: undefined,
  next: undefined, __post: true, lang: "zh-CN", type: "post", hide: false, copyright: true,
};
if (V.author) page.author = V.author;
const config = deep({
  title: job.site, subtitle: "", description: "", author: V.poster, language: "zh-CN", url: "https://blog.example.cn",
  root: "/", date_format: "YYYY-MM-DD", time_format: "HH:mm:ss", permalink: ":year/:month/:day/:title/",
  tag_dir: "tags", category_dir: "categories", archive_dir: "archives", index_generator: { path: "" },
  timezone: "Asia/Shanghai",
});
const site = deep({ posts: coll([]), pages: coll([]), categories: coll([category]), tags: coll([]), data: {} });

function translate(key, ...args) {
  let val = key.split(".").reduce((o, k) => (o && typeof o === "object" ? o[k] : undefined), lang);
  if (val && typeof val === "object") val = val.other || val.one || Object.values(val)[0];
  if (typeof val !== "string") val = key;
  let i = 0;
  return val.replace(/%[sd]/g, () => (i < args.length ? String(args[i++]) : ""));
}

// inject points a theme's scripts register to its own files (Fluid and NexT's default-injects.js)
const injects = {};
try {
  const src = fs.readFileSync(path.join(ROOT, "scripts/filters/default-injects.js"), "utf8");
  for (const m of src.matchAll(/injects\.(\w+)\.file\(\s*'[^']*'\s*,\s*path\.join\(\s*hexo\.theme_dir\s*,\s*'([^']+)'/g)) {
    (injects[m[1]] = injects[m[1]] || []).push(m[2]);
  }
} catch (e) {
  /* no injects */
}

function findFile(name, from) {
  const exts = ["", ".ejs", ".pug", ".swig", ".njk"];
  const bases = [path.dirname(from || path.join(ROOT, "layout/x")), path.join(ROOT, "layout"), ROOT];
  for (const base of bases) {
    for (const ext of exts) {
      const p = path.resolve(base, name + ext);
      if (p.startsWith(ROOT) && fs.existsSync(p) && fs.statSync(p).isFile()) return p;
    }
  }
  return null;
}

// The theme's own helpers (scripts/**: hexo.extend.helper.register(name, fn)), run with a stand-in hexo
// whose other registrations are ignored; a file that fails to load adds none.
const themeHelpers = {};
function walk(dir) {
  let out = [];
  if (!fs.existsSync(dir)) return out;
  for (const name of fs.readdirSync(dir)) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isDirectory()) out = out.concat(walk(p));
    else if (p.endsWith(".js")) out.push(p);
  }
  return out;
}
const noop = () => {};
// a module the theme's scripts require that is not here (hexo-util, hexo's own) is a hole
const Module = require("module");
const realRequire = Module.prototype.require;
Module.prototype.require = function (id) {
  try {
    return realRequire.apply(this, arguments);
  } catch (e) {
    if (e.code === "MODULE_NOT_FOUND" && !id.startsWith(".")) return hole;
    throw e;
  }
};
global.hexo = {
  extend: {
    helper: { register: (name, fn) => { themeHelpers[name] = fn; } },
    filter: { register: noop }, generator: { register: noop }, tag: { register: noop },
    injector: { register: noop }, console: { register: noop }, renderer: { register: noop },
  },
  on: noop, log: { info: noop, warn: noop, error: noop, debug: noop }, config: config, theme: { config: deep(themeConfig) },
  render: { renderSync: () => "" }, locals: { get: () => coll([]) }, route: { get: noop },
  theme_dir: ROOT + "/", base_dir: ROOT + "/", source_dir: ROOT + "/source/", env: {},
};  // prettier-ignore
for (const file of walk(path.join(ROOT, "scripts"))) {
  try {
    if (!/hexo\.extend\.helper\.register/.test(fs.readFileSync(file, "utf8"))) continue;
    require(file);
  } catch (e) {
    if (process.env.HEXO_RENDER_DEBUG) console.error(`script ${file}: ${e.message}`);
  }
}

function helpers(current) {
  const h = {
    page, config, theme: deep(themeConfig), site, url: page.permalink, path: page.path, body: "", is_post: () => true,
    is_page: () => false, is_home: () => false, is_archive: () => false, is_category: () => false,
    is_tag: () => false, is_current: () => false, date: (d, f) => fmt(typeof f === "string" ? f : "YYYY-MM-DD"),
    time: (d, f) => fmt(typeof f === "string" ? f : "HH:mm:ss"), full_date: (d, f) => fmt(f || "YYYY-MM-DD HH:mm:ss"),
    date_xml: () => DATE.toISOString(), moment: () => DATE, __: translate, _p: translate, url_for: (p) => (typeof p === "string" ? p : "/"),
    full_url_for: (p) => (typeof p === "string" ? p : "/"), relative_url: (a, b) => b || "", strip_html: (s) => String(s || "").replace(/<[^>]*>/g, ""),
    escape_html: (s) => String(s || ""), truncate: (s) => String(s || ""), word4post: () => "1200", wordcount: () => "1200",
    min2read: () => "3", symbolsCount: () => "1200", symbolsTime: () => "3", toc: () => "", list_categories: () => "",
    list_tags: () => "", tagcloud: () => "", css: () => "", js: () => "", inject_point: (name) => (injects[name] || []).map((f) => partial(f, {}, current)).join(""),
    Object, Array, JSON, Math, String, Number, Date, parseInt, parseFloat, isNaN, encodeURIComponent, decodeURIComponent,
    encodeURI, RegExp, Boolean, console, undefined,
  };  // prettier-ignore
  h.partial = (name, locals, opts) => partial(name, locals, current);
  for (const [name, fn] of Object.entries(themeHelpers)) {
    h[name] = (...args) => {
      try {
        return fn.apply(h, args);
      } catch (e) {
        return hole;
      }
    };
  }
  return h;
}

function scope(extra) {
  const base = Object.assign({}, extra);
  return new Proxy(base, {
    has(t, k) {
      if (typeof k !== "string") return false;
      if (["__output", "__append", "__line", "__lines", "__filename", "__dirname"].includes(k)) return false;
      if (["escapeFn", "include", "rethrow", "locals", "self", "pug", "pug_html", "pug_mixins", "pug_interp"].includes(k)) return false;
      return true;
    },
    get(t, k) {
      if (k === Symbol.unscopables) return undefined;
      if (k in t) return t[k];
      if (typeof k === "string" && k in globalThis) return globalThis[k];
      return hole;
    },
    set(t, k, v) {
      t[k] = v;
      return true;
    },
  });
}

function renderFile(file, locals) {
  const src = fs.readFileSync(file, "utf8");
  const all = Object.assign(helpers(file), locals || {});
  // a partial sees its caller's locals and its own (Hexo's view locals)
  all.partial = (name, more) => partial(name, Object.assign({}, locals || {}, more || {}), file);
  if (file.endsWith(".pug")) {
    if (!pug) return "";
    const fn = pug.compile(src, { filename: file, basedir: path.join(ROOT, "layout") });
    return fn(scope(all));
  }
  return ejs.render(src, scope(all), { filename: file, _with: true, strict: false, localsName: "locals" });
}

let depth = 0;
function partial(name, locals, from) {
  const file = findFile(name, from);
  if (!file || depth > 12) return "";
  depth += 1;
  try {
    return renderFile(file, Object.assign({}, locals || {}));
  } catch (e) {
    if (process.env.HEXO_RENDER_DEBUG) console.error(`partial ${name}: ${e.message}`);
    return "";
  } finally {
    depth -= 1;
  }
}

const layoutFile = path.join(ROOT, job.layout);
let body = renderFile(layoutFile, {});
const wrapper = findFile(job.layout.endsWith(".pug") ? "layout.pug" : "layout.ejs", path.join(ROOT, "layout/x"));
if (wrapper && !job.layout.endsWith(".pug")) {
  try {
    body = renderFile(wrapper, { body });
  } catch (e) {
    if (process.env.HEXO_RENDER_DEBUG) console.error(`layout: ${e.message}`);
  }
}
process.stdout.write(body);
