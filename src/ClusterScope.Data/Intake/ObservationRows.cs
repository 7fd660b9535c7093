using ClusterScope.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Intake;

/// <summary>Validates observation rows against the indicators and entities in the database.</summary>
/// <remarks>Codes are mapped to small integers so that the duplicate check over a million rows keeps one 64-bit key per row,
/// not four strings.</remarks>
internal sealed class ObservationRows
{
    public static readonly string[] Required = ["entity_kind", "entity_code", "indicator_code", "period", "value"];
    public static readonly string[] Columns = [.. Required, "status", "provenance", "source"];

    // No figure of the programme comes near this (the province's GDP is about 1.3e12 CNY); a larger one is a unit slip.
    private const double AbsurdLimit = 1e15;

    private readonly Dictionary<string, (int Id, Indicator Indicator)> _indicators = new(StringComparer.Ordinal);
    private readonly Dictionary<EntityKind, Dictionary<string, int>> _entities = [];
    private readonly Dictionary<string, int> _periods = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _firstRow = [];
    private int[] _index = [];

    public static async Task<ObservationRows> LoadAsync(ClusterScopeDbContext db, CancellationToken ct)
    {
        var rows = new ObservationRows();
        foreach (var indicator in await db.Indicators.AsNoTracking().ToListAsync(ct))
        {
            rows._indicators[indicator.Code] = (rows._indicators.Count, indicator);
        }

        rows._entities[EntityKind.Region] = Numbered(await db.Regions.Select(r => r.Code).ToListAsync(ct));
        rows._entities[EntityKind.Zone] = Numbered(await db.Zones.Select(r => r.Code).ToListAsync(ct));
        rows._entities[EntityKind.Cluster] = Numbered(await db.Clusters.Select(r => r.Code).ToListAsync(ct));
        rows._entities[EntityKind.Enterprise] = Numbered(await db.Enterprises.Select(r => r.Code).ToListAsync(ct));
        return rows;
    }

    /// <summary>Finds the columns; false (with errors logged) when a required one is missing.</summary>
    public bool ReadHeader(string?[] header, ErrorLog log)
    {
        _index = Array.ConvertAll(Columns, c => Array.IndexOf(header, c));
        foreach (var missing in Required.Where(c => Array.IndexOf(header, c) < 0))
        {
            log.File(1, missing, ErrorText.MissingColumn(missing, Columns));
        }

        return Required.All(c => Array.IndexOf(header, c) >= 0);
    }

    /// <summary>Parses and checks one row; logs every error found when <paramref name="log"/> is given.</summary>
    public bool TryParse(int row, string?[] cells, ErrorLog? log, bool checkDuplicates, out StagedObservation observation)
    {
        observation = default;
        var ok = true;
        void Fail(string column, (string, string) message)
        {
            ok = false;
            log?.Row(row, column, message);
        }

        var kindText = Cell(cells, 0);
        if (!CellParser.TryEnum<EntityKind>(kindText, out var kind))
        {
            Fail("entity_kind", kindText is null ? ErrorText.Empty("entity_kind") : ErrorText.NotOneOf(kindText, Enum.GetNames<EntityKind>()));
        }

        var entityCode = Cell(cells, 1);
        var entityId = -1;
        if (entityCode is null)
        {
            Fail("entity_code", ErrorText.Empty("entity_code"));
        }
        else if (ok && !_entities[kind].TryGetValue(entityCode, out entityId))
        {
            Fail("entity_code", ErrorText.Unknown(kind.ToString().ToLowerInvariant(), KindZh(kind), entityCode));
        }

        var indicatorCode = Cell(cells, 2);
        var indicatorId = -1;
        Indicator? indicator = null;
        if (indicatorCode is null)
        {
            Fail("indicator_code", ErrorText.Empty("indicator_code"));
        }
        else if (!_indicators.TryGetValue(indicatorCode, out var found))
        {
            Fail("indicator_code", ErrorText.Unknown("indicator", "指标", indicatorCode));
        }
        else
        {
            (indicatorId, indicator) = found;
            if (kindText is not null && CellParser.TryEnum<EntityKind>(kindText, out _) && indicator.EntityKind != kind)
            {
                Fail("indicator_code", ErrorText.WrongEntityKind(indicatorCode, indicator.EntityKind.ToString(), kind.ToString()));
            }
        }

        var period = Cell(cells, 3);
        if (!ReportingPeriod.IsValid(period))
        {
            Fail("period", period is null ? ErrorText.Empty("period") : ErrorText.BadPeriod(period));
        }

        var valueText = Cell(cells, 4);
        if (!CellParser.TryNumber(valueText, out var value))
        {
            Fail("value", valueText is null ? ErrorText.Empty("value") : ErrorText.NotANumber(valueText));
        }
        else if (value < 0 && !MayBeNegative(indicator))
        {
            Fail("value", ErrorText.Negative(valueText));
        }
        else if (value > AbsurdLimit || (indicator?.Unit == "share" && value > 1))
        {
            Fail("value", ErrorText.Absurd(valueText, indicator?.Unit == "share" ? "a share is at most 1" : "at most 1e15"));
        }

        var status = ObservationStatus.Reported;
        if (Cell(cells, 5) is { } statusText && !CellParser.TryEnum(statusText, out status))
        {
            Fail("status", ErrorText.NotOneOf(statusText, Enum.GetNames<ObservationStatus>()));
        }

        var provenance = Provenance.Real;
        if (Cell(cells, 6) is { } provenanceText && !CellParser.TryEnum(provenanceText, out provenance))
        {
            Fail("provenance", ErrorText.NotOneOf(provenanceText, Enum.GetNames<Provenance>()));
        }

        if (!ok)
        {
            return false;
        }

        if (checkDuplicates)
        {
            var key = ((long)kind << 60) | ((long)entityId << 36) | ((long)indicatorId << 18) | (uint)PeriodId(period!);
            if (!_firstRow.TryAdd(key, row))
            {
                Fail("period", ErrorText.DuplicateInFile($"{kind} '{entityCode}', indicator '{indicatorCode}', period {period}", _firstRow[key]));
                return false;
            }
        }

        observation = new StagedObservation(kind, entityCode!, indicator!.Code, period!, value, status, provenance, Cell(cells, 7));
        return true;
    }

    // Growth rates and changes fall as well as rise; every other indicator of the programme is an amount, count or share.
    private static bool MayBeNegative(Indicator? indicator) =>
        indicator is not null && (indicator.Code.Contains("growth", StringComparison.Ordinal) || indicator.Code.Contains("change", StringComparison.Ordinal));

    private int PeriodId(string period)
    {
        if (!_periods.TryGetValue(period, out var id))
        {
            id = _periods.Count;
            _periods[period] = id;
        }

        return id;
    }

    private string? Cell(string?[] cells, int column) =>
        _index[column] is var i && i >= 0 && i < cells.Length ? CellParser.Clean(cells[i]) : null;

    private static Dictionary<string, int> Numbered(List<string> codes)
    {
        var numbered = new Dictionary<string, int>(codes.Count, StringComparer.Ordinal);
        foreach (var code in codes)
        {
            numbered[code] = numbered.Count;
        }

        return numbered;
    }

    private static string KindZh(EntityKind kind) => kind switch
    {
        EntityKind.Region => "行政区",
        EntityKind.Zone => "开发区",
        EntityKind.Cluster => "产业集群",
        _ => "企业",
    };
}
