/* futcompare's Sphinx extension: the matrix's "Show only differences" toggle, and small helps for
   reading the matrix. Everything here is added by the script, so a page read without JavaScript
   shows every row and no control that does nothing. */
(function () {
  "use strict";

  /* Every row is either fc-differs (not the same on some measured version) or fc-same-everywhere. */
  var ROWS = "tr.fc-differs, tr.fc-same-everywhere";

  function caption(wrapper) {
    var text = wrapper.querySelector("caption .caption-text, caption");
    return text ? text.textContent.replace("¶", "").trim() : "Matrix";
  }

  /* A box that scrolls (a matrix on a narrow screen, a long line of code) must be reachable by keyboard. */
  function markScrollable(block) {
    block.querySelectorAll(".table-wrapper, div.highlight > pre").forEach(function (wrapper) {
      var scrolls = wrapper.scrollWidth > wrapper.clientWidth + 1 || wrapper.scrollHeight > wrapper.clientHeight + 1;
      if (scrolls) {
        wrapper.setAttribute("tabindex", "0");
        if (wrapper.tagName !== "PRE") {
          // A named region, so a screen reader says which table the focus entered.
          wrapper.setAttribute("role", "region");
          wrapper.setAttribute("aria-label", caption(wrapper) + " (scrolls)");
        }
      } else {
        wrapper.removeAttribute("tabindex");
        wrapper.removeAttribute("role");
        wrapper.removeAttribute("aria-label");
      }
    });
  }

  function addFilter(block, index) {
    var rows = block.querySelectorAll(ROWS);
    var same = block.querySelectorAll("tr.fc-same-everywhere");
    if (!same.length || same.length === rows.length) {
      return; // nothing to hide, or nothing would remain: no control
    }
    var bar = document.createElement("div");
    bar.className = "fc-toolbar";
    var button = document.createElement("button");
    button.type = "button";
    button.className = "fc-filter";
    button.id = "fc-filter-" + index;
    button.setAttribute("aria-pressed", "false");
    button.textContent = "Show only differences";
    var status = document.createElement("span");
    status.className = "fc-filter-status";
    status.setAttribute("role", "status");
    bar.appendChild(button);
    bar.appendChild(status);
    block.insertBefore(bar, block.firstChild);

    function set(only) {
      block.classList.toggle("fc-only-differences", only);
      button.setAttribute("aria-pressed", only ? "true" : "false");
      block.querySelectorAll(".table-wrapper").forEach(function (wrapper) {
        // A table whose every row is hidden goes too, caption and header with it.
        wrapper.hidden = only && !wrapper.querySelector("tbody tr.fc-differs");
      });
      var shown = rows.length - (only ? same.length : 0);
      status.textContent = only
        ? "Showing " + shown + " of " + rows.length + " rows; " + same.length + " that read the same on every measured version that has them are hidden."
        : "Showing all " + rows.length + " rows.";
      markScrollable(block);
    }
    button.addEventListener("click", function () {
      set(button.getAttribute("aria-pressed") !== "true");
    });
    block.fcShowAll = function () {
      set(false);
    };
    set(false);
  }

  /* A link to a row the filter hides shows every row again, then lands on it. */
  function revealTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var row = id ? document.getElementById(id) : null;
    var block = row && row.closest(".fc-only-differences");
    if (block && block.fcShowAll) {
      block.fcShowAll();
      row.scrollIntoView();
    }
  }

  /* The report link names the page; with JavaScript it names the page's full address. */
  function completeReportLinks() {
    document.querySelectorAll("a.fc-report").forEach(function (link) {
      var row = link.closest("tr");
      try {
        var url = new URL(link.href);
        var page = window.location.origin + window.location.pathname + (row && row.id ? "#" + row.id : "");
        var body = (url.searchParams.get("body") || "").replace(/^Page: .*$/m, "Page: " + page);
        url.searchParams.set("body", body);
        link.href = url.toString();
      } catch (error) {
        /* keep the link as built */
      }
    });
  }

  /* furo has two <aside> landmarks with no name; name them so they can be told apart. */
  function nameLandmarks() {
    [["aside.sidebar-drawer", "Site navigation"], ["aside.toc-drawer", "On this page"]].forEach(function (pair) {
      var aside = document.querySelector(pair[0]);
      if (aside && !aside.hasAttribute("aria-label")) {
        aside.setAttribute("aria-label", pair[1]);
      }
    });
  }

  /* A table that stacks on a phone (class fc-stack): each cell carries its column's heading, shown above it. */
  function labelStackedCells() {
    document.querySelectorAll("table.fc-stack").forEach(function (table) {
      var headings = Array.prototype.map.call(table.querySelectorAll("thead th"), function (th) {
        return th.textContent.trim();
      });
      table.querySelectorAll("tbody tr").forEach(function (row) {
        Array.prototype.forEach.call(row.children, function (cell, index) {
          if (headings[index]) {
            cell.setAttribute("data-label", headings[index]);
          }
        });
      });
    });
  }

  function init() {
    nameLandmarks();
    labelStackedCells();
    var blocks = document.querySelectorAll(".fc-matrix-block");
    blocks.forEach(addFilter);
    markScrollable(document);
    completeReportLinks();
    window.addEventListener("hashchange", revealTarget);
    var timer = null;
    window.addEventListener("resize", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        markScrollable(document);
      }, 150);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
