// Filters and click-to-highlight. The page works without this script: every finding and
// every source text is in the markup, and each quote links to its span.
(function () {
  "use strict";
  var form = document.querySelector("form.filters");
  var bar = document.querySelector("header.bar");
  form.hidden = false;
  document.documentElement.style.setProperty("--bar-h", bar.offsetHeight + "px");

  function applyFilters() {
    var statuses = {};
    form.querySelectorAll("input[name=status]").forEach(function (box) { statuses[box.value] = box.checked; });
    var topic = form.querySelector("select[name=topic]").value;
    document.querySelectorAll(".finding").forEach(function (el) {
      var show = statuses[el.dataset.status] && (!topic || el.dataset.topic === topic);
      el.classList.toggle("is-hidden", !show);
    });
    document.querySelectorAll(".group").forEach(function (group) {
      var visible = group.querySelector(".finding:not(.is-hidden)") ||
                    (statuses[group.dataset.status] && !topic);
      group.classList.toggle("is-hidden", !visible);
    });
  }

  function select(finding, spanToShow) {
    document.querySelectorAll("mark.claim.active").forEach(function (m) { m.classList.remove("active"); });
    document.querySelectorAll(".finding.selected").forEach(function (f) { f.classList.remove("selected"); });
    finding.classList.add("selected");
    var ids = (finding.dataset.spans || "").split(" ").filter(Boolean);
    var first = null;
    ids.forEach(function (id) {
      document.querySelectorAll('mark.claim[data-span="' + id + '"]').forEach(function (m) {
        m.classList.add("active");
        if (!first) { first = m; }
      });
    });
    var target = (spanToShow && document.getElementById(spanToShow)) || first;
    if (target) { target.scrollIntoView({block: "center", inline: "nearest"}); }
  }

  form.addEventListener("change", applyFilters);
  document.querySelectorAll(".finding").forEach(function (finding) {
    finding.addEventListener("click", function (event) {
      var link = event.target.closest("a.src");
      if (link) { event.preventDefault(); }
      select(finding, link ? link.getAttribute("href").slice(1) : null);
    });
    finding.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); select(finding, null); }
    });
  });
  applyFilters();
})();
