// Progressive enhancement: a live word count under every textarea with data-word-limit.
// The limit is enforced on the server; this only helps people keep within it as they type.
(function () {
    "use strict";

    function countWords(text) {
        var trimmed = text.trim();
        return trimmed ? trimmed.split(/\s+/).length : 0;
    }

    function message(limit, words) {
        var left = limit - words;
        if (left >= 0) {
            return "You have " + left + " word" + (left === 1 ? "" : "s") + " remaining";
        }
        return "You have " + -left + " word" + (left === -1 ? "" : "s") + " too many";
    }

    function enhance(textarea) {
        var limit = parseInt(textarea.getAttribute("data-word-limit"), 10);
        if (!limit) {
            return;
        }
        var visible = document.createElement("p");
        visible.className = "word-count";
        visible.id = textarea.id + "_wordcount";
        visible.setAttribute("aria-hidden", "true");
        // Screen readers hear the count once typing pauses, not on every key.
        var spoken = document.createElement("p");
        spoken.className = "visually-hidden";
        spoken.setAttribute("aria-live", "polite");
        textarea.insertAdjacentElement("afterend", visible);
        visible.insertAdjacentElement("afterend", spoken);

        var timer = null;
        function update(announce) {
            var words = countWords(textarea.value);
            var text = message(limit, words);
            visible.textContent = text;
            visible.classList.toggle("word-count--over", words > limit);
            if (announce) {
                clearTimeout(timer);
                timer = setTimeout(function () {
                    spoken.textContent = text;
                }, 1000);
            }
        }
        textarea.addEventListener("input", function () {
            update(true);
        });
        update(false);
    }

    document.querySelectorAll("textarea[data-word-limit]").forEach(enhance);
})();
