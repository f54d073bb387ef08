// The header's search box: a plain GET form to /products that works without script; with script it becomes
// an ARIA 1.2 combobox offering product and category names from /api/v1/search/suggestions as the shopper types.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("form[data-site-search]");
    if (!form || !window.fetch) return;
    var input = form.querySelector("input[name=q]");
    var list = form.querySelector("[role=listbox]");
    var status = form.querySelector("[data-suggest-status]");
    var options = [];
    var active = -1;
    var timer = 0;
    var pending = null;

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      active = index;
      options.forEach(function (o, i) { o.setAttribute("aria-selected", i === index ? "true" : "false"); });
      if (index < 0) { input.removeAttribute("aria-activedescendant"); return; }
      input.setAttribute("aria-activedescendant", options[index].id);
      options[index].scrollIntoView({ block: "nearest" });
    }

    function render(data) {
      list.textContent = "";
      var items = data.products.map(function (p) { return { name: p.name, url: p.url, kind: "" }; })
        .concat(data.categories.map(function (c) { return { name: c.name, url: c.url, kind: form.getAttribute("data-label-category") }; }));
      options = items.map(function (item, i) {
        var li = document.createElement("li");
        li.id = list.id + "-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        // Links stay in the page's language: /fr/products/... on a French page.
        li.setAttribute("data-url", (form.getAttribute("data-url-prefix") || "") + item.url);
        li.textContent = item.name;
        if (item.kind) {
          var kind = document.createElement("span");
          kind.className = "suggestion-kind";
          kind.textContent = " \u2014 " + item.kind;
          li.appendChild(kind);
        }
        list.appendChild(li);
        return li;
      });
      active = -1;
      var open = options.length > 0;
      list.hidden = !open;
      input.setAttribute("aria-expanded", open ? "true" : "false");
      input.removeAttribute("aria-activedescendant");
      status.textContent = (form.getAttribute(open ? "data-label-count" : "data-label-none") || "").replace("{0}", options.length);
    }

    function suggest() {
      var text = input.value.trim();
      if (pending) pending.abort();
      if (text.length < 2) { close(); status.textContent = ""; return; }
      pending = window.AbortController ? new AbortController() : null;
      fetch(form.getAttribute("data-suggest-url") + "?q=" + encodeURIComponent(text) + "&culture=" + encodeURIComponent(document.documentElement.lang || ""), {
        credentials: "omit", headers: { Accept: "application/json" }, signal: pending ? pending.signal : undefined
      })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) { if (data && input.value.trim() === text) render(data); })
        .catch(function () { /* the form still searches on Enter */ });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(suggest, 150);
    });
    input.addEventListener("keydown", function (e) {
      var open = !list.hidden && options.length > 0;
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        if (!open) { if (options.length > 0) { list.hidden = false; input.setAttribute("aria-expanded", "true"); } else { suggest(); } e.preventDefault(); return; }
        // Past either end the highlight goes back to the typed text, then round again.
        var next = active + (e.key === "ArrowDown" ? 1 : -1);
        highlight(next >= options.length ? -1 : next < -1 ? options.length - 1 : next);
        e.preventDefault();
      } else if (e.key === "Enter" && open && active >= 0) {
        e.preventDefault();
        window.location.assign(options[active].getAttribute("data-url"));
      } else if (e.key === "Escape") {
        if (open) { close(); e.preventDefault(); } else if (input.value) { input.value = ""; e.preventDefault(); }
      } else if (e.key === "Tab") {
        close();
      }
    });
    // mousedown, not click: the input would lose focus and close the list before a click lands.
    list.addEventListener("mousedown", function (e) {
      var option = e.target.closest("[role=option]");
      if (!option) return;
      e.preventDefault();
      window.location.assign(option.getAttribute("data-url"));
    });
    input.addEventListener("blur", function () { setTimeout(close, 0); });
  });
})();
