using ClusterScope.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Intake;

/// <summary>The checks of registry rows against each other and the database: codes that must exist, credit codes, and
/// keys that must stay unique (a zone's category, an enterprise's credit code).</summary>
internal sealed class RecordRules
{
    private HashSet<string> _regions = [];
    private HashSet<string> _zones = [];
    private HashSet<string> _categories = [];
    private HashSet<string> _clusters = [];
    private Dictionary<(string, string), string> _clusterKeys = [];
    private Dictionary<string, string> _creditCodes = [];
    private HashSet<string> _industryCodes = [];
    private readonly Dictionary<(string, string), int> _clusterKeysInFile = [];
    private readonly Dictionary<string, int> _creditCodesInFile = new(StringComparer.Ordinal);

    public static async Task<RecordRules> LoadAsync(ClusterScopeDbContext db, CancellationToken ct) => new()
    {
        _regions = [.. await db.Regions.Select(r => r.Code).ToListAsync(ct)],
        _zones = [.. await db.Zones.Select(z => z.Code).ToListAsync(ct)],
        _categories = [.. await db.IndustryCategories.Select(c => c.Code).ToListAsync(ct)],
        _clusters = [.. await db.Clusters.Select(c => c.Code).ToListAsync(ct)],
        _clusterKeys = (await db.Clusters.Select(c => new { c.ZoneCode, c.CategoryCode, c.Code }).ToListAsync(ct))
            .ToDictionary(c => (c.ZoneCode, c.CategoryCode), c => c.Code),
        _creditCodes = (await db.Enterprises.Where(e => e.CreditCode != null).Select(e => new { e.CreditCode, e.Code }).ToListAsync(ct))
            .ToDictionary(e => e.CreditCode!, e => e.Code, StringComparer.Ordinal),
        _industryCodes = IndustryCodes(),
    };

    /// <summary>The GB/T 4754-2017 codes (digits) of the shipped taxonomy; empty when it is not beside the program.</summary>
    private static HashSet<string> IndustryCodes()
    {
        try
        {
            return [.. Chains.ChainTemplates.ShippedTaxonomy().Codes.Where(c => c.Code.Length >= 2).Select(c => c.Code)];
        }
        catch (DirectoryNotFoundException)
        {
            return [];
        }
    }

    public void Check(Type type, int row, Dictionary<string, object?> values, ErrorLog log)
    {
        var code = values.GetValueOrDefault("code") as string;
        if (type == typeof(DevelopmentZone))
        {
            MustExist(values, "prefecture_code", _regions, "region", "行政区", row, log);
            MustExist(values, "county_code", _regions, "region", "行政区", row, log);
            InRange(values, "area_hectares", 0, 1e7, row, log);
            InRange(values, "longitude", -180, 180, row, log);
            InRange(values, "latitude", -90, 90, row, log);
        }
        else if (type == typeof(Cluster))
        {
            MustExist(values, "zone_code", _zones, "zone", "开发区", row, log);
            MustExist(values, "category_code", _categories, "industry category", "产业类别", row, log);
            if (values.GetValueOrDefault("zone_code") is string zone && values.GetValueOrDefault("category_code") is string category)
            {
                var what = $"zone '{zone}' with category '{category}'";
                if (!_clusterKeysInFile.TryAdd((zone, category), row))
                {
                    log.Row(row, "category_code", ErrorText.DuplicateInFile(what, _clusterKeysInFile[(zone, category)]));
                }
                else if (_clusterKeys.TryGetValue((zone, category), out var other) && other != code)
                {
                    log.Row(row, "category_code", ErrorText.DuplicateInDatabase(what, other));
                }
            }
        }
        else if (type == typeof(Domain.Chains.Candidate))
        {
            if (values.GetValueOrDefault("industry_code") is string industry
                && (Domain.Chains.ChainPlacement.Digits(industry) is not { } digits || (_industryCodes.Count > 0 && !_industryCodes.Contains(digits))))
            {
                log.Row(row, "industry_code", ErrorText.Unknown("GB/T 4754-2017 industry code", "国民经济行业代码", industry));
            }

            CreditCode(values, row, log, checkDatabase: false);
        }
        else if (type == typeof(Enterprise))
        {
            MustExist(values, "zone_code", _zones, "zone", "开发区", row, log);
            MustExist(values, "cluster_code", _clusters, "cluster", "产业集群", row, log);
            CreditCode(values, row, log, checkDatabase: true);
        }
    }

    private void CreditCode(Dictionary<string, object?> values, int row, ErrorLog log, bool checkDatabase)
    {
        if (values.GetValueOrDefault("credit_code") is not string credit)
        {
            return;
        }

        if (!UnifiedSocialCreditCode.TryValidate(credit, out var error))
        {
            log.Row(row, "credit_code", ErrorText.CreditCode(credit, error!));
        }
        else if (!_creditCodesInFile.TryAdd(credit, row))
        {
            log.Row(row, "credit_code", ErrorText.DuplicateInFile($"credit code '{credit}'", _creditCodesInFile[credit]));
        }
        else if (checkDatabase && _creditCodes.TryGetValue(credit, out var other) && other != values.GetValueOrDefault("code") as string)
        {
            log.Row(row, "credit_code", ErrorText.DuplicateInDatabase($"credit code '{credit}'", other));
        }
    }

    private static void MustExist(Dictionary<string, object?> values, string column, HashSet<string> codes, string what, string whatZh, int row, ErrorLog log)
    {
        if (values.GetValueOrDefault(column) is string code && !codes.Contains(code))
        {
            log.Row(row, column, ErrorText.Unknown(what, whatZh, code));
        }
    }

    private static void InRange(Dictionary<string, object?> values, string column, double low, double high, int row, ErrorLog log)
    {
        if (values.GetValueOrDefault(column) is double value && (value < low || value > high))
        {
            var text = value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            log.Row(row, column, value < 0 && low == 0 ? ErrorText.Negative(text) : ErrorText.OutOfRange(text, low, high));
        }
    }
}
