// The province map: a choropleth of prefectures or counties with the development zones as points (every .region-map),
// and a zone's location (every .zone-location-map). Texts come from data-texts, so the page language decides them.
(() => {
    const geometries = {};
    const fields = { zones: 'zones', clusters: 'clusters', output: 'clusterOutput' };
    // A white halo keeps dark labels readable on the lightest and the darkest fill alike.
    const halo = { color: '#111', textBorderColor: '#fff', textBorderWidth: 3, fontSize: 10 };

    async function json(url) {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        return response.json();
    }

    function geometry(level) {
        geometries[level] ??= json(`/api/v1/regions/geometry?level=${level}`).then(g => { echarts.registerMap(`jilin-${level}`, g); return g; });
        return geometries[level];
    }

    function pointsOf(collection, zh, highlight) {
        return collection.features.map(f => ({
            name: zh ? f.properties.name_zh : f.properties.name_en, code: f.properties.code, level: f.properties.level,
            value: f.geometry.coordinates, symbolSize: f.properties.code === highlight ? 16 : 7,
            itemStyle: f.properties.code === highlight ? { color: '#d7301f' } : undefined,
        }));
    }

    // Sixty county names do not fit the province's width, so counties name themselves on hover only.
    function geo(level, zh) {
        return { map: `jilin-${level}`, nameProperty: zh ? 'name_zh' : 'name_en', roam: false, label: { show: level === 'prefecture', ...halo },
                 itemStyle: { borderColor: '#777', borderWidth: 0.5 }, emphasis: { label: { show: true, ...halo } } };
    }

    async function choropleth(el) {
        const t = JSON.parse(el.dataset.texts), zh = el.dataset.lang === 'zh';
        const metricSelect = document.getElementById(el.dataset.metricSelect), levelSelect = document.getElementById(el.dataset.levelSelect);
        const chart = echarts.init(el);
        const points = pointsOf(await json('/api/v1/zones/points'), zh, null);
        chart.on('finished', () => { el.dataset.ready = 'true'; });
        async function draw() {
            el.dataset.ready = 'false';
            const level = levelSelect.value, metric = metricSelect.value;
            const [, map] = await Promise.all([geometry(level), json(`/api/v1/regions/map?level=${level}${el.dataset.year ? '&year=' + el.dataset.year : ''}`)]);
            const about = map.metrics[metric], unit = zh ? about.unitZh : about.unitEn;
            // Output is sample where any of a region's figures is, with how many; the counts follow the metric's own source.
            const provenanceOf = r => metric !== 'output' ? (about.provenance === 'sample' ? t.sample : t.real)
                : r.outputProvenance.figures === 0 ? '–'
                : r.outputProvenance.sample > 0 ? `${t.sample} (${r.outputProvenance.sample}/${r.outputProvenance.figures})` : t.real;
            const values = map.regions.map(r => ({ name: zh ? r.nameZh : r.nameEn, code: r.code, value: Math.round(r[fields[metric]] * 10) / 10, provenance: provenanceOf(r) }));
            const label = t.metrics[metric];
            el.dataset.level = level;
            el.dataset.unplaced = map.unplacedZones;
            chart.setOption({
                tooltip: { trigger: 'item', formatter: p => p.seriesType === 'scatter'
                    ? `${p.name}<br/>${t.levels[p.data.level] ?? p.data.level}`
                    : `${p.name}<br/>${label}: ${Number.isFinite(p.value) ? p.value.toLocaleString(zh ? 'zh-CN' : 'en') : '–'} (${unit})<br/>${t.period}: ${map.year ?? '–'}<br/>${t.provenance}: ${p.data?.provenance ?? '–'}` },
                geo: geo(level, zh),
                visualMap: { min: 0, max: Math.max(...values.map(v => v.value)) || 1, left: 'left', bottom: 10, seriesIndex: 0, calculable: true,
                             text: ['', `${label} (${unit})`], inRange: { color: ['#e0f3f8', '#4575b4'] } },
                series: [
                    { type: 'map', geoIndex: 0, name: label, data: values },
                    { type: 'scatter', coordinateSystem: 'geo', name: t.zones, data: points, symbolSize: 7, z: 5,
                      itemStyle: { color: '#f28e2b', borderColor: '#fff', borderWidth: 1 } },
                ],
            }, true);
        }
        metricSelect.addEventListener('change', draw);
        levelSelect.addEventListener('change', draw);
        chart.on('click', p => {
            if (p.seriesType === 'scatter') location.href = '/zones/' + p.data.code;
            else if (p.data?.code && levelSelect.value === 'prefecture') location.href = '/zones?prefecture=' + p.data.code;
        });
        window.addEventListener('resize', () => chart.resize());
        await draw();
    }

    async function zoneLocation(el) {
        const zh = el.dataset.lang === 'zh', zone = el.dataset.zone;
        const [, collection] = await Promise.all([geometry('county'), json('/api/v1/zones/points')]);
        const points = pointsOf(collection, zh, zone).sort((a, b) => (a.code === zone) - (b.code === zone));
        const chart = echarts.init(el);
        chart.on('finished', () => { el.dataset.ready = 'true'; });
        chart.setOption({
            tooltip: { trigger: 'item', formatter: p => p.name },
            geo: { ...geo('county', zh), label: { show: false }, itemStyle: { areaColor: '#f4f4f4', borderColor: '#999', borderWidth: 0.5 } },
            series: [{ type: 'scatter', coordinateSystem: 'geo', data: points, symbolSize: 6, itemStyle: { color: '#9e9e9e' },
                       label: { show: true, formatter: p => (p.data.code === zone ? p.name : ''), position: 'bottom', ...halo, fontSize: 12, width: 200, overflow: 'break' } }],
        });
        el.dataset.placed = String(points.some(p => p.code === zone));
        window.addEventListener('resize', () => chart.resize());
    }

    document.querySelectorAll('.region-map').forEach(choropleth);
    document.querySelectorAll('.zone-location-map').forEach(zoneLocation);
})();
