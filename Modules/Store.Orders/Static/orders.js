// An open order page follows its status live (server-sent events); without script, a reload shows it.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var page = document.querySelector("[data-order]");
    if (!page || !window.EventSource) return;
    var status = page.querySelector("[data-order-status]");
    var history = page.querySelector("[data-order-history]");
    var cancel = page.querySelector("[data-order-cancel]");
    var pay = page.querySelector("[data-order-pay]");
    var shipments = page.querySelector("[data-order-shipments]");
    var documents = page.querySelector("[data-order-documents]");
    var labels = page.dataset;
    // A customer's page is under /account/orders/{number}, a guest's under its signed link: the page says which.
    var base = page.getAttribute("data-order-base") || "/account/orders/" + encodeURIComponent(page.getAttribute("data-order"));
    var source = new EventSource(base + "/events");
    source.addEventListener("status", function (e) {
      var data = JSON.parse(e.data);
      if (status.textContent !== data.status) status.textContent = data.status;
      if (cancel) cancel.hidden = !data.canCancel;
      if (pay) pay.hidden = data.status !== "Pending";
      if (shipments && data.shipments) renderShipments(shipments, data.shipments, labels);
      if (documents && data.documents) renderDocuments(documents, data.documents, base, labels);
      if (history && data.history) {
        history.innerHTML = "";
        data.history.forEach(function (h) {
          var li = document.createElement("li");
          li.textContent = h.atUtc.replace("T", " ").slice(0, 16) + " UTC: " + h.to + (h.note ? " (" + h.note + ")" : "");
          history.appendChild(li);
        });
      }
    });
  });

  // The same markup as Show.liquid draws, from the event's data; text goes in as text, links only as http(s).
  function renderShipments(section, list, labels) {
    var ol = section.querySelector("[data-shipment-list]");
    ol.innerHTML = "";
    list.forEach(function (s) {
      var li = element("li", "shipment");
      li.appendChild(element("strong", null, labels.parcel.replace("{0}", s.sequence)));
      li.appendChild(document.createTextNode(" · " + s.carrier + " " + s.trackingNumber));
      if (s.trackingUrl && /^https?:\/\//i.test(s.trackingUrl)) {
        li.appendChild(document.createTextNode(" · "));
        var a = element("a", null, labels.track);
        a.href = s.trackingUrl;
        a.rel = "noopener noreferrer";
        li.appendChild(a);
      }
      li.appendChild(document.createElement("br"));
      li.appendChild(element("small", null, s.deliveredUtc ? labels.delivered + " " + s.deliveredUtc.slice(0, 10) : labels.shipped + " " + s.shippedUtc.slice(0, 10)));
      var ul = document.createElement("ul");
      s.lines.forEach(function (l) {
        ul.appendChild(element("li", null, l.quantity + " × " + l.productName + (l.options ? " (" + l.options + ")" : "")));
      });
      li.appendChild(ul);
      ol.appendChild(li);
    });
    section.hidden = list.length === 0;
  }

  function renderDocuments(section, list, base, labels) {
    var ul = section.querySelector("[data-document-list]");
    ul.innerHTML = "";
    list.forEach(function (d) {
      var li = document.createElement("li");
      var a = element("a", null, (d.kind === "invoice" ? labels.invoice : labels.creditNote) + " " + d.number);
      a.href = base + "/invoices/" + encodeURIComponent(d.number);
      a.setAttribute("download", "");
      li.appendChild(a);
      ul.appendChild(li);
    });
    section.hidden = list.length === 0;
  }

  function element(name, className, text) {
    var e = document.createElement(name);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }
})();

// Checkout: choosing another address asks the server for that address's shipping and tax, as the
// "Update shipping and tax" button does without script.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var refresh = document.querySelector("[data-checkout-refresh]");
    if (!refresh) return;
    var form = refresh.form;
    form.querySelectorAll("input[name=Address]").forEach(function (radio) {
      radio.addEventListener("change", function () { refresh.click(); });
    });
    var country = form.querySelector("input[name=Country]");
    if (country) country.addEventListener("change", function () { if (country.value.trim().length === 2) refresh.click(); });
  });
})();
