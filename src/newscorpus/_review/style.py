"""The stylesheet and the one small script of the review pages, inlined into every page.

Quote kinds differ by underline style *and* a text label, never by colour alone: direct is a
solid line, indirect dashed, free indirect dotted, reported wavy. A quote nested in another gets
its line lower down, so both stay visible. Tooltips are pure CSS (``data-tip`` shown by
``::after`` on hover and keyboard focus), so ``render_html`` output also works where scripts do
not run (Jupyter, e-mail); pseudo-elements keep labels and tooltips out of the copied text.
"""

from __future__ import annotations

__all__ = ["FRAGMENT_CSS", "KIND_CSS", "PAGE_CSS", "SORT_SCRIPT"]

#: The kind colours, underline styles and badges: all that speaker and index pages need.
KIND_CSS = """
.ncr{--direct:#1d4ed8;--direct-bg:#e0eaff;--indirect:#047857;--indirect-bg:#d8f5e7;
--free_indirect:#7e22ce;--free_indirect-bg:#f1e4ff;--reported:#b45309;--reported-bg:#fdf0d2;
--ink:#1f2937;--muted:#5b6472;--line:#e3e5e8;color:var(--ink);line-height:1.7;
font-family:Georgia,"Iowan Old Style","Times New Roman",serif}
.ncr .k-direct{--c:var(--direct);--bg:var(--direct-bg);--u:solid}
.ncr .k-indirect{--c:var(--indirect);--bg:var(--indirect-bg);--u:dashed}
.ncr .k-free_indirect{--c:var(--free_indirect);--bg:var(--free_indirect-bg);--u:dotted}
.ncr .k-reported{--c:var(--reported);--bg:var(--reported-bg);--u:wavy}
.ncr .badge{display:inline-block;padding:.15em .45em;border-radius:3px;background:var(--c);
color:#fff;font:600 .7rem/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;
text-decoration:none;letter-spacing:.03em;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.ncr a.badge{color:#fff}
"""

#: Everything else under ``.ncr``: the highlighted text, the quote list and the legend.
TEXT_CSS = """
.ncr .layout{display:grid;grid-template-columns:minmax(0,1fr) minmax(15rem,21rem);gap:2.2rem;
align-items:start}
.ncr .text{max-width:42rem;font-size:1.06rem}
.ncr .text p{margin:0 0 1em}
.ncr .headline{font-size:1.75rem;line-height:1.3;margin:0 0 .4rem}
.ncr .meta,.ncr .side,.ncr .legend,.ncr .badge,.ncr .note{font-family:system-ui,-apple-system,
"Segoe UI",sans-serif}
.ncr .meta{color:var(--muted);font-size:.85rem;margin:0 0 1.4rem;line-height:1.5}
.ncr mark.q{position:relative;color:inherit;background:var(--bg);border-radius:2px;
padding:.05em .08em;text-decoration:underline var(--u) var(--c) 2px;text-underline-offset:.22em;
text-decoration-skip-ink:none;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.ncr mark.q mark.q{text-underline-offset:.5em;background:color-mix(in srgb,var(--bg) 70%,#fff)}
.ncr mark.q:not(.cont)::before{content:attr(data-label);display:inline-block;margin-right:.3em;
padding:.18em .4em;border-radius:3px;background:var(--c);color:#fff;vertical-align:.18em;
font:600 .6rem/1 system-ui,-apple-system,"Segoe UI",sans-serif;letter-spacing:.03em}
.ncr mark.q:focus{outline:2px solid var(--c);outline-offset:2px}
.ncr mark.q:target{outline:3px solid var(--c);outline-offset:3px}
.ncr mark.q[data-tip]:is(:hover,:focus)::after{content:attr(data-tip);position:absolute;left:0;
top:calc(100% + .4em);z-index:5;width:max-content;max-width:min(22rem,80vw);white-space:pre-line;
background:#111827;color:#f9fafb;padding:.5em .7em;border-radius:6px;
box-shadow:0 6px 18px rgb(0 0 0/.25);font:400 .8rem/1.45 system-ui,-apple-system,sans-serif}
.ncr mark.q:hover:has(mark.q:hover)::after{display:none}
.ncr .who{font-weight:700;border:1.5px solid var(--ink);border-radius:3px;padding:0 .12em}
.ncr .cue{font-style:italic;background:#eceef1;border-bottom:2px dotted var(--ink);
border-radius:2px;padding:0 .1em}
.ncr .side{font-size:.86rem;line-height:1.45;position:sticky;top:1rem;max-height:calc(100vh - 2rem);
overflow:auto;border-left:1px solid var(--line);padding-left:1.2rem}
.ncr .side h2{font-size:1rem;margin:0 0 .6rem}
.ncr .legend{display:flex;flex-wrap:wrap;gap:.35rem .5rem;font-size:.78rem;margin:0 0 1rem;
padding:0;list-style:none}
.ncr .legend li{padding:.1em .35em;border-radius:3px}
.ncr .legend .q{background:var(--bg);text-decoration:underline var(--u) var(--c) 2px;
text-underline-offset:.22em}
.ncr .qlist{list-style:none;margin:0;padding:0}
.ncr .qlist li{padding:.55rem 0;border-top:1px solid var(--line)}
.ncr .roles,.ncr .note{color:var(--muted)}
.ncr .excerpt{display:block;color:var(--muted);font-style:italic;margin-top:.2rem}
.ncr .qlist a:not(.badge){color:inherit}
@media (max-width:56rem){.ncr .layout{grid-template-columns:minmax(0,1fr)}
.ncr .side{position:static;max-height:none;border-left:0;padding-left:0;
border-top:2px solid var(--line);padding-top:1rem}}
@media print{.ncr .layout{display:block}.ncr .side{position:static;max-height:none;overflow:visible;
border:0;padding:0;margin-top:1.5rem;break-before:auto}
.ncr mark.q::after{display:none!important}
.ncr mark.q,.ncr .badge,.ncr .legend li{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.ncr .qlist li{break-inside:avoid}}
"""

#: What an article needs: kinds and badges, then the text and the quote list.
FRAGMENT_CSS = KIND_CSS + TEXT_CSS


#: The frame of a standalone page: header, navigation, index and speaker tables.
PAGE_CSS = """
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#fbfbfa;color:#1f2937;font:16px/1.55 system-ui,-apple-system,"Segoe UI",
sans-serif}
a{color:#1d4ed8}
.top{background:#1f2937;color:#f3f4f6;padding:.55rem 1rem;font-size:.9rem}
.top a{color:#f3f4f6;text-decoration:none;margin-right:1.2rem}
.top a:hover,.top a:focus{text-decoration:underline}
.top .brand{font-weight:700}
main{max-width:76rem;margin:0 auto;padding:1.4rem 1rem 3rem}
h1{line-height:1.25}
.totals{display:flex;flex-wrap:wrap;gap:.6rem;margin:0 0 1.5rem;padding:0;list-style:none}
.totals li{background:#fff;border:1px solid #e3e5e8;border-radius:6px;padding:.45rem .8rem}
.totals b{display:block;font-size:1.25rem}
.tablewrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.88rem}
th,td{text-align:left;padding:.4rem .55rem;border-bottom:1px solid #e3e5e8;vertical-align:top}
th{background:#f3f4f6;white-space:nowrap}
td.date{white-space:nowrap}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;
color:inherit}
th[aria-sort=ascending] button::after{content:" \\2191"}
th[aria-sort=descending] button::after{content:" \\2193"}
.roles{color:#5b6472}
.speakerlist{columns:18rem auto;padding-left:1.2rem}
.hits{list-style:none;padding:0}
.hits>li{background:#fff;border:1px solid #e3e5e8;border-radius:6px;padding:.7rem .9rem;
margin:0 0 .8rem}
.hits blockquote{margin:.4rem 0 0;font:1rem/1.6 Georgia,"Times New Roman",serif}
.hits ol{list-style:none;padding:0;margin:0}
.hits ol li{padding:.35rem 0;border-top:1px solid #eef0f2}
.hits ol li:first-child{border-top:0}
@media (max-width:40rem){body{font-size:15px}main{padding:1rem .7rem 2rem}
.hide-narrow{display:none}}
@media print{.top,.noprint{display:none}body{background:#fff;font-size:10.5pt}
main{max-width:none;padding:0}a{color:inherit;text-decoration:none}
table{font-size:8.5pt}th button::after{content:""!important}}
"""

#: Click a column header of a ``table.sortable`` to sort its rows by that column's ``data-v``.
SORT_SCRIPT = """
document.querySelectorAll("table.sortable").forEach(function (table) {
  var body = table.tBodies[0];
  table.querySelectorAll("th[data-type]").forEach(function (th, column) {
    var button = th.querySelector("button");
    button.addEventListener("click", function () {
      var up = th.getAttribute("aria-sort") !== "ascending";
      var numeric = th.dataset.type === "num";
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[column].dataset.v, y = b.cells[column].dataset.v;
        var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
        return up ? order : -order;
      });
      table.querySelectorAll("th[aria-sort]").forEach(function (other) {
        other.removeAttribute("aria-sort");
      });
      th.setAttribute("aria-sort", up ? "ascending" : "descending");
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});
"""
