// Render one Jekyll theme's post layout with fixed values (tmpl132, issue 10).
//
// Called by benchmarks/templates/article_cms132.py: node jekyll_render.js JOB.json, JOB naming the site
// folder (the _layouts/, _includes/, _data/ and _config.yml of one snapshot, unpacked by the caller), the
// layout file and the values; prints the page. Needs the registry package liquidjs (NODE_PATH; `npm install
// --prefix .node liquidjs@10`) and js-yaml. Jekyll's own filters and its layout chain are written here
// from their documented output (date_to_string is "17 May 2023", a layout's front matter `layout:` wraps
// it in that layout with `content`); a tag this script does not know prints nothing, an unknown variable
// is empty (false in a condition), as Liquid prints it. Nothing of any theme is kept.

"use strict";
const fs = require("fs");
const path = require("path");
const { Liquid, Tag } = require("liquidjs");
const yaml = require("js-yaml");

const job = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const ROOT = job.site_dir;
const [Y, MO, D, H, MI, S] = job.stamp;
const DATE = new Date(Date.UTC(Y, MO - 1, D, H - 8, MI, S)); // the stamp in UTC+8 (TZ is set by the caller)
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December"];

function frontMatter(text) {
  const m = text.match(/^---\s*\n([\s\S]*?)\n---\s*\n?/);
  if (!m) return [{}, text];
  let fm = {};
  try {
    fm = yaml.load(m[1]) || {};
  } catch (e) {
    fm = {};
  }
  return [fm, text.slice(m[0].length)];
}

let config = {};
try {
  config = yaml.load(fs.readFileSync(path.join(ROOT, "_config.yml"), "utf8")) || {};
} catch (e) {
  config = {};
}
const data = {};
const dataDir = path.join(ROOT, "_data");
if (fs.existsSync(dataDir)) {
  for (const f of fs.readdirSync(dataDir)) {
    if (/\.ya?ml$/.test(f)) {
      try {
        data[f.replace(/\.ya?ml$/, "")] = yaml.load(fs.readFileSync(path.join(dataDir, f), "utf8"));
      } catch (e) {
        /* a data file this reader cannot parse sets nothing */
      }
    }
  }
}

// Jekyll's Liquid is lax: ``{% else if X %}`` is read there (a theme's meta tags); liquidjs is strict, so
// the files are read through this, which writes it ``elsif``
const lax = (text) => text.replace(/\{%(-?)\s*else\s+if\b/g, "{%$1 elsif");
const laxFs = {
  readFileSync: (f) => lax(fs.readFileSync(f, "utf8")),
  readFile: async (f) => lax(fs.readFileSync(f, "utf8")),
  existsSync: (f) => fs.existsSync(f),
  exists: async (f) => fs.existsSync(f),
  contains: (root, f) => path.resolve(f).startsWith(path.resolve(root)),
  resolve: (root, file, ext) => path.resolve(root, file + ext),
  sep: path.sep,
  dirname: path.dirname,
};

const engine = new Liquid({
  fs: laxFs,
  root: [path.join(ROOT, "_includes")],
  extname: "",
  jekyllInclude: true,
  dynamicPartials: false,
  strictVariables: false,
  strictFilters: false,
  timezoneOffset: -480,
});
// Jekyll's filters (jekyllrb.com/docs/liquid/filters), as they print our one date and our plain values
const asDate = (v) => (v instanceof Date ? v : new Date(v));
const shifted = (v) => new Date(asDate(v).getTime() + 8 * 3600 * 1000); // read in UTC+8 by getUTC*
const utcShort = (v) => {
  const d = shifted(v);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()].slice(0, 3)} ${d.getUTCFullYear()}`;
};
engine.registerFilter("date_to_string", (v) => utcShort(v));
engine.registerFilter("date_to_long_string", (v) => {
  const d = shifted(v);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
});
engine.registerFilter("date_to_xmlschema", () => `${Y}-${String(MO).padStart(2, "0")}-${String(D).padStart(2, "0")}T${String(H).padStart(2, "0")}:${String(MI).padStart(2, "0")}:${String(S).padStart(2, "0")}+08:00`);
engine.registerFilter("date_to_rfc822", () => `Wed, ${D} ${MONTHS[MO - 1].slice(0, 3)} ${Y} ${String(H).padStart(2, "0")}:${String(MI).padStart(2, "0")}:00 +0800`);
engine.registerFilter("relative_url", (v) => `${config.baseurl || ""}${v || ""}`);
engine.registerFilter("absolute_url", (v) => `${config.url || ""}${config.baseurl || ""}${v || ""}`);
engine.registerFilter("jsonify", (v) => JSON.stringify(v === undefined ? null : v));
engine.registerFilter("xml_escape", (v) => String(v ?? "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
engine.registerFilter("cgi_escape", (v) => encodeURIComponent(String(v ?? "")));
engine.registerFilter("uri_escape", (v) => encodeURI(String(v ?? "")));
engine.registerFilter("markdownify", (v) => String(v ?? ""));
engine.registerFilter("smartify", (v) => String(v ?? ""));
engine.registerFilter("slugify", (v) => String(v ?? "").toLowerCase().replace(/[^\w\u4e00-\u9fff]+/g, "-"));
engine.registerFilter("number_of_words", (v) => String(v ?? "").split(/\s+/).filter(Boolean).length);
engine.registerFilter("array_to_sentence_string", (v) => (Array.isArray(v) ? v.join(", ") : String(v ?? "")));
engine.registerFilter("normalize_whitespace", (v) => String(v ?? "").replace(/\s+/g, " "));
engine.registerFilter("where", (v) => (Array.isArray(v) ? [] : v));
engine.registerFilter("where_exp", (v) => (Array.isArray(v) ? [] : v));
engine.registerFilter("group_by", () => []);
engine.registerFilter("sample", (v) => (Array.isArray(v) ? v[0] : v));
engine.registerFilter("inspect", (v) => JSON.stringify(v));
// plugin tags a theme calls ({% seo %}, {% feed_meta %}, {% github_edit_link %}): nothing printed
for (const name of ["seo", "feed_meta", "github_edit_link", "gist", "post_url", "link", "octicon"]) {
  engine.registerTag(name, class extends Tag {
    *render() {
      return "";
    }
  });
}
engine.registerTag("highlight", class extends Tag {
  constructor(token, remain, liquid) {
    super(token, remain, liquid);
    this.tpls = [];
    let closed = false;
    while (remain.length) {
      const t = remain.shift();
      if (t.name === "endhighlight") {
        closed = true;
        break;
      }
    }
    if (!closed) throw new Error("highlight not closed");
  }
  *render() {
    return "";
  }
});

const poster = job.values.poster;
const site = {
  ...config, title: job.site, name: job.site, author: config.author && typeof config.author === "object"
    ? { ...config.author, name: poster } : poster, data, posts: [], categories: {}, tags: {}, pages: [],
  time: DATE, baseurl: config.baseurl || "", url: config.url || "http://www.example.cn",
};
const page = {
  title: job.title, date: DATE, author: poster, categories: [job.column], category: job.column, tags: [],
  url: "/2023/05/17/post/", content: job.body, excerpt: "", layout: "post", id: "/2023/05/17/post",
  previous: { url: "/2023/05/10/prev/", title: job.prev_title }, next: null,
};

async function main() {
  let file = job.layout;
  let content = job.body;
  for (let depth = 0; depth < 6 && file; depth++) {
    const raw = fs.readFileSync(path.join(ROOT, file), "utf8");
    const [fm, body] = frontMatter(lax(raw));
    content = await engine.parseAndRender(body, { site, page, content, layout: fm, paginator: null, jekyll: { environment: "production" } });
    file = fm.layout ? `_layouts/${fm.layout}.html` : null;
    if (file && !fs.existsSync(path.join(ROOT, file))) file = null;
  }
  process.stdout.write(content);
}

main().catch((e) => {
  process.stderr.write(`Error: ${e.message}\n`);
  process.exit(1);
});
