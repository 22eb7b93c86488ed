/* Verbonden: keyboard help for the header's search (issue 19). "/" moves to the search field from
   anywhere outside a field; on the results page the arrow keys move between the results. */
(function () {
    "use strict";
    function typing(el) {
        return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
    }
    // A help word's explanation closes with Escape and opens again when the word gets focus (WCAG 1.4.13)
    document.addEventListener("keydown", function (event) {
        if (event.key === "Escape") {
            var open = document.querySelectorAll(".vb-term");
            for (var i = 0; i < open.length; i++) {
                open[i].classList.add("vb-tip-closed");
            }
        }
    });
    document.addEventListener("focusin", function (event) {
        var term = event.target.closest ? event.target.closest(".vb-term") : null;
        if (term) {
            term.classList.remove("vb-tip-closed");
        }
    });
    document.addEventListener("mouseover", function (event) {
        var term = event.target.closest ? event.target.closest(".vb-term") : null;
        if (term) {
            term.classList.remove("vb-tip-closed");
        }
    });
    document.addEventListener("keydown", function (event) {
        if (event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey
                && !typing(document.activeElement)) {
            var field = document.getElementById("zoekveld");
            if (field) {
                event.preventDefault();
                field.focus();
                field.select();
            }
            return;
        }
        if (event.key !== "ArrowDown" && event.key !== "ArrowUp") {
            return;
        }
        var hits = Array.prototype.slice.call(document.querySelectorAll("a.vb-search-hit"));
        if (hits.length === 0) {
            return;
        }
        var at = hits.indexOf(document.activeElement);
        var field = document.getElementById("zoekveld");
        if (at < 0 && document.activeElement !== field) {
            return;
        }
        event.preventDefault();
        var next = event.key === "ArrowDown" ? at + 1 : at - 1;
        if (next < 0) {
            field.focus();
        } else {
            hits[Math.min(next, hits.length - 1)].focus();
        }
    });
})();
