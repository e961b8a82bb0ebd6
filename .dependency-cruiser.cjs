/**
 * The layers of src/, checked on every `npm test`: imports point one way
 * (model → parse → extract → db → load → api → cli, config at the edge), no cycles,
 * and the pure stages (parse, extract) do no I/O.
 */
const layer = (name, allowed) => ({
  name: `layer-${name}`,
  comment: `src/${name} may import only from: ${allowed.join(", ") || "nothing else in src"}`,
  severity: "error",
  from: { path: `^src/${name}/` },
  to: {
    path: "^src/",
    pathNot: [`^src/${name}/`, ...allowed.map((a) => `^src/${a}/`)],
  },
});

module.exports = {
  forbidden: [
    { name: "no-circular", severity: "error", from: {}, to: { circular: true } },
    layer("model", []),
    layer("config", []),
    layer("parse", ["model"]),
    layer("extract", ["model"]),
    layer("db", ["model", "config"]),
    layer("load", ["model", "parse", "extract", "db", "config"]),
    layer("api", ["model", "parse", "extract", "db", "load", "config"]),
    {
      name: "pure-stages-do-no-io",
      comment: "parse and extract are pure: text in, values out",
      severity: "error",
      from: { path: "^src/(parse|extract|model)/" },
      to: { path: "^(node:)?(fs|fs/promises|net|http|https|child_process|worker_threads)$", dependencyTypes: ["core"] },
    },
    {
      name: "no-test-imports-in-src",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^(test|bench)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: [".ts", ".js"] },
  },
};
