/* unionkg explorer: an export bar on every view (unionkgExplorer.onView):
 * CSV of the view's list (one row per item, as the API answered it), GraphML
 * of the graph as shown (the visible nodes and relationships, with their
 * properties and evidence), and PNG of the graph (cytoscape's png()).
 * The files are made in the browser and downloaded; nothing is sent. */
(function () {
  "use strict";

  const x = window.unionkgExplorer;
  const { el } = x;
  const GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";

  function download(name, blob) {
    const url = URL.createObjectURL(blob);
    const a = el("a", { href: url, download: name, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** The view's items: its first list (items, parents + children, paths …). */
  function itemsOf(data) {
    if (!data) return [];
    if (Array.isArray(data.items)) return data.items;
    if (Array.isArray(data.parents) || Array.isArray(data.children)) {
      return [...(data.parents || []).map((p) => ({ relation: "parent", ...p })),
        ...(data.children || []).map((c) => ({ relation: "child", ...c }))];
    }
    if (Array.isArray(data.paths)) return data.paths;
    return [];
  }

  /** One flat row per item: nested objects one level down as `key.sub`, lists and deeper values as JSON. */
  function flatten(item) {
    const row = {};
    for (const [key, value] of Object.entries(item)) {
      if (value && typeof value === "object" && !Array.isArray(value)) {
        for (const [sub, v] of Object.entries(value)) row[`${key}.${sub}`] = v && typeof v === "object" ? JSON.stringify(v) : v;
      } else {
        row[key] = Array.isArray(value) ? JSON.stringify(value) : value;
      }
    }
    return row;
  }

  function csvCell(value) {
    if (value === null || value === undefined) return "";
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  }

  /** CSV text (UTF-8 with a byte-order mark, so spreadsheets see the encoding) of the view's items. */
  function viewCsv(view) {
    const rows = itemsOf(view.data).map(flatten);
    const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    const lines = [columns, ...rows.map((r) => columns.map((c) => r[c]))].map((cells) => cells.map(csvCell).join(","));
    return `\ufeff${lines.join("\r\n")}\r\n`;
  }

  /** A GraphML document (built with the DOM's XML API) of the graph's visible nodes and edges. */
  function graphml(cy) {
    const doc = document.implementation.createDocument(GRAPHML_NS, "graphml", null);
    const root = doc.documentElement;
    const keys = [["node", "name"], ["node", "type"], ["edge", "type"], ["edge", "properties"], ["edge", "evidence"], ["edge", "confirmed"]];
    for (const [scope, name] of keys) {
      const key = doc.createElementNS(GRAPHML_NS, "key");
      key.setAttribute("id", `${scope}_${name}`);
      key.setAttribute("for", scope);
      key.setAttribute("attr.name", name);
      key.setAttribute("attr.type", name === "confirmed" ? "boolean" : "string");
      root.append(key);
    }
    const graph = doc.createElementNS(GRAPHML_NS, "graph");
    graph.setAttribute("id", "unionkg-view");
    graph.setAttribute("edgedefault", "directed");
    root.append(graph);
    const data = (parent, key, value) => {
      const d = doc.createElementNS(GRAPHML_NS, "data");
      d.setAttribute("key", key);
      d.textContent = typeof value === "object" ? JSON.stringify(value) : String(value);
      parent.append(d);
    };
    const visible = cy.elements(":visible");
    visible.nodes().forEach((n) => {
      const node = doc.createElementNS(GRAPHML_NS, "node");
      node.setAttribute("id", n.id());
      data(node, "node_name", n.data("name"));
      data(node, "node_type", n.data("label"));
      graph.append(node);
    });
    visible.edges().forEach((e) => {
      const edge = doc.createElementNS(GRAPHML_NS, "edge");
      edge.setAttribute("id", e.id());
      edge.setAttribute("source", e.data("source"));
      edge.setAttribute("target", e.data("target"));
      data(edge, "edge_type", e.data("type"));
      data(edge, "edge_properties", e.data("properties") || {});
      data(edge, "edge_evidence", e.data("evidence") || []);
      data(edge, "edge_confirmed", e.data("confirmed") === true);
      graph.append(edge);
    });
    return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
  }

  x.onView((view, toolbar) => {
    const base = `unionkg-${view.name}-${view.entity.id}`;
    toolbar.append(el("span", { class: "export-bar", id: "export-bar" }, "导出：",
      el("button", { type: "button", id: "export-csv", title: "本视图的列表（CSV）",
        onclick: () => download(`${base}.csv`, new Blob([viewCsv(view)], { type: "text/csv;charset=utf-8" })) }, "CSV"),
      el("button", { type: "button", id: "export-graphml", title: "图中显示的节点和关系（GraphML，可用 Gephi 打开）",
        onclick: () => download(`${base}.graphml`, new Blob([graphml(x.cy)], { type: "application/graphml+xml" })) }, "GraphML"),
      el("button", { type: "button", id: "export-png", title: "关系图的图片（PNG）",
        onclick: () => download(`${base}.png`, x.cy.png({ output: "blob", full: true, bg: "#ffffff", scale: 2 })) }, "PNG")));
  });

  x.export = { viewCsv, graphml, itemsOf };
})();
