/* unionkg explorer: search (paged), an entity page, a neighbourhood graph that
 * grows on click, filters, relationship evidence, articles with their mentions
 * marked, and the frame of the views (views.js registers them: hierarchy,
 * leaders, partners, paths, related programmes, award recipients).
 * Plain browser JavaScript over the unionkg HTTP API; cytoscape draws the graph.
 * Every text from the graph goes into the page through textContent, never HTML.
 * Everything views.js and later features need is on window.unionkgExplorer. */
(function () {
  "use strict";

  const state = {
    style: { labels: {}, relationships: {} },
    cy: null,
    expanded: new Set(),
    hiddenLabels: new Set(),
    hiddenTypes: new Set(),
    current: null,
    entity: null,
    view: null,
  };
  /** Views by name: {zh, labels (null: every label), render(box, entity, params, reopen) -> data}. */
  const views = {};
  /** Functions other features hang on the entity page, the views and the evidence panel (export, review). */
  const hooks = { entity: [], view: [], evidence: [] };
  const $ = (sel) => document.querySelector(sel);

  /* ---------- helpers ---------- */

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "dataset") Object.assign(node.dataset, v);
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else if (k === "style") node.style.cssText = v;
      else node.setAttribute(k, v === true ? "" : v);
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /** Replace a box's content; nested lists are flattened and null/false left out. */
  function fill(box, ...children) {
    box.replaceChildren(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
    return box;
  }

  async function api(path) {
    const response = await fetch(path, { headers: { Accept: "application/json" } });
    let body = null;
    try { body = await response.json(); } catch (_) { /* not JSON */ }
    if (!response.ok) {
      const message = body && body.error ? body.error.message : `HTTP ${response.status}`;
      throw new Error(message);
    }
    return body;
  }

  function status(message, isError) {
    const box = $("#status");
    box.textContent = message;
    box.classList.toggle("error", Boolean(isError));
    box.hidden = !message;
    if (message && !isError) setTimeout(() => { if (box.textContent === message) box.hidden = true; }, 2500);
  }

  function fail(error) {
    console.error(error);
    status(`出错了：${error.message}`, true);
  }

  /** The list in a response: the body itself, or its first array field. */
  function rowsOf(body, ...keys) {
    if (Array.isArray(body)) return body;
    for (const key of keys.concat(["results", "items", "rows", "data"])) {
      if (body && Array.isArray(body[key])) return body[key];
    }
    return [];
  }

  const labelOf = (e) => e.label || (Array.isArray(e.labels) ? e.labels[0] : e.type) || "";
  const zhLabel = (label) => (state.style.labels[label] || {}).zh || label;
  const zhType = (type) => (state.style.relationships[type] || {}).zh || type;
  const colorOf = (label) => (state.style.labels[label] || {}).color || "#9aa1ac";
  const typeColor = (type) => (state.style.relationships[type] || {}).color || "#a5abb6";
  const nameOf = (e) => e.name || e.title || e.id;

  function badge(label) {
    return el("span", { class: "badge", style: `background:${colorOf(label)}` }, zhLabel(label));
  }

  /** The page's hash (`#entity=…&view=…`, `#q=…`): pushed when it names another entity or search, else replaced. */
  function setHash(params) {
    const entries = Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== "" && v !== 0);
    const hash = `#${new URLSearchParams(entries)}`;
    if (hash === location.hash) return;
    const before = new URLSearchParams(location.hash.slice(1));
    const same = ["entity", "q"].some((k) => params[k] && before.get(k) === params[k]);
    history[same ? "replaceState" : "pushState"](null, "", hash);
  }

  /** "Previous / items a–b of total / next", or null when everything fits on one page. */
  function pager(total, offset, limit, go, id) {
    if (total <= limit && offset === 0) return null;
    const last = Math.min(offset + limit, total);
    return el("nav", { class: "pager", id, "aria-label": "翻页" },
      el("button", { type: "button", class: "prev", disabled: offset === 0, onclick: () => go(Math.max(0, offset - limit)) }, "‹ 上一页"),
      el("span", { class: "range" }, `第 ${total ? offset + 1 : 0}–${last} 条，共 ${total} 条`),
      el("button", { type: "button", class: "next", disabled: last >= total, onclick: () => go(offset + limit) }, "下一页 ›"));
  }

  /* ---------- search ---------- */

  const SEARCH_PAGE = 20;

  async function search(q, label, offset) {
    offset = Number(offset) || 0;
    const params = new URLSearchParams({ q, limit: SEARCH_PAGE, offset });
    if (label) params.set("label", label);
    const body = await api(`/search?${params}`);
    const hits = rowsOf(body, "results", "hits", "entities");
    const total = Number.isFinite(body.total) ? body.total : hits.length;
    const go = (at) => search(q, label, at).catch(fail);
    const box = $("#results");
    fill(box, el("h3", { id: "results-title" }, `“${q}” 的搜索结果（共 ${total} 条）`),
      pager(total, offset, SEARCH_PAGE, go, "results-pager"));
    if (!hits.length) box.append(el("p", { class: "hint" }, "没有找到匹配的名称。"));
    box.append(el("ol", { class: "results-list", start: offset + 1 }, hits.map((hit) =>
      el("li", {},
        el("button", { class: "result", type: "button", dataset: { id: hit.id }, onclick: () => openEntity(hit.id).catch(fail) },
          el("span", {}, badge(labelOf(hit)), el("span", { class: "name" }, nameOf(hit))),
          (hit.aliases || []).length ? el("span", { class: "aliases" }, `又名：${hit.aliases.join("、")}`) : null)))));
    const nav = pager(total, offset, SEARCH_PAGE, go, "results-pager-bottom");
    if (nav) box.append(nav);
    box.scrollTop = 0;
    $("#results").hidden = false;
    $("#entity").hidden = true;
    setHash({ q, label, offset });
    document.body.dataset.search = `${offset}`;
  }

  /* ---------- entity page ---------- */

  async function openEntity(id) {
    const body = await api(`/entities/${encodeURIComponent(id)}`);
    const entity = body.entity || body;
    state.current = entity.id || id;
    state.entity = entity;
    setHash({ entity: state.current });
    addNode(entity);
    const rels = await expand(state.current);
    renderEntity(entity, rels);
    state.cy.$(":selected").unselect();
    state.cy.getElementById(state.current).select();
  }

  const NEIGHBOUR_LIMIT = 200; // the API's most items a page
  const HIDDEN_PROPS = new Set(["id", "name", "aliases", "label", "labels", "text", "content_hash"]);

  function renderEntity(entity, rels) {
    const label = labelOf(entity);
    const props = Object.entries(entity.properties || entity)
      .filter(([k, v]) => !HIDDEN_PROPS.has(k) && v !== null && typeof v !== "object");
    const aliases = entity.aliases || (entity.properties || {}).aliases || [];
    const articles = entity.articles || [];
    const byType = new Map();
    for (const rel of rels) {
      if (!byType.has(rel.type)) byType.set(rel.type, []);
      byType.get(rel.type).push(rel);
    }
    const box = $("#entity");
    const toolbar = el("div", { class: "entity-actions", id: "entity-actions" });
    fill(box,
      el("button", { class: "back", type: "button", onclick: () => { box.hidden = true; $("#results").hidden = false; } }, "← 返回搜索结果"),
      el("h2", { id: "entity-name", dataset: { id: entity.id } }, badge(label), el("span", { class: "entity-title" }, nameOf(entity))),
      aliases.length ? el("p", { class: "hint" }, `又名：${aliases.join("、")}`) : null,
      viewButtons(entity),
      toolbar,
      el("dl", { class: "props" }, props.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, String(v))])),
      el("button", { type: "button", id: "expand-entity", onclick: () => expand(state.current, true).catch(fail) }, "展开邻居"),
      el("h3", {}, `关系（${rels.length}）`),
      [...byType.entries()].map(([type, list]) => [
        el("h3", {}, `${zhType(type)} · ${type}（${list.length}）`),
        el("ul", { class: "rel-list" }, list.map((rel) =>
          el("li", {}, el("button", {
            type: "button", style: `border-left-color:${typeColor(type)}`,
            dataset: { edge: rel.edgeId },
            onclick: () => showEvidence(state.cy.getElementById(rel.edgeId).data()),
          }, rel.undirected ? "↔ " : rel.outgoing ? "→ " : "← ", nameOf(rel.other), rel.caption ? `（${rel.caption}）` : "")))),
      ]),
      articles.length ? el("h3", {}, `提及它的文章（${entity.article_total || articles.length}）`) : null,
      el("ul", { class: "rel-list", id: "entity-articles" }, articles.map((a) =>
        el("li", {}, el("button", { type: "button", class: "article-link", onclick: () => showArticle(a.id).catch(fail) },
          a.title || a.id, a.date ? `（${a.date}）` : "")))),
    );
    box.hidden = false;
    $("#results").hidden = true;
    for (const hook of hooks.entity) hook(entity, toolbar);
  }

  /* ---------- graph ---------- */

  function nodeData(entity) {
    const label = labelOf(entity);
    return { id: entity.id, label, name: nameOf(entity), caption: shorten(nameOf(entity), 16) };
  }

  function shorten(text, n) {
    text = String(text || "");
    return text.length > n ? `${text.slice(0, n - 1)}…` : text;
  }

  /** The edge id of a relationship: one edge per (source, type, target); PARTNERED_WITH sorted, being undirected. */
  function edgeIdOf(source, type, target) {
    const [a, b] = type === "PARTNERED_WITH" ? [source, target].sort() : [source, target];
    return { id: `${a}|${type}|${b}`, source: a, target: b };
  }

  /** Add a relationship to the graph (once), with its properties and evidence; returns the edge. */
  function addEdge(source, type, target, properties, evidence) {
    const ends = edgeIdOf(source, type, target);
    const existing = state.cy.getElementById(ends.id);
    if (existing.nonempty()) return existing;
    const caption = edgeCaption(type, properties || {});
    return state.cy.add({ group: "edges", data: {
      ...ends, type, caption: caption || zhType(type), properties: properties || {}, evidence: evidence || [],
    } });
  }

  function addNode(entity) {
    const cy = state.cy;
    if (!entity || !entity.id) return null;
    const existing = cy.getElementById(entity.id);
    if (existing.nonempty()) return existing;
    return cy.add({ group: "nodes", data: nodeData(entity) });
  }

  /** Normalise one item of /entities/{id}/relationships into {type, other, outgoing, properties, evidence}. */
  function relationOf(item, centreId) {
    const rel = item.relationship || item;
    const other = item.neighbour || item.neighbor || item.node || item.other || item.target || {};
    const direction = item.direction || rel.direction;
    const outgoing = direction ? direction === "out" || direction === "outgoing" : rel.source !== other.id;
    const properties = Object.assign({}, rel.properties || {});
    for (const key of ["title", "as_of", "role", "agreement", "year", "conferred_by", "spans"]) {
      if (rel[key] !== undefined && properties[key] === undefined) properties[key] = rel[key];
    }
    const undirected = direction === "both";
    return { type: rel.type, other, outgoing, undirected, properties, evidence: evidenceOf(rel.evidence || item.evidence || properties) };
  }

  /** Evidence as a list of {article_id, sentence, start, end, title}, from a list or from parallel lists. */
  function evidenceOf(raw) {
    if (Array.isArray(raw)) return raw;
    if (!raw || !Array.isArray(raw.evidence_article_ids)) return [];
    return raw.evidence_article_ids.map((articleId, i) => ({
      article_id: articleId,
      sentence: (raw.evidence_sentences || [])[i],
      start: (raw.evidence_starts || [])[i],
      end: (raw.evidence_ends || [])[i],
    }));
  }

  function edgeCaption(type, properties) {
    const key = (state.style.relationships[type] || {}).caption;
    const value = key ? properties[key] : null;
    return value !== null && value !== undefined && value !== "" ? String(value) : "";
  }

  async function expand(id, relayout) {
    const body = await api(`/entities/${encodeURIComponent(id)}/relationships?limit=${NEIGHBOUR_LIMIT}`);
    const items = rowsOf(body, "items", "relationships", "neighbours");
    if (body && body.total > items.length) status(`只显示了前 ${items.length} 条关系（共 ${body.total} 条）`);
    const cy = state.cy;
    const centre = cy.getElementById(id);
    const rels = [];
    cy.startBatch();
    for (const item of items) {
      const rel = relationOf(item, id);
      if (!rel.other || !rel.other.id) continue;
      const fresh = cy.getElementById(rel.other.id).empty();
      const node = addNode(rel.other);
      if (fresh && centre.nonempty()) {
        const p = centre.position();
        node.position({ x: p.x + (Math.random() - 0.5) * 120, y: p.y + (Math.random() - 0.5) * 120 });
      }
      // An undirected relationship (PARTNERED_WITH) gets one edge whichever end was expanded.
      const [source, target] = rel.outgoing || rel.undirected ? [id, rel.other.id] : [rel.other.id, id];
      const edge = addEdge(source, rel.type, target, rel.properties, rel.evidence);
      edge.data("confirmed", item.confirmed === true);
      rels.push(Object.assign(rel, { edgeId: edge.id(), caption: edgeCaption(rel.type, rel.properties) }));
    }
    cy.endBatch();
    state.expanded.add(id);
    centre.addClass("expanded");
    applyFilters();
    await layout(relayout !== false);
    return rels;
  }

  function layout(run) {
    const cy = state.cy;
    document.body.dataset.layout = "running";
    return new Promise((resolve) => {
      if (!run) { document.body.dataset.layout = "done"; resolve(); return; }
      const lay = cy.elements(":visible").layout({
        name: "cose", animate: false, randomize: false, fit: true, padding: 40,
        nodeDimensionsIncludeLabels: true, idealEdgeLength: () => 110, nodeRepulsion: () => 9000,
        numIter: 1500,
      });
      lay.one("layoutstop", () => { document.body.dataset.layout = "done"; resolve(); });
      lay.run();
    });
  }

  function onNodeTap(event) {
    const node = event.target;
    if (node.data("label") === "Article") {
      showArticle(node.id()).catch(fail);
      return;
    }
    openEntity(node.id()).catch(fail);
  }

  function makeGraph() {
    const nodeStyles = Object.entries(state.style.labels).map(([label, s]) => ({
      selector: `node[label = "${label}"]`,
      style: { "background-color": s.color, "border-color": s.border, width: 30 * s.size, height: 30 * s.size },
    }));
    const edgeStyles = Object.entries(state.style.relationships).map(([type, s]) => ({
      selector: `edge[type = "${type}"]`,
      style: { "line-color": s.color, "target-arrow-color": s.color, width: 1 + s.width },
    }));
    state.cy = cytoscape({
      container: $("#graph"),
      style: [
        { selector: "node", style: {
          label: "data(caption)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 3,
          "text-background-color": "#fff", "text-background-opacity": 0.8, "text-background-padding": 1,
          "border-width": 2, color: "#1f2328",
        } },
        ...nodeStyles,
        { selector: "node.expanded", style: { "border-width": 4 } },
        { selector: "edge", style: {
          label: "data(caption)", "font-size": 9, "curve-style": "bezier", "target-arrow-shape": "triangle",
          "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 0.85,
          color: "#444", "arrow-scale": 0.8,
        } },
        ...edgeStyles,
        { selector: 'edge[type = "PARTNERED_WITH"]', style: { "target-arrow-shape": "none" } },
        { selector: 'edge[type = "MENTIONED_IN"]', style: { "line-style": "dashed" } },
        { selector: "node.on-path", style: { "border-color": "#d1495b", "border-width": 5 } },
        { selector: "edge.on-path", style: { "line-color": "#d1495b", "target-arrow-color": "#d1495b", width: 4, "z-index": 10 } },
        { selector: "edge[?confirmed]", style: { "line-style": "solid", width: 3 } },
        { selector: "node.rejected", style: { opacity: 0.35 } },
        { selector: ":selected", style: { "overlay-color": "#d1495b", "overlay-opacity": 0.25, "overlay-padding": 6 } },
        { selector: ".filtered", style: { display: "none" } },
      ],
    });
    state.cy.on("tap", "node", onNodeTap);
    state.cy.on("tap", "edge", (event) => showEvidence(event.target.data()));
    explorer.cy = state.cy;
  }

  /* ---------- filters ---------- */

  function makeFilters() {
    const make = (box, entries, hidden, swatchClass, colour) => {
      for (const [key, s] of entries) {
        const input = el("input", { type: "checkbox", checked: true, value: key, "aria-label": key });
        input.addEventListener("change", () => {
          if (input.checked) hidden.delete(key); else hidden.add(key);
          applyFilters();
        });
        box.append(el("label", { title: key, dataset: { filter: key } }, input,
          el("span", { class: `swatch ${swatchClass}`, style: `background:${colour(key)}` }), s.zh));
      }
    };
    make($("#label-filters"), Object.entries(state.style.labels), state.hiddenLabels, "", colorOf);
    make($("#rel-filters"), Object.entries(state.style.relationships), state.hiddenTypes, "line", typeColor);
    const select = $("#search-label");
    for (const [label, s] of Object.entries(state.style.labels)) {
      if (label !== "Article") select.append(el("option", { value: label }, `${s.zh}（${label}）`));
    }
  }

  function applyFilters() {
    const cy = state.cy;
    cy.batch(() => {
      cy.nodes().forEach((n) => { n.toggleClass("filtered", state.hiddenLabels.has(n.data("label"))); });
      cy.edges().forEach((e) => {
        const hide = state.hiddenTypes.has(e.data("type")) || e.source().hasClass("filtered") || e.target().hasClass("filtered");
        e.toggleClass("filtered", hide);
      });
    });
  }

  /* ---------- evidence ---------- */

  function nodeName(id) {
    const node = state.cy.getElementById(id);
    return node.nonempty() ? node.data("name") : id;
  }

  function showEvidence(edge) {
    if (!edge) return;
    const props = Object.entries(edge.properties || {})
      .filter(([k, v]) => !k.startsWith("evidence_") && k !== "spans" && v !== null && v !== undefined && v !== "");
    const evidence = edge.evidence || [];
    const toolbar = el("div", { class: "evidence-actions", id: "evidence-actions" });
    fill($("#detail"),
      backToView(),
      el("h2", {}, "关系证据"),
      el("p", { class: "edge-title", id: "edge-title" },
        el("strong", {}, nodeName(edge.source)), ` —${zhType(edge.type)}（${edge.type}）→ `, el("strong", {}, nodeName(edge.target))),
      props.length ? el("dl", { class: "props" }, props.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, String(v))])) : null,
      el("h3", {}, `证据句（${evidence.length}）`),
      el("ul", { class: "evidence-list", id: "evidence-list" }, evidence.map((ev) =>
        el("li", { class: "evidence" },
          el("blockquote", {}, ev.sentence || "（无句子）"),
          el("div", { class: "source" }, "来源：",
            el("a", {
              href: `#article=${encodeURIComponent(ev.article_id)}`, class: "article-link",
              onclick: (event) => { event.preventDefault(); showArticle(ev.article_id, ev).catch(fail); },
            }, ev.article_title || ev.title || ev.article_id))))),
      toolbar,
    );
    for (const hook of hooks.evidence) hook(edge, toolbar);
    nameArticleLinks(evidence);
  }

  /* ---------- article ---------- */

  const articleTitles = new Map();

  /** Put each article's title on the evidence links (from the evidence; fetched when it has none). */
  async function nameArticleLinks(evidence) {
    for (const ev of evidence) {
      if (ev.article_title && !articleTitles.has(ev.article_id)) articleTitles.set(ev.article_id, ev.article_title);
    }
    for (const id of new Set(evidence.map((ev) => ev.article_id))) {
      if (!articleTitles.has(id)) {
        try { articleTitles.set(id, (await api(`/articles/${encodeURIComponent(id)}`)).title || id); } catch (_) { continue; }
      }
      document.querySelectorAll("#evidence-list a.article-link").forEach((a) => {
        if (a.getAttribute("href") === `#article=${encodeURIComponent(id)}`) {
          a.textContent = articleTitles.get(id);
          a.dataset.titled = "true";
        }
      });
    }
  }

  /** Spans of an article's mentions as {start, end, id, name, label}, from whatever shape the API gives. */
  function mentionSpans(article) {
    const out = [];
    const push = (start, end, who) => {
      start = Number(start); end = Number(end);
      if (Number.isFinite(start) && Number.isFinite(end) && end > start) {
        out.push({ start, end, id: who.id, name: nameOf(who), label: labelOf(who) });
      }
    };
    for (const m of rowsOf(article.mentions || [])) push(m.start, m.end, m.entity || m);
    for (const e of rowsOf(article.entities || [])) {
      for (const s of e.spans || []) {
        if (typeof s === "string") { const [a, b] = s.split(":"); push(a, b, e); }
        else if (Array.isArray(s)) push(s[0], s[1], e);
        else if (s) push(s.start, s.end, e);
      }
    }
    out.sort((a, b) => a.start - b.start || b.end - a.end);
    return out.filter((s, i, all) => i === 0 || s.start >= all.slice(0, i).reduce((m, p) => Math.max(m, p.end), 0));
  }

  /** The text from..to with its mentions marked (spans clipped to the range). */
  function markRange(text, spans, from, to) {
    const out = [];
    let at = from;
    for (const s of spans) {
      const a = Math.max(s.start, from), b = Math.min(s.end, to);
      if (b <= a || a < at) continue;
      if (a > at) out.push(text.slice(at, a));
      out.push(el("mark", {
        class: "mention", title: `${zhLabel(s.label)}：${s.name}`, dataset: { id: s.id, label: s.label },
        style: `--mention-color:${colorOf(s.label)}`,
        onclick: () => openEntity(s.id).catch(fail),
      }, text.slice(a, b)));
      at = b;
    }
    if (to > at) out.push(text.slice(at, to));
    return out;
  }

  /** The article text with mentions marked, and the evidence sentence (focus) marked around them. */
  function markedText(text, spans, focus) {
    spans = spans.filter((s) => s.end <= text.length);
    if (!focus) return markRange(text, spans, 0, text.length);
    return [
      markRange(text, spans, 0, focus.start),
      el("mark", { class: "evidence-focus" }, markRange(text, spans, focus.start, focus.end)),
      markRange(text, spans, focus.end, text.length),
    ];
  }

  /** Where the evidence sentence sits in the article text: its offsets when they fit, else found by search. */
  function focusOf(text, ev) {
    if (!ev || !ev.sentence) return null;
    if (Number.isFinite(ev.start) && text.slice(ev.start, ev.end) === ev.sentence) return { start: ev.start, end: ev.end };
    const at = text.indexOf(ev.sentence);
    return at >= 0 ? { start: at, end: at + ev.sentence.length } : null;
  }

  async function showArticle(id, ev) {
    const body = await api(`/articles/${encodeURIComponent(id)}`);
    const article = body.article || body;
    if (article.title) articleTitles.set(id, article.title);
    const text = article.text || "";
    const spans = mentionSpans(Object.assign({}, article, { entities: body.entities || article.entities, mentions: body.mentions || article.mentions }));
    const focus = focusOf(text, ev);
    const meta = [article.source_paper, article.date, article.section, article.doc && `${article.doc} #${article.position}`]
      .filter(Boolean).join(" · ");
    fill($("#detail"),
      backToView(),
      el("h2", { id: "article-title" }, article.title || article.name || id),
      el("p", { class: "article-meta" }, meta),
      el("p", { class: "legend-marks" }, `标出 ${spans.length} 处实体提及`, focus ? "，橙色为证据句" : "", "；单击提及可打开实体。"),
      el("div", { class: "article-text", id: "article-text" }, markedText(text, spans, focus)),
    );
    const mark = $("#article-text mark.evidence-focus");
    if (mark) mark.scrollIntoView({ block: "center" });
  }

  /* ---------- views (views.js registers them; this is their frame) ---------- */

  function viewsFor(label) {
    return Object.entries(views).filter(([, v]) => !v.labels || v.labels.includes(label));
  }

  function viewButtons(entity) {
    const list = viewsFor(labelOf(entity));
    if (!list.length) return null;
    return el("nav", { class: "view-buttons", id: "entity-views", "aria-label": "视图" }, list.map(([name, v]) =>
      el("button", { type: "button", dataset: { view: name }, title: v.title || v.zh, onclick: () => openView(name).catch(fail) }, v.zh)));
  }

  /** Show a view of an entity (the open one by default) in the right panel; `params` go to the hash. */
  async function openView(name, params, entity) {
    const view = views[name];
    entity = entity || state.entity;
    if (!view) throw new Error(`没有名为 ${name} 的视图`);
    if (!entity) throw new Error("请先打开一个实体");
    params = params || {};
    document.body.dataset.view = "loading";
    const toolbar = el("div", { class: "view-actions", id: "view-actions" });
    const body = el("div", { class: "view-body", id: `view-${name}` });
    fill($("#detail"),
      el("h2", { id: "view-title" }, `${view.zh} · `, el("span", { class: "view-entity" }, nameOf(entity))),
      view.title ? el("p", { class: "hint" }, view.title) : null, toolbar, body);
    const reopen = (more) => openView(name, Object.assign({}, params, more), entity).catch(fail);
    const data = await view.render(body, entity, params, reopen);
    state.view = { name, entity, params, data };
    setHash({ entity: entity.id, view: name, ...params });
    document.querySelectorAll("#entity-views button").forEach((b) => b.classList.toggle("active", b.dataset.view === name));
    for (const hook of hooks.view) hook(state.view, toolbar);
    document.body.dataset.view = name;
    return state.view;
  }

  function backToView() {
    const last = state.view;
    if (!last) return null;
    return el("button", { type: "button", class: "back", id: "back-to-view",
      onclick: () => openView(last.name, last.params, last.entity).catch(fail) },
    `← 返回${views[last.name].zh}（${nameOf(last.entity)}）`);
  }

  /* ---------- start ---------- */

  /** Open what the hash names: `entity=…[&view=…&…]`, `q=…[&label=…&offset=…]` or `article=…`. */
  async function route() {
    const hash = new URLSearchParams(location.hash.slice(1));
    const id = hash.get("entity");
    if (id) {
      if (state.current !== id || !state.entity) await openEntity(id);
      const { entity: _e, view, ...params } = Object.fromEntries(hash);
      if (view) await openView(view, params);
    } else if (hash.get("q")) {
      $("#search-input").value = hash.get("q");
      $("#search-label").value = hash.get("label") || "";
      await search(hash.get("q"), hash.get("label"), hash.get("offset"));
    } else if (hash.get("article")) {
      await showArticle(hash.get("article"));
    }
  }

  async function start() {
    state.style = await api("/static/style.json");
    makeFilters();
    makeGraph();
    $("#search-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const q = $("#search-input").value.trim();
      if (q) search(q, $("#search-label").value).catch(fail);
    });
    $("#fit-graph").addEventListener("click", () => state.cy.fit(state.cy.elements(":visible"), 40));
    $("#clear-graph").addEventListener("click", () => { state.cy.elements().remove(); state.expanded.clear(); });
    window.addEventListener("hashchange", () => route().catch(fail));
    route().catch(fail);
    document.body.dataset.ready = "true";
  }

  const explorer = window.unionkgExplorer = {
    cy: null, state, views, hooks,
    el, fill, api, status, fail, pager, badge, labelOf, nameOf, zhLabel, zhType, colorOf, typeColor, shorten,
    addNode, addEdge, edgeIdOf, layout, applyFilters,
    search, openEntity, expand, showArticle, showEvidence, openView,
    /** Call fn(entity, toolbarElement) each time an entity's page is shown: a place for review actions. */
    onEntity: (fn) => hooks.entity.push(fn),
    /** Call fn(view, toolbarElement) each time a view is shown: a place for an export button. */
    onView: (fn) => hooks.view.push(fn),
    /** Call fn(edgeData, toolbarElement) each time a relationship's evidence is shown: a place for review actions. */
    onEvidence: (fn) => hooks.evidence.push(fn),
  };

  // views.js (loaded after this file) registers its views before the page starts.
  document.addEventListener("DOMContentLoaded", () => start().catch(fail));
})();
