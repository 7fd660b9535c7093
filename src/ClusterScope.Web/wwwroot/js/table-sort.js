// Sorts a table.sortable by the column of a clicked heading button: numbers numerically (largest first on the first
// click), text by the page language; a second click reverses. Empty cells (NA) always go last.
(() => {
    const collator = new Intl.Collator(document.documentElement.lang);
    document.querySelectorAll('table.sortable').forEach(table => {
        const body = table.tBodies[0];
        table.querySelectorAll('button.sort').forEach(button => button.addEventListener('click', () => {
            const column = Number(button.dataset.column);
            const rows = [...body.rows];
            const key = row => row.cells[column].dataset.sort ?? row.cells[column].textContent;
            const numeric = rows.every(r => key(r) === '' || Number.isFinite(Number(key(r))));
            const descending = table.dataset.sortColumn === String(column) ? table.dataset.sortOrder !== 'desc' : numeric;
            rows.sort((a, b) => {
                const x = key(a), y = key(b);
                if (x === '' || y === '') return (x === '') - (y === '');
                const order = numeric ? Number(x) - Number(y) : collator.compare(x, y);
                return descending ? -order : order;
            });
            body.append(...rows);
            table.dataset.sortColumn = String(column);
            table.dataset.sortOrder = descending ? 'desc' : 'asc';
            table.querySelectorAll('th').forEach(th => th.removeAttribute('aria-sort'));
            button.closest('th').setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        }));
    });
})();
