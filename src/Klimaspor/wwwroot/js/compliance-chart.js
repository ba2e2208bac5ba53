// Draws each requirement's measured value against its threshold over time. The same figures are in the table above
// (the chart only helps the eye), so a page without script loses nothing.
document.addEventListener('DOMContentLoaded', () => {
    if (typeof Chart === 'undefined') {
        return;
    }

    document.querySelectorAll('canvas.compliance-chart__canvas').forEach((canvas) => {
        const data = canvas.dataset;
        const unit = data.unit || '';
        new Chart(canvas, {
            type: 'line',
            data: {
                labels: JSON.parse(data.labels),
                datasets: [
                    { label: data.measuredLabel, data: JSON.parse(data.measured), borderColor: '#1e5aa8', backgroundColor: '#1e5aa8', spanGaps: false, pointStyle: 'circle' },
                    { label: data.thresholdLabel, data: JSON.parse(data.threshold), borderColor: '#b3261e', backgroundColor: '#b3261e', borderDash: [6, 4], pointStyle: 'rectRot', stepped: true },
                ],
            },
            options: {
                animation: false,
                maintainAspectRatio: false,
                scales: { y: { beginAtZero: true, title: { display: unit !== '', text: unit } } },
                plugins: { legend: { position: 'bottom' } },
            },
        });
    });
});
