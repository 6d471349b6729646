// Progressive enhancement for the "There is a problem" summary: focus it when the page
// loads, and let each link move focus straight to its field (with its label in view).
(function () {
    "use strict";

    var summary = document.querySelector("[data-error-summary]");
    if (!summary) {
        return;
    }
    // Only when nothing has focus yet: a keyboard user may already have moved on from it
    // (autofocus gave it focus before this deferred script ran).
    if (!document.activeElement || document.activeElement === document.body) {
        summary.focus();
    }
    summary.addEventListener("click", function (event) {
        var link = event.target.closest("a[href^='#']");
        if (!link) {
            return;
        }
        var input = document.getElementById(link.getAttribute("href").slice(1));
        if (!input) {
            return;
        }
        event.preventDefault();
        var label = input.closest("fieldset")
            ? input.closest("fieldset").querySelector("legend")
            : document.querySelector("label[for='" + input.id + "']");
        (label || input).scrollIntoView();
        input.focus({ preventScroll: true });
    });
})();
