// Filters the topics index (/topics/) as the reader types. A classic script with no
// dependencies; the filter box stays hidden when scripts do not run.
(function () {
  "use strict";
  var box = document.querySelector(".topic-filter");
  var input = document.getElementById("topic-filter-q");
  if (!box || !input) return;
  var status = box.querySelector(".topic-filter-status");
  var groups = Array.prototype.slice.call(document.querySelectorAll(".topic-group"));
  var fold = function (s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  };
  var items = [];
  groups.forEach(function (g) {
    Array.prototype.forEach.call(g.querySelectorAll(".topic-cloud > li"), function (li) {
      var name = li.querySelector(".topic");
      // The name without its count.
      var text = name && name.firstChild ? name.firstChild.textContent || "" : li.textContent || "";
      items.push({ li: li, group: g, key: fold(text) });
    });
  });
  box.hidden = false;
  var update = function () {
    var q = fold(input.value.trim());
    var shown = 0;
    var visible = new Set();
    items.forEach(function (it) {
      var match = q === "" || it.key.indexOf(q) !== -1;
      it.li.hidden = !match;
      if (match) {
        shown++;
        visible.add(it.group);
      }
    });
    groups.forEach(function (g) {
      g.hidden = !visible.has(g);
    });
    if (status) status.textContent = q === "" ? "" : shown === 1 ? "1 topic matches." : shown + " topics match.";
  };
  input.addEventListener("input", update);
  update();
})();
