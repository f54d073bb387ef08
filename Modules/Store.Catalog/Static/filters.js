// Filters without reloads, on top of a plain GET form that works without script: a change fetches the same
// list page for the new address and swaps in its results, counts and pager, keeps focus on the control that
// changed (and the phone drawer open), announces the new count and pushes the address (back and forward work).
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    // Following a link to #results only moves the reading position in Chromium (focus is dropped): focus the
    // results instead, so the next Tab goes to the first product.
    document.querySelectorAll("a.skip-results").forEach(function (link) {
      link.addEventListener("click", function (e) {
        var results = document.getElementById("results");
        if (!results) return;
        e.preventDefault();
        results.focus();
        results.scrollIntoView();
      });
    });
    var form = document.querySelector("form[data-live-filters]");
    var status = document.querySelector("[data-results-status]");
    if (!form || !status || !window.fetch || !window.history.pushState || !window.DOMParser) return;
    var request = 0;

    // Only the fields in use go into the address: no "q=&category=&min_price=".
    function addressOf() {
      var params = new URLSearchParams();
      new FormData(form).forEach(function (value, key) {
        if (typeof value === "string" && value.trim() !== "") params.append(key, value.trim());
      });
      var query = params.toString();
      return form.getAttribute("action") + (query ? "?" + query : "");
    }

    // Where focus was, said in a way that survives the swap: an id, or a field's name and value.
    function focusKey() {
      var el = document.activeElement;
      if (!el || el === document.body) return null;
      if (el.id) return { id: el.id };
      if (el.name) return { name: el.name, value: el.value };
      return null;
    }

    function refocus(key, fallback) {
      var el = null;
      if (key && key.id) el = document.getElementById(key.id);
      if (key && key.name) {
        el = Array.prototype.filter.call(form.elements, function (f) { return f.name === key.name && f.value === key.value; })[0] || null;
      }
      if (!el || !document.contains(el)) el = fallback;
      if (el && document.activeElement !== el) el.focus({ preventScroll: true });
    }

    function swap(selector, doc) {
      var now = document.querySelector(selector);
      var next = doc.querySelector(selector);
      if (now && next) now.replaceWith(document.importNode(next, true));
      return !!(now && next);
    }

    function load(url, push) {
      var mine = ++request;
      var results = document.querySelector("[data-results]");
      results.classList.add("is-loading");
      results.setAttribute("aria-busy", "true");
      return fetch(url, { credentials: "same-origin", headers: { Accept: "text/html" } })
        .then(function (r) { return r.text().then(function (html) { return { ok: r.status < 500, html: html }; }); })
        .then(function (answer) {
          if (mine !== request) return;
          if (!answer.ok) { window.location.assign(url); return; }
          var doc = new DOMParser().parseFromString(answer.html, "text/html");
          var key = focusKey();
          var inResults = document.activeElement && document.querySelector("[data-results]").contains(document.activeElement);
          swap("[data-filter-body]", doc);
          swap("[data-filter-summary]", doc);
          swap("[data-results]", doc);
          var q = doc.querySelector("form[data-live-filters] input[name=q]");
          var ours = form.querySelector("input[name=q]");
          if (q && ours && document.activeElement !== ours) ours.value = q.value;
          document.title = doc.title;
          if (push) history.pushState({ filters: true }, "", url);
          var count = document.querySelector("[data-results] .result-count");
          status.textContent = count ? count.textContent.trim() : "";
          // A chip or pager link that was used is gone: focus goes to the new results' count, where reading resumes.
          refocus(inResults ? null : key, count);
        })
        .catch(function () { window.location.assign(url); });
    }

    form.addEventListener("change", function (e) {
      if (e.target.matches("select, input[type=checkbox]")) load(addressOf(), true);
    });
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      load(addressOf(), true);
    });
    // Chips, "did you mean", the pager and the links that drop filters stay on this page, in place.
    document.addEventListener("click", function (e) {
      var link = e.target.closest("[data-results] a[href]");
      if (!link || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
      var url = new URL(link.href, window.location.href);
      if (url.origin !== window.location.origin || url.pathname !== window.location.pathname) return;
      e.preventDefault();
      load(url.pathname + url.search, true);
    });
    window.addEventListener("popstate", function () {
      load(window.location.pathname + window.location.search, false);
    });
    history.replaceState({ filters: true }, "", window.location.href);
  });
})();
