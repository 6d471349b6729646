/*
 * The search page's "Filter results" disclosure (a <details data-search-filters>): closed on
 * narrow screens, so the results come first and the facets open on request; open on wide
 * screens, where search.css hides its summary and shows the facets as a sidebar. Crossing the
 * width (turning a tablet, resizing a window) sets it again. Without JavaScript it is a plain
 * disclosure.
 */
(function () {
    "use strict";

    var wide = window.matchMedia("(min-width: 56rem)");

    function sync() {
        var disclosures = document.querySelectorAll("details[data-search-filters]");
        for (var i = 0; i < disclosures.length; i++) {
            disclosures[i].open = wide.matches;
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", sync);
    } else {
        sync();
    }
    wide.addEventListener("change", sync);
})();
