/* unionkg explorer: the review actions of POST /review. A key field in the
 * header (kept for this browser tab only, in sessionStorage); on an entity's
 * page and on a relationship's evidence panel, a note and two buttons:
 * 否决 (reject: hidden from the API and the exports from now on) and
 * 确认 (confirm: the exports say so); on an entity's page also 合并到 (merge:
 * the same body as the entity whose id is given; both ids then resolve to that
 * one, and the explorer opens it). Hangs on unionkgExplorer.onEntity /
 * onEvidence; never touches the page's other parts. */
(function () {
  "use strict";

  const x = window.unionkgExplorer;
  const { el } = x;
  const KEY = "unionkg-api-key";
  const VERDICTS = { reject: "已否决", confirm: "已确认", merge: "已合并" };

  function keyField() {
    const input = el("input", {
      id: "api-key", type: "password", placeholder: "API 密钥", "aria-label": "API 密钥（审核时需要）",
      value: sessionStorage.getItem(KEY) || "", autocomplete: "off",
    });
    input.addEventListener("input", () => sessionStorage.setItem(KEY, input.value.trim()));
    document.querySelector(".top").append(el("label", { class: "api-key", title: "审核（否决、确认）需要 API 密钥（UNIONKG_API_KEY）" }, "审核密钥 ", input));
  }

  /** POST one decision; resolves to the stored item, rejects with the API's message. */
  async function decide(decision) {
    const key = sessionStorage.getItem(KEY) || "";
    if (!key) throw new Error("请先在页首填写审核密钥（API 密钥）");
    const response = await fetch("/review", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json", "X-API-Key": key },
      body: JSON.stringify({ decisions: [decision] }),
    });
    let body = null;
    try { body = await response.json(); } catch (_) { /* not JSON */ }
    if (!response.ok) throw new Error(body && body.error ? body.error.message : `HTTP ${response.status}`);
    return body.items[0];
  }

  /** A note field, 否决 / 确认 buttons and a line saying what happened; `subject` is the decision's subject fields. */
  function reviewBox(id, subject, current, after) {
    const note = el("input", { type: "text", class: "review-note", id: `${id}-note`, placeholder: "备注（可选）", maxlength: "2000" });
    const said = el("span", { class: "review-state", id: `${id}-state` }, current ? `审核：${VERDICTS[current] || current}` : "");
    const act = (verdict) => async () => {
      document.body.dataset.review = "sending";
      try {
        await decide({ verdict, ...subject, note: note.value.trim() || null });
        said.textContent = `审核：${VERDICTS[verdict]}`;
        said.classList.remove("error");
        await after(verdict);
        document.body.dataset.review = `done:${verdict}`;
      } catch (error) {
        said.textContent = error.message;
        said.classList.add("error");
        document.body.dataset.review = "error";
      }
    };
    return el("div", { class: "review-box", id },
      note,
      el("button", { type: "button", class: "review-reject", onclick: act("reject"), title: "标为错误：从此在接口和导出中隐藏" }, "否决"),
      el("button", { type: "button", class: "review-confirm", onclick: act("confirm"), title: "标为已核实：导出中注明 confirmed" }, "确认"),
      said);
  }

  /** 合并到: merge this entity into the one whose id is typed, then open that one. */
  function mergeBox(entity) {
    const into = el("input", {
      type: "text", class: "review-note", id: "merge-into", placeholder: "合并到（实体 id）",
      "aria-label": "合并到的实体 id", autocomplete: "off",
    });
    const said = el("span", { class: "review-state", id: "merge-state" }, "");
    const go = async () => {
      document.body.dataset.review = "sending";
      try {
        const target = into.value.trim();
        if (!target) throw new Error("请填写要合并到的实体 id");
        await decide({ verdict: "merge", entity: entity.id, into: target, note: null });
        said.textContent = `审核：已合并到 ${target}`;
        said.classList.remove("error");
        document.body.dataset.review = "done:merge";
        await x.openEntity(target);
      } catch (error) {
        said.textContent = error.message;
        said.classList.add("error");
        document.body.dataset.review = "error";
      }
    };
    return el("div", { class: "review-box", id: "entity-merge" },
      into,
      el("button", { type: "button", class: "review-merge", onclick: go, title: "与另一实体是同一个：两个 id 都解析到保留的实体" }, "合并到"),
      said);
  }

  x.onEntity((entity, toolbar) => {
    const review = entity.review || null;
    // Element.append writes null as the text "null": the 已合并 line only when there is one
    if (entity.resolved_from) toolbar.append(el("p", { class: "hint" }, `（${entity.resolved_from} 已合并到此实体）`));
    toolbar.append(
      reviewBox("entity-review", { entity: entity.id }, review && review.verdict, async (verdict) => {
        const node = x.cy.getElementById(entity.id);
        node.toggleClass("rejected", verdict === "reject");
      }),
      mergeBox(entity),
    );
    document.body.dataset.entityReview = "ready";
  });

  x.onEvidence((edge, toolbar) => {
    const subject = { source: edge.source, type: edge.type, target: edge.target };
    toolbar.append(reviewBox("edge-review", subject, edge.confirmed ? "confirm" : null, async (verdict) => {
      const shown = x.cy.getElementById(edge.id);
      if (verdict === "reject") {
        shown.remove();
        x.status("已否决：这条关系从此在接口和导出中隐藏");
        if (x.state.current) await x.openEntity(x.state.current);
      } else {
        shown.data("confirmed", true);
        shown.addClass("confirmed");
        x.status("已确认");
      }
    }));
  });

  keyField();
})();
