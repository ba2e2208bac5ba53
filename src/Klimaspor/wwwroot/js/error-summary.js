// Moves focus to the error summary after a failed submit, so keyboard and screen-reader users land on the errors.
document.addEventListener('DOMContentLoaded', () => {
    const summary = document.querySelector('[data-autofocus="true"]');
    if (summary) {
        summary.focus();
    }
});
