/*
 * Search suggestions: turns an input with data-search-suggest="<endpoint>" into a WAI-ARIA 1.2
 * combobox with a listbox popup. Up/Down move through the suggestions, Enter opens the chosen
 * one (or searches for it), Escape closes the list (a second Escape clears the input). A polite
 * live region announces how many suggestions there are. Without JavaScript the form is a plain
 * search form.
 */
(function () {
    "use strict";

    var DELAY = 200;
    var MIN_CHARS = 2;

    function enhance(input) {
        var listbox = document.getElementById(input.dataset.searchListbox);
        var status = document.getElementById(input.dataset.searchStatus);
        var endpoint = input.dataset.searchSuggest;
        if (!listbox || !endpoint) {
            return;
        }
        var timer = null;
        var controller = null;
        var active = -1;
        var items = [];

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listbox.id);

        function announce(text) {
            if (status) {
                status.textContent = text;
            }
        }

        function close() {
            listbox.hidden = true;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
            active = -1;
        }

        function open() {
            if (items.length) {
                listbox.hidden = false;
                input.setAttribute("aria-expanded", "true");
            }
        }

        function setActive(index) {
            var options = listbox.querySelectorAll("[role=option]");
            options.forEach(function (option) {
                option.setAttribute("aria-selected", "false");
            });
            active = index;
            if (index < 0 || index >= options.length) {
                input.removeAttribute("aria-activedescendant");
                active = -1;
                return;
            }
            options[index].setAttribute("aria-selected", "true");
            input.setAttribute("aria-activedescendant", options[index].id);
            options[index].scrollIntoView({block: "nearest"});
        }

        function choose(index) {
            var item = items[index];
            if (!item) {
                return;
            }
            input.value = item.label;
            close();
            if (item.url) {
                window.location.assign(item.url);
            } else if (input.form) {
                input.form.submit();
            }
        }

        function render(suggestions) {
            items = suggestions;
            listbox.textContent = "";
            suggestions.forEach(function (item, index) {
                var option = document.createElement("li");
                option.id = listbox.id + "-option-" + index;
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.className = "search-combobox__option";
                var label = document.createElement("span");
                label.textContent = item.label;
                var kind = document.createElement("span");
                kind.className = "search-combobox__type";
                kind.textContent = item.type_label;
                option.appendChild(label);
                option.appendChild(document.createTextNode(" "));
                option.appendChild(kind);
                option.addEventListener("mousedown", function (event) {
                    event.preventDefault();  // keep focus in the input
                });
                option.addEventListener("click", function () {
                    choose(index);
                });
                listbox.appendChild(option);
            });
            active = -1;
            if (suggestions.length) {
                open();
                announce(suggestions.length + (suggestions.length === 1 ? " suggestion" : " suggestions") +
                    " available. Use the up and down arrow keys to choose.");
            } else {
                close();
                announce("No suggestions.");
            }
        }

        function fetchSuggestions() {
            var text = input.value.trim();
            if (text.length < MIN_CHARS) {
                items = [];
                listbox.textContent = "";
                close();
                announce("");
                return;
            }
            if (controller) {
                controller.abort();
            }
            controller = "AbortController" in window ? new AbortController() : null;
            var url = endpoint + "?q=" + encodeURIComponent(text);
            fetch(url, {headers: {Accept: "application/json"}, signal: controller && controller.signal})
                .then(function (response) {
                    return response.ok ? response.json() : {suggestions: []};
                })
                .then(function (data) {
                    if (input.value.trim() === text) {
                        render(data.suggestions || []);
                    }
                })
                .catch(function () { /* aborted or offline: the plain form still works */ });
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(fetchSuggestions, DELAY);
        });

        input.addEventListener("keydown", function (event) {
            var expanded = input.getAttribute("aria-expanded") === "true";
            switch (event.key) {
            case "ArrowDown":
                event.preventDefault();
                if (!expanded) {
                    open();
                }
                setActive(active + 1 >= items.length ? 0 : active + 1);
                break;
            case "ArrowUp":
                event.preventDefault();
                if (!expanded) {
                    open();
                }
                setActive(active <= 0 ? items.length - 1 : active - 1);
                break;
            case "Enter":
                if (expanded && active >= 0) {
                    event.preventDefault();
                    choose(active);
                }
                break;
            case "Escape":
                if (expanded) {
                    event.preventDefault();
                    close();
                } else if (input.value) {
                    event.preventDefault();
                    input.value = "";
                }
                break;
            default:
                break;
            }
        });

        input.addEventListener("blur", function () {
            window.setTimeout(close, 100);
        });
    }

    document.querySelectorAll("input[data-search-suggest]").forEach(enhance);
}());
