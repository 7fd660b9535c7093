using System.Globalization;
using ClusterScope.Domain.Targets;

namespace ClusterScope.Data.DefaultData;

/// <summary>Reads a data set's plans and targets from <c>programme/plans.csv</c> and <c>programme/targets.csv</c>.</summary>
/// <remarks>Both files are optional (a data set without plans has neither). Every plan and target is validated by the domain
/// rules; the first invalid field stops the load with the file, row and field named, before anything is written.</remarks>
internal static class PlanFileReader
{
    public static void Read(string folder, DatasetContents into)
    {
        var plansFile = Path.Combine(folder, "programme", "plans.csv");
        if (!File.Exists(plansFile))
        {
            return;
        }

        var plans = new Dictionary<string, Plan>(StringComparer.Ordinal);
        foreach (var row in CsvRow.ReadAll(plansFile))
        {
            var plan = new Plan
            {
                Code = row["code"],
                NameEn = row["name_en"],
                NameZh = row["name_zh"],
                Issuer = row["issuer"],
                IssuerZh = row.Optional("issuer_zh"),
                IssuedOn = row.Optional("issued_on") is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                PeriodStart = Year(row, "period_start"),
                PeriodEnd = Year(row, "period_end"),
                ScopeRegionCode = row["scope_region"],
                SourceDocument = row.Optional("source_document"),
                SourceDocumentZh = row.Optional("source_document_zh"),
            };
            Check(row, plan.Validate());
            if (!plans.TryAdd(plan.Code, plan))
            {
                throw new InvalidDataException($"{row.File}, row {row.Row}, column 'code': plan '{plan.Code}' appears twice.");
            }

            into.Plans.Add(plan);
        }

        var targetsFile = Path.Combine(folder, "programme", "targets.csv");
        foreach (var row in File.Exists(targetsFile) ? CsvRow.ReadAll(targetsFile) : [])
        {
            var planCode = row["plan_code"];
            var plan = plans.GetValueOrDefault(planCode)
                ?? throw new InvalidDataException($"{row.File}, row {row.Row}, column 'plan_code': no plan '{planCode}' in plans.csv.");
            var target = new Target
            {
                PlanCode = planCode,
                Code = row["code"],
                SortOrder = Year(row, "sort_order"),
                NameEn = row["name_en"],
                NameZh = row["name_zh"],
                Kind = Parse<TargetKind>(row, "kind"),
                Comparator = Parse<Comparator>(row, "comparator"),
                Value = row.Number("value"),
                Unit = row["unit"],
                DeadlineYear = Year(row, "deadline"),
                BaselineValue = row.OptionalNumber("baseline_value"),
                BaselinePeriod = row.Optional("baseline_period"),
                Indicator = row.Optional("indicator"),
                Condition = row.Optional("condition"),
                ReferenceIndicator = row.Optional("reference_indicator"),
                ReferenceEntity = row.Optional("reference_entity"),
                PartOf = row.Optional("part_of"),
                SourceText = row.Optional("source_text"),
                SourceTextZh = row.Optional("source_text_zh"),
            };
            Check(row, target.Validate());
            plan.Targets.Add(target);
        }
    }

    private static void Check(CsvRow row, Domain.FieldErrors errors)
    {
        if (errors.Count > 0)
        {
            var (field, messages) = errors.First();
            throw new InvalidDataException($"{row.File}, row {row.Row}, field '{field}': {string.Join(" ", messages)}");
        }
    }

    private static int Year(CsvRow row, string column) =>
        int.TryParse(row[column], NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidDataException($"{row.File}, row {row.Row}, column '{column}': '{row[column]}' is not a whole number.");

    private static T Parse<T>(CsvRow row, string column)
        where T : struct, Enum =>
        !int.TryParse(row[column], out _) && Enum.TryParse<T>(row[column], ignoreCase: true, out var value)
            ? value
            : throw new InvalidDataException($"{row.File}, row {row.Row}, column '{column}': '{row[column]}' is not one of {string.Join(", ", Enum.GetNames<T>())}.");
}
