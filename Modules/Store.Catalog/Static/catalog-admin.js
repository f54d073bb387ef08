// Product editor: reorder images with "Move up"/"Move down" buttons or by dragging a row.
// Without this script the Position numbers still do the job; with it, every move rewrites
// them in row order, so the server reads the same form either way.
(function () {
  "use strict";

  function enhance(list) {
    var rows = function () { return Array.prototype.slice.call(list.querySelectorAll(":scope > [data-image-row]")); };
    if (rows().length < 2) return;
    var status = document.createElement("p");
    status.className = "sr-only";
    status.setAttribute("role", "status");
    list.after(status);

    function button(direction, text) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "button image-move-button";
      b.setAttribute("data-move", direction);
      b.innerHTML = '<span aria-hidden="true">' + (direction === "up" ? "\u2191" : "\u2193") + "</span> " + text;
      return b;
    }

    // Positions follow row order; the labels name each image by where it now stands.
    function renumber() {
      var all = rows();
      all.forEach(function (row, index) {
        var n = index + 1;
        row.querySelector("[data-image-position]").value = String(n);
        var up = row.querySelector("[data-move=up]");
        var down = row.querySelector("[data-move=down]");
        up.setAttribute("aria-label", "Move image " + n + " up");
        down.setAttribute("aria-label", "Move image " + n + " down");
        up.disabled = index === 0;
        down.disabled = index === all.length - 1;
      });
    }

    function moved(row) {
      renumber();
      var all = rows();
      status.textContent = "Image moved to position " + (all.indexOf(row) + 1) + " of " + all.length + ".";
    }

    function moveTo(row, index) {
      var others = rows().filter(function (r) { return r !== row; });
      index = Math.max(0, Math.min(index, others.length));
      list.insertBefore(row, others[index] || null);
      moved(row);
    }

    rows().forEach(function (row) {
      var handle = document.createElement("span");
      handle.className = "image-drag-handle";
      handle.setAttribute("aria-hidden", "true");
      handle.title = "Drag to reorder";
      handle.textContent = "\u2630";
      var tools = document.createElement("div");
      tools.className = "image-move";
      tools.append(button("up", "Up"), button("down", "Down"));
      var image = row.querySelector("img");
      image.draggable = false;
      image.after(tools);
      row.insertBefore(handle, row.firstChild);

      // Only the handle starts a drag, so text in the alt field can still be selected.
      handle.addEventListener("pointerdown", function () { row.draggable = true; });
      row.addEventListener("pointerup", function () { row.draggable = false; });
    });

    list.addEventListener("click", function (e) {
      var b = e.target.closest("[data-move]");
      if (!b || b.disabled) return;
      var row = b.closest("[data-image-row]");
      var index = rows().indexOf(row);
      moveTo(row, b.getAttribute("data-move") === "up" ? index - 1 : index + 1);
      // A button that became disabled loses focus; hand it to its partner so the keyboard stays in the row.
      (b.disabled ? row.querySelector("[data-move]:not(:disabled)") || b : b).focus();
    });

    // Typing a position moves the row there, so the buttons and the numbers never disagree.
    list.addEventListener("change", function (e) {
      if (!e.target.matches("[data-image-position]")) return;
      var wanted = parseInt(e.target.value, 10);
      var row = e.target.closest("[data-image-row]");
      if (isNaN(wanted)) { renumber(); return; }
      moveTo(row, wanted - 1);
    });

    var dragged = null;
    var clearMarks = function () {
      list.querySelectorAll(".drop-before, .drop-after").forEach(function (r) { r.classList.remove("drop-before", "drop-after"); });
    };
    // Drop before a row when over its top half, after it when over its bottom half.
    var placement = function (row, e) {
      var box = row.getBoundingClientRect();
      return e.clientY < box.top + box.height / 2 ? "before" : "after";
    };

    list.addEventListener("dragstart", function (e) {
      var row = e.target.closest && e.target.closest("[data-image-row]");
      if (!row || !row.draggable) return;
      dragged = row;
      row.classList.add("dragging");
      e.dataTransfer.effectAllowed = "move";
      e.dataTransfer.setData("text/plain", "");
    });
    list.addEventListener("dragover", function (e) {
      var row = dragged && e.target.closest("[data-image-row]");
      if (!row) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = "move";
      clearMarks();
      if (row !== dragged) row.classList.add("drop-" + placement(row, e));
    });
    list.addEventListener("dragleave", function (e) {
      if (!list.contains(e.relatedTarget)) clearMarks();
    });
    list.addEventListener("drop", function (e) {
      var row = dragged && e.target.closest("[data-image-row]");
      if (!row) return;
      e.preventDefault();
      if (row !== dragged) {
        var others = rows().filter(function (r) { return r !== dragged; });
        var at = others.indexOf(row) + (placement(row, e) === "after" ? 1 : 0);
        moveTo(dragged, at);
      }
    });
    list.addEventListener("dragend", function () {
      clearMarks();
      if (dragged) {
        dragged.classList.remove("dragging");
        dragged.draggable = false;
      }
      dragged = null;
    });

    renumber();
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-image-order]").forEach(enhance);
  });
})();

// Product list: one box in the header ticks or clears every product on the page (shown only with this script).
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var holder = document.querySelector("[data-select-all]");
    if (!holder) return;
    var all = holder.querySelector("input");
    var rows = Array.prototype.slice.call(document.querySelectorAll("[data-select-row]"));
    if (rows.length === 0) return;
    holder.hidden = false;
    function sync() {
      var ticked = rows.filter(function (r) { return r.checked; }).length;
      all.checked = ticked === rows.length;
      all.indeterminate = ticked > 0 && ticked < rows.length;
    }
    all.addEventListener("change", function () {
      rows.forEach(function (r) { r.checked = all.checked; });
      sync();
    });
    rows.forEach(function (r) { r.addEventListener("change", sync); });
    sync();
  });
})();
