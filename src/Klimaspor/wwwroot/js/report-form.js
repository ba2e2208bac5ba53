// The report's line form with script: the figures and warnings follow the lines as the supplier types. The form is
// posted, debounced, to the page's Figures handler, which reads and calculates it exactly as saving and submitting
// do; the answer updates the panel, shows errors beside the fields the supplier has been in, and is announced politely.
(() => {
    const form = document.getElementById('line-form');
    if (!form || !window.fetch) {
        return;
    }

    const panel = document.getElementById('draft-figures');
    const announcement = panel.querySelector('[data-announcement]');
    const touched = new Set();
    let timer = 0;
    let pending = null;
    let lastAnnouncement = '';

    // Without script these buttons ask the server for the figures; with it the figures come by themselves.
    for (const button of form.querySelectorAll('[data-without-script]')) {
        button.hidden = true;
    }

    const isField = (element) => element && element.name && /^[A-Za-z]+\[\d+\]\.[A-Za-z]+$/.test(element.name);

    form.addEventListener('input', (event) => {
        if (isField(event.target)) {
            schedule();
        }
    });
    form.addEventListener('change', (event) => {
        if (isField(event.target)) {
            touched.add(event.target.id);
            schedule();
        }
    });
    form.addEventListener('focusout', (event) => {
        if (isField(event.target) && event.target.value !== '') {
            touched.add(event.target.id);
        }
    });

    function schedule() {
        window.clearTimeout(timer);
        timer = window.setTimeout(update, 500);
    }

    async function update() {
        if (pending) {
            pending.abort();
        }

        pending = new AbortController();
        let data;
        try {
            const response = await fetch(form.dataset.figuresUrl, {
                method: 'POST',
                body: new FormData(form),
                headers: { Accept: 'application/json' },
                credentials: 'same-origin',
                signal: pending.signal,
            });
            if (!response.ok) {
                return;
            }

            data = await response.json();
        } catch {
            // A newer request replaced this one, or the network is away: the panel keeps the last figures.
            return;
        }

        render(data);
    }

    function render(data) {
        for (const [key, value] of Object.entries(data.figures)) {
            const cell = panel.querySelector(`[data-figure="${key}"]`);
            if (cell) {
                cell.textContent = value;
            }
        }

        const uncounted = panel.querySelector('[data-uncounted]');
        uncounted.textContent = data.uncounted || '';
        uncounted.hidden = !data.uncounted;
        fill(panel.querySelector('[data-draft-errors]'), data.errors.map((e) => e.located));
        const warnings = panel.querySelector('[data-draft-warnings]');
        fill(warnings.querySelector('ul'), data.warnings);
        warnings.hidden = data.warnings.length === 0;
        markFields(data.errors);

        // Only news is announced: a pause in typing that changed nothing stays quiet.
        if (data.announcement !== lastAnnouncement) {
            lastAnnouncement = data.announcement;
            announcement.textContent = data.announcement;
        }
    }

    function fill(list, texts) {
        list.replaceChildren(...texts.map((text) => {
            const item = document.createElement('li');
            item.textContent = text;
            return item;
        }));
        list.hidden = texts.length === 0;
    }

    // Errors beside the fields the supplier has filled in or left, and on those the server marked already; a line
    // being typed from left to right is not met with "required" on every field it has not reached yet.
    function markFields(errors) {
        const byId = new Map(errors.map((e) => [e.id, e.message]));
        for (const field of form.querySelectorAll('input, select')) {
            if (!isField(field)) {
                continue;
            }

            const message = document.getElementById(`${field.id}-error`);
            const shown = field.getAttribute('aria-invalid') === 'true';
            const error = byId.get(field.id);
            if (error && (touched.has(field.id) || shown)) {
                setError(field, message, error);
            } else if (!error && shown) {
                setError(field, message, null);
            }
        }
    }

    function setError(field, message, text) {
        const describedBy = (field.getAttribute('aria-describedby') || '').split(' ').filter((id) => id && id !== message.id);
        if (text) {
            message.textContent = text;
            message.hidden = false;
            field.setAttribute('aria-invalid', 'true');
            describedBy.push(message.id);
        } else {
            message.textContent = '';
            message.hidden = true;
            field.removeAttribute('aria-invalid');
        }

        field.setAttribute('aria-describedby', describedBy.join(' '));
    }
})();
