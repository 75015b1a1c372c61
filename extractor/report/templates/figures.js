/* The table of figures: sort by a column (click its heading; again to reverse), filter by the row
   under the headings (a choice is an exact value, a text box matches any part, ignoring case, the
   confidence choice a comparison with the figure's lowest confidence), and
   the page's own filters (topic, speaker, kinds) through window.reportFigures.setOutside. */
(function () {
  "use strict";
  var table = document.querySelector("table[data-figures]");
  if (!table) { return; }
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var filters = Array.prototype.slice.call(table.querySelectorAll("[data-filter]"));
  var headers = Array.prototype.slice.call(table.querySelectorAll("th[data-col]"));
  var count = document.getElementById("figures-count");
  var outside = function () { return false; };

  function cell(row, key) {
    return row.querySelector('td[data-col="' + key + '"]');
  }

  // A confidence filter's value is a comparison ("<0.7", ">=0.8") with the row's lowest confidence;
  // a row without confidences (-1) passes none.
  function compare(have, wanted) {
    var m = /^(<|>=)([0-9.]+)$/.exec(wanted);
    if (!m || !(have >= 0)) { return false; }
    return m[1] === "<" ? have < Number(m[2]) : have >= Number(m[2]);
  }

  function matches(row) {
    if (outside(row)) { return false; }
    return filters.every(function (f) {
      var wanted = f.value.trim();
      if (!wanted) { return true; }
      if (f.dataset.compare !== undefined) { return compare(Number(row.dataset.confidence), wanted); }
      var have = cell(row, f.dataset.filter).textContent.trim();
      return f.tagName === "SELECT" ? have === wanted : have.toLowerCase().indexOf(wanted.toLowerCase()) !== -1;
    });
  }

  function apply() {
    var shown = 0;
    rows.forEach(function (row) {
      row.hidden = !matches(row);
      if (!row.hidden) { shown += 1; }
    });
    count.textContent = shown + " of " + rows.length + (rows.length === 1 ? " figure" : " figures") + " shown";
    table.dataset.visibleRows = String(shown);
  }

  function sortBy(key, header) {
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    headers.forEach(function (h) { h.setAttribute("aria-sort", "none"); });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var keyed = rows.map(function (row) {
      var c = cell(row, key);
      var v = c.dataset.sortValue !== undefined ? parseFloat(c.dataset.sortValue) : c.textContent.trim();
      return { value: v, order: Number(row.dataset.order), row: row };
    });
    keyed.sort(function (a, b) {
      // Blank cells go last whichever the direction; ties keep the text order.
      if (a.value === "" || b.value === "") { return (a.value === "") - (b.value === "") || a.order - b.order; }
      var c = typeof a.value === "number" ? a.value - b.value
        : a.value.localeCompare(b.value, undefined, { numeric: true, sensitivity: "base" });
      return (ascending ? c : -c) || a.order - b.order;
    });
    keyed.forEach(function (k) { tbody.appendChild(k.row); });
    rows = keyed.map(function (k) { return k.row; });
    table.dataset.sortedBy = key + " " + (ascending ? "ascending" : "descending");
  }

  headers.forEach(function (h) {
    h.querySelector("button").addEventListener("click", function () { sortBy(h.dataset.col, h); });
  });
  filters.forEach(function (f) { f.addEventListener(f.tagName === "SELECT" ? "change" : "input", apply); });
  document.getElementById("figures-reset").addEventListener("click", function () {
    filters.forEach(function (f) { f.value = ""; });
    apply();
  });
  window.reportFigures = {
    refresh: apply,
    setOutside: function (fn) { outside = fn; apply(); }
  };
  apply();
  table.dataset.ready = "true";
}());
