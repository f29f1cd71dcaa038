// check.js is injected by browser_test.go at the end of a copy of the HTML
// view (-format html). It reads the page as Chromium built it and writes
// what it found, as JSON, into a pre element with id "check" at the end of
// the body, which the test reads back from chromium --dump-dom. The browser, not Go, resolves every link: each
// in-page link is clicked and the element that became :target is recorded.
(function () {
  "use strict";
  var out = { marks: [], relations: [], links: 0, broken: [], resources: -1 };

  function text(el) { return el ? el.textContent : null; }

  // follow clicks an in-page link and returns the element it made the
  // :target, or null when the fragment names no element.
  function follow(a) {
    a.click();
    var t = document.querySelector(":target");
    if (!t || "#" + t.id !== a.getAttribute("href")) {
      return null;
    }
    return t;
  }

  // Every mention highlight in the article texts, in document order.
  document.querySelectorAll("section.article .text mark").forEach(function (m) {
    out.marks.push({ id: m.id, entity: m.dataset.id, cls: m.className, text: text(m) });
  });

  // Every in-page link on the page must land on an element.
  document.querySelectorAll('a[href^="#"]').forEach(function (a) {
    out.links++;
    if (!follow(a)) {
      out.broken.push(a.getAttribute("href"));
    }
  });

  // Every relation: its argument links and its evidence link, resolved by
  // the browser, with what they land on.
  document.querySelectorAll("section.article ol.relations > li").forEach(function (li) {
    var r = { id: li.id, cls: li.className, args: [], evidence: null };
    var section = li.closest("section.article");
    li.querySelectorAll("a").forEach(function (a) {
      var href = a.getAttribute("href") || "";
      var t = follow(a);
      var inText = !!(t && section.querySelector(".text").contains(t));
      var landed = {
        href: href,
        resolved: !!t,
        inText: inText,
        tag: t ? t.tagName.toLowerCase() : "",
        cls: t ? t.className : "",
        text: text(t),
      };
      if (href.indexOf("#ev-") === 0) {
        // The evidence sentence is highlighted while it is the target.
        landed.background = t ? getComputedStyle(t).backgroundColor : "";
        r.evidence = landed;
      } else {
        r.args.push(landed);
      }
    });
    out.relations.push(r);
  });

  // The page is self-contained: nothing was fetched for it.
  out.resources = performance.getEntriesByType("resource").length;

  var pre = document.createElement("pre");
  pre.id = "check";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
