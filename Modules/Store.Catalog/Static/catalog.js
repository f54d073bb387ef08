// Catalog pages are cached for every shopper, so what differs per visitor is filled in here.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    // Filters apply as soon as a box or list changes, in place (see filters.js); without script the Apply button submits the form.
    // On a phone the filters fold away so the products come first; on a wide screen they stay open.
    var narrow = window.matchMedia("(max-width: 48rem)");
    document.querySelectorAll("[data-filter-more]").forEach(function (panel) {
      panel.open = !narrow.matches;
      narrow.addEventListener("change", function () { panel.open = !narrow.matches; });
    });
    // Gallery: a thumbnail swaps the main picture (without script it links to ?image=N, which the server
    // shows); the one shown is marked aria-current. The main picture and the Zoom button open the pictures
    // in a modal dialog: Escape closes it, arrow keys and swipes move between pictures, pinch zooms.
    document.querySelectorAll("[data-gallery]").forEach(function (gallery) {
      var main = gallery.querySelector("[data-gallery-main]");
      var thumbs = Array.prototype.slice.call(gallery.querySelectorAll("[data-gallery-thumb]"));
      var dialog = gallery.querySelector("[data-lightbox]");
      var zoom = gallery.querySelector("[data-gallery-zoom]");
      if (!main) return;
      function mark(url) {
        thumbs.forEach(function (t) {
          if (t.getAttribute("data-gallery-thumb") === url) t.setAttribute("aria-current", "true"); else t.removeAttribute("aria-current");
        });
      }
      main.addEventListener("gallery:shown", function () { mark(main.getAttribute("src")); });
      thumbs.forEach(function (thumb) {
        thumb.addEventListener("click", function (e) {
          e.preventDefault();
          main.src = thumb.getAttribute("data-gallery-thumb");
          main.alt = thumb.getAttribute("data-alt") || "";
          main.setAttribute("data-large", thumb.getAttribute("data-large"));
          mark(thumb.getAttribute("data-gallery-thumb"));
        });
      });
      if (!dialog || typeof dialog.showModal !== "function") return;
      var big = dialog.querySelector("[data-lightbox-image]");
      var pictures = thumbs.length > 0
        ? thumbs.map(function (t) { return { large: t.getAttribute("data-large"), alt: t.getAttribute("data-alt") || "" }; })
        : [{ large: main.getAttribute("data-large"), alt: main.alt }];
      var index = 0;
      function show(i) {
        index = (i + pictures.length) % pictures.length;
        big.src = pictures[index].large;
        big.alt = pictures[index].alt;
      }
      function open() {
        var current = pictures.map(function (p) { return p.large; }).indexOf(main.getAttribute("data-large"));
        show(current < 0 ? 0 : current);
        dialog.showModal();
      }
      zoom.hidden = false;
      zoom.addEventListener("click", open);
      main.addEventListener("click", open);
      dialog.querySelector("[data-lightbox-close]").addEventListener("click", function () { dialog.close(); });
      var previous = dialog.querySelector("[data-lightbox-previous]");
      var next = dialog.querySelector("[data-lightbox-next]");
      if (previous) previous.addEventListener("click", function () { show(index - 1); });
      if (next) next.addEventListener("click", function () { show(index + 1); });
      dialog.addEventListener("keydown", function (e) {
        if (e.key === "ArrowLeft") { show(index - 1); e.preventDefault(); }
        if (e.key === "ArrowRight") { show(index + 1); e.preventDefault(); }
      });
      // A tap on the dark area around the picture closes; a horizontal swipe moves to the next or previous one.
      dialog.addEventListener("click", function (e) { if (e.target === dialog) dialog.close(); });
      var startX = null;
      big.addEventListener("touchstart", function (e) { startX = e.touches.length === 1 ? e.touches[0].clientX : null; }, { passive: true });
      big.addEventListener("touchend", function (e) {
        if (startX === null || e.changedTouches.length !== 1) return;
        var dx = e.changedTouches[0].clientX - startX;
        if (Math.abs(dx) > 50 && pictures.length > 1) show(index + (dx < 0 ? 1 : -1));
        startX = null;
      });
      dialog.addEventListener("close", function () { zoom.focus(); });
    });
    // Variant pickers: with script, option buttons (or selects) replace the plain list of variants; a choice
    // updates SKU, price, stock, picture and the URL (?variant=ID) without a reload. The data comes with the page.
    document.querySelectorAll("form[data-variant-form]").forEach(function (form) {
      var data = document.querySelector("script[data-variants]");
      var pickers = form.querySelector("[data-variant-pickers]");
      var plain = form.querySelector("[data-variant-plain]");
      if (!data || !pickers || !plain) return;
      var variants = JSON.parse(data.textContent);
      var select = plain.querySelector("select");
      var chosen = variants.filter(function (v) { return String(v.id) === select.value; })[0] || variants[0];
      var current = chosen.options.slice();
      var field = document.createElement("input");
      field.type = "hidden";
      field.name = "variantId";
      form.appendChild(field);
      select.disabled = true;
      plain.hidden = true;
      pickers.hidden = false;
      var info = document.querySelector("[data-variant-info]");
      var main = document.querySelector("[data-gallery-main]");
      var button = form.querySelector("[data-add-to-cart]");
      var quantity = form.querySelector("input[name=quantity]");
      function find(values) {
        return variants.filter(function (v) { return v.options.every(function (x, i) { return x === values[i]; }); })[0];
      }
      function unavailable(index, value) {
        var values = current.slice();
        values[index] = value;
        var v = find(values);
        return !v || v.stock <= 0;
      }
      function show(update) {
        var v = find(current);
        pickers.querySelectorAll("[data-option]").forEach(function (set) {
          var index = Number(set.getAttribute("data-option"));
          set.querySelectorAll("button[data-value]").forEach(function (b) {
            var value = b.getAttribute("data-value");
            b.setAttribute("aria-pressed", value === current[index] ? "true" : "false");
            b.classList.toggle("unavailable", unavailable(index, value));
          });
          set.querySelectorAll("option").forEach(function (o) {
            // The label is the value in the shopper's language (a translated option value); the value is the key.
            o.textContent = (o.getAttribute("data-label") || o.value) + (unavailable(index, o.value) ? " \u2014 " + (pickers.getAttribute("data-unavailable") || "unavailable") : "");
          });
        });
        var state = !v ? "none" : v.stockState;
        info.querySelectorAll("[data-stock]").forEach(function (p) { p.hidden = p.getAttribute("data-stock") !== state; });
        field.value = v ? v.id : "";
        button.disabled = !v || v.stock <= 0;
        quantity.disabled = button.disabled;
        // The wishlist's "back in stock" alert (theme partial ProductWishlist) is for the variant shown when it is out.
        var alert = form.querySelector("[data-stock-alert]");
        if (alert) alert.hidden = !v || v.stock > 0;
        if (!v) return;
        info.querySelector("[data-variant-sku]").textContent = v.sku;
        info.querySelector("[data-variant-price]").textContent = v.priceText;
        info.querySelector("[data-variant-compare]").textContent = v.compareAtText || "";
        info.querySelector("[data-variant-was]").hidden = !v.onSale;
        var prior = info.querySelector("[data-variant-prior]");
        prior.hidden = !(v.onSale && v.priorLowText);
        prior.querySelector("[data-variant-prior-text]").textContent = v.priorLowText || "";
        var stock = info.querySelector("[data-variant-stock]");
        stock.textContent = stock.getAttribute("data-template").replace("{0}", v.stock);
        if (main && v.image) {
          main.src = v.image.url;
          main.alt = v.image.alt;
          main.setAttribute("data-large", v.image.large);
          main.dispatchEvent(new Event("gallery:shown"));
        }
        if (update) {
          var url = new URL(window.location.href);
          url.searchParams.set("variant", v.id);
          history.replaceState(null, "", url);
        }
      }
      pickers.addEventListener("click", function (e) {
        var b = e.target.closest("button[data-value]");
        if (!b) return;
        current[Number(b.closest("[data-option]").getAttribute("data-option"))] = b.getAttribute("data-value");
        show(true);
      });
      pickers.addEventListener("change", function (e) {
        if (!e.target.matches("select[data-option-select]")) return;
        current[Number(e.target.closest("[data-option]").getAttribute("data-option"))] = e.target.value;
        show(true);
      });
      show(false);
    });
    // Forms in cached HTML get their antiforgery token from /session.
    var forms = document.querySelectorAll("form[data-antiforgery]");
    if (forms.length === 0) return;
    fetch("/session", { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) {
        if (!s || !s.antiforgery) return;
        forms.forEach(function (form) {
          var input = document.createElement("input");
          input.type = "hidden";
          input.name = s.antiforgery.field;
          input.value = s.antiforgery.token;
          form.appendChild(input);
          // With the token a "get" form (a review's Helpful or Report) posts at once; without JavaScript it opens a
          // confirmation page that carries its own token (the cached page cannot).
          if (form.hasAttribute("data-post")) form.method = "post";
        });
      })
      .catch(function () { /* the form then fails validation with a clear message */ });
  });
})();
