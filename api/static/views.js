/* unionkg explorer views: one per question the API answers about an entity.
 * Each registers {zh, labels, title, render(box, entity, params, reopen)} in
 * unionkgExplorer.views; app.js shows the buttons on the entity page, frames the
 * view in the right panel, keeps its params in the hash (#entity=…&view=…) and
 * calls the onView hooks. render fills `box` and returns the data it showed;
 * reopen(params) shows the view again with other params (a page, a path's end). */
(function () {
  "use strict";

  const x = window.unionkgExplorer;
  const { el, api, badge, nameOf, labelOf, zhType, pager } = x;
  const BODIES = ["Union", "Enterprise", "Organisation"];
  const PAGE = 20;
  const LEVELS = {
    national: "全国", province: "省级", city: "市级", county: "县区级", township: "乡镇街道", industry: "产业", enterprise: "企业",
  };
  const REASONS = {
    same_host: "同一主办方", shared_participant: "共同参与方", related_host: "主办方相关",
    same_region: "同一地区", same_article: "同一文章",
  };
  const VIA_RELATION = { partner: "合作伙伴", parent: "上级", child: "下级" };

  const enc = encodeURIComponent;
  const offsetOf = (params) => Math.max(0, Number(params.offset) || 0);

  /** A button naming an entity (badge and name) that opens it. */
  function entityLink(ref, then) {
    if (!ref || !ref.id) return el("span", { class: "muted" }, "—");
    const open = () => x.openEntity(ref.id).then(then || (() => {})).catch(x.fail);
    return el("button", { type: "button", class: "entity-link", dataset: { id: ref.id }, onclick: open },
      ref.label ? badge(ref.label) : null, el("span", { class: "name" }, nameOf(ref)));
  }

  /** The evidence sentences, folded, each with a link to its article (the sentence marked there). */
  function evidenceBlock(evidence) {
    evidence = evidence || [];
    if (!evidence.length) return el("span", { class: "muted no-evidence" }, "（无证据句）");
    return el("details", { class: "evidence-fold" },
      el("summary", {}, `证据句（${evidence.length}）`),
      el("ul", { class: "evidence-list" }, evidence.map((ev) => el("li", { class: "evidence" },
        el("blockquote", {}, ev.sentence || "（无句子）"),
        el("div", { class: "source" }, "来源：", el("a", {
          href: `#article=${enc(ev.article_id)}`, class: "article-link",
          onclick: (event) => { event.preventDefault(); x.showArticle(ev.article_id, ev).catch(x.fail); },
        }, ev.article_title || ev.article_id), ev.article_date ? `（${ev.article_date}）` : "")))));
  }

  /** A labelled value, or a muted "not stated" when the text gives none. */
  function fact(label, value, missing) {
    const given = value !== null && value !== undefined && value !== "";
    return el("span", { class: `fact${given ? "" : " missing"}` }, `${label}：`, given ? String(value) : missing || "未注明");
  }

  function pagedList(box, body, id, render, reopen) {
    box.append(
      el("p", { class: "view-total" }, `共 ${body.total} 条`),
      el("ol", { class: "view-list", id, start: body.offset + 1 }, body.items.map((item) => el("li", {}, render(item)))),
      pager(body.total, body.offset, body.limit, (at) => reopen({ offset: at }), `${id}-pager`) || []);
  }

  /* ---------- hierarchy ---------- */

  function levelTag(node) {
    return node.level ? el("span", { class: "level" }, LEVELS[node.level] || node.level) : null;
  }

  /** A node of the tree: unions open with their own hierarchy, other bodies open as entities. */
  function treeNode(node, current) {
    if (current) return el("span", { class: "tree-node current" }, badge("Union"), el("strong", {}, node.name), levelTag(node));
    const label = node.label || "Union";
    const then = label === "Union" ? () => x.openView("hierarchy") : null;
    return el("span", { class: "tree-node" }, entityLink({ ...node, label }, then), levelTag(node));
  }

  async function renderHierarchy(box, entity, params, reopen) {
    const offset = offsetOf(params);
    const body = await api(`/unions/${enc(entity.id)}/hierarchy?limit=${PAGE}&offset=${offset}`);
    const children = el("ul", { id: "hierarchy-children" }, body.children.map((c) => el("li", {}, treeNode(c, false))));
    let branch = el("li", { class: "current-branch" }, treeNode(body, true),
      body.children_total ? children : null,
      pager(body.children_total, offset, PAGE, (at) => reopen({ offset: at }), "hierarchy-pager"));
    for (const parent of body.parents) branch = el("li", {}, treeNode(parent, false), el("ul", {}, branch));
    box.append(
      el("p", { class: "view-total" },
        `上级 ${body.parents.length} 层 · 直属下级 ${body.children_total} 个`),
      el("ul", { class: "tree", id: "hierarchy-tree" }, branch));
    return body;
  }

  /* ---------- leaders ---------- */

  async function renderLeaders(box, entity, params, reopen) {
    const body = await api(`/unions/${enc(entity.id)}/leaders?limit=${PAGE}&offset=${offsetOf(params)}`);
    pagedList(box, body, "leaders-list", (item) => [
      entityLink({ ...item.person, label: item.person.label || "Person" }),
      el("div", { class: "facts" }, fact("职务", item.title), fact("日期", item.as_of, "原文未注明")),
      evidenceBlock(item.evidence),
    ], reopen);
    return body;
  }

  /* ---------- partners ---------- */

  async function renderPartners(box, entity, params, reopen) {
    const body = await api(`/organisations/${enc(entity.id)}/partners?limit=${PAGE}&offset=${offsetOf(params)}`);
    pagedList(box, body, "partners-list", (item) => [
      entityLink(item.partner),
      el("div", { class: "facts" }, fact("协议", item.agreement)),
      evidenceBlock(item.evidence),
    ], reopen);
    return body;
  }

  /* ---------- award recipients ---------- */

  async function renderRecipients(box, entity, params, reopen) {
    const body = await api(`/awards/${enc(entity.id)}/recipients?limit=${PAGE}&offset=${offsetOf(params)}`);
    pagedList(box, body, "recipients-list", (item) => [
      entityLink(item.recipient),
      el("div", { class: "facts" }, fact("年份", item.year),
        item.conferred_by ? el("span", { class: "fact" }, "授予：", entityLink(item.conferred_by)) : fact("授予", null)),
      evidenceBlock(item.evidence),
    ], reopen);
    return body;
  }

  /* ---------- related programmes ---------- */

  /** What links two programmes: a body or region opens as an entity, an article opens as an article. */
  function viaLink(via) {
    const what = via.relation ? `（${VIA_RELATION[via.relation] || via.relation}）` : "";
    if (String(via.id).startsWith("article-") || String(via.id).includes("#")) {
      return el("button", { type: "button", class: "via article-link", onclick: () => x.showArticle(via.id).catch(x.fail) },
        `《${via.name || via.id}》`);
    }
    return el("button", { type: "button", class: "via", dataset: { id: via.id }, onclick: () => x.openEntity(via.id).catch(x.fail) },
      `${via.name || via.id}${what}`);
  }

  async function renderRelated(box, entity, params) {
    const limit = Math.min(100, Math.max(1, Number(params.limit) || 10));
    const body = await api(`/programmes/${enc(entity.id)}/related?limit=${limit}`);
    box.append(
      el("p", { class: "view-total" }, `${body.items.length} 个相关项目（得分 = Σ 权重 × min(数量, 3)）`),
      el("ol", { class: "view-list", id: "related-list" }, body.items.map((item) => el("li", {},
        entityLink({ ...item, label: "Programme" }, () => x.openView("related")),
        el("span", { class: "score" }, `得分 ${item.score}`),
        el("ul", { class: "reasons" }, item.reasons.map((r) => el("li", { dataset: { reason: r.reason } },
          el("span", { class: "reason" }, `${REASONS[r.reason] || r.reason}`),
          el("span", { class: "muted" }, ` ${r.weight} × ${Math.min(r.count, 3)}${r.count > 3 ? `（共 ${r.count}）` : ""}：`),
          r.via.map(viaLink))))))));
    if (!body.items.length) box.append(el("p", { class: "hint" }, "没有找到相关项目。"));
    return body;
  }

  /* ---------- paths ---------- */

  /** A search box choosing the other end of the path; choosing reopens the view with `to`. */
  function pathForm(entity, params, reopen, target) {
    const hops = el("select", { id: "path-hops", "aria-label": "最多几步" },
      [1, 2, 3, 4, 5, 6].map((n) => el("option", { value: n, selected: n === (Number(params.hops) || 4) }, `最多 ${n} 步`)));
    const input = el("input", { type: "search", id: "path-to", placeholder: "另一端：输入名称搜索", "aria-label": "路径另一端",
      value: target ? nameOf(target) : "" });
    const choices = el("ul", { class: "results-list path-choices", id: "path-choices" });
    let timer = null;
    const choose = (id) => reopen({ to: id, hops: hops.value });
    input.addEventListener("input", () => {
      clearTimeout(timer);
      const q = input.value.trim();
      timer = setTimeout(() => {
        if (!q || !/[\p{L}\p{N}]/u.test(q)) { choices.replaceChildren(); return; }
        api(`/search?${new URLSearchParams({ q, limit: 8 })}`).then((found) => {
          choices.replaceChildren(...found.items.filter((hit) => hit.id !== entity.id).map((hit) => el("li", {},
            el("button", { type: "button", class: "result", dataset: { id: hit.id }, onclick: () => choose(hit.id) },
              el("span", {}, badge(labelOf(hit)), el("span", { class: "name" }, nameOf(hit)))))));
        }).catch(x.fail);
      }, 250);
    });
    hops.addEventListener("change", () => { if (params.to) choose(params.to); });
    return el("div", { class: "path-form" }, el("div", { class: "row" }, "从 ", el("strong", {}, nameOf(entity)), " 到："),
      el("div", { class: "row" }, input, hops), choices);
  }

  /** One hop between two consecutive nodes: its type and which way it points. */
  function hopArrow(hop, fromId) {
    const forward = hop.source === fromId;
    const arrow = hop.type === "PARTNERED_WITH" ? "↔" : forward ? "↓" : "↑";
    return el("div", { class: "hop", dataset: { type: hop.type } },
      el("span", { class: "arrow" }, arrow), ` ${zhType(hop.type)}（${hop.type}）`,
      hop.properties && hop.properties.title ? `：${hop.properties.title}` : "",
      evidenceBlock(hop.evidence));
  }

  /** Put the paths into the graph and mark them. */
  function drawPaths(paths) {
    const cy = x.cy;
    cy.elements(".on-path").removeClass("on-path");
    cy.startBatch();
    for (const path of paths) {
      path.nodes.forEach((node) => x.addNode(node).addClass("on-path"));
      path.hops.forEach((hop) => x.addEdge(hop.source, hop.type, hop.target, hop.properties, hop.evidence).addClass("on-path"));
    }
    cy.endBatch();
    x.applyFilters();
    return x.layout(true);
  }

  async function renderPaths(box, entity, params, reopen) {
    let target = null, body = null;
    if (params.to) {
      const hops = Math.min(6, Math.max(1, Number(params.hops) || 4));
      [target, body] = await Promise.all([
        api(`/entities/${enc(params.to)}`),
        api(`/paths?${new URLSearchParams({ from: entity.id, to: params.to, max_hops: hops })}`),
      ]);
    }
    box.append(pathForm(entity, params, reopen, target));
    if (!body) return null;
    box.append(el("p", { class: "view-total" }, body.paths.length
      ? `${body.paths.length} 条最短路径，每条 ${body.paths[0].length} 步（已在图中标出）`
      : `${body.max_hops} 步之内没有路径。`));
    box.append(el("ol", { class: "view-list paths", id: "paths-list" }, body.paths.map((path) => el("li", { class: "path" },
      path.nodes.map((node, i) => [
        i ? hopArrow(path.hops[i - 1], path.nodes[i - 1].id) : null,
        el("div", { class: "path-node" }, entityLink(node)),
      ])))));
    await drawPaths(body.paths);
    return body;
  }

  /* ---------- registry ---------- */

  Object.assign(x.views, {
    hierarchy: { zh: "上下级", labels: ["Union"], title: "PART_OF：上级链（直到顶层）与直属下级", render: renderHierarchy },
    leaders: { zh: "领导", labels: ["Union"], title: "LEADS：领导人、原文职务与日期（原文给出时）", render: renderLeaders },
    partners: { zh: "合作伙伴", labels: BODIES, title: "PARTNERED_WITH：合作方与协议名称", render: renderPartners },
    related: { zh: "相关项目", labels: ["Programme"], title: "按原因打分的相关项目", render: renderRelated },
    recipients: { zh: "获奖者", labels: ["Award"], title: "RECEIVED：获奖者、年份与授予单位", render: renderRecipients },
    paths: { zh: "路径", labels: null, title: "两个实体之间的最短路径（最多 6 步），每一步附证据", render: renderPaths },
  });
})();
