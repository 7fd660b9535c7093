using System.Globalization;
using ClusterScope.Data.InputOutput;
using ClusterScope.Domain;

namespace ClusterScope.Web.Features.InputOutput;

/// <summary>Input-output analysis under <c>/api/v1/io</c> (public, like the analysis API; nothing is written): the tables,
/// multipliers and linkages of a table (national or regionalised to Jilin), and a scenario's impact by sector.</summary>
internal static class IoApi
{
    public static void MapIoApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/io").WithTags("Input-output");
        api.MapGet("/tables", (IoWorkbench workbench) => TypedResults.Ok(workbench.Tables().Select(t => new { t.Id, t.Year, sectors = t.SectorCount })));
        api.MapGet("/multipliers", Multipliers);
        api.MapGet("/impact", Impact);
    }

    /// <summary>Per sector: output, value-added, income and employment multipliers (Type <c>type</c>, default 1), power of
    /// dispersion, Ghosh forward index and the key-sector role; <c>method</c> none|slq|cilq|flq|aflq (default flq), <c>delta</c>.</summary>
    public static IResult Multipliers(string? table, string? method, string? delta, string? type, IoWorkbench workbench)
    {
        var (query, errors) = IoQuery.Parse(table, method, delta, type, defaultType: 1);
        var (setup, problems) = query is null ? (null, errors) : query.Prepare(workbench);
        if (setup is null)
        {
            return Invalid(problems);
        }

        return TypedResults.Ok(new
        {
            table = query!.Table, query.Method, delta = query.Regionalisation is null ? (double?)null : query.Delta, query.Type, setup.Description,
            sectors = IoAnalysis.Multipliers(setup, query.Type).Select(m => new
            {
                m.Sector.Code, m.Sector.NameZh, m.Sector.NameEn, output = m.Output, valueAdded = m.ValueAdded, income = m.Income,
                employment = double.IsNaN(m.Employment) ? (double?)null : m.Employment, backward = m.Backward, forward = m.Forward,
                role = m.Role.ToString().ToLowerInvariant(),
            }),
        });
    }

    /// <summary>A scenario's impact by sector: <c>shock</c> is <c>SECTOR:AMOUNT,…</c> in 100m CNY; <c>kind</c> final-demand
    /// (default) or output-change (one sector, the others respond); Type II by default. Money in 100m CNY, jobs in persons.</summary>
    public static IResult Impact(string? table, string? method, string? delta, string? type, string? kind, string? shock, IoWorkbench workbench)
    {
        var (query, errors) = IoQuery.Parse(table, method, delta, type, defaultType: 2);
        var (setup, problems) = query is null ? (null, errors) : query.Prepare(workbench);
        if (setup is null)
        {
            return Invalid(problems);
        }

        var k = string.IsNullOrWhiteSpace(kind) ? "final-demand" : kind.Trim();
        if (k is not ("final-demand" or "output-change"))
        {
            return Invalid("kind", $"kind '{kind}' must be final-demand or output-change.", $"情景类型“{kind}”须为 final-demand（最终需求）或 output-change（产出变化）。");
        }

        var (vector, problem) = ParseShock(shock, setup.Table);
        if (problem is not null)
        {
            return problem;
        }

        if (k == "output-change" && vector!.Count(v => v != 0) != 1)
        {
            return Invalid("shock", "An output change is for one sector: give one SECTOR:AMOUNT.", "产出变化情景只针对一个部门：请给出一个“部门:金额”。");
        }

        var rows = IoResults.BySector(IoWorkbench.Scenario(setup, vector!, k == "output-change", query!.Type == 2), setup.Table);
        return TypedResults.Ok(new
        {
            table = query.Table, query.Method, delta = query.Regionalisation is null ? (double?)null : query.Delta, query.Type, kind = k, setup.Description,
            units = new { money = "100m CNY", jobs = "persons" }, total = IoResults.Total(rows), sectors = rows,
        });
    }

    /// <summary>Reads <c>18:10,27:5</c> (amounts in 100m CNY) into a vector in the table's unit.</summary>
    public static (double[]? Vector, IResult? Problem) ParseShock(string? shock, IoTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (string.IsNullOrWhiteSpace(shock))
        {
            return (null, Invalid("shock", "Give shock as SECTOR:AMOUNT (100m CNY), several separated by commas, e.g. 18:100.", "请给出 shock，格式为“部门:金额”（亿元），多个用逗号分隔，例如 18:100。"));
        }

        var vector = new double[table.Sectors.Count];
        foreach (var part in shock.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split(':');
            var index = pieces.Length == 2 ? table.Sectors.ToList().FindIndex(s => s.Code == pieces[0]) : -1;
            if (index < 0)
            {
                return (null, Invalid("shock", $"'{part}': table {table.Id} has no sector '{pieces[0]}' (give SECTOR:AMOUNT).", $"“{part}”：投入产出表 {table.Id} 没有部门“{pieces[0]}”（格式为“部门:金额”）。"));
            }

            if (!double.TryParse(pieces[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) || !double.IsFinite(amount))
            {
                return (null, Invalid("shock", $"'{part}': the amount '{pieces[1]}' is not a number.", $"“{part}”：金额“{pieces[1]}”不是数字。"));
            }

            vector[index] += amount * IoResults.TableUnitsPerHundredMillion;
        }

        return (vector, null);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem Invalid(FieldErrors errors) =>
        TypedResults.ValidationProblem(errors.In(chinese: false).ToDictionary(), extensions: new Dictionary<string, object?> { ["errorsZh"] = errors.In(chinese: true) });

    private static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem Invalid(string field, string en, string zh)
    {
        var errors = new FieldErrors();
        errors.Add(field, en, zh);
        return Invalid(errors);
    }
}
