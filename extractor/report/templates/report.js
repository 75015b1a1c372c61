/* Filters of a transcript page: by topic and by speaker, and kind toggles; they apply to the text
   and to the table of figures, and every count shown follows all three.
   State comes from the address (?topic=…&speaker=… or #topic=…&speaker=…) so a
   filtered view can be linked to, and tests can drive it without a click. */
(function () {
  "use strict";
  var ALL = "*";
  var body = document.body;
  var topicSelect = document.getElementById("filter-topic");
  var speakerSelect = document.getElementById("filter-speaker");
  var status = document.getElementById("filter-status");
  var each = function (selector, root, fn) {
    Array.prototype.forEach.call((root || document).querySelectorAll(selector), fn);
  };

  function choose(select, value) {
    // An unknown value (stale link) falls back to "all" rather than hiding everything.
    var known = Array.prototype.some.call(select.options, function (o) { return o.value === value; });
    select.value = known ? value : ALL;
  }

  function hiddenKinds() {
    var hidden = {};
    each("[data-kind-toggle]", null, function (box) { hidden[box.dataset.kindToggle] = !box.checked; });
    return hidden;
  }

  function apply() {
    var topic = topicSelect.value;
    var speaker = speakerSelect.value;
    var hidden = hiddenKinds();
    var blocks = 0, quantities = 0;
    each("[data-block]", null, function (block) {
      var marks = block.querySelectorAll("mark.q");
      // A turn is on a topic if it is labelled with it or says a quantity about it.
      var onTopic = topic === ALL || block.dataset.topic === topic ||
        Array.prototype.some.call(marks, function (m) { return m.dataset.topic === topic; });
      var show = onTopic && (speaker === ALL || block.dataset.speaker === speaker);
      block.hidden = !show;
      if (show) { blocks += 1; }
      Array.prototype.forEach.call(marks, function (m) {
        var dim = topic !== ALL && m.dataset.topic !== topic;
        m.classList.toggle("q-dim", dim);
        if (show && !dim && !hidden[m.dataset.kind]) { quantities += 1; }
      });
    });
    each("[data-section]", null, function (section) {
      section.hidden = !section.querySelector("[data-block]:not([hidden])");
    });
    status.textContent = blocks + (blocks === 1 ? " block, " : " blocks, ") +
      quantities + (quantities === 1 ? " quantity" : " quantities") + " shown";
    // Read by tests and scripts: what the page shows now.
    body.dataset.filterTopic = topic;
    body.dataset.filterSpeaker = speaker;
    body.dataset.visibleBlocks = String(blocks);
    body.dataset.visibleQuantities = String(quantities);
    if (window.reportFigures) {
      window.reportFigures.setOutside(function (row) {
        return (topic !== ALL && row.dataset.topic !== topic) ||
          (speaker !== ALL && row.dataset.speaker !== speaker) || Boolean(hidden[row.dataset.kind]);
      });
    }
  }

  function remember() {
    var params = new URLSearchParams();
    if (topicSelect.value !== ALL) { params.set("topic", topicSelect.value); }
    if (speakerSelect.value !== ALL) { params.set("speaker", speakerSelect.value); }
    try {
      history.replaceState(null, "", "#" + params.toString());
    } catch (e) {
      // Some browsers refuse history changes on file:// pages; the filter still works.
    }
  }

  function fromAddress() {
    var params = new URLSearchParams(location.search);
    var hash = location.hash.replace(/^#/, "");
    // A plain anchor (#quantity-q3, #figure-q3: a link followed) is a place, not a filter state:
    // following one keeps the filters as they are.
    if (hash && hash.indexOf("=") === -1) {
      if (body.dataset.ready) { return; }
      hash = "";
    }
    new URLSearchParams(hash).forEach(function (v, k) { params.set(k, v); });
    choose(topicSelect, params.get("topic") || ALL);
    choose(speakerSelect, params.get("speaker") || ALL);
    apply();
  }

  topicSelect.addEventListener("change", function () { apply(); remember(); });
  speakerSelect.addEventListener("change", function () { apply(); remember(); });
  document.getElementById("filter-reset").addEventListener("click", function () {
    topicSelect.value = ALL;
    speakerSelect.value = ALL;
    apply();
    remember();
  });
  window.addEventListener("hashchange", fromAddress);
  each("[data-kind-toggle]", null, function (box) {
    box.addEventListener("change", function () {
      body.classList.toggle("hide-" + box.dataset.kindToggle, !box.checked);
      apply();
    });
  });
  // A hook for tests and the console: reportFilter("t2", "*").
  window.reportFilter = function (topic, speaker) {
    choose(topicSelect, topic || ALL);
    choose(speakerSelect, speaker || ALL);
    apply();
  };
  // Evidence: hovering (or focusing) a figure highlights the spans of text its fields came from (the
  // entity phrase, the time expression, the unit word), with the CSS highlight API, the page's text left
  // as it is. A span is given by offsets into the transcript; each block's text element says which
  // stretch it holds (data-start, data-end), a topic heading inside it being no part of the text. A text
  // whose characters the browser changed (a carriage return dropped) is not highlighted rather than
  // highlighted in the wrong place.
  function textNodes(el) {
    var nodes = [];
    var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
      acceptNode: function (n) {
        return n.parentNode.closest(".topic-inline") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    for (var n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push(n); }
    return nodes;
  }

  function textPoint(offset) {
    var found = null;
    each(".text[data-start]", null, function (el) {
      var start = Number(el.dataset.start), end = Number(el.dataset.end);
      if (found || offset < start || offset > end) { return; }
      var nodes = textNodes(el);
      if (nodes.reduce(function (n, t) { return n + t.data.length; }, 0) !== end - start) { return; }
      var pos = start;
      nodes.some(function (t) {
        if (offset <= pos + t.data.length) { found = [t, offset - pos]; return true; }
        pos += t.data.length;
        return false;
      });
    });
    return found;
  }

  function showEvidence(mark) {
    if (!window.CSS || !CSS.highlights || typeof Highlight === "undefined") { return; }
    var highlight = new Highlight();
    var shown = [];
    JSON.parse(mark.dataset.evidence || "[]").forEach(function (clue) {
      var a = textPoint(clue[1]), b = textPoint(clue[2]);
      if (!a || !b) { return; }
      var range = document.createRange();
      range.setStart(a[0], a[1]);
      range.setEnd(b[0], b[1]);
      highlight.add(range);
      shown.push(clue[0]);
    });
    CSS.highlights.set("evidence", highlight);
    // Read by tests: the fields whose evidence is highlighted now.
    body.dataset.evidenceShown = shown.join(" ");
  }

  function hideEvidence() {
    if (window.CSS && CSS.highlights) { CSS.highlights.delete("evidence"); }
    delete body.dataset.evidenceShown;
  }

  each("main mark.q", null, function (mark) {
    mark.addEventListener("mouseenter", function () { showEvidence(mark); });
    mark.addEventListener("focusin", function () { showEvidence(mark); });
    mark.addEventListener("mouseleave", hideEvidence);
    mark.addEventListener("focusout", hideEvidence);
  });
  fromAddress();
  body.dataset.ready = "true";
}());
