using MiniExcelLibs;

namespace ClusterScope.Data.Chains;

/// <summary>Writes a chain map to an XLSX workbook: a sheet of segments (status, counts, output, share, leading firms) and one of
/// the enterprises with their segment and the reason for their placement.</summary>
public static class ChainMapExport
{
    /// <summary>Writes <paramref name="map"/> to <paramref name="stream"/>.</summary>
    public static async Task WriteAsync(ChainMap map, Stream stream, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(map);
        var segments = map.Segments.Select(s => new Dictionary<string, object?>
        {
            ["chain"] = map.Chain.Code, ["place"] = map.Place.Code, ["year"] = map.Year, ["segment"] = s.Segment.Code,
            ["name_zh"] = s.Segment.NameZh, ["name_en"] = s.Segment.NameEn, ["stage"] = s.Segment.Stage.ToString().ToLowerInvariant(),
            ["status"] = s.Status.ToString().ToLowerInvariant(), ["enterprises"] = s.Enterprises.Count, ["output_100m_cny"] = Math.Round(s.Output, 4),
            ["employment"] = s.Employment, ["share_of_chain_output"] = Math.Round(s.Share, 6),
            ["leading_zh"] = string.Join("；", s.Leading.Select(e => e.NameZh)),
        }).ToList();
        var enterprises = map.Segments.SelectMany(s => s.Enterprises).Concat(map.Unplaced).Select(e => new Dictionary<string, object?>
        {
            ["code"] = e.Code, ["name_zh"] = e.NameZh, ["name_en"] = e.NameEn, ["zone"] = e.ZoneCode, ["industry_code"] = e.IndustryCode,
            ["segment"] = e.Placement.SegmentCode, ["basis"] = e.Placement.Basis.ToString().ToLowerInvariant(), ["detail"] = e.Placement.Detail,
            ["possible_segments"] = string.Join(";", e.Placement.Possible), ["leading"] = e.IsLeading, ["output_100m_cny"] = e.Output,
            ["employment"] = e.Employment, ["provenance"] = e.Provenance.ToString().ToLowerInvariant(),
        }).ToList();
        var sheets = new Dictionary<string, object> { ["segments"] = segments, ["enterprises"] = enterprises };
        await MiniExcel.SaveAsAsync(stream, sheets, excelType: ExcelType.XLSX, cancellationToken: ct);
    }
}
